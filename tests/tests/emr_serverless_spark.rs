//! The generated EMR Serverless Spark client over real HTTP on loopback,
//! against a server that verifies every ACS3-HMAC-SHA256 signature from the
//! request it received and answers 401 on a mismatch.

use apitokens::emr_serverless_spark::signing::{self, AccessKey, RequestParts};
use apitokens::emr_serverless_spark::{Client, Credentials};
use apitokens::{EmrServerlessSparkSource, ErrorKind, ExposeSecret, Source, Vendor};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const KEY_ID: &str = "LTAI5tTestAccessKeyId";
const KEY_SECRET: &str = "TestAccessKeySecretNeverPrinted";
const STS_TOKEN: &str = "TestStsSecurityTokenNeverPrinted";
const WORKSPACE: &str = "w-8adde60aa809701f";
const GATEWAY: &str = "lc-6mkvn01zrg8rqhhv";
const GET_EXAMPLE: &str = include_str!("../fixtures/emr-get-livy-compute-token.json");
const LIST_EXAMPLE: &str = include_str!("../fixtures/emr-list-livy-compute-token.json");

fn credentials() -> Credentials {
    AccessKey::new(KEY_ID, KEY_SECRET.to_string()).with_security_token(STS_TOKEN.to_string())
}

/// Answers `body` when the request's signature verifies, else Alibaba's 401.
struct Verified {
    body: &'static str,
    action: &'static str,
}

fn verify(request: &Request, action: &str) -> Result<(), String> {
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let authorization = header("authorization");
    let fields = authorization
        .strip_prefix("ACS3-HMAC-SHA256 ")
        .ok_or("not an ACS3 authorization")?;
    let field = |name: &str| {
        fields
            .split(',')
            .find_map(|f| f.strip_prefix(&format!("{name}=")))
            .unwrap_or_default()
            .to_string()
    };
    if field("Credential") != KEY_ID {
        return Err("unknown AccessKey ID".into());
    }
    if header("x-acs-action") != action || header("x-acs-version") != "2023-08-08" {
        return Err("wrong action or version".into());
    }
    if header("x-acs-security-token") != STS_TOKEN {
        return Err("missing STS token".into());
    }
    let hashed = signing::sha256_hex(&request.body);
    if header("x-acs-content-sha256") != hashed {
        return Err("body hash mismatch".into());
    }
    let signed_names = field("SignedHeaders");
    let values: Vec<(String, String)> = signed_names
        .split(';')
        .map(|name| (name.to_string(), header(name)))
        .collect();
    let headers: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let query: Vec<(String, String)> = request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let parts = RequestParts {
        method: request.method.as_str(),
        path: request.url.path(),
        query: &query,
        headers: &headers,
        hashed_payload: &hashed,
    };
    let expected = signing::authorization(&parts, &AccessKey::new(KEY_ID, KEY_SECRET.to_string()));
    if expected != authorization {
        return Err("signature mismatch".into());
    }
    Ok(())
}

impl Respond for Verified {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        match verify(request, self.action) {
            Ok(()) => ResponseTemplate::new(200).set_body_raw(self.body, "application/json;charset=utf-8"),
            Err(reason) => ResponseTemplate::new(401).set_body_json(serde_json::json!({
                "requestId": "0C6D6A5F-0000-0000-0000-000000000401",
                "code": "IncompleteSignature",
                "message": format!("The request signature does not conform to Aliyun standards: {reason}"),
            })),
        }
    }
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    let base = format!("/api/interactive/v1/workspace/{WORKSPACE}/livycompute/{GATEWAY}/token");
    Mock::given(method("GET"))
        .and(path(format!("{base}/lctk-xxxxxxxxxx")))
        .respond_with(Verified {
            body: GET_EXAMPLE,
            action: "GetLivyComputeToken",
        })
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(base))
        .respond_with(Verified {
            body: LIST_EXAMPLE,
            action: "ListLivyComputeToken",
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn get_livy_compute_token_is_signed_and_decodes_the_page_example()
-> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let client = Client::connect(&server.uri(), credentials())?;
    let response = client
        .get_livy_compute_token()
        .workspace_biz_id(WORKSPACE)
        .livy_compute_id(GATEWAY)
        .token_id("lctk-xxxxxxxxxx")
        .region_id("cn-hangzhou")
        .send()
        .await?
        .into_inner();
    assert_eq!(
        response.request_id.as_deref(),
        Some("484D9DDA-300D-525E-AF7A-0CCCA5C64A7A")
    );
    assert_eq!(response.code.as_deref(), Some("1000000"));
    assert_eq!(response.message.as_deref(), Some("ok"));
    let token = response.data.ok_or("no data")?;
    assert_eq!(token.token_id.as_deref(), Some("lctk-xxxxxxxxxx"));
    assert_eq!(token.name.as_deref(), Some("test"));
    assert_eq!(
        token.token.as_ref().map(|t| t.expose()),
        Some("d25561157a635bb")
    );
    assert_eq!(token.created_by.as_deref(), Some("alice"));
    assert_eq!(token.create_time, Some(1749456094000));
    assert_eq!(token.expire_time, Some(1749457994000));
    assert_eq!(token.last_used_time, Some(1749456098000));
    let expiry = token
        .auto_expire_configuration
        .as_ref()
        .ok_or("no autoExpireConfiguration")?;
    assert_eq!(expiry.enable, Some(false));
    assert_eq!(expiry.expire_days, Some(7));
    assert!(!format!("{token:?}").contains("d25561157a635bb"));

    let requests = server.received_requests().await.ok_or("recording is off")?;
    assert_eq!(requests[0].url.query(), Some("regionId=cn-hangzhou"));
    Ok(())
}

#[tokio::test]
async fn list_livy_compute_token_is_signed_and_decodes_the_page_example()
-> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let client = Client::connect(&server.uri(), credentials())?;
    let response = client
        .list_livy_compute_token()
        .workspace_biz_id(WORKSPACE)
        .livy_compute_id(GATEWAY)
        .region_id("cn-hangzhou")
        .send()
        .await?;
    let tokens = response.into_inner().data.ok_or("no data")?.tokens;
    assert_eq!(tokens.len(), 1);
    let token = &tokens[0];
    assert_eq!(token.token_id.as_deref(), Some("lctk-xxxxxxxxxxx"));
    assert_eq!(token.name.as_deref(), Some("test"));
    assert_eq!(
        token.token.as_ref().map(|t| t.expose()),
        Some("5d37843fb6f1e8")
    );
    assert_eq!(token.createdby.as_deref(), Some("alice"));
    assert_eq!(token.create_time, Some(1749456094000));
    assert_eq!(token.expire_time, Some(1749456994000));
    assert_eq!(token.last_used_time, Some(1749456098000));
    Ok(())
}

#[tokio::test]
async fn a_wrong_secret_is_refused_by_the_verifying_server()
-> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let wrong = AccessKey::new(KEY_ID, "not-the-secret".to_string())
        .with_security_token(STS_TOKEN.to_string());
    let source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        wrong,
    )?;
    let error = source
        .get("lctk-xxxxxxxxxx")
        .await
        .err()
        .ok_or("a wrong signature was accepted")?;
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_eq!(error.vendor_code(), Some("IncompleteSignature"));
    assert_eq!(
        error.request_id(),
        Some("0C6D6A5F-0000-0000-0000-000000000401")
    );
    assert!(error.to_string().contains("signature mismatch"), "{error}");
    assert!(!error.to_string().contains("not-the-secret"));
    Ok(())
}

#[tokio::test]
async fn the_facade_maps_get_and_list_with_the_secret_kept_apart()
-> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let source: Source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        credentials(),
    )?
    .into();

    let token = source.get("lctk-xxxxxxxxxx").await?;
    assert_eq!(token.vendor, Vendor::EmrServerlessSpark);
    assert_eq!(token.owner.as_deref(), Some("alice"));
    assert_eq!(
        token.created_at.map(|t| t.timestamp_millis()),
        Some(1749456094000)
    );
    assert_eq!(
        token.expires_at.map(|t| t.timestamp_millis()),
        Some(1749457994000)
    );
    assert_eq!(
        token.last_used_at.map(|t| t.timestamp_millis()),
        Some(1749456098000)
    );
    assert_eq!(token.scopes, Vec::<String>::new());
    assert_eq!(
        token.secret().map(|s| s.expose_secret()),
        Some("d25561157a635bb")
    );
    for shown in [
        format!("{token:?}"),
        token.to_string(),
        serde_json::to_string(&token)?,
    ] {
        assert!(!shown.contains("d25561157a635bb"), "{shown}");
    }

    let tokens = source.list_all().await?;
    assert_eq!(tokens.len(), 1);
    assert_eq!(
        tokens[0].owner.as_deref(),
        Some("alice"),
        "the list's `createdby` is the owner"
    );
    assert_eq!(
        tokens[0].secret().map(|s| s.expose_secret()),
        Some("5d37843fb6f1e8")
    );
    Ok(())
}

#[tokio::test]
async fn an_http_200_with_an_error_code_is_an_error() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "requestId": "5F2A-REQ", "code": "Throttling.User", "message": "Request was denied due to user flow control."})))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "requestId": "5F2B-REQ", "code": "040003", "message": "livy compute token not exist"})))
        .mount(&server)
        .await;
    let source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        credentials(),
    )?;

    let error = source
        .get("lctk-1")
        .await
        .err()
        .ok_or("throttling was a success")?;
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert!(error.is_retryable());

    let error = source
        .get("lctk-1")
        .await
        .err()
        .ok_or("an error code was a success")?;
    assert_eq!(error.kind(), ErrorKind::Vendor);
    assert_eq!(error.status(), Some(200));
    assert_eq!(
        error.to_string(),
        "emr-serverless-spark getLivyComputeToken: vendor error (HTTP 200): 040003: livy compute token not exist [request id 5F2B-REQ]"
    );
    Ok(())
}

#[test]
fn credentials_never_show_their_secrets() {
    let shown = format!("{:?}", credentials());
    assert!(shown.contains(KEY_ID));
    assert!(
        !shown.contains(KEY_SECRET) && !shown.contains(STS_TOKEN),
        "{shown}"
    );
}

#[tokio::test]
async fn http_error_statuses_are_classified_with_alibabas_code_and_request_id()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let cases = [
        (400, "InvalidParameter", ErrorKind::InvalidRequest),
        (403, "Forbidden.RAM", ErrorKind::Forbidden),
        (404, "Tokens.NotFound", ErrorKind::NotFound),
        (429, "Throttling", ErrorKind::RateLimited),
        (500, "InternalError", ErrorKind::Server),
    ];
    for (status, code, _) in cases {
        Mock::given(path(format!("/api/interactive/v1/workspace/{WORKSPACE}/livycompute/{GATEWAY}/token/t{status}")))
            .respond_with(ResponseTemplate::new(status).set_body_json(serde_json::json!({
                "requestId": format!("REQ-{status}"), "code": code, "message": format!("alibaba says {status}"),
                "hostId": "emr-serverless-spark.cn-hangzhou.aliyuncs.com"})))
            .mount(&server)
            .await;
    }
    let source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        credentials(),
    )?;
    // Classification only: the throttling answer would otherwise be retried.
    let source = source
        .with_policy(apitokens::Policy::default().with_retry(apitokens::RetryPolicy::none()))?;
    for (status, code, kind) in cases {
        let error = source
            .get(&format!("t{status}"))
            .await
            .err()
            .ok_or("an error status succeeded")?;
        assert_eq!(error.kind(), kind, "{error}");
        assert_eq!(error.status(), Some(status));
        assert_eq!(error.vendor_code(), Some(code));
        assert_eq!(error.request_id(), Some(format!("REQ-{status}").as_str()));
        assert_eq!(
            error.to_string().split(": ").last(),
            Some(format!("alibaba says {status} [request id REQ-{status}]").as_str())
        );
    }
    Ok(())
}

/// Alibaba's API gateway answers signature, RAM and throttling failures in
/// PascalCase (`RequestId`, `HostId`, `Code`, `Message`, `Recommend`,
/// `AccessDeniedDetail`); the facade reads them as it reads the product's
/// camelCase envelope, and names what RAM denied without the principal's IDs.
#[tokio::test]
async fn gateway_errors_in_pascal_case_keep_code_message_request_id_and_the_ram_denial()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let base = format!("/api/interactive/v1/workspace/{WORKSPACE}/livycompute/{GATEWAY}/token");
    Mock::given(path(format!("{base}/ram")))
        .respond_with(ResponseTemplate::new(403).set_body_json(serde_json::json!({
            "RequestId": "0B3D5F7A-9C1E-5B2D-8F4A-6C8E0A2B4D6F",
            "HostId": "emr-serverless-spark.cn-hangzhou.aliyuncs.com",
            "Code": "Forbidden.RAM",
            "Message": "User not authorized to operate on the specified resource.",
            "Recommend": "https://api.alibabacloud.com/troubleshoot?q=Forbidden.RAM",
            "AccessDeniedDetail": {
                "AuthAction": "emr-serverless-spark:GetLivyComputeToken",
                "AuthPrincipalType": "SubUser",
                "AuthPrincipalOwnerId": "1*****************7",
                "AuthPrincipalDisplayName": "2***************9",
                "PolicyType": "AccountLevelIdentityBasedPolicy",
                "NoPermissionType": "ImplicitDeny",
                "EncodedDiagnosticMessage": "AQIBIAAAAOPdwKY2QLOvgMEc7Skko",
                "UserId": 123
            }
        })))
        .mount(&server)
        .await;
    Mock::given(path(format!("{base}/signature")))
        .respond_with(ResponseTemplate::new(400).set_body_json(serde_json::json!({
            "RequestId": "6A2C4B8E-1F3D-5A7B-9C0E-2D4F6A8B0C1E",
            "HostId": "emr-serverless-spark.cn-hangzhou.aliyuncs.com",
            "Code": "SignatureDoesNotMatch",
            "Message": "The request signature does not conform to Aliyun standards.",
            "Recommend": "https://api.alibabacloud.com/troubleshoot?q=SignatureDoesNotMatch"
        })))
        .mount(&server)
        .await;
    let source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        credentials(),
    )?;

    let denied = source
        .get("ram")
        .await
        .err()
        .ok_or("a RAM denial succeeded")?;
    assert_eq!(denied.kind(), ErrorKind::Forbidden, "{denied}");
    assert_eq!(denied.vendor_code(), Some("Forbidden.RAM"));
    assert_eq!(
        denied.request_id(),
        Some("0B3D5F7A-9C1E-5B2D-8F4A-6C8E0A2B4D6F")
    );
    let shown = denied.to_string();
    assert!(
        shown.contains(
            "User not authorized to operate on the specified resource. (RAM denied: action \
             emr-serverless-spark:GetLivyComputeToken, ImplicitDeny, AccountLevelIdentityBasedPolicy)"
        ),
        "{shown}"
    );
    for hidden in [
        "1*****************7",
        "2***************9",
        "AQIBIAAAAOPdwKY2QLOvgMEc7Skko",
    ] {
        assert!(!shown.contains(hidden), "{shown}");
    }

    let signature = source
        .get("signature")
        .await
        .err()
        .ok_or("a signature failure succeeded")?;
    assert_eq!(signature.kind(), ErrorKind::Unauthorized, "{signature}");
    assert_eq!(signature.status(), Some(400));
    assert_eq!(signature.vendor_code(), Some("SignatureDoesNotMatch"));
    assert_eq!(
        signature.request_id(),
        Some("6A2C4B8E-1F3D-5A7B-9C0E-2D4F6A8B0C1E")
    );
    assert!(
        signature
            .to_string()
            .contains("The request signature does not conform to Aliyun standards."),
        "{signature}"
    );
    Ok(())
}

#[tokio::test]
async fn create_signs_its_json_body_and_reads_the_new_content_back()
-> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let collection =
        format!("/api/interactive/v1/workspace/{WORKSPACE}/livycompute/{GATEWAY}/token");
    Mock::given(method("PUT"))
        .and(path(collection.as_str()))
        .and(wiremock::matchers::header("content-type", "application/json"))
        .and(wiremock::matchers::body_json(serde_json::json!({
            "name": "notebook", "autoExpireConfiguration": {"enable": true, "expireDays": 7}})))
        .respond_with(Verified {
            body: r#"{"requestId":"C1","code":"1000000","message":"ok","data":{"tokenId":"lctk-xxxxxxxxxx"}}"#,
            action: "CreateLivyComputeToken",
        })
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .and(path(format!("{collection}/lctk-xxxxxxxxxx")))
        .respond_with(Verified {
            body: r#"{"requestId":"D1","code":"1000000","message":"ok"}"#,
            action: "DeleteLivyComputeToken",
        })
        .expect(1)
        .mount(&server)
        .await;
    let source: Source = EmrServerlessSparkSource::with_endpoint(
        &server.uri(),
        "cn-hangzhou",
        WORKSPACE,
        GATEWAY,
        credentials(),
    )?
    .into();

    let new = apitokens::NewToken::named("notebook").with_expiry(apitokens::Expiry::AfterDays(7));
    let created = source.create(&new).await?;
    assert_eq!(created.token.id, "lctk-xxxxxxxxxx");
    assert_eq!(created.secret().expose_secret(), "d25561157a635bb");
    assert!(!format!("{created:?}").contains("d25561157a635bb"));
    source.revoke("lctk-xxxxxxxxxx").await?;

    let requests = server.received_requests().await.ok_or("recording is off")?;
    let put = requests
        .iter()
        .find(|r| r.method.as_str() == "PUT")
        .ok_or("no create request")?;
    assert_eq!(
        put.headers
            .get("x-acs-content-sha256")
            .and_then(|v| v.to_str().ok()),
        Some(signing::sha256_hex(&put.body).as_str()),
        "the signature covers the exact body bytes"
    );
    Ok(())
}

#[tokio::test]
async fn a_body_changed_after_signing_is_refused() -> Result<(), Box<dyn std::error::Error>> {
    let server = server().await;
    let mut request = reqwest::Request::new(
        reqwest::Method::PUT,
        format!("{}/api/interactive/v1/workspace/{WORKSPACE}/livycompute/{GATEWAY}/token/lctk-xxxxxxxxxx?regionId=cn-hangzhou", server.uri())
            .parse()?,
    );
    *request.body_mut() = Some(reqwest::Body::from(r#"{"name":"a"}"#));
    signing::sign_request_now(
        &mut request,
        &credentials(),
        "GetLivyComputeToken",
        "2023-08-08",
    )?;
    *request.method_mut() = reqwest::Method::GET;
    *request.body_mut() = Some(reqwest::Body::from(r#"{"name":"b"}"#));
    apitokens_core::http::install_default_crypto_provider();
    let response = reqwest::Client::new().execute(request).await?;
    assert_eq!(response.status().as_u16(), 401);
    let body: serde_json::Value = response.json().await?;
    assert_eq!(body["code"], "IncompleteSignature");
    assert!(
        body["message"]
            .as_str()
            .unwrap_or_default()
            .contains("body hash mismatch"),
        "{body}"
    );
    Ok(())
}
