//! A create is never repeated behind the caller's back: each vendor's create
//! goes through a proxy that lets it reach the sandbox and then resets the
//! connection instead of passing the answer on. Exactly one token exists
//! afterwards, and the error says the outcome is unknown. Plus the retry
//! rule per operation (docs/FAULTS.md): a 503 on a create is not retried, a
//! 429 is.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use apitokens::emr_serverless_spark::signing::AccessKey;
use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, ErrorKind, Expiry, NewToken, Policy,
    RetryPolicy, Source,
};
use apitokens_sandbox::{RunningSandbox, Sandbox};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Quick retries, so that a retry, if one were made, would happen within the test.
fn fast_policy() -> Policy {
    Policy::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
    )
}

/// Starts a TCP proxy on loopback in front of `upstream`; returns its URL.
/// It relays every connection both ways, except the answer to the first
/// request whose head starts with `request_start` (e.g. `PUT /api/`): that
/// request reaches the upstream, and as soon as the upstream answers, the
/// client's connection is reset instead.
async fn answer_dropping_proxy(
    upstream: SocketAddr,
    request_start: &'static str,
) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let armed = Arc::new(AtomicBool::new(true));
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            tokio::spawn(relay(client, upstream, request_start, armed.clone()));
        }
    });
    Ok(url)
}

async fn relay(
    mut client: TcpStream,
    upstream: SocketAddr,
    request_start: &'static str,
    armed: Arc<AtomicBool>,
) -> std::io::Result<()> {
    let mut server = TcpStream::connect(upstream).await?;
    let (mut up, mut down) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    let mut drop_answer = false;
    loop {
        tokio::select! {
            read = client.read(&mut up) => {
                let read = read?;
                if read == 0 {
                    return Ok(());
                }
                // A client sends the next request only after the last answer,
                // so a request head starts a read.
                if up[..read].starts_with(request_start.as_bytes()) && armed.swap(false, Ordering::SeqCst) {
                    drop_answer = true;
                }
                server.write_all(&up[..read]).await?;
            }
            read = server.read(&mut down) => {
                let read = read?;
                if drop_answer {
                    // The upstream has handled the request. SO_LINGER 0:
                    // closing sends a TCP reset.
                    client.set_zero_linger()?;
                    return Ok(());
                }
                if read == 0 {
                    return Ok(());
                }
                client.write_all(&down[..read]).await?;
            }
        }
    }
}

/// The source for `vendor` at `url` (the sandbox or a proxy in front of it).
fn source(
    sandbox: &RunningSandbox,
    vendor: apitokens::Vendor,
    url: &str,
) -> Result<Source, apitokens::Error> {
    let credentials = sandbox.credentials();
    let source: Source = match vendor {
        apitokens::Vendor::Dynatrace => DynatraceSource::new(
            url,
            apitokens::dynatrace::Credentials::new(credentials.dynatrace_token().clone()),
        )?
        .with_policy(fast_policy())?
        .into(),
        apitokens::Vendor::Astra => AstraSource::new(
            url,
            credentials.astra_account_id(),
            credentials.astra_user_id(),
            apitokens::astra::Credentials::new(credentials.astra_token().clone()),
        )?
        .with_policy(fast_policy())?
        .into(),
        _ => EmrServerlessSparkSource::with_endpoint(
            url,
            credentials.region(),
            credentials.workspace_id(),
            credentials.livy_compute_id(),
            credentials.access_key(),
        )?
        .with_policy(fast_policy())?
        .into(),
    };
    Ok(source)
}

async fn a_create_whose_answer_is_lost_makes_one_token(
    vendor: apitokens::Vendor,
    request_start: &'static str,
) -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::builder().start().await?;
    let proxy = answer_dropping_proxy(sandbox.address(), request_start).await?;
    let through_proxy = source(&sandbox, vendor, &proxy)?;
    let direct = source(&sandbox, vendor, sandbox.url())?;

    let name = "created-once";
    let new = match vendor {
        apitokens::Vendor::Dynatrace => NewToken::named(name).with_scopes(["metrics.read"]),
        apitokens::Vendor::Astra => NewToken::named(name),
        _ => NewToken::named(name).with_expiry(Expiry::AfterDays(7)),
    };
    let error = through_proxy
        .create(&new)
        .await
        .err()
        .ok_or("the create succeeded")?;

    let named: Vec<_> = direct
        .list_all()
        .await?
        .into_iter()
        .filter(|token| token.name.as_deref() == Some(name))
        .collect();
    assert_eq!(named.len(), 1, "{vendor}: tokens named {name}: {named:?}");
    assert_eq!(error.kind(), ErrorKind::OutcomeUnknown, "{vendor}: {error}");
    assert!(error.is_outcome_unknown() && !error.is_retryable());
    let message = error.to_string();
    assert!(
        message.contains("the token may have been created")
            && message.contains("check with `apitokens list`"),
        "{message}"
    );
    sandbox.stop().await?;
    Ok(())
}

#[tokio::test]
async fn an_emr_create_whose_answer_is_lost_is_not_sent_again()
-> Result<(), Box<dyn std::error::Error>> {
    // CreateLivyComputeToken is a PUT, yet each call mints a token.
    a_create_whose_answer_is_lost_makes_one_token(
        apitokens::Vendor::EmrServerlessSpark,
        "PUT /api/interactive/",
    )
    .await
}

#[tokio::test]
async fn a_dynatrace_create_whose_answer_is_lost_is_not_sent_again()
-> Result<(), Box<dyn std::error::Error>> {
    a_create_whose_answer_is_lost_makes_one_token(
        apitokens::Vendor::Dynatrace,
        "POST /api/v2/apiTokens ",
    )
    .await
}

#[tokio::test]
async fn an_astra_create_whose_answer_is_lost_is_not_sent_again()
-> Result<(), Box<dyn std::error::Error>> {
    a_create_whose_answer_is_lost_makes_one_token(apitokens::Vendor::Astra, "POST /accounts/").await
}

fn emr(server: &MockServer) -> Result<EmrServerlessSparkSource, apitokens::Error> {
    let key = AccessKey::new("LTAI-id", "secret-value".to_string());
    EmrServerlessSparkSource::with_endpoint(&server.uri(), "cn-hangzhou", "w-1", "lc-1", key)?
        .with_policy(fast_policy())
}

async fn requests(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .map(|r| r.len())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_503_on_a_create_is_not_retried() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let error = emr(&server)?
        .create(&NewToken::named("n"))
        .await
        .err()
        .ok_or("the create succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Server, "{error}");
    assert_eq!(requests(&server).await, 1, "the create was sent again");
    Ok(())
}

#[tokio::test]
async fn a_429_on_a_create_is_retried() -> Result<(), Box<dyn std::error::Error>> {
    // The server refused the request unprocessed: sending it again is safe.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "id": "dt0c01.NEW", "token": "dt0c01.NEW.SECRETSECRETSECRET"})))
        .mount(&server)
        .await;
    let credentials = apitokens::dynatrace::Credentials::new("dt0c01.A.B".to_string());
    let source = DynatraceSource::new(&server.uri(), credentials)?.with_policy(fast_policy())?;
    let created = source
        .create(&NewToken::named("n").with_scopes(["metrics.read"]))
        .await?;
    assert_eq!(created.token.id, "dt0c01.NEW");
    assert_eq!(requests(&server).await, 2);
    Ok(())
}

#[tokio::test]
async fn a_create_that_never_left_is_a_plain_transport_error()
-> Result<(), Box<dyn std::error::Error>> {
    // Nothing listens on the port: the connection is refused, so the outcome is known.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", closed.local_addr()?);
    drop(closed);
    let credentials = apitokens::dynatrace::Credentials::new("dt0c01.A.B".to_string());
    let source = DynatraceSource::new(&url, credentials)?.with_policy(fast_policy())?;
    let error = source
        .create(&NewToken::named("n").with_scopes(["metrics.read"]))
        .await
        .err()
        .ok_or("the create succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Transport, "{error}");
    Ok(())
}
