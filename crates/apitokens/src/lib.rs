//! `apitokens`: one interface over the token-management APIs of Dynatrace,
//! NetApp Astra Control and Alibaba Cloud EMR Serverless Spark.
//!
//! Ask once "which tokens exist, who owns them, when do they expire, when were
//! they last used?" and get the same answer shape from every vendor:
//!
//! ```no_run
//! use apitokens::{AstraSource, DynatraceSource, EmrServerlessSparkSource, Source};
//! use futures::TryStreamExt;
//!
//! # async fn run() -> Result<(), apitokens::Error> {
//! let sources: Vec<Source> = vec![
//!     DynatraceSource::from_env("https://abc12345.live.dynatrace.com")?.into(),
//!     AstraSource::from_env("https://astra.netapp.io", "my-account-id", "my-user-id")?.into(),
//!     EmrServerlessSparkSource::from_env("cn-hangzhou", "w-8adde60aa809701f", "lc-6mkvn01zrg8rqhhv")?.into(),
//! ];
//! let mut tokens = apitokens::list_all_sources(&sources, 4);
//! while let Some(token) = tokens.try_next().await? {
//!     println!("{} {} owner={:?} expires={:?} last used={:?}",
//!         token.vendor, token.id, token.owner, token.expires_at, token.last_used_at);
//! }
//! # Ok(()) }
//! ```
//!
//! The generated clients stay available for everything vendor-specific:
//! [`dynatrace`], [`astra`] and [`emr_serverless_spark`] (each behind the
//! default-on cargo feature of the same name), and every source's `client()`.
//!
//! # The normalized token
//!
//! | [`Token`] field | Dynatrace `ApiToken` | Astra `Token` | EMR Serverless Spark `LivyComputeToken` |
//! |---|---|---|---|
//! | `id` | `id` | `id` | `tokenId` |
//! | `name` | `name` | `name` | `name` |
//! | `owner` | `owner` | `metadata.createdBy` (a user ID) | `createdBy` (Get) / `createdby` (List) |
//! | `created_at` | `creationDate` (ISO 8601) | `metadata.creationTimestamp` | `createTime` (epoch ms) |
//! | `modified_at` | `modifiedDate` | `metadata.modificationTimestamp` | — |
//! | `expires_at` (`None`: never) | `expirationDate` | — (Astra tokens do not expire) | `expireTime` (epoch ms) |
//! | `last_used_at` | `lastUsedDate` | — | `lastUsedTime` (epoch ms; 0 is "never") |
//! | `last_used_ip` | `lastUsedIpAddress` | — | — |
//! | `enabled` | `enabled` | — | — |
//! | `scopes` | `scopes` | — | — |
//! | `personal_access_token` | `personalAccessToken` | — | — |
//! | `labels` | — | `metadata.labels` | — |
//! | [`Token::secret`] | — (never returned) | — (only at creation) | `token` (the Livy token's content) |
//!
//! "—" is `None` (or empty): the vendor does not report it. Times are
//! `chrono::DateTime<Utc>` whatever the vendor's format; Dynatrace and Astra
//! timestamps with other offsets are converted to UTC.
//!
//! # Errors
//!
//! Every call returns the one [`Error`] type; [`Error::kind`] says what
//! happened ([`ErrorKind`]), and `Display` names the vendor, the operation,
//! the HTTP status and the vendor's own code, message and request ID.

#![warn(missing_docs)]

#[cfg(feature = "astra")]
mod astra_source;
#[cfg(feature = "dynatrace")]
mod dynatrace_source;
#[cfg(feature = "emr-serverless-spark")]
mod emr_source;
mod error;
mod source;
mod token;

#[cfg(feature = "astra")]
pub use apitokens_astra as astra;
#[cfg(feature = "dynatrace")]
pub use apitokens_dynatrace as dynatrace;
#[cfg(feature = "emr-serverless-spark")]
pub use apitokens_emr_serverless_spark as emr_serverless_spark;

#[cfg(feature = "astra")]
pub use astra_source::{ASTRA_CONTROL_SERVICE_URL, AstraSource};
#[cfg(feature = "dynatrace")]
pub use dynatrace_source::DynatraceSource;
#[cfg(feature = "emr-serverless-spark")]
pub use emr_source::EmrServerlessSparkSource;
pub use error::{Error, ErrorKind, Violation};
pub use secrecy::{ExposeSecret, SecretString};
pub use source::{Source, list_all_sources};
pub use token::{Scope, Token, Vendor};
