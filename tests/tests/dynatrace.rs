//! The generated Dynatrace client over real HTTP on loopback.

use apitokens::dynatrace::{Client, Credentials, Error, types};
use chrono::{TimeZone, Utc};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "dt0c01.TESTPUBLICPART.TESTSECRETPARTTESTSECRETPARTTESTSECRETPART";
const PAGE_EXAMPLE: &str = include_str!("../fixtures/dynatrace-get-api-token.json");

fn client(server: &MockServer) -> Result<Client, apitokens_core::http::ConnectError> {
    Client::connect(
        &format!("{}/api/v2", server.uri()),
        Credentials::new(TOKEN.to_string()),
    )
}

fn json(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_raw(body.as_bytes().to_vec(), "application/json; charset=utf-8")
}

#[tokio::test]
async fn get_api_token_decodes_the_page_example() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens/dt0c01.ST2EY72KQINMH574WMNVI7YN"))
        .respond_with(json(PAGE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;

    let token = client(&server)?
        .get_api_token()
        .id("dt0c01.ST2EY72KQINMH574WMNVI7YN")
        .send()
        .await?
        .into_inner();

    let at = |d, h, m, s, ms| {
        Utc.with_ymd_and_hms(2020, 11, d, h, m, s)
            .single()
            .map(|t| t + chrono::Duration::milliseconds(ms))
    };
    assert_eq!(token.id.as_deref(), Some("dt0c01.ST2EY72KQINMH574WMNVI7YN"));
    assert_eq!(token.name.as_deref(), Some("myToken"));
    assert_eq!(token.owner.as_deref(), Some("john.smith"));
    assert_eq!(token.enabled, Some(true));
    assert_eq!(token.personal_access_token, Some(true));
    assert_eq!(token.last_used_ip_address.as_deref(), Some("34.197.2.44"));
    assert_eq!(token.creation_date, at(5, 8, 15, 30, 144));
    assert_eq!(token.modified_date, at(12, 8, 15, 30, 144));
    assert_eq!(token.expiration_date, at(12, 8, 15, 30, 144));
    assert_eq!(token.last_used_date, at(12, 8, 15, 30, 144));
    assert_eq!(
        token.scopes,
        vec![types::ApiTokenScope::from("metrics.read".to_string())]
    );
    let metadata = token
        .additional_metadata
        .ok_or("additionalMetadata missing")?;
    assert_eq!(
        metadata.dashboard_id.as_deref(),
        Some("82402bab-7370-4359-924d-88ed13c8919a")
    );

    let requests = server.received_requests().await.ok_or("recording is off")?;
    let authorization = requests[0]
        .headers
        .get("authorization")
        .ok_or("no Authorization header")?;
    assert_eq!(authorization.to_str()?, format!("Api-Token {TOKEN}"));
    Ok(())
}

#[tokio::test]
async fn unknown_scopes_and_fields_still_decode() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens/dt0c01.NEW"))
        .and(header("authorization", format!("Api-Token {TOKEN}").as_str()))
        .respond_with(json(
            r#"{"id":"dt0c01.NEW","scopes":["metrics.read","scopeAddedIn2031.write"],"brandNewField":{"x":1},"expirationDate":null}"#,
        ))
        .mount(&server)
        .await;

    let token = client(&server)?
        .get_api_token()
        .id("dt0c01.NEW")
        .send()
        .await?
        .into_inner();
    let scopes: Vec<&str> = token.scopes.iter().map(|s| s.as_str()).collect();
    assert_eq!(scopes, ["metrics.read", "scopeAddedIn2031.write"]);
    assert_eq!(token.expiration_date, None);
    Ok(())
}

#[tokio::test]
async fn a_400_decodes_into_the_error_envelope() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let body = r#"{"error":{"code":400,"message":"Constraints violated.","constraintViolations":[{"path":"id","message":"must not be blank","parameterLocation":"PATH","location":null}]}}"#;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;

    let result = client(&server)?.get_api_token().id("x").send().await;
    let Err(Error::ErrorResponse(response)) = result else {
        return Err(format!("expected a typed error response, got {result:?}").into());
    };
    assert_eq!(response.status().as_u16(), 400);
    let error = response
        .into_inner()
        .error
        .ok_or("envelope without error")?;
    assert_eq!(error.code, Some(400));
    assert_eq!(error.message.as_deref(), Some("Constraints violated."));
    let violation = &error.constraint_violations[0];
    assert_eq!(violation.path.as_deref(), Some("id"));
    assert_eq!(violation.message.as_deref(), Some("must not be blank"));
    assert_eq!(violation.parameter_location.as_deref(), Some("PATH"));
    Ok(())
}

#[tokio::test]
async fn a_404_with_or_without_a_body_is_an_error_with_its_status()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(path("/api/v2/apiTokens/with-body"))
        .respond_with(ResponseTemplate::new(404).set_body_raw(
            r#"{"error":{"code":404,"message":"Token with-body not found"}}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(path("/api/v2/apiTokens/without-body"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let client = client(&server)?;

    let result = client.get_api_token().id("with-body").send().await;
    let Err(Error::ErrorResponse(response)) = result else {
        return Err(format!("expected a typed 404, got {result:?}").into());
    };
    assert_eq!(response.status().as_u16(), 404);
    let message = response.into_inner().error.and_then(|e| e.message);
    assert_eq!(message.as_deref(), Some("Token with-body not found"));

    // The page documents no body for 404: it decodes as an empty envelope.
    let result = client.get_api_token().id("without-body").send().await;
    let Err(Error::ErrorResponse(response)) = result else {
        return Err(format!("expected a typed 404, got {result:?}").into());
    };
    assert_eq!(response.status().as_u16(), 404);
    assert!(response.into_inner().error.is_none());
    Ok(())
}

#[tokio::test]
async fn ids_are_percent_encoded_into_one_path_segment() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(path("/api/v2/apiTokens/a%2Fb%3Fc"))
        .respond_with(json(r#"{"id":"a/b?c"}"#))
        .mount(&server)
        .await;
    let token = client(&server)?
        .get_api_token()
        .id("a/b?c")
        .send()
        .await?
        .into_inner();
    assert_eq!(token.id.as_deref(), Some("a/b?c"));
    Ok(())
}

#[test]
fn credentials_never_show_the_token() {
    let credentials = Credentials::new(TOKEN.to_string());
    assert!(!format!("{credentials:?}").contains("TESTSECRETPART"));
    assert_eq!(
        format!("{credentials:?}"),
        "Credentials { token: \"[redacted]\" }"
    );
}
