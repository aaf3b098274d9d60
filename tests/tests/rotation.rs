//! Rotation and revocation when things go wrong, through the facade against
//! the sandbox behind a fault proxy (a raw TCP proxy on loopback that can
//! fail a request or forward it and lose the answer). Every case ends with
//! the tokens the error says exist, checked against the sandbox.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use apitokens::{
    DynatraceSource, EmrServerlessSparkSource, ExposeSecret, Policy, RetryPolicy, RotationStep,
    Source,
};
use apitokens_sandbox::{DynatraceToken, RunningSandbox, Sandbox};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

type TestResult = Result<(), Box<dyn std::error::Error>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    /// Answer HTTP 500 without forwarding.
    Fail,
    /// Forward, then reset the connection instead of answering.
    LoseAnswer,
}

/// Applies `action` once, to the request after the first `skip` whose
/// method is `method` and whose path contains `path`.
#[derive(Debug)]
struct Rule {
    method: &'static str,
    path: String,
    skip: usize,
    action: Action,
    done: bool,
}

type Rules = Arc<Mutex<Vec<Rule>>>;

fn rule(method: &'static str, path: &str, skip: usize, action: Action) -> Rule {
    Rule {
        method,
        path: path.to_string(),
        skip,
        action,
        done: false,
    }
}

/// The action for a request line, counting it against the rules.
fn action_for(rules: &Rules, request_line: &str) -> Option<Action> {
    let mut parts = request_line.split(' ');
    let (method, path) = (parts.next()?, parts.next()?);
    let mut rules = rules.lock().ok()?;
    for rule in rules.iter_mut() {
        if rule.done || rule.method != method || !path.contains(&rule.path) {
            continue;
        }
        if rule.skip > 0 {
            rule.skip -= 1;
            continue;
        }
        rule.done = true;
        return Some(rule.action);
    }
    None
}

/// Reads one request (head and `content-length` body); `None` at the end.
async fn read_request(stream: &mut TcpStream) -> std::io::Result<Option<Vec<u8>>> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                return Ok(Some(buffer));
            }
        }
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

/// Sends `request` upstream on its own connection, asking it to close after
/// answering, and returns the whole answer.
async fn forward(upstream: SocketAddr, request: &[u8]) -> std::io::Result<Vec<u8>> {
    let line_end = request
        .windows(2)
        .position(|w| w == b"\r\n")
        .unwrap_or(request.len());
    let mut sent = request[..line_end + 2].to_vec();
    sent.extend_from_slice(b"connection: close\r\n");
    sent.extend_from_slice(&request[line_end + 2..]);
    let mut stream = TcpStream::connect(upstream).await?;
    stream.write_all(&sent).await?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await?;
    Ok(answer)
}

async fn serve(mut client: TcpStream, upstream: SocketAddr, rules: Rules) -> std::io::Result<()> {
    let Some(request) = read_request(&mut client).await? else {
        return Ok(());
    };
    let line = String::from_utf8_lossy(&request)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string();
    match action_for(&rules, &line) {
        Some(Action::Fail) => {
            client
                .write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                .await?;
            client.shutdown().await
        }
        Some(Action::LoseAnswer) => {
            forward(upstream, &request).await?;
            // SO_LINGER 0: closing sends a TCP reset.
            client.set_zero_linger()?;
            Ok(())
        }
        None => {
            // The answer says `connection: close`, so the client opens a new
            // connection for its next request.
            let answer = forward(upstream, &request).await?;
            client.write_all(&answer).await?;
            client.shutdown().await
        }
    }
}

/// A proxy to `upstream` on loopback; returns its base URL.
async fn start_proxy(upstream: SocketAddr, rules: Rules) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            tokio::spawn(serve(client, upstream, Arc::clone(&rules)));
        }
    });
    Ok(url)
}

fn fast_policy() -> Policy {
    Policy::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
    )
}

fn dynatrace(sandbox: &RunningSandbox, url: &str) -> Result<Source, apitokens::Error> {
    let credentials =
        apitokens::dynatrace::Credentials::new(sandbox.credentials().dynatrace_token().clone());
    Ok(DynatraceSource::new(url, credentials)?
        .with_policy(fast_policy())?
        .into())
}

fn emr(sandbox: &RunningSandbox, url: &str) -> Result<Source, apitokens::Error> {
    let c = sandbox.credentials();
    Ok(EmrServerlessSparkSource::with_endpoint(
        url,
        c.region(),
        c.workspace_id(),
        c.livy_compute_id(),
        c.access_key(),
    )?
    .with_policy(fast_policy())?
    .into())
}

async fn exists(source: &Source, id: &str) -> Result<bool, apitokens::Error> {
    match source.get(id).await {
        Ok(_) => Ok(true),
        Err(error) if error.is_not_found() => Ok(false),
        Err(error) => Err(error),
    }
}

#[tokio::test]
async fn a_delete_retried_after_its_answer_was_lost_that_finds_nothing_has_revoked() -> TestResult {
    let sandbox = Sandbox::builder().with_demo_data().start().await?;
    let rules = Rules::default();
    let proxy = start_proxy(sandbox.address(), Arc::clone(&rules)).await?;
    let source = dynatrace(&sandbox, &proxy)?;
    let direct = dynatrace(&sandbox, sandbox.dynatrace_environment_url())?;

    // `revoke`: the first DELETE deletes, its answer is lost, the retry finds nothing.
    let seeded = sandbox.add_dynatrace_token(DynatraceToken::named("old").scopes(["metrics.read"]));
    rules
        .lock()
        .map_err(|_| "poisoned")?
        .push(rule("DELETE", &seeded.id, 0, Action::LoseAnswer));
    source.revoke(&seeded.id).await?;
    assert!(!exists(&direct, &seeded.id).await?);
    // A "not found" at the first attempt is still an error.
    let missing = source
        .revoke("dt0c01.NEVERCREATED")
        .await
        .err()
        .ok_or("revoked a token that never existed")?;
    assert!(missing.is_not_found(), "{missing}");

    // A rotation whose revoke of the old token loses its answer is finished.
    let seeded = sandbox.add_dynatrace_token(DynatraceToken::named("old").scopes(["metrics.read"]));
    let pending = source.begin_rotation(&seeded.id).await?;
    rules
        .lock()
        .map_err(|_| "poisoned")?
        .push(rule("DELETE", &seeded.id, 0, Action::LoseAnswer));
    let rotation = pending.finish().await?;
    assert!(!exists(&direct, &seeded.id).await?, "the old token is gone");
    assert!(exists(&direct, &rotation.new.token.id).await?);
    Ok(())
}

#[tokio::test]
async fn an_emr_read_back_failure_names_the_replacement_and_revokes_it() -> TestResult {
    let sandbox = Sandbox::builder().with_demo_data().start().await?;
    let rules = Rules::default();
    let proxy = start_proxy(sandbox.address(), Arc::clone(&rules)).await?;
    let source = emr(&sandbox, &proxy)?;
    let direct = emr(&sandbox, sandbox.emr_endpoint())?;
    let old = direct
        .list_all()
        .await?
        .into_iter()
        .next()
        .ok_or("no Livy token")?
        .id;
    let ids = |tokens: Vec<apitokens::Token>| -> Vec<String> {
        let mut ids: Vec<String> = tokens.into_iter().map(|t| t.id).collect();
        ids.sort();
        ids
    };
    let before = ids(direct.list_all().await?);

    // The read-back of the replacement fails (the first GET of a token is
    // the old one's): the replacement is revoked again.
    rules
        .lock()
        .map_err(|_| "poisoned")?
        .push(rule("GET", "/token/lctk-", 1, Action::Fail));
    let failure = source
        .begin_rotation(&old)
        .await
        .err()
        .ok_or("the rotation went on without the new secret")?;
    assert_eq!(failure.step, RotationStep::Create);
    let new_id = failure
        .new_id
        .clone()
        .ok_or("the replacement's ID was lost")?;
    assert!(new_id.starts_with("lctk-"), "{new_id}");
    assert_eq!(failure.existing(), [old.as_str()]);
    assert!(!failure.new_exists() && failure.new.is_none());
    assert!(
        failure
            .to_string()
            .contains(&format!("the replacement {new_id} was revoked again")),
        "{failure}"
    );
    assert_eq!(
        ids(direct.list_all().await?),
        before,
        "exactly the old tokens"
    );

    // The same, and revoking the replacement fails too: both exist, and the
    // error says so.
    rules.lock().map_err(|_| "poisoned")?.extend([
        rule("GET", "/token/lctk-", 1, Action::Fail),
        rule("DELETE", "/token/lctk-", 0, Action::Fail),
    ]);
    let failure = source
        .begin_rotation(&old)
        .await
        .err()
        .ok_or("the rotation went on without the new secret")?;
    let new_id = failure
        .new_id
        .clone()
        .ok_or("the replacement's ID was lost")?;
    assert_eq!(failure.existing(), [old.as_str(), new_id.as_str()]);
    assert!(failure.new_exists() && failure.revoke_new_error.is_some());
    assert!(
        failure
            .to_string()
            .contains(&format!("tokens that exist now: {old}, {new_id}")),
        "{failure}"
    );
    let mut expected = before.clone();
    expected.push(new_id);
    expected.sort();
    assert_eq!(ids(direct.list_all().await?), expected);
    Ok(())
}

#[tokio::test]
async fn an_abandoned_rotation_keeps_the_old_token_and_revokes_the_new() -> TestResult {
    let sandbox = Sandbox::builder().with_demo_data().start().await?;
    let source = dynatrace(&sandbox, sandbox.dynatrace_environment_url())?;
    let seeded = sandbox.add_dynatrace_token(DynatraceToken::named("old").scopes(["metrics.read"]));
    let count = sandbox.dynatrace_token_count();
    let pending = source.begin_rotation(&seeded.id).await?;
    let new_id = pending.new_token().token.id.clone();
    assert!(!pending.new_token().secret().expose_secret().is_empty());
    assert!(exists(&source, &seeded.id).await?, "untouched until finish");
    assert_eq!(sandbox.dynatrace_token_count(), count + 1);
    assert_eq!(pending.abandon().await?, seeded.id);
    assert!(exists(&source, &seeded.id).await?);
    assert!(!exists(&source, &new_id).await?);
    assert_eq!(sandbox.dynatrace_token_count(), count);
    Ok(())
}

#[tokio::test]
async fn a_server_cannot_claim_a_delete_was_retried() -> TestResult {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/api/v2/apiTokens/dt0c01.GONE"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-apitokens-retried", "1")
                .set_body_json(serde_json::json!({"error": {"code": 404, "message": "not found"}})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let credentials = apitokens::dynatrace::Credentials::new("dt0c01.A.SECRET".to_string());
    let source: Source = DynatraceSource::new(&server.uri(), credentials)?.into();
    let error = source
        .revoke("dt0c01.GONE")
        .await
        .err()
        .ok_or("a first-attempt 404 counted as revoked")?;
    assert!(error.is_not_found(), "{error}");
    Ok(())
}
