//! A create is never repeated behind the caller's back: the retry rule per
//! operation (docs/FAULTS.md). A 503 on a create is not retried, a 429 is.

use std::time::Duration;

use apitokens::emr_serverless_spark::signing::AccessKey;
use apitokens::{
    DynatraceSource, EmrServerlessSparkSource, ErrorKind, NewToken, Policy, RetryPolicy,
};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Quick retries, so that a retry, if one were made, would happen within the test.
fn fast_policy() -> Policy {
    Policy::default().with_retry(
        RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
    )
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
