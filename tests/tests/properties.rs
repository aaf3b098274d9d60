//! Property tests: decoding never panics, the ACS3 canonical forms are stable
//! and reversible, and path parameters are refused exactly when unsafe.

use apitokens::emr_serverless_spark::signing::{self, AccessKey, RequestParts};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;

/// Any JSON value, a few levels deep, with keys the vendors use.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f)
            .map_or(serde_json::Value::Null, serde_json::Value::Number)),
        "\\PC{0,16}".prop_map(serde_json::Value::from),
    ];
    let keys = prop_oneof![
        Just("id".to_string()),
        Just("name".to_string()),
        Just("token".to_string()),
        Just("scopes".to_string()),
        Just("data".to_string()),
        Just("code".to_string()),
        Just("items".to_string()),
        Just("metadata".to_string()),
        Just("apiTokens".to_string()),
        Just("tokens".to_string()),
        Just("createTime".to_string()),
        Just("creationDate".to_string()),
        Just("error".to_string()),
        "[a-zA-Z]{1,8}",
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..8)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

macro_rules! decode_all {
    ($bytes:expr, $($ty:ty),+ $(,)?) => {
        $( let _ = serde_json::from_slice::<$ty>($bytes); )+
    };
}

fn decode_every_response_type(bytes: &[u8]) {
    use apitokens::{astra::types as a, dynatrace::types as d, emr_serverless_spark::types as e};
    decode_all!(
        bytes,
        d::ApiToken,
        d::ApiTokenList,
        d::ApiTokenCreated,
        d::ErrorEnvelope
    );
    decode_all!(
        bytes,
        a::Token,
        a::TokenList,
        a::TokenCreated,
        a::ProblemDetail
    );
    decode_all!(
        bytes,
        e::GetLivyComputeTokenResponse,
        e::ListLivyComputeTokenResponse,
        e::CreateLivyComputeTokenResponse,
        e::RefreshLivyComputeTokenResponse,
        e::DeleteLivyComputeTokenResponse,
        e::ListLivyComputeResponse,
        e::GetLivyComputeResponse,
        e::ErrorResponse,
    );
}

fn is_canonical_segment(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => i += 1,
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                if bytes[i + 1].is_ascii_lowercase() || bytes[i + 2].is_ascii_lowercase() {
                    return false;
                }
                i += 3;
            }
            _ => return false,
        }
    }
    true
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_every_response_type(&bytes);
    }

    #[test]
    fn arbitrary_json_never_panics_a_decoder(value in json_value()) {
        let bytes = serde_json::to_vec(&value).unwrap_or_default();
        decode_every_response_type(&bytes);
    }

    #[test]
    fn canonical_paths_are_encoded_once_and_decode_back(segments in prop::collection::vec("\\PC{0,8}", 1..5)) {
        // A URL path arrives percent-encoded (progenitor encodes every
        // parameter), so `%` in a value is sent as `%25`.
        let raw: Vec<String> = segments.iter().map(|s| s.replace('/', "")).collect();
        let encoded: Vec<String> = raw
            .iter()
            .map(|s| percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string())
            .collect();
        let path = format!("/{}", encoded.join("/"));
        let canonical = signing::canonical_uri(&path);
        prop_assert!(canonical.split('/').all(is_canonical_segment), "{}", canonical);
        // Idempotent: encoding the canonical form again changes nothing.
        prop_assert_eq!(signing::canonical_uri(&canonical), canonical.clone());
        // Reversible: each segment decodes to what it was.
        let decoded: Vec<String> = canonical
            .split('/')
            .skip(1)
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        prop_assert_eq!(decoded, raw);
    }

    #[test]
    fn canonical_queries_are_sorted_and_reparse_to_themselves(
        pairs in prop::collection::vec(("\\PC{0,6}", "\\PC{0,6}"), 0..6),
    ) {
        let canonical = signing::canonical_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert_eq!(signing::canonical_query_from_raw(&canonical), canonical.clone());
        let pairs: Vec<(&str, &str)> = canonical
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect();
        let mut sorted = pairs.clone();
        sorted.sort();
        prop_assert_eq!(pairs, sorted, "sorted by encoded key, then value");
        prop_assert!(canonical.split(['&', '=']).all(is_canonical_segment), "{}", canonical);
    }

    #[test]
    fn headers_fold_by_lowercase_name_in_sorted_order(
        headers in prop::collection::vec(("(x-acs-|X-ACS-|host|Content-Type|other-)[a-cA-C]{0,2}", "[ -~]{0,8}"), 0..8),
    ) {
        let (canonical, signed) = signing::canonical_headers(headers.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let names: Vec<&str> = signed.split(';').filter(|n| !n.is_empty()).collect();
        let mut expected: Vec<String> = headers
            .iter()
            .map(|(k, _)| k.to_ascii_lowercase())
            .filter(|k| k == "host" || k == "content-type" || k.starts_with("x-acs-"))
            .collect();
        expected.sort();
        expected.dedup();
        prop_assert_eq!(names.iter().map(|n| n.to_string()).collect::<Vec<_>>(), expected.clone());
        prop_assert_eq!(canonical.lines().count(), expected.len());
        for (line, name) in canonical.lines().zip(&expected) {
            prop_assert!(line.starts_with(&format!("{name}:")), "{} / {}", line, name);
        }
    }

    #[test]
    fn a_signature_depends_on_every_signed_part(body in "\\PC{0,32}", other in "\\PC{1,32}") {
        let key = AccessKey::new("id", "secret".to_string());
        let sign = |body: &str| {
            let hash = signing::sha256_hex(body.as_bytes());
            let headers = [("host", "example.test"), ("x-acs-content-sha256", hash.as_str())];
            let parts = RequestParts { method: "PUT", path: "/t", query: &[], headers: &headers, hashed_payload: &hash };
            signing::authorization(&parts, &key)
        };
        prop_assume!(body != other);
        prop_assert_ne!(sign(&body), sign(&other));
    }

    #[test]
    fn path_parameters_are_refused_exactly_when_unsafe(value in "\\PC{0,10}|[./?#%;\\\\\\x00-\\x1f]{0,4}") {
        let unsafe_value = value.is_empty()
            || value == "."
            || value == ".."
            || value.chars().any(|c| matches!(c, '/' | '\\' | '?' | '#' | '%' | ';') || c.is_control());
        prop_assert_eq!(apitokens_core_validate(&value).is_err(), unsafe_value);
    }
}

fn apitokens_core_validate(value: &str) -> Result<(), String> {
    apitokens_core::validate::path_param("id", value).map_err(|e| e.to_string())
}
