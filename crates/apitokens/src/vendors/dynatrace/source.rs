//! Dynatrace environments as a token source.

use apitokens_core::Policy;
use apitokens_dynatrace::{Client, Credentials, types};
use futures::stream::BoxStream;

use crate::error::{Error, ErrorKind, Violation, checked};
use crate::lifecycle::{Capabilities, CreatedToken, Expiry, NewToken, TokenUpdate};
use crate::paging::{ListLimits, Pages};
use crate::vendors::client::VendorClient;
use crate::{Location, Token, Vendor};

/// The fields the list asks for beyond Dynatrace's defaults (`id`, `name`,
/// `enabled`, `owner`, `creationDate`), so listed tokens are as complete as
/// fetched ones.
const ALL_FIELDS: &str = "+personalAccessToken,+expirationDate,+lastUsedDate,+lastUsedIpAddress,+modifiedDate,+scopes,+additionalMetadata";

/// The page size the list asks for; Dynatrace allows 100 to 10 000.
pub(crate) const DEFAULT_PAGE_SIZE: u32 = 500;

/// The tokens of one Dynatrace environment.
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct DynatraceSource {
    client: Client,
    environment_url: String,
    page_size: u32,
    list_limits: ListLimits,
}

impl DynatraceSource {
    /// A source for the environment at `environment_url`: SaaS
    /// `https://{environmentId}.live.dynatrace.com`, Managed
    /// `https://{domain}/e/{environmentId}` or ActiveGate
    /// `https://{activeGate}:9999/e/{environmentId}`. The API path
    /// (`/api/v2`) is added here.
    pub fn new(environment_url: &str, credentials: Credentials) -> Result<Self, Error> {
        Self::new_with_policy(environment_url, credentials, Policy::default())
    }

    /// Like [`DynatraceSource::new`], under `policy`: the client is built once.
    pub(crate) fn new_with_policy(
        environment_url: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, Error> {
        let environment_url = apitokens_core::http::validate_base_url(environment_url)
            .map_err(|e| Error::configuration(e.to_string()).at(Vendor::Dynatrace, "configure"))?;
        let environment_url = environment_url.trim_end_matches("/api/v2").to_string();
        let client =
            Client::connect_with(&format!("{environment_url}/api/v2"), credentials, policy)
                .map_err(|e| Error::connect(Vendor::Dynatrace, e))?;
        Ok(Self {
            client,
            environment_url,
            page_size: DEFAULT_PAGE_SIZE,
            list_limits: ListLimits::default(),
        })
    }

    /// Like [`DynatraceSource::new`], with the token from `DT_API_TOKEN`.
    pub fn from_env(environment_url: &str) -> Result<Self, Error> {
        let credentials = Credentials::from_env()
            .map_err(|e| Error::configuration(e.to_string()).at(Vendor::Dynatrace, "configure"))?;
        Self::new(environment_url, credentials)
    }

    /// Sets how many tokens each list request asks for (100 to 10 000; 500
    /// unless set).
    pub fn with_page_size(mut self, page_size: u32) -> Result<Self, Error> {
        if !(100..=10_000).contains(&page_size) {
            return Err(Error::configuration(format!(
                "Dynatrace page size must be between 100 and 10000, not {page_size}"
            ))
            .at(Vendor::Dynatrace, "configure"));
        }
        self.page_size = page_size;
        Ok(self)
    }

    /// Bounds every listing of this source by `limits`: a page ceiling and a
    /// deadline ([`ListLimits`] for the defaults). Zero limits are refused.
    pub fn with_list_limits(mut self, limits: ListLimits) -> Result<Self, Error> {
        self.list_limits = limits.checked(Vendor::Dynatrace)?;
        Ok(self)
    }

    /// Uses `policy` for every call of this source: timeouts, retries and
    /// the response size limit (see [`Policy`] for the defaults).
    pub fn with_policy(mut self, policy: Policy) -> Result<Self, Error> {
        self.client = self.client.with_policy(policy)?;
        Ok(self)
    }

    /// The generated client, for everything Dynatrace-specific.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The environment this source reads.
    pub fn location(&self) -> Location {
        Location::Dynatrace {
            environment_url: self.environment_url.clone(),
        }
    }

    /// One token's metadata, by ID.
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        Error::check_param(Vendor::Dynatrace, "getApiToken", "id", id)?;
        let token = call(
            "getApiToken",
            self.client.get_api_token().id(id).send().await,
        )
        .await?;
        let mut token = self.token(token);
        if token.id.is_empty() {
            // The answer omitted the ID; it is the one asked for.
            token.id = id.to_string();
        }
        Ok(token)
    }

    /// Every token of the environment, following `nextPageKey` to the last
    /// page, within the source's [`ListLimits`]; a key that repeats ends the
    /// listing with an [`ErrorKind::Pagination`] error.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        const OPERATION: &str = "listApiTokens";
        let pages = Pages {
            vendor: Vendor::Dynatrace,
            operation: OPERATION,
            cursor: "nextPageKey",
            location: self.location(),
            limits: self.list_limits,
        };
        pages.follow(move |next_page_key: Option<String>| async move {
            let request = self.client.list_api_tokens();
            // Dynatrace requires every other parameter to be left out once
            // `nextPageKey` is sent.
            let request = match next_page_key {
                Some(key) => request.next_page_key(key),
                None => request
                    .page_size(i64::from(self.page_size))
                    .fields(ALL_FIELDS),
            };
            let page = call(OPERATION, request.send().await).await?;
            let tokens = page.api_tokens.into_iter().map(|t| self.token(t)).collect();
            Ok((tokens, page.next_page_key.filter(|key| !key.is_empty())))
        })
    }

    /// What a Dynatrace environment supports: everything but refresh and labels.
    pub fn capabilities(&self) -> Capabilities {
        super::CAPABILITIES
    }

    /// Creates a token (`createApiToken`; needs the `apiTokens.write` scope).
    /// Dynatrace requires at least one scope.
    pub async fn create(&self, new: &NewToken) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "createApiToken";
        let unsupported = |what: &str| Error::unsupported(Vendor::Dynatrace, OPERATION, what);
        if new.scopes.is_empty() {
            return Err(
                Error::configuration("a Dynatrace token needs at least one scope")
                    .at(Vendor::Dynatrace, OPERATION),
            );
        }
        if !new.labels.is_empty() {
            return Err(unsupported("labels"));
        }
        if new.secret.is_some() {
            return Err(unsupported("choosing the secret"));
        }
        let expiration_date = match new.expiry {
            Expiry::Never => None,
            Expiry::At(at) => Some(at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            // Dynatrace's own relative form.
            Expiry::AfterDays(days) => Some(format!("now+{days}d")),
        };
        let body = types::ApiTokenCreate {
            name: new.name.clone(),
            scopes: new
                .scopes
                .iter()
                .cloned()
                .map(types::ApiTokenCreateScope::from)
                .collect(),
            personal_access_token: new.personal_access_token,
            expiration_date,
        };
        let created = call(
            OPERATION,
            self.client.create_api_token().body(body).send().await,
        )
        .await?;
        let (Some(id), Some(secret)) = (created.id, created.token) else {
            return Err(Error::new(ErrorKind::Decode)
                .with_message("the created token has no id or no secret")
                .at(Vendor::Dynatrace, OPERATION));
        };
        let mut token = Token::new(self.location(), id);
        token.name = Some(new.name.clone());
        token.scopes = new.scopes.clone();
        token.expires_at = created.expiration_date;
        token.created_at = Some(chrono::Utc::now());
        token.enabled = Some(true);
        token.personal_access_token = new.personal_access_token;
        Ok(CreatedToken::new(token, secret.into_secret_string()))
    }

    /// Renames, enables or disables a token, or replaces its scopes
    /// (`updateApiToken`). Dynatrace cannot change an expiry.
    pub async fn update(&self, id: &str, update: &TokenUpdate) -> Result<(), Error> {
        Error::check_param(Vendor::Dynatrace, "updateApiToken", "id", id)?;
        let body = types::ApiTokenUpdate {
            name: update.name.clone(),
            enabled: update.enabled,
            scopes: update
                .scopes
                .iter()
                .flatten()
                .cloned()
                .map(types::ApiTokenCreateScope::from)
                .collect(),
        };
        if update.scopes.as_ref().is_some_and(Vec::is_empty) {
            return Err(
                Error::configuration("a Dynatrace token needs at least one scope")
                    .at(Vendor::Dynatrace, "updateApiToken"),
            );
        }
        call(
            "updateApiToken",
            self.client
                .update_api_token()
                .id(id)
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// Deletes a token (`deleteApiToken`). Dynatrace refuses to delete the
    /// token the source authenticates with.
    pub async fn revoke(&self, id: &str) -> Result<(), Error> {
        Error::check_param(Vendor::Dynatrace, "deleteApiToken", "id", id)?;
        call(
            "deleteApiToken",
            self.client.delete_api_token().id(id).send().await,
        )
        .await
    }

    /// Finds a token by its secret (`lookupApiToken`).
    pub async fn lookup(&self, secret: &secrecy::SecretString) -> Result<Token, Error> {
        use secrecy::ExposeSecret;
        let body = types::ApiTokenSecret {
            token: apitokens_core::Secret::new(secret.expose_secret()),
        };
        let token = call(
            "lookupApiToken",
            self.client.lookup_api_token().body(body).send().await,
        )
        .await?;
        Ok(self.token(token))
    }

    /// The token a rotation creates in place of `old`: the same name, scopes
    /// and kind, and the same lifetime counted from now.
    pub(crate) fn replacement(&self, old: &Token) -> NewToken {
        let expiry = Expiry::same_lifetime_as(old, chrono::Utc::now());
        let mut new = NewToken::named(old.name.clone().unwrap_or_else(|| old.id.clone()))
            .with_scopes(old.scopes.clone())
            .with_expiry(expiry);
        new.personal_access_token = old.personal_access_token;
        new
    }

    fn token(&self, token: types::ApiToken) -> Token {
        let mut out = Token::new(self.location(), token.id.unwrap_or_default());
        out.name = token.name;
        out.owner = token.owner;
        out.created_at = token.creation_date;
        out.modified_at = token.modified_date;
        out.expires_at = token.expiration_date;
        out.last_used_at = token.last_used_date;
        out.last_used_ip = token.last_used_ip_address;
        out.enabled = token.enabled;
        out.scopes = token.scopes.into_iter().map(String::from).collect();
        out.personal_access_token = token.personal_access_token;
        out
    }
}

/// The value of a generated call, or its failure as an [`Error`].
async fn call<T>(
    operation: &'static str,
    result: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ErrorEnvelope>,
    >,
) -> Result<T, Error> {
    let idempotent = apitokens_dynatrace::is_idempotent(operation);
    checked(Vendor::Dynatrace, operation, idempotent, result, describe).await
}

/// Reads the vendor's error body into the error.
fn describe(base: Error, envelope: types::ErrorEnvelope) -> Error {
    let Some(error) = envelope.error else {
        return base;
    };
    let violations = error
        .constraint_violations
        .into_iter()
        .map(|v| Violation {
            field: v.path,
            location: v.parameter_location,
            message: v.message.unwrap_or_default(),
        })
        .collect();
    base.with_message(error.message.unwrap_or_default())
        .with_violations(violations)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};

    #[test]
    fn a_lifetime_past_the_last_date_keeps_the_old_expiry() -> Result<(), Error> {
        let source = DynatraceSource::new(
            "https://abc12345.live.dynatrace.com",
            Credentials::new(secrecy::SecretString::from("dt0c01.x.y")),
        )?;
        // Dates a vendor may send: a lifetime of almost the whole range.
        let mut old = Token::new(source.location(), "dt0c01.OLD");
        old.created_at = Some(DateTime::<Utc>::MIN_UTC);
        old.expires_at = Some(DateTime::<Utc>::MAX_UTC);
        let new = source.replacement(&old);
        assert_eq!(new.expiry, Expiry::At(DateTime::<Utc>::MAX_UTC));
        Ok(())
    }
}
