//! Client for NetApp Astra Control's user API token endpoints
//! (`/accounts/{account_id}/core/v1/users/{user_id}/tokens`).
//!
//! Generated from `specs/astra.yaml` by `cargo xtask generate` (see
//! [`Client`] and [`types`]); this crate adds the hand-written
//! `Authorization: Bearer …` authentication ([`Credentials`]). Errors come as
//! RFC 7807 problem details ([`types::ProblemDetail`]).
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use apitokens_astra::{Client, Credentials};
//!
//! let client = Client::connect("https://astra.netapp.io", Credentials::from_env()?)?; // ASTRA_API_TOKEN
//! let token = client
//!     .get_token()
//!     .account_id("8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd".to_string())
//!     .user_id("09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b".to_string())
//!     .token_id("822fab12-c224-5d1f-8118-5fb5d2def8b9".to_string())
//!     .send()
//!     .await?;
//! println!("{} created {:?}", token.name, token.metadata.creation_timestamp);
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
