//! `specs/acs3-test-vectors.json`, the ACS3-HMAC-SHA256 vectors other languages test their
//! signers against (specs/README.md describes the format), checked against this crate's signer.
//!
//! The file is the reference: its expected values were written once by the ignored
//! `regenerate` test below (run it only when adding a vector, and review the diff), and
//! Alibaba's published vectors in it are also checked against the values Alibaba published.

use std::path::PathBuf;

use apitokens_emr_serverless_spark::signing::{
    self, AccessKey, RequestParts, canonical_request, sign_request, string_to_sign,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct VectorFile {
    #[serde(rename = "$comment")]
    comment: Vec<String>,
    algorithm: String,
    requests: Vec<RequestVector>,
    canonicalization: Vec<CanonicalVector>,
}

/// A whole request signed at a fixed date with a fixed nonce.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RequestVector {
    name: String,
    source: String,
    input: RequestInput,
    expected: Expected,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RequestInput {
    method: String,
    host: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: String,
    action: String,
    version: String,
    date: String,
    nonce: String,
    access_key_id: String,
    access_key_secret: String,
    security_token: Option<String>,
}

/// The canonicalisation and signature step alone, on headers and a payload hash as given.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CanonicalVector {
    name: String,
    source: String,
    input: CanonicalInput,
    expected: Expected,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct CanonicalInput {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    hashed_payload: String,
    access_key_id: String,
    access_key_secret: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Expected {
    /// The headers the signer adds besides `authorization` (request vectors only), by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    added_headers: Vec<(String, String)>,
    canonical_request: String,
    hashed_canonical_request: String,
    string_to_sign: String,
    signed_headers: String,
    signature: String,
    authorization: String,
}

type TestResult<T = ()> = Result<T, Box<dyn std::error::Error>>;

fn vectors_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../specs/acs3-test-vectors.json")
}

fn load() -> TestResult<VectorFile> {
    let text = std::fs::read_to_string(vectors_path())?;
    Ok(serde_json::from_str(&text)?)
}

/// The parts of the `Authorization` value that a vector lists on their own.
fn expected_from(
    canonical: String,
    authorization: String,
    added: Vec<(String, String)>,
) -> Expected {
    let field = |name: &str| {
        authorization
            .split([' ', ','])
            .find_map(|part| part.strip_prefix(name))
            .unwrap_or_default()
            .to_string()
    };
    let string_to_sign = string_to_sign(&canonical);
    Expected {
        added_headers: added,
        hashed_canonical_request: signing::sha256_hex(canonical.as_bytes()),
        canonical_request: canonical,
        string_to_sign,
        signed_headers: field("SignedHeaders="),
        signature: field("Signature="),
        authorization,
    }
}

fn key(id: &str, secret: &str, token: Option<&str>) -> AccessKey {
    let key = AccessKey::new(id, secret.to_string());
    match token {
        Some(token) => key.with_security_token(token.to_string()),
        None => key,
    }
}

/// Signs the vector's request as the generated client does (`sign_request` on a
/// `reqwest::Request`), then rebuilds the canonical request from what was sent.
fn sign_vector(input: &RequestInput) -> TestResult<Expected> {
    let mut url = reqwest::Url::parse(&format!("https://{}/", input.host))?;
    url.set_path(&input.path);
    if !input.query.is_empty() {
        url.query_pairs_mut().extend_pairs(&input.query);
    }
    let mut request = reqwest::Request::new(input.method.parse()?, url);
    for (name, value) in &input.headers {
        request.headers_mut().append(
            reqwest::header::HeaderName::from_bytes(name.as_bytes())?,
            reqwest::header::HeaderValue::from_str(value)?,
        );
    }
    if !input.body.is_empty() {
        *request.body_mut() = Some(reqwest::Body::from(input.body.clone()));
    }
    let now = DateTime::parse_from_rfc3339(&input.date)?.with_timezone(&Utc);
    let key = key(
        &input.access_key_id,
        &input.access_key_secret,
        input.security_token.as_deref(),
    );
    sign_request(
        &mut request,
        &key,
        &input.action,
        &input.version,
        now,
        &input.nonce,
    )?;

    let header = |name: &str| -> TestResult<String> {
        Ok(request
            .headers()
            .get(name)
            .ok_or_else(|| format!("no {name} header"))?
            .to_str()?
            .to_string())
    };
    let authorization = header("authorization")?;
    let given = |name: &str| {
        input
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let mut added = Vec::new();
    for name in request.headers().keys() {
        let name = name.as_str();
        if name != "authorization" && !given(name) {
            added.push((name.to_string(), header(name)?));
        }
    }
    added.sort();

    let headers = request
        .headers()
        .iter()
        .map(|(name, value)| Ok((name.as_str(), value.to_str()?)))
        .collect::<Result<Vec<_>, reqwest::header::ToStrError>>()?;
    let query = borrowed(&input.query);
    let hashed_payload = header("x-acs-content-sha256")?;
    let parts = RequestParts {
        method: request.method().as_str(),
        path: request.url().path(),
        query: &query,
        headers: &headers,
        hashed_payload: &hashed_payload,
    };
    // The request's signature and the one computed from its parts must agree.
    if signing::authorization(&parts, &key) != authorization {
        return Err("sign_request and authorization() disagree".into());
    }
    Ok(expected_from(
        canonical_request(&parts),
        authorization,
        added,
    ))
}

fn borrowed(pairs: &[(String, String)]) -> Vec<(&str, &str)> {
    pairs
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

fn canonical_vector(input: &CanonicalInput) -> Expected {
    let (query, headers) = (borrowed(&input.query), borrowed(&input.headers));
    let parts = RequestParts {
        method: &input.method,
        path: &input.path,
        query: &query,
        headers: &headers,
        hashed_payload: &input.hashed_payload,
    };
    let key = key(&input.access_key_id, &input.access_key_secret, None);
    expected_from(
        canonical_request(&parts),
        signing::authorization(&parts, &key),
        Vec::new(),
    )
}

#[test]
fn the_signer_reproduces_every_vector() -> TestResult {
    let file = load()?;
    assert_eq!(file.algorithm, signing::ALGORITHM);
    assert!(file.requests.len() >= 8 && !file.canonicalization.is_empty());
    let mut names = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for vector in &file.requests {
        assert!(names.insert(&vector.name), "{} twice", vector.name);
        match sign_vector(&vector.input) {
            Ok(got) if got == vector.expected => {}
            Ok(got) => failures.push(format!("{}: got {got:#?}", vector.name)),
            Err(e) => failures.push(format!("{}: {e}", vector.name)),
        }
    }
    for vector in &file.canonicalization {
        assert!(names.insert(&vector.name), "{} twice", vector.name);
        let got = canonical_vector(&vector.input);
        if got != vector.expected {
            failures.push(format!("{}: got {got:#?}", vector.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    Ok(())
}

#[test]
fn the_published_vectors_carry_the_published_values() -> TestResult {
    let file = load()?;
    // "V3 request structure and signature" (help.aliyun.com/zh/sdk/product-overview/
    // v3-request-structure-and-signature): steps 1 to 4 of its example.
    let doc = file
        .requests
        .iter()
        .find(|v| v.name == "alibaba-v3-documentation-example")
        .ok_or("the documentation example is missing")?;
    assert_eq!(
        doc.expected.canonical_request,
        "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n\
         host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n\
         x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n\
         x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n\
         x-acs-version:2014-05-26\n\n\
         host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n\
         e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        doc.expected.string_to_sign,
        "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
    );
    assert_eq!(
        doc.expected.signature,
        "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    );
    assert_eq!(
        doc.expected.authorization,
        "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;\
         x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,\
         Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    );
    // darabonba-openapi-util's getAuthorization test (aliyun/darabonba-openapi-util, the
    // Python and C++ test suites).
    let sdk = file
        .canonicalization
        .iter()
        .find(|v| v.name == "darabonba-openapi-util-get-authorization")
        .ok_or("the darabonba vector is missing")?;
    assert_eq!(
        sdk.expected.authorization,
        "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,\
         Signature=d16b30a7699ae9e43875b13195b2f81bcc3ed10c14a9b5eb780e51619aa50be1"
    );
    Ok(())
}

/// Rewrites every vector's `expected` with this signer's output. Run only to add a vector:
/// `cargo test -p apitokens-emr-serverless-spark --test acs3_vectors -- --ignored regenerate`.
#[test]
#[ignore = "writes specs/acs3-test-vectors.json"]
fn regenerate() -> TestResult {
    let mut file = load()?;
    for vector in &mut file.requests {
        vector.expected = sign_vector(&vector.input)?;
    }
    for vector in &mut file.canonicalization {
        vector.expected = canonical_vector(&vector.input);
    }
    let text = serde_json::to_string_pretty(&file)? + "\n";
    std::fs::write(vectors_path(), text)?;
    Ok(())
}
