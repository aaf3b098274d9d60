// @generated from specs/astra.yaml by `cargo xtask generate`. Do not edit: change the spec
// (or the xtask's normalisations) and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**Astra identifier: a lower-case UUID of version 4 or 5, or the nil UUID. (NetApp's
specification states the same three alternatives as an `anyOf` of patterns.)
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
    pub struct AstraIdentifier(pub ::std::string::String);
    impl ::std::ops::Deref for AstraIdentifier {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AstraIdentifier> for ::std::string::String {
        fn from(value: AstraIdentifier) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for AstraIdentifier {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for AstraIdentifier {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for AstraIdentifier {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    ///An RFC 3339 UTC timestamp (`Z` suffix) with up to nine fractional digits.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct AstraTime(pub ::chrono::DateTime<::chrono::offset::Utc>);
    impl ::std::ops::Deref for AstraTime {
        type Target = ::chrono::DateTime<::chrono::offset::Utc>;
        fn deref(&self) -> &::chrono::DateTime<::chrono::offset::Utc> {
            &self.0
        }
    }
    impl ::std::convert::From<AstraTime> for ::chrono::DateTime<::chrono::offset::Utc> {
        fn from(value: AstraTime) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::chrono::DateTime<::chrono::offset::Utc>> for AstraTime {
        fn from(value: ::chrono::DateTime<::chrono::offset::Utc>) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for AstraTime {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for AstraTime {
        type Err = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }
    impl ::std::convert::TryFrom<&str> for AstraTime {
        type Error = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<String> for AstraTime {
        type Error = <::chrono::DateTime<
            ::chrono::offset::Utc,
        > as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }
    /**Base64-encoded data, as NetApp's schema declares it for request parameters (the
`continue` cursor sent back). Responses do not use this schema: see `TokenCreated.token`
and `CollectionMetadata.continue`.
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
    pub struct Base64Data(pub ::std::string::String);
    impl ::std::ops::Deref for Base64Data {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<Base64Data> for ::std::string::String {
        fn from(value: Base64Data) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for Base64Data {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for Base64Data {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for Base64Data {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    /**Metadata of a listed collection. `continue` is the cursor to pass in the `continue` query
parameter to resume listing; `count` (a whole number, typed `number` by NetApp) is the total
number of matching resources and is present when `count=true` was requested.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct CollectionMetadata {
        /**The cursor to pass in the `continue` query parameter to resume listing. An opaque
string: NetApp's schema gives it a standard-base64 `pattern`, but a response
validator must not insist on it (Astra's other base64 values, such as API token
secrets, are URL-safe base64).
*/
        #[serde(
            rename = "continue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub continue_: ::std::option::Option<::std::string::String>,
        ///The total number of matching resources (when `count=true` was requested).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub count: ::std::option::Option<f64>,
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<ResponseIdentifier>,
        #[serde(
            rename = "creationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_timestamp: ::std::option::Option<AstraTime>,
        ///Labels attached to the collection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub labels: ::std::option::Option<::std::vec::Vec<Label>>,
        #[serde(
            rename = "modificationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_timestamp: ::std::option::Option<AstraTime>,
        #[serde(
            rename = "modifiedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modified_by: ::std::option::Option<ResponseIdentifier>,
    }
    impl CollectionMetadata {
        pub fn builder() -> builder::CollectionMetadata {
            Default::default()
        }
    }
    ///An invalid request body field and the reason it is invalid.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct InvalidField {
        ///Name of the invalid request body field.
        pub name: ::std::string::String,
        ///Reason why the request body field is invalid.
        pub reason: ::std::string::String,
    }
    impl InvalidField {
        pub fn builder() -> builder::InvalidField {
            Default::default()
        }
    }
    ///An invalid query parameter and the reason it is invalid.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct InvalidParam {
        ///Name of the invalid query parameter.
        pub name: ::std::string::String,
        ///Reason why the query parameter is invalid.
        pub reason: ::std::string::String,
    }
    impl InvalidParam {
        pub fn builder() -> builder::InvalidParam {
            Default::default()
        }
    }
    ///A label (name/value pair) attached to a resource.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Label {
        ///The label name.
        pub name: ::std::string::String,
        ///The label value.
        pub value: ::std::string::String,
    }
    impl Label {
        pub fn builder() -> builder::Label {
            Default::default()
        }
    }
    /**Client and service-specified metadata associated with the resource (Astra metadata
schema). If not specified on create, a metadata object is created with no labels. If not
specified on update, the labels, `creationTimestamp` and `createdBy` are preserved.
`createdBy` and `modifiedBy` identify who created or last modified the resource: the
Astra identifier of a user, or `"system"` for what Astra does itself (as in NetApp's
captured responses), so they carry no UUID `pattern`.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct Metadata {
        #[serde(
            rename = "createdBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_by: ::std::option::Option<ResponseIdentifier>,
        #[serde(
            rename = "creationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub creation_timestamp: ::std::option::Option<AstraTime>,
        ///Labels attached to the resource.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub labels: ::std::option::Option<::std::vec::Vec<Label>>,
        #[serde(
            rename = "modificationTimestamp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modification_timestamp: ::std::option::Option<AstraTime>,
        #[serde(
            rename = "modifiedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub modified_by: ::std::option::Option<ResponseIdentifier>,
    }
    impl Metadata {
        pub fn builder() -> builder::Metadata {
            Default::default()
        }
    }
    /**An RFC 7807 problem detail as returned by Astra. `status` is the HTTP status code as a
**string** (for example `"404"`), as NetApp's specification types it. `invalidParams` is
present on `400` responses about query parameters (problems 5 and 6),
`schemaValidationFailure` on `400` responses about a request body that doesn't conform to
the schema (problem 8), and `invalidFields` on `400` responses about a request body that
didn't pass extended validation (problem 9) and on `409` conflicts (problem 10). Astra may
add further members.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct ProblemDetail {
        #[serde(
            rename = "correlationID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub correlation_id: ::std::option::Option<ResponseIdentifier>,
        ///An explanation specific to this occurrence of the problem.
        pub detail: ::std::string::String,
        ///List of invalid request body fields (problems 9 and 10).
        #[serde(
            rename = "invalidFields",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invalid_fields: ::std::option::Option<::std::vec::Vec<InvalidField>>,
        ///List of invalid query parameters (on `400` responses).
        #[serde(
            rename = "invalidParams",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub invalid_params: ::std::option::Option<::std::vec::Vec<InvalidParam>>,
        ///Description of the schema validation failure (problem 8).
        #[serde(
            rename = "schemaValidationFailure",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub schema_validation_failure: ::std::option::Option<::std::string::String>,
        ///The HTTP status code, as a string.
        pub status: ::std::string::String,
        ///A short summary of the problem type.
        pub title: ::std::string::String,
        ///A URI reference identifying the problem type.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }
    impl ProblemDetail {
        pub fn builder() -> builder::ProblemDetail {
            Default::default()
        }
    }
    /**An Astra identifier as Astra returns it. Normally a lower-case UUID (see
`AstraIdentifier`), but responses carry no `pattern`: NetApp's own captured responses set
`metadata.createdBy` to `"system"` for resources Astra creates itself, so a response
validator must not insist on a UUID.
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
    pub struct ResponseIdentifier(pub ::std::string::String);
    impl ::std::ops::Deref for ResponseIdentifier {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ResponseIdentifier> for ::std::string::String {
        fn from(value: ResponseIdentifier) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for ResponseIdentifier {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for ResponseIdentifier {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for ResponseIdentifier {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    /**An Astra API token resource (media type `application/astra-token`, version `1.0`) as
returned by reads. Responses are validated loosely on purpose: no closed `enum` on
`type`/`version`, no length limits on `name` and no UUID `pattern` on identifiers (see
each field). Fields:

* `type` — media type of the resource; defined value `application/astra-token`.
* `version` — version of the resource; defined value `1.0`.
* `id` — globally unique identifier of the token (Astra identifier).
* `name` — the token name, 1 to 63 characters; validated by Astra to prevent XSS, Unicode,
  directory traversal and SQL-injection attacks.
* `userID` — Astra identifier of the user the token is associated with.
* `metadata` — client and service-specified metadata.

The `token` key (the base64-encoded secret) is returned only by token creation, never by
reads.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct Token {
        pub id: ResponseIdentifier,
        pub metadata: Metadata,
        /**JSON string containing a token name. NetApp limits names to 1 to 63 characters when
they are set; responses carry no length limits, so a response validator keeps
working if Astra returns a longer name (its limits can change).
*/
        pub name: ::std::string::String,
        /**Media type of the resource; defined value `application/astra-token`. Not a closed
`enum` in responses: NetApp's schema declares one value, but a response validator
must keep working if Astra answers with another media type or a newer resource.
*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(rename = "userID")]
        pub user_id: ResponseIdentifier,
        /**Version of the resource; defined value `1.0`. Not a closed `enum` in responses:
other Astra resources already answer with version `1.1` (for example
`application/astra-storageClass` in NetApp's workflow pages), and the token resource
may follow.
*/
        pub version: ::std::string::String,
    }
    impl Token {
        pub fn builder() -> builder::Token {
            Default::default()
        }
    }
    /**The desired values of a Token API resource to be created (media type
`application/astra-token`, version `1.0`; NetApp's `token_1.0_post_request_body`).
Request bodies are closed, as in NetApp's specification: the service sets `id`,
`userID` and the secret.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TokenCreate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        /**JSON string containing a token name. Minimum length 1, maximum length 63. This string
is internally validated to prevent XSS, Unicode, directory traversal, and SQL-injection
attacks.
*/
        pub name: ::std::string::String,
        /**Media type of the resource.

Known values: `application/astra-token`. Others may be added by the vendor.*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        /**Version of the resource.

Known values: `1.0`. Others may be added by the vendor.*/
        pub version: ::std::string::String,
    }
    impl TokenCreate {
        pub fn builder() -> builder::TokenCreate {
            Default::default()
        }
    }
    /**A newly created Astra API token resource (NetApp's `token_1.0_post_response_body`): the
fields of `Token` plus `token`, the base64-encoded secret. This is the only response that
carries the secret. Like `Token`, it accepts newer `type`/`version` values, longer names
and non-UUID identifiers.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TokenCreated {
        pub id: ResponseIdentifier,
        pub metadata: Metadata,
        /**JSON string containing a token name. NetApp limits names to 1 to 63 characters when
they are set; responses carry no length limits, so a response validator keeps
working if Astra returns a longer name (its limits can change).
*/
        pub name: ::std::string::String,
        /**JSON string containing a base64-encoded system-generated API token: the secret, sent
as `Authorization: Bearer <token>`. A credential: store it securely and never log it.
Astra does not return it again.

NetApp's schema gives it a standard-base64 `pattern`, but NetApp's own sample API
token (astra-automation's Python docs, `kH4CA_uVIa8q9UuPzhJaAHaGlaR7-no901DkkrVjIXk=`)
is URL-safe base64 (`-`, `_`), so this response field carries no `pattern`: treat
the value as an opaque string.
*/
        pub token: ::apitokens_core::Secret,
        /**Media type of the resource; defined value `application/astra-token`. Not a closed
`enum` in responses: NetApp's schema declares one value, but a response validator
must keep working if Astra answers with another media type or a newer resource.
*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(rename = "userID")]
        pub user_id: ResponseIdentifier,
        /**Version of the resource; defined value `1.0`. Not a closed `enum` in responses:
other Astra resources already answer with version `1.1` (for example
`application/astra-storageClass` in NetApp's workflow pages), and the token resource
may follow.
*/
        pub version: ::std::string::String,
    }
    impl TokenCreated {
        pub fn builder() -> builder::TokenCreated {
            Default::default()
        }
    }
    /**The values of the fields requested with `include`, in the order requested. Each value
has the type of its field (a string for `id` or `name`, an object for `metadata`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct TokenFieldValues(pub ::std::vec::Vec<::serde_json::Value>);
    impl ::std::ops::Deref for TokenFieldValues {
        type Target = ::std::vec::Vec<::serde_json::Value>;
        fn deref(&self) -> &::std::vec::Vec<::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<TokenFieldValues>
    for ::std::vec::Vec<::serde_json::Value> {
        fn from(value: TokenFieldValues) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::serde_json::Value>>
    for TokenFieldValues {
        fn from(value: ::std::vec::Vec<::serde_json::Value>) -> Self {
            Self(value)
        }
    }
    /**A list of token resources with collection metadata. NetApp's own example also carries
the collection's `type` and `version`, which NetApp's schema does not declare; they are
declared here as optional.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TokenList {
        /**The matching token resources: full token objects, or, when `include` was given, one
array of the requested field values per token.
*/
        pub items: ::std::vec::Vec<TokenListItem>,
        pub metadata: CollectionMetadata,
        ///Media type of the collection (NetApp's example shows `application/astra-tokens`).
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<::std::string::String>,
        ///Version of the collection.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<::std::string::String>,
    }
    impl TokenList {
        pub fn builder() -> builder::TokenList {
            Default::default()
        }
    }
    /**One listed token: a full `Token` object, or, when the request named fields with
`include`, a JSON array holding the values of those fields in the order requested (for
`include=id,name`: `["4e99da96-…", "Snapshot Script"]`). NetApp's schema declares only
the object form and describes the array form in prose; its own example uses the array
form.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum TokenListItem {
        Variant0(Token),
        Variant1(TokenFieldValues),
    }
    impl ::std::convert::From<Token> for TokenListItem {
        fn from(value: Token) -> Self {
            Self::Variant0(value)
        }
    }
    impl ::std::convert::From<TokenFieldValues> for TokenListItem {
        fn from(value: TokenFieldValues) -> Self {
            Self::Variant1(value)
        }
    }
    /**The replacement of a Token API resource (NetApp's `token_1.0_put_request_body`). Only
`type` and `version` are required; key values that are not user-modifiable are
preserved. Request bodies are closed, as in NetApp's specification.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct TokenUpdate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<AstraIdentifier>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<Metadata>,
        /**JSON string containing a token name. Minimum length 1, maximum length 63. This string
is internally validated to prevent XSS, Unicode, directory traversal, and SQL-injection
attacks.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        /**Media type of the resource.

Known values: `application/astra-token`. Others may be added by the vendor.*/
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        #[serde(
            rename = "userID",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<AstraIdentifier>,
        /**Version of the resource.

Known values: `1.0`. Others may be added by the vendor.*/
        pub version: ::std::string::String,
    }
    impl TokenUpdate {
        pub fn builder() -> builder::TokenUpdate {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct CollectionMetadata {
            continue_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            count: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<
                ::std::option::Option<super::ResponseIdentifier>,
                ::std::string::String,
            >,
            creation_timestamp: ::std::result::Result<
                ::std::option::Option<super::AstraTime>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Label>>,
                ::std::string::String,
            >,
            modification_timestamp: ::std::result::Result<
                ::std::option::Option<super::AstraTime>,
                ::std::string::String,
            >,
            modified_by: ::std::result::Result<
                ::std::option::Option<super::ResponseIdentifier>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CollectionMetadata {
            fn default() -> Self {
                Self {
                    continue_: Ok(Default::default()),
                    count: Ok(Default::default()),
                    created_by: Ok(Default::default()),
                    creation_timestamp: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    modification_timestamp: Ok(Default::default()),
                    modified_by: Ok(Default::default()),
                }
            }
        }
        impl CollectionMetadata {
            pub fn continue_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.continue_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for continue_: {e}")
                    });
                self
            }
            pub fn count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.count = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for count: {e}")
                    });
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn creation_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AstraTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for creation_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Label>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            pub fn modification_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AstraTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn modified_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_by: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CollectionMetadata> for super::CollectionMetadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CollectionMetadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    continue_: value.continue_?,
                    count: value.count?,
                    created_by: value.created_by?,
                    creation_timestamp: value.creation_timestamp?,
                    labels: value.labels?,
                    modification_timestamp: value.modification_timestamp?,
                    modified_by: value.modified_by?,
                })
            }
        }
        impl ::std::convert::From<super::CollectionMetadata> for CollectionMetadata {
            fn from(value: super::CollectionMetadata) -> Self {
                Self {
                    continue_: Ok(value.continue_),
                    count: Ok(value.count),
                    created_by: Ok(value.created_by),
                    creation_timestamp: Ok(value.creation_timestamp),
                    labels: Ok(value.labels),
                    modification_timestamp: Ok(value.modification_timestamp),
                    modified_by: Ok(value.modified_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvalidField {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InvalidField {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    reason: Err("no value supplied for reason".to_string()),
                }
            }
        }
        impl InvalidField {
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
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvalidField> for super::InvalidField {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvalidField,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::InvalidField> for InvalidField {
            fn from(value: super::InvalidField) -> Self {
                Self {
                    name: Ok(value.name),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvalidParam {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            reason: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for InvalidParam {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    reason: Err("no value supplied for reason".to_string()),
                }
            }
        }
        impl InvalidParam {
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
            pub fn reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reason: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvalidParam> for super::InvalidParam {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvalidParam,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    reason: value.reason?,
                })
            }
        }
        impl ::std::convert::From<super::InvalidParam> for InvalidParam {
            fn from(value: super::InvalidParam) -> Self {
                Self {
                    name: Ok(value.name),
                    reason: Ok(value.reason),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Label {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Label {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl Label {
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
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Label> for super::Label {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Label,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Label> for Label {
            fn from(value: super::Label) -> Self {
                Self {
                    name: Ok(value.name),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Metadata {
            created_by: ::std::result::Result<
                ::std::option::Option<super::ResponseIdentifier>,
                ::std::string::String,
            >,
            creation_timestamp: ::std::result::Result<
                ::std::option::Option<super::AstraTime>,
                ::std::string::String,
            >,
            labels: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::Label>>,
                ::std::string::String,
            >,
            modification_timestamp: ::std::result::Result<
                ::std::option::Option<super::AstraTime>,
                ::std::string::String,
            >,
            modified_by: ::std::result::Result<
                ::std::option::Option<super::ResponseIdentifier>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Metadata {
            fn default() -> Self {
                Self {
                    created_by: Ok(Default::default()),
                    creation_timestamp: Ok(Default::default()),
                    labels: Ok(Default::default()),
                    modification_timestamp: Ok(Default::default()),
                    modified_by: Ok(Default::default()),
                }
            }
        }
        impl Metadata {
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_by: {e}")
                    });
                self
            }
            pub fn creation_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AstraTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.creation_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for creation_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn labels<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::Label>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.labels = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for labels: {e}")
                    });
                self
            }
            pub fn modification_timestamp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AstraTime>>,
                T::Error: ::std::fmt::Display,
            {
                self.modification_timestamp = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for modification_timestamp: {e}"
                        )
                    });
                self
            }
            pub fn modified_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.modified_by = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for modified_by: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Metadata> for super::Metadata {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Metadata,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_by: value.created_by?,
                    creation_timestamp: value.creation_timestamp?,
                    labels: value.labels?,
                    modification_timestamp: value.modification_timestamp?,
                    modified_by: value.modified_by?,
                })
            }
        }
        impl ::std::convert::From<super::Metadata> for Metadata {
            fn from(value: super::Metadata) -> Self {
                Self {
                    created_by: Ok(value.created_by),
                    creation_timestamp: Ok(value.creation_timestamp),
                    labels: Ok(value.labels),
                    modification_timestamp: Ok(value.modification_timestamp),
                    modified_by: Ok(value.modified_by),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ProblemDetail {
            correlation_id: ::std::result::Result<
                ::std::option::Option<super::ResponseIdentifier>,
                ::std::string::String,
            >,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            invalid_fields: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::InvalidField>>,
                ::std::string::String,
            >,
            invalid_params: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::InvalidParam>>,
                ::std::string::String,
            >,
            schema_validation_failure: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ProblemDetail {
            fn default() -> Self {
                Self {
                    correlation_id: Ok(Default::default()),
                    detail: Err("no value supplied for detail".to_string()),
                    invalid_fields: Ok(Default::default()),
                    invalid_params: Ok(Default::default()),
                    schema_validation_failure: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl ProblemDetail {
            pub fn correlation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ResponseIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.correlation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for correlation_id: {e}"
                        )
                    });
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for detail: {e}")
                    });
                self
            }
            pub fn invalid_fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::InvalidField>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invalid_fields = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invalid_fields: {e}"
                        )
                    });
                self
            }
            pub fn invalid_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::InvalidParam>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invalid_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for invalid_params: {e}"
                        )
                    });
                self
            }
            pub fn schema_validation_failure<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.schema_validation_failure = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for schema_validation_failure: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for title: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ProblemDetail> for super::ProblemDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ProblemDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    correlation_id: value.correlation_id?,
                    detail: value.detail?,
                    invalid_fields: value.invalid_fields?,
                    invalid_params: value.invalid_params?,
                    schema_validation_failure: value.schema_validation_failure?,
                    status: value.status?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::ProblemDetail> for ProblemDetail {
            fn from(value: super::ProblemDetail) -> Self {
                Self {
                    correlation_id: Ok(value.correlation_id),
                    detail: Ok(value.detail),
                    invalid_fields: Ok(value.invalid_fields),
                    invalid_params: Ok(value.invalid_params),
                    schema_validation_failure: Ok(value.schema_validation_failure),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Token {
            id: ::std::result::Result<super::ResponseIdentifier, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<
                super::ResponseIdentifier,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Token {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl Token {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Token> for super::Token {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Token,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    type_: value.type_?,
                    user_id: value.user_id?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::Token> for Token {
            fn from(value: super::Token) -> Self {
                Self {
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    user_id: Ok(value.user_id),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCreate {
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TokenCreate {
            fn default() -> Self {
                Self {
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl TokenCreate {
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCreate> for super::TokenCreate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCreate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    metadata: value.metadata?,
                    name: value.name?,
                    type_: value.type_?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCreate> for TokenCreate {
            fn from(value: super::TokenCreate) -> Self {
                Self {
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenCreated {
            id: ::std::result::Result<super::ResponseIdentifier, ::std::string::String>,
            metadata: ::std::result::Result<super::Metadata, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            token: ::std::result::Result<
                ::apitokens_core::Secret,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<
                super::ResponseIdentifier,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TokenCreated {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl TokenCreated {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Metadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ResponseIdentifier>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenCreated> for super::TokenCreated {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenCreated,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    token: value.token?,
                    type_: value.type_?,
                    user_id: value.user_id?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::TokenCreated> for TokenCreated {
            fn from(value: super::TokenCreated) -> Self {
                Self {
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    token: Ok(value.token),
                    type_: Ok(value.type_),
                    user_id: Ok(value.user_id),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenList {
            items: ::std::result::Result<
                ::std::vec::Vec<super::TokenListItem>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                super::CollectionMetadata,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenList {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    metadata: Err("no value supplied for metadata".to_string()),
                    type_: Ok(Default::default()),
                    version: Ok(Default::default()),
                }
            }
        }
        impl TokenList {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TokenListItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for items: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CollectionMetadata>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenList> for super::TokenList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    metadata: value.metadata?,
                    type_: value.type_?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::TokenList> for TokenList {
            fn from(value: super::TokenList) -> Self {
                Self {
                    items: Ok(value.items),
                    metadata: Ok(value.metadata),
                    type_: Ok(value.type_),
                    version: Ok(value.version),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenUpdate {
            id: ::std::result::Result<
                ::std::option::Option<super::AstraIdentifier>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<super::Metadata>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<
                ::std::option::Option<super::AstraIdentifier>,
                ::std::string::String,
            >,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for TokenUpdate {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    type_: Err("no value supplied for type_".to_string()),
                    user_id: Ok(Default::default()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }
        impl TokenUpdate {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AstraIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Metadata>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
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
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AstraIdentifier>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenUpdate> for super::TokenUpdate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenUpdate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    metadata: value.metadata?,
                    name: value.name?,
                    type_: value.type_?,
                    user_id: value.user_id?,
                    version: value.version?,
                })
            }
        }
        impl ::std::convert::From<super::TokenUpdate> for TokenUpdate {
            fn from(value: super::TokenUpdate) -> Self {
                Self {
                    id: Ok(value.id),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    type_: Ok(value.type_),
                    user_id: Ok(value.user_id),
                    version: Ok(value.version),
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
/**Client for NetApp Astra Control API — user API tokens

The API-token endpoints of the NetApp Astra Control REST API, for the whole token lifecycle
of a user: create a token, retrieve one token resource, list the user's token resources,
modify (rename, relabel) a token and delete it. The secret (`token` key) is returned only by
`createToken`, never by reads. Request bodies use the media type
`application/astra-token+json`.

Hand-written from the vendor's reference page
([Token](https://docs.netapp.com/us-en/astra-automation/reference/token.html)) and checked
against NetApp's own OpenAPI document (Astra API 24.02.0; the token section is identical in
Astra Control Service 23.07). The Token resource is media type `application/astra-token`,
version `1.0`.

Deliberate differences from NetApp's document, which has known defects:

* Identifiers use one regular expression instead of an untyped `anyOf` of patterns; `userID`
  has no invalid `type` beside its `$ref`.
* `TokenList` declares the `type`/`version` keys NetApp's list example carries, and its items
  are `oneOf` a token object or the `include=` array form (NetApp's schema declares only the
  object form; its own example uses the array form, kept here as `includeIdName`).
* Responses are validated loosely where NetApp's data departs from its schema: no UUID
  `pattern` on `metadata.createdBy`/`modifiedBy` and `correlationID` (NetApp's captured
  responses say `"system"`), no standard-base64 `pattern` on the secret (NetApp's sample
  token is URL-safe base64), no closed `type`/`version` enums and no `name` lengths on
  responses. Requests keep NetApp's constraints.
* The `filter` parameter carries no `pattern`: NetApp's pattern relies on a back-reference
  (not portable across regular-expression engines) that only accepts repeated identical
  clauses.
* Response objects are not declared closed (`additionalProperties: false`) so that clients
  keep working when NetApp adds fields; request bodies stay closed, as NetApp declares them.
* Each operation's problem details share one `ProblemDetail` schema (NetApp's document has
  one `anyOf` of per-problem schemas per status), which carries every member NetApp defines.

NetApp also publishes the same operations under
`/accounts/{account_id}/core/v1/groups/{group_id}/users/{user_id}/tokens`; they are not part
of this document.


Version: 24.02.0*/
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
        "24.02.0"
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
    /**Lists the token resources associated with a specific user

Returns a JSON array of all matching token resources of the user in the collection.

If individual fields are requested with `include`, NetApp returns each item as a JSON
array holding the requested fields in the order specified instead of a token object;
`TokenListItem` models both forms (`oneOf` a `Token` or a `TokenFieldValues` array).

NetApp's document declares the `200` media type as `application/json` (not
`application/astra-token+json`); this document follows it.

Vendor reference: <https://docs.netapp.com/us-en/astra-automation/reference/token.html>


Sends a `GET` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens`

Arguments:
- `account_id`: ID of the containing account resource.
- `user_id`: ID of the containing user resource.
- `continue_`: Indicates the token to resume listing from.

URL examples: "continue=<Continue Token from Collection Metadata>"

OpenAPI examples: "<Continue Token from Collection Metadata>"

- `count`: Indicates if the total number of resources should be returned in the metadata object.

URL examples: "count=true"

OpenAPI examples: "true"

- `filter`: Indicates which fields should be matched in order to return a resource when listing a
collection.

Supported operators are:

* eq - Equality
* lt/gt - Less than/Greater than
* lte/gte - Less than or equals to/Greater than or equals to

URL example: "filter=field%20eq%20%27value%27"

OpenAPI examples: "field eq 'value'"

NetApp's specification also lists the operator `in`. Each clause is
`<field> <operator> '<value>'`; the field may be a dotted path. NetApp's `pattern` for this
parameter is not reproduced (see the document description).

- `include`: Indicates which fields should be returned when listing a collection.

URL examples: "include=id", "include=id,name"

OpenAPI examples: "id"

When set, NetApp returns each item as a JSON array of the requested field values (in the
order requested) rather than as a token object (`TokenFieldValues` in `TokenListItem`).

- `limit`: Indicates the maximum number of resources to return when listing a collection.

URL examples: "limit=2"

OpenAPI examples: "2"

- `order_by`: Indicates the sort order of resource when listing a collection.

URL examples: "orderBy=name", "orderBy=name%20desc"

OpenAPI examples: "name desc"

- `skip`: Indicates the number of resources to skip over when listing a collection.

URL examples: "skip=1"

OpenAPI examples: "1"

```ignore
let response = client.list_tokens()
    .account_id(account_id)
    .user_id(user_id)
    .continue_(continue_)
    .count(count)
    .filter(filter)
    .include(include)
    .limit(limit)
    .order_by(order_by)
    .skip(skip)
    .send()
    .await;
```*/
    pub fn list_tokens(&self) -> builder::ListTokens<'_> {
        builder::ListTokens::new(self)
    }
    /**Creates a new token resource for a specific user

Creates a new API token for the user, with the desired values of the Token API resource
given in the request body (media type `application/astra-token+json`).

The `201` response is the only response that carries the token's secret: the
base64-encoded `token` key. Store it at once, treat it as a password and never log it;
reads (`getToken`, `listTokens`) never return it. The `Location` header gives the URL of
the new token resource.

Vendor reference: <https://docs.netapp.com/us-en/astra-automation/reference/token.html>


Sends a `POST` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens`

Arguments:
- `account_id`: ID of the containing account resource.
- `user_id`: ID of the containing user resource.
- `body`: Indicates desired values for the Token API resource to be created.
```ignore
let response = client.create_token()
    .account_id(account_id)
    .user_id(user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_token(&self) -> builder::CreateToken<'_> {
        builder::CreateToken::new(self)
    }
    /**Retrieves a specific token resource

Returns the stored Token API resource in the JSON response body.

* The `token` key/value (the secret) is not returned.

Vendor reference: <https://docs.netapp.com/us-en/astra-automation/reference/token.html>


Sends a `GET` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`

Arguments:
- `account_id`: ID of the containing account resource.
- `user_id`: ID of the containing user resource.
- `token_id`: ID of the token resource.
```ignore
let response = client.get_token()
    .account_id(account_id)
    .user_id(user_id)
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn get_token(&self) -> builder::GetToken<'_> {
        builder::GetToken::new(self)
    }
    /**Modifies a specific token resource

Replaces the entire stored token resource with the supplied JSON request body (media type
`application/astra-token+json`) while preserving key values that are not user-modifiable.
In practice this renames the token or changes its labels; the secret is not changed and
not returned.

If `metadata` is left out, the stored labels, `creationTimestamp` and `createdBy` are
preserved. A body field that conflicts with an idempotent value is refused with `409`
(problem 10); an `id` or `userID` other than the stored resource's is the likely case.

Vendor reference: <https://docs.netapp.com/us-en/astra-automation/reference/token.html>


Sends a `PUT` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`

Arguments:
- `account_id`: ID of the containing account resource.
- `user_id`: ID of the containing user resource.
- `token_id`: ID of the token resource.
- `body`: Replaces the entire stored resource with the supplied JSON request body while
preserving key values that are not user-modifiable.

```ignore
let response = client.update_token()
    .account_id(account_id)
    .user_id(user_id)
    .token_id(token_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn update_token(&self) -> builder::UpdateToken<'_> {
        builder::UpdateToken::new(self)
    }
    /**Deletes a specific token resource

Removes the specified Token API resource.

**Side effects**

* The corresponding API token credential is removed from the credential service: the
  token stops authenticating.

NetApp documents no `409` for this operation (only for create and modify); none is
declared here.

Vendor reference: <https://docs.netapp.com/us-en/astra-automation/reference/token.html>


Sends a `DELETE` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`

Arguments:
- `account_id`: ID of the containing account resource.
- `user_id`: ID of the containing user resource.
- `token_id`: ID of the token resource.
```ignore
let response = client.delete_token()
    .account_id(account_id)
    .user_id(user_id)
    .token_id(token_id)
    .send()
    .await;
```*/
    pub fn delete_token(&self) -> builder::DeleteToken<'_> {
        builder::DeleteToken::new(self)
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
    /**Builder for [`Client::list_tokens`]

[`Client::list_tokens`]: super::Client::list_tokens*/
    #[derive(Debug, Clone)]
    pub struct ListTokens<'a> {
        client: &'a super::Client,
        account_id: Result<types::AstraIdentifier, String>,
        user_id: Result<types::AstraIdentifier, String>,
        continue_: Result<Option<types::Base64Data>, String>,
        count: Result<Option<::std::string::String>, String>,
        filter: Result<Option<::std::string::String>, String>,
        include: Result<Option<::std::string::String>, String>,
        limit: Result<Option<::std::string::String>, String>,
        order_by: Result<Option<::std::string::String>, String>,
        skip: Result<Option<::std::string::String>, String>,
    }
    impl<'a> ListTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                continue_: Ok(None),
                count: Ok(None),
                filter: Ok(None),
                include: Ok(None),
                limit: Ok(None),
                order_by: Ok(None),
                skip: Ok(None),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for account_id failed".to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for user_id failed".to_string()
                });
            self
        }
        pub fn continue_<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Base64Data>,
        {
            self.continue_ = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `Base64Data` for continue_ failed".to_string()
                });
            self
        }
        pub fn count<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.count = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for count failed"
                        .to_string()
                });
            self
        }
        pub fn filter<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter failed"
                        .to_string()
                });
            self
        }
        pub fn include<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.include = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for include failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn order_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.order_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for order_by failed"
                        .to_string()
                });
            self
        }
        pub fn skip<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.skip = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for skip failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenList>, Error<types::ProblemDetail>> {
            let Self {
                client,
                account_id,
                user_id,
                continue_,
                count,
                filter,
                include,
                limit,
                order_by,
                skip,
            } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let continue_ = continue_.map_err(Error::InvalidRequest)?;
            let count = count.map_err(Error::InvalidRequest)?;
            let filter = filter.map_err(Error::InvalidRequest)?;
            let include = include.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let order_by = order_by.map_err(Error::InvalidRequest)?;
            let skip = skip.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}/core/v1/users/{}/tokens", client.baseurl, encode_path(&
                account_id.to_string()), encode_path(& user_id.to_string()),
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
                .query(&progenitor_client::QueryParam::new("continue", &continue_))
                .query(&progenitor_client::QueryParam::new("count", &count))
                .query(&progenitor_client::QueryParam::new("filter", &filter))
                .query(&progenitor_client::QueryParam::new("include", &include))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("orderBy", &order_by))
                .query(&progenitor_client::QueryParam::new("skip", &skip))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tokens",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::create_token`]

[`Client::create_token`]: super::Client::create_token*/
    #[derive(Debug, Clone)]
    pub struct CreateToken<'a> {
        client: &'a super::Client,
        account_id: Result<types::AstraIdentifier, String>,
        user_id: Result<types::AstraIdentifier, String>,
        body: Result<types::builder::TokenCreate, String>,
    }
    impl<'a> CreateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for account_id failed".to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for user_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenCreate>,
            <V as std::convert::TryInto<types::TokenCreate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenCreate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenCreate,
            ) -> types::builder::TokenCreate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenCreated>, Error<types::ProblemDetail>> {
            let Self { client, account_id, user_id, body } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::TokenCreate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}/core/v1/users/{}/tokens", client.baseurl, encode_path(&
                account_id.to_string()), encode_path(& user_id.to_string()),
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_token",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
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
                409u16 => {
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
    /**Builder for [`Client::get_token`]

[`Client::get_token`]: super::Client::get_token*/
    #[derive(Debug, Clone)]
    pub struct GetToken<'a> {
        client: &'a super::Client,
        account_id: Result<types::AstraIdentifier, String>,
        user_id: Result<types::AstraIdentifier, String>,
        token_id: Result<types::AstraIdentifier, String>,
    }
    impl<'a> GetToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for account_id failed".to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for user_id failed".to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for token_id failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Token>, Error<types::ProblemDetail>> {
            let Self { client, account_id, user_id, token_id } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}/core/v1/users/{}/tokens/{}", client.baseurl,
                encode_path(& account_id.to_string()), encode_path(& user_id
                .to_string()), encode_path(& token_id.to_string()),
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
                operation_id: "get_token",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::update_token`]

[`Client::update_token`]: super::Client::update_token*/
    #[derive(Debug, Clone)]
    pub struct UpdateToken<'a> {
        client: &'a super::Client,
        account_id: Result<types::AstraIdentifier, String>,
        user_id: Result<types::AstraIdentifier, String>,
        token_id: Result<types::AstraIdentifier, String>,
        body: Result<types::builder::TokenUpdate, String>,
    }
    impl<'a> UpdateToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for account_id failed".to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for user_id failed".to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for token_id failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TokenUpdate>,
            <V as std::convert::TryInto<types::TokenUpdate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `TokenUpdate` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::TokenUpdate,
            ) -> types::builder::TokenUpdate,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PUT` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ProblemDetail>> {
            let Self { client, account_id, user_id, token_id, body } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::TokenUpdate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}/core/v1/users/{}/tokens/{}", client.baseurl,
                encode_path(& account_id.to_string()), encode_path(& user_id
                .to_string()), encode_path(& token_id.to_string()),
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
                operation_id: "update_token",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
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
                409u16 => {
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
    /**Builder for [`Client::delete_token`]

[`Client::delete_token`]: super::Client::delete_token*/
    #[derive(Debug, Clone)]
    pub struct DeleteToken<'a> {
        client: &'a super::Client,
        account_id: Result<types::AstraIdentifier, String>,
        user_id: Result<types::AstraIdentifier, String>,
        token_id: Result<types::AstraIdentifier, String>,
    }
    impl<'a> DeleteToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                user_id: Err("user_id was not initialized".to_string()),
                token_id: Err("token_id was not initialized".to_string()),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for account_id failed".to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for user_id failed".to_string()
                });
            self
        }
        pub fn token_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AstraIdentifier>,
        {
            self.token_id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `AstraIdentifier` for token_id failed".to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<()>, Error<types::ProblemDetail>> {
            let Self { client, account_id, user_id, token_id } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let token_id = token_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}/core/v1/users/{}/tokens/{}", client.baseurl,
                encode_path(& account_id.to_string()), encode_path(& user_id
                .to_string()), encode_path(& token_id.to_string()),
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
                operation_id: "delete_token",
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
                401u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
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
            id: "list_tokens",
            operation_id: "listTokens",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "create_token",
            operation_id: "createToken",
            accept: "application/astra-token+json",
            content_type: Some("application/astra-token+json"),
            acs_action: None,
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "get_token",
            operation_id: "getToken",
            accept: "application/astra-token+json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "update_token",
            operation_id: "updateToken",
            accept: "",
            content_type: Some("application/astra-token+json"),
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "delete_token",
            operation_id: "deleteToken",
            accept: "",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
    ],
);
