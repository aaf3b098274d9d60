// @generated from specs/gitlab.yaml by `cargo xtask generate`. Do not edit: change the spec
// (or the xtask's normalisations) and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    /**GitLab's error body: a `message` (a text such as `401 Unauthorized`, or validation errors
per attribute), or an OAuth-style `error` with `error_description` (and the missing
`scope`).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        schemars::JsonSchema
    )]
    pub struct ApiError {
        ///An error code, such as `insufficient_scope`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///A description of `error`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///What went wrong, as a text or as validation errors per attribute.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<ApiErrorMessage>,
        ///The scope the request needs, with `insufficient_scope`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
    }
    impl ApiError {
        pub fn builder() -> builder::ApiError {
            Default::default()
        }
    }
    ///What went wrong, as a text or as validation errors per attribute.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(untagged)]
    pub enum ApiErrorMessage {
        String(::std::string::String),
        ValidationErrors(ValidationErrors),
    }
    impl ::std::convert::From<ValidationErrors> for ApiErrorMessage {
        fn from(value: ValidationErrors) -> Self {
            Self::ValidationErrors(value)
        }
    }
    /**A personal access token's metadata, as every read returns it. The secret is never part
of it.
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PersonalAccessToken {
        ///Whether the token is active (neither revoked nor expired).
        pub active: bool,
        ///When the token was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Description of the token (GitLab 17.x and later; at most 255 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The date the token expires (`YYYY-MM-DD`); `null` if it never does.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::naive::NaiveDate>,
        ///ID of the personal access token.
        pub id: i64,
        /**When the token was last used; `null` if never. GitLab's creation example leaves the
key out.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**The IP addresses the token was last used from (the user tokens page's creation
example: an empty list for a new token).
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub last_used_ips: ::std::vec::Vec<::std::string::String>,
        ///Name of the personal access token.
        pub name: ::std::string::String,
        ///Whether the token was revoked.
        pub revoked: bool,
        ///The token's scopes.
        pub scopes: ::std::vec::Vec<TokenScope>,
        ///ID of the user the token belongs to.
        pub user_id: i64,
    }
    impl PersonalAccessToken {
        pub fn builder() -> builder::PersonalAccessToken {
            Default::default()
        }
    }
    ///The attributes of a new personal access token.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PersonalAccessTokenCreation {
        ///Description of personal access token. Maximum 255 characters.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        /**Expiration date of the access token in ISO format (`YYYY-MM-DD`). If undefined and the
token requires an expiration date, defaults to the maximum allowable lifetime limit.
If not required, the token has no expiration date.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::naive::NaiveDate>,
        ///Name of personal access token.
        pub name: ::std::string::String,
        ///Array of approved scopes.
        pub scopes: ::std::vec::Vec<TokenScope>,
    }
    impl PersonalAccessTokenCreation {
        pub fn builder() -> builder::PersonalAccessTokenCreation {
            Default::default()
        }
    }
    /**A token as rotation and creation return it: the metadata of `PersonalAccessToken` and
its secret (`token`), which is never returned again. (The properties are repeated rather
than combined with `allOf`, so that every generator makes one plain model of it.)
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    pub struct PersonalAccessTokenWithSecret {
        ///Whether the token is active (neither revoked nor expired).
        pub active: bool,
        ///When the token was created.
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///Description of the token (GitLab 17.x and later; at most 255 characters).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The date the token expires (`YYYY-MM-DD`); `null` if it never does.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<::chrono::naive::NaiveDate>,
        ///ID of the personal access token.
        pub id: i64,
        /**When the token was last used; `null` if never. GitLab's creation example leaves the
key out.
*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub last_used_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        /**The IP addresses the token was last used from (the user tokens page's creation
example: an empty list for a new token).
*/
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub last_used_ips: ::std::vec::Vec<::std::string::String>,
        ///Name of the personal access token.
        pub name: ::std::string::String,
        ///Whether the token was revoked.
        pub revoked: bool,
        ///The token's scopes.
        pub scopes: ::std::vec::Vec<TokenScope>,
        ///The token's secret. A credential.
        pub token: ::apitokens_core::Secret,
        ///ID of the user the token belongs to.
        pub user_id: i64,
    }
    impl PersonalAccessTokenWithSecret {
        pub fn builder() -> builder::PersonalAccessTokenWithSecret {
            Default::default()
        }
    }
    /**An access token scope (<https://docs.gitlab.com/security/tokens/access_token_scopes/>).
GitLab adds scopes over time, so this is an open string; the values that page lists for
personal access tokens are in `x-extensible-enum`.
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
    pub struct TokenScope(pub ::std::string::String);
    impl ::std::ops::Deref for TokenScope {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<TokenScope> for ::std::string::String {
        fn from(value: TokenScope) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<::std::string::String> for TokenScope {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }
    impl ::std::fmt::Display for TokenScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }
    impl ::std::str::FromStr for TokenScope {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }
    /**Validation errors per attribute: each attribute (or embedded entity) maps to its error
messages (or to the embedded entity's errors).
*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ValidationErrors(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for ValidationErrors {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<ValidationErrors>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: ValidationErrors) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ValidationErrors {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct ApiError {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<super::ApiErrorMessage>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ApiError {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    message: Ok(Default::default()),
                    scope: Ok(Default::default()),
                }
            }
        }
        impl ApiError {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ApiErrorMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ApiError> for super::ApiError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    error_description: value.error_description?,
                    message: value.message?,
                    scope: value.scope?,
                })
            }
        }
        impl ::std::convert::From<super::ApiError> for ApiError {
            fn from(value: super::ApiError) -> Self {
                Self {
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                    message: Ok(value.message),
                    scope: Ok(value.scope),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonalAccessToken {
            active: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_used_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            revoked: ::std::result::Result<bool, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::TokenScope>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PersonalAccessToken {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_used_at: Ok(Default::default()),
                    last_used_ips: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    revoked: Err("no value supplied for revoked".to_string()),
                    scopes: Err("no value supplied for scopes".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl PersonalAccessToken {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_at: {e}")
                    });
                self
            }
            pub fn last_used_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_ips: {e}")
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
            pub fn revoked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.revoked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revoked: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TokenScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonalAccessToken>
        for super::PersonalAccessToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonalAccessToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    description: value.description?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    last_used_at: value.last_used_at?,
                    last_used_ips: value.last_used_ips?,
                    name: value.name?,
                    revoked: value.revoked?,
                    scopes: value.scopes?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::PersonalAccessToken> for PersonalAccessToken {
            fn from(value: super::PersonalAccessToken) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    last_used_at: Ok(value.last_used_at),
                    last_used_ips: Ok(value.last_used_ips),
                    name: Ok(value.name),
                    revoked: Ok(value.revoked),
                    scopes: Ok(value.scopes),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonalAccessTokenCreation {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::TokenScope>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PersonalAccessTokenCreation {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    scopes: Err("no value supplied for scopes".to_string()),
                }
            }
        }
        impl PersonalAccessTokenCreation {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
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
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TokenScope>>,
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
        impl ::std::convert::TryFrom<PersonalAccessTokenCreation>
        for super::PersonalAccessTokenCreation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonalAccessTokenCreation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    expires_at: value.expires_at?,
                    name: value.name?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::PersonalAccessTokenCreation>
        for PersonalAccessTokenCreation {
            fn from(value: super::PersonalAccessTokenCreation) -> Self {
                Self {
                    description: Ok(value.description),
                    expires_at: Ok(value.expires_at),
                    name: Ok(value.name),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PersonalAccessTokenWithSecret {
            active: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::naive::NaiveDate>,
                ::std::string::String,
            >,
            id: ::std::result::Result<i64, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            last_used_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            revoked: ::std::result::Result<bool, ::std::string::String>,
            scopes: ::std::result::Result<
                ::std::vec::Vec<super::TokenScope>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::apitokens_core::Secret,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<i64, ::std::string::String>,
        }
        impl ::std::default::Default for PersonalAccessTokenWithSecret {
            fn default() -> Self {
                Self {
                    active: Err("no value supplied for active".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_used_at: Ok(Default::default()),
                    last_used_ips: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    revoked: Err("no value supplied for revoked".to_string()),
                    scopes: Err("no value supplied for scopes".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl PersonalAccessTokenWithSecret {
            pub fn active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.active = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for active: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::naive::NaiveDate>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_at: {e}")
                    });
                self
            }
            pub fn last_used_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_ips = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_used_ips: {e}")
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
            pub fn revoked<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.revoked = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for revoked: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TokenScope>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
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
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PersonalAccessTokenWithSecret>
        for super::PersonalAccessTokenWithSecret {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PersonalAccessTokenWithSecret,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active: value.active?,
                    created_at: value.created_at?,
                    description: value.description?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    last_used_at: value.last_used_at?,
                    last_used_ips: value.last_used_ips?,
                    name: value.name?,
                    revoked: value.revoked?,
                    scopes: value.scopes?,
                    token: value.token?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::PersonalAccessTokenWithSecret>
        for PersonalAccessTokenWithSecret {
            fn from(value: super::PersonalAccessTokenWithSecret) -> Self {
                Self {
                    active: Ok(value.active),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    last_used_at: Ok(value.last_used_at),
                    last_used_ips: Ok(value.last_used_ips),
                    name: Ok(value.name),
                    revoked: Ok(value.revoked),
                    scopes: Ok(value.scopes),
                    token: Ok(value.token),
                    user_id: Ok(value.user_id),
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
/**Client for GitLab REST API v4 — personal access tokens

The personal access token endpoints of the GitLab REST API v4: list the tokens the caller may
see (with filters), get one token (or the one in use, `self`), rotate a token (GitLab's
native rotation: the old token is revoked and a new one returned with its secret), revoke a
token, and, for administrators of GitLab Self-Managed and Dedicated, create a token for a
user. The secret (`token` key) is returned only by rotation and creation, never by reads.

Hand-written from GitLab's documentation pages:

* [Personal access tokens API](https://docs.gitlab.com/api/personal_access_tokens/) — list,
  get, rotate, revoke;
* [User tokens API](https://docs.gitlab.com/api/user_tokens/#create-a-personal-access-token-for-a-user)
  — create a personal access token for a user (administrators only);
* [REST API](https://docs.gitlab.com/api/rest/) — offset pagination (`page`, `per_page`,
  the `Link` and `x-*-page` headers), request payloads;
* [REST API authentication](https://docs.gitlab.com/api/rest/authentication/) — the
  `PRIVATE-TOKEN` header, bearer tokens, the `401` body;
* [REST API troubleshooting](https://docs.gitlab.com/api/rest/troubleshooting/) — status
  codes and the error bodies (`message` as a string or as validation errors per attribute).

GitLab publishes no OpenAPI document for these endpoints; where a page is silent this
document says so in the description. Attributes of `POST` requests may be sent as a query
string or as a payload body (REST API page, "Request payload"); this document sends the one
optional attribute of a rotation (`expires_at`) as a query parameter and the attributes of a
creation as a JSON body.

The `id` path parameter of GitLab's pages is "ID of a personal access token or the keyword
`self`"; this document describes the keyword as separate paths (`/personal_access_tokens/self`,
`/personal_access_tokens/self/rotate`), so that `id` is an integer everywhere.


Version: v4*/
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
        "v4"
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
    /**List all personal access tokens

Lists all personal access tokens accessible by the authenticating user. For
administrators, returns a list of all personal access tokens in the instance. For
non-administrators, returns a list of all of their personal access tokens.

Administrators can use `user_id` to filter by a user and the other filters on all tokens;
non-administrators cannot use `user_id` to filter for any user but themselves (they
receive `401 Unauthorized`) and filter only their own tokens.

The list is paginated by offset (`page`, `per_page`); every page answers with the
`Link`, `x-next-page`, `x-page`, `x-per-page`, `x-prev-page`, `x-total` and
`x-total-pages` headers. `x-next-page` is empty on the last page. GitLab.com may leave
out `x-total` and `x-total-pages` (and the `rel="last"` link) for large collections.

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#list-all-personal-access-tokens>
(pagination: <https://docs.gitlab.com/api/rest/#offset-based-pagination>).


Sends a `GET` request to `/personal_access_tokens`

Arguments:
- `created_after`: If defined, returns tokens created after the specified time (ISO 8601).
- `created_before`: If defined, returns tokens created before the specified time (ISO 8601).
- `expires_after`: If defined, returns tokens that expire after the specified date (ISO 8601).
- `expires_before`: If defined, returns tokens that expire before the specified date (ISO 8601).
- `last_used_after`: If defined, returns tokens last used after the specified time (ISO 8601).
- `last_used_before`: If defined, returns tokens last used before the specified time (ISO 8601).
- `page`: Page number (default `1`).
- `per_page`: Number of items to list per page (default `20`, maximum `100`).
- `revoked`: If `true`, only returns revoked tokens.
- `search`: If defined, returns tokens that include the specified value in the name.
- `sort`: If defined, sorts the results by the specified value.
- `state`: If defined, returns tokens with the specified state.
- `user_id`: If defined, returns tokens owned by the specified user. Non-administrators can only
filter their own tokens. (GitLab's page types it "integer or string"; the user's
numeric ID is what the examples use.)

```ignore
let response = client.list_personal_access_tokens()
    .created_after(created_after)
    .created_before(created_before)
    .expires_after(expires_after)
    .expires_before(expires_before)
    .last_used_after(last_used_after)
    .last_used_before(last_used_before)
    .page(page)
    .per_page(per_page)
    .revoked(revoked)
    .search(search)
    .sort(sort)
    .state(state)
    .user_id(user_id)
    .send()
    .await;
```*/
    pub fn list_personal_access_tokens(&self) -> builder::ListPersonalAccessTokens<'_> {
        builder::ListPersonalAccessTokens::new(self)
    }
    /**Get details on the personal access token in use

Returns details on the personal access token used to authenticate the request (the
`self` keyword in place of an ID; GitLab 15.5 and later).

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#self-inform>


Sends a `GET` request to `/personal_access_tokens/self`

```ignore
let response = client.get_personal_access_token_self()
    .send()
    .await;
```*/
    pub fn get_personal_access_token_self(
        &self,
    ) -> builder::GetPersonalAccessTokenSelf<'_> {
        builder::GetPersonalAccessTokenSelf::new(self)
    }
    /**Revoke the personal access token in use

Revokes the personal access token used to authenticate the request (the `self` keyword
in place of an ID; any token since GitLab 15.4).

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#self-revoke>


Sends a `DELETE` request to `/personal_access_tokens/self`

```ignore
let response = client.revoke_personal_access_token_self()
    .send()
    .await;
```*/
    pub fn revoke_personal_access_token_self(
        &self,
    ) -> builder::RevokePersonalAccessTokenSelf<'_> {
        builder::RevokePersonalAccessTokenSelf::new(self)
    }
    /**Rotate the personal access token in use

Rotates the personal access token used to authenticate the request (the `self` keyword
in place of an ID; GitLab 16.10 and later). The token needs the `api` or `self_rotate`
scope.

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#self-rotate>


Sends a `POST` request to `/personal_access_tokens/self/rotate`

Arguments:
- `expires_at`: Expiration date of the new token in ISO format (`YYYY-MM-DD`; GitLab 16.6 and later).
If the token requires an expiration date, defaults to 1 week. If not required, defaults
to the maximum allowable lifetime limit.

```ignore
let response = client.rotate_personal_access_token_self()
    .expires_at(expires_at)
    .send()
    .await;
```*/
    pub fn rotate_personal_access_token_self(
        &self,
    ) -> builder::RotatePersonalAccessTokenSelf<'_> {
        builder::RotatePersonalAccessTokenSelf::new(self)
    }
    /**Get details on a personal access token

Gets details on a specified personal access token. Administrators can get details on any
token. Non-administrators can only get details on their own tokens.

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#get-details-on-a-personal-access-token>


Sends a `GET` request to `/personal_access_tokens/{id}`

Arguments:
- `id`: ID of a personal access token.
```ignore
let response = client.get_personal_access_token()
    .id(id)
    .send()
    .await;
```*/
    pub fn get_personal_access_token(&self) -> builder::GetPersonalAccessToken<'_> {
        builder::GetPersonalAccessToken::new(self)
    }
    /**Revoke a personal access token

Revokes a specified personal access token. Administrators can revoke tokens for any user.
Non-administrators can only revoke their own tokens.

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#revoke-a-personal-access-token>


Sends a `DELETE` request to `/personal_access_tokens/{id}`

Arguments:
- `id`: ID of a personal access token.
```ignore
let response = client.revoke_personal_access_token()
    .id(id)
    .send()
    .await;
```*/
    pub fn revoke_personal_access_token(
        &self,
    ) -> builder::RevokePersonalAccessToken<'_> {
        builder::RevokePersonalAccessToken::new(self)
    }
    /**Rotate a personal access token

Rotates a specified personal access token. This revokes the previous token and creates a
new token that expires after one week (unless `expires_at` says otherwise).
Administrators can rotate tokens of any user. Non-administrators can only rotate their
own tokens.

Rotating a token that was already revoked revokes every active token of the same token
family (automatic reuse detection), so a rotation is never sent twice.

Vendor reference: <https://docs.gitlab.com/api/personal_access_tokens/#rotate-a-personal-access-token>


Sends a `POST` request to `/personal_access_tokens/{id}/rotate`

Arguments:
- `id`: ID of a personal access token.
- `expires_at`: Expiration date of the new token in ISO format (`YYYY-MM-DD`; GitLab 16.6 and later).
If the token requires an expiration date, defaults to 1 week. If not required, defaults
to the maximum allowable lifetime limit.

```ignore
let response = client.rotate_personal_access_token()
    .id(id)
    .expires_at(expires_at)
    .send()
    .await;
```*/
    pub fn rotate_personal_access_token(
        &self,
    ) -> builder::RotatePersonalAccessToken<'_> {
        builder::RotatePersonalAccessToken::new(self)
    }
    /**Create a personal access token for a user

Creates a personal access token for a specified user. Token values are included with the
response, but cannot be retrieved later. You must have administrator access to the
instance (GitLab Self-Managed and GitLab Dedicated).

Vendor reference: <https://docs.gitlab.com/api/user_tokens/#create-a-personal-access-token-for-a-user>


Sends a `POST` request to `/users/{user_id}/personal_access_tokens`

Arguments:
- `user_id`: ID of user account.
- `body`
```ignore
let response = client.create_personal_access_token_for_user()
    .user_id(user_id)
    .body(body)
    .send()
    .await;
```*/
    pub fn create_personal_access_token_for_user(
        &self,
    ) -> builder::CreatePersonalAccessTokenForUser<'_> {
        builder::CreatePersonalAccessTokenForUser::new(self)
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
    /**Builder for [`Client::list_personal_access_tokens`]

[`Client::list_personal_access_tokens`]: super::Client::list_personal_access_tokens*/
    #[derive(Debug, Clone)]
    pub struct ListPersonalAccessTokens<'a> {
        client: &'a super::Client,
        created_after: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        created_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        expires_after: Result<Option<::chrono::naive::NaiveDate>, String>,
        expires_before: Result<Option<::chrono::naive::NaiveDate>, String>,
        last_used_after: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        last_used_before: Result<
            Option<::chrono::DateTime<::chrono::offset::Utc>>,
            String,
        >,
        page: Result<Option<::std::num::NonZeroU32>, String>,
        per_page: Result<Option<::std::num::NonZeroU32>, String>,
        revoked: Result<Option<bool>, String>,
        search: Result<Option<::std::string::String>, String>,
        sort: Result<Option<::std::string::String>, String>,
        state: Result<Option<::std::string::String>, String>,
        user_id: Result<Option<i64>, String>,
    }
    impl<'a> ListPersonalAccessTokens<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                created_after: Ok(None),
                created_before: Ok(None),
                expires_after: Ok(None),
                expires_before: Ok(None),
                last_used_after: Ok(None),
                last_used_before: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
                revoked: Ok(None),
                search: Ok(None),
                sort: Ok(None),
                state: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn created_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_after failed"
                        .to_string()
                });
            self
        }
        pub fn created_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.created_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for created_before failed"
                        .to_string()
                });
            self
        }
        pub fn expires_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.expires_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for expires_after failed"
                        .to_string()
                });
            self
        }
        pub fn expires_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.expires_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for expires_before failed"
                        .to_string()
                });
            self
        }
        pub fn last_used_after<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_used_after = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_used_after failed"
                        .to_string()
                });
            self
        }
        pub fn last_used_before<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self.last_used_before = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for last_used_before failed"
                        .to_string()
                });
            self
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for page failed"
                        .to_string()
                });
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU32>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU32` for per_page failed"
                        .to_string()
                });
            self
        }
        pub fn revoked<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.revoked = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for revoked failed".to_string());
            self
        }
        pub fn search<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search failed"
                        .to_string()
                });
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
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for state failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/personal_access_tokens`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::PersonalAccessToken>>,
            Error<types::ApiError>,
        > {
            let Self {
                client,
                created_after,
                created_before,
                expires_after,
                expires_before,
                last_used_after,
                last_used_before,
                page,
                per_page,
                revoked,
                search,
                sort,
                state,
                user_id,
            } = self;
            let created_after = created_after.map_err(Error::InvalidRequest)?;
            let created_before = created_before.map_err(Error::InvalidRequest)?;
            let expires_after = expires_after.map_err(Error::InvalidRequest)?;
            let expires_before = expires_before.map_err(Error::InvalidRequest)?;
            let last_used_after = last_used_after.map_err(Error::InvalidRequest)?;
            let last_used_before = last_used_before.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let revoked = revoked.map_err(Error::InvalidRequest)?;
            let search = search.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let state = state.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/personal_access_tokens", client.baseurl,);
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
                    &progenitor_client::QueryParam::new("created_after", &created_after),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "created_before",
                        &created_before,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("expires_after", &expires_after),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "expires_before",
                        &expires_before,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "last_used_after",
                        &last_used_after,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "last_used_before",
                        &last_used_before,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .query(&progenitor_client::QueryParam::new("revoked", &revoked))
                .query(&progenitor_client::QueryParam::new("search", &search))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .query(&progenitor_client::QueryParam::new("user_id", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_personal_access_tokens",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::get_personal_access_token_self`]

[`Client::get_personal_access_token_self`]: super::Client::get_personal_access_token_self*/
    #[derive(Debug, Clone)]
    pub struct GetPersonalAccessTokenSelf<'a> {
        client: &'a super::Client,
    }
    impl<'a> GetPersonalAccessTokenSelf<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/personal_access_tokens/self`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PersonalAccessToken>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/personal_access_tokens/self", client.baseurl,);
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
                operation_id: "get_personal_access_token_self",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::revoke_personal_access_token_self`]

[`Client::revoke_personal_access_token_self`]: super::Client::revoke_personal_access_token_self*/
    #[derive(Debug, Clone)]
    pub struct RevokePersonalAccessTokenSelf<'a> {
        client: &'a super::Client,
    }
    impl<'a> RevokePersonalAccessTokenSelf<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `DELETE` request to `/personal_access_tokens/self`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client } = self;
            let url = format!("{}/personal_access_tokens/self", client.baseurl,);
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
                operation_id: "revoke_personal_access_token_self",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::rotate_personal_access_token_self`]

[`Client::rotate_personal_access_token_self`]: super::Client::rotate_personal_access_token_self*/
    #[derive(Debug, Clone)]
    pub struct RotatePersonalAccessTokenSelf<'a> {
        client: &'a super::Client,
        expires_at: Result<Option<::chrono::naive::NaiveDate>, String>,
    }
    impl<'a> RotatePersonalAccessTokenSelf<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                expires_at: Ok(None),
            }
        }
        pub fn expires_at<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.expires_at = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for expires_at failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/personal_access_tokens/self/rotate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PersonalAccessTokenWithSecret>,
            Error<types::ApiError>,
        > {
            let Self { client, expires_at } = self;
            let expires_at = expires_at.map_err(Error::InvalidRequest)?;
            let url = format!("{}/personal_access_tokens/self/rotate", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("expires_at", &expires_at))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "rotate_personal_access_token_self",
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
                405u16 => {
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
    /**Builder for [`Client::get_personal_access_token`]

[`Client::get_personal_access_token`]: super::Client::get_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetPersonalAccessToken<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> GetPersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `GET` request to `/personal_access_tokens/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::PersonalAccessToken>, Error<types::ApiError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/personal_access_tokens/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "get_personal_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                401u16 => {
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
    /**Builder for [`Client::revoke_personal_access_token`]

[`Client::revoke_personal_access_token`]: super::Client::revoke_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct RevokePersonalAccessToken<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
    }
    impl<'a> RevokePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        ///Sends a `DELETE` request to `/personal_access_tokens/{id}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::ApiError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/personal_access_tokens/{}", client.baseurl, encode_path(& id
                .to_string()),
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
                operation_id: "revoke_personal_access_token",
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
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::rotate_personal_access_token`]

[`Client::rotate_personal_access_token`]: super::Client::rotate_personal_access_token*/
    #[derive(Debug, Clone)]
    pub struct RotatePersonalAccessToken<'a> {
        client: &'a super::Client,
        id: Result<i64, String>,
        expires_at: Result<Option<::chrono::naive::NaiveDate>, String>,
    }
    impl<'a> RotatePersonalAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                expires_at: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for id failed".to_string());
            self
        }
        pub fn expires_at<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::naive::NaiveDate>,
        {
            self.expires_at = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: chrono :: naive :: NaiveDate` for expires_at failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/personal_access_tokens/{id}/rotate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PersonalAccessTokenWithSecret>,
            Error<types::ApiError>,
        > {
            let Self { client, id, expires_at } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let expires_at = expires_at.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/personal_access_tokens/{}/rotate", client.baseurl, encode_path(& id
                .to_string()),
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
                .query(&progenitor_client::QueryParam::new("expires_at", &expires_at))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "rotate_personal_access_token",
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
                405u16 => {
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
    /**Builder for [`Client::create_personal_access_token_for_user`]

[`Client::create_personal_access_token_for_user`]: super::Client::create_personal_access_token_for_user*/
    #[derive(Debug, Clone)]
    pub struct CreatePersonalAccessTokenForUser<'a> {
        client: &'a super::Client,
        user_id: Result<i64, String>,
        body: Result<types::builder::PersonalAccessTokenCreation, String>,
    }
    impl<'a> CreatePersonalAccessTokenForUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                user_id: Err("user_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i64>,
        {
            self.user_id = value
                .try_into()
                .map_err(|_| "conversion to `i64` for user_id failed".to_string());
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PersonalAccessTokenCreation>,
            <V as std::convert::TryInto<
                types::PersonalAccessTokenCreation,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PersonalAccessTokenCreation` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PersonalAccessTokenCreation,
            ) -> types::builder::PersonalAccessTokenCreation,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/users/{user_id}/personal_access_tokens`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PersonalAccessTokenWithSecret>,
            Error<types::ApiError>,
        > {
            let Self { client, user_id, body } = self;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PersonalAccessTokenCreation::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/users/{}/personal_access_tokens", client.baseurl, encode_path(&
                user_id.to_string()),
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
                operation_id: "create_personal_access_token_for_user",
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
            id: "list_personal_access_tokens",
            operation_id: "listPersonalAccessTokens",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "get_personal_access_token_self",
            operation_id: "getPersonalAccessTokenSelf",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "revoke_personal_access_token_self",
            operation_id: "revokePersonalAccessTokenSelf",
            accept: "",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "rotate_personal_access_token_self",
            operation_id: "rotatePersonalAccessTokenSelf",
            accept: "",
            content_type: None,
            acs_action: None,
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "get_personal_access_token",
            operation_id: "getPersonalAccessToken",
            accept: "application/json",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "revoke_personal_access_token",
            operation_id: "revokePersonalAccessToken",
            accept: "",
            content_type: None,
            acs_action: None,
            idempotent: true,
        },
        ::apitokens_core::Operation {
            id: "rotate_personal_access_token",
            operation_id: "rotatePersonalAccessToken",
            accept: "",
            content_type: None,
            acs_action: None,
            idempotent: false,
        },
        ::apitokens_core::Operation {
            id: "create_personal_access_token_for_user",
            operation_id: "createPersonalAccessTokenForUser",
            accept: "application/json",
            content_type: Some("application/json"),
            acs_action: None,
            idempotent: false,
        },
    ],
);
