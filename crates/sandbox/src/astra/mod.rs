//! NetApp Astra Control, `/accounts/{account_id}/core/v1/users/{user_id}/tokens…`
//! (specs/astra.yaml): its routes, its store and rules, its credentials and
//! demo seeding, and [`Astra`], its handle on a running sandbox.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing;
use base64::Engine;
use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value, json};

use crate::http::{authorization, json as json_response, no_content, query_pairs};
use crate::time;
use apitokens_astra::TOKEN_ENV;

use crate::vendor::{ConfigSource, Description, SeededToken, Setup, VendorApi, VendorState};

mod demo;
mod ids;

/// What the handlers share: the store behind its lock, and the server root.
type Shared = VendorState<Store>;

const PATH: &str = "/accounts/{account_id}/core/v1/users/{user_id}/tokens";

/// The Astra Control side of a running sandbox: its URL, the credentials it
/// accepts, and seeding (`RunningSandbox::vendors().astra`).
#[derive(Debug, Clone)]
pub struct Astra {
    shared: Arc<Shared>,
    credentials: Credentials,
}

/// The Astra account, user and token a sandbox accepts.
///
/// `Debug` redacts the token; read it with [`ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    account_id: String,
    user_id: String,
    token: SecretString,
}

impl Credentials {
    /// The account ID.
    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    /// The user ID whose tokens the sandbox serves.
    pub fn user_id(&self) -> &str {
        &self.user_id
    }

    /// That user's API token (send as `Authorization: Bearer <token>`).
    pub fn token(&self) -> &SecretString {
        &self.token
    }
}

impl Astra {
    /// The Astra Control URL (the server root).
    pub fn url(&self) -> &str {
        &self.shared.base_url
    }

    /// The credentials the sandbox accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Adds `n` tokens to the credentials' user. Returns the user's new total.
    pub fn add_tokens(&self, n: usize) -> usize {
        let Credentials {
            account_id,
            user_id,
            ..
        } = &self.credentials;
        let now = time::now();
        let mut store = self.shared.lock();
        for index in 0..n {
            let created = now - chrono::Duration::minutes(i64::try_from(n - index).unwrap_or(0));
            let token = Token::new(&format!("automation-{index:06}"), user_id, created);
            store.add_token(account_id, token);
        }
        store.token_count(account_id, user_id)
    }

    /// Adds one token to the credentials' user; returns its ID and secret.
    pub fn add_token(&self, name: &str) -> SeededToken {
        let token = Token::new(name, &self.credentials.user_id, time::now());
        let seeded = SeededToken {
            id: token.id.clone(),
            secret: SecretString::from(token.secret.clone()),
        };
        self.shared
            .lock()
            .add_token(&self.credentials.account_id, token);
        seeded
    }

    /// How many tokens the credentials' user has.
    pub fn token_count(&self) -> usize {
        self.shared
            .lock()
            .token_count(&self.credentials.account_id, &self.credentials.user_id)
    }
}

impl VendorApi for Astra {
    fn start(setup: &Setup) -> Self {
        let now = time::now();
        let account_id = ids::astra_id();
        let user_id = ids::astra_id();
        let (admin, secret) = demo::admin_user(&user_id, now);
        let token = SecretString::from(secret);
        let mut store = Store::default();
        store.add_user(&account_id, admin);
        if setup.demo {
            demo::seed(&mut store, &account_id, &user_id, now);
        }
        Self {
            shared: VendorState::new(store, setup.base_url.clone()),
            credentials: Credentials {
                account_id,
                user_id,
                token,
            },
        }
    }

    fn router(&self) -> Router {
        Router::new()
            .route(PATH, routing::get(list).post(create))
            .route(
                &format!("{PATH}/{{token_id}}"),
                routing::get(get).put(update).delete(delete),
            )
            .with_state(self.shared.clone())
    }

    fn owns(&self, path: &str) -> bool {
        path.starts_with("/accounts/")
    }

    fn unrouted(&self, status: StatusCode) -> Response {
        unrouted(status)
    }

    fn describe(&self) -> Description {
        let url = &self.shared.base_url;
        let Credentials {
            account_id,
            user_id,
            token,
        } = &self.credentials;
        let token = token.expose_secret();
        Description {
            section: format!(
                "Astra Control (user API tokens)\n  \
                 URL              {url}\n  \
                 account ID       {account_id}\n  \
                 user ID          {user_id}\n  \
                 bearer token     {token}\n  \
                 try: curl -H 'Authorization: Bearer {token}' '{url}/accounts/{account_id}/core/v1/users/{user_id}/tokens?count=true'\n"
            ),
            config: ConfigSource {
                entry: format!(
                    "name = \"astra-demo\"\nvendor = \"astra\"\nurl = \"{url}\"\naccount_id = \"{account_id}\"\nuser_id = \"{user_id}\"\ntoken_env = \"{TOKEN_ENV}\""
                ),
                env: vec![(TOKEN_ENV, self.credentials.token.clone())],
            },
            source: format!(
                "apitokens::AstraSource::from_env(\"{url}\", \"{account_id}\", \"{user_id}\")"
            ),
            client: format!("apitokens_astra::Client::connect(\"{url}\", …)"),
        }
    }
}

const TOKEN_MEDIA_TYPE: &str = "application/astra-token+json";
const PROBLEM: &str = "application/problem+json";
const RESOURCE_TYPE: &str = "application/astra-token";
const RESOURCE_VERSION: &str = "1.0";

/// Astra's RFC 3339 UTC time with microseconds (`2022-10-06T20:58:16.305662Z`).
fn astra_time(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// One Astra API token resource (and its secret, which only creation returns).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) user_id: String,
    pub(crate) labels: Vec<(String, String)>,
    pub(crate) created: DateTime<Utc>,
    pub(crate) modified: DateTime<Utc>,
    pub(crate) created_by: String,
    pub(crate) modified_by: Option<String>,
    pub(crate) secret: String,
}

impl Token {
    /// A new token of `user_id`, created by that user at `created`.
    pub(crate) fn new(name: &str, user_id: &str, created: DateTime<Utc>) -> Self {
        Self {
            id: ids::astra_id(),
            name: name.to_string(),
            user_id: user_id.to_string(),
            labels: Vec::new(),
            created,
            modified: created,
            created_by: user_id.to_string(),
            modified_by: None,
            secret: ids::astra_secret(),
        }
    }

    fn metadata(&self) -> Value {
        let mut metadata = Map::new();
        metadata.insert("labels".into(), labels_json(&self.labels));
        metadata.insert("creationTimestamp".into(), astra_time(self.created).into());
        metadata.insert(
            "modificationTimestamp".into(),
            astra_time(self.modified).into(),
        );
        metadata.insert("createdBy".into(), self.created_by.clone().into());
        if let Some(modified_by) = &self.modified_by {
            metadata.insert("modifiedBy".into(), modified_by.clone().into());
        }
        Value::Object(metadata)
    }

    fn field(&self, name: &str) -> Value {
        match name {
            "type" => RESOURCE_TYPE.into(),
            "version" => RESOURCE_VERSION.into(),
            "id" => self.id.clone().into(),
            "name" => self.name.clone().into(),
            "userID" => self.user_id.clone().into(),
            "metadata" => self.metadata(),
            _ => Value::Null,
        }
    }

    fn render(&self) -> Value {
        let mut out = Map::new();
        for name in RESOURCE_FIELDS {
            out.insert(name.to_string(), self.field(name));
        }
        Value::Object(out)
    }

    /// The value a filter compares (`metadata.x` reaches into the metadata).
    fn filter_value(&self, field: &str) -> Option<String> {
        Some(match field {
            "id" => self.id.clone(),
            "name" => self.name.clone(),
            "userID" => self.user_id.clone(),
            "type" => RESOURCE_TYPE.to_string(),
            "version" => RESOURCE_VERSION.to_string(),
            "metadata.createdBy" => self.created_by.clone(),
            "metadata.modifiedBy" => self.modified_by.clone()?,
            "metadata.creationTimestamp" => astra_time(self.created),
            "metadata.modificationTimestamp" => astra_time(self.modified),
            _ => return None,
        })
    }
}

const RESOURCE_FIELDS: [&str; 6] = ["type", "version", "id", "name", "userID", "metadata"];
const FILTER_FIELDS: [&str; 9] = [
    "id",
    "name",
    "userID",
    "type",
    "version",
    "metadata.createdBy",
    "metadata.modifiedBy",
    "metadata.creationTimestamp",
    "metadata.modificationTimestamp",
];

fn labels_json(labels: &[(String, String)]) -> Value {
    Value::Array(
        labels
            .iter()
            .map(|(name, value)| json!({"name": name, "value": value}))
            .collect(),
    )
}

/// An Astra user and their tokens, in creation order.
#[derive(Debug, Clone)]
pub(crate) struct User {
    pub(crate) id: String,
    pub(crate) created: DateTime<Utc>,
    pub(crate) tokens: Vec<Token>,
}

/// Astra accounts, their users and the users' tokens.
#[derive(Debug, Default)]
pub(crate) struct Store {
    accounts: HashMap<String, HashMap<String, User>>,
    /// secret → (account, user, token)
    by_secret: HashMap<String, (String, String, String)>,
}

impl Store {
    pub(crate) fn add_user(&mut self, account_id: &str, user: User) {
        for token in &user.tokens {
            self.by_secret.insert(
                token.secret.clone(),
                (account_id.to_string(), user.id.clone(), token.id.clone()),
            );
        }
        self.accounts
            .entry(account_id.to_string())
            .or_default()
            .insert(user.id.clone(), user);
    }

    pub(crate) fn add_token(&mut self, account_id: &str, token: Token) -> bool {
        let Some(user) = self
            .accounts
            .get_mut(account_id)
            .and_then(|users| users.get_mut(&token.user_id))
        else {
            return false;
        };
        self.by_secret.insert(
            token.secret.clone(),
            (
                account_id.to_string(),
                token.user_id.clone(),
                token.id.clone(),
            ),
        );
        user.tokens.push(token);
        true
    }

    pub(crate) fn token_count(&self, account_id: &str, user_id: &str) -> usize {
        self.user(account_id, user_id)
            .map_or(0, |user| user.tokens.len())
    }

    fn user(&self, account_id: &str, user_id: &str) -> Option<&User> {
        self.accounts.get(account_id)?.get(user_id)
    }

    fn user_mut(&mut self, account_id: &str, user_id: &str) -> Option<&mut User> {
        self.accounts.get_mut(account_id)?.get_mut(user_id)
    }
}

// ---------------------------------------------------------------------------
// Problem details (RFC 7807), Astra's catalogue

#[derive(Debug, Clone, Copy)]
enum Problem {
    ResourceNotFound = 1,
    CollectionNotFound = 2,
    MissingBearer = 3,
    InvalidBearer = 4,
    InvalidQuery = 5,
    UnsupportedQuery = 6,
    InvalidJson = 7,
    InvalidResource = 8,
    FailedValidation = 9,
    Conflict = 10,
    NotPermitted = 11,
}

impl Problem {
    fn describe(self) -> (StatusCode, &'static str, &'static str) {
        match self {
            Problem::ResourceNotFound => (
                StatusCode::NOT_FOUND,
                "Resource not found",
                "The resource specified in the request URI wasn't found.",
            ),
            Problem::CollectionNotFound => (
                StatusCode::NOT_FOUND,
                "Collection not found",
                "The collection specified in the request URI wasn't found.",
            ),
            Problem::MissingBearer => (
                StatusCode::UNAUTHORIZED,
                "Missing bearer token",
                "The request is missing the required bearer token.",
            ),
            Problem::InvalidBearer => (
                StatusCode::UNAUTHORIZED,
                "Invalid bearer token",
                "The bearer token provided is invalid, revoked, or doesn't exist.",
            ),
            Problem::InvalidQuery => (
                StatusCode::BAD_REQUEST,
                "Invalid query parameters",
                "The supplied query parameters are invalid.",
            ),
            Problem::UnsupportedQuery => (
                StatusCode::BAD_REQUEST,
                "Query parameters not supported",
                "The supplied query parameters aren't supported for this endpoint.",
            ),
            Problem::InvalidJson => (
                StatusCode::BAD_REQUEST,
                "Invalid JSON payload",
                "The request body is not valid JSON.",
            ),
            Problem::InvalidResource => (
                StatusCode::BAD_REQUEST,
                "Invalid JSON resource",
                "The request body JSON doesn't conform to the schema.",
            ),
            Problem::FailedValidation => (
                StatusCode::BAD_REQUEST,
                "Invalid JSON resource",
                "The request body JSON didn't pass extended validation.",
            ),
            Problem::Conflict => (
                StatusCode::CONFLICT,
                "JSON resource conflict",
                "The request body JSON contains a field that conflicts with an idempotent value.",
            ),
            Problem::NotPermitted => (
                StatusCode::FORBIDDEN,
                "Operation not permitted",
                "The requested operation isn't permitted.",
            ),
        }
    }

    fn response(self) -> Response {
        self.with(Map::new())
    }

    /// With extra members (`invalidParams`, `invalidFields`, `schemaValidationFailure`).
    fn with(self, extra: Map<String, Value>) -> Response {
        let (status, title, detail) = self.describe();
        let mut body = Map::new();
        body.insert(
            "type".into(),
            format!("https://astra.netapp.io/problems/{}", self as u8).into(),
        );
        body.insert("title".into(), title.into());
        body.insert("detail".into(), detail.into());
        body.insert("status".into(), status.as_str().into());
        body.insert("correlationID".into(), ids::astra_id().into());
        body.extend(extra);
        let mut response = json_response(status, PROBLEM, &Value::Object(body));
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }

    fn members(self, key: &str, list: Vec<(String, String)>) -> Response {
        let mut extra = Map::new();
        extra.insert(
            key.into(),
            Value::Array(
                list.into_iter()
                    .map(|(name, reason)| json!({"name": name, "reason": reason}))
                    .collect(),
            ),
        );
        self.with(extra)
    }

    fn schema_failure(failure: impl Into<String>) -> Response {
        let mut extra = Map::new();
        extra.insert("schemaValidationFailure".into(), failure.into().into());
        Problem::InvalidResource.with(extra)
    }
}

/// What Astra answers for a path or method it does not serve (404, 405),
/// or a request it cannot read (400, 413).
pub(crate) fn unrouted(status: StatusCode) -> Response {
    if status == StatusCode::METHOD_NOT_ALLOWED {
        // No catalogued Astra problem: RFC 7807's default problem type.
        json_response(
            status,
            PROBLEM,
            &json!({
                "type": "about:blank",
                "title": "Method Not Allowed",
                "detail": "The method isn't supported for this resource.",
                "status": status.as_str(),
            }),
        )
    } else if status == StatusCode::NOT_FOUND {
        Problem::CollectionNotFound.response()
    } else {
        json_response(
            status,
            PROBLEM,
            &json!({
                "type": "about:blank",
                "title": status.canonical_reason().unwrap_or("Error"),
                "detail": "The request couldn't be read.",
                "status": status.as_str(),
            }),
        )
    }
}

// ---------------------------------------------------------------------------
// Authentication

struct Caller {
    user_id: String,
}

/// `Authorization: Bearer <token>` must be a live token of the account in the path.
fn authenticate(store: &Store, headers: &HeaderMap, account_id: &str) -> Result<Caller, Response> {
    let Some(secret) = authorization(headers, "Bearer") else {
        return Err(Problem::MissingBearer.response());
    };
    let Some((account, user, _)) = store.by_secret.get(secret) else {
        return Err(Problem::InvalidBearer.response());
    };
    if account != account_id {
        return Err(Problem::NotPermitted.response());
    }
    Ok(Caller {
        user_id: user.clone(),
    })
}

// ---------------------------------------------------------------------------
// Listing

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    Eq,
    Lt,
    Gt,
    Lte,
    Gte,
}

#[derive(Debug, Clone)]
struct Clause {
    field: String,
    operator: Operator,
    value: String,
}

impl Clause {
    fn matches(&self, token: &Token) -> bool {
        let Some(actual) = token.filter_value(&self.field) else {
            return false;
        };
        let order = actual.as_str().cmp(self.value.as_str());
        match self.operator {
            Operator::Eq => order.is_eq(),
            Operator::Lt => order.is_lt(),
            Operator::Gt => order.is_gt(),
            Operator::Lte => order.is_le(),
            Operator::Gte => order.is_ge(),
        }
    }
}

/// `field op 'value'` clauses joined by `and`; `''` inside a value is a quote.
fn parse_filter(filter: &str) -> Result<Vec<Clause>, (Problem, String)> {
    let invalid = |reason: &str| (Problem::InvalidQuery, reason.to_string());
    let mut clauses = Vec::new();
    let mut rest = filter.trim();
    loop {
        let (field, after) = rest
            .split_once(' ')
            .ok_or_else(|| invalid("Expected <field> <operator> '<value>'."))?;
        let after = after.trim_start();
        let (operator, after) = after
            .split_once(' ')
            .ok_or_else(|| invalid("Expected <field> <operator> '<value>'."))?;
        let operator = match operator {
            "eq" => Operator::Eq,
            "lt" => Operator::Lt,
            "gt" => Operator::Gt,
            "lte" => Operator::Lte,
            "gte" => Operator::Gte,
            "in" => {
                return Err((
                    Problem::UnsupportedQuery,
                    "The in operator isn't supported for this field.".to_string(),
                ));
            }
            _ => return Err(invalid("Supported operators are eq, lt, gt, lte and gte.")),
        };
        if !FILTER_FIELDS.contains(&field) {
            return Err((
                Problem::UnsupportedQuery,
                format!("Filtering isn't supported for the field {field}."),
            ));
        }
        let mut chars = after.trim_start().char_indices().peekable();
        if chars.next().map(|(_, c)| c) != Some('\'') {
            return Err(invalid("Values must be quoted with single quotes."));
        }
        let body = after.trim_start();
        let mut value = String::new();
        let mut end = None;
        while let Some((index, c)) = chars.next() {
            if c == '\'' {
                if chars.peek().map(|(_, c)| *c) == Some('\'') {
                    chars.next();
                    value.push('\'');
                } else {
                    end = Some(index + 1);
                    break;
                }
            } else {
                value.push(c);
            }
        }
        let end = end.ok_or_else(|| invalid("Unterminated quoted value."))?;
        clauses.push(Clause {
            field: field.to_string(),
            operator,
            value,
        });
        rest = body[end..].trim_start();
        if rest.is_empty() {
            return Ok(clauses);
        }
        rest = rest
            .strip_prefix("and ")
            .ok_or_else(|| invalid("Clauses must be joined with and."))?
            .trim_start();
    }
}

fn positive(value: &str) -> Option<usize> {
    let valid = value.starts_with(|c: char| ('1'..='9').contains(&c))
        && value.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| value.parse().unwrap_or(usize::MAX))
}

fn is_base64(value: &str) -> bool {
    !value.is_empty()
        && value.len().is_multiple_of(4)
        && base64::engine::general_purpose::STANDARD
            .decode(value)
            .is_ok()
}

fn encode_continue(skip: usize) -> String {
    base64::engine::general_purpose::STANDARD.encode(json!({"skip": skip}).to_string())
}

fn decode_continue(value: &str) -> Option<usize> {
    if !is_base64(value) {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value)
        .ok()?;
    let cursor: Value = serde_json::from_slice(&bytes).ok()?;
    usize::try_from(cursor.get("skip")?.as_u64()?).ok()
}

struct ListQuery {
    include: Option<Vec<String>>,
    limit: Option<usize>,
    filter: Vec<Clause>,
    order_by: Option<(String, bool)>,
    skip: usize,
    count: bool,
}

fn parse_list_query(pairs: &[(String, String)]) -> Result<ListQuery, Response> {
    let mut query = ListQuery {
        include: None,
        limit: None,
        filter: Vec::new(),
        order_by: None,
        skip: 0,
        count: false,
    };
    let mut invalid: Vec<(String, String)> = Vec::new();
    let mut unsupported: Vec<(String, String)> = Vec::new();
    let mut continue_skip = None;
    for (name, value) in pairs {
        match name.as_str() {
            "include" => {
                let fields: Vec<String> = value.split(',').map(str::to_string).collect();
                if fields
                    .iter()
                    .any(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_alphanumeric()))
                {
                    invalid.push((name.clone(), "The include list is malformed.".into()));
                } else if let Some(unknown) = fields
                    .iter()
                    .find(|f| !RESOURCE_FIELDS.contains(&f.as_str()))
                {
                    unsupported.push((
                        name.clone(),
                        format!("The field {unknown} can't be included."),
                    ));
                } else {
                    query.include = Some(fields);
                }
            }
            "limit" => match positive(value) {
                Some(limit) => query.limit = Some(limit),
                None => {
                    invalid.push((name.clone(), "The limit must be a positive integer.".into()))
                }
            },
            "skip" => match positive(value) {
                Some(skip) => query.skip = skip,
                None => invalid.push((name.clone(), "The skip must be a positive integer.".into())),
            },
            "count" => {
                if value == "true" {
                    query.count = true;
                } else {
                    invalid.push((name.clone(), "The count must be true.".into()));
                }
            }
            "filter" => match parse_filter(value) {
                Ok(clauses) => query.filter = clauses,
                Err((Problem::UnsupportedQuery, reason)) => {
                    unsupported.push((name.clone(), reason))
                }
                Err((_, reason)) => invalid.push((name.clone(), reason)),
            },
            "orderBy" => {
                let (field, descending) = match value.split_once(' ') {
                    Some((field, "desc")) => (field, true),
                    Some(_) => ("", false),
                    None => (value.as_str(), false),
                };
                if field.is_empty() || !field.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    invalid.push((name.clone(), "The orderBy is malformed.".into()));
                } else if field != "name" && field != "id" {
                    unsupported.push((
                        name.clone(),
                        "Sorting isn't supported for this field.".into(),
                    ));
                } else {
                    query.order_by = Some((field.to_string(), descending));
                }
            }
            "continue" => match decode_continue(value) {
                Some(skip) => continue_skip = Some(skip),
                None => invalid.push((name.clone(), "The continue token is invalid.".into())),
            },
            _ => unsupported.push((
                name.clone(),
                "The query parameter isn't supported for this endpoint.".into(),
            )),
        }
    }
    if !invalid.is_empty() {
        return Err(Problem::InvalidQuery.members("invalidParams", invalid));
    }
    if !unsupported.is_empty() {
        return Err(Problem::UnsupportedQuery.members("invalidParams", unsupported));
    }
    if let Some(skip) = continue_skip {
        query.skip = skip;
    }
    Ok(query)
}

/// `GET …/users/{user_id}/tokens` — listTokens.
pub(crate) async fn list(
    State(shared): State<Arc<Shared>>,
    Path((account_id, user_id)): Path<(String, String)>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Response {
    let store = shared.lock();
    let store = &*store;
    if let Err(response) = authenticate(store, &headers, &account_id) {
        return response;
    }
    let Some(user) = store.user(&account_id, &user_id) else {
        return Problem::CollectionNotFound.response();
    };
    let query = match parse_list_query(&query_pairs(raw.as_deref())) {
        Ok(query) => query,
        Err(response) => return response,
    };
    let mut matching: Vec<&Token> = user
        .tokens
        .iter()
        .filter(|token| query.filter.iter().all(|clause| clause.matches(token)))
        .collect();
    if let Some((field, descending)) = &query.order_by {
        matching.sort_by(|a, b| {
            let order = if field == "id" {
                a.id.cmp(&b.id)
            } else {
                a.name.cmp(&b.name)
            };
            if *descending { order.reverse() } else { order }
        });
    }
    let total = matching.len();
    let start = query.skip.min(total);
    let end = query
        .limit
        .map_or(total, |limit| start.saturating_add(limit).min(total));
    let items: Vec<Value> = matching[start..end]
        .iter()
        .map(|token| match &query.include {
            Some(fields) => Value::Array(fields.iter().map(|f| token.field(f)).collect()),
            None => token.render(),
        })
        .collect();
    let mut metadata = Map::new();
    metadata.insert("labels".into(), json!([]));
    metadata.insert("creationTimestamp".into(), astra_time(user.created).into());
    metadata.insert(
        "modificationTimestamp".into(),
        astra_time(user.created).into(),
    );
    metadata.insert("createdBy".into(), user.id.clone().into());
    if end < total {
        metadata.insert("continue".into(), encode_continue(end).into());
    }
    if query.count {
        metadata.insert("count".into(), total.into());
    }
    json_response(
        StatusCode::OK,
        "application/json",
        &json!({"items": items, "metadata": metadata}),
    )
}

/// `GET …/tokens/{token_id}` — getToken.
pub(crate) async fn get(
    State(shared): State<Arc<Shared>>,
    Path((account_id, user_id, token_id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let store = shared.lock();
    let store = &*store;
    if let Err(response) = authenticate(store, &headers, &account_id) {
        return response;
    }
    let Some(user) = store.user(&account_id, &user_id) else {
        return Problem::CollectionNotFound.response();
    };
    match user.tokens.iter().find(|token| token.id == token_id) {
        Some(token) => json_response(StatusCode::OK, TOKEN_MEDIA_TYPE, &token.render()),
        None => Problem::ResourceNotFound.response(),
    }
}

/// What a create or modify body may set.
struct Desired {
    name: Option<String>,
    labels: Option<Vec<(String, String)>>,
    id: Option<String>,
    user_id: Option<String>,
}

/// Checks a `TokenCreate` (`create`) or `TokenUpdate` body against the schema
/// (problem 7/8) and Astra's extended validation of names (problem 9).
fn parse_body(body: &[u8], create: bool) -> Result<Desired, Response> {
    let value: Value = serde_json::from_slice(body).map_err(|_| Problem::InvalidJson.response())?;
    let Some(object) = value.as_object() else {
        return Err(Problem::schema_failure(
            "(root): Invalid type. Expected: object",
        ));
    };
    let allowed: &[&str] = if create {
        &["type", "version", "name", "metadata"]
    } else {
        &["type", "version", "id", "name", "userID", "metadata"]
    };
    if let Some(extra) = object.keys().find(|k| !allowed.contains(&k.as_str())) {
        return Err(Problem::schema_failure(format!(
            "(root): Additional property {extra} is not allowed"
        )));
    }
    for (key, expected) in [("type", RESOURCE_TYPE), ("version", RESOURCE_VERSION)] {
        match object.get(key) {
            None => {
                return Err(Problem::schema_failure(format!(
                    "(root): {key} is required"
                )));
            }
            Some(Value::String(value)) if value == expected => {}
            Some(_) => {
                return Err(Problem::schema_failure(format!(
                    "{key}: {key} must be one of the following: \"{expected}\""
                )));
            }
        }
    }
    let name = match object.get("name") {
        None if create => return Err(Problem::schema_failure("(root): name is required")),
        None => None,
        Some(Value::String(name)) => {
            let length = name.chars().count();
            if length < 1 {
                return Err(Problem::schema_failure(
                    "name: String length must be greater than or equal to 1",
                ));
            }
            if length > 63 {
                return Err(Problem::schema_failure(
                    "name: String length must be less than or equal to 63",
                ));
            }
            if let Some(reason) = name_problem(name) {
                return Err(Problem::FailedValidation
                    .members("invalidFields", vec![("name".into(), reason.into())]));
            }
            Some(name.clone())
        }
        Some(_) => {
            return Err(Problem::schema_failure(
                "name: Invalid type. Expected: string",
            ));
        }
    };
    let identifier = |key: &str| -> Result<Option<String>, Response> {
        match object.get(key) {
            None => Ok(None),
            Some(Value::String(id)) if is_identifier(id) => Ok(Some(id.clone())),
            Some(_) => Err(Problem::schema_failure(format!(
                "{key}: Does not match the Astra identifier pattern"
            ))),
        }
    };
    let id = identifier("id")?;
    let user_id = identifier("userID")?;
    let labels = match object.get("metadata") {
        None => None,
        Some(Value::Object(metadata)) => match metadata.get("labels") {
            None => None,
            Some(labels) => Some(parse_labels(labels)?),
        },
        Some(_) => {
            return Err(Problem::schema_failure(
                "metadata: Invalid type. Expected: object",
            ));
        }
    };
    Ok(Desired {
        name,
        labels,
        id,
        user_id,
    })
}

fn parse_labels(value: &Value) -> Result<Vec<(String, String)>, Response> {
    let Some(items) = value.as_array() else {
        return Err(Problem::schema_failure(
            "metadata.labels: Invalid type. Expected: array",
        ));
    };
    let mut labels: Vec<(String, String)> = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let name = item.get("name").and_then(Value::as_str);
        let value = item.get("value").and_then(Value::as_str);
        let (Some(name), Some(value)) = (name, value) else {
            return Err(Problem::schema_failure(format!(
                "metadata.labels.{index}: name and value are required strings"
            )));
        };
        let label = (name.to_string(), value.to_string());
        if labels.contains(&label) {
            return Err(Problem::schema_failure(
                "metadata.labels: array items must be unique",
            ));
        }
        labels.push(label);
    }
    Ok(labels)
}

/// Astra validates names against XSS, Unicode, directory traversal and SQL injection.
fn name_problem(name: &str) -> Option<&'static str> {
    if name.chars().any(|c| !(' '..='~').contains(&c)) {
        return Some("The name contains characters that aren't allowed.");
    }
    if name.contains(['<', '>', '`', ';', '\\']) {
        return Some("The name contains characters that aren't allowed.");
    }
    if name.contains("../") || name.contains("..\\") || name.contains("--") {
        return Some("The name contains a sequence that isn't allowed.");
    }
    None
}

/// A lower-case UUID of version 4 or 5, or the nil UUID (`AstraIdentifier`).
fn is_identifier(value: &str) -> bool {
    let Ok(uuid) = uuid::Uuid::parse_str(value) else {
        return false;
    };
    value.len() == 36
        && value == uuid.hyphenated().to_string()
        && (uuid.is_nil() || matches!(uuid.get_version_num(), 4 | 5))
}

/// `POST …/users/{user_id}/tokens` — createToken (a user creates their own tokens).
pub(crate) async fn create(
    State(shared): State<Arc<Shared>>,
    Path((account_id, user_id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = shared.lock();
    let base_url = shared.base_url.clone();
    let store = &mut *store;
    let caller = match authenticate(store, &headers, &account_id) {
        Ok(caller) => caller,
        Err(response) => return response,
    };
    if store.user(&account_id, &user_id).is_none() {
        return Problem::CollectionNotFound.response();
    }
    if caller.user_id != user_id {
        // A token is a credential of its user: nobody else may mint one.
        return Problem::NotPermitted.response();
    }
    let desired = match parse_body(&body, true) {
        Ok(desired) => desired,
        Err(response) => return response,
    };
    let mut token = Token::new(
        desired.name.as_deref().unwrap_or_default(),
        &user_id,
        time::now(),
    );
    token.labels = desired.labels.unwrap_or_default();
    let mut rendered = token.render();
    if let Some(object) = rendered.as_object_mut() {
        object.insert("token".into(), token.secret.clone().into());
    }
    let location = format!(
        "{base_url}/accounts/{account_id}/core/v1/users/{user_id}/tokens/{}",
        token.id
    );
    store.add_token(&account_id, token);
    let mut response = json_response(StatusCode::CREATED, TOKEN_MEDIA_TYPE, &rendered);
    if let Ok(location) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// `PUT …/tokens/{token_id}` — updateToken.
pub(crate) async fn update(
    State(shared): State<Arc<Shared>>,
    Path((account_id, user_id, token_id)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    let caller = match authenticate(store, &headers, &account_id) {
        Ok(caller) => caller,
        Err(response) => return response,
    };
    let Some(user) = store.user_mut(&account_id, &user_id) else {
        return Problem::CollectionNotFound.response();
    };
    let Some(token) = user.tokens.iter_mut().find(|token| token.id == token_id) else {
        return Problem::ResourceNotFound.response();
    };
    let desired = match parse_body(&body, false) {
        Ok(desired) => desired,
        Err(response) => return response,
    };
    let mut conflicts = Vec::new();
    if desired.id.as_ref().is_some_and(|id| *id != token.id) {
        conflicts.push((
            "id".to_string(),
            "The id doesn't match the ID of the resource in the request URI.".to_string(),
        ));
    }
    if desired
        .user_id
        .as_ref()
        .is_some_and(|id| *id != token.user_id)
    {
        conflicts.push((
            "userID".to_string(),
            "The userID doesn't match the user of the resource in the request URI.".to_string(),
        ));
    }
    if !conflicts.is_empty() {
        return Problem::Conflict.members("invalidFields", conflicts);
    }
    if let Some(name) = desired.name {
        token.name = name;
    }
    if let Some(labels) = desired.labels {
        token.labels = labels;
    }
    token.modified = time::now();
    token.modified_by = Some(caller.user_id);
    no_content()
}

/// `DELETE …/tokens/{token_id}` — deleteToken; the token stops authenticating.
pub(crate) async fn delete(
    State(shared): State<Arc<Shared>>,
    Path((account_id, user_id, token_id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    let mut store = shared.lock();
    let store = &mut *store;
    if let Err(response) = authenticate(store, &headers, &account_id) {
        return response;
    }
    let Some(user) = store.user_mut(&account_id, &user_id) else {
        return Problem::CollectionNotFound.response();
    };
    let Some(index) = user.tokens.iter().position(|token| token.id == token_id) else {
        return Problem::ResourceNotFound.response();
    };
    let token = user.tokens.remove(index);
    store.by_secret.remove(&token.secret);
    no_content()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_parse_and_refuse_garbage() {
        let clauses = parse_filter("name eq 'Snapshot Script' and metadata.createdBy gte 'a''b'")
            .unwrap_or_default();
        assert_eq!(clauses.len(), 2);
        assert_eq!(clauses[0].value, "Snapshot Script");
        assert_eq!(clauses[1].value, "a'b");
        assert_eq!(clauses[1].operator, Operator::Gte);
        for bad in [
            "name",
            "name eq x",
            "name like 'x'",
            "name eq 'x' or id eq 'y'",
            "name eq 'x",
        ] {
            assert!(
                matches!(parse_filter(bad), Err((Problem::InvalidQuery, _))),
                "{bad}"
            );
        }
        assert!(matches!(
            parse_filter("secret eq 'x'"),
            Err((Problem::UnsupportedQuery, _))
        ));
    }

    #[test]
    fn continue_tokens_are_base64_json() {
        assert_eq!(encode_continue(1), "eyJza2lwIjoxfQ==");
        assert_eq!(decode_continue("eyJza2lwIjoxfQ=="), Some(1));
        assert_eq!(decode_continue("not base64"), None);
        assert_eq!(decode_continue("e30="), None);
    }

    #[test]
    fn identifiers_and_names() {
        assert!(is_identifier("822fab12-c224-5d1f-8118-5fb5d2def8b9"));
        assert!(is_identifier("00000000-0000-0000-0000-000000000000"));
        assert!(!is_identifier("822FAB12-C224-5D1F-8118-5FB5D2DEF8B9"));
        assert!(!is_identifier("822fab12-c224-1d1f-8118-5fb5d2def8b9"));
        assert_eq!(name_problem("Snapshot Script (v2)"), None);
        assert!(name_problem("<script>").is_some());
        assert!(name_problem("naïve").is_some());
        assert!(name_problem("x'; DROP TABLE tokens; --").is_some());
    }
}
