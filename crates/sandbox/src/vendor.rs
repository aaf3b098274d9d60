//! What a vendor folder gives the server, and what the server gives it.
//!
//! Vendor-neutral: this module names no vendor. Each vendor folder
//! (`dynatrace/`, `astra/`, `emr/`) implements [`VendorApi`] on its handle and
//! depends only on this module and the other shared ones (`http`, `ids`,
//! `time`); `server.rs` lists the vendors and joins them.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::http::StatusCode;
use axum::response::Response;
use secrecy::SecretString;

/// What a vendor starts from.
#[derive(Debug, Clone)]
pub(crate) struct Setup {
    /// `http://127.0.0.1:<port>`, the server root every vendor is served under.
    pub(crate) base_url: String,
    /// The cloud region a regional vendor pretends to serve.
    pub(crate) region: String,
    /// Whether to seed the demo inventory besides the credentials' own tokens.
    pub(crate) demo: bool,
}

/// One vendor's side of the sandbox, as the server sees it.
pub(crate) trait VendorApi: Send + Sync + 'static {
    /// Creates the vendor's store and the credentials it accepts (and, with
    /// [`Setup::demo`], its demo inventory).
    fn start(setup: &Setup) -> Self
    where
        Self: Sized;

    /// The vendor's routes, with its state.
    fn router(&self) -> Router;

    /// Whether `path` is under the vendor's API, so that an unrouted request
    /// there is answered in the vendor's dialect.
    fn owns(&self, path: &str) -> bool;

    /// The vendor's answer to a path or method it does not serve (404, 405), or
    /// a request axum could not read (400, 413).
    fn unrouted(&self, status: StatusCode) -> Response;

    /// The vendor's part of [`crate::RunningSandbox::describe`].
    fn describe(&self) -> Description;
}

/// A vendor's part of the demo description: its section, and its lines in the
/// closing "Point the clients at it" paragraph.
#[derive(Debug, Default)]
pub(crate) struct Description {
    /// The vendor's section: a title line, then indented lines.
    pub(crate) section: String,
    /// The vendor's entry in an `apitokens.toml` for the sandbox, and the
    /// variables it names (the `export` lines of the description).
    pub(crate) config: ConfigSource,
    /// How to build the facade's source for the vendor.
    pub(crate) source: String,
    /// How to connect the vendor's generated client.
    pub(crate) client: String,
}

/// A vendor's store behind its own lock, and the server root.
///
/// Its `Debug` leaves the store out: the store holds every token's secret, and
/// the vendors' public handles print this state.
pub(crate) struct VendorState<S> {
    store: Mutex<S>,
    /// `http://127.0.0.1:<port>`, for `Location` headers.
    pub(crate) base_url: String,
}

impl<S> fmt::Debug for VendorState<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("VendorState")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl<S> VendorState<S> {
    pub(crate) fn new(store: S, base_url: String) -> Arc<Self> {
        Arc::new(Self {
            store: Mutex::new(store),
            base_url,
        })
    }

    /// The store; a handler that panicked while holding the lock leaves it usable.
    pub(crate) fn lock(&self) -> MutexGuard<'_, S> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One `[[source]]` entry of an `apitokens.toml` that reaches a running
/// sandbox, and the environment variables it names with the sandbox's own
/// throwaway values (see [`crate::RunningSandbox::apitokens_config`]).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ConfigSource {
    /// The entry's keys, one `key = "value"` a line, without the `[[source]]` line.
    pub entry: String,
    /// Each variable the entry names, and its value (redacted in `Debug`).
    pub env: Vec<(&'static str, SecretString)>,
}

/// A token seeded into a running sandbox: its ID and its secret.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SeededToken {
    /// The vendor's ID of the token.
    pub id: String,
    /// The token's secret (redacted in `Debug`).
    pub secret: SecretString,
}
