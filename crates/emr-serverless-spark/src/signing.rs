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
//! Hashing and HMAC come from the RustCrypto `sha2` and `hmac` crates; only
//! the canonical forms are written here, each as a pure function.
//! [`sign_request`] applies them to a `reqwest::Request` (progenitor's
//! `ClientHooks::pre`); [`authorization`] computes the same from plain parts.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, SecondsFormat, Utc};
use hmac::{Hmac, KeyInit, Mac};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, percent_encode};
use reqwest::header::{HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

/// The signature algorithm's name, as it appears in `Authorization`.
pub const ALGORITHM: &str = "ACS3-HMAC-SHA256";

/// The environment variable [`AccessKey::from_env`] reads the AccessKey ID from.
pub const ACCESS_KEY_ID_ENV: &str = "ALIBABA_CLOUD_ACCESS_KEY_ID";
/// The environment variable [`AccessKey::from_env`] reads the AccessKey secret from.
pub const ACCESS_KEY_SECRET_ENV: &str = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
/// The optional environment variable holding an STS security token.
pub const SECURITY_TOKEN_ENV: &str = "ALIBABA_CLOUD_SECURITY_TOKEN";

/// RFC 3986: everything but the unreserved `A-Z a-z 0-9 - _ . ~` is encoded.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Alibaba Cloud credentials: an AccessKey pair, plus a security token when
/// the pair is temporary (STS). `Debug` shows the AccessKey ID only.
#[derive(Clone)]
pub struct AccessKey {
    access_key_id: String,
    access_key_secret: SecretString,
    security_token: Option<SecretString>,
}

impl AccessKey {
    /// A long-lived AccessKey pair.
    pub fn new(
        access_key_id: impl Into<String>,
        access_key_secret: impl Into<SecretString>,
    ) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            access_key_secret: access_key_secret.into(),
            security_token: None,
        }
    }

    /// Adds the security token of temporary (STS) credentials.
    pub fn with_security_token(mut self, security_token: impl Into<SecretString>) -> Self {
        self.security_token = Some(security_token.into());
        self
    }

    /// Reads [`ACCESS_KEY_ID_ENV`], [`ACCESS_KEY_SECRET_ENV`] and, when set,
    /// [`SECURITY_TOKEN_ENV`]. Values are trimmed; empty counts as unset.
    pub fn from_env() -> Result<Self, MissingEnvVar> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// [`Self::from_env`] over any lookup, so it can be tested without
    /// touching the process environment.
    fn from_vars(lookup: impl Fn(&'static str) -> Option<String>) -> Result<Self, MissingEnvVar> {
        let read = |variable| {
            lookup(variable)
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        let required =
            |variable, expected| read(variable).ok_or(MissingEnvVar { variable, expected });
        let key = Self::new(
            required(ACCESS_KEY_ID_ENV, "an Alibaba Cloud AccessKey ID")?,
            required(ACCESS_KEY_SECRET_ENV, "the AccessKey secret of that ID")?,
        );
        Ok(match read(SECURITY_TOKEN_ENV) {
            Some(token) => key.with_security_token(token),
            None => key,
        })
    }

    /// The AccessKey ID (not a secret: every `Authorization` carries it).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
}

impl fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessKey")
            .field("access_key_id", &self.access_key_id)
            .field("access_key_secret", &"[redacted]")
            .field(
                "security_token",
                &self.security_token.as_ref().map(|_| "[redacted]"),
            )
            .finish()
    }
}

/// A credential's environment variable is unset, empty or not Unicode: the
/// workspace's one missing-variable error. Names the variable only, never a value.
pub type MissingEnvVar = apitokens_core::auth::MissingEnv;

/// Why a request could not be signed. Never carries a secret or a header value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SigningError {
    /// The body is a stream, whose bytes cannot be hashed before sending.
    #[error("cannot sign a request with a streaming body")]
    StreamingBody,
    /// The URL has no host, so there is no `host` header to sign.
    #[error("cannot sign a request whose URL has no host")]
    NoHost,
    /// A value cannot be sent in this header, or a signed header's value is
    /// not UTF-8 text. Only the header's name is kept: the value may be secret.
    #[error("header `{name}` has a value that cannot be sent or signed")]
    InvalidHeaderValue {
        /// The header's (lowercase) name.
        name: String,
    },
}

/// Hex SHA-256 of an empty body, the payload hash of every bodiless request.
const EMPTY_PAYLOAD_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Lowercase hex SHA-256 of `bytes`: `x-acs-content-sha256` of a body.
pub fn sha256_hex(bytes: &[u8]) -> String {
    lower_hex(&Sha256::digest(bytes))
}

/// Lowercase hex through `hex`'s table-driven slice encoder (its
/// `hex::encode` goes character by character).
fn lower_hex(bytes: &[u8]) -> String {
    let mut out = vec![0; bytes.len() * 2];
    // The output is exactly twice the input, so this cannot fail; and hex
    // digits are ASCII, so neither can the conversion.
    let _ = hex::encode_to_slice(bytes, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Hex HMAC-SHA256 of the string to sign for `canonical_request`, fed to the
/// MAC in pieces rather than assembled first.
fn signature(key: &[u8], canonical_request: &str) -> String {
    match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mut mac) => {
            mac.update(ALGORITHM.as_bytes());
            mac.update(b"\n");
            mac.update(sha256_hex(canonical_request.as_bytes()).as_bytes());
            lower_hex(&mac.finalize().into_bytes())
        }
        // HMAC takes keys of any length, so this cannot happen; an empty
        // signature would merely be refused by the server.
        Err(_) => String::new(),
    }
}

fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    out.extend(percent_encode(bytes, RFC3986));
    out
}

fn decode(text: &str) -> Vec<u8> {
    percent_decode_str(text).collect()
}

/// The canonical URI. A URL's path arrives percent-encoded, so each segment
/// is decoded, then RFC 3986-encoded: canonical, and never encoded twice.
/// `/` separates segments (an encoded `%2F` stays `%2F`); empty is `/`.
pub fn canonical_uri(path: &str) -> String {
    if path.is_empty() {
        return "/".to_string();
    }
    let mut uri = String::with_capacity(path.len() + 8);
    for (i, segment) in path.split('/').enumerate() {
        if i > 0 {
            uri.push('/');
        }
        let decoded: Cow<'_, [u8]> = percent_decode_str(segment).into();
        uri.extend(percent_encode(&decoded, RFC3986));
    }
    uri
}

/// The canonical query string of decoded `(key, value)` pairs: each side
/// RFC 3986-encoded, sorted by key then value, joined as `k=v&…` (`k=` for
/// an empty value).
pub fn canonical_query<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> String
where
    K: AsRef<[u8]>,
    V: AsRef<[u8]>,
{
    join_sorted(
        pairs
            .into_iter()
            .map(|(k, v)| (encode(k.as_ref()), encode(v.as_ref())))
            .collect(),
    )
}

/// Encoded pairs sorted by key then value, joined as `k=v&…`.
fn join_sorted(mut encoded: Vec<(String, String)>) -> String {
    encoded.sort_unstable();
    let length = encoded.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let mut query = String::with_capacity(length);
    for (i, (k, v)) in encoded.iter().enumerate() {
        if i > 0 {
            query.push('&');
        }
        query.push_str(k);
        query.push('=');
        query.push_str(v);
    }
    query
}

/// [`canonical_query`] of a URL's raw (encoded) query, without the `?`.
/// Pairs are percent-decoded first; `+` is a literal plus, not a space.
pub fn canonical_query_from_raw(raw: &str) -> String {
    canonical_query(raw.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), decode(value))
    }))
}

/// Whether a (lowercase) header is signed: `host`, `content-type` and every
/// `x-acs-*`; so never `authorization`, which carries the signature.
fn is_signed(name: &str) -> bool {
    name == "host" || name == "content-type" || name.starts_with("x-acs-")
}

/// The canonical headers and the signed header names. Of the signed headers
/// (others are skipped): names lowercased, values trimmed, values of the same
/// name joined with `,` in the order given, sorted by name. Returns
/// (`name:value\n` per header, names joined with `;`).
pub fn canonical_headers<'a>(
    headers: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (String, String) {
    fold_headers(headers, is_signed)
}

/// [`canonical_headers`] over the headers for which `keep` holds.
fn fold_headers<'a>(
    headers: impl IntoIterator<Item = (&'a str, &'a str)>,
    keep: fn(&str) -> bool,
) -> (String, String) {
    let mut kept: Vec<(Cow<'a, str>, &'a str)> = headers
        .into_iter()
        .filter_map(|(name, value)| {
            // `HeaderMap` names are lowercase already: borrow them.
            let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(name.to_ascii_lowercase())
            } else {
                Cow::Borrowed(name)
            };
            keep(&name).then(|| (name, value.trim()))
        })
        .collect();
    // Stable: the values of one name keep the order they were given in.
    kept.sort_by(|a, b| a.0.cmp(&b.0));
    let length = kept.iter().map(|(n, v)| n.len() + v.len() + 2).sum();
    let (mut canonical, mut signed) = (String::with_capacity(length), String::new());
    let mut previous: Option<&str> = None;
    for (name, value) in &kept {
        if previous == Some(name.as_ref()) {
            canonical.pop(); // the previous value's `\n`
            canonical.push(',');
        } else {
            if !signed.is_empty() {
                signed.push(';');
            }
            signed.push_str(name);
            canonical.push_str(name);
            canonical.push(':');
        }
        canonical.push_str(value);
        canonical.push('\n');
        previous = Some(name);
    }
    (canonical, signed)
}

/// The parts of a request that the signature covers, for signing without
/// `reqwest` (and for reproducing Alibaba's test vectors).
#[derive(Debug, Clone, Copy)]
pub struct RequestParts<'a> {
    /// The method exactly as sent: `GET`, `POST`, …
    pub method: &'a str,
    /// The URL path, percent-encoded or not (see [`canonical_uri`]).
    pub path: &'a str,
    /// Decoded query pairs.
    pub query: &'a [(&'a str, &'a str)],
    /// Every header to be sent; unsigned ones are skipped.
    pub headers: &'a [(&'a str, &'a str)],
    /// Hex SHA-256 of the body, as in `x-acs-content-sha256`.
    pub hashed_payload: &'a str,
}

/// A canonical request and its signed header names.
struct Canonical {
    request: String,
    signed_headers: String,
}

impl Canonical {
    fn new(
        method: &str,
        uri: &str,
        query: &str,
        headers: &[(&str, &str)],
        hashed_payload: &str,
        keep: fn(&str) -> bool,
    ) -> Self {
        let (headers, signed_headers) = fold_headers(headers.iter().copied(), keep);
        Self {
            request: [
                method,
                uri,
                query,
                &headers,
                &signed_headers,
                hashed_payload,
            ]
            .join("\n"),
            signed_headers,
        }
    }

    fn of(parts: &RequestParts<'_>, keep: fn(&str) -> bool) -> Self {
        Self::new(
            parts.method,
            &canonical_uri(parts.path),
            &canonical_query(parts.query.iter().copied()),
            parts.headers,
            parts.hashed_payload,
            keep,
        )
    }

    fn authorization(&self, key: &AccessKey) -> String {
        let signature = signature(
            key.access_key_secret.expose_secret().as_bytes(),
            &self.request,
        );
        let parts = [
            ALGORITHM,
            " Credential=",
            &key.access_key_id,
            ",SignedHeaders=",
            &self.signed_headers,
            ",Signature=",
            &signature,
        ];
        parts.concat()
    }
}

/// The canonical request of `parts` (what is hashed into the string to sign).
pub fn canonical_request(parts: &RequestParts<'_>) -> String {
    Canonical::of(parts, is_signed).request
}

/// `ACS3-HMAC-SHA256\n` + hex SHA-256 of `canonical_request`.
pub fn string_to_sign(canonical_request: &str) -> String {
    format!("{ALGORITHM}\n{}", sha256_hex(canonical_request.as_bytes()))
}

/// The `Authorization` value for `parts`, signed with `key`.
pub fn authorization(parts: &RequestParts<'_>, key: &AccessKey) -> String {
    Canonical::of(parts, is_signed).authorization(key)
}

/// The `Authorization` a verifier expects: like [`authorization`], but over
/// every header in `parts.headers`, which the verifier takes from the
/// request's `SignedHeaders` (a client may sign more than this crate does,
/// e.g. Alibaba's SDKs also sign `accept` and `user-agent`).
pub fn authorization_over_listed_headers(parts: &RequestParts<'_>, key: &AccessKey) -> String {
    Canonical::of(parts, |_| true).authorization(key)
}

const X_ACS_ACTION: HeaderName = HeaderName::from_static("x-acs-action");
const X_ACS_VERSION: HeaderName = HeaderName::from_static("x-acs-version");
const X_ACS_DATE: HeaderName = HeaderName::from_static("x-acs-date");
const X_ACS_SIGNATURE_NONCE: HeaderName = HeaderName::from_static("x-acs-signature-nonce");
const X_ACS_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-acs-content-sha256");
const X_ACS_SECURITY_TOKEN: HeaderName = HeaderName::from_static("x-acs-security-token");

/// A header value of visible ASCII only: `HeaderValue` also takes obs-text
/// (bytes ≥ 0x80), which servers read differently, so a signature over it is
/// not reliable.
fn header_value(name: &str, value: &str) -> Result<HeaderValue, SigningError> {
    HeaderValue::from_str(value)
        .ok()
        .filter(|header| header.to_str().is_ok())
        .ok_or_else(|| SigningError::InvalidHeaderValue {
            name: name.to_string(),
        })
}

/// Signs `request` in place for the API `version`'s `action`, at `now`, with
/// a `nonce` that must never repeat. Sets `host` (reqwest adds it only
/// later), the `x-acs-*` headers (with `x-acs-security-token` for STS) and
/// `authorization`; the last and the token are marked sensitive. On error the
/// request is left unchanged.
pub fn sign_request(
    request: &mut reqwest::Request,
    key: &AccessKey,
    action: &str,
    version: &str,
    now: DateTime<Utc>,
    nonce: &str,
) -> Result<(), SigningError> {
    let hashed_payload = match request.body() {
        None => Cow::Borrowed(EMPTY_PAYLOAD_SHA256),
        Some(body) => Cow::Owned(sha256_hex(
            body.as_bytes().ok_or(SigningError::StreamingBody)?,
        )),
    };
    let url = request.url();
    let host = match (url.host_str(), url.port()) {
        // `port()` is `None` for the scheme's default port.
        (Some(host), Some(port)) => Cow::Owned(format!("{host}:{port}")),
        (Some(host), None) => Cow::Borrowed(host),
        (None, _) => return Err(SigningError::NoHost),
    };
    let date = now.to_rfc3339_opts(SecondsFormat::Secs, true);

    // Everything is computed and validated before the request is touched,
    // so that a failure leaves it as it was.
    let mut own: Vec<(HeaderName, &str, bool)> = vec![
        (reqwest::header::HOST, &host, false),
        (X_ACS_ACTION, action, false),
        (X_ACS_VERSION, version, false),
        (X_ACS_DATE, &date, false),
        (X_ACS_SIGNATURE_NONCE, nonce, false),
        (X_ACS_CONTENT_SHA256, &hashed_payload, false),
    ];
    if let Some(token) = &key.security_token {
        own.push((X_ACS_SECURITY_TOKEN, token.expose_secret(), true));
    }
    let mut values = Vec::with_capacity(own.len() + 1);
    for (name, value, sensitive) in &own {
        let mut header = header_value(name.as_str(), value)?;
        header.set_sensitive(*sensitive);
        values.push((name.clone(), header));
    }

    let mut signed: Vec<(&str, &str)> = Vec::with_capacity(own.len() + 2);
    for (name, value) in request.headers() {
        let name = name.as_str();
        if is_signed(name) && !own.iter().any(|(set, _, _)| set.as_str() == name) {
            // Only visible ASCII: other bytes (obs-text) are read differently
            // by different servers, so a signature over them is not reliable.
            let value = value
                .to_str()
                .map_err(|_| SigningError::InvalidHeaderValue {
                    name: name.to_string(),
                })?;
            signed.push((name, value));
        }
    }
    signed.extend(own.iter().map(|(name, value, _)| (name.as_str(), *value)));
    // reqwest writes queries form-encoded (a space as `+`), so decode them
    // that way; then send the canonical form itself, so the server reads
    // exactly what was signed whatever its own decoding of `+`.
    let query = join_sorted(
        url.query_pairs()
            .map(|(k, v)| (encode(k.as_bytes()), encode(v.as_bytes())))
            .collect(),
    );
    let canonical = Canonical::new(
        request.method().as_str(),
        &canonical_uri(url.path()),
        &query,
        &signed,
        &hashed_payload,
        is_signed,
    );
    let mut authorization = header_value("authorization", &canonical.authorization(key))?;
    authorization.set_sensitive(true);
    let resend_query = !query.is_empty() && url.query() != Some(query.as_str());

    let headers = request.headers_mut();
    for (name, value) in values {
        headers.insert(name, value);
    }
    headers.insert(reqwest::header::AUTHORIZATION, authorization);
    if resend_query {
        request.url_mut().set_query(Some(&query));
    }
    Ok(())
}

/// [`sign_request`] at the current time, with a fresh random nonce.
pub fn sign_request_now(
    request: &mut reqwest::Request,
    key: &AccessKey,
    action: &str,
    version: &str,
) -> Result<(), SigningError> {
    let mut buffer = uuid::Uuid::encode_buffer();
    let nonce = uuid::Uuid::new_v4().simple().encode_lower(&mut buffer);
    sign_request(request, key, action, version, Utc::now(), nonce)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verifier_covers_every_header_the_client_listed() {
        let key = AccessKey::new("id", "secret");
        let headers = [
            ("host", "h"),
            ("accept", "application/json"),
            ("x-acs-action", "A"),
        ];
        let parts = RequestParts {
            method: "GET",
            path: "/",
            query: &[],
            headers: &headers,
            hashed_payload: "e3",
        };
        let ours = authorization(&parts, &key);
        let listed = authorization_over_listed_headers(&parts, &key);
        assert!(ours.contains("SignedHeaders=host;x-acs-action,"), "{ours}");
        assert!(
            listed.contains("SignedHeaders=accept;host;x-acs-action,"),
            "{listed}"
        );
        // Without extra headers the two agree.
        let plain = [("host", "h"), ("x-acs-action", "A")];
        let parts = RequestParts {
            headers: &plain,
            ..parts
        };
        assert_eq!(
            authorization(&parts, &key),
            authorization_over_listed_headers(&parts, &key)
        );
    }

    #[test]
    fn non_ascii_signed_header_values_are_refused() -> TestResult {
        // Found by the `sign_request` fuzz target: an action of "ڪ".
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        let result = sign_request(
            &mut request,
            &doc_key(),
            "\u{6aa}",
            "2023-08-08",
            Utc::now(),
            "n",
        );
        assert!(
            matches!(result, Err(SigningError::InvalidHeaderValue { ref name }) if name == "x-acs-action"),
            "{result:?}"
        );
        assert!(request.headers().get("authorization").is_none());
        Ok(())
    }

    #[test]
    fn the_sent_query_is_the_signed_canonical_query() -> TestResult {
        let url = "https://example.test/p?b=x+y&a=%7E*&c=1%2B1";
        let mut request = reqwest::Request::new(reqwest::Method::GET, url.parse()?);
        sign_request(&mut request, &doc_key(), "A", "2023-08-08", Utc::now(), "n")?;
        assert_eq!(request.url().query(), Some("a=~%2A&b=x%20y&c=1%2B1"));
        Ok(())
    }

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    // Alibaba's "V3 request structure and signature" example.
    const DOC_QUERY: &str =
        "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
    const DOC_NONCE: &str = "3156853299f313e23d1673dc12e1703d";
    const DOC_SIGNED_HEADERS: &str =
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
    const DOC_SIGNATURE: &str = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

    fn doc_key() -> AccessKey {
        AccessKey::new("YourAccessKeyId", "YourAccessKeySecret")
    }

    fn doc_authorization() -> String {
        format!(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders={DOC_SIGNED_HEADERS},Signature={DOC_SIGNATURE}"
        )
    }

    fn get(url: &str) -> Result<reqwest::Request, Box<dyn std::error::Error>> {
        Ok(reqwest::Request::new(reqwest::Method::GET, url.parse()?))
    }

    fn header<'r>(request: &'r reqwest::Request, name: &str) -> &'r str {
        request
            .headers()
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
    }

    #[test]
    fn v3_documentation_example_from_parts() {
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
                ("x-acs-signature-nonce", DOC_NONCE),
                ("x-acs-content-sha256", EMPTY_SHA256),
            ],
            hashed_payload: EMPTY_SHA256,
        };
        assert_eq!(sha256_hex(b""), EMPTY_SHA256);
        assert_eq!(
            canonical_request(&parts),
            format!(
                "POST\n/\n{DOC_QUERY}\nhost:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n\
                 x-acs-content-sha256:{EMPTY_SHA256}\nx-acs-date:2023-10-26T10:22:32Z\n\
                 x-acs-signature-nonce:{DOC_NONCE}\nx-acs-version:2014-05-26\n\n\
                 {DOC_SIGNED_HEADERS}\n{EMPTY_SHA256}"
            )
        );
        assert_eq!(authorization(&parts, &doc_key()), doc_authorization());
    }

    #[test]
    fn v3_documentation_example_on_a_reqwest_request() -> TestResult {
        let url = format!("https://ecs.cn-shanghai.aliyuncs.com/?{DOC_QUERY}");
        let mut request = reqwest::Request::new(reqwest::Method::POST, url.parse()?);
        let now = DateTime::parse_from_rfc3339("2023-10-26T10:22:32Z")?.with_timezone(&Utc);
        sign_request(
            &mut request,
            &doc_key(),
            "RunInstances",
            "2014-05-26",
            now,
            DOC_NONCE,
        )?;
        assert_eq!(header(&request, "authorization"), doc_authorization());
        assert!(request.headers()["authorization"].is_sensitive());
        assert_eq!(header(&request, "host"), "ecs.cn-shanghai.aliyuncs.com");
        assert_eq!(header(&request, "x-acs-action"), "RunInstances");
        assert_eq!(header(&request, "x-acs-version"), "2014-05-26");
        assert_eq!(header(&request, "x-acs-date"), "2023-10-26T10:22:32Z");
        assert_eq!(header(&request, "x-acs-signature-nonce"), DOC_NONCE);
        assert_eq!(header(&request, "x-acs-content-sha256"), EMPTY_SHA256);
        assert!(request.headers().get("x-acs-security-token").is_none());
        Ok(())
    }

    #[test]
    fn darabonba_sdk_vector() {
        let parts = RequestParts {
            method: "GET",
            path: "/",
            query: &[("test", "ok"), ("empty", "")],
            headers: &[("x-acs-test", "http"), ("x-acs-TEST", "https")],
            hashed_payload: "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23",
        };
        assert_eq!(
            canonical_request(&parts),
            "GET\n/\nempty=&test=ok\nx-acs-test:http,https\n\nx-acs-test\n\
             55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23"
        );
        assert_eq!(
            authorization(&parts, &AccessKey::new("acesskey", "secret")),
            "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1"
        );
    }

    #[test]
    fn paths_are_encoded_once_per_segment() -> TestResult {
        assert_eq!(canonical_uri(""), "/");
        assert_eq!(canonical_uri("/"), "/");
        assert_eq!(canonical_uri("/a b/ü~"), "/a%20b/%C3%BC~");
        // Already encoded (as in a URL): not encoded again; hex made upper-case.
        assert_eq!(canonical_uri("/a%20b/%c3%bc%7E"), "/a%20b/%C3%BC~");
        // An encoded slash is data, not a separator.
        assert_eq!(canonical_uri("/x%2Fy/z"), "/x%2Fy/z");
        assert_eq!(canonical_uri("/a*b+c:d@e!"), "/a%2Ab%2Bc%3Ad%40e%21");
        assert_eq!(canonical_uri("/%FF"), "/%FF");
        assert_eq!(
            canonical_uri("/api/interactive/v1/workspace/w-1/livycompute/lc-2/token"),
            "/api/interactive/v1/workspace/w-1/livycompute/lc-2/token"
        );
        // A URL path keeps its encoding; signing sees the same canonical form.
        let request = get("https://example.test/a b/x%2Fy/ü")?;
        assert_eq!(request.url().path(), "/a%20b/x%2Fy/%C3%BC");
        assert_eq!(canonical_uri(request.url().path()), "/a%20b/x%2Fy/%C3%BC");
        Ok(())
    }

    #[test]
    fn queries_are_encoded_and_sorted() {
        assert_eq!(
            canonical_query([
                ("b", "2"),
                ("a b", "*~"),
                ("a", ""),
                ("a", "0"),
                ("k=&", "é")
            ]),
            "a=&a=0&a%20b=%2A~&b=2&k%3D%26=%C3%A9"
        );
        assert_eq!(canonical_query(Vec::<(&str, &str)>::new()), "");
        assert_eq!(canonical_query_from_raw(""), "");
        // Decoded first, so neither encoded twice nor left lowercase; `+` is
        // a literal plus; a key alone has an empty value; order is by key.
        assert_eq!(
            canonical_query_from_raw("b=x%20y&a%2ab=%7e&c=1+1&flag&&a=%2f*"),
            "a=%2F%2A&a%2Ab=~&b=x%20y&c=1%2B1&flag="
        );
        assert_eq!(canonical_query_from_raw("test=ok&empty="), "empty=&test=ok");
    }

    #[test]
    fn headers_are_lowercased_trimmed_merged_and_sorted() {
        let (canonical, signed) = canonical_headers([
            ("X-Acs-Date", " 2023-10-26T10:22:32Z "),
            ("Content-Type", "application/json"),
            ("Authorization", "ACS3-HMAC-SHA256 old"),
            ("Accept", "application/json"),
            ("x-acs-test", "a"),
            ("Host", "example.test"),
            ("X-ACS-TEST", "\tb "),
        ]);
        assert_eq!(
            canonical,
            "content-type:application/json\nhost:example.test\n\
             x-acs-date:2023-10-26T10:22:32Z\nx-acs-test:a,b\n"
        );
        assert_eq!(signed, "content-type;host;x-acs-date;x-acs-test");
    }

    #[test]
    fn body_hash_covers_the_exact_bytes() -> TestResult {
        let body = r#"{"name":"x"}"#;
        let mut request = reqwest::Request::new(
            reqwest::Method::PUT,
            "http://127.0.0.1:8080/t?regionId=cn-hangzhou".parse()?,
        );
        *request.body_mut() = Some(reqwest::Body::from(body));
        request.headers_mut().insert(
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        sign_request(&mut request, &doc_key(), "A", "V", Utc::now(), "n")?;
        assert_eq!(
            header(&request, "x-acs-content-sha256"),
            sha256_hex(body.as_bytes())
        );
        assert_ne!(
            sha256_hex(body.as_bytes()),
            sha256_hex(format!("{body}\n").as_bytes())
        );
        assert_eq!(header(&request, "host"), "127.0.0.1:8080");
        assert!(header(&request, "authorization").contains(
            "SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
        ));
        Ok(())
    }

    #[test]
    fn host_carries_only_an_explicit_non_default_port() -> TestResult {
        for (url, host) in [
            ("https://example.test:443/", "example.test"),
            ("https://example.test:8443/", "example.test:8443"),
            ("http://[::1]:8080/", "[::1]:8080"),
        ] {
            let mut request = get(url)?;
            sign_request(&mut request, &doc_key(), "A", "V", Utc::now(), "n")?;
            assert_eq!(header(&request, "host"), host);
        }
        Ok(())
    }

    #[test]
    fn sts_token_is_set_sensitive_and_signed() -> TestResult {
        let key = AccessKey::new("id", "secret").with_security_token("sts-token");
        let mut request = get("https://example.test/?regionId=cn-hangzhou")?;
        sign_request(&mut request, &key, "A", "V", Utc::now(), "n")?;
        assert_eq!(header(&request, "x-acs-security-token"), "sts-token");
        assert!(request.headers()["x-acs-security-token"].is_sensitive());
        assert!(header(&request, "authorization").contains(
            "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,"
        ));
        Ok(())
    }

    #[test]
    fn sign_request_now_uses_a_fresh_nonce() -> TestResult {
        let mut first = get("https://example.test/")?;
        let mut second = get("https://example.test/")?;
        sign_request_now(&mut first, &doc_key(), "A", "V")?;
        sign_request_now(&mut second, &doc_key(), "A", "V")?;
        let nonce = header(&first, "x-acs-signature-nonce");
        assert_eq!(nonce.len(), 32);
        assert!(nonce.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(nonce, header(&second, "x-acs-signature-nonce"));
        Ok(())
    }

    #[test]
    fn debug_never_shows_the_secret_or_token() {
        let key =
            AccessKey::new("LTAI-id", "the-secret-value").with_security_token("the-sts-token");
        for shown in [format!("{key:?}"), format!("{key:#?}")] {
            assert!(shown.contains("LTAI-id"));
            assert!(shown.contains("[redacted]"));
            assert!(!shown.contains("the-secret-value"));
            assert!(!shown.contains("the-sts-token"));
        }
    }

    #[test]
    fn invalid_header_values_are_errors_not_panics() -> TestResult {
        let invalid = |name: &str| {
            Err(SigningError::InvalidHeaderValue {
                name: name.to_string(),
            })
        };
        let mut request = get("https://example.test/")?;
        let result = sign_request(
            &mut request,
            &doc_key(),
            "Bad\nAction",
            "V",
            Utc::now(),
            "n",
        );
        assert_eq!(result, invalid("x-acs-action"));
        // Nothing was set: a failed signature leaves the request unchanged.
        assert!(request.headers().is_empty());

        let key = AccessKey::new("id", "secret").with_security_token("tok\r\nen-secret");
        let error = sign_request(&mut request, &key, "A", "V", Utc::now(), "n");
        assert_eq!(error, invalid("x-acs-security-token"));
        assert!(!format!("{error:?}").contains("en-secret"));

        let key = AccessKey::new("id\n", "secret");
        let error = sign_request(&mut request, &key, "A", "V", Utc::now(), "n");
        assert_eq!(error, invalid("authorization"));

        // A signed header already on the request that is not UTF-8 text.
        request
            .headers_mut()
            .insert("x-acs-extra", HeaderValue::from_bytes(b"\xff\xfe")?);
        let result = sign_request(&mut request, &doc_key(), "A", "V", Utc::now(), "n");
        assert_eq!(result, invalid("x-acs-extra"));
        Ok(())
    }

    #[test]
    fn from_env_names_the_missing_variable_only() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &'static str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let missing = AccessKey::from_vars(vars(&[(ACCESS_KEY_ID_ENV, "id")])).err();
        assert_eq!(
            missing,
            Some(MissingEnvVar {
                variable: ACCESS_KEY_SECRET_ENV,
                expected: "the AccessKey secret of that ID",
            })
        );
        let empty = AccessKey::from_vars(vars(&[
            (ACCESS_KEY_ID_ENV, "  "),
            (ACCESS_KEY_SECRET_ENV, "s3cret"),
        ]))
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(empty.contains(ACCESS_KEY_ID_ENV));
        assert!(!empty.contains("s3cret"));

        let key = AccessKey::from_vars(vars(&[
            (ACCESS_KEY_ID_ENV, " id\n"),
            (ACCESS_KEY_SECRET_ENV, "secret"),
            (SECURITY_TOKEN_ENV, "token"),
        ]));
        assert!(matches!(
            key,
            Ok(ref k) if k.access_key_id() == "id" && k.security_token.is_some()
        ));
        let key = AccessKey::from_vars(vars(&[
            (ACCESS_KEY_ID_ENV, "id"),
            (ACCESS_KEY_SECRET_ENV, "secret"),
            (SECURITY_TOKEN_ENV, ""),
        ]));
        assert!(matches!(key, Ok(ref k) if k.security_token.is_none()));
    }
}
