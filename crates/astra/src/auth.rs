//! `Authorization: Bearer <token>`, added to every request by the
//! `ClientHooks` implementation progenitor expects (`HooksMode::Expected`).

use std::fmt;

use apitokens_core::auth::{MissingEnv, accept, authorize, content_type, secret_from_env};
use progenitor_client::{ClientHooks, OperationInfo};
use secrecy::SecretString;

use crate::generated::{Client, operation};

/// The environment variable [`Credentials::from_env`] reads.
pub const TOKEN_ENV: &str = "ASTRA_API_TOKEN";

/// An Astra Control API token (the base64 secret Astra returns when a token is
/// created). `Debug` never shows it.
#[derive(Clone)]
pub struct Credentials {
    token: SecretString,
}

impl Credentials {
    /// Uses the given API token.
    pub fn new(token: impl Into<SecretString>) -> Self {
        Self {
            token: token.into(),
        }
    }

    /// Reads the API token from `ASTRA_API_TOKEN`.
    pub fn from_env() -> Result<Self, MissingEnv> {
        secret_from_env(TOKEN_ENV, "an Astra Control API token").map(Self::new)
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
    /// `https://astra.netapp.io`, or an Astra Control Center host), with the
    /// workspace's HTTP defaults (`apitokens_core::http`).
    pub fn connect(base_url: &str, credentials: Credentials) -> Result<Self, reqwest::Error> {
        let http = apitokens_core::http::default_client()?;
        Ok(Self::new_with_client(
            base_url.trim_end_matches('/'),
            http,
            credentials,
        ))
    }
}

impl ClientHooks<Credentials> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        authorize(request, "Bearer", &self.inner.token)
            .map_err(|e| progenitor_client::Error::InvalidRequest(e.to_string()))?;
        if let Some(operation) = operation(info.operation_id) {
            accept(request, operation.accept);
            content_type(request, operation.content_type);
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        _: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        // A bodiless error becomes RFC 7807's default problem (`about:blank`,
        // titled with the status phrase), which the generated client decodes.
        apitokens_core::http::execute(&self.client, request, |status| {
            serde_json::json!({
                "type": "about:blank",
                "title": status.canonical_reason().unwrap_or("Error"),
                "detail": "The response had no body.",
                "status": status.as_str(),
            })
            .to_string()
        })
        .await
    }
}
