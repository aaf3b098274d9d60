//! The generated GitLab client over real HTTP on loopback, serving the
//! examples of GitLab's "Personal access tokens API" and "User tokens API"
//! pages (tests/fixtures/gitlab-*.json).

use std::num::NonZeroU32;

use apitokens_core::paging::header_cursor;
use apitokens_gitlab::{Client, Credentials, Error, types};
use chrono::{NaiveDate, TimeZone, Utc};
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "glpat-TESTTOKENTESTTOKEN0000";
const LIST_EXAMPLE: &str = include_str!("../fixtures/gitlab-list-personal-access-tokens.json");
const ROTATE_EXAMPLE: &str = include_str!("../fixtures/gitlab-rotate-personal-access-token.json");
const CREATE_EXAMPLE: &str = include_str!("../fixtures/gitlab-create-personal-access-token.json");

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn client(server: &MockServer) -> Result<Client, apitokens_core::http::ConnectError> {
    Client::connect(
        &format!("{}/api/v4", server.uri()),
        Credentials::new(TOKEN.to_string()),
    )
}

fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, ms: i64) -> Option<chrono::DateTime<Utc>> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .map(|t| t + chrono::Duration::milliseconds(ms))
}

/// The text form of GitLab's `message`.
fn message_text(error: &types::ApiError) -> Option<&str> {
    match &error.message {
        Some(types::ApiErrorMessage::String(text)) => Some(text),
        _ => None,
    }
}

fn scopes(names: &[&str]) -> Vec<types::TokenScope> {
    names
        .iter()
        .map(|name| types::TokenScope(name.to_string()))
        .collect()
}

#[tokio::test]
async fn list_decodes_the_page_example_with_filters_and_the_private_token() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens"))
        .and(query_param("user_id", "3"))
        .and(query_param("created_before", "2022-01-01T00:00:00Z"))
        .and(query_param("state", "active"))
        .and(query_param("per_page", "100"))
        .and(header("PRIVATE-TOKEN", TOKEN))
        .respond_with(json(200, LIST_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;

    let tokens = client(&server)?
        .list_personal_access_tokens()
        .user_id(3)
        .created_before(utc(2022, 1, 1, 0, 0, 0, 0).ok_or("date")?)
        .state("active")
        .per_page(NonZeroU32::new(100).ok_or("per_page")?)
        .send()
        .await?
        .into_inner();

    let [token] = tokens.as_slice() else {
        return Err(format!("expected one token, got {tokens:?}").into());
    };
    assert_eq!(token.id, 4);
    assert_eq!(token.name, "Test Token");
    assert!(!token.revoked);
    assert_eq!(Some(token.created_at), utc(2020, 7, 23, 14, 31, 47, 729));
    assert_eq!(token.description.as_deref(), Some("Test Token description"));
    assert_eq!(token.scopes, scopes(&["api"]));
    assert_eq!(token.user_id, 3);
    assert_eq!(token.last_used_at, utc(2021, 10, 6, 17, 58, 37, 550));
    assert!(token.last_used_ips.is_empty());
    assert!(token.active);
    assert_eq!(token.expires_at, None);

    let requests = server.received_requests().await.ok_or("recording is off")?;
    let sent = &requests[0].headers;
    assert!(sent.get("authorization").is_none(), "PRIVATE-TOKEN only");
    assert_eq!(
        sent.get("accept").and_then(|v| v.to_str().ok()),
        Some("application/json")
    );
    Ok(())
}

#[tokio::test]
async fn paging_follows_x_next_page_to_the_last_page() -> TestResult {
    let server = MockServer::start().await;
    let page = |id: i64, next: &str| {
        let body = LIST_EXAMPLE.replace("\"id\": 4", &format!("\"id\": {id}"));
        json(200, &body)
            .insert_header("x-next-page", next)
            .insert_header("x-page", if next.is_empty() { "2" } else { "1" })
            .insert_header("x-per-page", "1")
            .insert_header("x-total", "2")
            .insert_header("x-total-pages", "2")
    };
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens"))
        .and(query_param_is_missing("page"))
        .respond_with(page(4, "2"))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens"))
        .and(query_param("page", "2"))
        .respond_with(page(5, ""))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server)?;
    let mut ids = Vec::new();
    let mut next: Option<NonZeroU32> = None;
    for _ in 0..10 {
        let mut request = client
            .list_personal_access_tokens()
            .per_page(NonZeroU32::MIN);
        if let Some(page) = next {
            request = request.page(page);
        }
        let response = request.send().await?;
        // The header is empty on the last page.
        next = header_cursor(response.headers(), "x-next-page")
            .map(|page| page.parse())
            .transpose()?;
        ids.extend(response.into_inner().into_iter().map(|token| token.id));
        if next.is_none() {
            break;
        }
    }
    assert_eq!(ids, [4, 5]);
    Ok(())
}

#[tokio::test]
async fn get_and_get_self_decode_a_token() -> TestResult {
    let server = MockServer::start().await;
    let one = LIST_EXAMPLE
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']');
    for at in [
        "/api/v4/personal_access_tokens/4",
        "/api/v4/personal_access_tokens/self",
    ] {
        Mock::given(method("GET"))
            .and(path(at))
            .respond_with(json(200, one))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server)?;
    let by_id = client
        .get_personal_access_token()
        .id(4)
        .send()
        .await?
        .into_inner();
    let own = client
        .get_personal_access_token_self()
        .send()
        .await?
        .into_inner();
    assert_eq!(serde_json::to_value(&by_id)?, serde_json::to_value(&own)?);
    assert_eq!((by_id.id, by_id.name.as_str()), (4, "Test Token"));
    Ok(())
}

#[tokio::test]
async fn rotate_returns_the_new_secret_once_and_is_never_resent() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/42/rotate"))
        .and(query_param("expires_at", "2023-08-15"))
        .respond_with(json(200, ROTATE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;
    // A gateway failure after the rotation may have happened: not sent again.
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/self/rotate"))
        .respond_with(ResponseTemplate::new(502))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server)?;
    let rotated = client
        .rotate_personal_access_token()
        .id(42)
        .expires_at(NaiveDate::from_ymd_opt(2023, 8, 15).ok_or("date")?)
        .send()
        .await?
        .into_inner();
    assert_eq!(rotated.id, 42);
    assert_eq!(rotated.name, "Rotated Token");
    assert!(!rotated.revoked);
    assert_eq!(Some(rotated.created_at), utc(2023, 8, 1, 15, 0, 0, 0));
    assert_eq!(
        rotated.description.as_deref(),
        Some("Test Token description")
    );
    assert_eq!(rotated.scopes, scopes(&["api"]));
    assert_eq!(rotated.user_id, 1337);
    assert_eq!(rotated.last_used_at, None);
    assert!(rotated.last_used_ips.is_empty());
    assert!(rotated.active);
    assert_eq!(rotated.expires_at, NaiveDate::from_ymd_opt(2023, 8, 15));
    assert_eq!(rotated.token.expose(), "s3cr3t");
    assert!(!format!("{rotated:?}").contains("s3cr3t"));

    // GitLab documents no 502: the answer comes back unexpected, after one attempt.
    let failed = client.rotate_personal_access_token_self().send().await;
    let Err(Error::UnexpectedResponse(response)) = failed else {
        return Err(format!("expected the 502 as an error, got {failed:?}").into());
    };
    assert_eq!(response.status().as_u16(), 502);
    Ok(())
}

#[tokio::test]
async fn create_for_a_user_sends_the_attributes_as_json() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v4/users/42/personal_access_tokens"))
        .and(header("content-type", "application/json"))
        .and(body_json(serde_json::json!({
            "name": "mytoken",
            "expires_at": "2017-04-04",
            "scopes": ["api"],
        })))
        .respond_with(json(201, CREATE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;

    let created = client(&server)?
        .create_personal_access_token_for_user()
        .user_id(42)
        .body(
            types::PersonalAccessTokenCreation::builder()
                .name("mytoken")
                .expires_at(NaiveDate::from_ymd_opt(2017, 4, 4))
                .scopes(scopes(&["api"])),
        )
        .send()
        .await?
        .into_inner();
    assert_eq!(created.id, 3);
    assert_eq!(created.name, "mytoken");
    assert!(!created.revoked);
    assert_eq!(Some(created.created_at), utc(2020, 10, 14, 11, 58, 53, 526));
    assert_eq!(
        created.description.as_deref(),
        Some("Test Token description")
    );
    assert_eq!(created.scopes, scopes(&["api"]));
    assert_eq!(created.user_id, 42);
    assert_eq!(created.last_used_at, None);
    assert!(created.last_used_ips.is_empty());
    assert!(created.active);
    assert_eq!(created.expires_at, NaiveDate::from_ymd_opt(2020, 12, 31));
    assert_eq!(created.token.expose(), "<your_new_access_token>");
    Ok(())
}

#[tokio::test]
async fn revoke_and_self_revoke_answer_no_content() -> TestResult {
    let server = MockServer::start().await;
    for at in [
        "/api/v4/personal_access_tokens/7",
        "/api/v4/personal_access_tokens/self",
    ] {
        Mock::given(method("DELETE"))
            .and(path(at))
            .respond_with(ResponseTemplate::new(204))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = client(&server)?;
    let revoked = client.revoke_personal_access_token().id(7).send().await?;
    assert_eq!(revoked.status().as_u16(), 204);
    let revoked = client.revoke_personal_access_token_self().send().await?;
    assert_eq!(revoked.status().as_u16(), 204);
    Ok(())
}

#[tokio::test]
async fn error_bodies_decode_in_both_documented_shapes() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/1"))
        .respond_with(json(401, r#"{"message": "401 Unauthorized"}"#))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/users/1/personal_access_tokens"))
        .respond_with(json(
            400,
            r#"{"message": {"bio": ["is too long (maximum is 255 characters)"]}}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/1/rotate"))
        .respond_with(json(
            403,
            r#"{"error": "insufficient_scope", "error_description": "The request requires higher privileges than provided by the access token.", "scope": "sudo"}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/2"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let client = client(&server)?;

    // A bodiless error gets GitLab's own wording, so its status survives decoding.
    let result = client.get_personal_access_token().id(2).send().await;
    let Err(Error::ErrorResponse(not_found)) = result else {
        return Err(format!("expected a 404, got {result:?}").into());
    };
    assert_eq!(not_found.status().as_u16(), 404);
    assert_eq!(message_text(&not_found), Some("404 Not Found"));

    let result = client.get_personal_access_token().id(1).send().await;
    let Err(Error::ErrorResponse(unauthorized)) = result else {
        return Err(format!("expected a 401, got {result:?}").into());
    };
    assert_eq!(unauthorized.status().as_u16(), 401);
    assert_eq!(message_text(&unauthorized), Some("401 Unauthorized"));

    let result = client
        .create_personal_access_token_for_user()
        .user_id(1)
        .body(
            types::PersonalAccessTokenCreation::builder()
                .name("x")
                .scopes(scopes(&["api"])),
        )
        .send()
        .await;
    let Err(Error::ErrorResponse(invalid)) = result else {
        return Err(format!("expected a 400, got {result:?}").into());
    };
    assert_eq!(invalid.status().as_u16(), 400);
    let Some(types::ApiErrorMessage::ValidationErrors(errors)) = &invalid.message else {
        return Err(format!("expected validation errors, got {:?}", invalid.message).into());
    };
    assert_eq!(
        serde_json::to_value(errors)?,
        serde_json::json!({"bio": ["is too long (maximum is 255 characters)"]})
    );

    let result = client.rotate_personal_access_token().id(1).send().await;
    let Err(Error::ErrorResponse(forbidden)) = result else {
        return Err(format!("expected a 403, got {result:?}").into());
    };
    assert_eq!(forbidden.status().as_u16(), 403);
    assert_eq!(forbidden.error.as_deref(), Some("insufficient_scope"));
    assert_eq!(
        forbidden.error_description.as_deref(),
        Some("The request requires higher privileges than provided by the access token.")
    );
    assert_eq!(forbidden.scope.as_deref(), Some("sudo"));
    assert!(forbidden.message.is_none());
    Ok(())
}

#[tokio::test]
async fn bearer_credentials_use_the_authorization_header_sensitively() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/self"))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .respond_with(json(
            200,
            LIST_EXAMPLE
                .trim()
                .trim_start_matches('[')
                .trim_end_matches(']'),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::connect(
        &format!("{}/api/v4", server.uri()),
        Credentials::bearer(TOKEN.to_string()),
    )?;
    assert!(!format!("{client:?}").contains(TOKEN));
    client.get_personal_access_token_self().send().await?;
    let requests = server.received_requests().await.ok_or("recording is off")?;
    assert!(requests[0].headers.get("private-token").is_none());
    Ok(())
}
