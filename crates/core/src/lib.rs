//! Hand-written runtime shared by the generated vendor clients of `apitokens`.
//!
//! The generated code (`crates/<vendor>/src/generated.rs`) refers to the items
//! here by path; keep them small and vendor-neutral.
//!
//! - [`Secret`]: every `format: password` field of the specs; never shown by `Debug`.
//! - [`Policy`] / [`RetryPolicy`]: timeouts, retries and limits of every call,
//!   applied by [`execute::execute`] in each client's `ClientHooks::exec`.
//! - [`http`]: the HTTP client's defaults and base-URL rules, and
//!   [`http::connect_client`], every client constructor; [`validate`]:
//!   path-parameter checks; [`auth`]: credential headers, credentials from the
//!   environment ([`auth::MissingEnv`]) and media-type headers for the auth hooks.
//! - [`paging::header_cursor`]: a next-page cursor carried in a response
//!   header (GitLab's `x-next-page`).
//! - [`Operations`] / [`Operation`]: the type of each crate's generated
//!   `OPERATIONS` table (media types, `x-acs-action`, idempotency per operation).
//!
//! ```no_run
//! use std::time::Duration;
//! use apitokens_core::{Policy, RetryPolicy, Secret};
//!
//! // A patient policy for a rate-limited tenant: 5 retries, a 5-minute budget.
//! let policy = Policy::default()
//!     .with_total_timeout(Duration::from_secs(300))
//!     .with_retry(RetryPolicy::default().with_max_retries(5));
//! let secret = Secret::new("dt0c01.ABC.DEF");
//! assert_eq!(format!("{secret:?}"), "Secret([redacted])");
//! # let _ = policy;
//! ```

#![warn(missing_docs)]

// The README (the crate's page on the registry) is not the crate docs; its
// examples compile as doctests here so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod auth;
pub mod execute;
pub mod http;
pub mod operations;
pub mod paging;
pub mod policy;
mod secret;
pub mod validate;

pub use operations::{Operation, Operations};
pub use policy::{Policy, RetryPolicy, Settings};
pub use secret::Secret;
