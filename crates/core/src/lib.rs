//! Hand-written runtime shared by the generated vendor clients of `apitokens`.
//!
//! The generated code (`crates/<vendor>/src/generated.rs`) refers to the items
//! here by path; keep them small and vendor-neutral.
//!
//! - [`Secret`]: every `format: password` field of the specs; never shown by `Debug`.
//! - [`Policy`] / [`RetryPolicy`]: timeouts, retries and limits of every call,
//!   applied by [`execute::execute`] in each client's `ClientHooks::exec`.
//! - [`http`]: the HTTP client's defaults and base-URL rules; [`validate`]:
//!   path-parameter checks; [`auth`]: header helpers for the auth hooks.
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
pub mod policy;
mod secret;
pub mod validate;

pub use policy::{Policy, RetryPolicy, Settings};
pub use secret::Secret;
