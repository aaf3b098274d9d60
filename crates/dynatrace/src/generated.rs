// @generated from specs/dynatrace.yaml by `cargo xtask generate`. Do not edit: change the spec
// (or the xtask's normalisations) and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Metadata of an API token or personal access token. No field is guaranteed: the list
operation returns only the fields selected with its `fields` parameter.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ApiToken {
        #[serde(
            rename = "additionalMetadata",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub additional_metadata: ::std::option::Option<ApiTokenAdditionalMetadata>,
        ///Token creation date in ISO 8601 format (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`).
        #[serde(
            rename = "creationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The token is enabled (`true`) or disabled (`false`).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        /**Token expiration date in ISO 8601 format (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`).

If not set, the token never expires.
*/
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The ID of the token, consisting of prefix and public part of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Token last used date in ISO 8601 format (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`).
        #[serde(
            rename = "lastUsedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///Token last used IP address.
        #[serde(
            rename = "lastUsedIpAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_ip_address: ::std::option::Option<::std::string::String>,
        /**Token last modified date in ISO 8601 format (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`).
Updating scopes or name counts as modification, enabling or disabling a token does not.
*/
        #[serde(
            rename = "modifiedDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modified_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The name of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The owner of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub owner: ::std::option::Option<::std::string::String>,
        ///The token is a personal access token (`true`) or an API token (`false`).
        #[serde(
            rename = "personalAccessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub personal_access_token: ::std::option::Option<bool>,
        ///A list of scopes assigned to the token.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<ApiTokenScope>,
    }
    impl ApiToken {
        pub fn builder() -> builder::ApiToken {
            Default::default()
        }
    }
    /**Contains additional properties for specific kinds of token. Examples:

* A `dashboardId` property for dashboard sharing tokens.
* A `reportId` property for report sharing tokens.

Other keys may appear; their values are not typed by Dynatrace.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ApiTokenAdditionalMetadata {
        ///The dashboard shared with a dashboard sharing token.
        #[serde(
            rename = "dashboardId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub dashboard_id: ::std::option::Option<::std::string::String>,
        ///The report shared with a report sharing token.
        #[serde(
            rename = "reportId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub report_id: ::std::option::Option<::std::string::String>,
    }
    impl ApiTokenAdditionalMetadata {
        pub fn builder() -> builder::ApiTokenAdditionalMetadata {
            Default::default()
        }
    }
    ///Parameters of a new API token.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ApiTokenCreate {
        /**The expiration date of the token. A plain string, not a `date-time`: Dynatrace accepts
several formats.

You can use one of the following formats:

* Timestamp in UTC milliseconds (for example `1605168930144`).
* Human-readable format of `2021-01-25T05:57:01.123+01:00`. If no time zone is
  specified, UTC is used. You can use a space character instead of the `T`. Seconds
  and fractions of a second are optional.
* Relative time from now, `now+NU`, where `N` is the amount of time and `U` is the unit
  of time (for example `now+14d`, Dynatrace's own example). Supported units are:
  * `m`: minutes
  * `h`: hours
  * `d`: days
  * `w`: weeks
  * `M`: months
  * `y`: years

  (Dynatrace's text describes this format as a timeframe "back from now", `now-NU/A`
  with an optional alignment `/A`, copied from its query parameters; an expiration
  date lies in the future.)

If not set, the token never expires.
*/
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<::std::string::String>,
        ///The name of the token.
        pub name: ::std::string::String,
        /**The token is a personal access token (`true`) or an API token (`false`).

Personal access tokens are tied to the permissions of their owner.
*/
        #[serde(
            rename = "personalAccessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub personal_access_token: ::std::option::Option<bool>,
        /**A list of the scopes to be assigned to the token. See `ApiTokenCreateScope` for the
known values; Dynatrace adds scopes without notice.
*/
        pub scopes: ::std::vec::Vec<ApiTokenCreateScope>,
    }
    impl ApiTokenCreate {
        pub fn builder() -> builder::ApiTokenCreate {
            Default::default()
        }
    }
    /**A scope that can be given to a Dynatrace access token: the values create and update
accept (Dynatrace's `ApiTokenCreate`/`ApiTokenUpdate` enum, 71 values). Six scopes that
tokens may carry (`DiagnosticExport`, `MemoryDump`, `Mobile`, `ViewDashboard`,
`ViewReport`, `WriteSyntheticData`) are not in it; see `ApiTokenScope` for what reads
return.

This is deliberately an open string rather than an `enum`: Dynatrace adds scopes without
notice and without a new API version (its own specification tells clients to handle
unknown enum constants), so an open string keeps every generator decoding when a new
scope appears. The known values are listed in `x-extensible-enum` (the Zalando
convention) for tools that understand it, and below for everyone else.

Known values (from the vendor page):

* `ActiveGateCertManagement` — ActiveGate certificate management.
* `AdvancedSyntheticIntegration` — Dynatrace module integration - Synthetic Classic.
* `AppMonIntegration` — Dynatrace module integration - AppMon.
* `CaptureRequestData` — Capture request data.
* `DTAQLAccess` — User sessions.
* `DataExport` — Access problem and event feed, metrics, and topology.
* `DataImport` — Data ingest, e.g.: metrics and events.
* `DataPrivacy` — Change data privacy settings.
* `Davis` — Dynatrace module integration - Davis.
* `DssFileManagement` — Mobile symbolication file management.
* `ExternalSyntheticIntegration` — Create and read synthetic monitors, locations, and nodes.
* `InstallerDownload` — PaaS integration - Installer download.
* `LogExport` — Read logs.
* `PluginUpload` — Upload Extension.
* `ReadConfig` — Read configuration.
* `ReadSyntheticData` — Read synthetic monitors, locations, and nodes.
* `RestRequestForwarding` — Fetch data from a remote environment.
* `RumBrowserExtension` — RUM Browser Extension.
* `RumJavaScriptTagManagement` — Real user monitoring JavaScript tag management.
* `SupportAlert` — PaaS integration - Support alert.
* `TenantTokenManagement` — Token management.
* `UserSessionAnonymization` — Anonymize user session data for data privacy reasons.
* `WriteConfig` — Write configuration.
* `activeGateTokenManagement.create` — Create ActiveGate tokens.
* `activeGateTokenManagement.read` — Read ActiveGate tokens.
* `activeGateTokenManagement.write` — Write ActiveGate tokens.
* `activeGates.read` — Read ActiveGates.
* `activeGates.write` — Write ActiveGates.
* `apiTokens.read` — Read API tokens.
* `apiTokens.write` — Write API tokens.
* `auditLogs.read` — Read audit logs.
* `credentialVault.read` — Read credential vault entries.
* `credentialVault.write` — Write credential vault entries.
* `entities.read` — Read entities.
* `entities.write` — Write entities.
* `events.ingest` — Ingest events.
* `events.read` — Read events.
* `extensionConfigurations.read` — Read extension monitoring configurations.
* `extensionConfigurations.write` — Write extension monitoring configurations.
* `extensionEnvironment.read` — Read extension environment configurations.
* `extensionEnvironment.write` — Write extension environment configurations.
* `extensions.read` — Read extensions.
* `extensions.write` — Write extensions.
* `geographicRegions.read` — Read Geographic regions.
* `hub.read` — Read Hub related data.
* `hub.write` — Write Hub related data.
* `logs.ingest` — Ingest logs.
* `logs.read` — Read logs.
* `metrics.ingest` — Ingest metrics.
* `metrics.read` — Read metrics.
* `metrics.write` — Write metrics.
* `networkZones.read` — Read network zones.
* `networkZones.write` — Write network zones.
* `oneAgents.read` — Read OneAgents.
* `oneAgents.write` — Write OneAgents.
* `openTelemetryTrace.ingest` — Ingest OpenTelemetry traces.
* `problems.read` — Read problems.
* `problems.write` — Write problems.
* `releases.read` — Read releases.
* `securityProblems.read` — Read security problems.
* `securityProblems.write` — Write security problems.
* `settings.read` — Read settings.
* `settings.write` — Write settings.
* `slo.read` — Read SLO.
* `slo.write` — Write SLO.
* `syntheticExecutions.read` — Read synthetic monitor execution results.
* `syntheticExecutions.write` — Write synthetic monitor executions.
* `syntheticLocations.read` — Read synthetic locations.
* `syntheticLocations.write` — Write synthetic locations.
* `tenantTokenRotation.write` — Tenant token rotation.
* `traces.lookup` — Look up a single trace.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ApiTokenCreateScope(pub ::std::string::String);
    impl ::std::ops::Deref for ApiTokenCreateScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ApiTokenCreateScope> for ::std::string::String {
        fn from(value: ApiTokenCreateScope) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for ApiTokenCreateScope {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ApiTokenCreateScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ApiTokenCreateScope {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    /**The newly created token. `token` is the token secret: this is the only response that
carries it.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ApiTokenCreated {
        /**The token expiration date in ISO 8601 format (`yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`).

If not set, the token never expires.
*/
        #[serde(
            rename = "expirationDate",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expiration_date: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        ///The ID of the token, consisting of prefix and public part of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        /**The secret of the token (prefix, public part and secret part). A credential: store it
securely and never log it. Dynatrace does not return it again.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::apitokens_core::Secret>,
    }
    impl ApiTokenCreated {
        pub fn builder() -> builder::ApiTokenCreated {
            Default::default()
        }
    }
    ///A list of API tokens (one page).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ApiTokenList {
        ///A list of API tokens.
        #[serde(
            rename = "apiTokens",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub api_tokens: ::std::vec::Vec<ApiToken>,
        /**The cursor for the next page of results. Has the value of `null` on the last page.

Use it in the **nextPageKey** query parameter to obtain subsequent pages of the result.
*/
        #[serde(
            rename = "nextPageKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_page_key: ::std::option::Option<::std::string::String>,
        ///The number of entries per page.
        #[serde(
            rename = "pageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub page_size: ::std::option::Option<i32>,
        ///The total number of entries in the result.
        #[serde(rename = "totalCount")]
        pub total_count: i64,
    }
    impl ApiTokenList {
        pub fn builder() -> builder::ApiTokenList {
            Default::default()
        }
    }
    /**A scope (permission) of a Dynatrace access token, as reads return it (Dynatrace's
`ApiToken` enum, 77 values). Create and update accept a smaller set, `ApiTokenCreateScope`.

This is deliberately an open string rather than an `enum`: Dynatrace adds scopes without
notice and without a new API version (its own specification tells clients to handle
unknown enum constants), so an open string keeps every generator decoding when a new
scope appears. The known values are listed in `x-extensible-enum` (the Zalando
convention) for tools that understand it, and below for everyone else.

Known values (from the vendor page):

* `ActiveGateCertManagement` — ActiveGate certificate management.
* `AdvancedSyntheticIntegration` — Dynatrace module integration - Synthetic Classic.
* `AppMonIntegration` — Dynatrace module integration - AppMon.
* `CaptureRequestData` — Capture request data.
* `DTAQLAccess` — User sessions.
* `DataExport` — Access problem and event feed, metrics, and topology.
* `DataImport` — Data ingest, e.g.: metrics and events.
* `DataPrivacy` — Change data privacy settings.
* `Davis` — Dynatrace module integration - Davis.
* `DiagnosticExport`
* `DssFileManagement` — Mobile symbolication file management.
* `ExternalSyntheticIntegration` — Create and read synthetic monitors, locations, and nodes.
* `InstallerDownload` — PaaS integration - Installer download.
* `LogExport` — Read logs.
* `MemoryDump`
* `Mobile`
* `PluginUpload` — Upload Extension.
* `ReadConfig` — Read configuration.
* `ReadSyntheticData` — Read synthetic monitors, locations, and nodes.
* `RestRequestForwarding` — Fetch data from a remote environment.
* `RumBrowserExtension` — RUM Browser Extension.
* `RumJavaScriptTagManagement` — Real user monitoring JavaScript tag management.
* `SupportAlert` — PaaS integration - Support alert.
* `TenantTokenManagement` — Token management.
* `UserSessionAnonymization` — Anonymize user session data for data privacy reasons.
* `ViewDashboard`
* `ViewReport`
* `WriteConfig` — Write configuration.
* `WriteSyntheticData`
* `activeGateTokenManagement.create` — Create ActiveGate tokens.
* `activeGateTokenManagement.read` — Read ActiveGate tokens.
* `activeGateTokenManagement.write` — Write ActiveGate tokens.
* `activeGates.read` — Read ActiveGates.
* `activeGates.write` — Write ActiveGates.
* `apiTokens.read` — Read API tokens.
* `apiTokens.write` — Write API tokens.
* `auditLogs.read` — Read audit logs.
* `credentialVault.read` — Read credential vault entries.
* `credentialVault.write` — Write credential vault entries.
* `entities.read` — Read entities.
* `entities.write` — Write entities.
* `events.ingest` — Ingest events.
* `events.read` — Read events.
* `extensionConfigurations.read` — Read extension monitoring configurations.
* `extensionConfigurations.write` — Write extension monitoring configurations.
* `extensionEnvironment.read` — Read extension environment configurations.
* `extensionEnvironment.write` — Write extension environment configurations.
* `extensions.read` — Read extensions.
* `extensions.write` — Write extensions.
* `geographicRegions.read` — Read Geographic regions.
* `hub.read` — Read Hub related data.
* `hub.write` — Write Hub related data.
* `logs.ingest` — Ingest logs.
* `logs.read` — Read logs.
* `metrics.ingest` — Ingest metrics.
* `metrics.read` — Read metrics.
* `metrics.write` — Write metrics.
* `networkZones.read` — Read network zones.
* `networkZones.write` — Write network zones.
* `oneAgents.read` — Read OneAgents.
* `oneAgents.write` — Write OneAgents.
* `openTelemetryTrace.ingest` — Ingest OpenTelemetry traces.
* `problems.read` — Read problems.
* `problems.write` — Write problems.
* `releases.read` — Read releases.
* `securityProblems.read` — Read security problems.
* `securityProblems.write` — Write security problems.
* `settings.read` — Read settings.
* `settings.write` — Write settings.
* `slo.read` — Read SLO.
* `slo.write` — Write SLO.
* `syntheticExecutions.read` — Read synthetic monitor execution results.
* `syntheticExecutions.write` — Write synthetic monitor executions.
* `syntheticLocations.read` — Read synthetic locations.
* `syntheticLocations.write` — Write synthetic locations.
* `tenantTokenRotation.write` — Tenant token rotation.
* `traces.lookup` — Look up a single trace.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ApiTokenScope(pub ::std::string::String);
    impl ::std::ops::Deref for ApiTokenScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ApiTokenScope> for ::std::string::String {
        fn from(value: ApiTokenScope) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for ApiTokenScope {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ApiTokenScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ApiTokenScope {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///The secret of an access token, to look its metadata up.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ApiTokenSecret {
        ///The API token (its secret). A credential; never log it.
        pub token: ::apitokens_core::Secret,
    }
    impl ApiTokenSecret {
        pub fn builder() -> builder::ApiTokenSecret {
            Default::default()
        }
    }
    ///The update of the API token. Fields left out are not changed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ApiTokenUpdate {
        /**The token is enabled (`true`) or disabled (`false`).

You can't disable the token you're using for authentication of the request.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        ///The name of the token.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**The list of scopes assigned to the token.

Apart from the new scopes, you need to submit the existing scopes you want to keep,
too. Any existing scope, missing in the payload, is removed. See
`ApiTokenCreateScope` for the known values.
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<ApiTokenCreateScope>,
    }
    impl ApiTokenUpdate {
        pub fn builder() -> builder::ApiTokenUpdate {
            Default::default()
        }
    }
    ///A constraint violation of the request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ConstraintViolation {
        ///The location (name) of the offending value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub location: ::std::option::Option<::std::string::String>,
        ///What is wrong with the value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        /**Where the offending value was sent: `PATH`, `PAYLOAD_BODY` or `QUERY`, as documented
by Dynatrace. Like every Dynatrace enum, new constants may be added without notice, so
this is an open string (the known values are in `x-extensible-enum`) and clients must
tolerate unknown values.
*/
        #[serde(
            rename = "parameterLocation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parameter_location: ::std::option::Option<::std::string::String>,
        ///The path of the offending parameter or body field.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub path: ::std::option::Option<::std::string::String>,
    }
    impl ConstraintViolation {
        pub fn builder() -> builder::ConstraintViolation {
            Default::default()
        }
    }
    ///Details of a failed request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct Error {
        ///The HTTP status code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<i32>,
        ///A list of constraint violations.
        #[serde(
            rename = "constraintViolations",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub constraint_violations: ::std::vec::Vec<ConstraintViolation>,
        ///The error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///The body of a failed request.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ErrorEnvelope {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<Error>,
    }
    impl ErrorEnvelope {
        pub fn builder() -> builder::ErrorEnvelope {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiToken {
            additional_metadata: ::std::result::Result<
                ::std::option::Option<super::ApiTokenAdditionalMetadata>,
                ::std::string::String,
            >,
            creation_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_used_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_used_ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            modified_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            owner: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            personal_access_token: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::ApiTokenScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiToken {
            fn default() -> Self {
                Self {
                    additional_metadata: Ok(Default::default()),
                    creation_date: Ok(Default::default()),
                    enabled: Ok(Default::default()),
                    expiration_date: Ok(Default::default()),
                    id: Ok(Default::default()),
                    last_used_date: Ok(Default::default()),
                    last_used_ip_address: Ok(Default::default()),
                    modified_date: Ok(Default::default()),
                    name: Ok(Default::default()),
                    owner: Ok(Default::default()),
                    personal_access_token: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl ApiToken {
            pub fn additional_metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiTokenAdditionalMetadata>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.additional_metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_metadata: {e}"
                        )
                    });
                self
            }
            pub fn creation_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.creation_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for creation_date: {e}")
                    });
                self
            }
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
                    });
                self
            }
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_date: {e}"
                        )
                    });
                self
            }
            pub fn last_used_ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for last_used_ip_address: {e}"
                        )
                    });
                self
            }
            pub fn modified_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_date = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_date: {e}")
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
            pub fn owner<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.owner = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for owner: {e}")
                    });
                self
            }
            pub fn personal_access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.personal_access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for personal_access_token: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiTokenScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiToken> for super::ApiToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_metadata: value.additional_metadata?,
                    creation_date: value.creation_date?,
                    enabled: value.enabled?,
                    expiration_date: value.expiration_date?,
                    id: value.id?,
                    last_used_date: value.last_used_date?,
                    last_used_ip_address: value.last_used_ip_address?,
                    modified_date: value.modified_date?,
                    name: value.name?,
                    owner: value.owner?,
                    personal_access_token: value.personal_access_token?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::ApiToken> for ApiToken {
            fn from(value: super::ApiToken) -> Self {
                Self {
                    additional_metadata: Ok(value.additional_metadata),
                    creation_date: Ok(value.creation_date),
                    enabled: Ok(value.enabled),
                    expiration_date: Ok(value.expiration_date),
                    id: Ok(value.id),
                    last_used_date: Ok(value.last_used_date),
                    last_used_ip_address: Ok(value.last_used_ip_address),
                    modified_date: Ok(value.modified_date),
                    name: Ok(value.name),
                    owner: Ok(value.owner),
                    personal_access_token: Ok(value.personal_access_token),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenAdditionalMetadata {
            dashboard_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            report_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiTokenAdditionalMetadata {
            fn default() -> Self {
                Self {
                    dashboard_id: Ok(Default::default()),
                    report_id: Ok(Default::default()),
                }
            }
        }
        impl ApiTokenAdditionalMetadata {
            pub fn dashboard_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.dashboard_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for dashboard_id: {e}")
                    });
                self
            }
            pub fn report_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.report_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for report_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiTokenAdditionalMetadata>
        for super::ApiTokenAdditionalMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenAdditionalMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    dashboard_id: value.dashboard_id?,
                    report_id: value.report_id?,
                })
            }
        }
        impl ::std::convert::From<super::ApiTokenAdditionalMetadata>
        for ApiTokenAdditionalMetadata {
            fn from(value: super::ApiTokenAdditionalMetadata) -> Self {
                Self {
                    dashboard_id: Ok(value.dashboard_id),
                    report_id: Ok(value.report_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenCreate {
            expiration_date: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            personal_access_token: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::ApiTokenCreateScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiTokenCreate {
            fn default() -> Self {
                Self {
                    expiration_date: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    personal_access_token: Ok(Default::default()),
                    scopes: Err("no value supplied for scopes".to_string()),
                }
            }
        }
        impl ApiTokenCreate {
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn personal_access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.personal_access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for personal_access_token: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiTokenCreateScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiTokenCreate> for super::ApiTokenCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expiration_date: value.expiration_date?,
                    name: value.name?,
                    personal_access_token: value.personal_access_token?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::ApiTokenCreate> for ApiTokenCreate {
            fn from(value: super::ApiTokenCreate) -> Self {
                Self {
                    expiration_date: Ok(value.expiration_date),
                    name: Ok(value.name),
                    personal_access_token: Ok(value.personal_access_token),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenCreated {
            expiration_date: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::apitokens_core::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiTokenCreated {
            fn default() -> Self {
                Self {
                    expiration_date: Ok(Default::default()),
                    id: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl ApiTokenCreated {
            pub fn expiration_date<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expiration_date = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for expiration_date: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
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
        impl ::std::convert::TryFrom<ApiTokenCreated> for super::ApiTokenCreated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenCreated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    expiration_date: value.expiration_date?,
                    id: value.id?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ApiTokenCreated> for ApiTokenCreated {
            fn from(value: super::ApiTokenCreated) -> Self {
                Self {
                    expiration_date: Ok(value.expiration_date),
                    id: Ok(value.id),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenList {
            api_tokens: ::std::result::Result<
                ::std::vec::Vec<super::ApiToken>,
                ::std::string::String,
            >,
            next_page_key: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            page_size: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            total_count: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for ApiTokenList {
            fn default() -> Self {
                Self {
                    api_tokens: Ok(Default::default()),
                    next_page_key: Ok(Default::default()),
                    page_size: Ok(Default::default()),
                    total_count: Err("no value supplied for total_count".to_string()),
                }
            }
        }
        impl ApiTokenList {
            pub fn api_tokens<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiToken>>,
                T::Error: ::std::fmt::Display,
            {
                self.api_tokens = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for api_tokens: {e}")
                    });
                self
            }
            pub fn next_page_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_page_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for next_page_key: {e}")
                    });
                self
            }
            pub fn page_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.page_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for page_size: {e}")
                    });
                self
            }
            pub fn total_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_count: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiTokenList> for super::ApiTokenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_tokens: value.api_tokens?,
                    next_page_key: value.next_page_key?,
                    page_size: value.page_size?,
                    total_count: value.total_count?,
                })
            }
        }
        impl ::std::convert::From<super::ApiTokenList> for ApiTokenList {
            fn from(value: super::ApiTokenList) -> Self {
                Self {
                    api_tokens: Ok(value.api_tokens),
                    next_page_key: Ok(value.next_page_key),
                    page_size: Ok(value.page_size),
                    total_count: Ok(value.total_count),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenSecret {
            token: ::std::result::Result<
                ::apitokens_core::Secret,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiTokenSecret {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl ApiTokenSecret {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::apitokens_core::Secret>,
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
        impl ::std::convert::TryFrom<ApiTokenSecret> for super::ApiTokenSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::ApiTokenSecret> for ApiTokenSecret {
            fn from(value: super::ApiTokenSecret) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ApiTokenUpdate {
            enabled: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::ApiTokenCreateScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiTokenUpdate {
            fn default() -> Self {
                Self {
                    enabled: Ok(Default::default()),
                    name: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl ApiTokenUpdate {
            pub fn enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.enabled = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for enabled: {e}")
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
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ApiTokenCreateScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiTokenUpdate> for super::ApiTokenUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiTokenUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    enabled: value.enabled?,
                    name: value.name?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::ApiTokenUpdate> for ApiTokenUpdate {
            fn from(value: super::ApiTokenUpdate) -> Self {
                Self {
                    enabled: Ok(value.enabled),
                    name: Ok(value.name),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ConstraintViolation {
            location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            parameter_location: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ConstraintViolation {
            fn default() -> Self {
                Self {
                    location: Ok(Default::default()),
                    message: Ok(Default::default()),
                    parameter_location: Ok(Default::default()),
                    path: Ok(Default::default()),
                }
            }
        }
        impl ConstraintViolation {
            pub fn location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.location = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for location: {e}")
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
            pub fn parameter_location<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.parameter_location = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for parameter_location: {e}"
                        )
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ConstraintViolation>
        for super::ConstraintViolation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ConstraintViolation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    location: value.location?,
                    message: value.message?,
                    parameter_location: value.parameter_location?,
                    path: value.path?,
                })
            }
        }
        impl ::std::convert::From<super::ConstraintViolation> for ConstraintViolation {
            fn from(value: super::ConstraintViolation) -> Self {
                Self {
                    location: Ok(value.location),
                    message: Ok(value.message),
                    parameter_location: Ok(value.parameter_location),
                    path: Ok(value.path),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Error {
            code: ::std::result::Result<
                ::std::option::Option<i32>,
                ::std::string::String,
            >,
            constraint_violations: ::std::result::Result<
                ::std::vec::Vec<super::ConstraintViolation>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    constraint_violations: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl Error {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i32>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn constraint_violations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ConstraintViolation>>,
                T::Error: ::std::fmt::Display,
            {
                self.constraint_violations = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for constraint_violations: {e}"
                        )
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
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    constraint_violations: value.constraint_violations?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    constraint_violations: Ok(value.constraint_violations),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorEnvelope {
            error: ::std::result::Result<
                ::std::option::Option<super::Error>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ErrorEnvelope {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                }
            }
        }
        impl ErrorEnvelope {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Error>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorEnvelope> for super::ErrorEnvelope {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorEnvelope,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::ErrorEnvelope> for ErrorEnvelope {
            fn from(value: super::ErrorEnvelope) -> Self {
                Self { error: Ok(value.error) }
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
/**Client for Dynatrace Environment API v2 — API tokens

The API-token endpoints of the Dynatrace Environment API v2, for the whole token lifecycle:
create a token, read the metadata of one token, list tokens, look a token up by its secret,
update (rename, re-scope, disable) and delete a token. The token secret is returned only once,
by `createApiToken`; every other response carries metadata only. `lookupApiToken` takes a
secret in its request body, and `deleteApiToken` accepts one in its path.

Hand-written from the vendor's reference pages
([create a token](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/post-token),
[get a token](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/get-token),
[list tokens](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/get-all),
[look a token up](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/post-token-lookup),
[update a token](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/put-token),
[delete a token](https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/del-token))
and checked against Dynatrace's own OpenAPI document (Environment API v2, build 1.254.47).
Where the two differ, this document follows the pages and corrects known defects of the
official document (a malformed `ApiTokenList` example, dates without `format`, a creation
`expirationDate` described as a time "back from now").

Compatibility (from Dynatrace's own specification): Dynatrace may add new enum constants
without incrementing the API version, so clients must handle unknown enum constants
gracefully. For that reason token scopes are modelled as open strings: `ApiTokenScope` for
the scopes a token may carry (what reads return, 77 known values) and `ApiTokenCreateScope`
for the scopes a token may be given (what create and update accept, 71 known values; six
scopes exist only in the read model).


Version: 2.0.0*/
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
        "2.0.0"
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
    /**Lists all available API tokens

Lists the access tokens of the environment. The token secrets are **not** exposed.

You can limit the output by using pagination:
1. Specify the number of results per page in the **pageSize** query parameter.
2. Use the cursor from the **nextPageKey** field of the previous response in the
   **nextPageKey** query parameter to obtain subsequent pages. When **nextPageKey** is
   sent, every other query parameter must be left out.

Required token scope: `apiTokens.read` (Read API tokens). Personal access tokens are
accepted as well.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/get-all>


Sends a `GET` request to `/apiTokens`

Arguments:
- `api_token_selector`: Filters the resulting sets of tokens. Only tokens matching the specified criteria are
included into response.

You can set one or more of the following criteria:

* Owner: `owner("value")`. The user that owns the token. Case-sensitive.
* Personal access token: `personalAccessToken(false)`. Set to `true` to include only
  personal access tokens or to `false` to include only API tokens.
* Token scope: `scope("scope1","scope2")`. If several values are specified, the
  **OR** logic applies.

To set multiple criteria, separate them with commas (`,`). Only results matching
**all** criteria are included into response.

- `fields`: Specifies the fields to be included in the response.

The following fields are included by default:

* `id`
* `name`
* `enabled`
* `owner`
* `creationDate`

To remove fields from the response, specify them with the minus (`-`) operator as a
comma-separated list (for example, `-creationDate,-owner`).

You can include additional fields:

* `personalAccessToken`
* `expirationDate`
* `lastUsedDate`
* `lastUsedIpAddress`
* `modifiedDate`
* `scopes`
* `additionalMetadata`

To add fields to the response, specify them with the plus (`+`) operator as a
comma-separated list (for example, `+expirationDate,+scopes`). You can combine adding
and removing of fields (for example, `+scopes,-creationDate`).

Alternatively, you can define the desired set of fields in the response. Specify the
required fields as a comma-separated list, without operators (for example,
`creationDate,expirationDate,owner`). The ID is always included in the response.

The **fields** string must be URL-encoded.

- `from`: Filters tokens based on the last usage time. The start of the requested timeframe.

You can use one of the following formats:

* Timestamp in UTC milliseconds.
* Human-readable format of `2021-01-25T05:57:01.123+01:00`. If no time zone is
  specified, UTC is used. You can use a space character instead of the `T`. Seconds
  and fractions of a second are optional.
* Relative timeframe, back from now. The format is `now-NU/A`, where `N` is the
  amount of time, `U` is the unit of time, and `A` is an alignment. The alignment
  rounds all the smaller values to the nearest zero in the past. For example,
  `now-1y/w` is one year back, aligned by a week. You can also specify relative
  timeframe without an alignment: `now-NU`. Supported time units for the relative
  timeframe are:
  * `m`: minutes
  * `h`: hours
  * `d`: days
  * `w`: weeks
  * `M`: months
  * `y`: years

- `next_page_key`: The cursor for the next page of results. You can find it in the **nextPageKey** field
of the previous response.

The first page is always returned if you don't specify the **nextPageKey** query
parameter.

When the **nextPageKey** is set to obtain subsequent pages, you must omit all other
query parameters.

- `page_size`: The amount of API tokens in a single response payload.

The maximal allowed page size is 10000 and the minimal allowed page size is 100.

If not set, 200 is used.

- `sort`: The sort order of the token list.

You can sort by the following properties with a sign prefix for the sort order:

* `name`: token name (`+` a...z or `-` z...a)
* `lastUsedDate` last used (`+` never used tokens first `-` most recently used tokens
  first)
* `creationDate` (`+` oldest tokens first `-` newest tokens first)
* `expirationDate` (`+` tokens that expire soon first `-` unlimited tokens first)
* `modifiedDate` last modified (`+` never modified tokens first `-` most recently
  modified tokens first)

If no prefix is set, `+` is used.

If not set, tokens are sorted by creation date with newest first.

- `to`: Filters tokens based on the last usage time. The end of the requested timeframe.

You can use one of the following formats:

* Timestamp in UTC milliseconds.
* Human-readable format of `2021-01-25T05:57:01.123+01:00`. If no time zone is
  specified, UTC is used. You can use a space character instead of the `T`. Seconds
  and fractions of a second are optional.
* Relative timeframe, back from now. The format is `now-NU/A`, where `N` is the
  amount of time, `U` is the unit of time, and `A` is an alignment. The alignment
  rounds all the smaller values to the nearest zero in the past. For example,
  `now-1y/w` is one year back, aligned by a week. You can also specify relative
  timeframe without an alignment: `now-NU`. Supported time units for the relative
  timeframe are:
  * `m`: minutes
  * `h`: hours
  * `d`: days
  * `w`: weeks
  * `M`: months
  * `y`: years

If not set, the current timestamp is used.

```ignore
let response = client.list_api_tokens()
    .api_token_selector(api_token_selector)
    .fields(fields)
    .from(from)
    .next_page_key(next_page_key)
    .page_size(page_size)
    .sort(sort)
    .to(to)
    .send()
    .await;
```*/
    pub fn list_api_tokens(&self) -> builder::ListApiTokens<'_> {
        builder::ListApiTokens::new(self)
    }
    /**Creates a new API token

Creates a new API token. The token is owned by the user who owns the token used to
authenticate the call.

The response is the only place where the token **secret** (`token`) is ever returned:
store it at once, treat it as a password, and never log it. Later reads
(`getApiToken`, `listApiTokens`, `lookupApiToken`) return metadata only.

Required token scope: `apiTokens.write` (Write API tokens). Personal access tokens are
accepted as well.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/post-token>


Sends a `POST` request to `/apiTokens`

Arguments:
- `body`: The JSON body of the request. Contains parameters of the new API token.
```ignore
let response = client.create_api_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_api_token(&self) -> builder::CreateApiToken<'_> {
        builder::CreateApiToken::new(self)
    }
    /**Gets API token metadata by token secret

Gets the metadata of an access token by its **secret**, sent in the request body (never
in the URL). The response does not repeat the secret.

Required token scope: any. Dynatrace accepts an access token with any scope for this call
(`x-token-scopes` says `Any Api-Token scope`, as in Dynatrace's own specification), which
does not mark the call as supporting personal access tokens.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/post-token-lookup>


Sends a `POST` request to `/apiTokens/lookup`

Arguments:
- `body`: The JSON body of the request. Contains the required token.
```ignore
let response = client.lookup_api_token()
    .body(body)
    .send()
    .await;
```*/
    pub fn lookup_api_token(&self) -> builder::LookupApiToken<'_> {
        builder::LookupApiToken::new(self)
    }
    /**Gets API token metadata by token ID

Gets the metadata of an API token or personal access token by its ID. The token secret is
**not** exposed.

Required token scope: `apiTokens.read` (Read API tokens). Personal access tokens are
accepted as well.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/get-token>


Sends a `GET` request to `/apiTokens/{id}`

Arguments:
- `id`: The ID of the token: the token prefix and its public part (for example
`dt0c01.ST2EY72KQINMH574WMNVI7YN`), never the secret.

```ignore
let response = client.get_api_token()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_api_token(&self) -> builder::GetApiToken<'_> {
        builder::GetApiToken::new(self)
    }
    /**Updates an API token

Updates the specified API token. You can:

* change the token name and scopes;
* disable (revoke) or re-enable the token. A disabled token still exists in the
  environment, but it can't be used.

Every field of the body is optional; `scopes`, when sent, **replaces** the token's scopes
(send the existing scopes you want to keep, too).

Required token scope: `apiTokens.write` (Write API tokens). Personal access tokens are
accepted as well.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/put-token>


Sends a `PUT` request to `/apiTokens/{id}`

Arguments:
- `id`: The ID of the token to be updated (for example `dt0c01.ST2EY72KQINMH574WMNVI7YN`).

You can't disable the token you're using for authentication of the request.

- `body`: The JSON body of the request. Contains updated parameters of the API token.
```ignore
let response = client.update_api_token()
    .id(id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_api_token(&self) -> builder::UpdateApiToken<'_> {
        builder::UpdateApiToken::new(self)
    }
    /**Deletes an API token

Deletes the specified access token.

* If you're using a personal access token to authenticate the call, you can delete only
  your own tokens.
* If you're using an API token to authenticate the call, you can delete any token.

The `id` path parameter accepts the token ID **or the token secret**. Prefer the ID: a
secret in the URL path may be recorded by proxies, access logs and client tracing.

Required token scope: `apiTokens.write` (Write API tokens). Personal access tokens are
accepted as well.

Vendor reference: <https://docs.dynatrace.com/docs/dynatrace-api/environment-api/tokens-v2/api-tokens/del-token>


Sends a `DELETE` request to `/apiTokens/{id}`

Arguments:
- `id`: The ID of the token to be deleted.

You can specify either the ID (for example `dt0c01.ST2EY72KQINMH574WMNVI7YN`) or the
secret of the token. A secret sent here is a credential in the URL path: prefer the ID.

You can't delete the token you're using for authentication of the request.

```ignore
let response = client.delete_api_token()
    .id(id)
    .send()
    .await;
```*/
    pub fn delete_api_token(&self) -> builder::DeleteApiToken<'_> {
        builder::DeleteApiToken::new(self)
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
    /**Builder for [`Client::list_api_tokens`]

[`Client::list_api_tokens`]: super::Client::list_api_tokens*/
    #[derive(Debug, Clone)]
    pub struct ListApiTokens<'a> {
        client: &'a super::Client,
        api_token_selector: Result<Option<::std::string::String>, String>,
        fields: Result<Option<::std::string::String>, String>,
        from: Result<Option<::std::string::String>, String>,
        next_page_key: Result<Option<::std::string::String>, String>,
        page_size: Result<Option<i64>, String>,
        sort: Result<Option<::std::string::String>, String>,
        to: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListApiTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_token_selector: Ok(None),
                fields: Ok(None),
                from: Ok(None),
                next_page_key: Ok(None),
                page_size: Ok(None),
                sort: Ok(None),
                to: Ok(None),
            }
        }
        pub fn api_token_selector<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.api_token_selector = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for api_token_selector failed"
                        .to_string()
                });
            self
        }
        pub fn fields<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.fields = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for fields failed"
                        .to_string()
                });
            self
        }
        pub fn from<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.from = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for from failed"
                        .to_string()
                });
            self
        }
        pub fn next_page_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.next_page_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for next_page_key failed"
                        .to_string()
                });
            self
        }
        pub fn page_size<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.page_size = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for page_size failed".to_string());
            self
        }
        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort failed"
                        .to_string()
                });
            self
        }
        pub fn to<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.to = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for to failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/apiTokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiTokenList>, Error<types::ErrorEnvelope>> {
            let Self {
                client,
                api_token_selector,
                fields,
                from,
                next_page_key,
                page_size,
                sort,
                to,
            } = self;
            let api_token_selector = api_token_selector.map_err(Error::InvalidRequest)?;
            let fields = fields.map_err(Error::InvalidRequest)?;
            let from = from.map_err(Error::InvalidRequest)?;
            let next_page_key = next_page_key.map_err(Error::InvalidRequest)?;
            let page_size = page_size.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let to = to.map_err(Error::InvalidRequest)?;
            let url = format!("{}/apiTokens", client.baseurl,);
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
                    &progenitor_client::QueryParam::new(
                        "apiTokenSelector",
                        &api_token_selector,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("fields", &fields))
                .query(&progenitor_client::QueryParam::new("from", &from))
                .query(
                    &progenitor_client::QueryParam::new("nextPageKey", &next_page_key),
                )
                .query(&progenitor_client::QueryParam::new("pageSize", &page_size))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("to", &to))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_api_tokens",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
    /**Builder for [`Client::create_api_token`]

[`Client::create_api_token`]: super::Client::create_api_token*/
    #[derive(Debug, Clone)]
    pub struct CreateApiToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ApiTokenCreate, String>,
    }
    impl<'a> CreateApiToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApiTokenCreate>,
            <V as std::convert::TryInto<
                types::ApiTokenCreate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ApiTokenCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ApiTokenCreate,
            ) -> types::builder::ApiTokenCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/apiTokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiTokenCreated>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ApiTokenCreate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/apiTokens", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
    /**Builder for [`Client::lookup_api_token`]

[`Client::lookup_api_token`]: super::Client::lookup_api_token*/
    #[derive(Debug, Clone)]
    pub struct LookupApiToken<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ApiTokenSecret, String>,
    }
    impl<'a> LookupApiToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApiTokenSecret>,
            <V as std::convert::TryInto<
                types::ApiTokenSecret,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ApiTokenSecret` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ApiTokenSecret,
            ) -> types::builder::ApiTokenSecret,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/apiTokens/lookup`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiToken>, Error<types::ErrorEnvelope>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ApiTokenSecret::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/apiTokens/lookup", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "lookup_api_token",
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
                404u16 => {
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
    /**Builder for [`Client::get_api_token`]

[`Client::get_api_token`]: super::Client::get_api_token*/
    #[derive(Debug, Clone)]
    pub struct GetApiToken<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> GetApiToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/apiTokens/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ApiToken>, Error<types::ErrorEnvelope>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/apiTokens/{}", client.baseurl, encode_path(& id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_api_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
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
    /**Builder for [`Client::update_api_token`]

[`Client::update_api_token`]: super::Client::update_api_token*/
    #[derive(Debug, Clone)]
    pub struct UpdateApiToken<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        body: Result<types::builder::ApiTokenUpdate, String>,
    }
    impl<'a> UpdateApiToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApiTokenUpdate>,
            <V as std::convert::TryInto<
                types::ApiTokenUpdate,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ApiTokenUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ApiTokenUpdate,
            ) -> types::builder::ApiTokenUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/apiTokens/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorEnvelope>> {
            let Self { client, id, body } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ApiTokenUpdate::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/apiTokens/{}", client.baseurl, encode_path(& id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_api_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
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
    /**Builder for [`Client::delete_api_token`]

[`Client::delete_api_token`]: super::Client::delete_api_token*/
    #[derive(Debug, Clone)]
    pub struct DeleteApiToken<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
    }
    impl<'a> DeleteApiToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/apiTokens/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ErrorEnvelope>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/apiTokens/{}", client.baseurl, encode_path(& id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_api_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
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
            id: "list_api_tokens",
            operation_id: "listApiTokens",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "create_api_token",
            operation_id: "createApiToken",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: None,
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "lookup_api_token",
            operation_id: "lookupApiToken",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "get_api_token",
            operation_id: "getApiToken",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "update_api_token",
            operation_id: "updateApiToken",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "delete_api_token",
            operation_id: "deleteApiToken",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
    ],
);
