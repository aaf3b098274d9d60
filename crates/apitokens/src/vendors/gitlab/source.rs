//! A GitLab instance's personal access tokens as a token source.

use apitokens_core::Policy;
use apitokens_gitlab::{Client, Credentials, types};
use chrono::{DateTime, NaiveDate, Utc};
use futures::stream::BoxStream;

use crate::error::{Error, ErrorKind, Violation, checked};
use crate::lifecycle::{Capabilities, CreatedToken, Expiry, NewToken, TokenUpdate};
use crate::paging::{ListLimits, Pages};
use crate::vendors::client::VendorClient;
use crate::{Location, Token, Vendor};

/// GitLab.com's API; a self-managed instance's is `https://{host}/api/v4`.
pub const GITLAB_COM_API_URL: &str = "https://gitlab.com/api/v4";

/// The response header that names the next page (empty on the last).
const NEXT_PAGE: &str = "x-next-page";

/// How many tokens each list request asks for: GitLab's maximum.
pub(crate) const DEFAULT_PAGE_SIZE: u32 = 100;

/// The personal access tokens of one GitLab instance that the credentials
/// may see: the credentials' user's own, or, for an administrator, every
/// user's (or one user's, with [`GitLabSource::with_user_id`]).
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct GitLabSource {
    client: Client,
    url: String,
    user_id: Option<i64>,
    page_size: u32,
    list_limits: ListLimits,
}

impl GitLabSource {
    /// A source for the instance whose API is at `url`
    /// ([`GITLAB_COM_API_URL`], or `https://{host}/api/v4`).
    pub fn new(url: &str, credentials: Credentials) -> Result<Self, Error> {
        Self::new_with_policy(url, credentials, Policy::default())
    }

    /// Like [`GitLabSource::new`], under `policy`: the client is built once.
    pub(crate) fn new_with_policy(
        url: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, Error> {
        let url = apitokens_core::http::validate_base_url(url)
            .map_err(|e| Error::configuration(e.to_string()).at(Vendor::GitLab, "configure"))?;
        let client = Client::connect_with(&url, credentials, policy)
            .map_err(|e| Error::connect(Vendor::GitLab, e))?;
        Ok(Self {
            client,
            url,
            user_id: None,
            page_size: DEFAULT_PAGE_SIZE,
            list_limits: ListLimits::default(),
        })
    }

    /// Like [`GitLabSource::new`], with the token from `GITLAB_TOKEN`.
    pub fn from_env(url: &str) -> Result<Self, Error> {
        let credentials = Credentials::from_env()
            .map_err(|e| Error::configuration(e.to_string()).at(Vendor::GitLab, "configure"))?;
        Self::new(url, credentials)
    }

    /// Lists only the tokens of the user `user_id` (administrators may name
    /// any user) and creates tokens for that user (administrators only).
    pub fn with_user_id(mut self, user_id: i64) -> Self {
        self.user_id = Some(user_id);
        self
    }

    /// Sets how many tokens each list request asks for (1 to 100; 100
    /// unless set).
    pub fn with_page_size(mut self, page_size: u32) -> Result<Self, Error> {
        if !(1..=100).contains(&page_size) {
            return Err(Error::configuration(format!(
                "GitLab page size must be between 1 and 100, not {page_size}"
            ))
            .at(Vendor::GitLab, "configure"));
        }
        self.page_size = page_size;
        Ok(self)
    }

    /// Bounds every listing of this source by `limits`: a page ceiling and a
    /// deadline ([`ListLimits`] for the defaults). Zero limits are refused.
    pub fn with_list_limits(mut self, limits: ListLimits) -> Result<Self, Error> {
        self.list_limits = limits.checked(Vendor::GitLab)?;
        Ok(self)
    }

    /// Uses `policy` for every call of this source: timeouts, retries and
    /// the response size limit (see [`Policy`] for the defaults).
    pub fn with_policy(mut self, policy: Policy) -> Result<Self, Error> {
        self.client = self.client.with_policy(policy)?;
        Ok(self)
    }

    /// The generated client, for everything GitLab-specific.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The instance (and user) this source reads.
    pub fn location(&self) -> Location {
        Location::GitLab {
            url: self.url.clone(),
            user_id: self.user_id.map(|id| id.to_string()),
        }
    }

    /// One token's metadata, by its numeric ID.
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        const OPERATION: &str = "getPersonalAccessToken";
        let id = token_id(OPERATION, id)?;
        let token = call(
            OPERATION,
            self.client.get_personal_access_token().id(id).send().await,
        )
        .await?;
        Ok(self.token(token))
    }

    /// Every token the credentials may see (of the source's user, when set),
    /// active, expired and revoked alike, following `x-next-page` to the
    /// last page within the source's [`ListLimits`]; a page number that
    /// repeats ends the listing with an [`ErrorKind::Pagination`] error.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        const OPERATION: &str = "listPersonalAccessTokens";
        let pages = Pages {
            vendor: Vendor::GitLab,
            operation: OPERATION,
            cursor: NEXT_PAGE,
            location: self.location(),
            limits: self.list_limits,
        };
        pages.follow(move |next_page: Option<String>| async move {
            let mut request = self
                .client
                .list_personal_access_tokens()
                .per_page(self.page_size);
            if let Some(user_id) = self.user_id {
                request = request.user_id(user_id);
            }
            if let Some(page) = next_page {
                let Ok(page) = page.parse::<u32>() else {
                    return Err(Error::new(ErrorKind::Decode)
                        .with_message(format!("{NEXT_PAGE} is not a page number"))
                        .at(Vendor::GitLab, OPERATION));
                };
                request = request.page(page);
            }
            let result = request.send().await;
            // The next page is a header: read before the answer is taken apart.
            let next = result
                .as_ref()
                .ok()
                .and_then(|page| apitokens_core::paging::header_cursor(page.headers(), NEXT_PAGE));
            let tokens = call(OPERATION, result).await?;
            Ok((tokens.into_iter().map(|t| self.token(t)).collect(), next))
        })
    }

    /// What GitLab supports: administrator create (for the source's
    /// `user_id`) with scopes and an expiry date, revoke, and its native
    /// rotation; tokens report their last use. No rename, enable/disable,
    /// scope change, lookup or refresh.
    pub fn capabilities(&self) -> Capabilities {
        super::CAPABILITIES
    }

    /// Creates a token for the source's user
    /// (`createPersonalAccessTokenForUser`; administrators only, so the
    /// source needs a `user_id`). GitLab requires at least one scope, and
    /// its expiry is a date: [`Expiry::At`] becomes the date of that instant
    /// (UTC), [`Expiry::AfterDays`] that many days from today; with
    /// [`Expiry::Never`] an instance that requires an expiry applies its
    /// longest allowed lifetime.
    pub async fn create(&self, new: &NewToken) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "createPersonalAccessTokenForUser";
        let unsupported = |what: &str| Error::unsupported(Vendor::GitLab, OPERATION, what);
        let Some(user_id) = self.user_id else {
            return Err(Error::configuration(
                "creating a GitLab token needs the source's user_id: administrators create tokens for a user",
            )
            .at(Vendor::GitLab, OPERATION));
        };
        if new.scopes.is_empty() {
            return Err(
                Error::configuration("a GitLab token needs at least one scope")
                    .at(Vendor::GitLab, OPERATION),
            );
        }
        if !new.labels.is_empty() {
            return Err(unsupported("labels"));
        }
        if new.secret.is_some() {
            return Err(unsupported("choosing the secret"));
        }
        if new.personal_access_token == Some(false) {
            return Err(unsupported("tokens other than personal access tokens"));
        }
        let body = types::PersonalAccessTokenCreation {
            name: new.name.clone(),
            description: None,
            expires_at: expiry_date(OPERATION, new.expiry)?,
            scopes: new.scopes.iter().cloned().map(types::TokenScope).collect(),
        };
        let created = call(
            OPERATION,
            self.client
                .create_personal_access_token_for_user()
                .user_id(user_id)
                .body(body)
                .send()
                .await,
        )
        .await?;
        Ok(self.created(created))
    }

    /// GitLab cannot rename a token, enable or disable it or change its
    /// scopes: always [`ErrorKind::Unsupported`], nothing sent.
    pub async fn update(&self, _id: &str, _update: &TokenUpdate) -> Result<(), Error> {
        Err(Error::unsupported(
            Vendor::GitLab,
            "update",
            "changing a token (name, state or scopes)",
        ))
    }

    /// Revokes a token (`revokePersonalAccessToken`). GitLab keeps it,
    /// listed as revoked.
    pub async fn revoke(&self, id: &str) -> Result<(), Error> {
        const OPERATION: &str = "revokePersonalAccessToken";
        let id = token_id(OPERATION, id)?;
        call(
            OPERATION,
            self.client
                .revoke_personal_access_token()
                .id(id)
                .send()
                .await,
        )
        .await
    }

    /// GitLab's native rotation (`rotatePersonalAccessToken`): one call that
    /// issues the new token, expiring as `replacement` says (a date), and
    /// revokes `old` at once. Never sent twice, and never for a revoked
    /// token: GitLab answers a rotation of a revoked token by revoking every
    /// token of its family.
    pub(crate) async fn rotate(
        &self,
        old: &Token,
        replacement: &NewToken,
    ) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "rotatePersonalAccessToken";
        let id = token_id(OPERATION, &old.id)?;
        if old.enabled == Some(false) {
            return Err(Error::new(ErrorKind::InvalidRequest)
                .with_message(format!(
                    "token {} is revoked: GitLab answers a rotation of a revoked token by revoking every token of its family",
                    old.id
                ))
                .at(Vendor::GitLab, OPERATION));
        }
        let mut request = self.client.rotate_personal_access_token().id(id);
        if let Some(date) = expiry_date(OPERATION, replacement.expiry)? {
            request = request.expires_at(date);
        }
        let rotated = call(OPERATION, request.send().await).await?;
        Ok(self.created(rotated))
    }

    /// What a rotation asks for in place of `old`: the same name and scopes,
    /// and the same lifetime counted from now (GitLab's rotation keeps the
    /// name and scopes itself and takes only the expiry).
    pub(crate) fn replacement(&self, old: &Token) -> NewToken {
        let expiry = Expiry::same_lifetime_as(old, chrono::Utc::now());
        NewToken::named(old.name.clone().unwrap_or_else(|| old.id.clone()))
            .with_scopes(old.scopes.clone())
            .with_expiry(expiry)
    }

    fn token(&self, token: types::PersonalAccessToken) -> Token {
        let mut out = Token::new(self.location(), token.id.to_string());
        out.name = Some(token.name);
        out.owner = Some(token.user_id.to_string());
        out.created_at = Some(token.created_at);
        out.expires_at = token.expires_at.map(start_of_day);
        out.last_used_at = token.last_used_at;
        out.last_used_ip = token.last_used_ips.into_iter().next();
        // `active` is also false for an expired token, which `expires_at`
        // says; revoked is the state a token cannot leave.
        out.enabled = Some(!token.revoked);
        out.scopes = token.scopes.into_iter().map(String::from).collect();
        out
    }

    fn created(&self, token: types::PersonalAccessTokenWithSecret) -> CreatedToken {
        let secret = token.token.into_secret_string();
        let metadata = types::PersonalAccessToken {
            active: token.active,
            created_at: token.created_at,
            description: token.description,
            expires_at: token.expires_at,
            id: token.id,
            last_used_at: token.last_used_at,
            last_used_ips: token.last_used_ips,
            name: token.name,
            revoked: token.revoked,
            scopes: token.scopes,
            user_id: token.user_id,
        };
        CreatedToken::new(self.token(metadata), secret)
    }
}

/// GitLab's token IDs are numbers; anything else is refused before a request.
fn token_id(operation: &'static str, id: &str) -> Result<i64, Error> {
    id.parse::<i64>().map_err(|_| {
        Error::new(ErrorKind::InvalidRequest)
            .with_message(format!("a GitLab token ID is a number, not {id:?}"))
            .at(Vendor::GitLab, operation)
    })
}

/// The date GitLab takes for `expiry`; `None` for no expiry.
fn expiry_date(operation: &'static str, expiry: Expiry) -> Result<Option<NaiveDate>, Error> {
    match expiry {
        Expiry::Never => Ok(None),
        Expiry::At(at) => Ok(Some(at.date_naive())),
        Expiry::AfterDays(days) => Utc::now()
            .date_naive()
            .checked_add_days(chrono::Days::new(u64::from(days)))
            .map(Some)
            .ok_or_else(|| {
                Error::configuration(format!("an expiry {days} days from now cannot be written"))
                    .at(Vendor::GitLab, operation)
            }),
    }
}

/// A GitLab expiry date as an instant: the token stops working on that date,
/// from its start (UTC).
fn start_of_day(date: NaiveDate) -> DateTime<Utc> {
    date.and_time(chrono::NaiveTime::MIN).and_utc()
}

/// The value of a generated call, or its failure as an [`Error`].
async fn call<T>(
    operation: &'static str,
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ApiError>>,
) -> Result<T, Error> {
    let idempotent = apitokens_gitlab::is_idempotent(operation);
    checked(Vendor::GitLab, operation, idempotent, result, describe).await
}

/// Reads GitLab's error body into the error: the OAuth-style `error` as the
/// code, the `message` text (or `error_description`, with the scope it
/// needs), and validation errors per attribute as violations.
fn describe(base: Error, body: types::ApiError) -> Error {
    let mut violations = Vec::new();
    let mut message = match body.message {
        Some(types::ApiErrorMessage::String(text)) => Some(text),
        Some(types::ApiErrorMessage::ValidationErrors(errors)) => {
            for (field, value) in errors.0 {
                let text = match value {
                    serde_json::Value::String(text) => text,
                    serde_json::Value::Array(items) => items
                        .iter()
                        .map(|item| match item {
                            serde_json::Value::String(text) => text.clone(),
                            other => other.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join("; "),
                    other => other.to_string(),
                };
                violations.push(Violation {
                    field: Some(field),
                    location: None,
                    message: text,
                });
            }
            None
        }
        None => None,
    };
    if message.is_none() {
        message = body.error_description;
    }
    if let Some(scope) = body.scope {
        message = Some(match message {
            Some(text) => format!("{text} (needs scope {scope})"),
            None => format!("needs scope {scope}"),
        });
    }
    base.with_code(body.error)
        .with_message(message.unwrap_or_default())
        .with_violations(violations)
}
