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
//! ## Features
//!
//! The TLS backend of every client built by [`http::client_builder`] (each
//! vendor crate and the facade forward these):
//!
//! - `rustls` (default): rustls with the ring crypto provider, the platform's
//!   certificate verifier. Costs about 15 s of CPU to build on 2 cores (ring: 4 s
//!   of it, a small C and assembly build). ring is installed as rustls's
//!   process-wide default provider the first time a client is built, unless
//!   the application installed one before ([`http::install_default_crypto_provider`]).
//! - `aws-lc-rs`: rustls with aws-lc-rs instead (FIPS-capable); its C build
//!   adds about 60 s and needs cmake. Wins over `rustls`.
//! - `native-tls`: the platform's TLS library (OpenSSL, SChannel,
//!   Security.framework); a few seconds, and OpenSSL's headers on Linux. Wins
//!   over both.
//! - none: `http://` on loopback only (the sandbox, tests).
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
