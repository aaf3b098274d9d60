//! ACS3-HMAC-SHA256 signing of every request, in the `ClientHooks`
//! implementation progenitor expects (`HooksMode::Expected`): `pre` sees the
//! final method, URL, headers and body bytes, which is what the signature covers.

use apitokens_core::execute::{Call, execute};
use apitokens_core::http::{ConnectError, connect_client};
use apitokens_core::{Policy, Settings};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use crate::generated::{Client, OPERATIONS};
use crate::signing;

/// Alibaba Cloud credentials: an AccessKey pair, with an STS security token
/// when they are temporary. `Debug` never shows the secret or the token.
pub type Credentials = signing::AccessKey;

/// The public endpoint of `region` (e.g. `cn-hangzhou`):
/// `https://emr-serverless-spark.{region}.aliyuncs.com`. The one place the
/// template is written; check the region first (`validate::region`), since it
/// becomes part of the host name.
pub fn endpoint_for(region: &str) -> String {
    format!("https://emr-serverless-spark.{region}.aliyuncs.com")
}

impl Client {
    /// A client for the public endpoint of `region` ([`endpoint_for`]). The
    /// region must be a region ID (letters, digits and `-`): it becomes part
    /// of the host name.
    pub fn for_region(region: &str, credentials: Credentials) -> Result<Self, ConnectError> {
        apitokens_core::validate::region(region)?;
        Self::connect(&endpoint_for(region), credentials)
    }

    /// A client for the API at `endpoint` with the default [`Policy`].
    pub fn connect(endpoint: &str, credentials: Credentials) -> Result<Self, ConnectError> {
        Self::connect_with(endpoint, credentials, Policy::default())
    }

    /// A client for the API at `endpoint` with its own timeouts, retries and
    /// limits. `endpoint` must be `https://` (`http://` only on a loopback
    /// host) and carry no credentials, query or fragment.
    pub fn connect_with(
        endpoint: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, ConnectError> {
        connect_client(endpoint, credentials, policy, Self::new_with_client)
    }
}

impl ClientHooks<Settings<Credentials>> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        // Before signing: `content-type` is a signed header.
        let action = OPERATIONS
            .set_media_types(request, info.operation_id)
            .and_then(|operation| operation.acs_action);
        let Some(action) = action else {
            // Every operation of specs/emr-serverless-spark.yaml has an
            // `x-acs-action`; a test keeps it so.
            return Err(progenitor_client::Error::Custom(format!(
                "operation {} has no x-acs-action in the spec",
                info.operation_id
            )));
        };
        signing::sign_request_now(
            request,
            &self.inner.credentials,
            action,
            Self::api_version(),
        )
        .map_err(|e| progenitor_client::Error::Custom(e.to_string()))
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let operation = OPERATIONS.by_id(info.operation_id);
        let action = operation.and_then(|operation| operation.acs_action);
        // A retry is a new request for Alibaba: a fresh date, nonce and signature.
        let resign = |request: &mut reqwest::Request| match action {
            Some(action) => signing::sign_request_now(
                request,
                &self.inner.credentials,
                action,
                Self::api_version(),
            )
            .is_ok(),
            None => false,
        };
        let call = Call {
            operation: info.operation_id,
            // CreateLivyComputeToken is a PUT that mints a token per call.
            idempotent: operation.is_some_and(|operation| operation.idempotent),
            prepare_retry: &resign,
            // A bodiless error decodes as an empty error envelope.
            empty_error_body: |_| "{}".to_string(),
            is_throttling,
        };
        execute(&self.client, request, &self.inner.policy, &call).await
    }
}

/// Whether the spec declares the operation with `operationId` `operation_id`
/// (e.g. `createLivyComputeToken`) safe to send again after a lost answer:
/// its `x-idempotent`, else its method. Unknown operations are not.
pub fn is_idempotent(operation_id: &str) -> bool {
    OPERATIONS.is_idempotent(operation_id)
}

/// Whether `code` is one of Alibaba's throttling codes (`Throttling`,
/// `Throttling.User`, `Throttling.Api`, …), in an error answer or an HTTP 200
/// envelope.
pub fn is_throttling_code(code: &str) -> bool {
    code.starts_with("Throttling")
}

/// Whether an error answer carries one of Alibaba's throttling codes.
fn is_throttling(body: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Envelope {
        #[serde(alias = "Code")]
        code: Option<String>,
    }
    serde_json::from_slice::<Envelope>(body)
        .ok()
        .and_then(|envelope| envelope.code)
        .is_some_and(|code| is_throttling_code(&code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_an_acs_action() {
        for operation in OPERATIONS {
            let action = operation.acs_action.unwrap_or_default();
            // Alibaba's action is the operationId in PascalCase.
            let mut expected = operation.operation_id.to_string();
            expected[..1].make_ascii_uppercase();
            assert_eq!(action, expected, "{}", operation.operation_id);
        }
    }

    #[test]
    fn creates_and_refreshes_are_not_sent_twice() {
        assert!(!is_idempotent("createLivyComputeToken"));
        assert!(!is_idempotent("refreshLivyComputeToken"));
        assert!(is_idempotent("getLivyComputeToken") && is_idempotent("deleteLivyComputeToken"));
        assert!(!is_idempotent("noSuchOperation"));
    }

    #[test]
    fn constructors_enforce_https_and_the_region() {
        let key = || Credentials::new("LTAI5tTestKeyId000000000", "test-secret");
        let refused = Client::connect("http://emr.example.com", key()).err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        let refused =
            Client::connect_with("https://u:pw@emr.example.com", key(), Policy::default()).err();
        assert!(
            matches!(refused, Some(ConnectError::BaseUrl(_))),
            "{refused:?}"
        );
        for region in ["evil.example#", "", "cn-hangzhou/x", "a@b"] {
            let refused = Client::for_region(region, key()).err();
            assert!(
                matches!(refused, Some(ConnectError::Region(_))),
                "{region:?}: {refused:?}"
            );
        }
        assert!(Client::for_region("cn-hangzhou", key()).is_ok());
        assert!(Client::connect("http://127.0.0.1:9", key()).is_ok());
    }
}
