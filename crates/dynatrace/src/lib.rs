//! Client for the Dynatrace Environment API v2 token endpoints (`/apiTokens`).
//!
//! Generated from `specs/dynatrace.yaml` by `cargo xtask generate` (see
//! [`Client`] and [`types`]); this crate adds the hand-written
//! `Authorization: Api-Token …` authentication ([`Credentials`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use apitokens_dynatrace::{Client, Credentials};
//!
//! let client = Client::connect(
//!     "https://abc12345.live.dynatrace.com/api/v2",
//!     Credentials::from_env()?, // DT_API_TOKEN
//! )?;
//! let token = client.get_api_token().id("dt0c01.ST2EY72KQINMH574WMNVI7YN").send().await?;
//! println!("{:?} expires {:?}", token.name, token.expiration_date);
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

pub use apitokens_core::auth::MissingEnv;
pub use auth::{Credentials, TOKEN_ENV, is_idempotent};
pub use generated::*;
