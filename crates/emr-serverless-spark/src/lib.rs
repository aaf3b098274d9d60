//! Client for Alibaba Cloud EMR Serverless Spark (API 2023-08-08) Livy
//! Gateway tokens: `GetLivyComputeToken` and `ListLivyComputeToken`.
//!
//! Generated from `specs/emr-serverless-spark.yaml` by `cargo xtask generate`
//! (see [`Client`] and [`types`]); this crate adds the hand-written
//! ACS3-HMAC-SHA256 request signature ([`signing`]) with [`Credentials`].
//!
//! Alibaba answers many failures with HTTP 200 and an envelope whose `code`
//! is not `"1000000"`: check `code` (the `apitokens` facade does).
//! A token's content (`token`) is a credential: it comes as
//! [`apitokens_core::Secret`], which never shows in `Debug`.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use apitokens_emr_serverless_spark::{Client, Credentials};
//!
//! // ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, [ALIBABA_CLOUD_SECURITY_TOKEN]
//! let client = Client::for_region("cn-hangzhou", Credentials::from_env()?)?;
//! let response = client
//!     .get_livy_compute_token()
//!     .workspace_biz_id("w-8adde60aa809701f")
//!     .livy_compute_id("lc-6mkvn01zrg8rqhhv")
//!     .token_id("lctk-xxxxxxxxxx")
//!     .region_id("cn-hangzhou")
//!     .send()
//!     .await?
//!     .into_inner();
//! println!("{:?}: {:?}", response.code, response.data.map(|token| token.name));
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

// The README (the crate's page on the registry) is not the crate docs; its
// examples compile as doctests here so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod auth;
// progenitor matches `4XX` before a `404` of the same operation, which the
// compiler reports as unreachable; both decode the one shared error schema.
// Doc comments are the vendors' Markdown descriptions, not rustdoc.
#[rustfmt::skip]
#[allow(missing_docs, unreachable_pub, unreachable_patterns, clippy::all, clippy::unwrap_used)]
#[allow(rustdoc::invalid_html_tags, rustdoc::bare_urls, rustdoc::broken_intra_doc_links)]
mod generated;
pub mod signing;

pub use apitokens_core::auth::MissingEnv;
pub use auth::{Credentials, endpoint_for, is_idempotent, is_throttling_code};
pub use generated::*;
