#![doc = include_str!("../README.md")]
#![warn(missing_docs)]
// With only some vendor features on, helpers used by the others are unused.
#![cfg_attr(
    not(all(
        feature = "dynatrace",
        feature = "astra",
        feature = "emr-serverless-spark",
        feature = "gitlab"
    )),
    allow(dead_code)
)]

// A facade without a vendor has nothing to list: say so first, rather than
// leave the user with the errors of empty matches below.
#[cfg(not(any(
    feature = "dynatrace",
    feature = "astra",
    feature = "emr-serverless-spark",
    feature = "gitlab"
)))]
compile_error!(
    "apitokens needs at least one vendor feature: dynatrace, astra, emr-serverless-spark or gitlab"
);

pub mod adapter;
pub mod audit;
mod config;
mod error;
mod fanout;
mod lifecycle;
mod paging;
mod source;
mod token;
mod vendors;

#[cfg(feature = "astra")]
pub use apitokens_astra as astra;
#[cfg(feature = "dynatrace")]
pub use apitokens_dynatrace as dynatrace;
#[cfg(feature = "emr-serverless-spark")]
pub use apitokens_emr_serverless_spark as emr_serverless_spark;
#[cfg(feature = "gitlab")]
pub use apitokens_gitlab as gitlab;

pub use adapter::{Adapter, ConfigKey, ConfigValue, adapter, adapter_named, adapters};
pub use apitokens_core::{Policy, RetryPolicy};
pub use config::{ConnectError, Connected, SelectError, SourceConfig, SourceGroup, Unset};
pub use error::{Error, ErrorKind, Violation};
pub use fanout::{Batch, Listable, list_in_order};
pub use lifecycle::{
    Capabilities, CreatedToken, Expiry, ExpirySupport, NewToken, PendingRotation, Rotation,
    RotationError, RotationStep, TokenUpdate,
};
pub use paging::ListLimits;
pub use secrecy::{ExposeSecret, SecretString};
pub use source::{Source, list_all_sources};
pub use token::{Location, Token, Vendor};
#[cfg(feature = "astra")]
pub use vendors::astra::{ASTRA_CONTROL_SERVICE_URL, AstraConfig, AstraSource};
#[cfg(feature = "dynatrace")]
pub use vendors::dynatrace::{DynatraceConfig, DynatraceSource};
#[cfg(feature = "emr-serverless-spark")]
pub use vendors::emr_serverless_spark::{
    EmrServerlessSparkConfig, EmrServerlessSparkSource, EmrServerlessSparkWorkspace,
};
#[cfg(feature = "gitlab")]
pub use vendors::gitlab::{GITLAB_COM_API_URL, GitLabConfig, GitLabSource};
