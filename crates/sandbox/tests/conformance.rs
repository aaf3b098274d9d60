//! Every kind of answer the sandbox gives — each operation's success and each
//! of its errors — validates against the matching response of specs/*.yaml
//! (OpenAPI 3.0 schemas converted to JSON Schema, undeclared fields refused).

mod common;

use apitokens_sandbox::DynatraceToken;
use apitokens_sandbox::gitlab::GitLabToken;
use common::{
    Reply, Signer, Spec, TestResult, astra, astra_token, demo, dt_admin, dynatrace, emr,
    emr_request, execute, gateway_path, gitlab, gitlab_tokens, http, send, to_json_schema,
};
use reqwest::Method;
use secrecy::ExposeSecret;
use serde_json::json;

/// Checks replies against one spec and collects every failure.
struct Checker {
    spec: Spec,
    failures: Vec<String>,
    checked: usize,
}

impl Checker {
    fn new(file: &'static str) -> Result<Self, Box<dyn std::error::Error>> {
        Ok(Self {
            spec: Spec::load(file)?,
            failures: Vec::new(),
            checked: 0,
        })
    }

    /// `reply` must have `status` and match the declared response of `method path`.
    fn check(&mut self, what: &str, method: &str, path: &str, status: u16, reply: &Reply) {
        self.checked += 1;
        if reply.status != status {
            self.failures.push(format!(
                "{what}: expected {status}, got {} {}",
                reply.status,
                String::from_utf8_lossy(&reply.body)
            ));
            return;
        }
        if let Err(e) = self.spec.check(method, path, reply) {
            self.failures.push(format!("{what}: {e}"));
        }
    }

    /// `reply` must have `status` and a body matching the component schema `schema`.
    fn check_schema(&mut self, what: &str, schema: &str, status: u16, reply: &Reply) {
        self.checked += 1;
        if reply.status != status {
            self.failures
                .push(format!("{what}: expected {status}, got {}", reply.status));
            return;
        }
        if let Err(e) = self.spec.check_schema(schema, &reply.json()) {
            self.failures.push(format!("{what}: {e}"));
        }
    }

    fn finish(self) -> TestResult {
        assert!(self.checked > 0);
        if self.failures.is_empty() {
            Ok(())
        } else {
            Err(self.failures.join("\n\n").into())
        }
    }
}

fn enc(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[tokio::test]
async fn dynatrace_answers_match_the_spec() -> TestResult {
    let sb = demo().await?;
    sb.add_dynatrace_tokens(250);
    let admin = dt_admin(&sb);
    let reader = sb.add_dynatrace_token(DynatraceToken::named("reader").scopes(["apiTokens.read"]));
    let reader = reader.secret.expose_secret().to_string();
    let metrics = sb.add_dynatrace_token(DynatraceToken::named("metrics").scopes(["metrics.read"]));
    let metrics = metrics.secret.expose_secret().to_string();
    let mut c = Checker::new("dynatrace.yaml")?;
    let (get, post, put, delete) = (Method::GET, Method::POST, Method::PUT, Method::DELETE);
    const LIST: &str = "/apiTokens";
    const ONE: &str = "/apiTokens/{id}";
    const LOOKUP: &str = "/apiTokens/lookup";

    // listApiTokens
    let r = dynatrace(&sb, get.clone(), "/apiTokens", Some(&admin), None).await?;
    c.check("list, defaults", "GET", LIST, 200, &r);
    let all_fields = enc(
        "+personalAccessToken,+expirationDate,+lastUsedDate,+lastUsedIpAddress,+modifiedDate,+scopes,+additionalMetadata",
    );
    let r = dynatrace(
        &sb,
        get.clone(),
        &format!("/apiTokens?pageSize=100&sort=name&fields={all_fields}"),
        Some(&admin),
        None,
    )
    .await?;
    c.check("list, every field", "GET", LIST, 200, &r);
    let mut key = r.json()["nextPageKey"].as_str().map(str::to_string);
    let mut pages = 1;
    while let Some(next) = key {
        let r = dynatrace(
            &sb,
            get.clone(),
            &format!("/apiTokens?nextPageKey={next}"),
            Some(&admin),
            None,
        )
        .await?;
        c.check("list, later page", "GET", LIST, 200, &r);
        key = r.json()["nextPageKey"].as_str().map(str::to_string);
        pages += 1;
    }
    assert_eq!(pages, 3);
    let r = dynatrace(
        &sb,
        get.clone(),
        &format!(
            "/apiTokens?apiTokenSelector={}",
            enc("owner(\"nobody\"),personalAccessToken(true)")
        ),
        Some(&admin),
        None,
    )
    .await?;
    c.check("list, empty", "GET", LIST, 200, &r);
    for query in [
        "pageSize=99",
        "pageSize=10001",
        "pageSize=many",
        "nextPageKey=abc&pageSize=100",
        "nextPageKey=not-a-key",
        "fields=%2Bsecret",
        "sort=%2Bowner",
        "apiTokenSelector=owner(nobody",
        "from=yesterday",
    ] {
        let r = dynatrace(
            &sb,
            get.clone(),
            &format!("/apiTokens?{query}"),
            Some(&admin),
            None,
        )
        .await?;
        c.check(&format!("list, {query}"), "GET", LIST, 400, &r);
    }
    let r = dynatrace(&sb, get.clone(), "/apiTokens", None, None).await?;
    c.check("list, no token", "GET", LIST, 401, &r);
    let r = dynatrace(
        &sb,
        get.clone(),
        "/apiTokens",
        Some("dt0c01.NOPE.NOPE"),
        None,
    )
    .await?;
    c.check("list, unknown token", "GET", LIST, 401, &r);
    let r = dynatrace(&sb, get.clone(), "/apiTokens", Some(&metrics), None).await?;
    c.check("list, missing scope", "GET", LIST, 403, &r);

    // getApiToken
    let id = sb.credentials().dynatrace_token_id().to_string();
    let r = dynatrace(
        &sb,
        get.clone(),
        &format!("/apiTokens/{id}"),
        Some(&reader),
        None,
    )
    .await?;
    c.check("get", "GET", ONE, 200, &r);
    let r = dynatrace(
        &sb,
        get.clone(),
        "/apiTokens/dt0c01.MISSING",
        Some(&admin),
        None,
    )
    .await?;
    c.check("get, unknown", "GET", ONE, 404, &r);
    let r = dynatrace(&sb, get.clone(), &format!("/apiTokens/{id}"), None, None).await?;
    c.check("get, no token", "GET", ONE, 401, &r);
    let r = dynatrace(
        &sb,
        get.clone(),
        &format!("/apiTokens/{id}"),
        Some(&metrics),
        None,
    )
    .await?;
    c.check("get, missing scope", "GET", ONE, 403, &r);

    // createApiToken
    let new = json!({"name": "ci", "scopes": ["metrics.read", "logs.ingest"], "expirationDate": "now+14d"});
    let r = dynatrace(&sb, post.clone(), "/apiTokens", Some(&admin), Some(new)).await?;
    c.check("create, expiring", "POST", LIST, 201, &r);
    let created = r.json();
    let created_id = created["id"].as_str().unwrap_or_default().to_string();
    let created_secret = created["token"].as_str().unwrap_or_default().to_string();
    let r = dynatrace(
        &sb,
        post.clone(),
        "/apiTokens",
        Some(&admin),
        Some(json!({"name": "pat", "scopes": ["apiTokens.read"], "personalAccessToken": true})),
    )
    .await?;
    c.check("create, never expiring", "POST", LIST, 201, &r);
    for (what, body) in [
        ("no scopes", json!({"name": "x", "scopes": []})),
        ("unknown scope", json!({"name": "x", "scopes": ["root"]})),
        (
            "read-only scope",
            json!({"name": "x", "scopes": ["ViewDashboard"]}),
        ),
        ("no name", json!({"scopes": ["metrics.read"]})),
        (
            "past expiry",
            json!({"name": "x", "scopes": ["metrics.read"], "expirationDate": "now-1d"}),
        ),
    ] {
        let r = dynatrace(&sb, post.clone(), "/apiTokens", Some(&admin), Some(body)).await?;
        c.check(&format!("create, {what}"), "POST", LIST, 400, &r);
    }
    let r = send(
        http()
            .post(format!("{}/api/v2/apiTokens", sb.url()))
            .header("authorization", format!("Api-Token {admin}"))
            .body("{not json"),
    )
    .await?;
    c.check("create, not JSON", "POST", LIST, 400, &r);
    let r = dynatrace(
        &sb,
        post.clone(),
        "/apiTokens",
        Some(&reader),
        Some(json!({"name": "x", "scopes": ["metrics.read"]})),
    )
    .await?;
    c.check("create, read-only token", "POST", LIST, 403, &r);

    // updateApiToken
    let path = format!("/apiTokens/{created_id}");
    let r = dynatrace(
        &sb,
        put.clone(),
        &path,
        Some(&admin),
        Some(json!({"name": "renamed", "scopes": ["metrics.read"]})),
    )
    .await?;
    c.check("update", "PUT", ONE, 204, &r);
    let r = dynatrace(
        &sb,
        put.clone(),
        &format!("/apiTokens/{id}"),
        Some(&admin),
        Some(json!({"enabled": false})),
    )
    .await?;
    c.check("update, disable own", "PUT", ONE, 400, &r);
    let r = dynatrace(
        &sb,
        put.clone(),
        &path,
        Some(&admin),
        Some(json!({"scopes": ["nope"]})),
    )
    .await?;
    c.check("update, unknown scope", "PUT", ONE, 400, &r);
    let r = dynatrace(
        &sb,
        put.clone(),
        "/apiTokens/dt0c01.MISSING",
        Some(&admin),
        Some(json!({"name": "x"})),
    )
    .await?;
    c.check("update, unknown", "PUT", ONE, 404, &r);
    let r = dynatrace(
        &sb,
        put.clone(),
        &path,
        Some(&reader),
        Some(json!({"name": "x"})),
    )
    .await?;
    c.check("update, read-only token", "PUT", ONE, 403, &r);

    // lookupApiToken
    let r = dynatrace(
        &sb,
        post.clone(),
        LOOKUP,
        Some(&metrics),
        Some(json!({"token": created_secret})),
    )
    .await?;
    c.check("lookup, any scope", "POST", LOOKUP, 200, &r);
    let r = dynatrace(
        &sb,
        post.clone(),
        LOOKUP,
        Some(&admin),
        Some(json!({"token": "dt0c01.NOPE.NOPE"})),
    )
    .await?;
    c.check("lookup, unknown", "POST", LOOKUP, 404, &r);
    let r = dynatrace(&sb, post.clone(), LOOKUP, Some(&admin), Some(json!({}))).await?;
    c.check("lookup, no token", "POST", LOOKUP, 400, &r);
    let r = dynatrace(
        &sb,
        post.clone(),
        LOOKUP,
        None,
        Some(json!({"token": created_secret})),
    )
    .await?;
    c.check("lookup, unauthenticated", "POST", LOOKUP, 401, &r);

    // deleteApiToken
    let r = dynatrace(
        &sb,
        delete.clone(),
        &format!("/apiTokens/{id}"),
        Some(&admin),
        None,
    )
    .await?;
    c.check("delete, own", "DELETE", ONE, 400, &r);
    let r = dynatrace(&sb, delete.clone(), &path, Some(&reader), None).await?;
    c.check("delete, read-only token", "DELETE", ONE, 403, &r);
    let r = dynatrace(&sb, delete.clone(), &path, Some(&admin), None).await?;
    c.check("delete", "DELETE", ONE, 204, &r);
    let r = dynatrace(&sb, delete.clone(), &path, Some(&admin), None).await?;
    c.check("delete, gone", "DELETE", ONE, 404, &r);

    // Paths and methods Dynatrace does not serve still answer an ErrorEnvelope.
    let r = dynatrace(&sb, get.clone(), "/apiTokenz", Some(&admin), None).await?;
    c.check_schema("unknown path", "ErrorEnvelope", 404, &r);
    let r = dynatrace(&sb, Method::PATCH.clone(), &path, Some(&admin), None).await?;
    c.check_schema("unknown method", "ErrorEnvelope", 405, &r);
    let r = dynatrace(&sb, get.clone(), "/apiTokens/%FF", Some(&admin), None).await?;
    c.check_schema("undecodable path", "ErrorEnvelope", 400, &r);
    c.finish()
}

#[tokio::test]
async fn astra_answers_match_the_spec() -> TestResult {
    let sb = demo().await?;
    let token = astra_token(&sb);
    let mut c = Checker::new("astra.yaml")?;
    let (get, post, put, delete) = (Method::GET, Method::POST, Method::PUT, Method::DELETE);
    const LIST: &str = "/accounts/{account_id}/core/v1/users/{user_id}/tokens";
    const ONE: &str = "/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}";

    // listTokens
    let r = astra(&sb, get.clone(), "", Some(&token), None).await?;
    c.check("list", "GET", LIST, 200, &r);
    let r = astra(&sb, get.clone(), "?limit=2&count=true", Some(&token), None).await?;
    c.check("list, first page", "GET", LIST, 200, &r);
    let mut next = r.json()["metadata"]["continue"]
        .as_str()
        .map(str::to_string);
    while let Some(key) = next {
        let r = astra(
            &sb,
            get.clone(),
            &format!("?limit=2&continue={}", enc(&key)),
            Some(&token),
            None,
        )
        .await?;
        c.check("list, later page", "GET", LIST, 200, &r);
        next = r.json()["metadata"]["continue"]
            .as_str()
            .map(str::to_string);
    }
    let r = astra(
        &sb,
        get.clone(),
        &format!(
            "?filter={}&orderBy=name%20desc",
            enc("name eq 'Snapshot Script'")
        ),
        Some(&token),
        None,
    )
    .await?;
    c.check("list, filtered", "GET", LIST, 200, &r);
    for (query, status) in [
        ("?limit=0", 400),
        ("?limit=two", 400),
        ("?continue=%21%21", 400),
        ("?count=yes", 400),
        ("?orderBy=metadata", 400),
        ("?filter=name%20like%20%27x%27", 400),
        ("?colour=blue", 400),
    ] {
        let r = astra(&sb, get.clone(), query, Some(&token), None).await?;
        c.check(&format!("list, {query}"), "GET", LIST, status, &r);
    }
    let r = astra(&sb, get.clone(), "", None, None).await?;
    c.check("list, no bearer", "GET", LIST, 401, &r);
    let r = astra(&sb, get.clone(), "", Some("bm9wZQ=="), None).await?;
    c.check("list, unknown bearer", "GET", LIST, 401, &r);
    let other_account = format!(
        "{}/accounts/{}/core/v1/users/{}/tokens",
        sb.url(),
        uuid::Uuid::new_v4(),
        sb.credentials().astra_user_id()
    );
    let r = send(http().get(&other_account).bearer_auth(&token)).await?;
    c.check("list, another account", "GET", LIST, 403, &r);
    let unknown_user = format!(
        "{}/accounts/{}/core/v1/users/{}/tokens",
        sb.url(),
        sb.credentials().astra_account_id(),
        uuid::Uuid::new_v4()
    );
    let r = send(http().get(&unknown_user).bearer_auth(&token)).await?;
    c.check("list, unknown user", "GET", LIST, 404, &r);

    // createToken
    let body = json!({"type": "application/astra-token", "version": "1.0", "name": "Conformance",
                      "metadata": {"labels": [{"name": "team", "value": "qa"}]}});
    let r = astra(&sb, post.clone(), "", Some(&token), Some(body)).await?;
    c.check("create", "POST", LIST, 201, &r);
    let created = r.json()["id"].as_str().unwrap_or_default().to_string();
    let bad_bodies = [
        (
            "schema: type",
            json!({"type": "x", "version": "1.0", "name": "n"}),
        ),
        (
            "schema: extra field",
            json!({"type": "application/astra-token", "version": "1.0", "name": "n", "token": "x"}),
        ),
        (
            "schema: long name",
            json!({"type": "application/astra-token", "version": "1.0", "name": "n".repeat(64)}),
        ),
        (
            "extended validation",
            json!({"type": "application/astra-token", "version": "1.0", "name": "<script>"}),
        ),
    ];
    for (what, body) in bad_bodies {
        let r = astra(&sb, post.clone(), "", Some(&token), Some(body)).await?;
        c.check(&format!("create, {what}"), "POST", LIST, 400, &r);
    }
    let r = send(
        http()
            .post(format!(
                "{}/accounts/{}/core/v1/users/{}/tokens",
                sb.url(),
                sb.credentials().astra_account_id(),
                sb.credentials().astra_user_id()
            ))
            .bearer_auth(&token)
            .body("{oops"),
    )
    .await?;
    c.check("create, not JSON", "POST", LIST, 400, &r);
    let r = send(http().post(&unknown_user).bearer_auth(&token).body(
        json!({"type": "application/astra-token", "version": "1.0", "name": "n"}).to_string(),
    ))
    .await?;
    c.check("create, unknown user", "POST", LIST, 404, &r);

    // getToken
    let r = astra(&sb, get.clone(), &format!("/{created}"), Some(&token), None).await?;
    c.check("get", "GET", ONE, 200, &r);
    let r = astra(
        &sb,
        get.clone(),
        &format!("/{}", uuid::Uuid::new_v4()),
        Some(&token),
        None,
    )
    .await?;
    c.check("get, unknown", "GET", ONE, 404, &r);
    let r = astra(&sb, get.clone(), &format!("/{created}"), None, None).await?;
    c.check("get, no bearer", "GET", ONE, 401, &r);

    // updateToken
    let base = json!({"type": "application/astra-token", "version": "1.0"});
    let mut rename = base.clone();
    rename["name"] = "Renamed".into();
    rename["id"] = created.clone().into();
    let r = astra(
        &sb,
        put.clone(),
        &format!("/{created}"),
        Some(&token),
        Some(rename),
    )
    .await?;
    c.check("update", "PUT", ONE, 204, &r);
    let mut conflict = base.clone();
    conflict["id"] = uuid::Uuid::new_v4().to_string().into();
    let r = astra(
        &sb,
        put.clone(),
        &format!("/{created}"),
        Some(&token),
        Some(conflict),
    )
    .await?;
    c.check("update, conflicting id", "PUT", ONE, 409, &r);
    let r = astra(
        &sb,
        put.clone(),
        &format!("/{created}"),
        Some(&token),
        Some(json!({"version": "1.0"})),
    )
    .await?;
    c.check("update, no type", "PUT", ONE, 400, &r);
    let r = astra(
        &sb,
        put.clone(),
        &format!("/{}", uuid::Uuid::new_v4()),
        Some(&token),
        Some(base.clone()),
    )
    .await?;
    c.check("update, unknown", "PUT", ONE, 404, &r);

    // deleteToken
    let r = astra(
        &sb,
        delete.clone(),
        &format!("/{created}"),
        Some(&token),
        None,
    )
    .await?;
    c.check("delete", "DELETE", ONE, 204, &r);
    let r = astra(
        &sb,
        delete.clone(),
        &format!("/{created}"),
        Some(&token),
        None,
    )
    .await?;
    c.check("delete, gone", "DELETE", ONE, 404, &r);
    let r = astra(
        &sb,
        delete.clone(),
        &format!("/{created}"),
        Some("bm9wZQ=="),
        None,
    )
    .await?;
    c.check("delete, unknown bearer", "DELETE", ONE, 401, &r);

    // Unserved paths and methods still answer problem details.
    let r = astra(
        &sb,
        Method::PATCH.clone(),
        &format!("/{created}"),
        Some(&token),
        None,
    )
    .await?;
    c.check_schema("unknown method", "ProblemDetail", 405, &r);
    let r = send(http().get(format!("{}/accounts/x/core/v1/groups", sb.url()))).await?;
    c.check_schema("unknown path", "ProblemDetail", 404, &r);
    let r = astra(&sb, get.clone(), "/%FF", Some(&token), None).await?;
    c.check_schema("undecodable path", "ProblemDetail", 400, &r);
    c.finish()
}

/// RAM denials come from the API gateway: HTTP 403, PascalCase, with the
/// `AccessDeniedDetail` of the denied action.
#[tokio::test]
async fn emr_ram_denials_match_the_spec() -> TestResult {
    let sb = demo().await?;
    let mut c = Checker::new("emr-serverless-spark.yaml")?;
    const TOKENS: &str =
        "/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token";
    let region = sb.credentials().region().to_string();
    let tokens = gateway_path(&sb, &format!("/token?regionId={region}"));
    sb.deny_emr_action("ListLivyComputeToken");
    let r = emr(&sb, Method::GET, &tokens, "ListLivyComputeToken", None).await?;
    c.check("list, denied by RAM", "GET", TOKENS, 403, &r);
    let body = r.json();
    assert_eq!(body["Code"], "Forbidden.RAM");
    assert_eq!(
        body["AccessDeniedDetail"]["AuthAction"],
        "emr-serverless-spark:ListLivyComputeToken"
    );
    assert_eq!(
        body["AccessDeniedDetail"]["NoPermissionType"],
        "ImplicitDeny"
    );
    assert_eq!(body["RequestId"].as_str(), r.header("x-acs-request-id"));
    // Other actions are still allowed.
    let r = emr(
        &sb,
        Method::PUT,
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "n"})),
    )
    .await?;
    c.check("create, allowed", "PUT", TOKENS, 200, &r);
    c.finish()
}

#[tokio::test]
async fn emr_answers_match_the_spec() -> TestResult {
    let sb = demo().await?;
    let mut c = Checker::new("emr-serverless-spark.yaml")?;
    let region = sb.credentials().region().to_string();
    let workspace = sb.credentials().workspace_id().to_string();
    let (get, put, post, delete) = (Method::GET, Method::PUT, Method::POST, Method::DELETE);
    const GATEWAYS: &str = "/api/interactive/v1/workspace/{workspaceBizId}/livycompute";
    const GATEWAY: &str =
        "/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}";
    const TOKENS: &str =
        "/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token";
    const TOKEN: &str = "/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}";
    let q = format!("?regionId={region}");
    let gateways = format!("/api/interactive/v1/workspace/{workspace}/livycompute{q}");
    let tokens = gateway_path(&sb, &format!("/token{q}"));

    // ListLivyCompute, GetLivyCompute
    let r = emr(&sb, get.clone(), &gateways, "ListLivyCompute", None).await?;
    c.check("list gateways", "GET", GATEWAYS, 200, &r);
    let r = emr(
        &sb,
        get.clone(),
        &gateway_path(&sb, &q),
        "GetLivyCompute",
        None,
    )
    .await?;
    c.check("get gateway", "GET", GATEWAY, 200, &r);
    let missing_gateway =
        format!("/api/interactive/v1/workspace/{workspace}/livycompute/lc-missing{q}");
    let r = emr(&sb, get.clone(), &missing_gateway, "GetLivyCompute", None).await?;
    c.check(
        "get gateway, unknown (HTTP 200 error)",
        "GET",
        GATEWAY,
        200,
        &r,
    );
    let r = emr(
        &sb,
        get.clone(),
        "/api/interactive/v1/workspace/w-missing/livycompute",
        "ListLivyCompute",
        None,
    )
    .await?;
    c.check("list gateways, unknown workspace", "GET", GATEWAYS, 200, &r);

    // CreateLivyComputeToken
    let body = json!({"name": "conformance", "token": "0123456789abcdef0123", "autoExpireConfiguration": {"enable": true, "expireDays": 30}});
    let r = emr(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&body),
    )
    .await?;
    c.check("create", "PUT", TOKENS, 200, &r);
    let id = r.json()["data"]["tokenId"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let r = emr(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "generated"})),
    )
    .await?;
    c.check("create, generated content", "PUT", TOKENS, 200, &r);
    let r = emr(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "short", "token": "tooshort"})),
    )
    .await?;
    c.check("create, short content", "PUT", TOKENS, 400, &r);

    // ListLivyComputeToken, GetLivyComputeToken
    let r = emr(&sb, get.clone(), &tokens, "ListLivyComputeToken", None).await?;
    c.check("list", "GET", TOKENS, 200, &r);
    let one = gateway_path(&sb, &format!("/token/{id}{q}"));
    let r = emr(&sb, get.clone(), &one, "GetLivyComputeToken", None).await?;
    c.check("get", "GET", TOKEN, 200, &r);
    let missing = gateway_path(&sb, &format!("/token/lctk-missing{q}"));
    let r = emr(&sb, get.clone(), &missing, "GetLivyComputeToken", None).await?;
    c.check("get, unknown (HTTP 200 error)", "GET", TOKEN, 200, &r);
    assert_eq!(r.json()["code"], "Tokens.NotFound");

    // RefreshLivyComputeToken
    let refresh = json!({"name": "refreshed", "token": "fedcba9876543210fedcba", "autoExpireConfiguration": {"enable": true, "expireDays": 7}});
    let r = emr(
        &sb,
        post.clone(),
        &one,
        "RefreshLivyComputeToken",
        Some(&refresh),
    )
    .await?;
    c.check("refresh", "POST", TOKEN, 200, &r);
    let r = emr(
        &sb,
        post.clone(),
        &missing,
        "RefreshLivyComputeToken",
        Some(&refresh),
    )
    .await?;
    c.check("refresh, unknown (HTTP 200 error)", "POST", TOKEN, 200, &r);
    let r = emr(
        &sb,
        post.clone(),
        &one,
        "RefreshLivyComputeToken",
        Some(&json!({"autoExpireConfiguration": "soon"})),
    )
    .await?;
    c.check("refresh, invalid", "POST", TOKEN, 400, &r);

    // DeleteLivyComputeToken
    let r = emr(&sb, delete.clone(), &one, "DeleteLivyComputeToken", None).await?;
    c.check("delete", "DELETE", TOKEN, 200, &r);
    let r = emr(&sb, delete.clone(), &one, "DeleteLivyComputeToken", None).await?;
    c.check("delete, gone (HTTP 200 error)", "DELETE", TOKEN, 200, &r);

    // Signature failures: Alibaba's 4xx error envelope.
    let signer = Signer::new(&sb);
    let request = emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &signer,
    )?;
    let r = execute(request.try_clone().ok_or("clone")?).await?;
    c.check("list, signed", "GET", TOKENS, 200, &r);
    let r = execute(request).await?;
    c.check("list, replayed nonce", "GET", TOKENS, 400, &r);
    let mut stale = Signer::new(&sb);
    stale.now -= chrono::Duration::minutes(20);
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &stale,
    )?)
    .await?;
    c.check("list, stale date", "GET", TOKENS, 400, &r);
    let stranger = Signer::with_key(apitokens_emr_serverless_spark::signing::AccessKey::new(
        "LTAIunknownkey",
        "secret".to_string(),
    ));
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "ListLivyComputeToken",
        None,
        &stranger,
    )?)
    .await?;
    c.check("list, unknown AccessKey", "GET", TOKENS, 404, &r);
    let mut tampered = emr_request(
        &sb,
        put.clone(),
        &tokens,
        "CreateLivyComputeToken",
        Some(&json!({"name": "a"})),
        &Signer::new(&sb),
    )?;
    *tampered.body_mut() = Some(json!({"name": "b"}).to_string().into());
    let r = execute(tampered).await?;
    c.check("create, body changed after signing", "PUT", TOKENS, 400, &r);
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &tokens,
        "GetLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?)
    .await?;
    c.check("list, wrong action", "GET", TOKENS, 404, &r);
    let r = send(http().get(format!("{}{tokens}", sb.url()))).await?;
    c.check("list, unsigned", "GET", TOKENS, 400, &r);
    let r = execute(emr_request(
        &sb,
        get.clone(),
        &gateway_path(&sb, "/nothing"),
        "ListLivyComputeToken",
        None,
        &Signer::new(&sb),
    )?)
    .await?;
    c.check_schema("unknown path", "ErrorResponse", 404, &r);
    let r = emr(
        &sb,
        get.clone(),
        &gateway_path(&sb, "/token/%FF"),
        "GetLivyComputeToken",
        None,
    )
    .await?;
    c.check_schema("undecodable path", "ErrorResponse", 400, &r);
    c.finish()
}

#[tokio::test]
async fn gitlab_answers_match_the_spec() -> TestResult {
    let sb = demo().await?;
    let gl = &sb.vendors().gitlab;
    gl.add_tokens(45);
    let (admin, user) = gitlab_tokens(&sb);
    let user_id = gl.credentials().user_id();
    let reader = gl.add_token(GitLabToken::named("reader").scopes(["read_user"]));
    let reader = reader.secret.expose_secret().to_string();
    let mut c = Checker::new("gitlab.yaml")?;
    let (get, post, delete) = (Method::GET, Method::POST, Method::DELETE);
    const LIST: &str = "/personal_access_tokens";
    const ONE: &str = "/personal_access_tokens/{id}";
    const SELF: &str = "/personal_access_tokens/self";
    const ROTATE: &str = "/personal_access_tokens/{id}/rotate";
    const ROTATE_SELF: &str = "/personal_access_tokens/self/rotate";
    const CREATE: &str = "/users/{user_id}/personal_access_tokens";

    // listPersonalAccessTokens
    for query in [
        "",
        "?per_page=100",
        "?page=3&per_page=20",
        "?page=99",
        "?state=active&revoked=false&sort=expires_asc",
        "?state=inactive&sort=last_used_desc",
        "?revoked=true",
        "?search=AUTOMATION&created_after=2000-01-01T00:00:00Z&created_before=2100-01-01",
        "?last_used_after=2000-01-01T00:00:00Z&last_used_before=2100-01-01T00:00:00Z",
        "?expires_after=2000-01-01&expires_before=2100-01-01",
        "?user_id=2&sort=name_desc",
        "?search=nothing-has-this-name",
    ] {
        let r = gitlab(
            &sb,
            get.clone(),
            &format!("{LIST}{query}"),
            Some(&admin),
            None,
        )
        .await?;
        c.check(&format!("list{query}"), "GET", LIST, 200, &r);
    }
    let r = gitlab(&sb, get.clone(), LIST, Some(&user), None).await?;
    c.check("list, plain user", "GET", LIST, 200, &r);
    for query in [
        "state=expired",
        "revoked=maybe",
        "created_after=soon",
        "sort=owner",
    ] {
        let r = gitlab(
            &sb,
            get.clone(),
            &format!("{LIST}?{query}"),
            Some(&admin),
            None,
        )
        .await?;
        c.check(&format!("list, {query}"), "GET", LIST, 400, &r);
    }
    let r = gitlab(&sb, get.clone(), LIST, None, None).await?;
    c.check("list, no token", "GET", LIST, 401, &r);
    let r = gitlab(
        &sb,
        get.clone(),
        LIST,
        Some("glpat-NOTATOKEN0000000000"),
        None,
    )
    .await?;
    c.check("list, unknown token", "GET", LIST, 401, &r);
    let r = gitlab(
        &sb,
        get.clone(),
        &format!("{LIST}?user_id=1"),
        Some(&user),
        None,
    )
    .await?;
    c.check("list, another user's, not admin", "GET", LIST, 401, &r);

    // getPersonalAccessToken, getPersonalAccessTokenSelf
    let r = gitlab(&sb, get.clone(), &format!("{LIST}/1"), Some(&admin), None).await?;
    c.check("get", "GET", ONE, 200, &r);
    let r = gitlab(
        &sb,
        get.clone(),
        &format!("{LIST}/999999"),
        Some(&admin),
        None,
    )
    .await?;
    c.check("get, unknown, admin", "GET", ONE, 404, &r);
    let r = gitlab(&sb, get.clone(), &format!("{LIST}/1"), Some(&user), None).await?;
    c.check("get, another user's", "GET", ONE, 401, &r);
    let r = gitlab(
        &sb,
        get.clone(),
        "/personal_access_tokens/self",
        Some(&reader),
        None,
    )
    .await?;
    c.check("get self", "GET", SELF, 200, &r);
    let r = gitlab(&sb, get.clone(), "/personal_access_tokens/self", None, None).await?;
    c.check("get self, no token", "GET", SELF, 401, &r);

    // createPersonalAccessTokenForUser
    let body = json!({"name": "Conformance", "scopes": ["api", "read_repository"],
        "description": "made by the test", "expires_at": "2099-01-01"});
    let path = format!("/users/{user_id}/personal_access_tokens");
    let r = gitlab(&sb, post.clone(), &path, Some(&admin), Some(body.clone())).await?;
    c.check("create, with an expiry too far", "POST", CREATE, 400, &r);
    let expires = (chrono::Utc::now() + chrono::Duration::days(30)).format("%Y-%m-%d");
    let body = json!({"name": "Conformance", "scopes": ["api", "read_repository"],
        "description": "made by the test", "expires_at": expires.to_string()});
    let r = gitlab(&sb, post.clone(), &path, Some(&admin), Some(body.clone())).await?;
    c.check("create", "POST", CREATE, 201, &r);
    let created = r.json()["id"].as_i64().unwrap_or_default();
    let secret = r.json()["token"].as_str().unwrap_or_default().to_string();
    for bad in [
        json!({"scopes": ["api"]}),
        json!({"name": "n"}),
        json!({"name": "n", "scopes": []}),
        json!({"name": "n", "scopes": ["everything"]}),
        json!({"name": "n", "scopes": ["api"], "expires_at": "2001-01-01"}),
    ] {
        let r = gitlab(&sb, post.clone(), &path, Some(&admin), Some(bad.clone())).await?;
        c.check(&format!("create, {bad}"), "POST", CREATE, 400, &r);
    }
    let r = gitlab(&sb, post.clone(), &path, Some(&user), Some(body.clone())).await?;
    c.check("create, not admin", "POST", CREATE, 403, &r);
    let r = gitlab(&sb, post.clone(), &path, None, Some(body.clone())).await?;
    c.check("create, no token", "POST", CREATE, 401, &r);
    let r = gitlab(
        &sb,
        post.clone(),
        "/users/424242/personal_access_tokens",
        Some(&admin),
        Some(body.clone()),
    )
    .await?;
    c.check("create, unknown user", "POST", CREATE, 404, &r);
    let r = gitlab(&sb, post.clone(), &path, Some(&reader), Some(body)).await?;
    c.check("create, insufficient scope", "POST", CREATE, 403, &r);

    // rotatePersonalAccessToken, rotatePersonalAccessTokenSelf
    let rotate = format!("{LIST}/{created}/rotate");
    let r = gitlab(&sb, post.clone(), &rotate, Some(&admin), None).await?;
    c.check("rotate", "POST", ROTATE, 200, &r);
    let r = gitlab(&sb, post.clone(), &rotate, Some(&admin), None).await?;
    c.check("rotate, revoked", "POST", ROTATE, 400, &r);
    let r = gitlab(
        &sb,
        post.clone(),
        &format!("{LIST}/999999/rotate"),
        Some(&admin),
        None,
    )
    .await?;
    c.check("rotate, unknown", "POST", ROTATE, 404, &r);
    let r = gitlab(
        &sb,
        post.clone(),
        &format!("{LIST}/1/rotate"),
        Some(&user),
        None,
    )
    .await?;
    c.check("rotate, another user's", "POST", ROTATE, 401, &r);
    let r = gitlab(
        &sb,
        post.clone(),
        "/personal_access_tokens/self/rotate?expires_at=2001-01-01",
        Some(&secret),
        None,
    )
    .await?;
    c.check("rotate self, past expiry", "POST", ROTATE_SELF, 401, &r);
    let other = gl.add_token(GitLabToken::named("self rotation"));
    let other = other.secret.expose_secret().to_string();
    let r = gitlab(
        &sb,
        post.clone(),
        "/personal_access_tokens/self/rotate?expires_at=2001-01-01",
        Some(&other),
        None,
    )
    .await?;
    c.check("rotate self, past expiry", "POST", ROTATE_SELF, 400, &r);
    let r = gitlab(
        &sb,
        post.clone(),
        "/personal_access_tokens/self/rotate",
        Some(&reader),
        None,
    )
    .await?;
    c.check(
        "rotate self, insufficient scope",
        "POST",
        ROTATE_SELF,
        403,
        &r,
    );
    let r = gitlab(
        &sb,
        post.clone(),
        "/personal_access_tokens/self/rotate",
        Some(&other),
        None,
    )
    .await?;
    c.check("rotate self", "POST", ROTATE_SELF, 200, &r);

    // revokePersonalAccessToken, revokePersonalAccessTokenSelf
    let victim = gl.add_token(GitLabToken::named("victim").user(gl.credentials().admin_user_id()));
    let r = gitlab(
        &sb,
        delete.clone(),
        &format!("{LIST}/{}", victim.id),
        Some(&user),
        None,
    )
    .await?;
    c.check("revoke, another user's", "DELETE", ONE, 403, &r);
    let r = gitlab(
        &sb,
        delete.clone(),
        &format!("{LIST}/{}", victim.id),
        Some(&admin),
        None,
    )
    .await?;
    c.check("revoke", "DELETE", ONE, 204, &r);
    let r = gitlab(
        &sb,
        delete.clone(),
        &format!("{LIST}/{}", victim.id),
        None,
        None,
    )
    .await?;
    c.check("revoke, no token", "DELETE", ONE, 401, &r);
    // The spec declares no 404 here; GitLab's body is its `ApiError`.
    let r = gitlab(
        &sb,
        delete.clone(),
        &format!("{LIST}/999999"),
        Some(&admin),
        None,
    )
    .await?;
    c.check_schema("revoke, unknown", "ApiError", 404, &r);
    let r = gitlab(
        &sb,
        delete.clone(),
        "/personal_access_tokens/self",
        Some(&reader),
        None,
    )
    .await?;
    c.check("revoke self", "DELETE", SELF, 204, &r);
    let r = gitlab(
        &sb,
        delete.clone(),
        "/personal_access_tokens/self",
        Some(&reader),
        None,
    )
    .await?;
    c.check("revoke self, revoked", "DELETE", SELF, 401, &r);

    // What no route serves, in GitLab's shape.
    let r = gitlab(&sb, Method::PUT, &format!("{LIST}/1"), Some(&admin), None).await?;
    c.check_schema("unknown method", "ApiError", 405, &r);
    let r = gitlab(&sb, get.clone(), "/projects", Some(&admin), None).await?;
    c.check_schema("unknown path", "ApiError", 404, &r);
    let r = gitlab(&sb, get.clone(), &format!("{LIST}/%FF"), Some(&admin), None).await?;
    c.check_schema("undecodable path", "ApiError", 400, &r);
    c.finish()
}

#[test]
fn the_conversion_handles_refs_and_nullable() {
    let converted = to_json_schema(&json!({
        "type": "object",
        "properties": {
            "next": {"type": "string", "nullable": true},
            "item": {"$ref": "#/components/schemas/Item"},
        },
        "x-extensible-enum": ["a"],
    }));
    assert_eq!(
        converted,
        json!({
            "type": "object",
            "properties": {
                "next": {"type": ["string", "null"]},
                "item": {"$ref": "#/definitions/Item"},
            },
            "additionalProperties": false,
        })
    );
}
