//! Astra Control users as a token source.

use apitokens_astra::{Client, Credentials, types};
use apitokens_core::Policy;
use futures::stream::BoxStream;

use crate::error::{Error, Violation, checked};
use crate::lifecycle::{Capabilities, CreatedToken, Expiry, NewToken, TokenUpdate};
use crate::paging::{ListLimits, Pages};
use crate::vendors::client::VendorClient;
use crate::{Location, Token, Vendor};

/// The media type and version of Astra's token resource.
const TOKEN_TYPE: &str = "application/astra-token";
const TOKEN_VERSION: &str = "1.0";

/// Astra Control Service; Astra Control Center runs on your own host.
pub const ASTRA_CONTROL_SERVICE_URL: &str = "https://astra.netapp.io";

/// How many tokens each list request asks for.
pub(crate) const DEFAULT_PAGE_SIZE: u32 = 500;

/// The API tokens of one Astra Control user in one account.
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct AstraSource {
    client: Client,
    url: String,
    account_id: String,
    user_id: String,
    page_size: u32,
    list_limits: ListLimits,
}

impl AstraSource {
    /// A source for `user_id`'s tokens in `account_id`, at `url` (Astra
    /// Control Service is [`ASTRA_CONTROL_SERVICE_URL`]).
    pub fn new(
        url: &str,
        account_id: &str,
        user_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        Self::new_with_policy(url, account_id, user_id, credentials, Policy::default())
    }

    /// Like [`AstraSource::new`], under `policy`: the client is built once.
    pub(crate) fn new_with_policy(
        url: &str,
        account_id: &str,
        user_id: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, Error> {
        let configure =
            |message: String| Error::configuration(message).at(Vendor::Astra, "configure");
        let url =
            apitokens_core::http::validate_base_url(url).map_err(|e| configure(e.to_string()))?;
        for (name, value) in [("account_id", account_id), ("user_id", user_id)] {
            Error::check_param(Vendor::Astra, "configure", name, value)?;
        }
        let client = Client::connect_with(&url, credentials, policy)
            .map_err(|e| Error::connect(Vendor::Astra, e))?;
        Ok(Self {
            client,
            url,
            account_id: account_id.to_string(),
            user_id: user_id.to_string(),
            page_size: DEFAULT_PAGE_SIZE,
            list_limits: ListLimits::default(),
        })
    }

    /// Like [`AstraSource::new`], with the token from `ASTRA_API_TOKEN`.
    pub fn from_env(url: &str, account_id: &str, user_id: &str) -> Result<Self, Error> {
        let credentials = Credentials::from_env()
            .map_err(|e| Error::configuration(e.to_string()).at(Vendor::Astra, "configure"))?;
        Self::new(url, account_id, user_id, credentials)
    }

    /// Sets how many tokens each list request asks for (at least 1; 500
    /// unless set).
    pub fn with_page_size(mut self, page_size: u32) -> Result<Self, Error> {
        if page_size == 0 {
            return Err(
                Error::configuration("the Astra page size must be at least 1")
                    .at(Vendor::Astra, "configure"),
            );
        }
        self.page_size = page_size;
        Ok(self)
    }

    /// Bounds every listing of this source by `limits`: a page ceiling and a
    /// deadline ([`ListLimits`] for the defaults; with a page size below 50,
    /// 10^6 tokens need a higher ceiling). Zero limits are refused.
    pub fn with_list_limits(mut self, limits: ListLimits) -> Result<Self, Error> {
        self.list_limits = limits.checked(Vendor::Astra)?;
        Ok(self)
    }

    /// Uses `policy` for every call of this source: timeouts, retries and
    /// the response size limit (see [`Policy`] for the defaults).
    pub fn with_policy(mut self, policy: Policy) -> Result<Self, Error> {
        self.client = self.client.with_policy(policy)?;
        Ok(self)
    }

    /// The generated client, for everything Astra-specific.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The account and user this source reads.
    pub fn location(&self) -> Location {
        Location::Astra {
            url: self.url.clone(),
            account_id: self.account_id.clone(),
            user_id: self.user_id.clone(),
        }
    }

    /// One token, by ID.
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        Error::check_param(Vendor::Astra, "getToken", "token_id", id)?;
        let token = call(
            "getToken",
            self.client
                .get_token()
                .account_id(self.account_id.clone())
                .user_id(self.user_id.clone())
                .token_id(id.to_string())
                .send()
                .await,
        )
        .await?;
        Ok(self.token(token))
    }

    /// Every token of the user, following `continue` to the last page,
    /// within the source's [`ListLimits`]; a `continue` seen before (a loop)
    /// ends the listing with an [`ErrorKind::Pagination`](crate::ErrorKind::Pagination) error.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        const OPERATION: &str = "listTokens";
        let pages = Pages {
            vendor: Vendor::Astra,
            operation: OPERATION,
            cursor: "continue",
            location: self.location(),
            limits: self.list_limits,
        };
        pages.follow(move |continue_from: Option<String>| async move {
            let mut request = self
                .client
                .list_tokens()
                .account_id(self.account_id.clone())
                .user_id(self.user_id.clone())
                .limit(self.page_size.to_string());
            if let Some(key) = continue_from {
                request = request.continue_(types::Base64Data(key));
            }
            let page = call(OPERATION, request.send().await).await?;
            let tokens = page
                .items
                .into_iter()
                .map(|item| self.listed(item))
                .collect::<Result<Vec<_>, _>>()?;
            let next = page.metadata.continue_.filter(|key| !key.is_empty());
            Ok((tokens, next))
        })
    }

    /// What Astra Control supports: create (with labels), rename, revoke.
    /// Astra tokens have no scopes, no expiry and no enabled state.
    pub fn capabilities(&self) -> Capabilities {
        super::CAPABILITIES
    }

    /// Creates a token for the source's user (`createToken`).
    pub async fn create(&self, new: &NewToken) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "createToken";
        let unsupported = |what: &str| Error::unsupported(Vendor::Astra, OPERATION, what);
        if !new.scopes.is_empty() {
            return Err(unsupported("token scopes"));
        }
        if new.expiry != Expiry::Never {
            return Err(unsupported("token expiry"));
        }
        if new.personal_access_token.is_some() {
            return Err(unsupported("personal access tokens"));
        }
        if new.secret.is_some() {
            return Err(unsupported("choosing the secret"));
        }
        let metadata = (!new.labels.is_empty()).then(|| types::Metadata {
            labels: Some(labels(&new.labels)),
            ..Default::default()
        });
        let body = types::TokenCreate {
            type_: TOKEN_TYPE.to_string(),
            version: TOKEN_VERSION.to_string(),
            name: new.name.clone(),
            metadata,
        };
        let created = call(
            OPERATION,
            self.client
                .create_token()
                .account_id(self.account_id.clone())
                .user_id(self.user_id.clone())
                .body(body)
                .send()
                .await,
        )
        .await?;
        let secret = created.token.into_secret_string();
        let token = self.token(types::Token {
            id: created.id,
            metadata: created.metadata,
            name: created.name,
            type_: created.type_,
            user_id: created.user_id,
            version: created.version,
        });
        Ok(CreatedToken::new(token, secret))
    }

    /// Renames a token (`updateToken`); Astra tokens have no other mutable
    /// property this interface covers.
    pub async fn update(&self, id: &str, update: &TokenUpdate) -> Result<(), Error> {
        const OPERATION: &str = "updateToken";
        Error::check_param(Vendor::Astra, OPERATION, "token_id", id)?;
        if update.enabled.is_some() {
            return Err(Error::unsupported(
                Vendor::Astra,
                OPERATION,
                "enabling or disabling tokens",
            ));
        }
        if update.scopes.is_some() {
            return Err(Error::unsupported(Vendor::Astra, OPERATION, "token scopes"));
        }
        let body = types::TokenUpdate {
            type_: TOKEN_TYPE.to_string(),
            version: TOKEN_VERSION.to_string(),
            name: update.name.clone(),
            id: None,
            user_id: None,
            metadata: None,
        };
        call(
            OPERATION,
            self.client
                .update_token()
                .account_id(self.account_id.clone())
                .user_id(self.user_id.clone())
                .token_id(id.to_string())
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// Deletes a token (`deleteToken`).
    pub async fn revoke(&self, id: &str) -> Result<(), Error> {
        Error::check_param(Vendor::Astra, "deleteToken", "token_id", id)?;
        call(
            "deleteToken",
            self.client
                .delete_token()
                .account_id(self.account_id.clone())
                .user_id(self.user_id.clone())
                .token_id(id.to_string())
                .send()
                .await,
        )
        .await
    }

    /// The token a rotation creates in place of `old`: the same name and labels.
    pub(crate) fn replacement(&self, old: &Token) -> NewToken {
        let mut new = NewToken::named(old.name.clone().unwrap_or_else(|| old.id.clone()));
        new.labels = old.labels.clone();
        new
    }

    /// A listed item: a token object, or (only when `include=` was sent, which
    /// this source never does) an array of field values it cannot map.
    fn listed(&self, item: types::TokenListItem) -> Result<Token, Error> {
        match item {
            types::TokenListItem::Variant0(token) => Ok(self.token(token)),
            types::TokenListItem::Variant1(_) => Err(Error::new(crate::ErrorKind::Decode)
                .with_message("a listed token is an array of field values, not a token object")
                .at(Vendor::Astra, "listTokens")),
        }
    }

    fn token(&self, token: types::Token) -> Token {
        let mut out = Token::new(self.location(), token.id.0);
        out.name = Some(token.name);
        let metadata = token.metadata;
        out.owner = metadata.created_by.map(|id| id.0);
        out.created_at = metadata.creation_timestamp.map(|t| t.0);
        out.modified_at = metadata.modification_timestamp.map(|t| t.0);
        out.labels = metadata
            .labels
            .unwrap_or_default()
            .into_iter()
            .map(|l| (l.name, l.value))
            .collect();
        out
    }
}

/// The value of a generated call, or its failure as an [`Error`].
async fn call<T>(
    operation: &'static str,
    result: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ProblemDetail>,
    >,
) -> Result<T, Error> {
    let idempotent = apitokens_astra::is_idempotent(operation);
    checked(Vendor::Astra, operation, idempotent, result, describe).await
}

fn labels(labels: &std::collections::BTreeMap<String, String>) -> Vec<types::Label> {
    labels
        .iter()
        .map(|(name, value)| types::Label {
            name: name.clone(),
            value: value.clone(),
        })
        .collect()
}

/// Reads the vendor's error body into the error.
fn describe(base: Error, problem: types::ProblemDetail) -> Error {
    let violations = problem
        .invalid_params
        .unwrap_or_default()
        .into_iter()
        .map(|p| Violation {
            field: Some(p.name),
            location: None,
            message: p.reason,
        })
        .collect();
    let message = match (problem.title.is_empty(), problem.detail.is_empty()) {
        (false, false) => format!("{} ({})", problem.title, problem.detail),
        (false, true) => problem.title,
        _ => problem.detail,
    };
    base.with_code(Some(problem.type_))
        .with_message(message)
        .with_request_id(problem.correlation_id.map(|id| id.0))
        .with_violations(violations)
}
