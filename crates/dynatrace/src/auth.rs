//! `Authorization: Api-Token <token>`, added to every request by the
//! `ClientHooks` implementation progenitor expects (`HooksMode::Expected`),
//! and every call sent through the workspace's one HTTP policy.

use std::fmt;

use apitokens_core::auth::{CredentialHeader, MissingEnv, secret_from_env};
use apitokens_core::execute::{Call, execute};
use apitokens_core::http::{ConnectError, connect_client};
use apitokens_core::{Policy, Settings};
use progenitor_client::{ClientHooks, OperationInfo};
use secrecy::SecretString;

use crate::generated::{Client, OPERATIONS};

/// The environment variable [`Credentials::from_env`] reads.
pub const TOKEN_ENV: &str = "DT_API_TOKEN";

/// A Dynatrace API token or personal access token; reading tokens needs the
/// `apiTokens.read` scope, changing them `apiTokens.write`. `Debug` never
/// shows it.
#[derive(Clone)]
pub struct Credentials {
    /// The token, kept only as the prepared (sensitive) header value.
    authorization: CredentialHeader,
}

impl Credentials {
    /// Uses the given API token.
    pub fn new(token: impl Into<SecretString>) -> Self {
        Self {
            authorization: CredentialHeader::authorization("Api-Token", &token.into()),
        }
    }

    /// Reads the API token from `DT_API_TOKEN`.
    pub fn from_env() -> Result<Self, MissingEnv> {
        secret_from_env(
            TOKEN_ENV,
            "a Dynatrace API token with the apiTokens.read scope",
        )
        .map(Self::new)
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("token", &"[redacted]")
            .finish()
    }
}

impl Client {
    /// A client for the API at `base_url` (e.g.
    /// `https://{environmentId}.live.dynatrace.com/api/v2`) with the default
    /// [`Policy`].
    pub fn connect(base_url: &str, credentials: Credentials) -> Result<Self, ConnectError> {
        Self::connect_with(base_url, credentials, Policy::default())
    }

    /// A client for the API at `base_url` with its own timeouts, retries and
    /// limits. `base_url` must be `https://` (`http://` only on a loopback
    /// host) and carry no credentials, query or fragment.
    pub fn connect_with(
        base_url: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, ConnectError> {
        connect_client(base_url, credentials, policy, Self::new_with_client)
    }
}

impl ClientHooks<Settings<Credentials>> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        (self.inner.credentials.authorization)
            .apply(request)
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
        OPERATIONS.set_media_types(request, info.operation_id);
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let call = Call {
            operation: info.operation_id,
            idempotent: OPERATIONS.is_idempotent_id(info.operation_id),
            // The Api-Token header set by `pre` stays valid for a retry.
            prepare_retry: &|_| true,
            // A bodiless error (the page documents 404 so) decodes as an empty envelope.
            empty_error_body: |_| "{}".to_string(),
            is_throttling: |_| false,
        };
        execute(&self.client, request, &self.inner.policy, &call).await
    }
}

/// Whether the spec declares the operation with `operationId` `operation_id`
/// (e.g. `createApiToken`) safe to send again after a lost answer: its
/// `x-idempotent`, else its method. Unknown operations are not.
pub fn is_idempotent(operation_id: &str) -> bool {
    OPERATIONS.is_idempotent(operation_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_enforce_https_except_on_loopback() {
        let credentials = || Credentials::new("t".to_string());
        let refused =
            Client::connect("http://abc12345.live.dynatrace.com/api/v2", credentials()).err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        let refused =
            Client::connect_with("https://u:pw@example.com", credentials(), Policy::default())
                .err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        assert!(Client::connect("http://localhost:9/api/v2", credentials()).is_ok());
    }
}
