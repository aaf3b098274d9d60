//! The ACS3-HMAC-SHA256 signer over arbitrary requests: canonical forms and
//! signing must never panic, and a signed request must re-verify.
#![no_main]

use apitokens_emr_serverless_spark::signing::{self, AccessKey, RequestParts};
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    action: String,
    secret: String,
}

fuzz_target!(|input: Input| {
    let _ = signing::canonical_uri(&input.path);
    let _ = signing::canonical_query_from_raw(&input.query);
    let _ = signing::canonical_headers(input.headers.iter().map(|(k, v)| (k.as_str(), v.as_str())));

    let key = AccessKey::new("fuzz-id", input.secret.clone());
    let url = format!("https://example.test/{}?{}", input.path, input.query);
    let (Ok(url), Ok(method)) = (
        url.parse(),
        reqwest::Method::from_bytes(input.method.as_bytes()),
    ) else {
        return;
    };
    let mut request = reqwest::Request::new(method, url);
    *request.body_mut() = Some(reqwest::Body::from(input.body.clone()));
    if signing::sign_request_now(&mut request, &key, &input.action, "2023-08-08").is_err() {
        return;
    }
    // What the server recomputes from the request as sent must match.
    let headers: Vec<(&str, &str)> = request
        .headers()
        .iter()
        .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)))
        .collect();
    let query: Vec<(String, String)> = request
        .url()
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let query: Vec<(&str, &str)> = query
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let hash = signing::sha256_hex(&input.body);
    let parts = RequestParts {
        method: request.method().as_str(),
        path: request.url().path(),
        query: &query,
        headers: &headers,
        hashed_payload: &hash,
    };
    let expected = signing::authorization(&parts, &key);
    let sent = request
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert_eq!(sent, expected, "a signed request does not re-verify");
});
