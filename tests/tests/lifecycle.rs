//! Creating, updating, revoking and rotating through the facade: the exact
//! requests each vendor receives, and what comes back.

use apitokens::{
    AstraSource, DynatraceSource, ErrorKind, Expiry, ExposeSecret, NewToken, RotationStep,
    SecretString, Source, TokenUpdate,
};
use wiremock::matchers::{body_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const DT_TOKEN: &str = "dt0c01.LIFECYCLEPUBLIC.LIFECYCLESECRETLIFECYCLESECRETLIFECYCLE";
const NEW_DT_SECRET: &str = "dt0c01.NEWTOKENPUBLIC.NEWTOKENSECRETNEWTOKENSECRETNEWTOKENSEC";
const ASTRA_TOKEN: &str = "QXN0cmFMaWZlY3ljbGVTZWNyZXQ=";
const NEW_ASTRA_SECRET: &str = "TmV3QXN0cmFUb2tlblNlY3JldA==";
const ACCOUNT: &str = "8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd";
const USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";

fn dynatrace(server: &MockServer) -> Result<Source, apitokens::Error> {
    let credentials = apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string());
    Ok(DynatraceSource::new(&server.uri(), credentials)?.into())
}

fn astra(server: &MockServer) -> Result<Source, apitokens::Error> {
    let credentials = apitokens::astra::Credentials::new(ASTRA_TOKEN.to_string());
    Ok(AstraSource::new(&server.uri(), ACCOUNT, USER, credentials)?.into())
}

#[tokio::test]
async fn dynatrace_create_sends_the_documented_body_and_returns_the_secret_once()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/api/v2/apiTokens"))
        .and(header("content-type", "application/json"))
        .and(header("authorization", format!("Api-Token {DT_TOKEN}").as_str()))
        .and(body_json(serde_json::json!({
            "name": "ci-deploy", "scopes": ["metrics.ingest", "logs.ingest"], "expirationDate": "now+30d"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "id": "dt0c01.NEWTOKENPUBLIC", "token": NEW_DT_SECRET, "expirationDate": "2026-12-23T08:00:00.000Z"})))
        .expect(1)
        .mount(&server)
        .await;

    let new = NewToken::named("ci-deploy")
        .with_scopes(["metrics.ingest", "logs.ingest"])
        .with_expiry(Expiry::AfterDays(30));
    let created = dynatrace(&server)?.create(&new).await?;
    assert_eq!(created.token.id, "dt0c01.NEWTOKENPUBLIC");
    assert_eq!(created.token.name.as_deref(), Some("ci-deploy"));
    assert_eq!(created.token.scopes, ["metrics.ingest", "logs.ingest"]);
    assert_eq!(
        created.token.expires_at.map(|t| t.to_rfc3339()),
        Some("2026-12-23T08:00:00+00:00".to_string())
    );
    assert_eq!(created.secret().expose_secret(), NEW_DT_SECRET);
    for shown in [
        format!("{created:?}"),
        created.to_string(),
        format!("{:?}", created.token),
    ] {
        assert!(!shown.contains("NEWTOKENSECRET"), "{shown}");
    }
    Ok(())
}

#[tokio::test]
async fn dynatrace_update_revoke_and_lookup() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/api/v2/apiTokens/dt0c01.A"))
        .and(body_json(
            serde_json::json!({"name": "renamed", "enabled": false}),
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/api/v2/apiTokens/dt0c01.A"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v2/apiTokens/lookup"))
        .and(body_json(serde_json::json!({"token": NEW_DT_SECRET})))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"id": "dt0c01.NEWTOKENPUBLIC", "owner": "ci"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let source = dynatrace(&server)?;

    source
        .update(
            "dt0c01.A",
            &TokenUpdate::new().name("renamed").enabled(false),
        )
        .await?;
    source.revoke("dt0c01.A").await?;
    let found = source
        .lookup(&SecretString::from(NEW_DT_SECRET.to_string()))
        .await?;
    assert_eq!(found.id, "dt0c01.NEWTOKENPUBLIC");
    assert_eq!(found.owner.as_deref(), Some("ci"));
    Ok(())
}

#[tokio::test]
async fn astra_create_uses_the_astra_media_type_and_update_renames()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let collection = format!("/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens");
    Mock::given(method("POST"))
        .and(path(collection.as_str()))
        .and(header("content-type", "application/astra-token+json"))
        .and(body_json(serde_json::json!({"type": "application/astra-token", "version": "1.0", "name": "backup-script",
            "metadata": {"labels": [{"name": "team", "value": "storage"}]}})))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("location", format!("{collection}/6f1e4c1b-5a3b-4b8e-9d2f-2a6b8f0e4c11").as_str())
                .set_body_raw(
                    serde_json::json!({"type": "application/astra-token", "version": "1.0",
                        "id": "6f1e4c1b-5a3b-4b8e-9d2f-2a6b8f0e4c11", "name": "backup-script", "userID": USER,
                        "token": NEW_ASTRA_SECRET,
                        "metadata": {"labels": [{"name": "team", "value": "storage"}],
                            "creationTimestamp": "2026-11-23T08:00:00Z", "modificationTimestamp": "2026-11-23T08:00:00Z",
                            "createdBy": USER}})
                    .to_string(),
                    "application/astra-token+json",
                ),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path(format!("{collection}/6f1e4c1b-5a3b-4b8e-9d2f-2a6b8f0e4c11")))
        .and(header("content-type", "application/astra-token+json"))
        .and(body_json(serde_json::json!({"type": "application/astra-token", "version": "1.0", "name": "renamed"})))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let source = astra(&server)?;

    let created = source
        .create(&NewToken::named("backup-script").with_label("team", "storage"))
        .await?;
    assert_eq!(created.token.id, "6f1e4c1b-5a3b-4b8e-9d2f-2a6b8f0e4c11");
    assert_eq!(
        created.token.labels.get("team").map(String::as_str),
        Some("storage")
    );
    assert_eq!(created.secret().expose_secret(), NEW_ASTRA_SECRET);
    assert!(!format!("{created:?}").contains(NEW_ASTRA_SECRET));
    source
        .update(&created.token.id, &TokenUpdate::new().name("renamed"))
        .await?;
    Ok(())
}

#[tokio::test]
async fn unsupported_calls_are_typed_errors_and_send_nothing()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let astra = astra(&server)?;
    let dynatrace = dynatrace(&server)?;

    assert!(!astra.capabilities().scopes && !astra.capabilities().lookup);
    let cases = [
        astra
            .create(&NewToken::named("x").with_scopes(["metrics.read"]))
            .await
            .err(),
        astra
            .create(&NewToken::named("x").with_expiry(Expiry::AfterDays(7)))
            .await
            .err(),
        astra
            .update("id", &TokenUpdate::new().enabled(false))
            .await
            .err(),
        astra
            .lookup(&SecretString::from("s".to_string()))
            .await
            .err(),
        astra.refresh("id").await.err(),
        dynatrace.refresh("id").await.err(),
        dynatrace
            .create(
                &NewToken::named("x")
                    .with_scopes(["metrics.read"])
                    .with_label("a", "b"),
            )
            .await
            .err(),
    ];
    for error in cases {
        let error = error.ok_or("an unsupported call succeeded")?;
        assert_eq!(error.kind(), ErrorKind::Unsupported, "{error}");
        assert!(error.to_string().contains("does not support"), "{error}");
    }
    let error = dynatrace
        .create(&NewToken::named("no-scopes"))
        .await
        .err()
        .ok_or("created without scopes")?;
    assert_eq!(error.kind(), ErrorKind::Configuration);
    let requests = server.received_requests().await.ok_or("recording is off")?;
    assert!(requests.is_empty(), "{} requests were sent", requests.len());
    Ok(())
}

#[tokio::test]
async fn a_rotation_that_cannot_revoke_the_old_token_loses_nothing()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens/dt0c01.OLD"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "id": "dt0c01.OLD", "name": "deploy", "scopes": ["metrics.read"], "personalAccessToken": false,
            "creationDate": "2026-01-01T00:00:00.000Z", "expirationDate": "2026-01-31T00:00:00.000Z"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/api/v2/apiTokens"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "id": "dt0c01.NEWTOKENPUBLIC", "token": NEW_DT_SECRET})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens/dt0c01.NEWTOKENPUBLIC"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"id": "dt0c01.NEWTOKENPUBLIC"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path("/api/v2/apiTokens/dt0c01.OLD"))
        .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
            "error": {"code": 400, "message": "You can't delete the token you're using for authentication of the request."}})))
        .mount(&server)
        .await;

    let pending = dynatrace(&server)?.begin_rotation("dt0c01.OLD").await?;
    assert_eq!(pending.old_id(), "dt0c01.OLD");
    assert_eq!(
        pending.new_token().secret().expose_secret(),
        NEW_DT_SECRET,
        "the secret comes before the old token is revoked"
    );
    let failure = pending
        .finish()
        .await
        .err()
        .ok_or("the rotation succeeded")?;
    assert_eq!(failure.step, RotationStep::RevokeOld);
    assert_eq!(failure.existing(), ["dt0c01.OLD", "dt0c01.NEWTOKENPUBLIC"]);
    let new = failure.new.as_ref().ok_or("the replacement was lost")?;
    assert_eq!(new.secret().expose_secret(), NEW_DT_SECRET);
    assert_eq!(failure.error.kind(), ErrorKind::InvalidRequest);
    assert!(!failure.to_string().contains("NEWTOKENSECRET"), "{failure}");
    assert!(
        failure
            .to_string()
            .contains("tokens that exist now: dt0c01.OLD, dt0c01.NEWTOKENPUBLIC"),
        "{failure}"
    );

    // The replacement kept the name, scopes, kind and the 30-day lifetime.
    let requests = server.received_requests().await.ok_or("recording is off")?;
    let create = requests
        .iter()
        .find(|r| r.method.as_str() == "POST")
        .ok_or("no create request")?;
    let body: serde_json::Value = serde_json::from_slice(&create.body)?;
    assert_eq!(body["name"], "deploy");
    assert_eq!(body["scopes"], serde_json::json!(["metrics.read"]));
    assert_eq!(body["personalAccessToken"], false);
    let expires =
        chrono::DateTime::parse_from_rfc3339(body["expirationDate"].as_str().unwrap_or_default())?;
    let lifetime = expires.with_timezone(&chrono::Utc) - chrono::Utc::now();
    assert!((29..=30).contains(&lifetime.num_days()), "{lifetime}");
    Ok(())
}

/// An EMR auto-expiry whose end lies past the last date the sandbox can
/// hold is refused like any invalid value; the sandbox keeps serving.
#[tokio::test]
async fn an_emr_expiry_past_the_last_date_is_refused_not_a_crash()
-> Result<(), Box<dyn std::error::Error>> {
    let sandbox = apitokens_sandbox::Sandbox::builder()
        .with_demo_data()
        .start()
        .await?;
    let credentials = sandbox.credentials();
    let emr: Source = apitokens::EmrServerlessSparkSource::with_endpoint(
        sandbox.emr_endpoint(),
        credentials.region(),
        credentials.workspace_id(),
        credentials.livy_compute_id(),
        credentials.sts_access_key(),
    )?
    .into();
    let far = NewToken::named("far").with_expiry(Expiry::AfterDays(i32::MAX as u32));
    let error = emr
        .create(&far)
        .await
        .err()
        .ok_or("created a token expiring in 5 million years")?;
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{error}");
    let near = NewToken::named("near").with_expiry(Expiry::AfterDays(36_525));
    let created = emr.create(&near).await?;
    assert!(created.token.expires_at.is_some());
    sandbox.stop().await?;
    Ok(())
}
