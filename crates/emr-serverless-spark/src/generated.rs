// @generated from specs/emr-serverless-spark.yaml by `cargo xtask generate`. Do not edit: change the spec
// (or the xtask's normalisations) and regenerate.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
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
    /**The Alibaba Cloud error envelope. Errors raised by the API gateway (for example signature
or authorization failures) may spell the keys in PascalCase (`RequestId`, `Code`,
`Message`, `HostId`, `Recommend`), and the request ID is also sent in the
`x-acs-request-id` response header; Alibaba's SDKs accept both spellings. No key is
marked required for that reason.
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
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
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
    /// Types for composing complex structures.
    pub mod builder {
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
        pub struct ErrorResponse {
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
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    host_id: Ok(Default::default()),
                    message: Ok(Default::default()),
                    recommend: Ok(Default::default()),
                    request_id: Ok(Default::default()),
                }
            }
        }
        impl ErrorResponse {
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
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    host_id: value.host_id?,
                    message: value.message?,
                    recommend: value.recommend?,
                    request_id: value.request_id?,
                })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self {
                    code: Ok(value.code),
                    host_id: Ok(value.host_id),
                    message: Ok(value.message),
                    recommend: Ok(value.recommend),
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
2023-08-08, ROA style): read one token of a Livy Gateway and list the tokens of a Livy
Gateway. Both responses carry the token content (a secret).

Hand-written from the vendor's reference pages
([GetLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-getlivycomputetoken),
[ListLivyComputeToken](https://www.alibabacloud.com/help/en/emr/emr-serverless-spark/developer-reference/api-emr-serverless-spark-2023-08-08-listlivycomputetoken));
Alibaba publishes no OpenAPI document for this product, so names and types were checked
against its official SDKs (times are int64 epoch milliseconds, `code` is a string).

Every response body is an envelope `{requestId, code, message, data}`. `code` `"1000000"`
means success; any other value is a failure described by `message`. Alibaba Cloud often
reports a failure with HTTP 200 and such a `code`: this document follows the pages (HTTP 200
carries the success envelope), and clients must treat a `code` other than `"1000000"` as an
error whatever the HTTP status.

Requests must be signed with Alibaba Cloud signature V3 (`ACS3-HMAC-SHA256`), which OpenAPI
cannot express; see the security scheme.


Version: 2023-08-08*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::auth::Credentials,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::auth::Credentials) -> Self {
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
        inner: crate::auth::Credentials,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::auth::Credentials> for Client {
    fn api_version() -> &'static str {
        "2023-08-08"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::auth::Credentials {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::auth::Credentials>,
    {}
};
impl Client {
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
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}

/// One operation of the spec, as the hand-written request hooks need it.
#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
pub(crate) struct Operation {
    /// progenitor's name (`OperationInfo::operation_id`).
    pub(crate) id: &'static str,
    /// The spec's `operationId`.
    pub(crate) operation_id: &'static str,
    /// The media types the spec declares for its responses, for `Accept`.
    pub(crate) accept: &'static str,
    /// Alibaba's `x-acs-action`, when the spec gives one.
    pub(crate) acs_action: Option<&'static str>,
}
/// Every operation of the spec, in spec order.
pub(crate) const OPERATIONS: &[Operation] = &[
    Operation {
        id: "list_livy_compute_token",
        operation_id: "listLivyComputeToken",
        accept: "application/json",
        acs_action: Some("ListLivyComputeToken"),
    },
    Operation {
        id: "get_livy_compute_token",
        operation_id: "getLivyComputeToken",
        accept: "application/json",
        acs_action: Some("GetLivyComputeToken"),
    },
];
/// The operation progenitor names `id`.
#[allow(dead_code)]
pub(crate) fn operation(id: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|operation| operation.id == id)
}
