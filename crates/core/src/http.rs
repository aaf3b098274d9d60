//! The one place where the vendor clients' `reqwest::Client` is configured.

use crate::policy::{Policy, Settings};

/// The `User-Agent` every client sends: vendors see who is calling.
pub const USER_AGENT: &str = concat!("apitokens/", env!("CARGO_PKG_VERSION"));

/// A `reqwest::ClientBuilder` for `policy`: its connect timeout, a
/// `User-Agent`, and no redirects (a token API that redirects is misconfigured,
/// and following it would carry credentials or a signature somewhere else).
/// Request timeouts are set per attempt by [`crate::execute::execute`].
///
/// The TLS backend is the one the crate's features chose: `native-tls` if on,
/// else rustls: with ring (installed as rustls's process default provider
/// unless the application installed one), or aws-lc-rs with that feature.
pub fn client_builder(policy: &Policy) -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder()
        .connect_timeout(policy.connect_timeout)
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none());
    with_tls_backend(builder)
}

#[cfg(feature = "native-tls")]
fn with_tls_backend(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    builder.tls_backend_native()
}

#[cfg(all(
    not(feature = "native-tls"),
    any(feature = "rustls", feature = "aws-lc-rs")
))]
fn with_tls_backend(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    install_default_crypto_provider();
    builder.tls_backend_rustls()
}

/// No TLS feature: `http://` (loopback) only; an `https://` request fails.
#[cfg(not(any(feature = "native-tls", feature = "rustls", feature = "aws-lc-rs")))]
fn with_tls_backend(builder: reqwest::ClientBuilder) -> reqwest::ClientBuilder {
    builder
}

/// Installs ring as rustls's process-wide default crypto provider, unless
/// one is installed already (the application's own choice is kept and used).
/// Does so only with the `rustls` feature and neither `aws-lc-rs` (reqwest then
/// falls back to aws-lc-rs by itself) nor `native-tls`; otherwise does nothing.
///
/// [`client_builder`] calls it: reqwest built with `rustls-no-provider` takes
/// its provider from there (it has no builder option for one) and panics
/// without one. rustls does the same when its crate features choose the
/// provider. Call it yourself before building your own `reqwest::Client` in a
/// program whose reqwest has no provider of its own (reqwest without its
/// default features): with apitokens' `rustls` feature, reqwest's default TLS
/// is rustls, and building any client without a provider panics. An
/// application that wants another provider installs it before building any
/// client.
pub fn install_default_crypto_provider() {
    #[cfg(all(
        feature = "rustls",
        not(feature = "aws-lc-rs"),
        not(feature = "native-tls")
    ))]
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // An error means another thread installed one first: that one is used.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

/// Checks `base_url` ([`validate_base_url`]: https, or http on loopback) and
/// builds the `reqwest::Client` for it ([`client_builder`]); returns the URL
/// without a trailing slash and the client. Every vendor client's constructor
/// comes here, so the https rule holds however a client is made. A loopback
/// API (a local sandbox) is reached directly, never through the
/// `HTTP(S)_PROXY` of the environment.
pub fn connect(policy: &Policy, base_url: &str) -> Result<(String, reqwest::Client), ConnectError> {
    let base_url = validate_base_url(base_url)?;
    let builder = client_builder(policy);
    let builder = if is_loopback_url(&base_url) {
        builder.no_proxy()
    } else {
        builder
    };
    Ok((base_url, builder.build().map_err(ConnectError::Http)?))
}

/// A generated client for `base_url` with `credentials` under `policy`,
/// through [`connect`]: every vendor crate's `Client::connect_with` is this,
/// given its `Client::new_with_client`.
pub fn connect_client<C, T>(
    base_url: &str,
    credentials: C,
    policy: Policy,
    new_with_client: impl FnOnce(&str, reqwest::Client, Settings<C>) -> T,
) -> Result<T, ConnectError> {
    let (base_url, http) = connect(&policy, base_url)?;
    Ok(new_with_client(
        &base_url,
        http,
        Settings {
            credentials,
            policy,
        },
    ))
}

/// Why a vendor client cannot be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConnectError {
    /// The base URL is refused ([`validate_base_url`]).
    BaseUrl(InvalidBaseUrl),
    /// The region is not a region ID ([`crate::validate::region`]).
    Region(crate::validate::InvalidRegion),
    /// The HTTP client cannot be built (the TLS backend failed to initialise).
    Http(reqwest::Error),
}

impl std::fmt::Display for ConnectError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConnectError::BaseUrl(error) => error.fmt(f),
            ConnectError::Region(error) => error.fmt(f),
            ConnectError::Http(_) => f.write_str("cannot build the HTTP client"),
        }
    }
}

impl std::error::Error for ConnectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConnectError::Http(error) => Some(error),
            ConnectError::BaseUrl(_) | ConnectError::Region(_) => None,
        }
    }
}

impl From<InvalidBaseUrl> for ConnectError {
    fn from(error: InvalidBaseUrl) -> Self {
        ConnectError::BaseUrl(error)
    }
}

impl From<crate::validate::InvalidRegion> for ConnectError {
    fn from(error: crate::validate::InvalidRegion) -> Self {
        ConnectError::Region(error)
    }
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
/// `http://` is allowed; credentials, a query or a fragment are refused.
/// Returns the URL without a trailing slash. The error never repeats
/// userinfo, query or fragment: they may carry a credential.
pub fn validate_base_url(url: &str) -> Result<String, InvalidBaseUrl> {
    let parsed = reqwest::Url::parse(url).map_err(|e| InvalidBaseUrl {
        // The text did not parse, so nothing can be cut out of it safely.
        url: String::new(),
        reason: e.to_string(),
    })?;
    let invalid = |reason: &str| InvalidBaseUrl {
        url: without_secrets(url, &parsed),
        reason: reason.to_string(),
    };
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

/// `url` as given (`text`) for messages, but without userinfo, query and
/// fragment when it has any; only the scheme for a URL that cannot be a base
/// (`mailto:user:pw@host`), whose userinfo the parser cannot tell apart.
fn without_secrets(text: &str, url: &reqwest::Url) -> String {
    if url.cannot_be_a_base() {
        return format!("{}:", url.scheme());
    }
    if url.username().is_empty()
        && url.password().is_none()
        && url.query().is_none()
        && url.fragment().is_none()
    {
        return text.to_string();
    }
    let mut shown = url.clone();
    shown.set_query(None);
    shown.set_fragment(None);
    // Fails only for URLs without a host, which cannot carry userinfo.
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.to_string()
}

/// A base URL that cannot be used; the reason says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidBaseUrl {
    /// The URL as given, without userinfo, query and fragment (they may carry
    /// a credential); empty when it did not parse.
    pub url: String,
    /// Why it was refused.
    pub reason: String,
}

impl std::fmt::Display for InvalidBaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.url.is_empty() {
            write!(f, "invalid base URL: {}", self.reason)
        } else {
            write!(f, "invalid base URL {:?}: {}", self.url, self.reason)
        }
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

    #[test]
    fn a_refused_url_is_never_repeated_with_its_credentials() {
        let refused = |url: &str| validate_base_url(url).err().map(|e| e.to_string());
        assert_eq!(
            refused("https://admin:hunter2@example.com/api"),
            Some("invalid base URL \"https://example.com/api\": credentials do not belong in the URL".into())
        );
        assert_eq!(
            refused("https://abc.live.dynatrace.com/?Api-Token=dt0c01.SECRET#frag"),
            Some("invalid base URL \"https://abc.live.dynatrace.com/\": a base URL has no query or fragment".into())
        );
        assert_eq!(
            refused("http://admin:hunter2@example.com/?token=SECRET"),
            Some(
                "invalid base URL \"http://example.com/\": credentials do not belong in the URL"
                    .into()
            )
        );
        // Text that does not parse is not repeated at all.
        assert_eq!(
            refused("https://admin:hunter2@[bad/"),
            Some("invalid base URL: invalid IPv6 address".into())
        );
        for opaque in [
            "mailto:admin:hunter2@example.com?x=SECRET",
            "mailto:admin:hunter2@example.com",
        ] {
            assert_eq!(
                refused(opaque),
                Some("invalid base URL \"mailto:\": it has no host".into())
            );
        }
    }

    #[test]
    fn connecting_enforces_the_https_rule() {
        let policy = Policy::default();
        let refused = connect(&policy, "http://astra.example.com").err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        let loopback = connect(&policy, "http://127.0.0.1:9/e/").map(|(url, _)| url);
        assert_eq!(loopback.ok().as_deref(), Some("http://127.0.0.1:9/e"));
        assert!(connect(&policy, "https://astra.example.com").is_ok());
    }

    #[test]
    fn a_client_gets_the_checked_url_and_its_settings() {
        let policy = Policy::default().with_max_response_bytes(7);
        let made = connect_client(
            "http://[::1]:9/api/v4/",
            "creds",
            policy,
            |url, _, settings| (url.to_string(), settings),
        );
        let (url, settings) = match made {
            Ok(made) => made,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(url, "http://[::1]:9/api/v4");
        assert_eq!(settings.credentials, "creds");
        assert_eq!(settings.policy.max_response_bytes, 7);
        let refused = connect_client(
            "http://gitlab.example.com",
            (),
            Policy::default(),
            |_, _, _| (),
        );
        assert!(
            matches!(refused, Err(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
    }
}
