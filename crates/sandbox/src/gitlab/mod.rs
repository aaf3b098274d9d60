//! GitLab REST API v4 personal access tokens, `/api/v4/personal_access_tokens…`
//! and `/api/v4/users/{user_id}/personal_access_tokens` (specs/gitlab.yaml):
//! its routes, its store and rules, its credentials and demo seeding, and
//! [`GitLab`], its handle on a running sandbox.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing;
use chrono::{DateTime, NaiveDate, Utc};
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value, json};

use crate::http::{authorization, header_str, json as json_response, no_content, query_pairs};
use crate::time;
use apitokens_gitlab::TOKEN_ENV;

use crate::vendor::{ConfigSource, Description, SeededToken, Setup, VendorApi, VendorState};

mod demo;
mod ids;

/// What the handlers share: the store behind its lock, and the server root.
type Shared = VendorState<Store>;

/// Where the API lives under the server root (as on `https://gitlab.com/api/v4`).
const API: &str = "/api/v4";
const JSON: &str = "application/json";

/// The scopes GitLab's "Token scopes" page lists for personal access tokens.
const SCOPES: [&str; 17] = [
    "api",
    "read_user",
    "read_api",
    "read_repository",
    "write_repository",
    "read_registry",
    "write_registry",
    "read_virtual_registry",
    "write_virtual_registry",
    "sudo",
    "admin_mode",
    "create_runner",
    "manage_runner",
    "ai_features",
    "k8s_proxy",
    "self_rotate",
    "read_service_ping",
];

/// How long a rotated token lives when `expires_at` is not given (GitLab: one week).
const ROTATION_DAYS: i64 = 7;
/// The longest lifetime GitLab allows a personal access token (days).
const MAX_LIFETIME_DAYS: i64 = 400;

/// The GitLab side of a running sandbox: its URL, the credentials it accepts,
/// and seeding (`RunningSandbox::vendors().gitlab`).
#[derive(Debug, Clone)]
pub struct GitLab {
    shared: Arc<Shared>,
    credentials: Credentials,
}

/// The GitLab users and tokens a sandbox accepts: an administrator's token and
/// a plain user's, both with the `api` scope.
///
/// `Debug` redacts the tokens; read them with [`ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    admin_user_id: u64,
    admin_token: SecretString,
    user_id: u64,
    user_token: SecretString,
}

impl Credentials {
    /// The administrator's user ID.
    pub fn admin_user_id(&self) -> u64 {
        self.admin_user_id
    }

    /// The administrator's personal access token (`api`; send as
    /// `PRIVATE-TOKEN: <token>` or `Authorization: Bearer <token>`).
    pub fn admin_token(&self) -> &SecretString {
        &self.admin_token
    }

    /// The plain (non-administrator) user's ID.
    pub fn user_id(&self) -> u64 {
        self.user_id
    }

    /// The plain user's personal access token (`api`).
    pub fn user_token(&self) -> &SecretString {
        &self.user_token
    }
}

/// A GitLab personal access token to seed with [`GitLab::add_token`].
#[derive(Debug, Clone)]
pub struct GitLabToken {
    name: String,
    user_id: Option<u64>,
    scopes: Vec<String>,
    expires_in_days: Option<i64>,
    revoked: bool,
}

impl GitLabToken {
    /// A token of the plain user, named `name`, with the `api` scope, expiring in 30 days.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            user_id: None,
            scopes: vec!["api".to_string()],
            expires_in_days: Some(30),
            revoked: false,
        }
    }

    /// Owned by `user_id` (a user the sandbox does not know yet is created, not an administrator).
    pub fn user(mut self, user_id: u64) -> Self {
        self.user_id = Some(user_id);
        self
    }

    /// With these scopes instead of `api`.
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Expiring `days` days from today (negative: expired), or never (`None`).
    pub fn expires_in_days(mut self, days: Option<i64>) -> Self {
        self.expires_in_days = days;
        self
    }

    /// Already revoked.
    pub fn revoked(mut self) -> Self {
        self.revoked = true;
        self
    }
}

impl GitLab {
    /// The API base URL, `<server root>/api/v4`, for the generated client.
    pub fn api_url(&self) -> String {
        format!("{}{API}", self.shared.base_url)
    }

    /// The credentials the sandbox accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Adds `n` tokens spread over the plain user and a few others, with
    /// varied scopes, ages, expiries, uses and revocations. Returns the new total.
    pub fn add_tokens(&self, n: usize) -> usize {
        let now = time::now();
        let mut store = self.shared.lock();
        demo::bulk(&mut store, self.credentials.user_id, n, now);
        store.tokens.len()
    }

    /// Adds one token as described; returns its ID and secret.
    pub fn add_token(&self, spec: GitLabToken) -> SeededToken {
        let now = time::now();
        let user_id = spec.user_id.unwrap_or(self.credentials.user_id);
        let mut store = self.shared.lock();
        store.users.entry(user_id).or_insert(User { admin: false });
        let expires = spec
            .expires_in_days
            .and_then(|days| time::days_after(now, days))
            .map(|t| t.date_naive());
        let token = store.insert(Token {
            revoked: spec.revoked,
            ..Token::new(&spec.name, user_id, spec.scopes, now, expires)
        });
        SeededToken {
            id: token.id.to_string(),
            secret: SecretString::from(token.secret.clone()),
        }
    }

    /// How many tokens exist (of every user, revoked ones included).
    pub fn token_count(&self) -> usize {
        self.shared.lock().tokens.len()
    }
}

impl VendorApi for GitLab {
    fn start(setup: &Setup) -> Self {
        let now = time::now();
        let mut store = Store::default();
        let (admin_user_id, admin_token, user_id, user_token) = demo::credentials(&mut store, now);
        if setup.demo {
            demo::seed(&mut store, admin_user_id, user_id, now);
        }
        Self {
            shared: VendorState::new(store, setup.base_url.clone()),
            credentials: Credentials {
                admin_user_id,
                admin_token: SecretString::from(admin_token),
                user_id,
                user_token: SecretString::from(user_token),
            },
        }
    }

    fn router(&self) -> Router {
        const TOKENS: &str = "/api/v4/personal_access_tokens";
        Router::new()
            .route(TOKENS, routing::get(list))
            .route(
                &format!("{TOKENS}/self"),
                routing::get(get_self).delete(revoke_self),
            )
            .route(&format!("{TOKENS}/self/rotate"), routing::post(rotate_self))
            .route(
                &format!("{TOKENS}/{{id}}"),
                routing::get(get).delete(revoke),
            )
            .route(&format!("{TOKENS}/{{id}}/rotate"), routing::post(rotate))
            .route(
                "/api/v4/users/{user_id}/personal_access_tokens",
                routing::post(create_for_user),
            )
            .with_state(self.shared.clone())
    }

    fn owns(&self, path: &str) -> bool {
        path.starts_with("/api/v4/")
    }

    fn unrouted(&self, status: StatusCode) -> Response {
        message(
            status,
            &format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("Error")
            ),
        )
    }

    fn describe(&self) -> Description {
        let url = self.api_url();
        let Credentials {
            admin_user_id,
            admin_token,
            user_id,
            user_token,
        } = &self.credentials;
        let (admin_token, user_token) = (admin_token.expose_secret(), user_token.expose_secret());
        Description {
            section: format!(
                "GitLab (REST API v4 personal access tokens)\n  \
                 API URL          {url}\n  \
                 admin token      {admin_token}   (user {admin_user_id}, administrator; api)\n  \
                 user token       {user_token}   (user {user_id}; api)\n  \
                 try: curl -H 'PRIVATE-TOKEN: {admin_token}' '{url}/personal_access_tokens?state=active&per_page=5'\n"
            ),
            config: ConfigSource {
                entry: format!(
                    "name = \"gitlab-demo\"\nvendor = \"gitlab\"\nurl = \"{url}\"\n\
                     # an administrator's token: every user's tokens\ntoken_env = \"{TOKEN_ENV}\""
                ),
                env: vec![(TOKEN_ENV, self.credentials.admin_token.clone())],
            },
            source: format!("apitokens::GitLabSource::from_env(\"{url}\")"),
            client: format!("apitokens_gitlab::Client::connect(\"{url}\", …)"),
        }
    }
}

// ---------------------------------------------------------------------------
// The store

/// A GitLab user, as far as tokens care.
#[derive(Debug, Clone, Copy)]
pub(crate) struct User {
    pub(crate) admin: bool,
}

/// One personal access token (and its secret, which only creation and rotation return).
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub(crate) id: u64,
    pub(crate) name: String,
    pub(crate) description: Option<String>,
    pub(crate) user_id: u64,
    pub(crate) scopes: Vec<String>,
    pub(crate) created: DateTime<Utc>,
    pub(crate) last_used: Option<DateTime<Utc>>,
    pub(crate) expires: Option<NaiveDate>,
    pub(crate) revoked: bool,
    /// The token this one was rotated from.
    pub(crate) previous: Option<u64>,
    pub(crate) secret: String,
}

impl Token {
    /// A new, unused token (its ID is given by [`Store::insert`]).
    pub(crate) fn new(
        name: &str,
        user_id: u64,
        scopes: Vec<String>,
        created: DateTime<Utc>,
        expires: Option<NaiveDate>,
    ) -> Self {
        Self {
            id: 0,
            name: name.to_string(),
            description: None,
            user_id,
            scopes,
            created,
            last_used: None,
            expires,
            revoked: false,
            previous: None,
            secret: ids::secret(),
        }
    }

    /// GitLab: a token expires at the start of its `expires_at` day.
    fn expired(&self, today: NaiveDate) -> bool {
        self.expires.is_some_and(|expires| expires <= today)
    }

    fn active(&self, today: NaiveDate) -> bool {
        !self.revoked && !self.expired(today)
    }

    fn has_scope(&self, any_of: &[&str]) -> bool {
        self.scopes.iter().any(|scope| any_of.contains(&&**scope))
    }

    fn render(&self, today: NaiveDate) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("id".into(), self.id.into());
        out.insert("name".into(), self.name.clone().into());
        out.insert("revoked".into(), self.revoked.into());
        out.insert("created_at".into(), gitlab_time(self.created).into());
        out.insert("description".into(), self.description.clone().into());
        out.insert("scopes".into(), self.scopes.clone().into());
        out.insert("user_id".into(), self.user_id.into());
        out.insert(
            "last_used_at".into(),
            self.last_used.map(gitlab_time).into(),
        );
        out.insert("active".into(), self.active(today).into());
        out.insert(
            "expires_at".into(),
            self.expires.map(|d| d.to_string()).into(),
        );
        out
    }

    /// What creation and rotation return: the metadata, no use yet, and the secret.
    fn render_with_secret(&self, today: NaiveDate) -> Value {
        let mut out = self.render(today);
        out.insert("last_used_ips".into(), json!([]));
        out.insert("token".into(), self.secret.clone().into());
        Value::Object(out)
    }
}

/// GitLab's time: RFC 3339 UTC with milliseconds (`2020-07-23T14:31:47.729Z`).
fn gitlab_time(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Users, their tokens (in ID order) and the secrets' index.
#[derive(Debug, Default)]
pub(crate) struct Store {
    pub(crate) users: BTreeMap<u64, User>,
    pub(crate) tokens: BTreeMap<u64, Token>,
    by_secret: HashMap<String, u64>,
    last_id: u64,
}

impl Store {
    /// Stores `token` under the next ID; returns it as stored.
    pub(crate) fn insert(&mut self, mut token: Token) -> &Token {
        self.last_id += 1;
        token.id = self.last_id;
        self.by_secret.insert(token.secret.clone(), token.id);
        self.tokens.entry(token.id).or_insert(token)
    }

    fn is_admin(&self, user_id: u64) -> bool {
        self.users.get(&user_id).is_some_and(|user| user.admin)
    }

    /// Revokes `id` and returns a new token like it, expiring on `expires`.
    fn rotate(&mut self, id: u64, expires: NaiveDate, now: DateTime<Utc>) -> Option<Token> {
        let old = self.tokens.get_mut(&id)?;
        old.revoked = true;
        let mut new = Token::new(
            &old.name,
            old.user_id,
            old.scopes.clone(),
            now,
            Some(expires),
        );
        new.description = old.description.clone();
        new.previous = Some(id);
        Some(self.insert(new).clone())
    }

    /// GitLab's reuse detection: rotating a revoked token revokes every token
    /// rotated from it (its family's later generations).
    fn revoke_descendants(&mut self, id: u64) {
        let mut family = vec![id];
        // IDs grow with every rotation, so one pass in ID order finds every generation.
        for token in self.tokens.values_mut() {
            if token
                .previous
                .is_some_and(|previous| family.contains(&previous))
            {
                token.revoked = true;
                family.push(token.id);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// GitLab's error bodies

fn message(status: StatusCode, text: &str) -> Response {
    json_response(status, JSON, &json!({ "message": text }))
}

fn unauthorized() -> Response {
    message(StatusCode::UNAUTHORIZED, "401 Unauthorized")
}

fn forbidden() -> Response {
    message(StatusCode::FORBIDDEN, "403 Forbidden")
}

fn not_found(what: &str) -> Response {
    message(StatusCode::NOT_FOUND, &format!("404 {what}Not Found"))
}

fn bad_request(text: &str) -> Response {
    message(
        StatusCode::BAD_REQUEST,
        &format!("400 Bad request - {text}"),
    )
}

/// Grape's answer to a parameter that fails validation (`{"error": "scopes does not have a valid value"}`).
fn invalid_parameter(text: &str) -> Response {
    json_response(StatusCode::BAD_REQUEST, JSON, &json!({ "error": text }))
}

/// A token without the scope an endpoint needs.
fn insufficient_scope(scope: &str) -> Response {
    json_response(
        StatusCode::FORBIDDEN,
        JSON,
        &json!({
            "error": "insufficient_scope",
            "error_description": "The request requires higher privileges than provided by the access token.",
            "scope": scope,
        }),
    )
}

// ---------------------------------------------------------------------------
// Authentication

/// Who called: the token's ID and its user.
#[derive(Debug, Clone, Copy)]
struct Caller {
    token_id: u64,
    user_id: u64,
    admin: bool,
}

/// The token of `PRIVATE-TOKEN` or `Authorization: Bearer`, if active and
/// holding one of `any_of` scopes; its use is recorded (`last_used_at`).
fn authenticate(
    store: &mut Store,
    headers: &HeaderMap,
    any_of: &[&str],
) -> Result<Caller, Response> {
    let given = header_str(headers, "private-token")
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .or_else(|| authorization(headers, "Bearer"))
        .ok_or_else(unauthorized)?;
    let now = time::now();
    let id = *store.by_secret.get(given).ok_or_else(unauthorized)?;
    let token = store.tokens.get_mut(&id).ok_or_else(unauthorized)?;
    if !token.active(now.date_naive()) {
        return Err(unauthorized());
    }
    if !token.has_scope(any_of) {
        return Err(insufficient_scope(any_of.first().copied().unwrap_or("api")));
    }
    token.last_used = Some(now);
    let user_id = token.user_id;
    Ok(Caller {
        token_id: id,
        user_id,
        admin: store.is_admin(user_id),
    })
}

const READ: &[&str] = &["api", "read_api"];
const WRITE: &[&str] = &["api"];
const SELF_ROTATE: &[&str] = &["api", "self_rotate"];

// ---------------------------------------------------------------------------
// Parameters

fn parse_id(raw: &str, name: &str) -> Result<u64, Response> {
    raw.parse()
        .map_err(|_| invalid_parameter(&format!("{name} is invalid")))
}

/// An ISO 8601 time (`2022-01-01T00:00:00Z`) or date (`2022-01-01`, its midnight UTC).
fn parse_time(value: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            parse_date(value)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc())
        })
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

/// A new token's expiry: a valid date, after today, within GitLab's maximum lifetime.
fn parse_expiry(value: &str, today: NaiveDate) -> Result<NaiveDate, Response> {
    let date = parse_date(value).ok_or_else(|| invalid_parameter("expires_at is invalid"))?;
    if date <= today {
        return Err(bad_request("Expiration date must be in the future"));
    }
    if (date - today).num_days() > MAX_LIFETIME_DAYS {
        return Err(bad_request(&format!(
            "Expiration date must be before {}",
            today + chrono::Duration::days(MAX_LIFETIME_DAYS)
        )));
    }
    Ok(date)
}

#[derive(Debug, Clone, Copy)]
enum Sort {
    CreatedAsc,
    CreatedDesc,
    ExpiresAsc,
    ExpiresDesc,
    LastUsedAsc,
    LastUsedDesc,
    NameAsc,
    NameDesc,
}

/// A listing's filters, order and page.
#[derive(Debug, Default)]
struct ListQuery {
    created_after: Option<DateTime<Utc>>,
    created_before: Option<DateTime<Utc>>,
    last_used_after: Option<DateTime<Utc>>,
    last_used_before: Option<DateTime<Utc>>,
    expires_after: Option<NaiveDate>,
    expires_before: Option<NaiveDate>,
    revoked: Option<bool>,
    active: Option<bool>,
    search: Option<String>,
    user_id: Option<u64>,
    sort: Option<Sort>,
    page: usize,
    per_page: usize,
}

fn parse_list_query(pairs: &[(String, String)]) -> Result<ListQuery, Response> {
    let mut query = ListQuery {
        page: 1,
        per_page: 20,
        ..ListQuery::default()
    };
    for (name, value) in pairs {
        let invalid = || invalid_parameter(&format!("{name} is invalid"));
        let unknown_value = || invalid_parameter(&format!("{name} does not have a valid value"));
        match name.as_str() {
            "created_after" => query.created_after = Some(parse_time(value).ok_or_else(invalid)?),
            "created_before" => query.created_before = Some(parse_time(value).ok_or_else(invalid)?),
            "last_used_after" => {
                query.last_used_after = Some(parse_time(value).ok_or_else(invalid)?);
            }
            "last_used_before" => {
                query.last_used_before = Some(parse_time(value).ok_or_else(invalid)?);
            }
            "expires_after" => query.expires_after = Some(parse_date(value).ok_or_else(invalid)?),
            "expires_before" => query.expires_before = Some(parse_date(value).ok_or_else(invalid)?),
            "revoked" => {
                query.revoked = Some(match value.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return Err(invalid()),
                });
            }
            "state" => {
                query.active = Some(match value.as_str() {
                    "active" => true,
                    "inactive" => false,
                    _ => return Err(unknown_value()),
                });
            }
            "search" => query.search = Some(value.to_lowercase()),
            "user_id" => query.user_id = Some(value.parse().map_err(|_| invalid())?),
            "sort" => {
                query.sort = Some(match value.as_str() {
                    "created_asc" => Sort::CreatedAsc,
                    "created_desc" => Sort::CreatedDesc,
                    "expires_asc" => Sort::ExpiresAsc,
                    "expires_desc" => Sort::ExpiresDesc,
                    "last_used_asc" => Sort::LastUsedAsc,
                    "last_used_desc" => Sort::LastUsedDesc,
                    "name_asc" => Sort::NameAsc,
                    "name_desc" => Sort::NameDesc,
                    _ => return Err(unknown_value()),
                });
            }
            // GitLab reads a page below 1 as the first, and caps `per_page` at 100.
            "page" => query.page = value.parse::<usize>().map_err(|_| invalid())?.max(1),
            "per_page" => {
                query.per_page = value.parse::<usize>().map_err(|_| invalid())?.clamp(1, 100);
            }
            // GitLab ignores parameters it does not declare.
            _ => {}
        }
    }
    Ok(query)
}

impl ListQuery {
    fn matches(&self, token: &Token, today: NaiveDate) -> bool {
        let after = |bound: Option<DateTime<Utc>>, time: Option<DateTime<Utc>>| {
            bound.is_none_or(|bound| time.is_some_and(|time| time > bound))
        };
        let before = |bound: Option<DateTime<Utc>>, time: Option<DateTime<Utc>>| {
            bound.is_none_or(|bound| time.is_some_and(|time| time < bound))
        };
        after(self.created_after, Some(token.created))
            && before(self.created_before, Some(token.created))
            && after(self.last_used_after, token.last_used)
            && before(self.last_used_before, token.last_used)
            && self
                .expires_after
                .is_none_or(|bound| token.expires.is_some_and(|date| date > bound))
            && self
                .expires_before
                .is_none_or(|bound| token.expires.is_some_and(|date| date < bound))
            && self.revoked.is_none_or(|revoked| token.revoked == revoked)
            && self
                .active
                .is_none_or(|active| token.active(today) == active)
            && self
                .search
                .as_deref()
                .is_none_or(|search| token.name.to_lowercase().contains(search))
            && self.user_id.is_none_or(|user_id| token.user_id == user_id)
    }

    fn sort(&self, tokens: &mut [&Token]) {
        let Some(sort) = self.sort else {
            return;
        };
        // Ties (and missing dates) keep ID order: the sort is stable.
        match sort {
            Sort::CreatedAsc => tokens.sort_by_key(|t| t.created),
            Sort::CreatedDesc => tokens.sort_by_key(|t| std::cmp::Reverse(t.created)),
            Sort::ExpiresAsc => tokens.sort_by_key(|t| (t.expires.is_none(), t.expires)),
            Sort::ExpiresDesc => {
                tokens.sort_by_key(|t| (t.expires.is_none(), std::cmp::Reverse(t.expires)));
            }
            Sort::LastUsedAsc => tokens.sort_by_key(|t| (t.last_used.is_none(), t.last_used)),
            Sort::LastUsedDesc => {
                tokens.sort_by_key(|t| (t.last_used.is_none(), std::cmp::Reverse(t.last_used)));
            }
            Sort::NameAsc => tokens.sort_by(|a, b| a.name.cmp(&b.name)),
            Sort::NameDesc => tokens.sort_by(|a, b| b.name.cmp(&a.name)),
        }
    }
}

/// GitLab's offset-pagination headers: `x-page`, `x-per-page`, `x-next-page`
/// and `x-prev-page` (empty at the ends), `x-total`, `x-total-pages`, and the
/// `Link` header with the `prev`, `next`, `first` and `last` pages.
fn paging_headers(
    headers: &mut HeaderMap,
    url: &str,
    pairs: &[(String, String)],
    page: usize,
    per_page: usize,
    total: usize,
) {
    let total_pages = total.div_ceil(per_page).max(1);
    let next = (page < total_pages).then_some(page + 1);
    let prev = (page > 1).then(|| (page - 1).min(total_pages));
    let link_to = |target: usize| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (name, value) in pairs {
            if name != "page" && name != "per_page" {
                query.append_pair(name, value);
            }
        }
        query.append_pair("page", &target.to_string());
        query.append_pair("per_page", &per_page.to_string());
        format!("<{url}?{}>", query.finish())
    };
    let mut links = Vec::new();
    if let Some(prev) = prev {
        links.push(format!("{}; rel=\"prev\"", link_to(prev)));
    }
    if let Some(next) = next {
        links.push(format!("{}; rel=\"next\"", link_to(next)));
    }
    links.push(format!("{}; rel=\"first\"", link_to(1)));
    links.push(format!("{}; rel=\"last\"", link_to(total_pages)));
    let text = |value: Option<usize>| value.map(|v| v.to_string()).unwrap_or_default();
    for (name, value) in [
        ("x-page", page.to_string()),
        ("x-per-page", per_page.to_string()),
        ("x-next-page", text(next)),
        ("x-prev-page", text(prev)),
        ("x-total", total.to_string()),
        ("x-total-pages", total_pages.to_string()),
        ("link", links.join(", ")),
    ] {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.insert(name, value);
        }
    }
}

// ---------------------------------------------------------------------------
// Handlers

async fn list(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, Response> {
    let pairs = query_pairs(raw.as_deref());
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, READ)?;
    let mut query = parse_list_query(&pairs)?;
    if !caller.admin {
        // Non-administrators list only their own tokens, and may not name another user.
        if query
            .user_id
            .is_some_and(|user_id| user_id != caller.user_id)
        {
            return Err(unauthorized());
        }
        query.user_id = Some(caller.user_id);
    }
    let today = time::now().date_naive();
    let mut matching: Vec<&Token> = store
        .tokens
        .values()
        .filter(|token| query.matches(token, today))
        .collect();
    query.sort(&mut matching);
    let total = matching.len();
    let body: Vec<Value> = matching
        .iter()
        .skip((query.page - 1).saturating_mul(query.per_page))
        .take(query.per_page)
        .map(|token| Value::Object(token.render(today)))
        .collect();
    let mut response = json_response(StatusCode::OK, JSON, &body);
    let url = format!("{}{API}/personal_access_tokens", shared.base_url);
    paging_headers(
        response.headers_mut(),
        &url,
        &pairs,
        query.page,
        query.per_page,
        total,
    );
    Ok(response)
}

/// The token `id` as `caller` may see it: GitLab answers an administrator
/// 404 for an unknown ID, and anyone else 401 for a token not theirs.
fn visible(store: &Store, caller: Caller, id: u64) -> Result<&Token, Response> {
    match store.tokens.get(&id) {
        Some(token) if caller.admin || token.user_id == caller.user_id => Ok(token),
        _ if caller.admin => Err(not_found("")),
        _ => Err(unauthorized()),
    }
}

async fn get(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, READ)?;
    let id = parse_id(&id, "id")?;
    let token = visible(&store, caller, id)?;
    let body = Value::Object(token.render(time::now().date_naive()));
    Ok(json_response(StatusCode::OK, JSON, &body))
}

async fn get_self(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    // The token in use may always read itself.
    let caller = authenticate(&mut store, &headers, &SCOPES)?;
    let token = visible(&store, caller, caller.token_id)?;
    let body = Value::Object(token.render(time::now().date_naive()));
    Ok(json_response(StatusCode::OK, JSON, &body))
}

/// Revokes `id` for `caller`: 404 for an unknown token, 403 for another user's
/// token when the caller is not an administrator.
fn revoke_token(store: &mut Store, caller: Caller, id: u64) -> Result<Response, Response> {
    let token = store.tokens.get_mut(&id).ok_or_else(|| not_found(""))?;
    if !caller.admin && token.user_id != caller.user_id {
        return Err(forbidden());
    }
    token.revoked = true;
    Ok(no_content())
}

async fn revoke(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, WRITE)?;
    let id = parse_id(&id, "id")?;
    revoke_token(&mut store, caller, id)
}

async fn revoke_self(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, &SCOPES)?;
    revoke_token(&mut store, caller, caller.token_id)
}

/// Rotates `id` for `caller` (`expires_at` from the query, else a week):
/// GitLab refuses a revoked token (revoking the tokens rotated from it) and an expired one.
fn rotate_token(
    store: &mut Store,
    caller: Caller,
    id: u64,
    raw_query: Option<&str>,
) -> Result<Response, Response> {
    let now = time::now();
    let today = now.date_naive();
    let token = visible(store, caller, id)?;
    if token.revoked {
        store.revoke_descendants(id);
        return Err(bad_request("Token already revoked"));
    }
    if token.expired(today) {
        return Err(bad_request("Token already expired"));
    }
    let expires = match query_pairs(raw_query)
        .iter()
        .find(|(name, _)| name == "expires_at")
    {
        Some((_, value)) => parse_expiry(value, today)?,
        None => today + chrono::Duration::days(ROTATION_DAYS),
    };
    let new = store
        .rotate(id, expires, now)
        .ok_or_else(|| not_found(""))?;
    Ok(json_response(
        StatusCode::OK,
        JSON,
        &new.render_with_secret(today),
    ))
}

async fn rotate(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, WRITE)?;
    let id = parse_id(&id, "id")?;
    rotate_token(&mut store, caller, id, raw.as_deref())
}

async fn rotate_self(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, SELF_ROTATE)?;
    rotate_token(&mut store, caller, caller.token_id, raw.as_deref())
}

/// `POST /users/{user_id}/personal_access_tokens` (administrators only), with
/// a JSON body of `name`, `scopes`, optional `description` and `expires_at`.
async fn create_for_user(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(user_id): Path<String>,
    body: Bytes,
) -> Result<Response, Response> {
    let mut store = shared.lock();
    let caller = authenticate(&mut store, &headers, WRITE)?;
    let user_id = parse_id(&user_id, "user_id")?;
    if !caller.admin {
        return Err(forbidden());
    }
    if !store.users.contains_key(&user_id) {
        return Err(not_found("User "));
    }
    let body: Value =
        serde_json::from_slice(&body).map_err(|_| bad_request("the body is not valid JSON"))?;
    let name = match body.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => name.clone(),
        Some(Value::String(_)) => return Err(invalid_parameter("name is empty")),
        Some(_) => return Err(invalid_parameter("name is invalid")),
        None => return Err(invalid_parameter("name is missing")),
    };
    let scopes: Vec<String> = match body.get("scopes") {
        Some(Value::Array(scopes)) if !scopes.is_empty() => scopes
            .iter()
            .map(|scope| {
                scope
                    .as_str()
                    .filter(|scope| SCOPES.contains(scope))
                    .map(str::to_string)
                    .ok_or_else(|| invalid_parameter("scopes does not have a valid value"))
            })
            .collect::<Result<_, _>>()?,
        Some(Value::Array(_)) => return Err(invalid_parameter("scopes is empty")),
        Some(_) => return Err(invalid_parameter("scopes is invalid")),
        None => return Err(invalid_parameter("scopes is missing")),
    };
    let description = match body.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) if text.chars().count() <= 255 => Some(text.clone()),
        Some(_) => return Err(invalid_parameter("description is invalid")),
    };
    let now = time::now();
    let today = now.date_naive();
    let expires = match body.get("expires_at") {
        None | Some(Value::Null) => None,
        Some(Value::String(date)) => Some(parse_expiry(date, today)?),
        Some(_) => return Err(invalid_parameter("expires_at is invalid")),
    };
    let mut token = Token::new(&name, user_id, scopes, now, expires);
    token.description = description;
    let token = store.insert(token);
    Ok(json_response(
        StatusCode::CREATED,
        JSON,
        &token.render_with_secret(today),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_parse_and_refuse_garbage() {
        let pairs = |q: &str| query_pairs(Some(q));
        assert!(
            parse_list_query(&pairs("state=active&revoked=false&page=2&per_page=500")).is_ok_and(
                |q| q.active == Some(true)
                    && q.revoked == Some(false)
                    && q.page == 2
                    && q.per_page == 100
            )
        );
        assert!(
            parse_list_query(&pairs("created_before=2022-01-01")).is_ok_and(|q| q
                .created_before
                .is_some_and(|t| t.to_rfc3339() == "2022-01-01T00:00:00+00:00"))
        );
        for bad in [
            "state=expired",
            "revoked=yes",
            "page=two",
            "per_page=-1",
            "created_after=yesterday",
            "expires_before=2022-13-01",
            "sort=owner",
            "user_id=root",
        ] {
            assert!(parse_list_query(&pairs(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn paging_headers_and_links() {
        let mut headers = HeaderMap::new();
        let pairs = vec![("state".to_string(), "active".to_string())];
        paging_headers(
            &mut headers,
            "http://h/api/v4/personal_access_tokens",
            &pairs,
            2,
            3,
            8,
        );
        fn get(headers: &HeaderMap, name: &str) -> String {
            header_str(headers, name).unwrap_or("missing").to_string()
        }
        assert_eq!(get(&headers, "x-page"), "2");
        assert_eq!(get(&headers, "x-next-page"), "3");
        assert_eq!(get(&headers, "x-prev-page"), "1");
        assert_eq!(get(&headers, "x-total"), "8");
        assert_eq!(get(&headers, "x-total-pages"), "3");
        assert!(get(&headers, "link").contains(
            "<http://h/api/v4/personal_access_tokens?state=active&page=3&per_page=3>; rel=\"next\""
        ));
        paging_headers(&mut headers, "u", &pairs, 3, 3, 8);
        assert_eq!(get(&headers, "x-next-page"), "");
        assert!(!get(&headers, "link").contains("rel=\"next\""));
    }

    #[test]
    fn rotation_expiry_is_a_future_date_within_the_lifetime() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 10).unwrap_or_default();
        assert!(parse_expiry("2026-01-17", today).is_ok());
        assert!(parse_expiry("2026-01-10", today).is_err());
        assert!(parse_expiry("2027-06-01", today).is_err());
        assert!(parse_expiry("next week", today).is_err());
    }
}
