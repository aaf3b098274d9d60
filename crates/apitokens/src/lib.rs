//! `apitokens`: one interface over the token-management APIs of Dynatrace,
//! NetApp Astra Control and Alibaba Cloud EMR Serverless Spark.
//!
//! For now this crate re-exports the generated vendor clients, each behind a
//! default-on cargo feature of the same name:
//!
//! - [`dynatrace`]: Dynatrace API v2 `/apiTokens` (`Api-Token` auth);
//! - [`astra`]: NetApp Astra Control user API tokens (bearer auth);
//! - [`emr_serverless_spark`]: EMR Serverless Spark Livy Gateway tokens
//!   (ACS3-HMAC-SHA256 signed requests).

#![warn(missing_docs)]

#[cfg(feature = "astra")]
pub use apitokens_astra as astra;
#[cfg(feature = "dynatrace")]
pub use apitokens_dynatrace as dynatrace;
#[cfg(feature = "emr-serverless-spark")]
pub use apitokens_emr_serverless_spark as emr_serverless_spark;
