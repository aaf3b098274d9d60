//! Client for the GitLab REST API v4 personal access token endpoints
//! (`/personal_access_tokens`, `/users/{user_id}/personal_access_tokens`).
//!
//! Generated from `specs/gitlab.yaml` by `cargo xtask generate` (see
//! [`Client`] and [`types`]); this crate adds the hand-written
//! `PRIVATE-TOKEN` authentication ([`Credentials`]). Lists are paged by
//! `page`/`per_page`; the next page's number comes in the `x-next-page`
//! response header (empty on the last page). A secret GitLab returns
//! (`token`, on rotation and creation) comes as [`apitokens_core::Secret`],
//! which never shows in `Debug`.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use apitokens_gitlab::{Client, Credentials};
//!
//! let client = Client::connect("https://gitlab.com/api/v4", Credentials::from_env()?)?; // GITLAB_TOKEN
//! let token = client.get_personal_access_token_self().send().await?;
//! println!("{} expires {:?}", token.name, token.expires_at);
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod auth;
// progenitor matches `4XX` before a `404` of the same operation, which the
// compiler reports as unreachable; both decode the one shared error schema.
// Doc comments are the vendors' Markdown descriptions, not rustdoc.
#[rustfmt::skip]
#[allow(missing_docs, unreachable_pub, unreachable_patterns, clippy::all, clippy::unwrap_used)]
#[allow(rustdoc::invalid_html_tags, rustdoc::bare_urls, rustdoc::broken_intra_doc_links)]
mod generated;

// The README's examples compile as doctests here so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use apitokens_core::auth::MissingEnv;
pub use auth::{Credentials, TOKEN_ENV, is_idempotent};
pub use generated::*;
