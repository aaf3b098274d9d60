//! The one place where the vendor clients' `reqwest::Client` is configured.

use crate::policy::Policy;

/// The `User-Agent` every client sends: vendors see who is calling.
pub const USER_AGENT: &str = concat!("apitokens/", env!("CARGO_PKG_VERSION"));

/// A `reqwest::ClientBuilder` for `policy`: its connect timeout, a
/// `User-Agent`, and no redirects (a token API that redirects is misconfigured,
/// and following it would carry credentials or a signature somewhere else).
/// Request timeouts are set per attempt by [`crate::execute::execute`].
pub fn client_builder(policy: &Policy) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .connect_timeout(policy.connect_timeout)
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
}

/// Builds the `reqwest::Client` for the API at `base_url` ([`client_builder`]).
/// A loopback API (a local sandbox) is reached directly, never through the
/// `HTTP(S)_PROXY` of the environment.
///
/// Fails only when the TLS backend cannot be initialised.
pub fn client(policy: &Policy, base_url: &str) -> Result<reqwest::Client, reqwest::Error> {
    let builder = client_builder(policy);
    let builder = if is_loopback_url(base_url) {
        builder.no_proxy()
    } else {
        builder
    };
    builder.build()
}

/// Whether `url` names a loopback host (`localhost`, `127.0.0.0/8`, `[::1]`).
pub fn is_loopback_url(url: &str) -> bool {
    match reqwest::Url::parse(url)
        .ok()
        .and_then(|u| u.host().map(|h| h.to_owned()))
    {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Checks a base URL given by a user: it must parse, have a host, and use
/// `https://`, except on loopback hosts (local sandboxes and tests), where
/// `http://` is allowed. Returns the URL without a trailing slash.
pub fn validate_base_url(url: &str) -> Result<String, InvalidBaseUrl> {
    let invalid = |reason: &str| InvalidBaseUrl {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|e| invalid(&e.to_string()))?;
    if parsed.host().is_none() {
        return Err(invalid("it has no host"));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(invalid("credentials do not belong in the URL"));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL has no query or fragment"));
    }
    let loopback = is_loopback_url(url);
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(invalid(
                "plain http:// is only allowed for loopback hosts; use https://",
            ));
        }
        other => {
            return Err(invalid(&format!(
                "the scheme {other}:// is not supported; use https://"
            )));
        }
    }
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

/// A base URL that cannot be used; the reason says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidBaseUrl {
    /// The URL as given.
    pub url: String,
    /// Why it was refused.
    pub reason: String,
}

impl std::fmt::Display for InvalidBaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid base URL {:?}: {}", self.url, self.reason)
    }
}

impl std::error::Error for InvalidBaseUrl {}

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
    fn base_urls_must_be_https_except_on_loopback() {
        let ok = |url: &str| validate_base_url(url).map_err(|e| e.to_string());
        assert_eq!(
            ok("https://abc12345.live.dynatrace.com/api/v2/"),
            Ok("https://abc12345.live.dynatrace.com/api/v2".into())
        );
        assert_eq!(
            ok("http://127.0.0.1:8080"),
            Ok("http://127.0.0.1:8080".into())
        );
        assert_eq!(ok("http://localhost:9"), Ok("http://localhost:9".into()));
        assert_eq!(ok("http://[::1]:9/e/x"), Ok("http://[::1]:9/e/x".into()));
        assert_eq!(
            ok("http://astra.example.com"),
            Err("invalid base URL \"http://astra.example.com\": plain http:// is only allowed for loopback hosts; use https://".into())
        );
        assert!(ok("ftp://example.com").is_err());
        assert!(ok("not a url").is_err());
        assert!(ok("https://user:pw@example.com").is_err());
        assert!(ok("https://example.com/?x=1").is_err());
        assert!(ok("http://127.0.0.1.evil.example/").is_err());
    }
}
