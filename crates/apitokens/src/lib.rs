#![doc = include_str!("../README.md")]
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
