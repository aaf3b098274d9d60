// @generated from specs/emr-serverless-spark.yaml by `cargo xtask generate`. Do not edit: change the spec
// (or the xtask's normalisations) and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Why RAM denied the call, sent with RAM permission errors. Alibaba's SDK core keeps it as
an untyped map; the keys below are those Alibaba documents and its SDK tests use (values
may also be numbers, e.g. `UserId`). `EncodedDiagnosticMessage` can be decoded with RAM's
DecodeDiagnosticMessage for the full reason. It identifies the caller's principal, not
a credential.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct AccessDeniedDetail {
        ///The action that was denied.
        #[serde(
            rename = "AuthAction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_action: ::std::option::Option<::std::string::String>,
        ///The principal's display name (masked).
        #[serde(
            rename = "AuthPrincipalDisplayName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_principal_display_name: ::std::option::Option<::std::string::String>,
        ///The account that owns the principal (masked).
        #[serde(
            rename = "AuthPrincipalOwnerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_principal_owner_id: ::std::option::Option<::std::string::String>,
        ///The kind of principal that called (`SubUser`, `AssumedRoleUser`, …).
        #[serde(
            rename = "AuthPrincipalType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_principal_type: ::std::option::Option<::std::string::String>,
        ///The encoded diagnosis.
        #[serde(
            rename = "EncodedDiagnosticMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub encoded_diagnostic_message: ::std::option::Option<::std::string::String>,
        ///`ImplicitDeny` (no policy allows the action) or `ExplicitDeny`.
        #[serde(
            rename = "NoPermissionType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub no_permission_type: ::std::option::Option<::std::string::String>,
        ///The kind of policy that decided.
        #[serde(
            rename = "PolicyType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub policy_type: ::std::option::Option<::std::string::String>,
    }
    impl AccessDeniedDetail {
        pub fn builder() -> builder::AccessDeniedDetail {
            Default::default()
        }
    }
    ///The information about token expiration.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct AutoExpireConfiguration {
        ///Specifies whether the token automatically expires.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable: ::std::option::Option<bool>,
        ///The expiration period, in days.
        #[serde(
            rename = "expireDays",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_days: ::std::option::Option<i32>,
    }
    impl AutoExpireConfiguration {
        pub fn builder() -> builder::AutoExpireConfiguration {
            Default::default()
        }
    }
    ///The automatic-stop configuration of a Livy Gateway.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct AutoStopConfiguration {
        /**Whether the Livy Gateway stops automatically when idle. (The vendor page describes
this field as "whether to automatically start the gateway after it is created", which
contradicts the object's name and `idleTimeoutMinutes`.)
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enable: ::std::option::Option<bool>,
        ///The number of idle minutes after which the Livy Gateway is stopped.
        #[serde(
            rename = "idleTimeoutMinutes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub idle_timeout_minutes: ::std::option::Option<i64>,
    }
    impl AutoStopConfiguration {
        pub fn builder() -> builder::AutoStopConfiguration {
            Default::default()
        }
    }
    /**The request body of CreateLivyComputeToken. Every field is optional on the vendor page and
in Alibaba's SDKs. The body is covered by the ACS3 signature (`x-acs-content-sha256`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct CreateLivyComputeTokenRequest {
        #[serde(
            rename = "autoExpireConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_expire_configuration: ::std::option::Option<AutoExpireConfiguration>,
        ///The token name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The token content: the secret clients will send to the Livy Gateway. The length must be
16 or more characters. Optional; a credential — never log it.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::apitokens_core::Secret>,
    }
    impl CreateLivyComputeTokenRequest {
        pub fn builder() -> builder::CreateLivyComputeTokenRequest {
            Default::default()
        }
    }
    ///The response envelope of CreateLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct CreateLivyComputeTokenResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /**The data of a successful call; `null` (or absent) in a failure envelope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<CreatedLivyComputeToken>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl CreateLivyComputeTokenResponse {
        pub fn builder() -> builder::CreateLivyComputeTokenResponse {
            Default::default()
        }
    }
    ///The data returned by CreateLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct CreatedLivyComputeToken {
        ///The ID of the new token.
        #[serde(
            rename = "tokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_id: ::std::option::Option<::std::string::String>,
    }
    impl CreatedLivyComputeToken {
        pub fn builder() -> builder::CreatedLivyComputeToken {
            Default::default()
        }
    }
    ///The response envelope of DeleteLivyComputeToken (it has no `data`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct DeleteLivyComputeTokenResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl DeleteLivyComputeTokenResponse {
        pub fn builder() -> builder::DeleteLivyComputeTokenResponse {
            Default::default()
        }
    }
    /**An Alibaba Cloud error body, in either of its two spellings (`anyOf`; an empty body
matches both):

* `ProductError`: the product's envelope, camelCase (`requestId`, `code`, `message`);
* `GatewayError`: the API gateway's error, PascalCase (`RequestId`, `HostId`, `Code`,
  `Message`, `Recommend`, and `AccessDeniedDetail` on RAM permission denials).
  Signature, RAM and throttling failures are answered by the gateway.

Alibaba's SDK core (darabonba-openapi) reads each value from the PascalCase key first and
the camelCase key second (`Code`/`code`, `Message`/`message`, `RequestId`/`requestId`,
`AccessDeniedDetail`/`accessDeniedDetail`); clients should do the same. The request ID
is also sent in the `x-acs-request-id` response header. No key is marked required for
that reason.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ErrorResponse {
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_0: ::std::option::Option<ProductError>,
        #[serde(flatten, skip_serializing_if = "::std::option::Option::is_none")]
        pub subtype_1: ::std::option::Option<GatewayError>,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    /**An error of Alibaba's API gateway (PascalCase keys), answered before the request reaches
the product: signature (`SignatureDoesNotMatch`, `InvalidAccessKeyId.NotFound`, …), RAM
permission (`Forbidden.RAM`, `NoPermission`, with `AccessDeniedDetail`), throttling
(`Throttling.User`, …).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct GatewayError {
        #[serde(
            rename = "AccessDeniedDetail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_denied_detail: ::std::option::Option<AccessDeniedDetail>,
        ///The error code, for example `SignatureDoesNotMatch`.
        #[serde(rename = "Code", skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The endpoint host that handled the request.
        #[serde(
            rename = "HostId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_id: ::std::option::Option<::std::string::String>,
        ///The error message.
        #[serde(
            rename = "Message",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to Alibaba Cloud's troubleshooting page for this error.
        #[serde(
            rename = "Recommend",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "RequestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GatewayError {
        pub fn builder() -> builder::GatewayError {
            Default::default()
        }
    }
    ///The response envelope of GetLivyCompute.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct GetLivyComputeResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /**The data of a successful call; `null` (or absent) in a failure envelope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<LivyCompute>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetLivyComputeResponse {
        pub fn builder() -> builder::GetLivyComputeResponse {
            Default::default()
        }
    }
    ///The response envelope of GetLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct GetLivyComputeTokenResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /**The data of a successful call; `null` (or absent) in a failure envelope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<LivyComputeToken>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl GetLivyComputeTokenResponse {
        pub fn builder() -> builder::GetLivyComputeTokenResponse {
            Default::default()
        }
    }
    ///The response envelope of ListLivyCompute.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ListLivyComputeResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /**The data of a successful call; `null` (or absent) in a failure envelope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<LivyComputeList>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListLivyComputeResponse {
        pub fn builder() -> builder::ListLivyComputeResponse {
            Default::default()
        }
    }
    ///The response envelope of ListLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ListLivyComputeTokenResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        /**The data of a successful call; `null` (or absent) in a failure envelope.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<LivyComputeTokenList>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ListLivyComputeTokenResponse {
        pub fn builder() -> builder::ListLivyComputeTokenResponse {
            Default::default()
        }
    }
    ///A Livy Gateway, as returned by GetLivyCompute (fields as in Alibaba's official SDKs).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyCompute {
        ///The authentication method of the Livy Gateway (token authentication only).
        #[serde(
            rename = "authType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auth_type: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "autoStopConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_stop_configuration: ::std::option::Option<AutoStopConfiguration>,
        ///The ID of the Livy Gateway.
        #[serde(
            rename = "computeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub compute_id: ::std::option::Option<::std::string::String>,
        ///The number of CPU cores of the Livy server (a string).
        #[serde(
            rename = "cpuLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub cpu_limit: ::std::option::Option<::std::string::String>,
        ///The user who created the Livy Gateway.
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        ///The version of the Spark engine, as displayed.
        #[serde(
            rename = "displayReleaseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub display_release_version: ::std::option::Option<::std::string::String>,
        ///Whether the public endpoint is enabled.
        #[serde(
            rename = "enablePublic",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub enable_public: ::std::option::Option<bool>,
        ///The public endpoint of the Livy Gateway (host and path, without a scheme).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint: ::std::option::Option<::std::string::String>,
        ///The internal (VPC) endpoint of the Livy Gateway (host and path, without a scheme).
        #[serde(
            rename = "endpointInner",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub endpoint_inner: ::std::option::Option<::std::string::String>,
        ///The ID of the environment.
        #[serde(
            rename = "environmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub environment_id: ::std::option::Option<::std::string::String>,
        ///Whether Fusion acceleration is used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fusion: ::std::option::Option<bool>,
        ///The time when the Livy Gateway was created, in epoch milliseconds (UTC).
        #[serde(
            rename = "gmtCreate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gmt_create: ::std::option::Option<i64>,
        /**The Livy server configuration: a JSON document **as a string** (keys such as
`sparkDefaultsConf`, `sparkBlackListConf`, `livyConf`, `livyClientConf`, each a
newline-separated configuration text).
*/
        #[serde(
            rename = "livyServerConf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub livy_server_conf: ::std::option::Option<::std::string::String>,
        ///The Livy version.
        #[serde(
            rename = "livyVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub livy_version: ::std::option::Option<::std::string::String>,
        ///The memory size of the Livy server, for example `4Gi`.
        #[serde(
            rename = "memoryLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub memory_limit: ::std::option::Option<::std::string::String>,
        ///The name of the Livy Gateway.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The name of the network connection.
        #[serde(
            rename = "networkName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub network_name: ::std::option::Option<::std::string::String>,
        ///The name of the queue the Livy Gateway runs in.
        #[serde(
            rename = "queueName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub queue_name: ::std::option::Option<::std::string::String>,
        ///The ID of the RAM user who created the Livy Gateway (a string).
        #[serde(
            rename = "ramUserId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ram_user_id: ::std::option::Option<::std::string::String>,
        /**The version of the Spark engine. Deprecated by Alibaba: use `displayReleaseVersion`.
*/
        #[serde(
            rename = "releaseVersion",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub release_version: ::std::option::Option<::std::string::String>,
        ///The time when the Livy Gateway was started, in epoch milliseconds (UTC).
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<i64>,
        ///The running status of the Livy Gateway, for example `RUNNING`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl LivyCompute {
        pub fn builder() -> builder::LivyCompute {
            Default::default()
        }
    }
    ///The data returned by ListLivyCompute.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyComputeList {
        ///The Livy Gateways.
        #[serde(
            rename = "livyComputes",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub livy_computes: ::std::vec::Vec<LivyComputeSummary>,
    }
    impl LivyComputeList {
        pub fn builder() -> builder::LivyComputeList {
            Default::default()
        }
    }
    ///A Livy Gateway as listed by ListLivyCompute (fields as in Alibaba's official SDKs).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyComputeSummary {
        ///The ID of the Livy Gateway (the `livyComputeId` of the other operations).
        #[serde(
            rename = "computeId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub compute_id: ::std::option::Option<::std::string::String>,
        ///The user who created the Livy Gateway.
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        ///The public endpoint of the Livy Gateway (host and path, without a scheme).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub endpoint: ::std::option::Option<::std::string::String>,
        ///The internal (VPC) endpoint of the Livy Gateway (host and path, without a scheme).
        #[serde(
            rename = "endpointInner",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub endpoint_inner: ::std::option::Option<::std::string::String>,
        ///The time when the Livy Gateway was created, in epoch milliseconds (UTC).
        #[serde(
            rename = "gmtCreate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub gmt_create: ::std::option::Option<i64>,
        ///The name of the Livy Gateway.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The name of the queue the Livy Gateway runs in.
        #[serde(
            rename = "queueName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub queue_name: ::std::option::Option<::std::string::String>,
        ///The time when the Livy Gateway was started, in epoch milliseconds (UTC).
        #[serde(
            rename = "startTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub start_time: ::std::option::Option<i64>,
        ///The running status of the Livy Gateway, for example `RUNNING`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<::std::string::String>,
    }
    impl LivyComputeSummary {
        pub fn builder() -> builder::LivyComputeSummary {
            Default::default()
        }
    }
    ///A Livy Gateway token, as returned by GetLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyComputeToken {
        #[serde(
            rename = "autoExpireConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_expire_configuration: ::std::option::Option<AutoExpireConfiguration>,
        ///The time when the token was created, in epoch milliseconds (UTC).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<i64>,
        ///The name of the user who created the token.
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<::std::string::String>,
        ///The time when the token expires, in epoch milliseconds (UTC).
        #[serde(
            rename = "expireTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_time: ::std::option::Option<i64>,
        ///The time when the token was last used, in epoch milliseconds (UTC).
        #[serde(
            rename = "lastUsedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_time: ::std::option::Option<i64>,
        ///The name of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The content of the token: the secret used to authenticate to the Livy Gateway. Treat
it as a credential (do not log it).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::apitokens_core::Secret>,
        ///The ID of the token.
        #[serde(
            rename = "tokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_id: ::std::option::Option<::std::string::String>,
    }
    impl LivyComputeToken {
        pub fn builder() -> builder::LivyComputeToken {
            Default::default()
        }
    }
    ///The data returned by ListLivyComputeToken.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyComputeTokenList {
        ///The list of tokens.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tokens: ::std::vec::Vec<LivyComputeTokenSummary>,
    }
    impl LivyComputeTokenList {
        pub fn builder() -> builder::LivyComputeTokenList {
            Default::default()
        }
    }
    /**A Livy Gateway token as listed by ListLivyComputeToken. It has no
`autoExpireConfiguration`, and its creator field is spelled `createdby` (lower-case b) —
as on the vendor page and in Alibaba's official SDKs — while GetLivyComputeToken spells it
`createdBy`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct LivyComputeTokenSummary {
        ///The time when the token was created, in epoch milliseconds (UTC).
        #[serde(
            rename = "createTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub create_time: ::std::option::Option<i64>,
        /**The user who created the token. Spelled `createdby` (lower-case b) in List responses,
`createdBy` in GetLivyComputeToken responses.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub createdby: ::std::option::Option<::std::string::String>,
        ///The time when the token expires, in epoch milliseconds (UTC).
        #[serde(
            rename = "expireTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expire_time: ::std::option::Option<i64>,
        ///The time when the token was last used, in epoch milliseconds (UTC).
        #[serde(
            rename = "lastUsedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_time: ::std::option::Option<i64>,
        ///The name of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The content of the token: the secret used to authenticate to the Livy Gateway. Treat
it as a credential (do not log it).
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::apitokens_core::Secret>,
        ///The ID of the token.
        #[serde(
            rename = "tokenId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_id: ::std::option::Option<::std::string::String>,
    }
    impl LivyComputeTokenSummary {
        pub fn builder() -> builder::LivyComputeTokenSummary {
            Default::default()
        }
    }
    /**The product's error envelope (camelCase keys). Where the product sets them it may also
carry `hostId`, `recommend` and `accessDeniedDetail`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ProductError {
        #[serde(
            rename = "accessDeniedDetail",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_denied_detail: ::std::option::Option<AccessDeniedDetail>,
        ///The error code (never `1000000`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The endpoint host that handled the request.
        #[serde(
            rename = "hostId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub host_id: ::std::option::Option<::std::string::String>,
        ///The error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///A link to Alibaba Cloud's troubleshooting page for this error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub recommend: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl ProductError {
        pub fn builder() -> builder::ProductError {
            Default::default()
        }
    }
    /**The request body of RefreshLivyComputeToken: the same shape as CreateLivyComputeToken's.
Every field is optional on the vendor page and in Alibaba's SDKs. The body is covered by
the ACS3 signature (`x-acs-content-sha256`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct RefreshLivyComputeTokenRequest {
        #[serde(
            rename = "autoExpireConfiguration",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub auto_expire_configuration: ::std::option::Option<AutoExpireConfiguration>,
        ///The token name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The new token content (a secret). The Refresh page states no length rule;
CreateLivyComputeToken requires 16 or more characters. A credential — never log it.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::apitokens_core::Secret>,
    }
    impl RefreshLivyComputeTokenRequest {
        pub fn builder() -> builder::RefreshLivyComputeTokenRequest {
            Default::default()
        }
    }
    ///The response envelope of RefreshLivyComputeToken (it has no `data`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct RefreshLivyComputeTokenResponse {
        /**The response code. A value of `1000000` indicates that the request was successful.
Other values indicate that the request failed; see `message` for details.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The response message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The ID of the request.
        #[serde(
            rename = "requestId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_id: ::std::option::Option<::std::string::String>,
    }
    impl RefreshLivyComputeTokenResponse {
        pub fn builder() -> builder::RefreshLivyComputeTokenResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AccessDeniedDetail {
            auth_action: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_principal_display_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_principal_owner_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auth_principal_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            encoded_diagnostic_message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            no_permission_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            policy_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccessDeniedDetail {
            fn default() -> Self {
                Self {
                    auth_action: Ok(Default::default()),
                    auth_principal_display_name: Ok(Default::default()),
                    auth_principal_owner_id: Ok(Default::default()),
                    auth_principal_type: Ok(Default::default()),
                    encoded_diagnostic_message: Ok(Default::default()),
                    no_permission_type: Ok(Default::default()),
                    policy_type: Ok(Default::default()),
                }
            }
        }
        impl AccessDeniedDetail {
            pub fn auth_action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_action = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_action: {e}")
                    });
                self
            }
            pub fn auth_principal_display_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_principal_display_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_principal_display_name: {e}"
                        )
                    });
                self
            }
            pub fn auth_principal_owner_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_principal_owner_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_principal_owner_id: {e}"
                        )
                    });
                self
            }
            pub fn auth_principal_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_principal_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auth_principal_type: {e}"
                        )
                    });
                self
            }
            pub fn encoded_diagnostic_message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.encoded_diagnostic_message = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for encoded_diagnostic_message: {e}"
                        )
                    });
                self
            }
            pub fn no_permission_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.no_permission_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for no_permission_type: {e}"
                        )
                    });
                self
            }
            pub fn policy_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.policy_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for policy_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccessDeniedDetail> for super::AccessDeniedDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccessDeniedDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_action: value.auth_action?,
                    auth_principal_display_name: value.auth_principal_display_name?,
                    auth_principal_owner_id: value.auth_principal_owner_id?,
                    auth_principal_type: value.auth_principal_type?,
                    encoded_diagnostic_message: value.encoded_diagnostic_message?,
                    no_permission_type: value.no_permission_type?,
                    policy_type: value.policy_type?,
                })
            }
        }
        impl ::std::convert::From<super::AccessDeniedDetail> for AccessDeniedDetail {
            fn from(value: super::AccessDeniedDetail) -> Self {
                Self {
                    auth_action: Ok(value.auth_action),
                    auth_principal_display_name: Ok(value.auth_principal_display_name),
                    auth_principal_owner_id: Ok(value.auth_principal_owner_id),
                    auth_principal_type: Ok(value.auth_principal_type),
                    encoded_diagnostic_message: Ok(value.encoded_diagnostic_message),
                    no_permission_type: Ok(value.no_permission_type),
                    policy_type: Ok(value.policy_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutoExpireConfiguration {
            enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expire_days: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutoExpireConfiguration {
            fn default() -> Self {
                Self {
                    enable: Ok(Default::default()),
                    expire_days: Ok(Default::default()),
                }
            }
        }
        impl AutoExpireConfiguration {
            pub fn enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enable: {e}")
                    });
                self
            }
            pub fn expire_days<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_days = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_days: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutoExpireConfiguration>
        for super::AutoExpireConfiguration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutoExpireConfiguration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enable: value.enable?,
                    expire_days: value.expire_days?,
                })
            }
        }
        impl ::std::convert::From<super::AutoExpireConfiguration>
        for AutoExpireConfiguration {
            fn from(value: super::AutoExpireConfiguration) -> Self {
                Self {
                    enable: Ok(value.enable),
                    expire_days: Ok(value.expire_days),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AutoStopConfiguration {
            enable: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            idle_timeout_minutes: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AutoStopConfiguration {
            fn default() -> Self {
                Self {
                    enable: Ok(Default::default()),
                    idle_timeout_minutes: Ok(Default::default()),
                }
            }
        }
        impl AutoStopConfiguration {
            pub fn enable<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enable: {e}")
                    });
                self
            }
            pub fn idle_timeout_minutes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.idle_timeout_minutes = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for idle_timeout_minutes: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AutoStopConfiguration>
        for super::AutoStopConfiguration {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AutoStopConfiguration,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enable: value.enable?,
                    idle_timeout_minutes: value.idle_timeout_minutes?,
                })
            }
        }
        impl ::std::convert::From<super::AutoStopConfiguration>
        for AutoStopConfiguration {
            fn from(value: super::AutoStopConfiguration) -> Self {
                Self {
                    enable: Ok(value.enable),
                    idle_timeout_minutes: Ok(value.idle_timeout_minutes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateLivyComputeTokenRequest {
            auto_expire_configuration: ::std::result::Result<
                ::std::option::Option<super::AutoExpireConfiguration>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::apitokens_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateLivyComputeTokenRequest {
            fn default() -> Self {
                Self {
                    auto_expire_configuration: Ok(Default::default()),
                    name: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl CreateLivyComputeTokenRequest {
            pub fn auto_expire_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AutoExpireConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_expire_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_expire_configuration: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::apitokens_core::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateLivyComputeTokenRequest>
        for super::CreateLivyComputeTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateLivyComputeTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_expire_configuration: value.auto_expire_configuration?,
                    name: value.name?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::CreateLivyComputeTokenRequest>
        for CreateLivyComputeTokenRequest {
            fn from(value: super::CreateLivyComputeTokenRequest) -> Self {
                Self {
                    auto_expire_configuration: Ok(value.auto_expire_configuration),
                    name: Ok(value.name),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateLivyComputeTokenResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<super::CreatedLivyComputeToken>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateLivyComputeTokenResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl CreateLivyComputeTokenResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::CreatedLivyComputeToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreateLivyComputeTokenResponse>
        for super::CreateLivyComputeTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateLivyComputeTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::CreateLivyComputeTokenResponse>
        for CreateLivyComputeTokenResponse {
            fn from(value: super::CreateLivyComputeTokenResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreatedLivyComputeToken {
            token_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreatedLivyComputeToken {
            fn default() -> Self {
                Self {
                    token_id: Ok(Default::default()),
                }
            }
        }
        impl CreatedLivyComputeToken {
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CreatedLivyComputeToken>
        for super::CreatedLivyComputeToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedLivyComputeToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token_id: value.token_id? })
            }
        }
        impl ::std::convert::From<super::CreatedLivyComputeToken>
        for CreatedLivyComputeToken {
            fn from(value: super::CreatedLivyComputeToken) -> Self {
                Self {
                    token_id: Ok(value.token_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteLivyComputeTokenResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteLivyComputeTokenResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl DeleteLivyComputeTokenResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteLivyComputeTokenResponse>
        for super::DeleteLivyComputeTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteLivyComputeTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteLivyComputeTokenResponse>
        for DeleteLivyComputeTokenResponse {
            fn from(value: super::DeleteLivyComputeTokenResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            subtype_0: ::std::result::Result<
                ::std::option::Option<super::ProductError>,
                ::std::string::String,
            >,
            subtype_1: ::std::result::Result<
                ::std::option::Option<super::GatewayError>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    subtype_0: Ok(Default::default()),
                    subtype_1: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
            pub fn subtype_0<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::ProductError>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtype_0 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype_0: {e}")
                    });
                self
            }
            pub fn subtype_1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GatewayError>>,
                T::Error: ::std::fmt::Display,
            {
                self.subtype_1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for subtype_1: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    subtype_0: value.subtype_0?,
                    subtype_1: value.subtype_1?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    subtype_0: Ok(value.subtype_0),
                    subtype_1: Ok(value.subtype_1),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GatewayError {
            access_denied_detail: ::std::result::Result<
                ::std::option::Option<super::AccessDeniedDetail>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GatewayError {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GatewayError {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccessDeniedDetail>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn host_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GatewayError> for super::GatewayError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GatewayError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GatewayError> for GatewayError {
            fn from(value: super::GatewayError) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetLivyComputeResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<super::LivyCompute>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetLivyComputeResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetLivyComputeResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::LivyCompute>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetLivyComputeResponse>
        for super::GetLivyComputeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetLivyComputeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetLivyComputeResponse>
        for GetLivyComputeResponse {
            fn from(value: super::GetLivyComputeResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetLivyComputeTokenResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<super::LivyComputeToken>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetLivyComputeTokenResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl GetLivyComputeTokenResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::LivyComputeToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetLivyComputeTokenResponse>
        for super::GetLivyComputeTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetLivyComputeTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::GetLivyComputeTokenResponse>
        for GetLivyComputeTokenResponse {
            fn from(value: super::GetLivyComputeTokenResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListLivyComputeResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<super::LivyComputeList>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListLivyComputeResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListLivyComputeResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::LivyComputeList>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListLivyComputeResponse>
        for super::ListLivyComputeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListLivyComputeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListLivyComputeResponse>
        for ListLivyComputeResponse {
            fn from(value: super::ListLivyComputeResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListLivyComputeTokenResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::std::option::Option<super::LivyComputeTokenList>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListLivyComputeTokenResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    data: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ListLivyComputeTokenResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::LivyComputeTokenList>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListLivyComputeTokenResponse>
        for super::ListLivyComputeTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListLivyComputeTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListLivyComputeTokenResponse>
        for ListLivyComputeTokenResponse {
            fn from(value: super::ListLivyComputeTokenResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyCompute {
            auth_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            auto_stop_configuration: ::std::result::Result<
                ::std::option::Option<super::AutoStopConfiguration>,
                ::std::string::String,
            >,
            compute_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            cpu_limit: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            display_release_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            enable_public: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            endpoint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            endpoint_inner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            environment_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fusion: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            gmt_create: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            livy_server_conf: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            livy_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_limit: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ram_user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            release_version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyCompute {
            fn default() -> Self {
                Self {
                    auth_type: Ok(Default::default()),
                    auto_stop_configuration: Ok(Default::default()),
                    compute_id: Ok(Default::default()),
                    cpu_limit: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    display_release_version: Ok(Default::default()),
                    enable_public: Ok(Default::default()),
                    endpoint: Ok(Default::default()),
                    endpoint_inner: Ok(Default::default()),
                    environment_id: Ok(Default::default()),
                    fusion: Ok(Default::default()),
                    gmt_create: Ok(Default::default()),
                    livy_server_conf: Ok(Default::default()),
                    livy_version: Ok(Default::default()),
                    memory_limit: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network_name: Ok(Default::default()),
                    queue_name: Ok(Default::default()),
                    ram_user_id: Ok(Default::default()),
                    release_version: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl LivyCompute {
            pub fn auth_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.auth_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for auth_type: {e}")
                    });
                self
            }
            pub fn auto_stop_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AutoStopConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_stop_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_stop_configuration: {e}"
                        )
                    });
                self
            }
            pub fn compute_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.compute_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for compute_id: {e}")
                    });
                self
            }
            pub fn cpu_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpu_limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpu_limit: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn display_release_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.display_release_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for display_release_version: {e}"
                        )
                    });
                self
            }
            pub fn enable_public<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enable_public = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enable_public: {e}")
                    });
                self
            }
            pub fn endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoint: {e}")
                    });
                self
            }
            pub fn endpoint_inner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_inner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_inner: {e}"
                        )
                    });
                self
            }
            pub fn environment_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.environment_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for environment_id: {e}"
                        )
                    });
                self
            }
            pub fn fusion<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.fusion = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fusion: {e}")
                    });
                self
            }
            pub fn gmt_create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.gmt_create = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gmt_create: {e}")
                    });
                self
            }
            pub fn livy_server_conf<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.livy_server_conf = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for livy_server_conf: {e}"
                        )
                    });
                self
            }
            pub fn livy_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.livy_version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for livy_version: {e}")
                    });
                self
            }
            pub fn memory_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_limit: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn network_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.network_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network_name: {e}")
                    });
                self
            }
            pub fn queue_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue_name: {e}")
                    });
                self
            }
            pub fn ram_user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ram_user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ram_user_id: {e}")
                    });
                self
            }
            pub fn release_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.release_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for release_version: {e}"
                        )
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyCompute> for super::LivyCompute {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyCompute,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auth_type: value.auth_type?,
                    auto_stop_configuration: value.auto_stop_configuration?,
                    compute_id: value.compute_id?,
                    cpu_limit: value.cpu_limit?,
                    created_by: value.created_by?,
                    display_release_version: value.display_release_version?,
                    enable_public: value.enable_public?,
                    endpoint: value.endpoint?,
                    endpoint_inner: value.endpoint_inner?,
                    environment_id: value.environment_id?,
                    fusion: value.fusion?,
                    gmt_create: value.gmt_create?,
                    livy_server_conf: value.livy_server_conf?,
                    livy_version: value.livy_version?,
                    memory_limit: value.memory_limit?,
                    name: value.name?,
                    network_name: value.network_name?,
                    queue_name: value.queue_name?,
                    ram_user_id: value.ram_user_id?,
                    release_version: value.release_version?,
                    start_time: value.start_time?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::LivyCompute> for LivyCompute {
            fn from(value: super::LivyCompute) -> Self {
                Self {
                    auth_type: Ok(value.auth_type),
                    auto_stop_configuration: Ok(value.auto_stop_configuration),
                    compute_id: Ok(value.compute_id),
                    cpu_limit: Ok(value.cpu_limit),
                    created_by: Ok(value.created_by),
                    display_release_version: Ok(value.display_release_version),
                    enable_public: Ok(value.enable_public),
                    endpoint: Ok(value.endpoint),
                    endpoint_inner: Ok(value.endpoint_inner),
                    environment_id: Ok(value.environment_id),
                    fusion: Ok(value.fusion),
                    gmt_create: Ok(value.gmt_create),
                    livy_server_conf: Ok(value.livy_server_conf),
                    livy_version: Ok(value.livy_version),
                    memory_limit: Ok(value.memory_limit),
                    name: Ok(value.name),
                    network_name: Ok(value.network_name),
                    queue_name: Ok(value.queue_name),
                    ram_user_id: Ok(value.ram_user_id),
                    release_version: Ok(value.release_version),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyComputeList {
            livy_computes: ::std::result::Result<
                ::std::vec::Vec<super::LivyComputeSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyComputeList {
            fn default() -> Self {
                Self {
                    livy_computes: Ok(Default::default()),
                }
            }
        }
        impl LivyComputeList {
            pub fn livy_computes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::LivyComputeSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.livy_computes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for livy_computes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyComputeList> for super::LivyComputeList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyComputeList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    livy_computes: value.livy_computes?,
                })
            }
        }
        impl ::std::convert::From<super::LivyComputeList> for LivyComputeList {
            fn from(value: super::LivyComputeList) -> Self {
                Self {
                    livy_computes: Ok(value.livy_computes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyComputeSummary {
            compute_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            endpoint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            endpoint_inner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gmt_create: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            queue_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            start_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyComputeSummary {
            fn default() -> Self {
                Self {
                    compute_id: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    endpoint: Ok(Default::default()),
                    endpoint_inner: Ok(Default::default()),
                    gmt_create: Ok(Default::default()),
                    name: Ok(Default::default()),
                    queue_name: Ok(Default::default()),
                    start_time: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl LivyComputeSummary {
            pub fn compute_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.compute_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for compute_id: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn endpoint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for endpoint: {e}")
                    });
                self
            }
            pub fn endpoint_inner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.endpoint_inner = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for endpoint_inner: {e}"
                        )
                    });
                self
            }
            pub fn gmt_create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.gmt_create = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gmt_create: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn queue_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.queue_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for queue_name: {e}")
                    });
                self
            }
            pub fn start_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.start_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for start_time: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyComputeSummary> for super::LivyComputeSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyComputeSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    compute_id: value.compute_id?,
                    created_by: value.created_by?,
                    endpoint: value.endpoint?,
                    endpoint_inner: value.endpoint_inner?,
                    gmt_create: value.gmt_create?,
                    name: value.name?,
                    queue_name: value.queue_name?,
                    start_time: value.start_time?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::LivyComputeSummary> for LivyComputeSummary {
            fn from(value: super::LivyComputeSummary) -> Self {
                Self {
                    compute_id: Ok(value.compute_id),
                    created_by: Ok(value.created_by),
                    endpoint: Ok(value.endpoint),
                    endpoint_inner: Ok(value.endpoint_inner),
                    gmt_create: Ok(value.gmt_create),
                    name: Ok(value.name),
                    queue_name: Ok(value.queue_name),
                    start_time: Ok(value.start_time),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyComputeToken {
            auto_expire_configuration: ::std::result::Result<
                ::std::option::Option<super::AutoExpireConfiguration>,
                ::std::string::String,
            >,
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expire_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_used_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::apitokens_core::Secret>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyComputeToken {
            fn default() -> Self {
                Self {
                    auto_expire_configuration: Ok(Default::default()),
                    create_time: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    expire_time: Ok(Default::default()),
                    last_used_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                    token: Ok(Default::default()),
                    token_id: Ok(Default::default()),
                }
            }
        }
        impl LivyComputeToken {
            pub fn auto_expire_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AutoExpireConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_expire_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_expire_configuration: {e}"
                        )
                    });
                self
            }
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn expire_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_time: {e}")
                    });
                self
            }
            pub fn last_used_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_time: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::apitokens_core::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyComputeToken> for super::LivyComputeToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyComputeToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_expire_configuration: value.auto_expire_configuration?,
                    create_time: value.create_time?,
                    created_by: value.created_by?,
                    expire_time: value.expire_time?,
                    last_used_time: value.last_used_time?,
                    name: value.name?,
                    token: value.token?,
                    token_id: value.token_id?,
                })
            }
        }
        impl ::std::convert::From<super::LivyComputeToken> for LivyComputeToken {
            fn from(value: super::LivyComputeToken) -> Self {
                Self {
                    auto_expire_configuration: Ok(value.auto_expire_configuration),
                    create_time: Ok(value.create_time),
                    created_by: Ok(value.created_by),
                    expire_time: Ok(value.expire_time),
                    last_used_time: Ok(value.last_used_time),
                    name: Ok(value.name),
                    token: Ok(value.token),
                    token_id: Ok(value.token_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyComputeTokenList {
            tokens: ::std::result::Result<
                ::std::vec::Vec<super::LivyComputeTokenSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyComputeTokenList {
            fn default() -> Self {
                Self {
                    tokens: Ok(Default::default()),
                }
            }
        }
        impl LivyComputeTokenList {
            pub fn tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::LivyComputeTokenSummary>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tokens: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyComputeTokenList>
        for super::LivyComputeTokenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyComputeTokenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { tokens: value.tokens? })
            }
        }
        impl ::std::convert::From<super::LivyComputeTokenList> for LivyComputeTokenList {
            fn from(value: super::LivyComputeTokenList) -> Self {
                Self { tokens: Ok(value.tokens) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LivyComputeTokenSummary {
            create_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            createdby: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expire_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            last_used_time: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::apitokens_core::Secret>,
                ::std::string::String,
            >,
            token_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LivyComputeTokenSummary {
            fn default() -> Self {
                Self {
                    create_time: Ok(Default::default()),
                    createdby: Ok(Default::default()),
                    expire_time: Ok(Default::default()),
                    last_used_time: Ok(Default::default()),
                    name: Ok(Default::default()),
                    token: Ok(Default::default()),
                    token_id: Ok(Default::default()),
                }
            }
        }
        impl LivyComputeTokenSummary {
            pub fn create_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.create_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for create_time: {e}")
                    });
                self
            }
            pub fn createdby<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.createdby = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for createdby: {e}")
                    });
                self
            }
            pub fn expire_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expire_time = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expire_time: {e}")
                    });
                self
            }
            pub fn last_used_time<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_time = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_time: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::apitokens_core::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn token_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LivyComputeTokenSummary>
        for super::LivyComputeTokenSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LivyComputeTokenSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create_time: value.create_time?,
                    createdby: value.createdby?,
                    expire_time: value.expire_time?,
                    last_used_time: value.last_used_time?,
                    name: value.name?,
                    token: value.token?,
                    token_id: value.token_id?,
                })
            }
        }
        impl ::std::convert::From<super::LivyComputeTokenSummary>
        for LivyComputeTokenSummary {
            fn from(value: super::LivyComputeTokenSummary) -> Self {
                Self {
                    create_time: Ok(value.create_time),
                    createdby: Ok(value.createdby),
                    expire_time: Ok(value.expire_time),
                    last_used_time: Ok(value.last_used_time),
                    name: Ok(value.name),
                    token: Ok(value.token),
                    token_id: Ok(value.token_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProductError {
            access_denied_detail: ::std::result::Result<
                ::std::option::Option<super::AccessDeniedDetail>,
                ::std::string::String,
            >,
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            host_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            recommend: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ProductError {
            fn default() -> Self {
                Self {
                    access_denied_detail: Ok(Default::default()),
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ProductError {
            pub fn access_denied_detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AccessDeniedDetail>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_denied_detail = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_denied_detail: {e}"
                        )
                    });
                self
            }
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn host_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.host_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for host_id: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn recommend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.recommend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for recommend: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProductError> for super::ProductError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProductError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_denied_detail: value.access_denied_detail?,
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ProductError> for ProductError {
            fn from(value: super::ProductError) -> Self {
                Self {
                    access_denied_detail: Ok(value.access_denied_detail),
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
                    request_id: Ok(value.request_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshLivyComputeTokenRequest {
            auto_expire_configuration: ::std::result::Result<
                ::std::option::Option<super::AutoExpireConfiguration>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::apitokens_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshLivyComputeTokenRequest {
            fn default() -> Self {
                Self {
                    auto_expire_configuration: Ok(Default::default()),
                    name: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl RefreshLivyComputeTokenRequest {
            pub fn auto_expire_configuration<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AutoExpireConfiguration>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.auto_expire_configuration = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_expire_configuration: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::apitokens_core::Secret>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshLivyComputeTokenRequest>
        for super::RefreshLivyComputeTokenRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshLivyComputeTokenRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_expire_configuration: value.auto_expire_configuration?,
                    name: value.name?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshLivyComputeTokenRequest>
        for RefreshLivyComputeTokenRequest {
            fn from(value: super::RefreshLivyComputeTokenRequest) -> Self {
                Self {
                    auto_expire_configuration: Ok(value.auto_expire_configuration),
                    name: Ok(value.name),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshLivyComputeTokenResponse {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            request_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshLivyComputeTokenResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl RefreshLivyComputeTokenResponse {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn request_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for request_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshLivyComputeTokenResponse>
        for super::RefreshLivyComputeTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshLivyComputeTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshLivyComputeTokenResponse>
        for RefreshLivyComputeTokenResponse {
            fn from(value: super::RefreshLivyComputeTokenResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                    request_id: Ok(value.request_id),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Alibaba Cloud EMR Serverless Spark — Livy Gateway tokens

The Livy Gateway token endpoints of the Alibaba Cloud EMR Serverless Spark API (API version
2023-08-08, ROA style), for the whole token lifecycle: list the Livy Gateways of a workspace
and read one; create, read, list, refresh and delete the tokens of a Livy Gateway. Token
reads carry the token content (a secret), and create and refresh may send one.

Hand-written from the vendor's reference pages
([ListLivyCompute](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-listlivycompute),
[GetLivyCompute](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-getlivycompute),
[CreateLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-createlivycomputetoken),
[GetLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-getlivycomputetoken),
[ListLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-listlivycomputetoken),
[RefreshLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-refreshlivycomputetoken),
[DeleteLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-deletelivycomputetoken));
Alibaba publishes no OpenAPI document for this product, so names, types, methods and the
split between query and body were checked against its official SDKs (times are int64 epoch
milliseconds, `code` is a string, Create is `PUT` on the token collection and Refresh is
`POST` on the token).

Every response body of the product is an envelope `{requestId, code, message, data}`.
`code` `"1000000"` means success; any other value is a failure described by `message`.
Alibaba's common-parameters pages say a 2xx status indicates a successful call and a 4xx or
5xx status a failed one, and Alibaba's SDK core (darabonba-openapi) raises errors only for
4xx/5xx. This document follows the pages (HTTP 200 carries the success envelope); as a
defensive client policy (not documented vendor behaviour), clients should still treat an
envelope whose `code` is present and not `"1000000"` as an error whatever the HTTP status.

Errors raised before the request reaches the product, by Alibaba's API gateway (signature,
RAM permission, throttling), arrive as HTTP 4xx/5xx with PascalCase keys (`RequestId`,
`HostId`, `Code`, `Message`, `Recommend`, and `AccessDeniedDetail` on RAM denials);
`ErrorResponse` declares both casings, as Alibaba's SDK core reads both.

Requests must be signed with Alibaba Cloud signature V3 (`ACS3-HMAC-SHA256`), which OpenAPI
cannot express; see the security scheme. The signature covers JSON request bodies through
`x-acs-content-sha256` (the SHA-256 of the exact bytes sent).


Version: 2023-08-08*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: ::apitokens_core::Settings<crate::Credentials>,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(
        baseurl: &str,
        inner: ::apitokens_core::Settings<crate::Credentials>,
    ) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: ::apitokens_core::Settings<crate::Credentials>,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<::apitokens_core::Settings<crate::Credentials>> for Client {
    fn api_version() -> &'static str {
        "2023-08-08"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &::apitokens_core::Settings<crate::Credentials> {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<::apitokens_core::Settings<crate::Credentials>>,
    {}
};
impl Client {
    /**Lists Livy Gateways

Lists the Livy Gateways (Livy computes) of a workspace, optionally only those of one
environment. The gateway ID (`computeId`) is the `livyComputeId` of the token operations.

RAM action: `emr-serverless-spark:ListLivyCompute`.

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-listlivycompute>


Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `environment_id`: The ID of the environment. When set, only its Livy Gateways are listed.
- `region_id`: The ID of the region. Use the region of the endpoint.
```ignore
let response = client.list_livy_compute()
    .workspace_biz_id(workspace_biz_id)
    .environment_id(environment_id)
    .region_id(region_id)
    .send()
    .await;
```*/
    pub fn list_livy_compute(&self) -> builder::ListLivyCompute<'_> {
        builder::ListLivyCompute::new(self)
    }
    /**Gets a Livy Gateway

Retrieves the configuration and state of one Livy Gateway (Livy compute). The response
carries no token.

RAM action: `emr-serverless-spark:GetLivyCompute` (access level: get).

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-getlivycompute>


Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
```ignore
let response = client.get_livy_compute()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .region_id(region_id)
    .send()
    .await;
```*/
    pub fn get_livy_compute(&self) -> builder::GetLivyCompute<'_> {
        builder::GetLivyCompute::new(self)
    }
    /**Lists Livy Gateway tokens

Lists the tokens of a Livy Gateway, including their content (a secret).

List items carry no `autoExpireConfiguration`, and spell the creator field `createdby`
(lower-case b), unlike GetLivyComputeToken's `createdBy`.

RAM action: `emr-serverless-spark:ListLivyComputeToken` (access level: list).

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-listlivycomputetoken>


Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
```ignore
let response = client.list_livy_compute_token()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .region_id(region_id)
    .send()
    .await;
```*/
    pub fn list_livy_compute_token(&self) -> builder::ListLivyComputeToken<'_> {
        builder::ListLivyComputeToken::new(self)
    }
    /**Creates a Livy Gateway token

Creates a token for a Livy Gateway. Give the token content yourself in `token` (at least
16 characters), or leave it out and read the generated content afterwards with
GetLivyComputeToken: the response carries only the new `tokenId`. The method is `PUT` on
the token collection, as in Alibaba's official SDKs, but the call is not idempotent: each
call creates another token (`x-idempotent: false`), so a client must not send it again
after losing its answer.

The JSON request body is covered by the ACS3-HMAC-SHA256 signature: `x-acs-content-sha256`
is the SHA-256 of the exact body bytes sent, so the body must not be re-serialised after
signing. The body may carry a secret (`token`).

RAM action: `emr-serverless-spark:CreateLivyComputeToken` (access level: create).

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-createlivycomputetoken>


Sends a `PUT` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
- `body`: The request body (JSON). Covered by the ACS3 signature through `x-acs-content-sha256`
(SHA-256 of the exact bytes sent).

```ignore
let response = client.create_livy_compute_token()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .region_id(region_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_livy_compute_token(&self) -> builder::CreateLivyComputeToken<'_> {
        builder::CreateLivyComputeToken::new(self)
    }
    /**Gets a Livy Gateway token

Retrieves one token of a Livy Gateway, including its content (a secret) and its
automatic-expiry configuration.

RAM action: `emr-serverless-spark:GetLivyComputeToken` (access level: get).

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-getlivycomputetoken>


Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `token_id`: The ID of the token. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
```ignore
let response = client.get_livy_compute_token()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .token_id(token_id)
    .region_id(region_id)
    .send()
    .await;
```*/
    pub fn get_livy_compute_token(&self) -> builder::GetLivyComputeToken<'_> {
        builder::GetLivyComputeToken::new(self)
    }
    /**Refreshes a Livy Gateway token

Refreshes (updates) a token of a Livy Gateway: its name, its content and its
automatic-expiry configuration, with the same body shape as CreateLivyComputeToken. The
response carries no `data`; read the token afterwards with GetLivyComputeToken. The
method is `POST` on the token, as in Alibaba's official SDKs.

The JSON request body is covered by the ACS3-HMAC-SHA256 signature: `x-acs-content-sha256`
is the SHA-256 of the exact body bytes sent, so the body must not be re-serialised after
signing. The body may carry a secret (`token`).

RAM action: `emr-serverless-spark:RefreshLivyComputeToken` (access level: update).

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-refreshlivycomputetoken>


Sends a `POST` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `token_id`: The ID of the token. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
- `body`: The request body (JSON). Covered by the ACS3 signature through `x-acs-content-sha256`
(SHA-256 of the exact bytes sent).

```ignore
let response = client.refresh_livy_compute_token()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .token_id(token_id)
    .region_id(region_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn refresh_livy_compute_token(&self) -> builder::RefreshLivyComputeToken<'_> {
        builder::RefreshLivyComputeToken::new(self)
    }
    /**Deletes a Livy Gateway token

Deletes a token of a Livy Gateway; the token stops authenticating.

RAM action: `emr-serverless-spark:DeleteLivyComputeToken`.

Vendor reference: <https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-deletelivycomputetoken>


Sends a `DELETE` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`

Arguments:
- `workspace_biz_id`: The ID of the workspace. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `livy_compute_id`: The ID of the Livy Gateway. (The vendor page marks path parameters as not required;
a path parameter is always required.)

- `token_id`: The ID of the token. (The vendor page marks path parameters as not required; a path
parameter is always required.)

- `region_id`: The ID of the region. Use the region of the endpoint.
```ignore
let response = client.delete_livy_compute_token()
    .workspace_biz_id(workspace_biz_id)
    .livy_compute_id(livy_compute_id)
    .token_id(token_id)
    .region_id(region_id)
    .send()
    .await;
```*/
    pub fn delete_livy_compute_token(&self) -> builder::DeleteLivyComputeToken<'_> {
        builder::DeleteLivyComputeToken::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::list_livy_compute`]

[`Client::list_livy_compute`]: super::Client::list_livy_compute*/
    #[derive(Debug, Clone)]
    pub struct ListLivyCompute<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        environment_id: Result<Option<::std::string::String>, String>,
        region_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListLivyCompute<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                environment_id: Ok(None),
                region_id: Ok(None),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn environment_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.environment_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for environment_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListLivyComputeResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_biz_id, environment_id, region_id } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let environment_id = environment_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute", client.baseurl,
                encode_path(& workspace_biz_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("environmentId", &environment_id),
                )
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_livy_compute",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_livy_compute`]

[`Client::get_livy_compute`]: super::Client::get_livy_compute*/
    #[derive(Debug, Clone)]
    pub struct GetLivyCompute<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetLivyCompute<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                region_id: Ok(None),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetLivyComputeResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_biz_id, livy_compute_id, region_id } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}", client.baseurl,
                encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_livy_compute",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_livy_compute_token`]

[`Client::list_livy_compute_token`]: super::Client::list_livy_compute_token*/
    #[derive(Debug, Clone)]
    pub struct ListLivyComputeToken<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListLivyComputeToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                region_id: Ok(None),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListLivyComputeTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_biz_id, livy_compute_id, region_id } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}/token", client
                .baseurl, encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_livy_compute_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_livy_compute_token`]

[`Client::create_livy_compute_token`]: super::Client::create_livy_compute_token*/
    #[derive(Debug, Clone)]
    pub struct CreateLivyComputeToken<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CreateLivyComputeTokenRequest, String>,
    }
    impl<'a> CreateLivyComputeToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                region_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateLivyComputeTokenRequest>,
            <V as std::convert::TryInto<
                types::CreateLivyComputeTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateLivyComputeTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateLivyComputeTokenRequest,
            ) -> types::builder::CreateLivyComputeTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateLivyComputeTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, workspace_biz_id, livy_compute_id, region_id, body } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CreateLivyComputeTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}/token", client
                .baseurl, encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_livy_compute_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_livy_compute_token`]

[`Client::get_livy_compute_token`]: super::Client::get_livy_compute_token*/
    #[derive(Debug, Clone)]
    pub struct GetLivyComputeToken<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        token_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> GetLivyComputeToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                region_id: Ok(None),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetLivyComputeTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                workspace_biz_id,
                livy_compute_id,
                token_id,
                region_id,
            } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}/token/{}", client
                .baseurl, encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()), encode_path(& token_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_livy_compute_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::refresh_livy_compute_token`]

[`Client::refresh_livy_compute_token`]: super::Client::refresh_livy_compute_token*/
    #[derive(Debug, Clone)]
    pub struct RefreshLivyComputeToken<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        token_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::RefreshLivyComputeTokenRequest, String>,
    }
    impl<'a> RefreshLivyComputeToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                region_id: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshLivyComputeTokenRequest>,
            <V as std::convert::TryInto<
                types::RefreshLivyComputeTokenRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RefreshLivyComputeTokenRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RefreshLivyComputeTokenRequest,
            ) -> types::builder::RefreshLivyComputeTokenRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RefreshLivyComputeTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                workspace_biz_id,
                livy_compute_id,
                token_id,
                region_id,
                body,
            } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RefreshLivyComputeTokenRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}/token/{}", client
                .baseurl, encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()), encode_path(& token_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_livy_compute_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::delete_livy_compute_token`]

[`Client::delete_livy_compute_token`]: super::Client::delete_livy_compute_token*/
    #[derive(Debug, Clone)]
    pub struct DeleteLivyComputeToken<'a> {
        client: &'a super::Client,
        workspace_biz_id: Result<::std::string::String, String>,
        livy_compute_id: Result<::std::string::String, String>,
        token_id: Result<::std::string::String, String>,
        region_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> DeleteLivyComputeToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                workspace_biz_id: Err(
                    "workspace_biz_id was not initialized".to_string(),
                ),
                livy_compute_id: Err("livy_compute_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                region_id: Ok(None),
            }
        }
        pub fn workspace_biz_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.workspace_biz_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for workspace_biz_id failed"
                        .to_string()
                });
            self
        }
        pub fn livy_compute_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.livy_compute_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for livy_compute_id failed"
                        .to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token_id failed"
                        .to_string()
                });
            self
        }
        pub fn region_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.region_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for region_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/api/interactive/v1/workspace/{workspaceBizId}/livycompute/{livyComputeId}/token/{tokenId}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteLivyComputeTokenResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                workspace_biz_id,
                livy_compute_id,
                token_id,
                region_id,
            } = self;
            let workspace_biz_id = workspace_biz_id.map_err(Error::InvalidRequest)?;
            let livy_compute_id = livy_compute_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let region_id = region_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api/interactive/v1/workspace/{}/livycompute/{}/token/{}", client
                .baseurl, encode_path(& workspace_biz_id.to_string()), encode_path(&
                livy_compute_id.to_string()), encode_path(& token_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("regionId", &region_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_livy_compute_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}

/// Every operation of the spec, in spec order, for the hand-written request hooks.
pub(crate) const OPERATIONS: ::apitokens_core::Operations = ::apitokens_core::Operations::new(
    &[
        ::apitokens_core::Operation {
            id: "list_livy_compute",
            operation_id: "listLivyCompute",
            accept: "application/json",
            content_type: None,
            acs_action: Some("ListLivyCompute"),
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "get_livy_compute",
            operation_id: "getLivyCompute",
            accept: "application/json",
            content_type: None,
            acs_action: Some("GetLivyCompute"),
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "list_livy_compute_token",
            operation_id: "listLivyComputeToken",
            accept: "application/json",
            content_type: None,
            acs_action: Some("ListLivyComputeToken"),
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "create_livy_compute_token",
            operation_id: "createLivyComputeToken",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: Some("CreateLivyComputeToken"),
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "get_livy_compute_token",
            operation_id: "getLivyComputeToken",
            accept: "application/json",
            content_type: None,
            acs_action: Some("GetLivyComputeToken"),
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "refresh_livy_compute_token",
            operation_id: "refreshLivyComputeToken",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: Some("RefreshLivyComputeToken"),
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "delete_livy_compute_token",
            operation_id: "deleteLivyComputeToken",
            accept: "application/json",
            content_type: None,
            acs_action: Some("DeleteLivyComputeToken"),
            idempotent: true,
        },
    ],
);
