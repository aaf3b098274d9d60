//! The one place where the vendor clients' `reqwest::Client` is configured.

use std::time::Duration;

/// How long to wait for a TCP + TLS connection before giving up.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one request may take, from sending to the last body byte.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The `User-Agent` every client sends: vendors see who is calling.
pub const USER_AGENT: &str = concat!("apitokens/", env!("CARGO_PKG_VERSION"));

/// A `reqwest::ClientBuilder` with the workspace's defaults: timeouts, a
/// `User-Agent`, and no redirects (a token API that redirects is misconfigured,
/// and following it would carry credentials or a signature somewhere else).
pub fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .connect_timeout(DEFAULT_CONNECT_TIMEOUT)
        .timeout(DEFAULT_REQUEST_TIMEOUT)
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
}

/// Builds a `reqwest::Client` with [`client_builder`]'s defaults.
///
/// Fails only when the TLS backend cannot be initialised.
pub fn default_client() -> Result<reqwest::Client, reqwest::Error> {
    client_builder().build()
}

/// Sets `name: value` on a request as a sensitive header (never printed by
/// reqwest's `Debug`), or says why the value cannot be a header.
pub fn set_sensitive_header(
    headers: &mut reqwest::header::HeaderMap,
    name: reqwest::header::HeaderName,
    value: &str,
) -> Result<(), InvalidHeaderValue> {
    let mut value =
        reqwest::header::HeaderValue::from_str(value).map_err(|_| InvalidHeaderValue {
            header: name.to_string(),
        })?;
    value.set_sensitive(true);
    headers.insert(name, value);
    Ok(())
}

/// A credential that cannot be sent in an HTTP header (control characters or
/// non-visible bytes). The value itself is never part of the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidHeaderValue {
    /// The header the credential was meant for.
    pub header: String,
}

impl std::fmt::Display for InvalidHeaderValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the credential for the `{}` header contains characters that HTTP headers cannot carry",
            self.header
        )
    }
}

impl std::error::Error for InvalidHeaderValue {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_headers_are_hidden_from_debug() {
        let mut headers = reqwest::header::HeaderMap::new();
        let set = set_sensitive_header(
            &mut headers,
            reqwest::header::AUTHORIZATION,
            "Api-Token s3cr3t",
        );
        assert_eq!(set, Ok(()));
        assert!(headers[reqwest::header::AUTHORIZATION].is_sensitive());
        assert!(!format!("{headers:?}").contains("s3cr3t"));
    }

    #[test]
    fn invalid_values_are_an_error_without_the_value() {
        let mut headers = reqwest::header::HeaderMap::new();
        let err = set_sensitive_header(&mut headers, reqwest::header::AUTHORIZATION, "Bearer a\nb")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "the credential for the `authorization` header contains characters that HTTP headers cannot carry"
        );
    }
}
