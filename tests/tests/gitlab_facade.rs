//! GitLab through the facade (`GitLabSource`, `Source`, the adapter) over
//! real HTTP on loopback, serving the examples of GitLab's pages
//! (tests/fixtures/gitlab-*.json): paging by `x-next-page`, the mapping onto
//! `Token`, create, the native rotation and revoke, and error mapping.

use apitokens::{
    ErrorKind, Expiry, ExposeSecret, GitLabSource, Location, NewToken, RotationStep, Source,
    SourceConfig, Vendor,
};
use apitokens_gitlab::Credentials;
use chrono::{TimeZone, Utc};
use futures::TryStreamExt;
use wiremock::matchers::{body_json, header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "glpat-TESTTOKENTESTTOKEN0000";
const LIST_EXAMPLE: &str = include_str!("../fixtures/gitlab-list-personal-access-tokens.json");
const ROTATE_EXAMPLE: &str = include_str!("../fixtures/gitlab-rotate-personal-access-token.json");
const CREATE_EXAMPLE: &str = include_str!("../fixtures/gitlab-create-personal-access-token.json");

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn api_url(server: &MockServer) -> String {
    format!("{}/api/v4", server.uri())
}

fn source(server: &MockServer) -> Result<GitLabSource, apitokens::Error> {
    GitLabSource::new(&api_url(server), Credentials::new(TOKEN.to_string()))
}

fn json(status: u16, body: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.as_bytes().to_vec(), "application/json")
}

/// A page of one token with ID `id`, naming `next` as the next page.
fn page(id: i64, next: &str) -> ResponseTemplate {
    let body = serde_json::json!([{
        "id": id, "name": format!("t{id}"), "revoked": false, "active": true,
        "created_at": "2024-01-01T00:00:00Z", "scopes": ["read_api"], "user_id": 7,
        "expires_at": "2030-01-01"
    }]);
    json(200, &body.to_string()).insert_header("x-next-page", next)
}

async fn mount_page(server: &MockServer, number: Option<&str>, response: ResponseTemplate) {
    let mock = Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens"))
        .and(query_param("per_page", "100"))
        .and(header("PRIVATE-TOKEN", TOKEN));
    let mock = match number {
        Some(number) => mock.and(query_param("page", number)),
        None => mock.and(query_param_is_missing("page")),
    };
    mock.respond_with(response).mount(server).await;
}

#[tokio::test]
async fn list_follows_x_next_page_to_the_empty_header() -> TestResult {
    let server = MockServer::start().await;
    mount_page(&server, None, page(1, "2")).await;
    mount_page(&server, Some("2"), page(2, "3")).await;
    mount_page(&server, Some("3"), page(3, "")).await;

    let tokens: Vec<_> = Source::from(source(&server)?).list().try_collect().await?;
    let ids: Vec<&str> = tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    assert!(tokens.iter().all(|t| t.vendor == Vendor::GitLab));
    Ok(())
}

#[tokio::test]
async fn a_repeated_next_page_stops_the_listing() -> TestResult {
    let server = MockServer::start().await;
    mount_page(&server, None, page(1, "2")).await;
    mount_page(&server, Some("2"), page(2, "2")).await;

    let mut listed = Vec::new();
    let source = Source::from(source(&server)?);
    let mut stream = source.list();
    let error = loop {
        match stream.try_next().await {
            Ok(Some(token)) => listed.push(token.id),
            Ok(None) => return Err("the listing ended without an error".into()),
            Err(error) => break error,
        }
    };
    assert_eq!(listed, ["1", "2"]);
    assert_eq!(error.kind(), ErrorKind::Pagination);
    assert!(
        error
            .to_string()
            .contains("x-next-page returned with page 2 repeats the one returned with page 1"),
        "{error}"
    );
    Ok(())
}

#[tokio::test]
async fn list_filters_by_the_configured_user_and_maps_the_page_example() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens"))
        .and(query_param("user_id", "3"))
        .respond_with(json(200, LIST_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;

    let source = source(&server)?.with_user_id(3);
    let tokens: Vec<_> = source.list().try_collect().await?;
    let [token] = tokens.as_slice() else {
        return Err(format!("{tokens:?}").into());
    };
    assert_eq!(token.id, "4");
    assert_eq!(token.name.as_deref(), Some("Test Token"));
    assert_eq!(token.owner.as_deref(), Some("3"));
    assert_eq!(token.enabled, Some(true));
    assert_eq!(token.scopes, ["api"]);
    assert_eq!(token.expires_at, None);
    assert_eq!(
        token.created_at,
        Utc.with_ymd_and_hms(2020, 7, 23, 14, 31, 47)
            .single()
            .map(|t| t + chrono::Duration::milliseconds(729))
    );
    assert_eq!(
        token.last_used_at,
        Utc.with_ymd_and_hms(2021, 10, 6, 17, 58, 37)
            .single()
            .map(|t| t + chrono::Duration::milliseconds(550))
    );
    assert_eq!(
        token.location,
        Location::GitLab {
            url: api_url(&server),
            user_id: Some("3".into())
        }
    );
    assert_eq!(
        token.location.to_string(),
        format!("gitlab {} user 3", api_url(&server))
    );
    Ok(())
}

#[tokio::test]
async fn get_maps_revoked_and_the_expiry_date() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/9"))
        .respond_with(json(
            200,
            r#"{"id": 9, "name": "old", "revoked": true, "active": false, "created_at": "2024-01-01T00:00:00Z",
                "scopes": ["api", "read_user"], "user_id": 5, "last_used_at": null,
                "last_used_ips": ["192.0.2.7"], "expires_at": "2024-06-30"}"#,
        ))
        .mount(&server)
        .await;

    let token = source(&server)?.get("9").await?;
    assert_eq!(token.enabled, Some(false));
    assert_eq!(
        token.expires_at,
        Utc.with_ymd_and_hms(2024, 6, 30, 0, 0, 0).single()
    );
    assert_eq!(token.last_used_ip.as_deref(), Some("192.0.2.7"));
    assert_eq!(token.scopes, ["api", "read_user"]);

    let refused = source(&server)?
        .get("../users")
        .await
        .err()
        .ok_or("accepted")?;
    assert_eq!(refused.kind(), ErrorKind::InvalidRequest);
    Ok(())
}

#[tokio::test]
async fn create_is_an_administrator_create_for_the_configured_user() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v4/users/42/personal_access_tokens"))
        .and(body_json(serde_json::json!({
            "name": "mytoken", "scopes": ["api"], "expires_at": "2020-12-31"
        })))
        .respond_with(json(201, CREATE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;

    let at = Utc
        .with_ymd_and_hms(2020, 12, 31, 15, 0, 0)
        .single()
        .ok_or("date")?;
    let new = NewToken::named("mytoken")
        .with_scopes(["api"])
        .with_expiry(Expiry::At(at));
    let no_user = source(&server)?.create(&new).await.err().ok_or("created")?;
    assert_eq!(no_user.kind(), ErrorKind::Configuration);
    assert!(no_user.to_string().contains("user_id"), "{no_user}");

    let created = source(&server)?.with_user_id(42).create(&new).await?;
    assert_eq!(created.token.id, "3");
    assert_eq!(created.token.owner.as_deref(), Some("42"));
    assert_eq!(created.secret().expose_secret(), "<your_new_access_token>");
    assert!(!format!("{created:?}").contains("your_new_access_token"));
    Ok(())
}

#[tokio::test]
async fn rotation_is_gitlabs_native_rotate_and_the_old_token_is_gone() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/41"))
        .respond_with(json(
            200,
            r#"{"id": 41, "name": "Rotated Token", "revoked": false, "active": true,
                "created_at": "2023-08-01T00:00:00Z", "scopes": ["api"], "user_id": 1337,
                "expires_at": "2023-08-15"}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/41/rotate"))
        .respond_with(json(200, ROTATE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;
    // Neither a create nor a revoke: GitLab revoked the old token itself.
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/users/1337/personal_access_tokens"))
        .respond_with(ResponseTemplate::new(500))
        .expect(0)
        .mount(&server)
        .await;

    let source = Source::from(source(&server)?);
    assert!(source.capabilities().native_rotation);
    let pending = source.begin_rotation("41").await?;
    assert!(pending.old_revoked());
    assert_eq!(pending.new_token().token.id, "42");
    assert_eq!(pending.new_token().secret().expose_secret(), "s3cr3t");
    let requests = server.received_requests().await.unwrap_or_default();
    let rotate = requests
        .iter()
        .find(|r| r.url.path().ends_with("/rotate"))
        .ok_or("no rotate request")?;
    // The same 14-day lifetime, counted from today, as a date.
    let expected = (Utc::now() + chrono::Duration::days(14))
        .date_naive()
        .to_string();
    let asked = rotate
        .url
        .query_pairs()
        .find(|(k, _)| k == "expires_at")
        .map(|(_, v)| v.into_owned());
    assert_eq!(asked.as_deref(), Some(expected.as_str()));

    let rotation = pending.finish().await?;
    assert_eq!(rotation.old_id, "41");
    assert_eq!(rotation.new.token.id, "42");
    Ok(())
}

#[tokio::test]
async fn a_native_rotation_cannot_be_abandoned_and_a_revoked_token_is_not_rotated() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/41"))
        .respond_with(json(
            200,
            r#"{"id": 41, "name": "t", "revoked": false, "active": true,
                "created_at": "2023-08-01T00:00:00Z", "scopes": ["api"], "user_id": 1337}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/40"))
        .respond_with(json(
            200,
            r#"{"id": 40, "name": "t", "revoked": true, "active": false,
                "created_at": "2023-08-01T00:00:00Z", "scopes": ["api"], "user_id": 1337}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/41/rotate"))
        .and(query_param_is_missing("expires_at"))
        .respond_with(json(200, ROTATE_EXAMPLE))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/personal_access_tokens/40/rotate"))
        .respond_with(json(200, ROTATE_EXAMPLE))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .expect(0)
        .mount(&server)
        .await;

    let source = Source::from(source(&server)?);
    let pending = source.begin_rotation("41").await?;
    let refused = pending.abandon().await.err().ok_or("abandoned")?;
    assert_eq!(refused.error.kind(), ErrorKind::Unsupported);
    assert_eq!(refused.existing(), ["42"]);
    let kept = refused.new.as_ref().ok_or("the new token was dropped")?;
    assert_eq!(kept.secret().expose_secret(), "s3cr3t");

    let revoked = source.begin_rotation("40").await.err().ok_or("rotated")?;
    assert_eq!(revoked.step, RotationStep::Create);
    assert_eq!(revoked.error.kind(), ErrorKind::InvalidRequest);
    assert_eq!(revoked.existing(), ["40"]);
    assert!(revoked.to_string().contains("family"), "{revoked}");
    Ok(())
}

#[tokio::test]
async fn revoke_sends_delete_and_errors_map_to_kinds() -> TestResult {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/api/v4/personal_access_tokens/4"))
        .and(header("PRIVATE-TOKEN", TOKEN))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/api/v4/personal_access_tokens/5"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v4/personal_access_tokens/6"))
        .respond_with(json(
            403,
            r#"{"error": "insufficient_scope", "error_description": "The request requires higher privileges than provided by the access token.", "scope": "api"}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v4/users/7/personal_access_tokens"))
        .respond_with(json(
            400,
            r#"{"message": {"scopes": ["can't be blank"], "expires_at": ["must be in the future"]}}"#,
        ))
        .mount(&server)
        .await;

    let gitlab = source(&server)?;
    Source::from(gitlab.clone()).revoke("4").await?;

    let missing = gitlab.revoke("5").await.err().ok_or("revoked")?;
    assert!(missing.is_not_found(), "{missing}");
    assert_eq!(missing.message(), Some("404 Not Found"));

    let forbidden = gitlab.get("6").await.err().ok_or("got")?;
    assert_eq!(forbidden.kind(), ErrorKind::Forbidden);
    assert_eq!(forbidden.vendor_code(), Some("insufficient_scope"));
    assert!(
        forbidden.to_string().contains("needs scope api"),
        "{forbidden}"
    );

    let new = NewToken::named("x").with_scopes(["api"]);
    let invalid = gitlab
        .with_user_id(7)
        .create(&new)
        .await
        .err()
        .ok_or("created")?;
    assert_eq!(invalid.kind(), ErrorKind::InvalidRequest);
    let fields: Vec<_> = invalid
        .violations()
        .iter()
        .filter_map(|v| v.field.as_deref())
        .collect();
    assert_eq!(fields, ["expires_at", "scopes"]);
    assert!(!invalid.to_string().contains(TOKEN));
    Ok(())
}

#[test]
fn the_adapter_describes_gitlab_and_its_config_defaults_to_gitlab_com() -> TestResult {
    let adapter = apitokens::adapter_named("gitlab").ok_or("no adapter")?;
    let capabilities = adapter.capabilities();
    assert!(capabilities.native_rotation && capabilities.reports_last_use);
    assert!(!capabilities.rename && !capabilities.enable_disable && !capabilities.refresh);
    for broad in [
        "api",
        "sudo",
        "admin_mode",
        "write_repository",
        "write_registry",
    ] {
        assert!(adapter.is_broad_scope(broad), "{broad}");
    }
    for narrow in ["read_api", "read_user", "read_repository", "self_rotate"] {
        assert!(!adapter.is_broad_scope(narrow), "{narrow}");
    }

    let config: SourceConfig = serde_json::from_value(
        serde_json::json!({"vendor": "gitlab", "token_env": "T", "user_id": 42}),
    )?;
    assert_eq!(config.vendor(), Vendor::GitLab);
    let SourceConfig::GitLab(gitlab) = &config else {
        return Err(format!("{config:?}").into());
    };
    assert_eq!(gitlab.url, apitokens::GITLAB_COM_API_URL);
    assert_eq!(gitlab.user_id.as_deref(), Some("42"));
    let env = |name: &str| (name == "T").then(|| "glpat-x".to_string());
    let connected = config
        .connect(
            &env,
            apitokens::Policy::default(),
            apitokens::ListLimits::default(),
        )
        .map_err(|e| format!("{e:?}"))?;
    let location = connected.single().ok_or("not one source")?.location();
    assert_eq!(
        location,
        Location::GitLab {
            url: apitokens::GITLAB_COM_API_URL.into(),
            user_id: Some("42".into())
        }
    );

    let bad: SourceConfig = serde_json::from_value(
        serde_json::json!({"vendor": "gitlab", "token_env": "T", "user_id": "alice"}),
    )?;
    let refused = bad.connect(
        &env,
        apitokens::Policy::default(),
        apitokens::ListLimits::default(),
    );
    assert!(
        matches!(&refused, Err(apitokens::ConnectError::Refused(e)) if e.to_string().contains("numeric ID")),
        "{refused:?}"
    );
    Ok(())
}
