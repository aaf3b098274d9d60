//! Dynatrace Environment API v2, `/api/v2/apiTokens…` (specs/dynatrace.yaml):
//! its routes, its store and rules, its credentials and demo seeding, and
//! [`Dynatrace`], its handle on a running sandbox.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing;
use base64::Engine;
use chrono::{DateTime, TimeZone, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::http::{authorization, json as json_response, no_content, query_pairs};
use crate::time;
use apitokens_dynatrace::TOKEN_ENV;

use crate::vendor::{ConfigSource, Description, SeededToken, Setup, VendorApi, VendorState};

mod demo;
mod ids;
mod timeframe;

/// What the handlers share: the store behind its lock.
type Shared = VendorState<Store>;

const PATH: &str = "/api/v2/apiTokens";

/// The Dynatrace side of a running sandbox: its URLs, the credentials it
/// accepts, and seeding (`RunningSandbox::vendors().dynatrace`).
#[derive(Debug, Clone)]
pub struct Dynatrace {
    shared: Arc<Shared>,
    credentials: Credentials,
}

/// The Dynatrace credentials a sandbox accepts.
///
/// `Debug` redacts the secret; read it with [`ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    token: SecretString,
    token_id: String,
    owner: String,
}

impl Credentials {
    /// An API token with `apiTokens.read` and `apiTokens.write`
    /// (send as `Authorization: Api-Token <token>`).
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// The ID of [`Credentials::token`].
    pub fn token_id(&self) -> &str {
        &self.token_id
    }

    /// The owner of [`Credentials::token`] (and of tokens it creates).
    pub fn owner(&self) -> &str {
        &self.owner
    }
}

impl Dynatrace {
    /// The environment URL (the server root; clients append `/api/v2`).
    pub fn environment_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The API base URL, `<environment>/api/v2`, for the generated client.
    pub fn api_url(&self) -> String {
        format!("{}/api/v2", self.shared.base_url)
    }

    /// The credentials the sandbox accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Adds `n` tokens with varied owners, scopes, ages, expiries and uses
    /// (cheap: 100 000 take well under a second). Returns the new total.
    pub fn add_tokens(&self, n: usize) -> usize {
        let tokens = demo::bulk_tokens(n, time::now());
        let mut store = self.shared.lock();
        store.reserve(tokens.len());
        for token in tokens {
            store.insert(token);
        }
        store.len()
    }

    /// Adds one token as described; returns its ID and secret.
    pub fn add_token(&self, spec: DynatraceToken) -> SeededToken {
        let now = time::now();
        let owner = spec.owner.unwrap_or_else(|| self.credentials.owner.clone());
        let scopes: Vec<&str> = spec.scopes.iter().map(String::as_str).collect();
        let mut token = Token::new(&spec.name, &owner, &scopes, spec.created.unwrap_or(now));
        token.enabled = spec.enabled;
        token.personal_access_token = spec.personal_access_token;
        token.expiration = spec.expires.map(time::to_millis);
        token.last_used = spec.last_used.map(time::to_millis);
        token.last_used_ip = spec.last_used.map(|_| "192.0.2.10".to_string());
        let seeded = SeededToken {
            id: token.id.clone(),
            secret: SecretString::from(token.secret.clone()),
        };
        self.shared.lock().insert(token);
        seeded
    }

    /// How many tokens exist.
    pub fn token_count(&self) -> usize {
        self.shared.lock().len()
    }
}

impl VendorApi for Dynatrace {
    fn start(setup: &Setup) -> Self {
        let now = time::now();
        let mut store = Store::default();
        let admin = demo::admin_token(now);
        let credentials = Credentials {
            token: SecretString::from(admin.secret.clone()),
            token_id: admin.id.clone(),
            owner: demo::ADMIN_OWNER.to_string(),
        };
        store.insert(admin);
        if setup.demo {
            demo::seed(&mut store, now);
        }
        Self {
            shared: VendorState::new(store, setup.base_url.clone()),
            credentials,
        }
    }

    fn router(&self) -> Router {
        Router::new()
            .route(PATH, routing::get(list).post(create))
            .route(
                &format!("{PATH}/{{id}}"),
                routing::get(get).put(update).delete(delete).post(lookup),
            )
            .with_state(self.shared.clone())
    }

    /// Dynatrace's environment API; as the first vendor in the server's list,
    /// Dynatrace also answers paths that no vendor owns.
    fn owns(&self, path: &str) -> bool {
        path.starts_with("/api/v2/")
    }

    fn unrouted(&self, status: StatusCode) -> Response {
        unrouted(status)
    }

    fn describe(&self) -> Description {
        let url = &self.shared.base_url;
        let token = self.credentials.token.expose_secret();
        Description {
            section: format!(
                "Dynatrace (API v2 /apiTokens)\n  \
                 environment URL  {url}   (the API is {url}/api/v2)\n  \
                 API token        {token}   (apiTokens.read, apiTokens.write)\n  \
                 try: curl -H 'Authorization: Api-Token {token}' '{url}/api/v2/apiTokens?fields=%2Bscopes,%2BexpirationDate'\n"
            ),
            config: ConfigSource {
                entry: format!(
                    "name = \"dynatrace-demo\"\nvendor = \"dynatrace\"\nurl = \"{url}\"\ntoken_env = \"{TOKEN_ENV}\""
                ),
                env: vec![(TOKEN_ENV, self.credentials.token.clone())],
            },
            source: format!("apitokens::DynatraceSource::from_env(\"{url}\")"),
            client: format!("apitokens_dynatrace::Client::connect(\"{url}/api/v2\", …)"),
        }
    }
}

/// A Dynatrace token to seed with [`Dynatrace::add_token`].
#[derive(Debug, Clone)]
pub struct DynatraceToken {
    name: String,
    owner: Option<String>,
    scopes: Vec<String>,
    enabled: bool,
    personal_access_token: bool,
    created: Option<DateTime<Utc>>,
    expires: Option<DateTime<Utc>>,
    last_used: Option<DateTime<Utc>>,
}

impl DynatraceToken {
    /// An enabled API token named `name`, owned by the credentials' owner,
    /// created now, never expiring, never used, without scopes.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            owner: None,
            scopes: Vec::new(),
            enabled: true,
            personal_access_token: false,
            created: None,
            expires: None,
            last_used: None,
        }
    }

    /// Sets the owner.
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// Sets the scopes.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Makes it disabled.
    pub fn disabled(mut self) -> Self {
        self.enabled = false;
        self
    }

    /// Makes it a personal access token.
    pub fn personal(mut self) -> Self {
        self.personal_access_token = true;
        self
    }

    /// Sets the creation time.
    pub fn created_at(mut self, time: DateTime<Utc>) -> Self {
        self.created = Some(time);
        self
    }

    /// Sets the expiry (in the past for an expired token).
    pub fn expires_at(mut self, time: DateTime<Utc>) -> Self {
        self.expires = Some(time);
        self
    }

    /// Sets the last use.
    pub fn last_used_at(mut self, time: DateTime<Utc>) -> Self {
        self.last_used = Some(time);
        self
    }
}

const JSON: &str = "application/json; charset=utf-8";
const READ: &str = "apiTokens.read";
const WRITE: &str = "apiTokens.write";
const MIN_PAGE_SIZE: usize = 100;
const MAX_PAGE_SIZE: usize = 10_000;
const DEFAULT_PAGE_SIZE: usize = 200;

/// The scopes Dynatrace knows (the `x-extensible-enum` of `ApiTokenScope` in
/// specs/dynatrace.yaml); creation and update refuse others, as Dynatrace does,
/// and the read-only ones (see `ApiTokenCreateScope`).
pub(crate) const KNOWN_SCOPES: &[&str] = &[
    "ActiveGateCertManagement",
    "AdvancedSyntheticIntegration",
    "AppMonIntegration",
    "CaptureRequestData",
    "DTAQLAccess",
    "DataExport",
    "DataImport",
    "DataPrivacy",
    "Davis",
    "DiagnosticExport",
    "DssFileManagement",
    "ExternalSyntheticIntegration",
    "InstallerDownload",
    "LogExport",
    "MemoryDump",
    "Mobile",
    "PluginUpload",
    "ReadConfig",
    "ReadSyntheticData",
    "RestRequestForwarding",
    "RumBrowserExtension",
    "RumJavaScriptTagManagement",
    "SupportAlert",
    "TenantTokenManagement",
    "UserSessionAnonymization",
    "ViewDashboard",
    "ViewReport",
    "WriteConfig",
    "WriteSyntheticData",
    "activeGateTokenManagement.create",
    "activeGateTokenManagement.read",
    "activeGateTokenManagement.write",
    "activeGates.read",
    "activeGates.write",
    "apiTokens.read",
    "apiTokens.write",
    "auditLogs.read",
    "credentialVault.read",
    "credentialVault.write",
    "entities.read",
    "entities.write",
    "events.ingest",
    "events.read",
    "extensionConfigurations.read",
    "extensionConfigurations.write",
    "extensionEnvironment.read",
    "extensionEnvironment.write",
    "extensions.read",
    "extensions.write",
    "geographicRegions.read",
    "hub.read",
    "hub.write",
    "logs.ingest",
    "logs.read",
    "metrics.ingest",
    "metrics.read",
    "metrics.write",
    "networkZones.read",
    "networkZones.write",
    "oneAgents.read",
    "oneAgents.write",
    "openTelemetryTrace.ingest",
    "problems.read",
    "problems.write",
    "releases.read",
    "securityProblems.read",
    "securityProblems.write",
    "settings.read",
    "settings.write",
    "slo.read",
    "slo.write",
    "syntheticExecutions.read",
    "syntheticExecutions.write",
    "syntheticLocations.read",
    "syntheticLocations.write",
    "tenantTokenRotation.write",
    "traces.lookup",
];

/// One Dynatrace access token (API token or personal access token).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) id: String,
    pub(crate) secret: String,
    pub(crate) name: String,
    pub(crate) enabled: bool,
    pub(crate) personal_access_token: bool,
    pub(crate) owner: String,
    pub(crate) creation: DateTime<Utc>,
    pub(crate) expiration: Option<DateTime<Utc>>,
    pub(crate) last_used: Option<DateTime<Utc>>,
    pub(crate) last_used_ip: Option<String>,
    pub(crate) modified: Option<DateTime<Utc>>,
    pub(crate) scopes: Vec<String>,
    pub(crate) additional_metadata: Option<Map<String, Value>>,
}

impl Token {
    /// A new enabled API token with a fresh ID and secret.
    pub(crate) fn new(name: &str, owner: &str, scopes: &[&str], creation: DateTime<Utc>) -> Self {
        let (id, secret) = ids::dynatrace_token();
        Self {
            id,
            secret,
            name: name.to_string(),
            enabled: true,
            personal_access_token: false,
            owner: owner.to_string(),
            creation: time::to_millis(creation),
            expiration: None,
            last_used: None,
            last_used_ip: None,
            modified: None,
            scopes: scopes.iter().map(|s| s.to_string()).collect(),
            additional_metadata: None,
        }
    }

    /// The token's fields selected by `fields` (the ID always).
    fn render(&self, fields: u16) -> Rendered<'_> {
        let has = |field: Field| fields & field.bit() != 0;
        let date = |field: Field, value: Option<DateTime<Utc>>| {
            value.filter(|_| has(field)).map(timeframe::format)
        };
        Rendered {
            id: &self.id,
            name: has(Field::Name).then_some(self.name.as_str()),
            enabled: has(Field::Enabled).then_some(self.enabled),
            personal_access_token: has(Field::PersonalAccessToken)
                .then_some(self.personal_access_token),
            owner: has(Field::Owner).then_some(self.owner.as_str()),
            creation_date: date(Field::CreationDate, Some(self.creation)),
            expiration_date: date(Field::ExpirationDate, self.expiration),
            last_used_date: date(Field::LastUsedDate, self.last_used),
            last_used_ip_address: self
                .last_used_ip
                .as_deref()
                .filter(|_| has(Field::LastUsedIpAddress)),
            modified_date: date(Field::ModifiedDate, self.modified),
            scopes: has(Field::Scopes).then_some(self.scopes.as_slice()),
            additional_metadata: self
                .additional_metadata
                .as_ref()
                .filter(|_| has(Field::AdditionalMetadata)),
        }
    }
}

/// An `ApiToken` as Dynatrace sends it: only the selected fields, none null.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Rendered<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    personal_access_token: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creation_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expiration_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_used_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_used_ip_address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scopes: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_metadata: Option<&'a Map<String, Value>>,
}

/// One page of `listApiTokens` (`nextPageKey` is `null` on the last page).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<'a> {
    api_tokens: Vec<Rendered<'a>>,
    next_page_key: Option<String>,
    page_size: usize,
    total_count: usize,
}

/// Every Dynatrace token of the sandbox's one environment.
#[derive(Debug, Default)]
pub(crate) struct Store {
    tokens: HashMap<String, Token>,
    by_secret: HashMap<String, String>,
    /// Bumped by every change that can alter a listing's membership or order.
    generation: u64,
    /// Recently listed orders, so that paging 100 000 tokens sorts once.
    cache: Vec<CacheEntry>,
}

#[derive(Debug)]
struct CacheEntry {
    generation: u64,
    key: ListKey,
    ids: Arc<Vec<String>>,
}

impl Store {
    pub(crate) fn insert(&mut self, token: Token) {
        self.by_secret
            .insert(token.secret.clone(), token.id.clone());
        if let Some(old) = self.tokens.insert(token.id.clone(), token) {
            self.by_secret.remove(&old.secret);
        }
        self.generation += 1;
    }

    pub(crate) fn reserve(&mut self, additional: usize) {
        self.tokens.reserve(additional);
        self.by_secret.reserve(additional);
    }

    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Token> {
        self.tokens.get(id)
    }

    fn by_secret(&self, secret: &str) -> Option<&Token> {
        self.by_secret
            .get(secret)
            .and_then(|id| self.tokens.get(id))
    }

    fn remove(&mut self, id: &str) -> Option<Token> {
        let token = self.tokens.remove(id)?;
        self.by_secret.remove(&token.secret);
        self.generation += 1;
        Some(token)
    }

    /// The IDs matching `key`, in its order, sorted once per change of the store.
    fn ordered(&mut self, key: &ListKey, selector: &Selector) -> Arc<Vec<String>> {
        if let Some(entry) = self
            .cache
            .iter()
            .find(|entry| entry.generation == self.generation && &entry.key == key)
        {
            return entry.ids.clone();
        }
        let from = key
            .from
            .and_then(|ms| Utc.timestamp_millis_opt(ms).single());
        let to = key.to.and_then(|ms| Utc.timestamp_millis_opt(ms).single());
        let mut matching: Vec<&Token> = self
            .tokens
            .values()
            .filter(|token| selector.matches(token))
            .filter(
                |token| match (from.is_some() || to.is_some(), token.last_used) {
                    (false, _) => true,
                    (true, None) => false,
                    (true, Some(used)) => {
                        from.is_none_or(|from| used >= from) && to.is_none_or(|to| used <= to)
                    }
                },
            )
            .collect();
        matching.sort_unstable_by(|a, b| key.sort.compare(a, b));
        let ids: Arc<Vec<String>> = Arc::new(matching.iter().map(|t| t.id.clone()).collect());
        self.cache
            .retain(|entry| entry.generation == self.generation);
        if self.cache.len() >= 8 {
            self.cache.remove(0);
        }
        self.cache.push(CacheEntry {
            generation: self.generation,
            key: key.clone(),
            ids: ids.clone(),
        });
        ids
    }
}

// ---------------------------------------------------------------------------
// Errors

fn error(status: StatusCode, message: &str) -> Response {
    json_response(
        status,
        JSON,
        &json!({"error": {"code": status.as_u16(), "message": message}}),
    )
}

struct Violation {
    path: String,
    message: String,
    location: &'static str,
}

impl Violation {
    fn query(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            message: message.into(),
            location: "QUERY",
        }
    }

    fn body(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_string(),
            message: message.into(),
            location: "PAYLOAD_BODY",
        }
    }
}

fn violations(violations: Vec<Violation>) -> Response {
    let list: Vec<Value> = violations
        .into_iter()
        .map(|v| {
            json!({
                "path": v.path,
                "message": v.message,
                "parameterLocation": v.location,
                "location": v.path,
            })
        })
        .collect();
    json_response(
        StatusCode::BAD_REQUEST,
        JSON,
        &json!({"error": {
            "code": 400,
            "message": "Constraints violated.",
            "constraintViolations": list,
        }}),
    )
}

fn not_found(id: &str) -> Response {
    error(StatusCode::NOT_FOUND, &format!("Token {id} not found"))
}

/// The body of a request that is not JSON, as Dynatrace words it.
fn bad_json(error_text: &serde_json::Error) -> Response {
    error(
        StatusCode::BAD_REQUEST,
        &format!(
            "Could not map JSON at '' near line {} column {}",
            error_text.line(),
            error_text.column()
        ),
    )
}

/// What Dynatrace answers for a path or method it does not serve (404,
/// 405), or a request it cannot read (400, 413).
pub(crate) fn unrouted(status: StatusCode) -> Response {
    let message = format!(
        "HTTP {} {}",
        status.as_u16(),
        status.canonical_reason().unwrap_or("Error")
    );
    error(status, &message)
}

// ---------------------------------------------------------------------------
// Authentication

struct Caller {
    id: String,
    owner: String,
    personal_access_token: bool,
}

/// Checks `Authorization: Api-Token <secret>` and the scope the call needs
/// (`None`: any scope); records the use on the token.
fn authenticate(
    store: &mut Store,
    headers: &HeaderMap,
    scope: Option<&str>,
    peer: SocketAddr,
) -> Result<Caller, Response> {
    let Some(secret) = authorization(headers, "Api-Token") else {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "Missing authorization parameter.",
        ));
    };
    let now = time::now();
    let Some(token) = store.by_secret(secret) else {
        return Err(error(
            StatusCode::UNAUTHORIZED,
            "Token Authentication failed",
        ));
    };
    if !token.enabled {
        return Err(error(StatusCode::UNAUTHORIZED, "Token is disabled"));
    }
    if token.expiration.is_some_and(|expiry| expiry <= now) {
        return Err(error(StatusCode::UNAUTHORIZED, "Token is expired"));
    }
    if let Some(scope) = scope
        && !token.scopes.iter().any(|s| s == scope)
    {
        let label = if scope == WRITE {
            "Write API tokens"
        } else {
            "Read API tokens"
        };
        return Err(error(
            StatusCode::FORBIDDEN,
            &format!("Token is missing required scope. Use one of: {scope} ({label})"),
        ));
    }
    let caller = Caller {
        id: token.id.clone(),
        owner: token.owner.clone(),
        personal_access_token: token.personal_access_token,
    };
    if let Some(token) = store.tokens.get_mut(&caller.id) {
        token.last_used = Some(now);
        token.last_used_ip = Some(peer.ip().to_string());
    }
    Ok(caller)
}

// ---------------------------------------------------------------------------
// Listing: fields, sort, selector, paging

#[derive(Debug, Clone, Copy)]
enum Field {
    Id,
    Name,
    Enabled,
    PersonalAccessToken,
    Owner,
    CreationDate,
    ExpirationDate,
    LastUsedDate,
    LastUsedIpAddress,
    ModifiedDate,
    Scopes,
    AdditionalMetadata,
}

impl Field {
    const ALL: [(&'static str, Field); 12] = [
        ("id", Field::Id),
        ("name", Field::Name),
        ("enabled", Field::Enabled),
        ("personalAccessToken", Field::PersonalAccessToken),
        ("owner", Field::Owner),
        ("creationDate", Field::CreationDate),
        ("expirationDate", Field::ExpirationDate),
        ("lastUsedDate", Field::LastUsedDate),
        ("lastUsedIpAddress", Field::LastUsedIpAddress),
        ("modifiedDate", Field::ModifiedDate),
        ("scopes", Field::Scopes),
        ("additionalMetadata", Field::AdditionalMetadata),
    ];

    fn bit(self) -> u16 {
        1 << (self as u16)
    }

    fn named(name: &str) -> Option<Field> {
        Self::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, field)| *field)
    }

    fn defaults() -> u16 {
        Field::Id.bit()
            | Field::Name.bit()
            | Field::Enabled.bit()
            | Field::Owner.bit()
            | Field::CreationDate.bit()
    }

    fn all() -> u16 {
        Self::ALL
            .iter()
            .fold(0, |mask, (_, field)| mask | field.bit())
    }
}

/// `fields`: `+x` adds, `-x` removes, a list without operators replaces the
/// defaults; the ID is always included. (A `+` that a query string decoded to
/// a space counts as `+`.)
fn parse_fields(value: &str) -> Result<u16, Violation> {
    let items: Vec<&str> = value
        .split(',')
        .map(|item| item.trim_end())
        .filter(|item| !item.trim().is_empty())
        .collect();
    if items.is_empty() {
        return Ok(Field::defaults());
    }
    let operator = |item: &str| item.starts_with(['+', '-', ' ']);
    let with_operators = items.iter().any(|item| operator(item));
    let mut mask = if with_operators { Field::defaults() } else { 0 };
    for item in items {
        let (remove, name) = match item.as_bytes().first() {
            Some(b'-') => (true, item[1..].trim()),
            Some(b'+' | b' ') => (false, item[1..].trim()),
            _ => (false, item.trim()),
        };
        let field = Field::named(name).ok_or_else(|| {
            Violation::query(
                "fields",
                format!(
                    "unknown field '{name}'; use one of: {}",
                    Field::ALL.map(|(n, _)| n).join(", ")
                ),
            )
        })?;
        if remove {
            mask &= !field.bit();
        } else {
            mask |= field.bit();
        }
    }
    Ok(mask | Field::Id.bit())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
enum SortKey {
    Name,
    LastUsedDate,
    CreationDate,
    ExpirationDate,
    ModifiedDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Sort {
    key: SortKey,
    descending: bool,
}

impl Sort {
    const DEFAULT: Sort = Sort {
        key: SortKey::CreationDate,
        descending: true,
    };

    fn parse(value: &str) -> Result<Sort, Violation> {
        let value = value.trim_end();
        let (descending, name) = match value.as_bytes().first() {
            Some(b'-') => (true, &value[1..]),
            Some(b'+' | b' ') => (false, &value[1..]),
            _ => (false, value),
        };
        let key = match name.trim() {
            "name" => SortKey::Name,
            "lastUsedDate" => SortKey::LastUsedDate,
            "creationDate" => SortKey::CreationDate,
            "expirationDate" => SortKey::ExpirationDate,
            "modifiedDate" => SortKey::ModifiedDate,
            other => {
                return Err(Violation::query(
                    "sort",
                    format!(
                        "cannot sort by '{other}'; use one of: name, lastUsedDate, creationDate, expirationDate, modifiedDate, with an optional + or - prefix"
                    ),
                ));
            }
        };
        Ok(Sort { key, descending })
    }

    /// The documented orders; ties are broken by ID so that pages are stable.
    fn compare(&self, a: &Token, b: &Token) -> Ordering {
        let order = match self.key {
            SortKey::Name => a
                .name
                .bytes()
                .map(|c| c.to_ascii_lowercase())
                .cmp(b.name.bytes().map(|c| c.to_ascii_lowercase())),
            SortKey::CreationDate => a.creation.cmp(&b.creation),
            // `+`: never used (never modified) first.
            SortKey::LastUsedDate => a.last_used.cmp(&b.last_used),
            SortKey::ModifiedDate => a.modified.cmp(&b.modified),
            // `+`: soonest expiry first, unlimited last.
            SortKey::ExpirationDate => match (a.expiration, b.expiration) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(x), Some(y)) => x.cmp(&y),
            },
        };
        let order = if self.descending {
            order.reverse()
        } else {
            order
        };
        order.then_with(|| a.id.cmp(&b.id))
    }
}

/// `apiTokenSelector`: `owner("…")`, `personalAccessToken(true|false)`,
/// `scope("a","b")` (OR within a criterion), criteria joined by commas (AND).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Selector {
    owners: Vec<String>,
    personal_access_token: Option<bool>,
    scopes: Vec<String>,
}

impl Selector {
    fn parse(value: &str) -> Result<Selector, Violation> {
        let invalid = |reason: String| Violation::query("apiTokenSelector", reason);
        let mut selector = Selector::default();
        let mut rest = value.trim();
        while !rest.is_empty() {
            let open = rest.find('(').ok_or_else(|| {
                invalid(format!(
                    "expected a criterion like owner(\"…\") at '{rest}'"
                ))
            })?;
            let name = rest[..open].trim();
            let (arguments, after) = split_arguments(&rest[open + 1..])
                .ok_or_else(|| invalid(format!("unterminated criterion '{name}'")))?;
            match name {
                "owner" => selector
                    .owners
                    .extend(quoted_list(&arguments).map_err(invalid)?),
                "scope" => selector
                    .scopes
                    .extend(quoted_list(&arguments).map_err(invalid)?),
                "personalAccessToken" => {
                    selector.personal_access_token = Some(match arguments.trim() {
                        "true" => true,
                        "false" => false,
                        other => {
                            return Err(invalid(format!(
                                "personalAccessToken takes true or false, not '{other}'"
                            )));
                        }
                    });
                }
                other => {
                    return Err(invalid(format!(
                        "unknown criterion '{other}'; use owner, personalAccessToken or scope"
                    )));
                }
            }
            rest = after.trim_start();
            if let Some(next) = rest.strip_prefix(',') {
                rest = next.trim_start();
                if rest.is_empty() {
                    return Err(invalid("trailing comma".to_string()));
                }
            } else if !rest.is_empty() {
                return Err(invalid(format!("expected ',' before '{rest}'")));
            }
        }
        Ok(selector)
    }

    fn matches(&self, token: &Token) -> bool {
        (self.owners.is_empty() || self.owners.contains(&token.owner))
            && self
                .personal_access_token
                .is_none_or(|pat| pat == token.personal_access_token)
            && (self.scopes.is_empty() || self.scopes.iter().any(|s| token.scopes.contains(s)))
    }
}

/// Splits `args) rest` at the closing parenthesis outside quotes.
fn split_arguments(input: &str) -> Option<(String, &str)> {
    let mut quoted = false;
    let mut escaped = false;
    for (index, c) in input.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ')' if !quoted => return Some((input[..index].to_string(), &input[index + 1..])),
            _ => {}
        }
    }
    None
}

/// `"a","b"` → `[a, b]` (backslash escapes the next character).
fn quoted_list(arguments: &str) -> Result<Vec<String>, String> {
    let mut values = Vec::new();
    let mut chars = arguments.trim().chars().peekable();
    loop {
        if chars.next() != Some('"') {
            return Err(format!("expected a quoted value in ({arguments})"));
        }
        let mut value = String::new();
        loop {
            match chars.next() {
                Some('\\') => value.extend(chars.next()),
                Some('"') => break,
                Some(c) => value.push(c),
                None => return Err(format!("unterminated value in ({arguments})")),
            }
        }
        values.push(value);
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Ok(values),
            Some(',') => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
            }
            Some(other) => return Err(format!("unexpected '{other}' in ({arguments})")),
        }
    }
}

/// What selects and orders a listing (the cache key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ListKey {
    sort: Sort,
    selector: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
}

/// Everything a later page needs: `nextPageKey` is this, as JSON in base64url.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Cursor {
    key: ListKey,
    fields: u16,
    page_size: usize,
    offset: usize,
}

impl Cursor {
    fn encode(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    fn decode(value: &str) -> Option<Cursor> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(value.trim())
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

fn first_page(pairs: &[(String, String)], now: DateTime<Utc>) -> Result<Cursor, Response> {
    let mut problems = Vec::new();
    let mut page_size = DEFAULT_PAGE_SIZE;
    let mut fields = Field::defaults();
    let mut sort = Sort::DEFAULT;
    let mut selector = None;
    let (mut from, mut to) = (None, None);
    for (name, value) in pairs {
        match name.as_str() {
            "pageSize" => match value.trim().parse::<i64>() {
                Ok(size) if size < MIN_PAGE_SIZE as i64 => problems.push(Violation::query(
                    "pageSize",
                    format!("must be greater than or equal to {MIN_PAGE_SIZE}"),
                )),
                Ok(size) if size > MAX_PAGE_SIZE as i64 => problems.push(Violation::query(
                    "pageSize",
                    format!("must be less than or equal to {MAX_PAGE_SIZE}"),
                )),
                Ok(size) => page_size = size as usize,
                Err(_) => problems.push(Violation::query("pageSize", "must be an integer")),
            },
            "fields" => match parse_fields(value) {
                Ok(mask) => fields = mask,
                Err(violation) => problems.push(violation),
            },
            "sort" => match Sort::parse(value) {
                Ok(parsed) => sort = parsed,
                Err(violation) => problems.push(violation),
            },
            "apiTokenSelector" => match Selector::parse(value) {
                Ok(_) => selector = Some(value.clone()),
                Err(violation) => problems.push(violation),
            },
            "from" | "to" => match timeframe::parse(value, now) {
                Some(time) if name == "from" => from = Some(time.timestamp_millis()),
                Some(time) => to = Some(time.timestamp_millis()),
                None => problems.push(Violation::query(
                    name,
                    "must be a timestamp in UTC milliseconds, an ISO 8601 time or a relative timeframe like now-1M",
                )),
            },
            // Dynatrace ignores query parameters it does not know.
            _ => {}
        }
    }
    if !problems.is_empty() {
        return Err(violations(problems));
    }
    Ok(Cursor {
        key: ListKey {
            sort,
            selector,
            from,
            to,
        },
        fields,
        page_size,
        offset: 0,
    })
}

// ---------------------------------------------------------------------------
// Handlers

/// `GET /api/v2/apiTokens` — listApiTokens.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    let pairs = query_pairs(query.as_deref());
    let mut store = shared.lock();
    let store = &mut *store;
    if let Err(response) = authenticate(store, &headers, Some(READ), peer) {
        return response;
    }
    let next_page_key = pairs
        .iter()
        .find(|(name, _)| name == "nextPageKey")
        .map(|(_, value)| value.clone());
    let cursor = match next_page_key {
        Some(key) => {
            let others: Vec<Violation> = pairs
                .iter()
                .filter(|(name, _)| name != "nextPageKey")
                .map(|(name, _)| {
                    Violation::query(
                        name,
                        "must not be set together with nextPageKey: when nextPageKey is set to obtain subsequent pages, all other query parameters must be omitted",
                    )
                })
                .collect();
            if !others.is_empty() {
                return violations(others);
            }
            match Cursor::decode(&key) {
                Some(cursor) => cursor,
                None => {
                    return violations(vec![Violation::query(
                        "nextPageKey",
                        "is not a valid page key",
                    )]);
                }
            }
        }
        None => match first_page(&pairs, time::now()) {
            Ok(cursor) => cursor,
            Err(response) => return response,
        },
    };
    let selector = match &cursor.key.selector {
        Some(raw) => match Selector::parse(raw) {
            Ok(selector) => selector,
            Err(violation) => return violations(vec![violation]),
        },
        None => Selector::default(),
    };
    let ids = store.ordered(&cursor.key, &selector);
    let end = cursor
        .offset
        .saturating_add(cursor.page_size)
        .min(ids.len());
    let page: Vec<Rendered<'_>> = ids
        .get(cursor.offset.min(end)..end)
        .unwrap_or_default()
        .iter()
        .filter_map(|id| store.get(id))
        .map(|token| token.render(cursor.fields))
        .collect();
    let next = (end < ids.len()).then(|| {
        Cursor {
            offset: end,
            ..cursor.clone()
        }
        .encode()
    });
    json_response(
        StatusCode::OK,
        JSON,
        &Page {
            api_tokens: page,
            next_page_key: next,
            page_size: cursor.page_size,
            total_count: ids.len(),
        },
    )
}

/// `GET /api/v2/apiTokens/{id}` — getApiToken.
pub(crate) async fn get(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    if let Err(response) = authenticate(store, &headers, Some(READ), peer) {
        return response;
    }
    match store.get(&id) {
        Some(token) => json_response(StatusCode::OK, JSON, &token.render(Field::all())),
        None => not_found(&id),
    }
}

/// `POST /api/v2/apiTokens` — createApiToken.
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    let caller = match authenticate(store, &headers, Some(WRITE), peer) {
        Ok(caller) => caller,
        Err(response) => return response,
    };
    let body: Value = match serde_json::from_slice(&body) {
        Ok(body) => body,
        Err(e) => return bad_json(&e),
    };
    let Some(body) = body.as_object() else {
        return error(
            StatusCode::BAD_REQUEST,
            "The request body must be a JSON object.",
        );
    };
    let now = time::now();
    let mut problems = Vec::new();
    let name = match body.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => Some(name.clone()),
        Some(Value::String(_)) => {
            problems.push(Violation::body("name", "must not be empty"));
            None
        }
        None | Some(Value::Null) => {
            problems.push(Violation::body("name", "must not be null"));
            None
        }
        Some(_) => {
            problems.push(Violation::body("name", "must be a string"));
            None
        }
    };
    let scopes = match body.get("scopes") {
        None | Some(Value::Null) => {
            problems.push(Violation::body("scopes", "must not be null"));
            None
        }
        Some(value) => match scopes_of(value, false) {
            Ok(scopes) => Some(scopes),
            Err(violation) => {
                problems.push(violation);
                None
            }
        },
    };
    let personal = match body.get("personalAccessToken") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(value)) => *value,
        Some(_) => {
            problems.push(Violation::body("personalAccessToken", "must be a boolean"));
            false
        }
    };
    let expiration = match body.get("expirationDate") {
        None | Some(Value::Null) => None,
        Some(Value::String(value)) => match timeframe::parse(value, now) {
            Some(expiry) if expiry > now => Some(time::to_millis(expiry)),
            Some(_) => {
                problems.push(Violation::body("expirationDate", "must be in the future"));
                None
            }
            None => {
                problems.push(Violation::body(
                    "expirationDate",
                    "must be a timestamp in UTC milliseconds, an ISO 8601 time or a relative time like now+14d",
                ));
                None
            }
        },
        Some(_) => {
            problems.push(Violation::body("expirationDate", "must be a string"));
            None
        }
    };
    let (Some(name), Some(scopes), true) = (name, scopes, problems.is_empty()) else {
        return violations(problems);
    };
    let scope_refs: Vec<&str> = scopes.iter().map(String::as_str).collect();
    let mut token = Token::new(&name, &caller.owner, &scope_refs, now);
    token.personal_access_token = personal;
    token.expiration = expiration;
    let mut created = Map::new();
    created.insert("id".into(), token.id.clone().into());
    created.insert("token".into(), token.secret.clone().into());
    if let Some(expiry) = token.expiration {
        created.insert("expirationDate".into(), timeframe::format(expiry).into());
    }
    store.insert(token);
    json_response(StatusCode::CREATED, JSON, &Value::Object(created))
}

/// Scopes a token may carry but not be given: in Dynatrace's read model
/// (`ApiTokenScope`) but not its create/update enum (`ApiTokenCreateScope`).
const READ_ONLY_SCOPES: &[&str] = &[
    "DiagnosticExport",
    "MemoryDump",
    "Mobile",
    "ViewDashboard",
    "ViewReport",
    "WriteSyntheticData",
];

/// The scopes of a create or update body: a non-empty array of scopes that
/// can be assigned.
fn scopes_of(value: &Value, allow_empty: bool) -> Result<Vec<String>, Violation> {
    let Some(items) = value.as_array() else {
        return Err(Violation::body("scopes", "must be an array of scopes"));
    };
    if items.is_empty() && !allow_empty {
        return Err(Violation::body("scopes", "must not be empty"));
    }
    let mut scopes = Vec::with_capacity(items.len());
    for item in items {
        let Some(scope) = item.as_str() else {
            return Err(Violation::body("scopes", "must be an array of strings"));
        };
        if !KNOWN_SCOPES.contains(&scope) {
            return Err(Violation::body(
                "scopes",
                format!("unknown scope '{scope}'"),
            ));
        }
        if READ_ONLY_SCOPES.contains(&scope) {
            return Err(Violation::body(
                "scopes",
                format!("scope '{scope}' cannot be assigned"),
            ));
        }
        if !scopes.iter().any(|s| s == scope) {
            scopes.push(scope.to_string());
        }
    }
    Ok(scopes)
}

/// `PUT /api/v2/apiTokens/{id}` — updateApiToken.
pub(crate) async fn update(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    let caller = match authenticate(store, &headers, Some(WRITE), peer) {
        Ok(caller) => caller,
        Err(response) => return response,
    };
    let body: Value = match serde_json::from_slice(&body) {
        Ok(body) => body,
        Err(e) => return bad_json(&e),
    };
    let Some(body) = body.as_object() else {
        return error(
            StatusCode::BAD_REQUEST,
            "The request body must be a JSON object.",
        );
    };
    if !store.tokens.contains_key(&id) {
        return not_found(&id);
    }
    let mut problems = Vec::new();
    let name = match body.get("name") {
        None | Some(Value::Null) => None,
        Some(Value::String(name)) if !name.trim().is_empty() => Some(name.clone()),
        Some(Value::String(_)) => {
            problems.push(Violation::body("name", "must not be empty"));
            None
        }
        Some(_) => {
            problems.push(Violation::body("name", "must be a string"));
            None
        }
    };
    let enabled = match body.get("enabled") {
        None | Some(Value::Null) => None,
        Some(Value::Bool(enabled)) => Some(*enabled),
        Some(_) => {
            problems.push(Violation::body("enabled", "must be a boolean"));
            None
        }
    };
    let scopes = match body.get("scopes") {
        None | Some(Value::Null) => None,
        Some(value) => match scopes_of(value, false) {
            Ok(scopes) => Some(scopes),
            Err(violation) => {
                problems.push(violation);
                None
            }
        },
    };
    if !problems.is_empty() {
        return violations(problems);
    }
    if enabled == Some(false) && id == caller.id {
        return error(
            StatusCode::BAD_REQUEST,
            "You can't disable the token you're using for authentication of the request.",
        );
    }
    let now = time::now();
    let Some(token) = store.tokens.get_mut(&id) else {
        return not_found(&id);
    };
    let mut modified = false;
    if let Some(name) = name {
        modified |= token.name != name;
        token.name = name;
    }
    if let Some(scopes) = scopes {
        modified |= token.scopes != scopes;
        token.scopes = scopes;
    }
    if let Some(enabled) = enabled {
        // Enabling or disabling is not a modification (specs/dynatrace.yaml, modifiedDate).
        token.enabled = enabled;
    }
    if modified {
        token.modified = Some(now);
    }
    store.generation += 1;
    no_content()
}

/// `DELETE /api/v2/apiTokens/{id}` — deleteApiToken (the ID or the secret).
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    let caller = match authenticate(store, &headers, Some(WRITE), peer) {
        Ok(caller) => caller,
        Err(response) => return response,
    };
    let target = match store.get(&id).or_else(|| store.by_secret(&id)) {
        Some(token) => token,
        // Never echo a secret that was sent in the path.
        None if id.matches('.').count() >= 2 => return not_found("(secret)"),
        None => return not_found(&id),
    };
    if target.id == caller.id {
        return error(
            StatusCode::BAD_REQUEST,
            "You can't delete the token you're using for authentication of the request.",
        );
    }
    if caller.personal_access_token && target.owner != caller.owner {
        return error(
            StatusCode::FORBIDDEN,
            "A personal access token can delete only its owner's tokens.",
        );
    }
    let target = target.id.clone();
    store.remove(&target);
    no_content()
}

/// `POST /api/v2/apiTokens/lookup` — lookupApiToken (any scope). Routed as
/// `POST /apiTokens/{id}`, so that `GET /apiTokens/lookup` is, as at
/// Dynatrace, a read of the token "lookup" (404) rather than a 405.
pub(crate) async fn lookup(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if id != "lookup" {
        return unrouted(StatusCode::METHOD_NOT_ALLOWED);
    }
    let mut store = shared.lock();
    let store = &mut *store;
    if let Err(response) = authenticate(store, &headers, None, peer) {
        return response;
    }
    let body: Value = match serde_json::from_slice(&body) {
        Ok(body) => body,
        Err(e) => return bad_json(&e),
    };
    let secret = match body.get("token") {
        Some(Value::String(secret)) if !secret.is_empty() => secret,
        Some(Value::String(_)) => {
            return violations(vec![Violation::body("token", "must not be empty")]);
        }
        _ => return violations(vec![Violation::body("token", "must not be null")]),
    };
    match store.by_secret(secret) {
        Some(token) => json_response(StatusCode::OK, JSON, &token.render(Field::all())),
        None => error(StatusCode::NOT_FOUND, "Token not found"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_add_remove_and_replace() -> Result<(), String> {
        let names = |mask: u16| -> Vec<&str> {
            Field::ALL
                .iter()
                .filter(|(_, f)| mask & f.bit() != 0)
                .map(|(n, _)| *n)
                .collect()
        };
        let parse = |v: &str| parse_fields(v).map(names).map_err(|e| e.message);
        assert_eq!(
            parse("+scopes,-creationDate")?,
            ["id", "name", "enabled", "owner", "scopes"]
        );
        assert_eq!(parse(" expirationDate")?.len(), 6);
        assert_eq!(parse("owner,scopes")?, ["id", "owner", "scopes"]);
        assert_eq!(
            parse("-id")?,
            ["id", "name", "enabled", "owner", "creationDate"]
        );
        assert!(parse("+nope").is_err());
        Ok(())
    }

    #[test]
    fn selectors() -> Result<(), String> {
        let parse = |v: &str| Selector::parse(v).map_err(|e| e.message);
        let selector = parse(
            r#"owner("john.smith"),scope("metrics.read", "a\"b"),personalAccessToken(false)"#,
        )?;
        assert_eq!(selector.owners, ["john.smith"]);
        assert_eq!(selector.scopes, ["metrics.read", "a\"b"]);
        assert_eq!(selector.personal_access_token, Some(false));
        assert_eq!(parse(r#"owner("a,b)")"#)?.owners, ["a,b)"]);
        for bad in [
            "owner(john)",
            "owner(\"x\"",
            "name(\"x\")",
            "personalAccessToken(yes)",
            "owner(\"x\"),",
            "owner(\"x\") scope(\"y\")",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        Ok(())
    }

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        let cursor = Cursor {
            key: ListKey {
                sort: Sort::DEFAULT,
                selector: Some("owner(\"x\")".into()),
                from: None,
                to: Some(5),
            },
            fields: Field::defaults(),
            page_size: 100,
            offset: 300,
        };
        let decoded = Cursor::decode(&cursor.encode());
        assert_eq!(decoded.map(|c| (c.offset, c.key)), Some((300, cursor.key)));
        assert!(Cursor::decode("AQAAABQBAAAABQ==").is_none());
        assert!(Cursor::decode("").is_none());
    }
}
