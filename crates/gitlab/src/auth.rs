//! `PRIVATE-TOKEN: <token>` (or `Authorization: Bearer <token>`), added to
//! every request by the `ClientHooks` implementation progenitor expects
//! (`HooksMode::Expected`), and every call sent through the workspace's one
//! HTTP policy.

use std::fmt;

use apitokens_core::auth::{CredentialHeader, MissingEnv, secret_from_env};
use apitokens_core::execute::{Call, execute};
use apitokens_core::http::{ConnectError, connect_client};
use apitokens_core::{Policy, Settings};
use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::HeaderName;
use secrecy::SecretString;

use crate::generated::{Client, OPERATIONS};

/// The environment variable [`Credentials::from_env`] reads.
pub const TOKEN_ENV: &str = "GITLAB_TOKEN";

/// The header GitLab reads personal, project and group access tokens from.
const PRIVATE_TOKEN: HeaderName = HeaderName::from_static("private-token");

/// A GitLab access token; managing personal access tokens needs the `api`
/// scope (`self_rotate` is enough to rotate the token in use). `Debug` never
/// shows it.
#[derive(Clone)]
pub struct Credentials {
    /// The token, kept only as the prepared (sensitive) header value.
    header: CredentialHeader,
}

impl Credentials {
    /// Sends the access token as `PRIVATE-TOKEN: <token>`.
    pub fn new(token: impl Into<SecretString>) -> Self {
        Self {
            header: CredentialHeader::new(PRIVATE_TOKEN, &token.into()),
        }
    }

    /// Sends the token as `Authorization: Bearer <token>` (an OAuth 2.0
    /// token, or an access token in the OAuth-compliant header).
    pub fn bearer(token: impl Into<SecretString>) -> Self {
        Self {
            header: CredentialHeader::authorization("Bearer", &token.into()),
        }
    }

    /// Reads the access token from `GITLAB_TOKEN` (sent as `PRIVATE-TOKEN`).
    pub fn from_env() -> Result<Self, MissingEnv> {
        secret_from_env(TOKEN_ENV, "a GitLab access token with the api scope").map(Self::new)
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
    /// A client for the API at `base_url` (`https://gitlab.com/api/v4`, or
    /// `https://{host}/api/v4` of a self-managed instance) with the default
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

/// GitLab's own wording for an error without a body (`{"message": "404 Not
/// Found"}`), so that a bodiless error decodes and keeps its status.
fn empty_error(status: reqwest::StatusCode) -> String {
    let message = match status.canonical_reason() {
        Some(reason) => format!("{} {reason}", status.as_str()),
        None => status.as_str().to_string(),
    };
    serde_json::json!({ "message": message }).to_string()
}

impl ClientHooks<Settings<Credentials>> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        (self.inner.credentials.header)
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
            // A rotation is not: rotating a revoked token revokes its whole family.
            idempotent: OPERATIONS.is_idempotent_id(info.operation_id),
            // The token header set by `pre` stays valid for a retry.
            prepare_retry: &|_| true,
            empty_error_body: empty_error,
            // GitLab throttles with 429, which every client retries.
            is_throttling: |_| false,
        };
        execute(&self.client, request, &self.inner.policy, &call).await
    }
}

/// Whether the spec declares the operation with `operationId` `operation_id`
/// (e.g. `rotatePersonalAccessToken`) safe to send again after a lost answer:
/// its `x-idempotent`, else its method. Unknown operations are not.
pub fn is_idempotent(operation_id: &str) -> bool {
    OPERATIONS.is_idempotent(operation_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructors_enforce_https_except_on_loopback() {
        let credentials = || Credentials::new("glpat-t".to_string());
        let refused = Client::connect("http://gitlab.example.com/api/v4", credentials()).err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        let refused = Client::connect_with(
            "https://u:pw@gitlab.example.com/api/v4",
            credentials(),
            Policy::default(),
        )
        .err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        assert!(Client::connect("http://127.0.0.1:9/api/v4", credentials()).is_ok());
    }

    #[test]
    fn rotations_and_creations_are_not_sent_twice() {
        assert!(!is_idempotent("rotatePersonalAccessToken"));
        assert!(!is_idempotent("rotatePersonalAccessTokenSelf"));
        assert!(!is_idempotent("createPersonalAccessTokenForUser"));
        assert!(
            is_idempotent("getPersonalAccessToken") && is_idempotent("revokePersonalAccessToken")
        );
        assert!(!is_idempotent("noSuchOperation"));
    }

    #[test]
    fn credentials_never_show_the_token() {
        for credentials in [
            Credentials::new("glpat-SECRET"),
            Credentials::bearer("glpat-SECRET"),
        ] {
            assert_eq!(
                format!("{credentials:?}"),
                "Credentials { token: \"[redacted]\" }"
            );
        }
    }

    #[test]
    fn a_bodiless_error_gets_gitlabs_message() {
        assert_eq!(
            empty_error(reqwest::StatusCode::NOT_FOUND),
            r#"{"message":"404 Not Found"}"#
        );
    }
}
