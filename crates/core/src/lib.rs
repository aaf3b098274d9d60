//! Hand-written runtime shared by the generated vendor clients of `apitokens`.
//!
//! The generated code (`crates/<vendor>/src/generated.rs`) refers to the items
//! here by path; keep them small and vendor-neutral.

#![warn(missing_docs)]

pub mod auth;
pub mod execute;
pub mod http;
pub mod policy;
mod secret;
pub mod validate;

pub use policy::{Policy, RetryPolicy, Settings};
pub use secret::Secret;
