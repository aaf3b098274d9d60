//! Alibaba Cloud's V3 request signature, ACS3-HMAC-SHA256.
//!
//! Written by hand: no maintained Rust crate implements ACS3 (Alibaba's
//! official SDKs are Go, Python, Java, TypeScript). The algorithm, from
//! "V3 request structure and signature":
//!
//! ```text
//! CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n
//!                    CanonicalHeaders \n SignedHeaders \n HashedRequestPayload
//! StringToSign     = "ACS3-HMAC-SHA256" \n hex(sha256(CanonicalRequest))
//! Signature        = hex(hmac_sha256(AccessKeySecret, StringToSign))
//! Authorization    = ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<sig>
//! ```
//!
//! The hashing and HMAC come from the RustCrypto `sha2` and `hmac` crates;
//! only the canonical forms are written here.

use std::fmt;

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::header::{HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// The signature algorithm's name, as it appears in `Authorization`.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// The environment variables [`AccessKey::from_env`] reads (Alibaba's own).
pub const ACCESS_KEY_ID_ENV: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// See [`ACCESS_KEY_ID_ENV`].
pub const ACCESS_KEY_SECRET_ENV: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// See [`ACCESS_KEY_ID_ENV`]; optional, for STS credentials.
pub const SECURITY_TOKEN_ENV: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// RFC 3986: everything but the unreserved characters is percent-encoded.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Alibaba Cloud credentials: an AccessKey pair, plus a security token when
/// the pair is temporary (STS). `Debug` shows the AccessKey ID only.
#[derive(Clone)]
pub struct AccessKey {
    id: String,
    secret: SecretString,
    security_token: Option<SecretString>,
}

impl AccessKey {
    /// A long-lived AccessKey pair.
    pub fn new(id: impl Into<String>, secret: impl Into<SecretString>) -> Self {
        Self {
            id: id.into(),
            secret: secret.into(),
            security_token: None,
        }
    }

    /// Adds the STS security token of temporary credentials.
    pub fn with_security_token(mut self, token: impl Into<SecretString>) -> Self {
        self.security_token = Some(token.into());
        self
    }

    /// Reads `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`
    /// and, when set, `ALIBABA_CLOUD_SECURITY_TOKEN`.
    pub fn from_env() -> Result<Self, apitokens_core::auth::MissingEnv> {
        use apitokens_core::auth::secret_from_env;
        let id = secret_from_env(ACCESS_KEY_ID_ENV, "an Alibaba Cloud AccessKey ID")?;
        let secret = secret_from_env(ACCESS_KEY_SECRET_ENV, "the AccessKey secret")?;
        let key = Self::new(id.expose_secret().to_string(), secret);
        Ok(
            match secret_from_env(SECURITY_TOKEN_ENV, "an STS security token") {
                Ok(token) => key.with_security_token(token),
                Err(_) => key,
            },
        )
    }

    /// The AccessKey ID (not a secret: it appears in every `Authorization`).
    pub fn id(&self) -> &str {
        &self.id
    }
}

impl fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessKey")
            .field("id", &self.id)
            .field("secret", &"[redacted]")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// Why a request could not be signed. Never carries a secret.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigningError {
    /// The body is a stream, whose bytes cannot be hashed before sending.
    #[error("cannot sign a request with a streaming body")]
    StreamingBody,
    /// The URL has no host to sign.
    #[error("cannot sign a request whose URL has no host")]
    NoHost,
    /// A value cannot be sent as an HTTP header.
    #[error("the value for header `{0}` contains characters that HTTP headers cannot carry")]
    InvalidHeader(&'static str),
}

/// Hex SHA-256 of `bytes`, as `x-acs-content-sha256` and the string to sign want it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn hmac_sha256_hex(key: &[u8], message: &[u8]) -> String {
    // HMAC accepts keys of any length: `new_from_slice` cannot fail here.
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(message);
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => String::new(),
    }
}

fn encode(value: &str) -> String {
    utf8_percent_encode(value, RFC3986).to_string()
}

/// The canonical URI: each segment of the (possibly already percent-encoded)
/// path decoded and RFC 3986-encoded again; `/` when empty.
pub fn canonical_uri(path: &str) -> String {
    if path.is_empty() {
        return "/".to_string();
    }
    path.split('/')
        .map(|segment| encode(&percent_decode_str(segment).decode_utf8_lossy()))
        .collect::<Vec<_>>()
        .join("/")
}

/// The canonical query string: decoded `(key, value)` pairs, RFC 3986-encoded,
/// sorted by key then value, joined as `k=v&…` (`k=` for an empty value).
pub fn canonical_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut encoded: Vec<(String, String)> = pairs
        .into_iter()
        .map(|(k, v)| (encode(k), encode(v)))
        .collect();
    encoded.sort();
    encoded
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// Whether a header takes part in the signature: `host`, `content-type` and
/// every `x-acs-*` header.
fn is_signed(lowercase_name: &str) -> bool {
    lowercase_name == "host"
        || lowercase_name == "content-type"
        || lowercase_name.starts_with("x-acs-")
}

/// The canonical headers (`name:value\n` per signed header, names lowercase
/// and sorted, values trimmed, repeated names joined with `,`) and the signed
/// header names joined with `;`.
pub fn canonical_headers<'a>(
    headers: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (String, String) {
    let mut merged: std::collections::BTreeMap<String, Vec<&str>> =
        std::collections::BTreeMap::new();
    for (name, value) in headers {
        let name = name.to_ascii_lowercase();
        if is_signed(&name) {
            merged.entry(name).or_default().push(value.trim());
        }
    }
    let canonical = merged
        .iter()
        .map(|(name, values)| format!("{name}:{}\n", values.join(",")))
        .collect();
    let signed = merged.keys().cloned().collect::<Vec<_>>().join(";");
    (canonical, signed)
}

/// The parts of a request that the signature covers.
#[derive(Debug, Clone, Copy)]
pub struct RequestParts<'a> {
    /// `GET`, `POST`, …
    pub method: &'a str,
    /// The URL path as sent (percent-encoded or not).
    pub path: &'a str,
    /// Decoded query pairs.
    pub query: &'a [(&'a str, &'a str)],
    /// Every header to be sent (unsigned ones are skipped).
    pub headers: &'a [(&'a str, &'a str)],
    /// Hex SHA-256 of the body, as in `x-acs-content-sha256`.
    pub hashed_payload: &'a str,
}

/// The `Authorization` value for `parts`, signed with `key`.
pub fn authorization(parts: &RequestParts<'_>, key: &AccessKey) -> String {
    let (canonical_headers, signed_headers) = canonical_headers(parts.headers.iter().copied());
    let canonical_request = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        parts.method.to_ascii_uppercase(),
        canonical_uri(parts.path),
        canonical_query(parts.query.iter().copied()),
        canonical_headers,
        signed_headers,
        parts.hashed_payload,
    );
    let string_to_sign = format!("{ALGORITHM}\n{}", sha256_hex(canonical_request.as_bytes()));
    let signature = hmac_sha256_hex(
        key.secret.expose_secret().as_bytes(),
        string_to_sign.as_bytes(),
    );
    format!(
        "{ALGORITHM} Credential={},SignedHeaders={signed_headers},Signature={signature}",
        key.id
    )
}

fn set(
    request: &mut reqwest::Request,
    name: &'static str,
    value: &str,
    sensitive: bool,
) -> Result<(), SigningError> {
    let mut header = HeaderValue::from_str(value).map_err(|_| SigningError::InvalidHeader(name))?;
    header.set_sensitive(sensitive);
    request
        .headers_mut()
        .insert(HeaderName::from_static(name), header);
    Ok(())
}

/// Signs `request` in place for the API `version`'s `action`, at `now`, with a
/// `nonce` that must never repeat: sets `host`, the `x-acs-*` headers and
/// `authorization` (the last two sensitive).
pub fn sign_request(
    request: &mut reqwest::Request,
    key: &AccessKey,
    action: &str,
    version: &str,
    now: DateTime<Utc>,
    nonce: &str,
) -> Result<(), SigningError> {
    let body = match request.body() {
        None => &[][..],
        Some(body) => body.as_bytes().ok_or(SigningError::StreamingBody)?,
    };
    let hashed_payload = sha256_hex(body);
    let url = request.url();
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        (None, _) => return Err(SigningError::NoHost),
    };
    set(request, "host", &host, false)?;
    set(request, "x-acs-action", action, false)?;
    set(request, "x-acs-version", version, false)?;
    set(
        request,
        "x-acs-date",
        &now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        false,
    )?;
    set(request, "x-acs-signature-nonce", nonce, false)?;
    set(request, "x-acs-content-sha256", &hashed_payload, false)?;
    if let Some(token) = &key.security_token {
        set(request, "x-acs-security-token", token.expose_secret(), true)?;
    }

    let url = request.url();
    let query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let headers: Vec<(&str, &str)> = request
        .headers()
        .iter()
        .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
        .collect();
    let parts = RequestParts {
        method: request.method().as_str(),
        path: url.path(),
        query: &query,
        headers: &headers,
        hashed_payload: &hashed_payload,
    };
    let authorization = authorization(&parts, key);
    set(request, "authorization", &authorization, true)
}

/// [`sign_request`] at the current time with a fresh random nonce.
pub fn sign_request_now(
    request: &mut reqwest::Request,
    key: &AccessKey,
    action: &str,
    version: &str,
) -> Result<(), SigningError> {
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    sign_request(request, key, action, version, Utc::now(), &nonce)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Alibaba's V3 signature documentation example.
    const DOC_SIGNATURE: &str = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";
    const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    fn doc_key() -> AccessKey {
        AccessKey::new("YourAccessKeyId", "YourAccessKeySecret".to_string())
    }

    #[test]
    fn reproduces_the_v3_documentation_example() {
        let parts = RequestParts {
            method: "POST",
            path: "/",
            query: &[
                (
                    "ImageId",
                    "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
                ),
                ("RegionId", "cn-shanghai"),
            ],
            headers: &[
                ("host", "ecs.cn-shanghai.aliyuncs.com"),
                ("x-acs-action", "RunInstances"),
                ("x-acs-version", "2014-05-26"),
                ("x-acs-date", "2023-10-26T10:22:32Z"),
                ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
                ("x-acs-content-sha256", EMPTY_SHA256),
            ],
            hashed_payload: EMPTY_SHA256,
        };
        assert_eq!(sha256_hex(b""), EMPTY_SHA256);
        assert_eq!(
            authorization(&parts, &doc_key()),
            format!(
                "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature={DOC_SIGNATURE}"
            )
        );
    }

    #[test]
    fn reproduces_the_documentation_example_on_a_real_request()
    -> Result<(), Box<dyn std::error::Error>> {
        let url = "https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
        let mut request = reqwest::Request::new(reqwest::Method::POST, url.parse()?);
        let now = DateTime::parse_from_rfc3339("2023-10-26T10:22:32Z")?.with_timezone(&Utc);
        sign_request(
            &mut request,
            &doc_key(),
            "RunInstances",
            "2014-05-26",
            now,
            "3156853299f313e23d1673dc12e1703d",
        )?;
        let authorization = request.headers()["authorization"].to_str()?;
        assert!(
            authorization.ends_with(&format!("Signature={DOC_SIGNATURE}")),
            "{authorization}"
        );
        assert!(request.headers()["authorization"].is_sensitive());
        assert_eq!(request.headers()["host"], "ecs.cn-shanghai.aliyuncs.com");
        assert_eq!(request.headers()["x-acs-content-sha256"], EMPTY_SHA256);
        Ok(())
    }

    #[test]
    fn reproduces_the_darabonba_sdk_vector() {
        let parts = RequestParts {
            method: "GET",
            path: "/",
            query: &[("test", "ok"), ("empty", "")],
            headers: &[("x-acs-test", "http"), ("x-acs-TEST", "https")],
            hashed_payload: "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23",
        };
        let key = AccessKey::new("acesskey", "secret".to_string());
        assert_eq!(
            authorization(&parts, &key),
            "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1"
        );
    }

    #[test]
    fn paths_are_canonically_encoded_once() {
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/a b/ü~"), "/a%20b/%C3%BC~");
        assert_eq!(canonical_uri("/a%20b/x%2Fy"), "/a%20b/x%2Fy");
        assert_eq!(
            canonical_uri("/api/interactive/v1/workspace/w-1/livycompute/lc-2/token"),
            "/api/interactive/v1/workspace/w-1/livycompute/lc-2/token"
        );
    }

    #[test]
    fn queries_are_encoded_and_sorted() {
        assert_eq!(
            canonical_query([("b", "2"), ("a b", "*~"), ("a", "")]),
            "a=&a%20b=%2A~&b=2"
        );
        assert_eq!(canonical_query([]), "");
    }

    #[test]
    fn the_body_hash_covers_the_exact_bytes_and_sts_tokens_are_signed()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut request = reqwest::Request::new(
            reqwest::Method::PUT,
            "http://127.0.0.1:8080/t?regionId=cn-hangzhou".parse()?,
        );
        *request.body_mut() = Some(reqwest::Body::from(r#"{"name":"x"}"#));
        let key =
            AccessKey::new("id", "secret".to_string()).with_security_token("sts-token".to_string());
        sign_request(
            &mut request,
            &key,
            "CreateLivyComputeToken",
            "2023-08-08",
            Utc::now(),
            "n1",
        )?;
        let headers = request.headers();
        assert_eq!(
            headers["x-acs-content-sha256"],
            sha256_hex(br#"{"name":"x"}"#).as_str()
        );
        assert_eq!(headers["host"], "127.0.0.1:8080");
        assert_eq!(headers["x-acs-security-token"], "sts-token");
        assert!(headers["x-acs-security-token"].is_sensitive());
        let authorization = headers["authorization"].to_str()?;
        assert!(authorization.contains("SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"), "{authorization}");
        Ok(())
    }

    #[test]
    fn bad_header_values_are_errors_not_panics() -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        let result = sign_request(
            &mut request,
            &doc_key(),
            "Bad\nAction",
            "2023-08-08",
            Utc::now(),
            "n",
        );
        assert_eq!(result, Err(SigningError::InvalidHeader("x-acs-action")));
        Ok(())
    }

    #[test]
    fn debug_never_shows_the_secret_or_token() {
        let key = AccessKey::new("LTAI-id", "the-secret-value".to_string())
            .with_security_token("the-sts-token".to_string());
        let debug = format!("{key:?}");
        assert!(debug.contains("LTAI-id"));
        assert!(!debug.contains("the-secret-value"));
        assert!(!debug.contains("the-sts-token"));
    }
}
