//! The generated Astra Control client over real HTTP on loopback.

use apitokens::astra::{Client, Credentials, Error};
use chrono::{TimeZone, Utc};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "QXN0cmFUZXN0VG9rZW5TZWNyZXQ=";
const ACCOUNT: &str = "8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd";
const USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";
const TOKEN_ID: &str = "822fab12-c224-5d1f-8118-5fb5d2def8b9";
const PAGE_EXAMPLE: &str = include_str!("../fixtures/astra-get-token.json");
const NOT_FOUND: &str = include_str!("../fixtures/astra-404.json");

fn client(server: &MockServer) -> Result<Client, apitokens_core::http::ConnectError> {
    Client::connect(&server.uri(), Credentials::new(TOKEN.to_string()))
}

fn token_path() -> String {
    format!("/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens/{TOKEN_ID}")
}

#[tokio::test]
async fn get_token_decodes_the_page_example() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(token_path()))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(PAGE_EXAMPLE, "application/astra-token+json"),
        )
        .expect(1)
        .mount(&server)
        .await;

    let token = client(&server)?
        .get_token()
        .account_id(ACCOUNT.to_string())
        .user_id(USER.to_string())
        .token_id(TOKEN_ID.to_string())
        .send()
        .await?
        .into_inner();

    assert_eq!(token.type_, "application/astra-token");
    assert_eq!(token.version, "1.0");
    assert_eq!(token.id.as_str(), TOKEN_ID);
    assert_eq!(token.name.as_str(), "Snapshot Script");
    assert_eq!(token.user_id.as_str(), USER);
    let metadata = &token.metadata;
    assert_eq!(metadata.labels.as_ref().map(Vec::len), Some(0));
    let at = Utc
        .with_ymd_and_hms(2022, 10, 6, 20, 58, 16)
        .single()
        .map(|t| t + chrono::Duration::microseconds(305_662));
    assert_eq!(metadata.creation_timestamp.as_ref().map(|t| t.0), at);
    assert_eq!(metadata.modification_timestamp.as_ref().map(|t| t.0), at);
    assert_eq!(
        metadata.created_by.as_ref().map(|s| s.as_str()),
        Some("8f84cf09-8036-51e4-b579-bd30cb07b269")
    );
    assert_eq!(metadata.modified_by, None);

    let requests = server.received_requests().await.ok_or("recording is off")?;
    let headers = &requests[0].headers;
    assert_eq!(
        headers
            .get("authorization")
            .ok_or("no Authorization")?
            .to_str()?,
        format!("Bearer {TOKEN}")
    );
    let accept = headers.get("accept").ok_or("no Accept")?.to_str()?;
    assert!(accept.contains("application/astra-token+json"), "{accept}");
    Ok(())
}

#[tokio::test]
async fn a_404_decodes_into_a_problem_detail() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404).set_body_raw(NOT_FOUND, "application/problem+json"),
        )
        .mount(&server)
        .await;

    let result = client(&server)?
        .get_token()
        .account_id(ACCOUNT.to_string())
        .user_id(USER.to_string())
        .token_id(TOKEN_ID.to_string())
        .send()
        .await;
    let Err(Error::ErrorResponse(response)) = result else {
        return Err(format!("expected a typed problem detail, got {result:?}").into());
    };
    assert_eq!(response.status().as_u16(), 404);
    let problem = response.into_inner();
    assert_eq!(problem.type_, "https://astra.netapp.io/problems/2");
    assert_eq!(problem.title, "Collection not found");
    assert_eq!(
        problem.detail,
        "The collection specified in the request URI wasn't found."
    );
    assert_eq!(problem.status, "404");
    assert_eq!(problem.correlation_id, None);
    Ok(())
}

#[tokio::test]
async fn a_400_carries_its_invalid_params() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let body = r#"{"type":"https://astra.netapp.io/problems/5","title":"Invalid query parameters","detail":"The supplied query parameters are invalid.","status":"400","correlationID":"0a9bc3f1-46a6-4a2e-9c1d-2f9f1c6f4e11","invalidParams":[{"name":"limit","reason":"must be a positive integer"}]}"#;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(body, "application/problem+json"))
        .mount(&server)
        .await;

    let result = client(&server)?
        .get_token()
        .account_id(ACCOUNT.to_string())
        .user_id(USER.to_string())
        .token_id(TOKEN_ID.to_string())
        .send()
        .await;
    let Err(Error::ErrorResponse(response)) = result else {
        return Err(format!("expected a typed problem detail, got {result:?}").into());
    };
    let problem = response.into_inner();
    assert_eq!(
        problem.correlation_id.as_ref().map(|s| s.as_str()),
        Some("0a9bc3f1-46a6-4a2e-9c1d-2f9f1c6f4e11")
    );
    let invalid = problem.invalid_params.ok_or("invalidParams missing")?;
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].name, "limit");
    assert_eq!(invalid[0].reason, "must be a positive integer");
    Ok(())
}

#[test]
fn credentials_never_show_the_token() {
    let credentials = Credentials::new(TOKEN.to_string());
    assert!(!format!("{credentials:?}").contains(TOKEN));
}
