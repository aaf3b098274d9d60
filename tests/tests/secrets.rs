//! No credential and no returned token content ever shows in `Debug` or
//! `Display` of the facade's sources, tokens and errors, or of the clients.

use apitokens::emr_serverless_spark::signing::AccessKey;
use apitokens::{AstraSource, DynatraceSource, EmrServerlessSparkSource, Source};
use wiremock::matchers::path_regex;
use wiremock::{Mock, MockServer, ResponseTemplate};

const DT_TOKEN: &str = "dt0c01.SECRETSTESTPUBLIC.DTSECRETNEVERSHOWNDTSECRETNEVERSHOWN";
const ASTRA_TOKEN: &str = "QXN0cmFTZWNyZXROZXZlclNob3du";
const KEY_SECRET: &str = "AlibabaKeySecretNeverShown";
const STS_TOKEN: &str = "AlibabaStsTokenNeverShown";
const LIVY_CONTENT: &str = "LivyTokenContentNeverShown";
const SECRETS: [&str; 5] = [DT_TOKEN, ASTRA_TOKEN, KEY_SECRET, STS_TOKEN, LIVY_CONTENT];

fn assert_clean(what: &str, shown: &str) {
    for secret in SECRETS {
        assert!(!shown.contains(secret), "{what} shows a secret: {shown}");
    }
    // The secret part of the Dynatrace token alone must not leak either.
    assert!(
        !shown.contains("DTSECRETNEVERSHOWN"),
        "{what} shows part of a secret: {shown}"
    );
}

#[tokio::test]
async fn sources_tokens_and_errors_never_show_secrets() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let livy = serde_json::json!({"requestId": "R1", "code": "1000000", "message": "ok", "data": {
        "tokenId": "lctk-1", "name": "n", "token": LIVY_CONTENT, "createdBy": "alice", "createTime": 1749456094000_i64}});
    Mock::given(path_regex("/token/lctk-1$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(livy))
        .mount(&server)
        .await;
    let list = serde_json::json!({"requestId": "R2", "code": "1000000", "message": "ok", "data": {"tokens": [
        {"tokenId": "lctk-1", "token": LIVY_CONTENT, "createdby": "alice"}]}});
    Mock::given(path_regex("/token$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(list))
        .mount(&server)
        .await;
    // A malformed body that quotes a secret must not be echoed in the error.
    let malformed = format!(
        r#"{{"requestId": "R3", "code": "1000000", "data": {{"tokenId": 5, "token": "{LIVY_CONTENT}"}}}}"#
    );
    Mock::given(path_regex("/token/lctk-bad$"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(malformed, "application/json"))
        .mount(&server)
        .await;
    Mock::given(path_regex("^/api/v2/"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({"error": {"code": 401, "message": "Token is missing required scope"}})))
        .mount(&server)
        .await;
    Mock::given(path_regex("^/accounts/"))
        .respond_with(ResponseTemplate::new(403).set_body_raw(
            r#"{"type":"https://astra.netapp.io/problems/11","title":"Operation not permitted","detail":"The requested operation isn't permitted.","status":"403"}"#,
            "application/problem+json",
        ))
        .mount(&server)
        .await;

    let sources: Vec<Source> = vec![
        DynatraceSource::new(
            &server.uri(),
            apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string()),
        )?
        .into(),
        AstraSource::new(
            &server.uri(),
            "acct",
            "user",
            apitokens::astra::Credentials::new(ASTRA_TOKEN.to_string()),
        )?
        .into(),
        EmrServerlessSparkSource::with_endpoint(
            &server.uri(),
            "cn-hangzhou",
            "w-1",
            "lc-1",
            AccessKey::new("LTAI-id", KEY_SECRET.to_string())
                .with_security_token(STS_TOKEN.to_string()),
        )?
        .into(),
    ];
    for source in &sources {
        assert_clean(
            "a source",
            &format!("{source:?} {:?} {}", source.clone(), source.location()),
        );
        for id in ["lctk-1", "lctk-bad", "x"] {
            match source.get(id).await {
                Ok(token) => {
                    assert_clean(
                        "a token",
                        &format!(
                            "{token:?} {token:#?} {token} {}",
                            serde_json::to_string(&token)?
                        ),
                    );
                }
                Err(error) => {
                    assert_clean("an error", &format!("{error:?} {error:#?} {error}"));
                    let mut source_chain = std::error::Error::source(&error);
                    while let Some(cause) = source_chain {
                        assert_clean("an error's source", &format!("{cause:?} {cause}"));
                        source_chain = cause.source();
                    }
                }
            }
        }
        for result in source.list_all().await.into_iter().flatten() {
            assert_clean("a listed token", &format!("{result:?} {result}"));
        }
    }
    Ok(())
}

#[test]
fn credentials_of_every_vendor_are_redacted() {
    let shown = format!(
        "{:?} {:?} {:?}",
        apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string()),
        apitokens::astra::Credentials::new(ASTRA_TOKEN.to_string()),
        AccessKey::new("LTAI-id", KEY_SECRET.to_string())
            .with_security_token(STS_TOKEN.to_string()),
    );
    assert_clean("credentials", &shown);
}
