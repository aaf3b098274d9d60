//! Every response type of every vendor, decoded from arbitrary bytes, and the
//! server-delay headers parsed: nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

macro_rules! decode_all {
    ($data:expr, $($ty:ty),+ $(,)?) => {
        $( let _ = serde_json::from_slice::<$ty>($data); )+
    };
}

fuzz_target!(|data: &[u8]| {
    use apitokens_astra::types as a;
    use apitokens_dynatrace::types as d;
    use apitokens_emr_serverless_spark::types as e;
    decode_all!(
        data,
        d::ApiToken,
        d::ApiTokenList,
        d::ApiTokenCreated,
        d::ErrorEnvelope
    );
    decode_all!(
        data,
        a::Token,
        a::TokenList,
        a::TokenCreated,
        a::ProblemDetail
    );
    decode_all!(
        data,
        e::GetLivyComputeTokenResponse,
        e::ListLivyComputeTokenResponse,
        e::CreateLivyComputeTokenResponse,
        e::RefreshLivyComputeTokenResponse,
        e::DeleteLivyComputeTokenResponse,
        e::ListLivyComputeResponse,
        e::GetLivyComputeResponse,
        e::ErrorResponse,
    );
    if let Ok(text) = std::str::from_utf8(data) {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Ok(value) = reqwest::header::HeaderValue::from_str(text) {
            headers.insert("retry-after", value.clone());
            let _ = apitokens_core::execute::server_retry_after(&headers);
            headers.insert("x-acs-retry-after", value);
            let _ = apitokens_core::execute::server_retry_after(&headers);
        }
        let _ = apitokens_core::validate::path_param("id", text);
        let _ = apitokens_core::http::validate_base_url(text);
    }
});
