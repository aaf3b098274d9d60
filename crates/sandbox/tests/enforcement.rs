//! What the real services refuse, the sandbox refuses, with the same status
//! and body: bad credentials and scopes, paging-rule violations, tampered,
//! replayed or stale signatures; and the listing rules it implements.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use apitokens_emr_serverless_spark::signing::AccessKey;
use apitokens_sandbox::gitlab::GitLabToken;
use apitokens_sandbox::{DynatraceToken, Sandbox, StartError};
use chrono::Utc;
use common::{
    Signer, TestResult, astra, astra_token, demo, dt_admin, dynatrace, emr, emr_request, execute,
    gateway_path, gitlab, gitlab_tokens, http, send,
};
use reqwest::Method;
use secrecy::ExposeSecret;
use serde_json::{Value, json};

fn enc(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

fn message(body: &Value) -> &str {
    body["error"]["message"].as_str().unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Dynatrace

#[tokio::test]
async fn dynatrace_refuses_missing_unknown_disabled_expired_and_underscoped_tokens() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let get = Method::GET;
    let r = dynatrace(&sb, get.clone(), "/apiTokens", None, None).await?;
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"error": {"code": 401, "message": "Missing authorization parameter."}})
    );
    let r = send(
        http()
            .get(format!("{}/api/v2/apiTokens", sb.url()))
            .bearer_auth(dt_admin(&sb)),
    )
    .await?;
    assert_eq!(r.status, 401, "the Bearer scheme is not Api-Token");
    let r = dynatrace(&sb, get.clone(), "/apiTokens", Some("dt0c01.X.Y"), None).await?;
    assert_eq!(
        (r.status, r.json()["error"]["code"].clone()),
        (401, json!(401))
    );

    let disabled = sb.add_dynatrace_token(
        DynatraceToken::named("off")
            .scopes(["apiTokens.read"])
            .disabled(),
    );
    let expired = sb.add_dynatrace_token(
        DynatraceToken::named("old")
            .scopes(["apiTokens.read"])
            .expires_at(Utc::now() - chrono::Duration::days(1)),
    );
    for seeded in [&disabled, &expired] {
        let r = dynatrace(
            &sb,
            get.clone(),
            "/apiTokens",
            Some(seeded.secret.expose_secret()),
            None,
        )
        .await?;
        assert_eq!(r.status, 401, "{}", message(&r.json()));
    }

    let metrics = sb.add_dynatrace_token(DynatraceToken::named("m").scopes(["metrics.read"]));
    let r = dynatrace(
        &sb,
        get.clone(),
        "/apiTokens",
        Some(metrics.secret.expose_secret()),
        None,
    )
    .await?;
    assert_eq!(r.status, 403);
    assert_eq!(
        message(&r.json()),
        "Token is missing required scope. Use one of: apiTokens.read (Read API tokens)"
    );
    let reader = sb.add_dynatrace_token(
        DynatraceToken::named("r")
            .scopes(["apiTokens.read"])
            .personal(),
    );
    let r = dynatrace(
        &sb,
        Method::POST,
        "/apiTokens",
        Some(reader.secret.expose_secret()),
        Some(json!({"name": "x", "scopes": ["metrics.read"]})),
    )
    .await?;
    assert_eq!(r.status, 403);
    assert!(message(&r.json()).contains("apiTokens.write"));
    // A personal access token may read.
    let r = dynatrace(
        &sb,
        get,
        "/apiTokens",
        Some(reader.secret.expose_secret()),
        None,
    )
    .await?;
    assert_eq!(r.status, 200);
    Ok(())
}

#[tokio::test]
async fn dynatrace_paging_rules() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let total = sb.add_dynatrace_tokens(1_049);
    assert_eq!(total, 1_050);
    let admin = dt_admin(&sb);
    let list = |q: String| {
        let (sb, admin) = (&sb, &admin);
        async move {
            dynatrace(
                sb,
                Method::GET,
                &format!("/apiTokens{q}"),
                Some(admin),
                None,
            )
            .await
        }
    };

    for (size, message) in [
        ("99", "must be greater than or equal to 100"),
        ("10001", "must be less than or equal to 10000"),
        ("0", "must be greater than or equal to 100"),
        ("x", "must be an integer"),
    ] {
        let r = list(format!("?pageSize={size}")).await?;
        assert_eq!(r.status, 400, "pageSize={size}");
        assert_eq!(
            r.json()["error"]["constraintViolations"][0],
            json!({"path": "pageSize", "message": message, "parameterLocation": "QUERY", "location": "pageSize"})
        );
    }

    // Default page size 200; every token exactly once over the pages.
    let first = list(String::new()).await?.json();
    assert_eq!(first["pageSize"], 200);
    assert_eq!(first["totalCount"], 1_050);
    assert_eq!(first["apiTokens"].as_array().map(Vec::len), Some(200));
    let key = first["nextPageKey"]
        .as_str()
        .ok_or("no nextPageKey")?
        .to_string();

    // nextPageKey must be sent alone.
    for extra in [
        "pageSize=200",
        "fields=%2Bscopes",
        "sort=name",
        "colour=blue",
    ] {
        let r = list(format!("?nextPageKey={key}&{extra}")).await?;
        assert_eq!(r.status, 400, "{extra}");
        let violation = &r.json()["error"]["constraintViolations"][0];
        assert_eq!(violation["parameterLocation"], "QUERY");
        assert!(
            violation["message"]
                .as_str()
                .unwrap_or_default()
                .contains("nextPageKey")
        );
    }
    let r = list("?nextPageKey=garbage".into()).await?;
    assert_eq!(r.status, 400);

    let mut seen = HashSet::new();
    let mut page = list("?pageSize=100&fields=%2Bscopes".into()).await?.json();
    let mut pages = 0;
    loop {
        pages += 1;
        assert_eq!(page["pageSize"], 100);
        assert_eq!(page["totalCount"], 1_050);
        for token in page["apiTokens"].as_array().ok_or("no apiTokens")? {
            assert!(token.get("scopes").is_some(), "later pages keep the fields");
            assert!(seen.insert(token["id"].as_str().unwrap_or_default().to_string()));
        }
        match page["nextPageKey"].as_str() {
            Some(key) => page = list(format!("?nextPageKey={key}")).await?.json(),
            None => {
                assert!(
                    page.get("nextPageKey").is_some_and(Value::is_null),
                    "null on the last page"
                );
                break;
            }
        }
    }
    assert_eq!((pages, seen.len()), (11, 1_050));
    Ok(())
}

#[tokio::test]
async fn dynatrace_fields_sort_and_selector() -> TestResult {
    let sb = demo().await?;
    let admin = dt_admin(&sb);
    let list = |q: String| {
        let (sb, admin) = (&sb, &admin);
        async move {
            dynatrace(
                sb,
                Method::GET,
                &format!("/apiTokens{q}"),
                Some(admin),
                None,
            )
            .await
        }
    };
    let keys = |token: &Value| -> Vec<String> {
        token
            .as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    };

    let page = list(String::new()).await?.json();
    let first = &page["apiTokens"][0];
    assert_eq!(
        keys(first),
        ["creationDate", "enabled", "id", "name", "owner"]
    );
    let page = list(format!("?fields={}", enc("+scopes,-creationDate,-owner")))
        .await?
        .json();
    assert_eq!(
        keys(&page["apiTokens"][0]),
        ["enabled", "id", "name", "scopes"]
    );
    let page = list("?fields=owner,expirationDate".into()).await?.json();
    for token in page["apiTokens"].as_array().ok_or("no tokens")? {
        let k = keys(token);
        assert!(k.contains(&"id".to_string()) && k.contains(&"owner".to_string()));
        assert!(!k.contains(&"name".to_string()));
    }
    let page = list("?fields=-id".into()).await?.json();
    assert!(
        page["apiTokens"][0].get("id").is_some(),
        "the ID is always included"
    );
    let r = list("?fields=%2Bsecret".into()).await?;
    assert_eq!(r.status, 400);

    // Default sort: newest first; name ascending and descending.
    let dates = |page: &Value| -> Vec<String> {
        page["apiTokens"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|t| t["creationDate"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let newest_first = dates(&list(String::new()).await?.json());
    let mut sorted = newest_first.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(newest_first, sorted);
    let oldest_first = dates(&list("?sort=%2BcreationDate".into()).await?.json());
    assert_eq!(
        oldest_first,
        sorted.iter().rev().cloned().collect::<Vec<_>>()
    );
    let names = |page: &Value| -> Vec<String> {
        page["apiTokens"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|t| t["name"].as_str().unwrap_or_default().to_lowercase())
                    .collect()
            })
            .unwrap_or_default()
    };
    let ascending = names(&list("?sort=name".into()).await?.json());
    let mut expected = ascending.clone();
    expected.sort();
    assert_eq!(ascending, expected);
    let descending = names(&list("?sort=-name".into()).await?.json());
    expected.reverse();
    assert_eq!(descending, expected);
    let page = list(format!(
        "?sort=%2BexpirationDate&fields={}",
        enc("+expirationDate")
    ))
    .await?
    .json();
    let tokens = page["apiTokens"].as_array().ok_or("no tokens")?;
    let last = tokens.last().ok_or("empty")?;
    assert!(
        last.get("expirationDate").is_none(),
        "never-expiring tokens come last with +"
    );

    // Selectors: owner, personal access token, scope; AND between criteria.
    let selected = |s: &str| {
        list(format!(
            "?fields=%2BpersonalAccessToken,%2Bscopes&apiTokenSelector={}",
            enc(s)
        ))
    };
    let page = selected("owner(\"john.smith@example.com\")").await?.json();
    assert_eq!(page["totalCount"], 3);
    let page = selected("personalAccessToken(true)").await?.json();
    assert_eq!(page["totalCount"], 1);
    assert_eq!(page["apiTokens"][0]["personalAccessToken"], true);
    let page = selected("scope(\"settings.write\",\"WriteConfig\")")
        .await?
        .json();
    assert_eq!(page["totalCount"], 2);
    let page = selected("owner(\"john.smith@example.com\"),personalAccessToken(false)")
        .await?
        .json();
    assert_eq!(page["totalCount"], 2);
    let r = list(format!("?apiTokenSelector={}", enc("name(\"x\")"))).await?;
    assert_eq!(r.status, 400);
    assert_eq!(
        r.json()["error"]["constraintViolations"][0]["path"],
        "apiTokenSelector"
    );

    // Last-use window: only tokens used within it.
    let page = list(format!("?from=now-1d&fields={}", enc("+lastUsedDate")))
        .await?
        .json();
    for token in page["apiTokens"].as_array().ok_or("no tokens")? {
        assert!(token.get("lastUsedDate").is_some());
    }
    Ok(())
}

#[tokio::test]
async fn dynatrace_lifecycle_rules() -> TestResult {
    let sb = demo().await?;
    let admin = dt_admin(&sb);
    let own = sb.credentials().dynatrace_token_id().to_string();
    let r = dynatrace(
        &sb,
        Method::POST,
        "/apiTokens",
        Some(&admin),
        Some(json!({"name": "t", "scopes": ["apiTokens.read"], "expirationDate": "now+14d"})),
    )
    .await?;
    assert_eq!(r.status, 201);
    let created = r.json();
    let (id, secret) = (
        created["id"].as_str().unwrap_or_default().to_string(),
        created["token"].as_str().unwrap_or_default().to_string(),
    );
    assert!(secret.starts_with(&format!("{id}.")));
    // The secret is never returned again.
    let r = dynatrace(
        &sb,
        Method::GET,
        &format!("/apiTokens/{id}"),
        Some(&admin),
        None,
    )
    .await?;
    assert!(!String::from_utf8_lossy(&r.body).contains(&secret));
    assert_eq!(r.json()["owner"], sb.credentials().dynatrace_owner());
    // The new token authenticates, and lookup finds it by its secret.
    let r = dynatrace(
        &sb,
        Method::POST,
        "/apiTokens/lookup",
        Some(&secret),
        Some(json!({"token": admin})),
    )
    .await?;
    assert_eq!((r.status, r.json()["id"].clone()), (200, json!(own)));

    let r = dynatrace(
        &sb,
        Method::PUT,
        &format!("/apiTokens/{own}"),
        Some(&admin),
        Some(json!({"enabled": false})),
    )
    .await?;
    assert_eq!(r.status, 400);
    assert_eq!(
        message(&r.json()),
        "You can't disable the token you're using for authentication of the request."
    );
    let r = dynatrace(
        &sb,
        Method::DELETE,
        &format!("/apiTokens/{own}"),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(r.status, 400);

    // Disabling revokes; enabling is not a modification, renaming is.
    let r = dynatrace(
        &sb,
        Method::PUT,
        &format!("/apiTokens/{id}"),
        Some(&admin),
        Some(json!({"enabled": false})),
    )
    .await?;
    assert_eq!(r.status, 204);
    let r = dynatrace(&sb, Method::GET, "/apiTokens", Some(&secret), None).await?;
    assert_eq!(r.status, 401);
    let token = dynatrace(
        &sb,
        Method::GET,
        &format!("/apiTokens/{id}"),
        Some(&admin),
        None,
    )
    .await?
    .json();
    assert!(token.get("modifiedDate").is_none());
    dynatrace(
        &sb,
        Method::PUT,
        &format!("/apiTokens/{id}"),
        Some(&admin),
        Some(json!({"name": "renamed", "enabled": true})),
    )
    .await?;
    let token = dynatrace(
        &sb,
        Method::GET,
        &format!("/apiTokens/{id}"),
        Some(&admin),
        None,
    )
    .await?
    .json();
    assert_eq!(
        (token["name"].clone(), token["enabled"].clone()),
        (json!("renamed"), json!(true))
    );
    assert!(token.get("modifiedDate").is_some());

    // Delete by secret; the token stops authenticating; the secret is not echoed.
    let r = dynatrace(
        &sb,
        Method::DELETE,
        &format!("/apiTokens/{secret}"),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(r.status, 204);
    let r = dynatrace(&sb, Method::GET, "/apiTokens", Some(&secret), None).await?;
    assert_eq!(r.status, 401);
    let r = dynatrace(
        &sb,
        Method::DELETE,
        &format!("/apiTokens/{secret}"),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(r.status, 404);
    assert!(!String::from_utf8_lossy(&r.body).contains(&secret));
    Ok(())
}

// ---------------------------------------------------------------------------
// Astra

#[tokio::test]
async fn astra_refuses_bad_bearers_and_foreign_accounts() -> TestResult {
    let sb = demo().await?;
    let r = astra(&sb, Method::GET, "", None, None).await?;
    assert_eq!(r.status, 401);
    assert_eq!(r.content_type.as_deref(), Some("application/problem+json"));
    assert_eq!(r.json()["type"], "https://astra.netapp.io/problems/3");
    assert_eq!(r.json()["title"], "Missing bearer token");
    assert_eq!(r.json()["status"], "401");
    let r = astra(&sb, Method::GET, "", Some("aW52YWxpZA=="), None).await?;
    assert_eq!(
        (r.status, r.json()["type"].clone()),
        (401, json!("https://astra.netapp.io/problems/4"))
    );
    let foreign = format!(
        "{}/accounts/{}/core/v1/users/{}/tokens",
        sb.url(),
        uuid::Uuid::new_v4(),
        sb.credentials().astra_user_id()
    );
    let r = send(http().get(foreign).bearer_auth(astra_token(&sb))).await?;
    assert_eq!(
        (r.status, r.json()["type"].clone()),
        (403, json!("https://astra.netapp.io/problems/11"))
    );
    Ok(())
}

#[tokio::test]
async fn astra_paging_and_query_rules() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    assert_eq!(sb.add_astra_tokens(6), 7);
    let token = astra_token(&sb);
    let list = |q: String| {
        let (sb, token) = (&sb, &token);
        async move { astra(sb, Method::GET, &q, Some(token), None).await }
    };

    let mut ids = Vec::new();
    let mut page = list("?limit=3&count=true".into()).await?.json();
    loop {
        assert_eq!(page["metadata"]["count"], 7);
        for item in page["items"].as_array().ok_or("no items")? {
            ids.push(item["id"].as_str().unwrap_or_default().to_string());
            assert!(item.get("token").is_none(), "reads never carry the secret");
        }
        match page["metadata"]["continue"].as_str() {
            Some(key) => {
                page = list(format!("?limit=3&count=true&continue={}", enc(key)))
                    .await?
                    .json()
            }
            None => break,
        }
    }
    assert_eq!(ids.len(), 7);
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 7);
    let all = list(String::new()).await?.json();
    assert!(
        all["metadata"].get("continue").is_none(),
        "absent on the last page"
    );
    assert!(
        all["metadata"].get("count").is_none(),
        "count only when asked"
    );

    for query in [
        "?limit=0",
        "?limit=-1",
        "?skip=0",
        "?count=false",
        "?continue=%25%25",
    ] {
        let r = list(query.into()).await?;
        assert_eq!(r.status, 400, "{query}");
        assert_eq!(r.json()["type"], "https://astra.netapp.io/problems/5");
        assert!(r.json()["invalidParams"][0]["name"].is_string());
    }
    let r = list("?orderBy=userID".into()).await?;
    assert_eq!(r.json()["type"], "https://astra.netapp.io/problems/6");
    assert_eq!(
        r.json()["invalidParams"],
        json!([{"name": "orderBy", "reason": "Sorting isn't supported for this field."}])
    );

    // include returns each item as an array of the requested fields.
    let page = list("?include=id,name&limit=2".into()).await?.json();
    assert_eq!(page["items"][0].as_array().map(Vec::len), Some(2));
    let page = list(format!("?filter={}", enc("name eq 'automation-000003'")))
        .await?
        .json();
    assert_eq!(page["items"].as_array().map(Vec::len), Some(1));
    let page = list("?orderBy=name%20desc&limit=1".into()).await?.json();
    assert_eq!(page["items"][0]["name"], "automation-000005");
    Ok(())
}

#[tokio::test]
async fn astra_lifecycle_rules() -> TestResult {
    let sb = demo().await?;
    let token = astra_token(&sb);
    let body =
        json!({"type": "application/astra-token", "version": "1.0", "name": "Snapshot Script"});
    let r = astra(&sb, Method::POST, "", Some(&token), Some(body.clone())).await?;
    assert_eq!(r.status, 201);
    assert_eq!(
        r.content_type.as_deref(),
        Some("application/astra-token+json")
    );
    let created = r.json();
    let id = created["id"].as_str().unwrap_or_default().to_string();
    let location = r.header("location").unwrap_or_default();
    assert!(location.starts_with(sb.url()) && location.ends_with(&format!("/tokens/{id}")));
    let secret = created["token"].as_str().ok_or("no token")?.to_string();
    // The new secret is a working bearer token.
    let r = astra(&sb, Method::GET, &format!("/{id}"), Some(&secret), None).await?;
    assert_eq!(r.status, 200);
    assert!(r.json().get("token").is_none());

    // A user the account does not have: no collection.
    let other = format!(
        "{}/accounts/{}/core/v1/users/{}/tokens",
        sb.url(),
        sb.credentials().astra_account_id(),
        uuid::Uuid::new_v4()
    );
    let r = send(
        http()
            .post(other)
            .bearer_auth(&token)
            .body(body.to_string()),
    )
    .await?;
    assert_eq!(r.status, 404);

    let r = astra(
        &sb,
        Method::POST,
        "",
        Some(&token),
        Some(json!({"type": "application/astra-token", "version": "1.0", "name": "x", "id": id})),
    )
    .await?;
    assert_eq!(
        (r.status, r.json()["type"].clone()),
        (400, json!("https://astra.netapp.io/problems/8"))
    );
    assert!(r.json()["schemaValidationFailure"].is_string());
    let r = astra(
        &sb,
        Method::POST,
        "",
        Some(&token),
        Some(json!({"type": "application/astra-token", "version": "1.0", "name": "../../etc"})),
    )
    .await?;
    assert_eq!(r.json()["type"], "https://astra.netapp.io/problems/9");
    assert_eq!(r.json()["invalidFields"][0]["name"], "name");
    let r = astra(&sb, Method::PUT, &format!("/{id}"), Some(&token), Some(json!({"type": "application/astra-token", "version": "1.0", "userID": uuid::Uuid::new_v4().to_string()}))).await?;
    assert_eq!(
        (r.status, r.json()["type"].clone()),
        (409, json!("https://astra.netapp.io/problems/10"))
    );

    let r = astra(&sb, Method::PUT, &format!("/{id}"), Some(&token), Some(json!({"type": "application/astra-token", "version": "1.0", "name": "Renamed", "metadata": {"labels": [{"name": "a", "value": "b"}]}}))).await?;
    assert_eq!(r.status, 204);
    let got = astra(&sb, Method::GET, &format!("/{id}"), Some(&token), None)
        .await?
        .json();
    assert_eq!(got["name"], "Renamed");
    assert_eq!(
        got["metadata"]["labels"],
        json!([{"name": "a", "value": "b"}])
    );
    assert_eq!(
        got["metadata"]["modifiedBy"],
        sb.credentials().astra_user_id()
    );

    // Deleting revokes: the secret stops authenticating.
    let r = astra(&sb, Method::DELETE, &format!("/{id}"), Some(&token), None).await?;
    assert_eq!(r.status, 204);
    let r = astra(&sb, Method::GET, "", Some(&secret), None).await?;
    assert_eq!(
        (r.status, r.json()["type"].clone()),
        (401, json!("https://astra.netapp.io/problems/4"))
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// EMR: ACS3-HMAC-SHA256

/// The code of an API gateway error (signature, unknown API): PascalCase, as
/// Alibaba's gateway spells it.
fn gateway_code(body: &Value) -> &str {
    body["Code"].as_str().unwrap_or_default()
}

/// The code of the product's envelope (success or business error): camelCase.
fn product_code(body: &Value) -> &str {
    body["code"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn emr_refuses_tampered_replayed_stale_and_foreign_signatures() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let tokens = gateway_path(&sb, "/token?regionId=cn-hangzhou");
    let (get, put) = (Method::GET, Method::PUT);

    // A body changed after signing.
    let body = json!({"name": "original", "token": "0123456789abcdef"});
    let mut request = emr_request(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&body),
        &Signer::new(&sb),
    )?;
    *request.body_mut() = Some(
        json!({"name": "changed!", "token": "0123456789abcdef"})
            .to_string()
            .into(),
    );
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "SignatureDoesNotMatch")
    );
    assert!(r.header("x-acs-request-id").is_some());
    assert_eq!(
        r.json()["RequestId"],
        r.header("x-acs-request-id").unwrap_or_default()
    );
    assert!(r.json()["HostId"].is_string() && r.json()["Recommend"].is_string());
    assert!(
        r.json().get("code").is_none(),
        "gateway errors are PascalCase"
    );
    assert_eq!(sb.livy_token_count(), 0, "nothing was created");

    // A body and its hash both changed after signing.
    let mut request = emr_request(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&body),
        &Signer::new(&sb),
    )?;
    let changed = json!({"name": "changed!", "token": "0123456789abcdef"}).to_string();
    request.headers_mut().insert(
        "x-acs-content-sha256",
        apitokens_emr_serverless_spark::signing::sha256_hex(changed.as_bytes()).parse()?,
    );
    *request.body_mut() = Some(changed.into());
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "SignatureDoesNotMatch")
    );
    assert!(
        r.json()["Message"]
            .as_str()
            .unwrap_or_default()
            .contains("string to sign")
    );

    // A query changed after signing.
    let mut request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?;
    request.url_mut().set_query(Some("regionId=cn-shanghai"));
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "SignatureDoesNotMatch")
    );

    // A replayed nonce.
    let request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?;
    let r = execute(request.try_clone().ok_or("clone")?).await?;
    assert_eq!((r.status, product_code(&r.json())), (200, "1000000"));
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "SignatureNonceUsed")
    );

    // A date more than 15 minutes off, either way; 14 minutes is fine.
    for (minutes, status) in [(-16, 400), (16, 400), (-14, 200)] {
        let mut signer = Signer::new(&sb);
        signer.now += chrono::Duration::minutes(minutes);
        let r = execute(emr_request(
            &sb,
            get.clone(),
            &tokens,
            "ListLivyComputeToken",
            None,
            &signer,
        )?)
        .await?;
        assert_eq!(r.status, status, "{minutes} min");
        if status == 400 {
            assert_eq!(gateway_code(&r.json()), "InvalidTimeStamp.Expired");
        }
    }

    // An unknown AccessKey, a wrong secret.
    let stranger = Signer::with_key(AccessKey::new("LTAIstranger", "secret".to_string()));
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &stranger,
    )?)
    .await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (404, "InvalidAccessKeyId.NotFound")
    );
    let wrong = Signer::with_key(AccessKey::new(
        sb.credentials().access_key_id(),
        "not-the-secret".to_string(),
    ));
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &wrong,
    )?)
    .await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "SignatureDoesNotMatch")
    );

    // STS credentials without, or with another, security token.
    let sts = sb.credentials().sts_access_key();
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::with_key(sts.clone()),
    )?)
    .await?;
    assert_eq!(r.status, 200);
    let mut request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::with_key(sts.clone()),
    )?;
    request.headers_mut().remove("x-acs-security-token");
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "MissingSecurityToken")
    );
    let mut request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::with_key(sts),
    )?;
    request
        .headers_mut()
        .insert("x-acs-security-token", "CAISforged".parse()?);
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "InvalidSecurityToken.MismatchWithAccessKey")
    );

    // An unsigned x-acs-* header; no Authorization; the wrong action.
    let mut request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?;
    request.headers_mut().insert("x-acs-extra", "1".parse()?);
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "IncompleteSignature")
    );
    let mut request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?;
    request.headers_mut().remove("authorization");
    let r = execute(request).await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (400, "IncompleteSignature")
    );
    let r = execute(emr_request(
        &sb,
        get,
        &tokens,
        "DeleteLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?)
    .await?;
    assert_eq!(
        (r.status, gateway_code(&r.json())),
        (404, "InvalidAction.NotFound")
    );
    Ok(())
}

#[tokio::test]
async fn emr_business_rules() -> TestResult {
    let sb = demo().await?;
    let tokens = gateway_path(&sb, "/token");
    let r = emr(
        &sb,
        Method::PUT,
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "x", "token": "fifteen-chars!!"})),
    )
    .await?;
    assert_eq!(
        (r.status, product_code(&r.json())),
        (400, "InvalidParameter")
    );
    let r = emr(
        &sb,
        Method::PUT,
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "mine", "token": "sixteen-chars!!!"})),
    )
    .await?;
    assert_eq!((r.status, product_code(&r.json())), (200, "1000000"));
    let id = r.json()["data"]["tokenId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let one = gateway_path(&sb, &format!("/token/{id}"));
    let got = emr(&sb, Method::GET, &one, "GetLivyComputeToken", None)
        .await?
        .json();
    assert_eq!(got["data"]["token"], "sixteen-chars!!!");
    assert_eq!(got["data"]["createdBy"], sb.credentials().ram_user());
    assert_eq!(got["data"]["autoExpireConfiguration"]["enable"], false);
    assert!(got["data"].get("expireTime").is_none());
    assert_eq!(got["data"]["lastUsedTime"], 0);

    // Refresh: new content, expiry counted from now.
    let r = emr(
        &sb,
        Method::POST,
        &one,
        "RefreshLivyComputeToken",
        Some(&json!({"autoExpireConfiguration": {"enable": true, "expireDays": 7}})),
    )
    .await?;
    assert_eq!(product_code(&r.json()), "1000000");
    let got = emr(&sb, Method::GET, &one, "GetLivyComputeToken", None)
        .await?
        .json();
    assert_ne!(got["data"]["token"], "sixteen-chars!!!");
    let expires = got["data"]["expireTime"].as_i64().ok_or("no expireTime")?;
    let week = Utc::now().timestamp_millis() + 7 * 86_400_000;
    assert!((expires - week).abs() < 60_000);

    // Listing spells the creator `createdby` and has no auto-expiry.
    let list = emr(&sb, Method::GET, &tokens, "ListLivyComputeToken", None)
        .await?
        .json();
    let item = list["data"]["tokens"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["tokenId"] == id.as_str()))
        .ok_or("not listed")?;
    assert!(item.get("createdby").is_some() && item.get("createdBy").is_none());
    assert!(item.get("autoExpireConfiguration").is_none());

    // Not found is an HTTP 200 envelope with an error code.
    let r = emr(&sb, Method::DELETE, &one, "DeleteLivyComputeToken", None).await?;
    assert_eq!(product_code(&r.json()), "1000000");
    let r = emr(&sb, Method::GET, &one, "GetLivyComputeToken", None).await?;
    assert_eq!(
        (r.status, product_code(&r.json())),
        (200, "Tokens.NotFound")
    );
    let r = emr(
        &sb,
        Method::GET,
        &gateway_path(&sb, "/token?regionId=eu-central-1"),
        "ListLivyComputeToken",
        None,
    )
    .await?;
    assert_eq!(
        (r.status, product_code(&r.json())),
        (400, "InvalidParameter")
    );
    Ok(())
}

// ---------------------------------------------------------------------------
// The library

#[tokio::test]
async fn only_loopback_addresses_are_served() {
    let result = Sandbox::builder()
        .with_address(
            "0.0.0.0:0"
                .parse()
                .unwrap_or(std::net::SocketAddr::from(([0, 0, 0, 0], 0))),
        )
        .start()
        .await;
    assert!(matches!(result, Err(StartError::NotLoopback(_))));
}

#[tokio::test]
async fn latency_is_injected_and_can_change() -> TestResult {
    let sb = Sandbox::builder()
        .with_latency(Duration::from_millis(150))
        .start()
        .await?;
    let started = Instant::now();
    dynatrace(&sb, Method::GET, "/apiTokens", Some(&dt_admin(&sb)), None).await?;
    assert!(started.elapsed() >= Duration::from_millis(150));
    // The change takes effect, shown with bounds no machine load can cross:
    // an hour's latency is not over in 2 s, none is over well within a minute.
    let admin = dt_admin(&sb);
    sb.set_latency(Duration::from_secs(3600));
    let slow = dynatrace(&sb, Method::GET, "/apiTokens", Some(&admin), None);
    assert!(
        tokio::time::timeout(Duration::from_secs(2), slow)
            .await
            .is_err(),
        "an hour's latency answered within 2 s"
    );
    sb.set_latency(Duration::ZERO);
    let fast = dynatrace(&sb, Method::GET, "/apiTokens", Some(&admin), None);
    tokio::time::timeout(Duration::from_secs(60), fast)
        .await
        .map_err(|_| "no latency, yet no answer within a minute")??;
    Ok(())
}

#[tokio::test]
async fn debug_never_shows_a_secret_and_stop_stops() -> TestResult {
    let sb = demo().await?;
    let debug = format!("{sb:?}");
    let c = sb.credentials();
    for secret in [c.dynatrace_token(), c.astra_token(), c.access_key_secret()] {
        assert!(!debug.contains(secret.expose_secret()), "{debug}");
    }
    assert!(debug.contains(sb.url()));
    let seeded = sb.add_dynatrace_token(DynatraceToken::named("x"));
    assert!(!format!("{seeded:?}").contains(seeded.secret.expose_secret()));
    let url = format!("{}/api/v2/apiTokens", sb.url());
    sb.stop().await?;
    assert!(
        http().get(url).send().await.is_err(),
        "still serving after stop"
    );
    Ok(())
}

/// A hundred thousand tokens are all served, across pages of 10,000. How fast
/// is `cargo xtask bench`'s business (its inventory rows seed the same way),
/// not a timed assertion here.
#[tokio::test]
async fn a_hundred_thousand_tokens_seed_and_page_in_full() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    assert_eq!(sb.add_dynatrace_tokens(100_000), 100_001);
    let admin = dt_admin(&sb);
    let mut page = dynatrace(
        &sb,
        Method::GET,
        "/apiTokens?pageSize=10000",
        Some(&admin),
        None,
    )
    .await?
    .json();
    let mut count = 0;
    loop {
        count += page["apiTokens"].as_array().map_or(0, Vec::len);
        match page["nextPageKey"].as_str() {
            Some(key) => {
                page = dynatrace(
                    &sb,
                    Method::GET,
                    &format!("/apiTokens?nextPageKey={key}"),
                    Some(&admin),
                    None,
                )
                .await?
                .json();
            }
            None => break,
        }
    }
    assert_eq!(count, 100_001);
    Ok(())
}

#[tokio::test]
async fn the_demo_data_has_every_case_an_inventory_looks_for() -> TestResult {
    let sb = demo().await?;
    let now = Utc::now();
    let in_30_days = now + chrono::Duration::days(30);
    let unused_since = now - chrono::Duration::days(100);
    let time = |v: &Value| {
        v.as_str()
            .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc))
    };
    let fields = enc("+personalAccessToken,+expirationDate,+lastUsedDate,+scopes");
    let page = dynatrace(
        &sb,
        Method::GET,
        &format!("/apiTokens?fields={fields}"),
        Some(&dt_admin(&sb)),
        None,
    )
    .await?
    .json();
    let tokens = page["apiTokens"].as_array().ok_or("no tokens")?;
    let count = |f: &dyn Fn(&Value) -> bool| tokens.iter().filter(|t| f(t)).count();
    assert!(count(&|t| time(&t["expirationDate"]).is_some_and(|e| e > now && e < in_30_days)) >= 2);
    assert!(count(&|t| time(&t["expirationDate"]).is_some_and(|e| e < now)) >= 1);
    assert!(count(&|t| t.get("expirationDate").is_none()) >= 2);
    assert!(count(&|t| t.get("lastUsedDate").is_none()) >= 2);
    assert!(count(&|t| time(&t["lastUsedDate"]).is_some_and(|u| u < unused_since)) >= 2);
    assert!(count(&|t| t["enabled"] == false) >= 1);
    assert!(count(&|t| t["personalAccessToken"] == true) >= 1);
    for scope in ["apiTokens.write", "settings.write", "WriteConfig"] {
        assert!(
            count(&|t| t["scopes"]
                .as_array()
                .is_some_and(|s| s.iter().any(|x| x == scope)))
                >= 1,
            "{scope}"
        );
    }

    let livy = emr(
        &sb,
        Method::GET,
        &gateway_path(&sb, "/token"),
        "ListLivyComputeToken",
        None,
    )
    .await?
    .json();
    let livy = livy["data"]["tokens"].as_array().ok_or("no Livy tokens")?;
    let ms = |t: &Value, k: &str| t[k].as_i64().unwrap_or(0);
    let (now_ms, soon_ms) = (now.timestamp_millis(), in_30_days.timestamp_millis());
    assert!(
        livy.iter()
            .any(|t| ms(t, "expireTime") > now_ms && ms(t, "expireTime") < soon_ms)
    );
    assert!(
        livy.iter()
            .any(|t| ms(t, "expireTime") != 0 && ms(t, "expireTime") < now_ms)
    );
    assert!(livy.iter().any(|t| t.get("expireTime").is_none()));
    assert!(livy.iter().any(|t| ms(t, "lastUsedTime") == 0));
    assert!(
        livy.iter().any(|t| ms(t, "lastUsedTime") != 0
            && ms(t, "lastUsedTime") < unused_since.timestamp_millis())
    );

    let astra = astra(&sb, Method::GET, "", Some(&astra_token(&sb)), None)
        .await?
        .json();
    assert!(
        astra["items"]
            .as_array()
            .is_some_and(|items| items.len() >= 5)
    );
    Ok(())
}

#[tokio::test]
async fn each_vendors_handle_serves_its_part_and_debug_never_shows_a_secret() -> TestResult {
    let sb = demo().await?;
    let vendors = sb.vendors();
    let c = sb.credentials();
    assert_eq!(
        vendors.dynatrace.credentials().token().expose_secret(),
        c.dynatrace_token().expose_secret()
    );
    assert_eq!(vendors.dynatrace.api_url(), sb.dynatrace_api_url());
    assert_eq!(vendors.astra.credentials().user_id(), c.astra_user_id());
    assert_eq!(vendors.astra.url(), sb.astra_url());
    assert_eq!(vendors.emr.credentials().workspace_id(), c.workspace_id());
    assert_eq!(vendors.emr.endpoint(), sb.emr_endpoint());
    // Seeding through a handle is what the sandbox serves.
    let before = (sb.dynatrace_token_count(), sb.astra_token_count());
    assert_eq!(vendors.dynatrace.add_tokens(3), before.0 + 3);
    assert_eq!(vendors.astra.add_tokens(2), before.1 + 2);
    assert_eq!(sb.livy_token_count(), vendors.emr.token_count());
    let seeded = vendors
        .dynatrace
        .add_token(DynatraceToken::named("via-handle"));
    let reply = dynatrace(
        &sb,
        Method::GET,
        &format!("/apiTokens/{}", seeded.id),
        Some(&dt_admin(&sb)),
        None,
    )
    .await?;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.json()["name"], "via-handle");
    // The handles' Debug shows no credential's secret and no token's.
    let debug = format!("{vendors:?}");
    for secret in [
        c.dynatrace_token(),
        c.astra_token(),
        c.access_key_secret(),
        &seeded.secret,
    ] {
        assert!(!debug.contains(secret.expose_secret()), "{debug}");
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// GitLab

/// GitLab's text errors: `{"message": "…"}` and nothing else.
fn gitlab_message(reply: &common::Reply) -> Value {
    reply.json()
}

#[tokio::test]
async fn gitlab_accepts_private_token_or_bearer_and_refuses_the_rest() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let gl = &sb.vendors().gitlab;
    let (admin, _) = gitlab_tokens(&sb);
    let url = format!("{}/personal_access_tokens", gl.api_url());
    let r = send(http().get(&url).header("PRIVATE-TOKEN", &admin)).await?;
    assert_eq!(r.status, 200);
    let r = send(http().get(&url).bearer_auth(&admin)).await?;
    assert_eq!(r.status, 200);
    let expired = gl.add_token(GitLabToken::named("expired").expires_in_days(Some(-1)));
    let revoked = gl.add_token(GitLabToken::named("revoked").revoked());
    let unauthorized = json!({"message": "401 Unauthorized"});
    for request in [
        http().get(&url),
        http().get(&url).header("PRIVATE-TOKEN", ""),
        http()
            .get(&url)
            .header("PRIVATE-TOKEN", "glpat-aaaaaaaaaaaaaaaaaaaa"),
        http().get(&url).basic_auth("root", Some(&admin)),
        http()
            .get(&url)
            .header("authorization", format!("Api-Token {admin}")),
        http()
            .get(&url)
            .header("PRIVATE-TOKEN", expired.secret.expose_secret()),
        http().get(&url).bearer_auth(revoked.secret.expose_secret()),
    ] {
        let r = send(request).await?;
        assert_eq!((r.status, gitlab_message(&r)), (401, unauthorized.clone()));
    }
    // The handle's Debug never shows a secret.
    let debug = format!("{gl:?} {:?}", sb.vendors());
    assert!(
        !debug.contains(&admin) && !debug.contains("glpat-"),
        "{debug}"
    );
    // A token without `api`/`read_api` may not read the list: OAuth's insufficient_scope.
    let narrow = gl.add_token(GitLabToken::named("narrow").scopes(["read_repository"]));
    let r = send(
        http()
            .get(&url)
            .header("PRIVATE-TOKEN", narrow.secret.expose_secret()),
    )
    .await?;
    assert_eq!(r.status, 403);
    assert_eq!(r.json()["error"], "insufficient_scope");
    assert_eq!(r.json()["scope"], "api");
    Ok(())
}

#[tokio::test]
async fn gitlab_create_is_for_administrators_and_validates_scopes() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let gl = &sb.vendors().gitlab;
    let (admin, user) = gitlab_tokens(&sb);
    let user_id = gl.credentials().user_id();
    let path = format!("/users/{user_id}/personal_access_tokens");
    let body = json!({"name": "deploy", "scopes": ["read_repository", "write_repository"]});
    let r = gitlab(&sb, Method::POST, &path, Some(&user), Some(body.clone())).await?;
    assert_eq!(
        (r.status, r.json()),
        (403, json!({"message": "403 Forbidden"}))
    );
    let r = gitlab(
        &sb,
        Method::POST,
        &path,
        Some(&admin),
        Some(json!({"name": "n", "scopes": ["api", "root"]})),
    )
    .await?;
    assert_eq!(
        (r.status, r.json()),
        (400, json!({"error": "scopes does not have a valid value"}))
    );
    let r = gitlab(
        &sb,
        Method::POST,
        "/users/9999/personal_access_tokens",
        Some(&admin),
        Some(body.clone()),
    )
    .await?;
    assert_eq!(
        (r.status, r.json()),
        (404, json!({"message": "404 User Not Found"}))
    );

    let r = gitlab(&sb, Method::POST, &path, Some(&admin), Some(body)).await?;
    assert_eq!(r.status, 201);
    let created = r.json();
    assert_eq!(created["user_id"], user_id);
    assert_eq!(
        created["scopes"],
        json!(["read_repository", "write_repository"])
    );
    assert_eq!(created["expires_at"], Value::Null);
    let secret = created["token"].as_str().unwrap_or_default();
    let rest = secret.strip_prefix("glpat-").unwrap_or_default();
    assert_eq!(rest.len(), 20, "{secret}");
    assert!(
        rest.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
    // The new token is the user's, and no read returns its secret again.
    let r = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens?per_page=100",
        Some(&user),
        None,
    )
    .await?;
    let listed = r.json();
    let listed = listed.as_array().ok_or("a list")?;
    assert!(listed.iter().any(|t| t["id"] == created["id"]));
    assert!(
        listed
            .iter()
            .all(|t| t["user_id"] == user_id && t.get("token").is_none())
    );
    Ok(())
}

#[tokio::test]
async fn gitlab_rotation_revokes_the_old_token_and_refuses_revoked_or_expired_ones() -> TestResult {
    let sb = Sandbox::builder().start().await?;
    let gl = &sb.vendors().gitlab;
    let (admin, _) = gitlab_tokens(&sb);
    let old = gl.add_token(GitLabToken::named("ci").scopes(["api", "read_repository"]));
    let expires = (Utc::now() + chrono::Duration::days(20))
        .date_naive()
        .to_string();
    let r = gitlab(
        &sb,
        Method::POST,
        &format!(
            "/personal_access_tokens/{}/rotate?expires_at={expires}",
            old.id
        ),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(r.status, 200);
    let new = r.json();
    assert_eq!(
        (
            new["name"].clone(),
            new["expires_at"].clone(),
            new["active"].clone()
        ),
        (json!("ci"), json!(expires), json!(true))
    );
    assert_eq!(new["scopes"], json!(["api", "read_repository"]));
    let new_secret = new["token"].as_str().unwrap_or_default().to_string();
    assert_ne!(new["id"].to_string(), old.id);
    // The old token is revoked: listed so, and refused.
    let r = gitlab(
        &sb,
        Method::GET,
        &format!("/personal_access_tokens/{}", old.id),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(
        (r.json()["revoked"].clone(), r.json()["active"].clone()),
        (json!(true), json!(false))
    );
    let r = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens/self",
        Some(old.secret.expose_secret()),
        None,
    )
    .await?;
    assert_eq!(r.status, 401);
    let r = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens/self",
        Some(&new_secret),
        None,
    )
    .await?;
    assert_eq!((r.status, r.json()["id"].clone()), (200, new["id"].clone()));
    // Rotating the revoked one again fails, and revokes what was rotated from it.
    let r = gitlab(
        &sb,
        Method::POST,
        &format!("/personal_access_tokens/{}/rotate", old.id),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(
        (r.status, r.json()),
        (
            400,
            json!({"message": "400 Bad request - Token already revoked"})
        )
    );
    let r = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens/self",
        Some(&new_secret),
        None,
    )
    .await?;
    assert_eq!(r.status, 401);
    // An expired token cannot be rotated; without expires_at a rotation lasts a week.
    let expired = gl.add_token(GitLabToken::named("expired").expires_in_days(Some(-2)));
    let r = gitlab(
        &sb,
        Method::POST,
        &format!("/personal_access_tokens/{}/rotate", expired.id),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(
        (r.status, r.json()),
        (
            400,
            json!({"message": "400 Bad request - Token already expired"})
        )
    );
    let plain = gl.add_token(GitLabToken::named("self").scopes(["self_rotate"]));
    let r = gitlab(
        &sb,
        Method::POST,
        "/personal_access_tokens/self/rotate",
        Some(plain.secret.expose_secret()),
        None,
    )
    .await?;
    assert_eq!(r.status, 200);
    let week = (Utc::now() + chrono::Duration::days(7))
        .date_naive()
        .to_string();
    assert_eq!(r.json()["expires_at"], json!(week));
    // Revoking: 204, then 404 for an ID that does not exist.
    let r = gitlab(
        &sb,
        Method::DELETE,
        &format!("/personal_access_tokens/{}", r.json()["id"]),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!((r.status, r.body.len()), (204, 0));
    let r = gitlab(
        &sb,
        Method::DELETE,
        "/personal_access_tokens/424242",
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(
        (r.status, r.json()),
        (404, json!({"message": "404 Not Found"}))
    );
    Ok(())
}

#[tokio::test]
async fn gitlab_lists_by_owner_and_filters_and_pages_with_headers() -> TestResult {
    let sb = demo().await?;
    let gl = &sb.vendors().gitlab;
    let (admin, user) = gitlab_tokens(&sb);
    let user_id = gl.credentials().user_id();
    let ids = |r: &common::Reply| -> Vec<Value> {
        r.json()
            .as_array()
            .map(|l| l.iter().map(|t| t["id"].clone()).collect())
            .unwrap_or_default()
    };
    // The plain user lists first: listing marks the caller's token used.
    let own = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens?per_page=100",
        Some(&user),
        None,
    )
    .await?;
    assert!(
        own.json()
            .as_array()
            .is_some_and(|l| !l.is_empty() && l.iter().all(|t| t["user_id"] == user_id))
    );
    let all = gitlab(
        &sb,
        Method::GET,
        "/personal_access_tokens?per_page=100",
        Some(&admin),
        None,
    )
    .await?;
    let total = ids(&all).len();
    assert_eq!(all.header("x-total"), Some(total.to_string().as_str()));
    assert!(ids(&own).len() < total);
    let r = gitlab(
        &sb,
        Method::GET,
        &format!("/personal_access_tokens?user_id={user_id}&per_page=100"),
        Some(&admin),
        None,
    )
    .await?;
    assert_eq!(ids(&r), ids(&own));
    // The demo covers what an inventory looks for.
    let tokens = all.json();
    let tokens = tokens.as_array().ok_or("a list")?;
    let today = Utc::now().date_naive();
    let expires = |t: &Value| {
        t["expires_at"]
            .as_str()
            .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
    };
    assert!(
        tokens
            .iter()
            .any(|t| expires(t).is_some_and(|d| d > today && (d - today).num_days() <= 30))
    );
    assert!(tokens.iter().any(|t| expires(t).is_some_and(|d| d <= today)
        && t["active"] == false
        && t["revoked"] == false));
    assert!(
        tokens
            .iter()
            .any(|t| t["last_used_at"].is_null() && t["active"] == true)
    );
    assert!(tokens.iter().any(|t| t["revoked"] == true));
    assert!(tokens.iter().any(|t| t["expires_at"].is_null()));
    assert!(tokens.iter().any(|t| {
        t["scopes"]
            .as_array()
            .is_some_and(|s| s.contains(&json!("sudo")))
    }));
    // Filters.
    for (query, keep) in [
        (
            "state=active",
            &(|t: &Value| t["active"] == true) as &dyn Fn(&Value) -> bool,
        ),
        ("state=inactive", &|t: &Value| t["active"] == false),
        ("revoked=true", &|t: &Value| t["revoked"] == true),
        ("search=ci%20PIPE", &|t: &Value| t["name"] == "CI pipeline"),
        ("last_used_before=2100-01-01T00:00:00Z", &|t: &Value| {
            !t["last_used_at"].is_null()
        }),
        ("expires_after=2000-01-01", &|t: &Value| {
            !t["expires_at"].is_null()
        }),
    ] {
        let r = gitlab(
            &sb,
            Method::GET,
            &format!("/personal_access_tokens?{query}&per_page=100"),
            Some(&admin),
            None,
        )
        .await?;
        let expected: Vec<Value> = tokens
            .iter()
            .filter(|t| keep(t))
            .map(|t| t["id"].clone())
            .collect();
        assert!(!expected.is_empty(), "{query}");
        assert_eq!(ids(&r), expected, "{query}");
    }
    // Pages: x-next-page walks them all; the headers and Link agree.
    let mut page = Some("1".to_string());
    let mut walked = Vec::new();
    while let Some(current) = page {
        let r = gitlab(
            &sb,
            Method::GET,
            &format!("/personal_access_tokens?per_page=4&page={current}"),
            Some(&admin),
            None,
        )
        .await?;
        assert_eq!(r.header("x-page"), Some(current.as_str()));
        assert_eq!(r.header("x-per-page"), Some("4"));
        assert_eq!(
            r.header("x-total-pages"),
            Some(total.div_ceil(4).to_string().as_str())
        );
        let next = r.header("x-next-page").unwrap_or_default().to_string();
        let link = r.header("link").unwrap_or_default();
        assert_eq!(link.contains("rel=\"next\""), !next.is_empty(), "{link}");
        assert!(
            link.contains(&format!(
                "page={}&per_page=4>; rel=\"last\"",
                total.div_ceil(4)
            )),
            "{link}"
        );
        walked.extend(ids(&r));
        page = (!next.is_empty()).then_some(next);
    }
    assert_eq!(walked, ids(&all));
    Ok(())
}
