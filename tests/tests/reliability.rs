//! Retries, timeouts, limits and hostile input: every call ends in a result
//! or a typed error, within a bounded time, and goes only where it was meant.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use apitokens::emr_serverless_spark::signing::AccessKey;
use apitokens::{
    DynatraceSource, EmrServerlessSparkSource, ErrorKind, NewToken, Policy, RetryPolicy, Source,
};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const DT_TOKEN: &str = "dt0c01.RELIABILITYPUBLIC.RELIABILITYSECRETRELIABILITYSECRETXX";

/// Quick retries, so the suite stays fast.
fn fast_policy() -> Policy {
    Policy::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
    )
}

fn dynatrace(server: &MockServer, policy: Policy) -> Result<Source, apitokens::Error> {
    let credentials = apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string());
    Ok(DynatraceSource::new(&server.uri(), credentials)?
        .with_policy(policy)?
        .into())
}

fn token_json() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "dt0c01.A", "name": "a"}))
}

async fn attempts(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .map(|r| r.len())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_get_is_retried_through_503s_until_it_succeeds() -> Result<(), Box<dyn std::error::Error>>
{
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(token_json())
        .mount(&server)
        .await;

    let token = dynatrace(&server, fast_policy())?.get("dt0c01.A").await?;
    assert_eq!(token.id, "dt0c01.A");
    assert_eq!(attempts(&server).await, 3);
    Ok(())
}

#[tokio::test]
async fn throttling_forever_ends_after_the_configured_retries()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429))
        .mount(&server)
        .await;

    let error = dynatrace(&server, fast_policy())?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(attempts(&server).await, 4, "one attempt and three retries");

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429))
        .mount(&server)
        .await;
    let no_retries = fast_policy().with_retry(RetryPolicy::none());
    dynatrace(&server, no_retries)?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert_eq!(
        attempts(&server).await,
        1,
        "max_retries 0 disables retrying"
    );
    Ok(())
}

#[tokio::test]
async fn a_retry_after_beyond_the_cap_ends_the_call_with_the_servers_delay()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "120"))
        .mount(&server)
        .await;

    let started = Instant::now();
    let error = dynatrace(&server, fast_policy())?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(120)));
    assert_eq!(attempts(&server).await, 1);
    Ok(())
}

#[tokio::test]
async fn a_short_retry_after_is_waited_out() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(token_json())
        .mount(&server)
        .await;

    let started = Instant::now();
    dynatrace(&server, fast_policy())?.get("dt0c01.A").await?;
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the server's delay was not honoured"
    );
    assert_eq!(attempts(&server).await, 2);
    Ok(())
}

#[tokio::test]
async fn a_create_is_never_retried() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;

    let new = NewToken::named("x").with_scopes(["metrics.read"]);
    let error = dynatrace(&server, fast_policy())?
        .create(&new)
        .await
        .err()
        .ok_or("succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(attempts(&server).await, 1);
    Ok(())
}

#[tokio::test]
async fn the_total_deadline_bounds_a_slow_server() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(token_json().set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let policy = fast_policy()
        .with_request_timeout(Duration::from_millis(300))
        .with_total_timeout(Duration::from_millis(700));

    let started = Instant::now();
    let error = dynatrace(&server, policy)?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(error.kind(), ErrorKind::Transport);
    assert!(error.is_timeout(), "{error}");
    Ok(())
}

#[tokio::test]
async fn an_oversized_body_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let huge = format!(
        r#"{{"id":"dt0c01.A","name":"{}"}}"#,
        "x".repeat(2 * 1024 * 1024)
    );
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(huge, "application/json"))
        .mount(&server)
        .await;

    let policy = fast_policy().with_max_response_bytes(1024 * 1024);
    let error = dynatrace(&server, policy)?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(
        error
            .to_string()
            .contains("larger than the limit of 1048576 bytes"),
        "{error}"
    );
    Ok(())
}

#[tokio::test]
async fn a_cross_host_redirect_is_not_followed_with_credentials()
-> Result<(), Box<dyn std::error::Error>> {
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(token_json())
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(302).insert_header(
            "location",
            format!("{}/api/v2/apiTokens/dt0c01.A", elsewhere.uri()).as_str(),
        ))
        .mount(&server)
        .await;

    let error = dynatrace(&server, fast_policy())?
        .get("dt0c01.A")
        .await
        .err()
        .ok_or("succeeded")?;
    assert_eq!(error.status(), Some(302), "{error}");
    assert_eq!(attempts(&elsewhere).await, 0, "the redirect was followed");
    Ok(())
}

/// Alibaba throttling on a signed call, then success: the retry carries a
/// new nonce and signature.
struct ThrottleOnce {
    nonces: Arc<Mutex<Vec<String>>>,
}

impl Respond for ThrottleOnce {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let nonce = request
            .headers
            .get("x-acs-signature-nonce")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let Ok(mut nonces) = self.nonces.lock() else {
            return ResponseTemplate::new(500);
        };
        let first = nonces.is_empty();
        let reused = nonces.contains(&nonce);
        nonces.push(nonce);
        if reused {
            return ResponseTemplate::new(400).set_body_json(serde_json::json!({
                "requestId": "R", "code": "SignatureNonceUsed", "message": "The nonce has been used."}));
        }
        if first {
            return ResponseTemplate::new(400).set_body_json(serde_json::json!({
                "requestId": "R", "code": "Throttling.User", "message": "Request was denied due to user flow control."}));
        }
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "requestId": "R", "code": "1000000", "message": "ok", "data": {"tokenId": "lctk-1", "token": "abcdefabcdefabcdef"}}))
    }
}

#[tokio::test]
async fn alibaba_throttling_is_retried_with_a_fresh_signature()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let nonces = Arc::new(Mutex::new(Vec::new()));
    Mock::given(path_regex("/token/lctk-1$"))
        .respond_with(ThrottleOnce {
            nonces: nonces.clone(),
        })
        .mount(&server)
        .await;
    let key = AccessKey::new("LTAI-id", "secret-value".to_string());
    let source =
        EmrServerlessSparkSource::with_endpoint(&server.uri(), "cn-hangzhou", "w-1", "lc-1", key)?
            .with_policy(fast_policy())?;

    let token = source.get("lctk-1").await?;
    assert_eq!(token.id, "lctk-1");
    let nonces = nonces.lock().map(|n| n.clone()).unwrap_or_default();
    assert_eq!(nonces.len(), 2);
    assert_ne!(nonces[0], nonces[1]);
    Ok(())
}

#[tokio::test]
async fn ids_that_could_leave_their_segment_are_refused_before_any_request()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let source = dynatrace(&server, fast_policy())?;
    for id in [
        "",
        ".",
        "..",
        "../apiTokens",
        "a/b",
        "a?fields=x",
        "a#b",
        "a\r\nX-Injected: 1",
        "%2e%2e",
    ] {
        let error = source.get(id).await.err().ok_or("accepted")?;
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{id:?}: {error}");
        assert_eq!(error.status(), None);
        assert!(error.to_string().contains("invalid id"), "{error}");
    }
    assert_eq!(attempts(&server).await, 0);
    Ok(())
}

fn emr(server: &MockServer) -> Result<EmrServerlessSparkSource, apitokens::Error> {
    let key = AccessKey::new("LTAI-id", "secret-value".to_string());
    EmrServerlessSparkSource::with_endpoint(&server.uri(), "cn-hangzhou", "w-1", "lc-1", key)?
        .with_policy(fast_policy())
}

#[tokio::test]
async fn a_gateway_id_from_the_server_is_checked_before_it_goes_into_a_path()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(path_regex("/livycompute$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "requestId": "R", "code": "1000000", "message": "ok",
            "data": {"livyComputes": [{"computeId": "lc-good"}, {"computeId": ".."}]}})))
        .mount(&server)
        .await;
    let error = emr(&server)?
        .gateways()
        .await
        .err()
        .ok_or("a gateway `..` was accepted")?;
    assert_eq!(error.kind(), ErrorKind::Decode, "{error}");
    assert_eq!(error.operation(), Some("listLivyCompute"));
    assert!(
        error.to_string().contains("invalid livy_compute_id"),
        "{error}"
    );
    assert_eq!(attempts(&server).await, 1);
    Ok(())
}

mod property {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Whatever the ID, a request either is refused before sending or
        /// reaches exactly `/api/v2/apiTokens/<one segment>`.
        #[test]
        fn no_id_reaches_another_path(id in "\\PC{0,12}|[./?#%;\\\\a-z]{0,6}") {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build();
            let Ok(runtime) = runtime else { return Err(TestCaseError::fail("no runtime")) };
            runtime.block_on(async {
                let server = MockServer::start().await;
                Mock::given(path_regex("^/api/v2/apiTokens/[^/]+$")).respond_with(token_json()).mount(&server).await;
                let source = dynatrace(&server, fast_policy().with_retry(RetryPolicy::none()))
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let result = source.get(&id).await;
                let requests = server.received_requests().await.unwrap_or_default();
                match result {
                    Ok(_) => {
                        prop_assert_eq!(requests.len(), 1);
                        let path = requests[0].url.path().to_string();
                        prop_assert!(path.starts_with("/api/v2/apiTokens/"), "{}", path);
                        prop_assert_eq!(path.matches('/').count(), 4, "{}", path);
                    }
                    Err(error) => {
                        prop_assert!(requests.is_empty(), "{} sent {} request(s)", error, requests.len());
                        prop_assert_eq!(error.kind(), ErrorKind::InvalidRequest);
                    }
                }
                Ok(())
            })?;
        }
    }
}

#[test]
fn retries_are_traced_without_secrets() -> Result<(), Box<dyn std::error::Error>> {
    let (result, logs) = apitokens_tests::capture_trace(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(method("GET"))
                .respond_with(ResponseTemplate::new(503))
                .up_to_n_times(1)
                .with_priority(1)
                .mount(&server)
                .await;
            Mock::given(method("GET"))
                .respond_with(token_json())
                .mount(&server)
                .await;
            dynatrace(&server, fast_policy())?.get("dt0c01.A").await?;
            Ok::<_, Box<dyn std::error::Error>>(())
        })
    });
    result?;
    let line = logs
        .lines()
        .find(|l| l.contains("retrying"))
        .ok_or(format!("no retry logged: {logs}"))?;
    for field in [
        "operation=\"get_api_token\"",
        "attempt=2",
        "status=503",
        "delay_ms=",
    ] {
        assert!(line.contains(field), "{field} missing from {line}");
    }
    assert!(!logs.contains("RELIABILITYSECRET"), "a secret was logged");
    assert!(
        !logs.to_ascii_lowercase().contains("authorization"),
        "a header was logged"
    );
    Ok(())
}
