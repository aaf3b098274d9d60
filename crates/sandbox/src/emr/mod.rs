//! Alibaba Cloud EMR Serverless Spark 2023-08-08,
//! `/api/interactive/v1/workspace/{workspaceBizId}/livycompute…`
//! (specs/emr-serverless-spark.yaml), with ACS3-HMAC-SHA256 verification of
//! every request: its routes, its store and rules, its credentials and demo
//! seeding, and [`Emr`], its handle on a running sandbox.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use apitokens_emr_serverless_spark::signing::{
    self, ACCESS_KEY_ID_ENV, ACCESS_KEY_SECRET_ENV, AccessKey, RequestParts, canonical_request,
    sha256_hex, string_to_sign,
};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use axum::routing;
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use percent_encoding::percent_decode_str;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value, json};

use crate::http::{constant_time_eq, header_str, json as json_response, query_pairs};
use crate::time;
use crate::vendor::{ConfigSource, Description, Setup, VendorApi, VendorState};

mod demo;
mod ids;

const JSON: &str = "application/json;charset=utf-8";
const VERSION: &str = "2023-08-08";
const SUCCESS: &str = "1000000";
const PRODUCT: &str = "emr-serverless-spark";
/// How far `x-acs-date` may be from the server's clock, and how long a nonce is remembered.
const CLOCK_WINDOW_MINUTES: i64 = 15;
const MIN_TOKEN_LENGTH: usize = 16;

/// Alibaba's epoch milliseconds.
fn millis(time: DateTime<Utc>) -> i64 {
    time.timestamp_millis()
}

/// What the handlers share: the store behind its lock.
type Shared = VendorState<Store>;

const PATH: &str = "/api/interactive/v1/workspace/{workspace_id}/livycompute";

/// The EMR Serverless Spark side of a running sandbox: its endpoint, the
/// credentials it accepts, seeding and RAM policy (`RunningSandbox::vendors().emr`).
#[derive(Debug, Clone)]
pub struct Emr {
    shared: Arc<Shared>,
    credentials: Credentials,
}

/// The Alibaba Cloud credentials and EMR IDs a sandbox accepts.
///
/// `Debug` redacts the secrets; read them with [`ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    access_key_id: String,
    access_key_secret: SecretString,
    sts_access_key_id: String,
    sts_access_key_secret: SecretString,
    sts_security_token: SecretString,
    ram_user: String,
    region: String,
    workspace_id: String,
    livy_compute_id: String,
}

impl Credentials {
    /// The AccessKey ID.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &SecretString {
        &self.access_key_secret
    }

    /// The AccessKey pair, ready for the EMR client's signer.
    pub fn access_key(&self) -> AccessKey {
        AccessKey::new(self.access_key_id.clone(), self.access_key_secret.clone())
    }

    /// Temporary (STS) credentials of the same RAM user: requests signed with
    /// them must carry the security token.
    pub fn sts_access_key(&self) -> AccessKey {
        AccessKey::new(
            self.sts_access_key_id.clone(),
            self.sts_access_key_secret.clone(),
        )
        .with_security_token(self.sts_security_token.clone())
    }

    /// The RAM user behind both AccessKeys (the `createdBy` of tokens they create).
    pub fn ram_user(&self) -> &str {
        &self.ram_user
    }

    /// The Alibaba Cloud region (e.g. `cn-hangzhou`).
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The workspace ID (`w-…`).
    pub fn workspace_id(&self) -> &str {
        &self.workspace_id
    }

    /// The Livy Gateway ID (`lc-…`) whose tokens the sandbox serves.
    pub fn livy_compute_id(&self) -> &str {
        &self.livy_compute_id
    }
}

impl Emr {
    /// The endpoint (the server root).
    pub fn endpoint(&self) -> &str {
        &self.shared.base_url
    }

    /// The credentials the sandbox accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Adds `n` tokens to the credentials' Livy Gateway. Returns its new total.
    pub fn add_tokens(&self, n: usize) -> usize {
        let now = time::now();
        let mut store = self.shared.lock();
        let Some(gateway) = store.gateway_mut(
            &self.credentials.workspace_id,
            &self.credentials.livy_compute_id,
        ) else {
            return 0;
        };
        for index in 0..n {
            let created = now - chrono::Duration::minutes(i64::try_from(n - index).unwrap_or(0));
            let token = Token::new(
                &format!("notebook-{index:06}"),
                &self.credentials.ram_user,
                created,
            );
            gateway.tokens.push(if index % 3 == 0 {
                token.expiring_after(30)
            } else {
                token
            });
        }
        gateway.tokens.len()
    }

    /// Makes RAM deny the action `action` (e.g. `"GetLivyComputeToken"`):
    /// signed calls to it are answered HTTP 403 `Forbidden.RAM` with an
    /// `AccessDeniedDetail`, in the API gateway's PascalCase shape.
    pub fn deny_action(&self, action: &str) {
        self.shared.lock().deny_action(action);
    }

    /// How many tokens the credentials' Livy Gateway has.
    pub fn token_count(&self) -> usize {
        self.shared
            .lock()
            .gateway_mut(
                &self.credentials.workspace_id,
                &self.credentials.livy_compute_id,
            )
            .map_or(0, |gateway| gateway.tokens.len())
    }
}

impl VendorApi for Emr {
    fn start(setup: &Setup) -> Self {
        let now = time::now();
        let mut store = Store::new(&setup.region);
        let key = demo::access_key();
        let sts = demo::sts_key();
        let gateway = demo::gateway(now);
        let credentials = Credentials {
            access_key_id: key.id.clone(),
            access_key_secret: SecretString::from(key.secret.clone()),
            sts_access_key_id: sts.id.clone(),
            sts_access_key_secret: SecretString::from(sts.secret.clone()),
            sts_security_token: SecretString::from(sts.security_token.clone().unwrap_or_default()),
            ram_user: demo::RAM_USER.to_string(),
            region: setup.region.clone(),
            workspace_id: ids::emr_workspace(),
            livy_compute_id: gateway.id.clone(),
        };
        store.add_key(key);
        store.add_key(sts);
        let mut workspace = Workspace {
            id: credentials.workspace_id.clone(),
            gateways: vec![gateway],
        };
        if setup.demo {
            demo::seed(&mut workspace, now);
        }
        store.add_workspace(workspace);
        Self {
            shared: VendorState::new(store, setup.base_url.clone()),
            credentials,
        }
    }

    fn router(&self) -> Router {
        Router::new()
            .route(PATH, routing::get(list_gateways))
            .route(&format!("{PATH}/{{gateway_id}}"), routing::get(get_gateway))
            .route(
                &format!("{PATH}/{{gateway_id}}/token"),
                routing::get(list_tokens).put(create_token),
            )
            .route(
                &format!("{PATH}/{{gateway_id}}/token/{{token_id}}"),
                routing::get(get_token)
                    .post(refresh_token)
                    .delete(delete_token),
            )
            .with_state(self.shared.clone())
    }

    fn owns(&self, path: &str) -> bool {
        path.starts_with("/api/interactive/")
    }

    fn unrouted(&self, status: StatusCode) -> Response {
        let host = format!("{PRODUCT}.{}.aliyuncs.com", self.credentials.region);
        unrouted(status, &host)
    }

    fn describe(&self) -> Description {
        let url = &self.shared.base_url;
        let c = &self.credentials;
        let (key_id, key_secret) = (&c.access_key_id, c.access_key_secret.expose_secret());
        Description {
            section: format!(
                "EMR Serverless Spark (Livy Gateway tokens, ACS3-HMAC-SHA256 signed)\n  \
                 endpoint         {url}\n  \
                 region           {}\n  \
                 workspace ID     {}\n  \
                 Livy Gateway ID  {}\n  \
                 AccessKey ID     {key_id}\n  \
                 AccessKey secret {key_secret}\n  \
                 STS AccessKey    {} / {} / security token {}\n",
                c.region,
                c.workspace_id,
                c.livy_compute_id,
                c.sts_access_key_id,
                c.sts_access_key_secret.expose_secret(),
                c.sts_security_token.expose_secret(),
            ),
            config: ConfigSource {
                entry: format!(
                    "name = \"spark-demo\"\nvendor = \"emr-serverless-spark\"\nregion = \"{}\"\nworkspace_id = \"{}\"\n\
                     # no livy_compute_id: every Livy Gateway of the workspace\nendpoint = \"{url}\"",
                    c.region, c.workspace_id,
                ),
                env: vec![
                    (ACCESS_KEY_ID_ENV, SecretString::from(key_id.clone())),
                    (ACCESS_KEY_SECRET_ENV, c.access_key_secret.clone()),
                ],
            },
            source: format!(
                "apitokens::EmrServerlessSparkSource::with_endpoint(\"{url}\", \"{}\", \"{}\", \"{}\", credentials)",
                c.region, c.workspace_id, c.livy_compute_id,
            ),
            client: format!("apitokens_emr_serverless_spark::Client::connect(\"{url}\", …)"),
        }
    }
}

/// An AccessKey the sandbox accepts, and the RAM user it belongs to.
#[derive(Debug, Clone)]
pub(crate) struct Key {
    pub(crate) id: String,
    pub(crate) secret: String,
    /// Set for STS credentials: requests must carry it in `x-acs-security-token`.
    pub(crate) security_token: Option<String>,
    pub(crate) user: String,
}

/// A Livy Gateway token.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) content: String,
    pub(crate) created_by: String,
    pub(crate) created: DateTime<Utc>,
    /// `None`: never expires (automatic expiry disabled).
    pub(crate) expires: Option<DateTime<Utc>>,
    pub(crate) last_used: Option<DateTime<Utc>>,
    pub(crate) auto_expire_enabled: bool,
    pub(crate) auto_expire_days: i64,
}

impl Token {
    /// A token that never expires, with generated content.
    pub(crate) fn new(name: &str, created_by: &str, created: DateTime<Utc>) -> Self {
        Self {
            id: ids::livy_token_id(),
            name: name.to_string(),
            content: ids::livy_token_content(),
            created_by: created_by.to_string(),
            created: time::to_millis(created),
            expires: None,
            last_used: None,
            auto_expire_enabled: false,
            auto_expire_days: 7,
        }
    }

    /// Expires `days` after creation (automatic expiry enabled).
    pub(crate) fn expiring_after(mut self, days: i64) -> Self {
        self.auto_expire_enabled = true;
        self.auto_expire_days = days;
        // `parse_desired` refuses periods past the last date; saturate anyway.
        self.expires =
            Some(time::days_after(self.created, days).unwrap_or(DateTime::<Utc>::MAX_UTC));
        self
    }

    fn times(&self, out: &mut Map<String, Value>) {
        out.insert("createTime".into(), millis(self.created).into());
        if let Some(expires) = self.expires {
            out.insert("expireTime".into(), millis(expires).into());
        }
        // Alibaba reports 0 for a token never used.
        out.insert(
            "lastUsedTime".into(),
            self.last_used.map_or(0, millis).into(),
        );
    }

    /// As GetLivyComputeToken returns it.
    fn render(&self) -> Value {
        let mut out = Map::new();
        out.insert("tokenId".into(), self.id.clone().into());
        out.insert("name".into(), self.name.clone().into());
        out.insert("token".into(), self.content.clone().into());
        out.insert("createdBy".into(), self.created_by.clone().into());
        self.times(&mut out);
        out.insert(
            "autoExpireConfiguration".into(),
            json!({"enable": self.auto_expire_enabled, "expireDays": self.auto_expire_days}),
        );
        Value::Object(out)
    }

    /// As ListLivyComputeToken lists it (`createdby`, no `autoExpireConfiguration`).
    fn render_summary(&self) -> Value {
        let mut out = Map::new();
        out.insert("tokenId".into(), self.id.clone().into());
        out.insert("name".into(), self.name.clone().into());
        out.insert("token".into(), self.content.clone().into());
        out.insert("createdby".into(), self.created_by.clone().into());
        self.times(&mut out);
        Value::Object(out)
    }
}

/// A Livy Gateway and its tokens.
#[derive(Debug, Clone)]
pub(crate) struct Gateway {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) environment_id: String,
    pub(crate) created_by: String,
    pub(crate) created: DateTime<Utc>,
    pub(crate) tokens: Vec<Token>,
}

impl Gateway {
    pub(crate) fn new(name: &str, created_by: &str, created: DateTime<Utc>) -> Self {
        Self {
            id: ids::emr_gateway(),
            name: name.to_string(),
            environment_id: "ev-sandbox0000000000000".to_string(),
            created_by: created_by.to_string(),
            created: time::to_millis(created),
            tokens: Vec::new(),
        }
    }

    fn endpoints(&self, region: &str, workspace: &str) -> (String, String) {
        let path = format!("/api/v1/workspace/{workspace}/livycompute/{}", self.id);
        (
            format!("emr-spark-livy-gateway-{region}.data.aliyun.com{path}"),
            format!("emr-spark-livy-gateway-{region}-internal.aliyun.com{path}"),
        )
    }

    fn render_summary(&self, region: &str, workspace: &str) -> Value {
        let (endpoint, inner) = self.endpoints(region, workspace);
        json!({
            "computeId": self.id,
            "name": self.name,
            "status": "RUNNING",
            "queueName": "root_queue",
            "createdBy": self.created_by,
            "endpoint": endpoint,
            "endpointInner": inner,
            "gmtCreate": millis(self.created),
            "startTime": millis(self.created),
        })
    }

    fn render(&self, region: &str, workspace: &str) -> Value {
        let (endpoint, inner) = self.endpoints(region, workspace);
        json!({
            "computeId": self.id,
            "name": self.name,
            "livyVersion": "0.8.0",
            "releaseVersion": "esr-4.3.0 (Spark 3.5.2, Scala 2.12, Java Runtime)",
            "displayReleaseVersion": "esr-4.3.0 (Spark 3.5.2, Scala 2.12)",
            "queueName": "root_queue",
            "cpuLimit": "1",
            "memoryLimit": "4Gi",
            "autoStopConfiguration": {"enable": false, "idleTimeoutMinutes": 300},
            "authType": "Token",
            "status": "RUNNING",
            "environmentId": self.environment_id,
            "enablePublic": true,
            "networkName": "sandbox",
            "fusion": false,
            "livyServerConf": "{\"livyConf\": \"livy.server.session.timeout  1h\\n\"}",
            "endpoint": endpoint,
            "endpointInner": inner,
            "createdBy": self.created_by,
            "ramUserId": "10000001",
            "gmtCreate": millis(self.created),
            "startTime": millis(self.created),
        })
    }
}

/// An EMR Serverless Spark workspace.
#[derive(Debug, Clone)]
pub(crate) struct Workspace {
    pub(crate) id: String,
    pub(crate) gateways: Vec<Gateway>,
}

/// The EMR side of the sandbox: one region, its workspaces, the AccessKeys
/// it accepts and the signature nonces it has seen.
#[derive(Debug)]
pub(crate) struct Store {
    pub(crate) region: String,
    keys: HashMap<String, Key>,
    workspaces: Vec<Workspace>,
    nonces: HashSet<String>,
    nonce_order: VecDeque<(DateTime<Utc>, String)>,
    /// Actions the RAM user's policy does not allow (none by default).
    denied_actions: HashSet<String>,
}

impl Store {
    pub(crate) fn new(region: &str) -> Self {
        Self {
            region: region.to_string(),
            keys: HashMap::new(),
            workspaces: Vec::new(),
            nonces: HashSet::new(),
            nonce_order: VecDeque::new(),
            denied_actions: HashSet::new(),
        }
    }

    /// RAM refuses `action` (e.g. `GetLivyComputeToken`) from now on.
    pub(crate) fn deny_action(&mut self, action: &str) {
        self.denied_actions.insert(action.to_string());
    }

    pub(crate) fn add_key(&mut self, key: Key) {
        self.keys.insert(key.id.clone(), key);
    }

    pub(crate) fn add_workspace(&mut self, workspace: Workspace) {
        self.workspaces.push(workspace);
    }

    pub(crate) fn gateway_mut(&mut self, workspace: &str, gateway: &str) -> Option<&mut Gateway> {
        self.workspaces
            .iter_mut()
            .find(|w| w.id == workspace)?
            .gateways
            .iter_mut()
            .find(|g| g.id == gateway)
    }

    fn workspace(&self, id: &str) -> Option<&Workspace> {
        self.workspaces.iter().find(|w| w.id == id)
    }

    /// Remembers `nonce` of `key`; `false` if it was seen in the last 15 minutes.
    fn remember_nonce(&mut self, key: &str, nonce: &str, now: DateTime<Utc>) -> bool {
        let horizon = now - Duration::minutes(CLOCK_WINDOW_MINUTES);
        while let Some((seen, _)) = self.nonce_order.front() {
            if *seen >= horizon {
                break;
            }
            if let Some((_, old)) = self.nonce_order.pop_front() {
                self.nonces.remove(&old);
            }
        }
        let entry = format!("{key}\n{nonce}");
        if !self.nonces.insert(entry.clone()) {
            return false;
        }
        self.nonce_order.push_back((now, entry));
        true
    }
}

// ---------------------------------------------------------------------------
// Envelopes

fn envelope(status: StatusCode, code: &str, message: &str, host: &str) -> Response {
    let request_id = ids::request_id();
    let mut body = json!({
        "requestId": request_id,
        "code": code,
        "message": message,
        "hostId": host,
    });
    if code != SUCCESS {
        body["recommend"] =
            format!("https://api.alibabacloud.com/troubleshoot?q={code}&product={PRODUCT}").into();
    }
    with_request_id(json_response(status, JSON, &body), &request_id)
}

/// An error of Alibaba's API gateway, answered before the request reaches the
/// product (signature, unknown API): PascalCase keys, as darabonba-openapi
/// reads them first (`RequestId`, `HostId`, `Code`, `Message`, `Recommend`).
fn gateway_error(status: StatusCode, code: &str, message: &str, host: &str) -> Response {
    let request_id = ids::request_id();
    let body = json!({
        "RequestId": request_id,
        "HostId": host,
        "Code": code,
        "Message": message,
        "Recommend": format!("https://api.alibabacloud.com/troubleshoot?q={code}&product={PRODUCT}"),
    });
    with_request_id(json_response(status, JSON, &body), &request_id)
}

fn success(data: Option<Value>) -> Response {
    let request_id = ids::request_id();
    let mut body = json!({"requestId": request_id, "code": SUCCESS, "message": "ok"});
    if let Some(data) = data {
        body["data"] = data;
    }
    with_request_id(json_response(StatusCode::OK, JSON, &body), &request_id)
}

fn with_request_id(mut response: Response, request_id: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert("x-acs-request-id", value);
    }
    response
}

/// What the API gateway answers for a path or method it does not serve
/// (404), or a request it cannot read (400, 413).
pub(crate) fn unrouted(status: StatusCode, host: &str) -> Response {
    match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => gateway_error(
            StatusCode::NOT_FOUND,
            "InvalidAction.NotFound",
            "Specified api is not found, please check your url and method.",
            host,
        ),
        StatusCode::PAYLOAD_TOO_LARGE => gateway_error(
            status,
            "RequestBodyTooLarge",
            "The request body is too large.",
            host,
        ),
        _ => gateway_error(
            StatusCode::BAD_REQUEST,
            "InvalidParameter",
            "The request path or parameters are not valid.",
            host,
        ),
    }
}

// ---------------------------------------------------------------------------
// Signature verification

struct Request<'a> {
    method: &'a Method,
    path: &'a str,
    query: Option<&'a str>,
    headers: &'a HeaderMap,
    body: &'a [u8],
}

/// The RAM user behind a verified request.
struct Caller {
    user: String,
}

fn host_of(headers: &HeaderMap, store: &Store) -> String {
    header_str(headers, "host")
        .map(str::to_string)
        .unwrap_or_else(|| format!("{PRODUCT}.{}.aliyuncs.com", store.region))
}

/// Verifies an ACS3-HMAC-SHA256 request for `action` as Alibaba's gateway does:
/// the API, the credential, the signed headers, the clock, the STS token, the
/// body hash, the signature recomputed from what was received, then the nonce.
fn verify(store: &mut Store, request: &Request<'_>, action: &str) -> Result<Caller, Response> {
    let host = host_of(request.headers, store);
    let fail =
        |status: StatusCode, code: &str, message: &str| gateway_error(status, code, message, &host);
    let header = |name: &str| header_str(request.headers, name);
    let incomplete = |why: &str| {
        fail(
            StatusCode::BAD_REQUEST,
            "IncompleteSignature",
            &format!("The request signature does not conform to Aliyun standards. {why}"),
        )
    };

    match header("x-acs-action") {
        None => {
            return Err(fail(
                StatusCode::BAD_REQUEST,
                "MissingParameter",
                "The input parameter \"x-acs-action\" that is mandatory for processing this request is not supplied.",
            ));
        }
        Some(given) if given != action => {
            return Err(fail(
                StatusCode::NOT_FOUND,
                "InvalidAction.NotFound",
                "Specified api is not found, please check your url and method.",
            ));
        }
        Some(_) => {}
    }
    match header("x-acs-version") {
        None => {
            return Err(fail(
                StatusCode::BAD_REQUEST,
                "MissingParameter",
                "The input parameter \"x-acs-version\" that is mandatory for processing this request is not supplied.",
            ));
        }
        Some(VERSION) => {}
        Some(_) => {
            return Err(fail(
                StatusCode::BAD_REQUEST,
                "InvalidVersion",
                "Specified parameter Version is not valid.",
            ));
        }
    }

    let Some(authorization) = header("authorization") else {
        return Err(incomplete("The Authorization header is missing."));
    };
    let Some(fields) = authorization.strip_prefix(&format!("{} ", signing::ALGORITHM)) else {
        return Err(incomplete(
            "The Authorization header must start with ACS3-HMAC-SHA256.",
        ));
    };
    let field = |name: &str| {
        fields
            .split(',')
            .find_map(|f| f.trim().strip_prefix(name)?.strip_prefix('='))
            .filter(|value| !value.is_empty())
    };
    let (Some(key_id), Some(signed_names), Some(_signature)) = (
        field("Credential"),
        field("SignedHeaders"),
        field("Signature"),
    ) else {
        return Err(incomplete(
            "The Authorization header needs Credential, SignedHeaders and Signature.",
        ));
    };
    let Some(key) = store.keys.get(key_id).cloned() else {
        return Err(fail(
            StatusCode::NOT_FOUND,
            "InvalidAccessKeyId.NotFound",
            "Specified access key is not found.",
        ));
    };

    let signed: Vec<&str> = signed_names.split(';').collect();
    for required in [
        "host",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
    ] {
        if header(required).is_none() {
            return Err(incomplete(&format!("The {required} header is missing.")));
        }
    }
    for name in request.headers.keys() {
        let name = name.as_str();
        if (name == "host" || name.starts_with("x-acs-")) && !signed.contains(&name) {
            return Err(incomplete(&format!(
                "The {name} header must be in SignedHeaders."
            )));
        }
    }

    let now = time::now();
    let date = header("x-acs-date").unwrap_or_default();
    let Ok(date) = NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%SZ") else {
        return Err(fail(
            StatusCode::BAD_REQUEST,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted.",
        ));
    };
    if (now - date.and_utc()).num_seconds().abs() > CLOCK_WINDOW_MINUTES * 60 {
        return Err(fail(
            StatusCode::BAD_REQUEST,
            "InvalidTimeStamp.Expired",
            "Specified time stamp or date value is expired.",
        ));
    }

    if let Some(expected) = &key.security_token {
        match header("x-acs-security-token") {
            None => {
                return Err(fail(
                    StatusCode::BAD_REQUEST,
                    "MissingSecurityToken",
                    "SecurityToken is mandatory for this action.",
                ));
            }
            Some(given) if constant_time_eq(given.as_bytes(), expected.as_bytes()) => {}
            Some(_) => {
                return Err(fail(
                    StatusCode::BAD_REQUEST,
                    "InvalidSecurityToken.MismatchWithAccessKey",
                    "Specified SecurityToken mismatch with the AccessKey.",
                ));
            }
        }
    }

    let hashed_payload = header("x-acs-content-sha256").unwrap_or_default();
    if hashed_payload != sha256_hex(request.body) {
        return Err(fail(
            StatusCode::BAD_REQUEST,
            "SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation. The x-acs-content-sha256 header is not the SHA-256 of the request body.",
        ));
    }

    // The signed headers, with every value the request carried for each name.
    let mut values: Vec<(&str, String)> = Vec::new();
    for name in &signed {
        let all: Vec<&str> = request
            .headers
            .get_all(*name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        if all.is_empty() {
            return Err(incomplete(&format!(
                "The signed header {name} is not in the request."
            )));
        }
        values.push((name, all.join(",")));
    }
    let headers: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let pairs = raw_query_pairs(request.query.unwrap_or_default());
    let query: Vec<(&str, &str)> = pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let parts = RequestParts {
        method: request.method.as_str(),
        path: request.path,
        query: &query,
        headers: &headers,
        hashed_payload,
    };
    let expected = signing::authorization_over_listed_headers(
        &parts,
        &AccessKey::new(key.id.clone(), key.secret.clone()),
    );
    if !constant_time_eq(expected.as_bytes(), authorization.as_bytes()) {
        return Err(fail(
            StatusCode::BAD_REQUEST,
            "SignatureDoesNotMatch",
            &format!(
                "Specified signature is not matched with our calculation. server string to sign is:{}",
                string_to_sign(&canonical_request(&parts))
            ),
        ));
    }

    let nonce = header("x-acs-signature-nonce").unwrap_or_default();
    if !store.remember_nonce(&key.id, nonce, now) {
        return Err(fail(
            StatusCode::BAD_REQUEST,
            "SignatureNonceUsed",
            "Specified signature nonce was used already.",
        ));
    }
    Ok(Caller { user: key.user })
}

/// The query pairs as Alibaba's gateway reads them for the signature:
/// percent-decoded, a `+` being a literal plus (the signing crate's
/// `canonical_query_from_raw`), and kept in the order received.
fn raw_query_pairs(raw: &str) -> Vec<(String, String)> {
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |text: &str| percent_decode_str(text).decode_utf8_lossy().into_owned();
            (decode(key), decode(value))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Business errors: Alibaba answers HTTP 200 with a code other than 1000000.

/// An HTTP 200 envelope with an error code: the API's own envelope
/// (`requestId`, `code`, `message`), not the gateway's (no `hostId`).
fn business(code: &str, message: &str, _host: &str) -> Response {
    let request_id = ids::request_id();
    let body = json!({"requestId": request_id, "code": code, "message": message});
    with_request_id(json_response(StatusCode::OK, JSON, &body), &request_id)
}

fn invalid_parameter(message: &str, host: &str) -> Response {
    envelope(StatusCode::BAD_REQUEST, "InvalidParameter", message, host)
}

/// Checks `regionId` and finds the workspace, or answers the error.
fn workspace<'a>(
    store: &'a Store,
    workspace_id: &str,
    query: Option<&str>,
    host: &str,
) -> Result<&'a Workspace, Response> {
    let pairs = query_pairs(query);
    if let Some((_, region)) = pairs.iter().find(|(name, _)| name == "regionId")
        && *region != store.region
    {
        return Err(invalid_parameter(
            "The specified parameter regionId is not valid.",
            host,
        ));
    }
    store.workspace(workspace_id).ok_or_else(|| {
        business(
            "Workspace.NotFound",
            &format!("The specified workspace {workspace_id} does not exist."),
            host,
        )
    })
}

fn gateway<'a>(
    workspace: &'a Workspace,
    gateway_id: &str,
    host: &str,
) -> Result<&'a Gateway, Response> {
    workspace
        .gateways
        .iter()
        .find(|g| g.id == gateway_id)
        .ok_or_else(|| {
            business(
                "LivyCompute.NotFound",
                &format!("The specified livy compute {gateway_id} does not exist."),
                host,
            )
        })
}

fn token_not_found(token_id: &str, host: &str) -> Response {
    business(
        "Tokens.NotFound",
        &format!("The specified token {token_id} does not exist."),
        host,
    )
}

/// The fields of a Create or Refresh body.
struct Desired {
    name: Option<String>,
    content: Option<String>,
    auto_expire: Option<(bool, i64)>,
}

fn parse_desired(body: &[u8], host: &str) -> Result<Desired, Response> {
    let value: Value = if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(body)
            .map_err(|_| invalid_parameter("The request body is not valid JSON.", host))?
    };
    let Some(object) = value.as_object() else {
        return Err(invalid_parameter(
            "The request body must be a JSON object.",
            host,
        ));
    };
    let string = |key: &str| -> Result<Option<String>, Response> {
        match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(value)) => Ok(Some(value.clone())),
            Some(_) => Err(invalid_parameter(
                &format!("The specified parameter {key} is not valid."),
                host,
            )),
        }
    };
    let name = string("name")?;
    let content = string("token")?;
    if content
        .as_ref()
        .is_some_and(|c| c.chars().count() < MIN_TOKEN_LENGTH)
    {
        return Err(invalid_parameter(
            "The specified parameter token is not valid: the length must be 16 or more characters.",
            host,
        ));
    }
    let auto_expire = match object.get("autoExpireConfiguration") {
        None | Some(Value::Null) => None,
        Some(Value::Object(config)) => {
            let enable = match config.get("enable") {
                None | Some(Value::Null) => false,
                Some(Value::Bool(enable)) => *enable,
                Some(_) => {
                    return Err(invalid_parameter(
                        "The specified parameter autoExpireConfiguration.enable is not valid.",
                        host,
                    ));
                }
            };
            let days = match config.get("expireDays") {
                None | Some(Value::Null) if !enable => 7,
                Some(Value::Number(days)) => match days.as_i64() {
                    // A period ending past the last representable date is
                    // refused like any other invalid value.
                    Some(days) if days >= 1 && time::days_after(time::now(), days).is_some() => {
                        days
                    }
                    _ => {
                        return Err(invalid_parameter(
                            "The specified parameter autoExpireConfiguration.expireDays is not valid.",
                            host,
                        ));
                    }
                },
                _ => {
                    return Err(invalid_parameter(
                        "The specified parameter autoExpireConfiguration.expireDays is not valid.",
                        host,
                    ));
                }
            };
            Some((enable, days))
        }
        Some(_) => {
            return Err(invalid_parameter(
                "The specified parameter autoExpireConfiguration is not valid.",
                host,
            ));
        }
    };
    Ok(Desired {
        name,
        content,
        auto_expire,
    })
}

// ---------------------------------------------------------------------------
// Handlers

/// The path, query, method, headers and body bytes of a request, as received.
pub(crate) struct Received {
    method: Method,
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Bytes,
}

impl Received {
    pub(crate) fn new(
        method: Method,
        uri: &axum::http::Uri,
        headers: HeaderMap,
        body: Bytes,
    ) -> Self {
        Self {
            method,
            path: uri.path().to_string(),
            query: uri.query().map(str::to_string),
            headers,
            body,
        }
    }

    fn as_request(&self) -> Request<'_> {
        Request {
            method: &self.method,
            path: &self.path,
            query: self.query.as_deref(),
            headers: &self.headers,
            body: &self.body,
        }
    }
}

/// Every EMR call: verify the signature for `action`, then run `handle`.
fn signed(
    shared: &Shared,
    received: &Received,
    action: &str,
    handle: impl FnOnce(&mut Store, Caller, &str) -> Response,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    let host = host_of(&received.headers, store);
    match verify(store, &received.as_request(), action) {
        Ok(caller) if store.denied_actions.contains(action) => ram_denied(&caller, action, &host),
        Ok(caller) => handle(store, caller, &host),
        Err(response) => response,
    }
}

/// What the API gateway answers when RAM denies an authenticated caller:
/// HTTP 403 `Forbidden.RAM` with the `AccessDeniedDetail` Alibaba documents
/// (the principal's IDs masked, as Alibaba masks them).
fn ram_denied(caller: &Caller, action: &str, host: &str) -> Response {
    let request_id = ids::request_id();
    let code = "Forbidden.RAM";
    let masked = |value: &str| {
        let mut chars = value.chars();
        match (chars.next(), chars.next_back()) {
            (Some(first), Some(last)) => format!(
                "{first}{}{last}",
                "*".repeat(value.chars().count().saturating_sub(2))
            ),
            _ => "*".to_string(),
        }
    };
    let body = json!({
        "RequestId": request_id,
        "HostId": host,
        "Code": code,
        "Message": "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
        "Recommend": format!("https://api.alibabacloud.com/troubleshoot?q={code}&product={PRODUCT}"),
        "AccessDeniedDetail": {
            "AuthAction": format!("{PRODUCT}:{action}"),
            "AuthPrincipalType": "SubUser",
            "AuthPrincipalDisplayName": masked(&caller.user),
            "PolicyType": "AccountLevelIdentityBasedPolicy",
            "NoPermissionType": "ImplicitDeny",
        },
    });
    with_request_id(
        json_response(StatusCode::FORBIDDEN, JSON, &body),
        &request_id,
    )
}

/// `GET …/workspace/{workspaceBizId}/livycompute` — ListLivyCompute.
pub(crate) async fn list_gateways(
    State(shared): State<Arc<Shared>>,
    Path(workspace_id): Path<String>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(&shared, &received, "ListLivyCompute", |store, _, host| {
        let workspace = match workspace(store, &workspace_id, received.query.as_deref(), host) {
            Ok(workspace) => workspace,
            Err(response) => return response,
        };
        let pairs = query_pairs(received.query.as_deref());
        let environment = pairs
            .iter()
            .find(|(name, _)| name == "environmentId")
            .map(|(_, value)| value.as_str());
        let list: Vec<Value> = workspace
            .gateways
            .iter()
            .filter(|g| environment.is_none_or(|env| g.environment_id == env))
            .map(|g| g.render_summary(&store.region, &workspace.id))
            .collect();
        success(Some(json!({"livyComputes": list})))
    })
}

/// `GET …/livycompute/{livyComputeId}` — GetLivyCompute.
pub(crate) async fn get_gateway(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id)): Path<(String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(&shared, &received, "GetLivyCompute", |store, _, host| {
        let found = workspace(store, &workspace_id, received.query.as_deref(), host)
            .and_then(|w| gateway(w, &gateway_id, host).map(|g| (w, g)));
        match found {
            Ok((workspace, gateway)) => success(Some(gateway.render(&store.region, &workspace.id))),
            Err(response) => response,
        }
    })
}

/// `GET …/livycompute/{livyComputeId}/token` — ListLivyComputeToken.
pub(crate) async fn list_tokens(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id)): Path<(String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(
        &shared,
        &received,
        "ListLivyComputeToken",
        |store, _, host| {
            let found = workspace(store, &workspace_id, received.query.as_deref(), host)
                .and_then(|w| gateway(w, &gateway_id, host));
            match found {
                Ok(gateway) => {
                    let tokens: Vec<Value> =
                        gateway.tokens.iter().map(Token::render_summary).collect();
                    success(Some(json!({"tokens": tokens})))
                }
                Err(response) => response,
            }
        },
    )
}

/// `GET …/token/{tokenId}` — GetLivyComputeToken.
pub(crate) async fn get_token(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id, token_id)): Path<(String, String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(
        &shared,
        &received,
        "GetLivyComputeToken",
        |store, _, host| {
            let found = workspace(store, &workspace_id, received.query.as_deref(), host)
                .and_then(|w| gateway(w, &gateway_id, host));
            match found {
                Ok(gateway) => match gateway.tokens.iter().find(|t| t.id == token_id) {
                    Some(token) => success(Some(token.render())),
                    None => token_not_found(&token_id, host),
                },
                Err(response) => response,
            }
        },
    )
}

/// `PUT …/livycompute/{livyComputeId}/token` — CreateLivyComputeToken.
pub(crate) async fn create_token(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id)): Path<(String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(
        &shared,
        &received,
        "CreateLivyComputeToken",
        |store, caller, host| {
            if let Err(response) = workspace(store, &workspace_id, received.query.as_deref(), host)
                .and_then(|w| gateway(w, &gateway_id, host))
            {
                return response;
            }
            let desired = match parse_desired(&received.body, host) {
                Ok(desired) => desired,
                Err(response) => return response,
            };
            let mut token = Token::new("", &caller.user, time::now());
            token.name = desired.name.unwrap_or_else(|| token.id.clone());
            if let Some(content) = desired.content {
                token.content = content;
            }
            if let Some((enable, days)) = desired.auto_expire {
                token.auto_expire_days = days;
                if enable {
                    token = token.expiring_after(days);
                }
            }
            let id = token.id.clone();
            match store.gateway_mut(&workspace_id, &gateway_id) {
                Some(gateway) => gateway.tokens.push(token),
                None => return unrouted(StatusCode::NOT_FOUND, host),
            }
            success(Some(json!({"tokenId": id})))
        },
    )
}

/// `POST …/token/{tokenId}` — RefreshLivyComputeToken: new content (given or
/// generated), and the expiry counted again from now.
pub(crate) async fn refresh_token(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id, token_id)): Path<(String, String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(
        &shared,
        &received,
        "RefreshLivyComputeToken",
        |store, _, host| {
            if let Err(response) = workspace(store, &workspace_id, received.query.as_deref(), host)
                .and_then(|w| gateway(w, &gateway_id, host))
            {
                return response;
            }
            let desired = match parse_desired(&received.body, host) {
                Ok(desired) => desired,
                Err(response) => return response,
            };
            let Some(token) = store
                .gateway_mut(&workspace_id, &gateway_id)
                .and_then(|g| g.tokens.iter_mut().find(|t| t.id == token_id))
            else {
                return token_not_found(&token_id, host);
            };
            if let Some(name) = desired.name {
                token.name = name;
            }
            token.content = desired.content.unwrap_or_else(ids::livy_token_content);
            if let Some((enable, days)) = desired.auto_expire {
                token.auto_expire_enabled = enable;
                token.auto_expire_days = days;
            }
            token.expires = token.auto_expire_enabled.then(|| {
                time::days_after(time::now(), token.auto_expire_days)
                    .unwrap_or(DateTime::<Utc>::MAX_UTC)
            });
            success(None)
        },
    )
}

/// `DELETE …/token/{tokenId}` — DeleteLivyComputeToken.
pub(crate) async fn delete_token(
    State(shared): State<Arc<Shared>>,
    Path((workspace_id, gateway_id, token_id)): Path<(String, String, String)>,
    method: Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let received = Received::new(method, &uri, headers, body);
    signed(
        &shared,
        &received,
        "DeleteLivyComputeToken",
        |store, _, host| {
            if let Err(response) = workspace(store, &workspace_id, received.query.as_deref(), host)
                .and_then(|w| gateway(w, &gateway_id, host))
            {
                return response;
            }
            let Some(gateway) = store.gateway_mut(&workspace_id, &gateway_id) else {
                return unrouted(StatusCode::NOT_FOUND, host);
            };
            match gateway.tokens.iter().position(|t| t.id == token_id) {
                Some(index) => {
                    gateway.tokens.remove(index);
                    success(None)
                }
                None => token_not_found(&token_id, host),
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_repeat_only_after_the_window() {
        let mut store = Store::new("cn-hangzhou");
        let now = time::now();
        assert!(store.remember_nonce("k", "n1", now));
        assert!(!store.remember_nonce("k", "n1", now + Duration::minutes(14)));
        assert!(store.remember_nonce("other", "n1", now));
        assert!(store.remember_nonce("k", "n1", now + Duration::minutes(16)));
        assert!(store.nonces.len() <= 3);
    }
}
