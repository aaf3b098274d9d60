//! EMR Serverless Spark Livy Gateways as a token source.

use apitokens_core::Policy;
use apitokens_emr_serverless_spark::{Client, Credentials, types};
use chrono::{DateTime, TimeZone, Utc};
use futures::stream::BoxStream;

use crate::error::{Error, ErrorKind, checked};
use crate::lifecycle::{Capabilities, CreatedToken, Expiry, NewToken, TokenUpdate};
use crate::paging::{ListLimits, Pages};
use crate::vendors::client::VendorClient;
use crate::{Location, Token, Vendor};

use super::EmrServerlessSparkWorkspace;

/// Alibaba's success code in the response envelope.
const SUCCESS: &str = "1000000";

/// The tokens of one Livy Gateway of one EMR Serverless Spark workspace.
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct EmrServerlessSparkSource {
    client: Client,
    region: String,
    workspace_id: String,
    livy_compute_id: String,
    list_limits: ListLimits,
}

impl EmrServerlessSparkSource {
    /// A source for the Livy Gateway `livy_compute_id` (`lc-…`) of workspace
    /// `workspace_id` (`w-…`) in `region` (e.g. `cn-hangzhou`), at the
    /// region's public endpoint.
    pub fn new(
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        EmrServerlessSparkWorkspace::new(region, workspace_id, credentials)?
            .gateway(livy_compute_id)
    }

    /// Like [`EmrServerlessSparkSource::new`], at another endpoint (a VPC
    /// endpoint, or a local sandbox on loopback).
    pub fn with_endpoint(
        endpoint: &str,
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        EmrServerlessSparkWorkspace::with_endpoint(endpoint, region, workspace_id, credentials)?
            .gateway(livy_compute_id)
    }

    /// The source of gateway `livy_compute_id` of `workspace`, sharing its client.
    pub(super) fn of_workspace(
        workspace: &EmrServerlessSparkWorkspace,
        livy_compute_id: String,
    ) -> Self {
        Self {
            client: workspace.client.clone(),
            region: workspace.region.clone(),
            workspace_id: workspace.workspace_id.clone(),
            livy_compute_id,
            list_limits: workspace.list_limits,
        }
    }

    /// The workspace of this source's gateway.
    pub fn workspace(&self) -> EmrServerlessSparkWorkspace {
        EmrServerlessSparkWorkspace {
            client: self.client.clone(),
            region: self.region.clone(),
            workspace_id: self.workspace_id.clone(),
            list_limits: self.list_limits,
        }
    }

    /// Like [`EmrServerlessSparkSource::new`], with credentials from
    /// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and,
    /// when set, `ALIBABA_CLOUD_SECURITY_TOKEN`.
    pub fn from_env(
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
    ) -> Result<Self, Error> {
        let credentials = Credentials::from_env().map_err(|e| {
            Error::configuration(e.to_string()).at(Vendor::EmrServerlessSpark, "configure")
        })?;
        Self::new(region, workspace_id, livy_compute_id, credentials)
    }

    /// Bounds every listing of this source by `limits`' deadline ([`ListLimits`]
    /// for the defaults; the API has no paging, so a listing is one page).
    /// Zero limits are refused.
    pub fn with_list_limits(mut self, limits: ListLimits) -> Result<Self, Error> {
        self.list_limits = limits.checked(Vendor::EmrServerlessSpark)?;
        Ok(self)
    }

    /// Uses `policy` for every call of this source: timeouts, retries and
    /// the response size limit (see [`Policy`] for the defaults).
    pub fn with_policy(mut self, policy: Policy) -> Result<Self, Error> {
        self.client = self.client.with_policy(policy)?;
        Ok(self)
    }

    /// The generated client, for everything EMR-specific.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The Livy Gateway this source reads.
    pub fn location(&self) -> Location {
        Location::EmrServerlessSpark {
            region: self.region.clone(),
            workspace_id: self.workspace_id.clone(),
            livy_compute_id: self.livy_compute_id.clone(),
        }
    }

    /// One token, by ID (`lctk-…`), with its content as [`Token::secret`].
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        const OPERATION: &str = "getLivyComputeToken";
        Error::check_param(Vendor::EmrServerlessSpark, OPERATION, "token_id", id)?;
        let response = call(
            OPERATION,
            self.client
                .get_livy_compute_token()
                .workspace_biz_id(self.workspace_id.clone())
                .livy_compute_id(self.livy_compute_id.clone())
                .token_id(id.to_string())
                .region_id(self.region.clone())
                .send()
                .await,
        )
        .await?;
        let data = response.data.ok_or_else(|| missing_data(OPERATION))?;
        let mut token = Token::new(
            self.location(),
            data.token_id.unwrap_or_else(|| id.to_string()),
        );
        token.name = data.name;
        token.owner = data.created_by;
        token.created_at = from_epoch_millis(data.create_time);
        token.expires_at = from_epoch_millis(data.expire_time);
        token.last_used_at = from_epoch_millis(data.last_used_time);
        token.secret = data.token.map(|secret| secret.into_secret_string());
        token.auto_expire_days = data
            .auto_expire_configuration
            .filter(|config| config.enable == Some(true))
            .and_then(|config| config.expire_days)
            .and_then(|days| u32::try_from(days).ok());
        Ok(token)
    }

    /// Every token of the Livy Gateway, each with its content as
    /// [`Token::secret`]. The API has no paging: one request, within the
    /// source's [`ListLimits`] deadline like every vendor's listing.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        const OPERATION: &str = "listLivyComputeToken";
        let pages = Pages {
            vendor: Vendor::EmrServerlessSpark,
            operation: OPERATION,
            cursor: "page",
            location: self.location(),
            limits: self.list_limits,
        };
        pages.follow(move |_no_cursor: Option<String>| async move {
            let response = call(
                OPERATION,
                self.client
                    .list_livy_compute_token()
                    .workspace_biz_id(self.workspace_id.clone())
                    .livy_compute_id(self.livy_compute_id.clone())
                    .region_id(self.region.clone())
                    .send()
                    .await,
            )
            .await?;
            let data = response.data.ok_or_else(|| missing_data(OPERATION))?;
            let tokens = data.tokens.into_iter().map(|s| self.summary(s)).collect();
            Ok((tokens, None))
        })
    }

    /// The Livy Gateways of this source's workspace (`listLivyCompute`),
    /// one source each, sharing this source's client (see
    /// [`EmrServerlessSparkWorkspace::gateways`]).
    pub async fn gateways(&self) -> Result<Vec<EmrServerlessSparkSource>, Error> {
        self.workspace().gateways().await
    }

    /// What EMR Serverless Spark supports: create (optionally with your own
    /// content and an auto-expiry in days), refresh and revoke. Livy tokens have
    /// no scopes, labels or enabled state, and no update besides refresh.
    pub fn capabilities(&self) -> Capabilities {
        super::CAPABILITIES
    }

    /// Creates a Livy token (`createLivyComputeToken`), then reads it back for
    /// its content (the create answer carries only the new ID).
    pub async fn create(&self, new: &NewToken) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "createLivyComputeToken";
        let unsupported =
            |what: &str| Error::unsupported(Vendor::EmrServerlessSpark, OPERATION, what);
        if !new.scopes.is_empty() {
            return Err(unsupported("token scopes"));
        }
        if !new.labels.is_empty() {
            return Err(unsupported("labels"));
        }
        if new.personal_access_token.is_some() {
            return Err(unsupported("personal access tokens"));
        }
        let auto_expire_configuration = match new.expiry {
            Expiry::Never => None,
            Expiry::AfterDays(days) => Some(auto_expire(days, OPERATION)?),
            Expiry::At(_) => {
                return Err(unsupported(
                    "an expiry at a given time (its tokens expire a whole number of days after creation)",
                ));
            }
        };
        let body = types::CreateLivyComputeTokenRequest {
            name: Some(new.name.clone()),
            token: new.secret.as_ref().map(|secret| {
                use secrecy::ExposeSecret;
                apitokens_core::Secret::new(secret.expose_secret())
            }),
            auto_expire_configuration,
        };
        let response = call(
            OPERATION,
            self.client
                .create_livy_compute_token()
                .workspace_biz_id(self.workspace_id.clone())
                .livy_compute_id(self.livy_compute_id.clone())
                .region_id(self.region.clone())
                .body(body)
                .send()
                .await,
        )
        .await?;
        let id = response
            .data
            .and_then(|data| data.token_id)
            .ok_or_else(|| missing_data(OPERATION))?;
        self.read_back(&id)
            .await
            .map_err(|error| error.with_created_id(id))
    }

    /// Gives a token a new content (`refreshLivyComputeToken`), keeping its
    /// name and auto-expiry, and returns it with the new content.
    pub async fn refresh(&self, id: &str) -> Result<CreatedToken, Error> {
        const OPERATION: &str = "refreshLivyComputeToken";
        Error::check_param(Vendor::EmrServerlessSpark, OPERATION, "token_id", id)?;
        let current = self.get(id).await?;
        let auto_expire_configuration = match current.auto_expire_days {
            Some(days) => Some(auto_expire(days, OPERATION)?),
            None => None,
        };
        let body = types::RefreshLivyComputeTokenRequest {
            name: current.name.clone(),
            token: None,
            auto_expire_configuration,
        };
        call(
            OPERATION,
            self.client
                .refresh_livy_compute_token()
                .workspace_biz_id(self.workspace_id.clone())
                .livy_compute_id(self.livy_compute_id.clone())
                .token_id(id.to_string())
                .region_id(self.region.clone())
                .body(body)
                .send()
                .await,
        )
        .await?;
        self.read_back(id).await
    }

    /// Livy tokens cannot be updated (a refresh changes their content).
    pub async fn update(&self, _id: &str, _update: &TokenUpdate) -> Result<(), Error> {
        Err(Error::unsupported(
            Vendor::EmrServerlessSpark,
            "update",
            "changing a token's name, state or scopes",
        ))
    }

    /// Deletes a Livy token (`deleteLivyComputeToken`).
    pub async fn revoke(&self, id: &str) -> Result<(), Error> {
        const OPERATION: &str = "deleteLivyComputeToken";
        Error::check_param(Vendor::EmrServerlessSpark, OPERATION, "token_id", id)?;
        call(
            OPERATION,
            self.client
                .delete_livy_compute_token()
                .workspace_biz_id(self.workspace_id.clone())
                .livy_compute_id(self.livy_compute_id.clone())
                .token_id(id.to_string())
                .region_id(self.region.clone())
                .send()
                .await,
        )
        .await
        .map(drop)
    }

    /// The token a rotation creates in place of `old`: the same name and
    /// auto-expiry (the content is new).
    pub(crate) fn replacement(&self, old: &Token) -> NewToken {
        let expiry = old
            .auto_expire_days
            .map_or(Expiry::Never, Expiry::AfterDays);
        NewToken::named(old.name.clone().unwrap_or_else(|| old.id.clone())).with_expiry(expiry)
    }

    /// Reads a token just created or refreshed for its content; when that
    /// fails, the error names the token (a create's caller, which may revoke
    /// it, also gets its ID as [`Error::created_id`]).
    async fn read_back(&self, id: &str) -> Result<CreatedToken, Error> {
        let mut token = self.get(id).await.map_err(|e| {
            e.with_message_prefix(&format!("reading token {id} back for its content failed"))
        })?;
        let Some(secret) = token.secret.take() else {
            return Err(Error::new(ErrorKind::Decode)
                .with_message(format!("token {id} was read back without its content"))
                .at(Vendor::EmrServerlessSpark, "getLivyComputeToken"));
        };
        Ok(CreatedToken::new(token, secret))
    }

    fn summary(&self, summary: types::LivyComputeTokenSummary) -> Token {
        let mut token = Token::new(self.location(), summary.token_id.unwrap_or_default());
        token.name = summary.name;
        // The list spells the creator `createdby` (Get says `createdBy`).
        token.owner = summary.createdby;
        token.created_at = from_epoch_millis(summary.create_time);
        token.expires_at = from_epoch_millis(summary.expire_time);
        token.last_used_at = from_epoch_millis(summary.last_used_time);
        token.secret = summary.token.map(|secret| secret.into_secret_string());
        token
    }
}

/// Alibaba's epoch milliseconds as UTC; 0, negative or out-of-range values
/// mean "not set" (Alibaba reports 0 for a token never used).
pub(crate) fn from_epoch_millis(millis: Option<i64>) -> Option<DateTime<Utc>> {
    millis
        .filter(|ms| *ms > 0)
        .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
}

fn auto_expire(
    days: u32,
    operation: &'static str,
) -> Result<types::AutoExpireConfiguration, Error> {
    let days = i32::try_from(days)
        .ok()
        .filter(|days| *days > 0)
        .ok_or_else(|| {
            Error::configuration("the auto-expiry must be 1 day or more")
                .at(Vendor::EmrServerlessSpark, operation)
        })?;
    Ok(types::AutoExpireConfiguration {
        enable: Some(true),
        expire_days: Some(days),
    })
}

/// An HTTP 200 whose envelope `code` is not `"1000000"` is a failure.
fn check_envelope(
    operation: &'static str,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
) -> Result<(), Error> {
    match code.as_deref() {
        Some(SUCCESS) | None => Ok(()),
        Some(other) => Err(Error::new(kind_for_code(other))
            .with_status(200)
            .with_code(Some(other.to_string()))
            .with_message(message.unwrap_or_default())
            .with_request_id(request_id)
            .at(Vendor::EmrServerlessSpark, operation)),
    }
}

/// The kind of an error code in an HTTP 200 envelope, by Alibaba's naming
/// conventions (`<Entity>.NotFound`, `InvalidAccessKeyId.*`, `Forbidden.*`,
/// `InvalidParameter*`); any other code is a [`ErrorKind::Vendor`] error.
fn kind_for_code(code: &str) -> ErrorKind {
    const AUTH: [&str; 5] = [
        "InvalidAccessKeyId",
        "SignatureDoesNotMatch",
        "IncompleteSignature",
        "InvalidSecurityToken",
        "MissingSecurityToken",
    ];
    if apitokens_emr_serverless_spark::is_throttling_code(code) {
        ErrorKind::RateLimited
    } else if AUTH.iter().any(|prefix| code.starts_with(prefix)) {
        ErrorKind::Unauthorized
    } else if code.starts_with("Forbidden") || code.starts_with("NoPermission") {
        ErrorKind::Forbidden
    } else if code.ends_with("NotFound") || code.contains("NotExist") {
        ErrorKind::NotFound
    } else if code.starts_with("InvalidParameter") || code.starts_with("MissingParameter") {
        ErrorKind::InvalidRequest
    } else {
        ErrorKind::Vendor
    }
}

pub(super) fn missing_data(operation: &'static str) -> Error {
    Error::new(ErrorKind::Decode)
        .with_message("the success envelope has no `data`")
        .at(Vendor::EmrServerlessSpark, operation)
}

/// The envelope of every answer of the product: `code`, `message` and
/// `requestId` beside `data`; an HTTP 200 may still carry an error code.
pub(super) trait Envelope {
    /// Takes the code, message and request ID out of the answer.
    fn take_status(&mut self) -> (Option<String>, Option<String>, Option<String>);
}

macro_rules! envelope {
    ($($response:ident),+ $(,)?) => {$(
        impl Envelope for types::$response {
            fn take_status(&mut self) -> (Option<String>, Option<String>, Option<String>) {
                (self.code.take(), self.message.take(), self.request_id.take())
            }
        }
    )+};
}

envelope!(
    CreateLivyComputeTokenResponse,
    DeleteLivyComputeTokenResponse,
    GetLivyComputeTokenResponse,
    ListLivyComputeResponse,
    ListLivyComputeTokenResponse,
    RefreshLivyComputeTokenResponse,
);

/// The value of a generated call whose envelope says success, or the
/// failure as an [`Error`].
pub(super) async fn call<T: Envelope>(
    operation: &'static str,
    result: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ErrorResponse>,
    >,
) -> Result<T, Error> {
    // An error code comes in an HTTP 200 envelope: whether the call was
    // retried (an earlier attempt may have done the work, e.g. a delete
    // then answered "not found") is read before the answer is taken apart.
    let retried = result.as_ref().is_ok_and(|value| {
        value
            .headers()
            .contains_key(apitokens_core::execute::RETRIED_HEADER)
    });
    let idempotent = apitokens_emr_serverless_spark::is_idempotent(operation);
    let mut response = checked(
        Vendor::EmrServerlessSpark,
        operation,
        idempotent,
        result,
        describe,
    )
    .await?;
    let (code, message, request_id) = response.take_status();
    check_envelope(operation, code, message, request_id).map_err(|error| error.retried(retried))?;
    Ok(response)
}

/// Reads the vendor's error body into the error. Alibaba's API gateway
/// (signature, RAM, throttling) answers in PascalCase, the product in
/// camelCase; like Alibaba's SDK core, the PascalCase value wins.
fn describe(base: Error, body: types::ErrorResponse) -> Error {
    let product = body.subtype_0.unwrap_or_default();
    let gateway = body.subtype_1.unwrap_or_default();
    let code = gateway.code.or(product.code);
    let request_id = gateway.request_id.or(product.request_id);
    let mut message = gateway.message.or(product.message).unwrap_or_default();
    if let Some(denial) = gateway
        .access_denied_detail
        .or(product.access_denied_detail)
        .as_ref()
        .and_then(summarize_denial)
    {
        if !message.is_empty() {
            message.push(' ');
        }
        message.push_str(&denial);
    }
    let kind = code.as_deref().map(kind_for_code);
    let base = match kind {
        Some(kind @ (ErrorKind::RateLimited | ErrorKind::Unauthorized)) => base.into_kind(kind),
        _ => base,
    };
    base.with_code(code)
        .with_message(message)
        .with_request_id(request_id)
}

/// What a RAM denial says is missing: the denied action and why (implicit or
/// explicit deny, the policy kind). The principal's IDs and the encoded
/// diagnosis are left out: they identify the caller and help nobody reading
/// an error message.
fn summarize_denial(detail: &types::AccessDeniedDetail) -> Option<String> {
    let parts: Vec<String> = [
        detail.auth_action.as_deref().map(|a| format!("action {a}")),
        detail.no_permission_type.as_deref().map(str::to_string),
        detail.policy_type.as_deref().map(str::to_string),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("(RAM denied: {})", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alibaba_codes_in_http_200_envelopes_map_to_kinds() {
        assert_eq!(kind_for_code("Tokens.NotFound"), ErrorKind::NotFound);
        assert_eq!(kind_for_code("LivyCompute.NotExist"), ErrorKind::NotFound);
        assert_eq!(
            kind_for_code("InvalidAccessKeyId.NotFound"),
            ErrorKind::Unauthorized
        );
        assert_eq!(kind_for_code("Throttling.User"), ErrorKind::RateLimited);
        assert_eq!(kind_for_code("Forbidden.RAM"), ErrorKind::Forbidden);
        assert_eq!(
            kind_for_code("InvalidParameter.Name"),
            ErrorKind::InvalidRequest
        );
        assert_eq!(kind_for_code("040003"), ErrorKind::Vendor);
    }

    #[test]
    fn epoch_millis_at_the_edges() {
        assert_eq!(from_epoch_millis(None), None);
        assert_eq!(from_epoch_millis(Some(0)), None);
        assert_eq!(from_epoch_millis(Some(-1)), None);
        assert_eq!(from_epoch_millis(Some(i64::MAX)), None);
        assert_eq!(
            from_epoch_millis(Some(1_749_456_094_000)).map(|t| t.to_rfc3339()),
            Some("2025-06-09T08:01:34+00:00".to_string())
        );
    }
}
