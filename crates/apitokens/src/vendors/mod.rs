//! One folder per vendor: its source (the mapping onto the facade's types),
//! its configuration and its [`Adapter`](crate::Adapter). Adding a vendor adds
//! a folder here and list entries (this file, `adapter.rs`'s registry, the
//! `Source`, `SourceConfig`, `Location` and `Vendor` variants); nothing else
//! names a vendor.

pub(crate) mod client;

#[cfg(feature = "astra")]
pub(crate) mod astra;
#[cfg(feature = "dynatrace")]
pub(crate) mod dynatrace;
#[cfg(feature = "emr-serverless-spark")]
pub(crate) mod emr_serverless_spark;
#[cfg(feature = "gitlab")]
pub(crate) mod gitlab;
