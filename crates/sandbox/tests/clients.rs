//! The generated clients (with their real auth and ACS3 signing) and the
//! facade's sources work against the sandbox: every read, multi-page listing,
//! and a lifecycle round trip per vendor.

mod common;

use std::collections::HashSet;

use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, ErrorKind, Source, Vendor,
    list_all_sources,
};
use apitokens_core::Secret;
use apitokens_core::http::ConnectError;
use apitokens_sandbox::{RunningSandbox, Sandbox};
use common::{TestResult, demo};
use futures::TryStreamExt;
use secrecy::ExposeSecret;

fn dynatrace_client(sb: &RunningSandbox) -> Result<apitokens_dynatrace::Client, ConnectError> {
    apitokens_dynatrace::Client::connect(
        &sb.dynatrace_api_url(),
        apitokens_dynatrace::Credentials::new(sb.credentials().dynatrace_token().clone()),
    )
}

fn astra_client(sb: &RunningSandbox) -> Result<apitokens_astra::Client, ConnectError> {
    apitokens_astra::Client::connect(
        sb.astra_url(),
        apitokens_astra::Credentials::new(sb.credentials().astra_token().clone()),
    )
}

fn emr_client(
    sb: &RunningSandbox,
    sts: bool,
) -> Result<apitokens_emr_serverless_spark::Client, ConnectError> {
    let key = if sts {
        sb.credentials().sts_access_key()
    } else {
        sb.credentials().access_key()
    };
    apitokens_emr_serverless_spark::Client::connect(sb.emr_endpoint(), key)
}

fn status<E>(error: &progenitor_client::Error<E>) -> Option<u16> {
    error.status().map(|s| s.as_u16())
}

#[tokio::test]
async fn the_generated_dynatrace_client_reads_pages_and_manages_tokens() -> TestResult {
    let sb = demo().await?;
    let total = sb.add_dynatrace_tokens(230);
    let client = dynatrace_client(&sb)?;
    use apitokens_dynatrace::types;

    let mut seen = HashSet::new();
    let mut page = client
        .list_api_tokens()
        .page_size(100)
        .fields("+scopes,+expirationDate,+personalAccessToken")
        .sort("name")
        .send()
        .await?
        .into_inner();
    loop {
        assert_eq!(page.total_count, total as i64);
        for token in &page.api_tokens {
            assert!(seen.insert(token.id.clone().unwrap_or_default()));
        }
        match page.next_page_key.clone() {
            Some(key) => {
                page = client
                    .list_api_tokens()
                    .next_page_key(key)
                    .send()
                    .await?
                    .into_inner()
            }
            None => break,
        }
    }
    assert_eq!(seen.len(), total);

    let admin_id = sb.credentials().dynatrace_token_id();
    let admin = client
        .get_api_token()
        .id(admin_id)
        .send()
        .await?
        .into_inner();
    assert_eq!(admin.id.as_deref(), Some(admin_id));
    let scopes: Vec<&str> = admin.scopes.iter().map(|s| s.as_str()).collect();
    assert_eq!(scopes, ["apiTokens.read", "apiTokens.write"]);
    assert!(
        admin.last_used_date.is_some(),
        "the sandbox records each use"
    );

    let missing = client.get_api_token().id("dt0c01.MISSING").send().await;
    assert_eq!(missing.as_ref().err().and_then(status), Some(404));

    let created = client
        .create_api_token()
        .body(types::ApiTokenCreate {
            name: "from-the-client".into(),
            scopes: vec![types::ApiTokenCreateScope("metrics.read".into())],
            expiration_date: Some("now+14d".into()),
            personal_access_token: None,
        })
        .send()
        .await?
        .into_inner();
    let id = created.id.ok_or("no id")?;
    let secret = created.token.ok_or("no secret")?;
    assert!(created.expiration_date.is_some());
    client
        .update_api_token()
        .id(&id)
        .body(types::ApiTokenUpdate {
            name: Some("renamed".into()),
            ..Default::default()
        })
        .send()
        .await?;
    let found = client
        .lookup_api_token()
        .body(types::ApiTokenSecret {
            token: Secret::from(secret.expose()),
        })
        .send()
        .await?
        .into_inner();
    assert_eq!(
        (found.id.as_deref(), found.name.as_deref()),
        (Some(id.as_str()), Some("renamed"))
    );
    client.delete_api_token().id(&id).send().await?;
    let gone = client.get_api_token().id(&id).send().await;
    assert_eq!(gone.as_ref().err().and_then(status), Some(404));
    Ok(())
}

#[tokio::test]
async fn the_generated_astra_client_reads_pages_and_manages_tokens() -> TestResult {
    let sb = demo().await?;
    let total = sb.add_astra_tokens(5);
    let client = astra_client(&sb)?;
    let (account, user) = (
        sb.credentials().astra_account_id().to_string(),
        sb.credentials().astra_user_id().to_string(),
    );
    use apitokens_astra::types;

    let mut ids = Vec::new();
    let mut next: Option<String> = None;
    loop {
        let mut request = client
            .list_tokens()
            .account_id(account.clone())
            .user_id(user.clone())
            .limit("3")
            .count("true");
        if let Some(key) = next.take() {
            request = request.continue_(types::Base64Data(key));
        }
        let page = request.send().await?.into_inner();
        assert_eq!(page.metadata.count, Some(total as f64));
        for item in page.items {
            let types::TokenListItem::Variant0(token) = item else {
                return Err("a listed token is not an object".into());
            };
            ids.push(token.id.0);
        }
        match page.metadata.continue_ {
            Some(key) => next = Some(key),
            None => break,
        }
    }
    assert_eq!(ids.len(), total);

    let created = client
        .create_token()
        .account_id(account.clone())
        .user_id(user.clone())
        .body(types::TokenCreate {
            type_: "application/astra-token".into(),
            version: "1.0".into(),
            name: "from-the-client".into(),
            metadata: Some(types::Metadata {
                labels: Some(vec![types::Label {
                    name: "team".into(),
                    value: "qa".into(),
                }]),
                ..Default::default()
            }),
        })
        .send()
        .await?
        .into_inner();
    let id = created.id.0.clone();
    assert!(!created.token.expose().is_empty());
    let token = client
        .get_token()
        .account_id(account.clone())
        .user_id(user.clone())
        .token_id(id.clone())
        .send()
        .await?
        .into_inner();
    assert_eq!(token.name, "from-the-client");
    client
        .update_token()
        .account_id(account.clone())
        .user_id(user.clone())
        .token_id(id.clone())
        .body(types::TokenUpdate {
            type_: "application/astra-token".into(),
            version: "1.0".into(),
            name: Some("renamed".into()),
            id: None,
            user_id: None,
            metadata: None,
        })
        .send()
        .await?;
    client
        .delete_token()
        .account_id(account.clone())
        .user_id(user.clone())
        .token_id(id.clone())
        .send()
        .await?;
    let gone = client
        .get_token()
        .account_id(account)
        .user_id(user)
        .token_id(id)
        .send()
        .await;
    assert_eq!(gone.as_ref().err().and_then(status), Some(404));
    Ok(())
}

#[tokio::test]
async fn the_generated_emr_client_signs_every_call_the_sandbox_verifies() -> TestResult {
    let sb = demo().await?;
    let c = sb.credentials();
    let (region, workspace, gateway) = (c.region(), c.workspace_id(), c.livy_compute_id());
    use apitokens_emr_serverless_spark::types;

    for sts in [false, true] {
        let client = emr_client(&sb, sts)?;
        let gateways = client
            .list_livy_compute()
            .workspace_biz_id(workspace)
            .region_id(region)
            .send()
            .await?
            .into_inner();
        assert_eq!(gateways.code.as_deref(), Some("1000000"));
        let ids: Vec<String> = gateways
            .data
            .map(|d| {
                d.livy_computes
                    .into_iter()
                    .filter_map(|g| g.compute_id)
                    .collect()
            })
            .unwrap_or_default();
        assert!(ids.iter().any(|id| id == gateway));
        let one = client
            .get_livy_compute()
            .workspace_biz_id(workspace)
            .livy_compute_id(gateway)
            .region_id(region)
            .send()
            .await?
            .into_inner();
        assert_eq!(
            one.data.and_then(|d| d.compute_id).as_deref(),
            Some(gateway)
        );
        let tokens = client
            .list_livy_compute_token()
            .workspace_biz_id(workspace)
            .livy_compute_id(gateway)
            .region_id(region)
            .send()
            .await?
            .into_inner();
        let tokens = tokens.data.map(|d| d.tokens).unwrap_or_default();
        assert_eq!(tokens.len(), 5);
        let first = tokens[0].token_id.clone().ok_or("no id")?;
        let token = client
            .get_livy_compute_token()
            .workspace_biz_id(workspace)
            .livy_compute_id(gateway)
            .token_id(first)
            .region_id(region)
            .send()
            .await?
            .into_inner();
        assert!(token.data.and_then(|d| d.token).is_some());
    }

    // Create, refresh and delete: signed JSON bodies.
    let client = emr_client(&sb, false)?;
    let created = client
        .create_livy_compute_token()
        .workspace_biz_id(workspace)
        .livy_compute_id(gateway)
        .region_id(region)
        .body(types::CreateLivyComputeTokenRequest {
            name: Some("from-the-client".into()),
            token: Some(Secret::from("0123456789abcdef-client")),
            auto_expire_configuration: Some(types::AutoExpireConfiguration {
                enable: Some(true),
                expire_days: Some(30),
            }),
        })
        .send()
        .await?
        .into_inner();
    assert_eq!(created.code.as_deref(), Some("1000000"));
    let id = created.data.and_then(|d| d.token_id).ok_or("no token id")?;
    let refreshed = client
        .refresh_livy_compute_token()
        .workspace_biz_id(workspace)
        .livy_compute_id(gateway)
        .token_id(&id)
        .region_id(region)
        .body(types::RefreshLivyComputeTokenRequest {
            name: None,
            token: Some(Secret::from("fedcba9876543210-client")),
            auto_expire_configuration: None,
        })
        .send()
        .await?
        .into_inner();
    assert_eq!(refreshed.code.as_deref(), Some("1000000"));
    let token = client
        .get_livy_compute_token()
        .workspace_biz_id(workspace)
        .livy_compute_id(gateway)
        .token_id(&id)
        .region_id(region)
        .send()
        .await?
        .into_inner();
    let data = token.data.ok_or("no data")?;
    assert_eq!(
        data.token.as_ref().map(Secret::expose),
        Some("fedcba9876543210-client")
    );
    assert_eq!(data.name.as_deref(), Some("from-the-client"));
    let deleted = client
        .delete_livy_compute_token()
        .workspace_biz_id(workspace)
        .livy_compute_id(gateway)
        .token_id(&id)
        .region_id(region)
        .send()
        .await?
        .into_inner();
    assert_eq!(deleted.code.as_deref(), Some("1000000"));
    Ok(())
}

fn sources(
    sb: &RunningSandbox,
) -> Result<(DynatraceSource, AstraSource, EmrServerlessSparkSource), apitokens::Error> {
    let c = sb.credentials();
    let dynatrace = DynatraceSource::new(
        sb.dynatrace_environment_url(),
        apitokens::dynatrace::Credentials::new(c.dynatrace_token().clone()),
    )?
    .with_page_size(100)?;
    let astra = AstraSource::new(
        sb.astra_url(),
        c.astra_account_id(),
        c.astra_user_id(),
        apitokens::astra::Credentials::new(c.astra_token().clone()),
    )?
    .with_page_size(2)?;
    let emr = EmrServerlessSparkSource::with_endpoint(
        sb.emr_endpoint(),
        c.region(),
        c.workspace_id(),
        c.livy_compute_id(),
        c.sts_access_key(),
    )?;
    Ok((dynatrace, astra, emr))
}

#[tokio::test]
async fn the_facade_lists_every_page_and_reads_every_vendor() -> TestResult {
    let sb = demo().await?;
    let dynatrace_total = sb.add_dynatrace_tokens(250);
    let astra_total = sb.astra_token_count();
    let (dynatrace, astra, emr) = sources(&sb)?;

    let tokens = Source::from(dynatrace.clone()).list_all().await?;
    assert_eq!(tokens.len(), dynatrace_total);
    let laptop = tokens
        .iter()
        .find(|t| t.name.as_deref() == Some("john-laptop"))
        .ok_or("the demo PAT is missing")?;
    assert_eq!(laptop.personal_access_token, Some(true));
    assert!(laptop.expires_at.is_some() && laptop.last_used_at.is_some());
    assert!(laptop.scopes.iter().any(|s| s == "apiTokens.read"));
    let admin = dynatrace.get(sb.credentials().dynatrace_token_id()).await?;
    assert_eq!(admin.vendor, Vendor::Dynatrace);
    let missing = dynatrace.get("dt0c01.MISSING").await;
    assert!(missing.as_ref().is_err_and(|e| e.is_not_found()));

    let tokens = Source::from(astra.clone()).list_all().await?;
    assert_eq!(tokens.len(), astra_total);
    let backup = tokens
        .iter()
        .find(|t| t.name.as_deref() == Some("Backup Automation"))
        .ok_or("missing")?;
    assert_eq!(
        backup.labels.get("team").map(String::as_str),
        Some("storage")
    );
    let one = astra.get(&backup.id).await?;
    assert_eq!(one.name, backup.name);
    let missing = astra.get(&uuid::Uuid::new_v4().to_string()).await;
    assert!(missing.as_ref().is_err_and(|e| e.is_not_found()));

    let tokens = Source::from(emr.clone()).list_all().await?;
    assert_eq!(tokens.len(), 5);
    assert!(tokens.iter().all(|t| t.secret().is_some()));
    let airflow = tokens
        .iter()
        .find(|t| t.name.as_deref() == Some("airflow"))
        .ok_or("missing")?;
    let one = emr.get(&airflow.id).await?;
    assert_eq!(
        one.secret().map(|s| s.expose_secret().to_string()),
        airflow.secret().map(|s| s.expose_secret().to_string())
    );
    assert!(one.expires_at.is_some());
    let missing = emr.get("lctk-missing").await;
    let error = missing.err().ok_or("a missing token was found")?;
    assert_eq!(error.vendor_code(), Some("Tokens.NotFound"));
    // Alibaba answers it with HTTP 200; the facade reads the code.
    assert_eq!(error.kind(), ErrorKind::NotFound);

    // All three at once.
    let all: Vec<Source> = vec![dynatrace.into(), astra.into(), emr.into()];
    let merged: Vec<_> = list_all_sources(&all, 3).try_collect().await?;
    assert_eq!(merged.len(), dynatrace_total + astra_total + 5);
    Ok(())
}

/// A RAM denial reaches the facade as a Forbidden error with Alibaba's code,
/// message, request ID and the denied action, but not the principal.
#[tokio::test]
async fn the_facade_reports_a_ram_denial_with_its_action() -> TestResult {
    let sb = demo().await?;
    sb.deny_emr_action("GetLivyComputeToken");
    let emr = EmrServerlessSparkSource::with_endpoint(
        sb.emr_endpoint(),
        sb.credentials().region(),
        sb.credentials().workspace_id(),
        sb.credentials().livy_compute_id(),
        sb.credentials().access_key(),
    )?;
    let error = emr.get("lctk-any").await.err().ok_or("accepted")?;
    assert_eq!(
        (error.kind(), error.status(), error.vendor_code()),
        (ErrorKind::Forbidden, Some(403), Some("Forbidden.RAM"))
    );
    assert!(error.request_id().is_some());
    let shown = error.to_string();
    assert!(
        shown
            .contains("(RAM denied: action emr-serverless-spark:GetLivyComputeToken, ImplicitDeny"),
        "{shown}"
    );
    assert!(!shown.contains(sb.credentials().ram_user()), "{shown}");
    Ok(())
}

#[tokio::test]
async fn the_facade_reports_refusals_as_auth_errors() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let url = sb.url();
    let dynatrace = DynatraceSource::new(
        url,
        apitokens::dynatrace::Credentials::new("dt0c01.A.B".to_string()),
    )?;
    let error = dynatrace.get("dt0c01.X").await.err().ok_or("accepted")?;
    assert_eq!(
        (error.kind(), error.status()),
        (ErrorKind::Unauthorized, Some(401))
    );
    let astra = AstraSource::new(
        url,
        sb.credentials().astra_account_id(),
        sb.credentials().astra_user_id(),
        apitokens::astra::Credentials::new("bm9wZQ==".to_string()),
    )?;
    let error = Source::from(astra)
        .list_all()
        .await
        .err()
        .ok_or("accepted")?;
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    let emr = EmrServerlessSparkSource::with_endpoint(
        url,
        sb.credentials().region(),
        sb.credentials().workspace_id(),
        sb.credentials().livy_compute_id(),
        apitokens_emr_serverless_spark::signing::AccessKey::new(
            sb.credentials().access_key_id(),
            "wrong-secret".to_string(),
        ),
    )?;
    let error = Source::from(emr).list_all().await.err().ok_or("accepted")?;
    assert_eq!(error.vendor_code(), Some("SignatureDoesNotMatch"));
    assert_eq!(error.status(), Some(400));
    Ok(())
}

fn gitlab_client(
    sb: &RunningSandbox,
    token: &secrecy::SecretString,
) -> Result<apitokens_gitlab::Client, ConnectError> {
    apitokens_gitlab::Client::connect(
        &sb.vendors().gitlab.api_url(),
        apitokens_gitlab::Credentials::new(token.clone()),
    )
}

/// The generated GitLab client pages across `x-next-page` until it is empty,
/// and runs create, rotate and revoke; the sandbox's errors decode as GitLab's.
#[tokio::test]
async fn gitlab_client_pages_by_x_next_page_and_runs_the_lifecycle() -> TestResult {
    use apitokens_core::paging::header_cursor;
    use apitokens_gitlab::types;

    let sb = demo().await?;
    let gl = &sb.vendors().gitlab;
    let total = gl.add_tokens(130);
    let credentials = gl.credentials();
    let admin = gitlab_client(&sb, credentials.admin_token())?;

    let mut ids = Vec::new();
    let mut pages = 0;
    let mut next: Option<std::num::NonZeroU32> = None;
    loop {
        let mut request = admin
            .list_personal_access_tokens()
            .per_page(std::num::NonZeroU32::new(50).ok_or("per_page")?);
        if let Some(page) = next {
            request = request.page(page);
        }
        let response = request.send().await?;
        next = header_cursor(response.headers(), "x-next-page")
            .map(|page| page.parse())
            .transpose()?;
        ids.extend(response.into_inner().into_iter().map(|token| token.id));
        pages += 1;
        if next.is_none() {
            break;
        }
    }
    assert_eq!(pages, total.div_ceil(50));
    assert_eq!(ids.len(), total);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), total);

    // Create (administrator), rotate, revoke.
    let created = admin
        .create_personal_access_token_for_user()
        .user_id(i64::try_from(credentials.user_id())?)
        .body(
            types::PersonalAccessTokenCreation::builder()
                .name("client lifecycle")
                .scopes(vec![types::TokenScope("read_api".to_string())]),
        )
        .send()
        .await?
        .into_inner();
    assert!(created.token.expose().starts_with("glpat-"));
    let rotated = admin
        .rotate_personal_access_token()
        .id(created.id)
        .send()
        .await?
        .into_inner();
    assert_ne!(rotated.id, created.id);
    assert_ne!(rotated.token.expose(), created.token.expose());
    let old = admin
        .get_personal_access_token()
        .id(created.id)
        .send()
        .await?
        .into_inner();
    assert!(old.revoked && !old.active);
    admin
        .revoke_personal_access_token()
        .id(rotated.id)
        .send()
        .await?;

    // A plain user may not create tokens for others: GitLab's 403 body.
    let user = gitlab_client(&sb, credentials.user_token())?;
    let refused = user
        .create_personal_access_token_for_user()
        .user_id(i64::try_from(credentials.admin_user_id())?)
        .body(
            types::PersonalAccessTokenCreation::builder()
                .name("nope")
                .scopes(vec![types::TokenScope("api".to_string())]),
        )
        .send()
        .await;
    match refused {
        Err(apitokens_gitlab::Error::ErrorResponse(error)) => {
            assert_eq!(error.status(), 403);
            assert!(matches!(
                &error.message,
                Some(types::ApiErrorMessage::String(text)) if text == "403 Forbidden"
            ));
        }
        other => return Err(format!("expected a 403, got {other:?}").into()),
    }
    Ok(())
}
