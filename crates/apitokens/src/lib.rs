#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
// With only some vendor features on, helpers used by the others are unused.
#![cfg_attr(
    not(all(
        feature = "dynatrace",
        feature = "astra",
        feature = "emr-serverless-spark"
    )),
    allow(dead_code)
)]

#[cfg(feature = "astra")]
mod astra_source;
#[cfg(feature = "dynatrace")]
mod dynatrace_source;
#[cfg(feature = "emr-serverless-spark")]
mod emr_source;
mod error;
mod lifecycle;
mod paging;
mod source;
mod token;

#[cfg(feature = "astra")]
pub use apitokens_astra as astra;
#[cfg(feature = "dynatrace")]
pub use apitokens_dynatrace as dynatrace;
#[cfg(feature = "emr-serverless-spark")]
pub use apitokens_emr_serverless_spark as emr_serverless_spark;

pub use apitokens_core::{Policy, RetryPolicy};
#[cfg(feature = "astra")]
pub use astra_source::{ASTRA_CONTROL_SERVICE_URL, AstraSource};
#[cfg(feature = "dynatrace")]
pub use dynatrace_source::DynatraceSource;
#[cfg(feature = "emr-serverless-spark")]
pub use emr_source::EmrServerlessSparkSource;
pub use error::{Error, ErrorKind, Violation};
pub use lifecycle::{
    Capabilities, CreatedToken, Expiry, ExpirySupport, NewToken, PendingRotation, Rotation,
    RotationError, RotationStep, TokenUpdate,
};
pub use paging::ListLimits;
pub use secrecy::{ExposeSecret, SecretString};
pub use source::{Source, list_all_sources};
pub use token::{Location, Token, Vendor};
