//! A stateful, in-memory fake of the token APIs this workspace's clients
//! speak — Dynatrace API v2 `/apiTokens`, NetApp Astra Control user tokens,
//! Alibaba Cloud EMR Serverless Spark Livy Gateway tokens and GitLab personal
//! access tokens — served by one HTTP
//! server on loopback, for tests, demos and benchmarks.
//!
//! It follows `specs/*.yaml` and enforces what the real services enforce:
//! Dynatrace `Api-Token` authentication and `apiTokens.read`/`apiTokens.write`
//! scopes, its paging rules (`pageSize` 100–10 000, `nextPageKey` alone),
//! `fields`, `sort` and `apiTokenSelector`; Astra bearer tokens, problem details
//! and `limit`/`continue` paging; and for EMR, an ACS3-HMAC-SHA256 signature
//! recomputed from every received request (AccessKey, signed headers, body
//! hash, a 15-minute clock window, single-use nonces, STS security tokens),
//! with Alibaba's error envelopes.
//!
//! ```no_run
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! use apitokens_sandbox::Sandbox;
//!
//! let sandbox = Sandbox::builder().with_demo_data().start().await?;
//! sandbox.add_dynatrace_tokens(100_000); // a large inventory, for benchmarks
//!
//! let credentials = sandbox.credentials(); // secrets stay redacted in `Debug`
//! println!("Dynatrace environment {}", sandbox.dynatrace_environment_url());
//! println!("Astra {} (account {})", sandbox.astra_url(), credentials.astra_account_id());
//! println!("EMR {} (workspace {})", sandbox.emr_endpoint(), credentials.workspace_id());
//! // e.g. apitokens::DynatraceSource::new(sandbox.dynatrace_environment_url(),
//! //     apitokens::dynatrace::Credentials::new(credentials.dynatrace_token().clone()))
//!
//! // Each vendor's side: its URL, credentials and seeding.
//! let astra = &sandbox.vendors().astra;
//! astra.add_tokens(250);
//! println!("Astra user {} has {} tokens", astra.credentials().user_id(), astra.token_count());
//!
//! sandbox.stop().await?; // or drop it
//! # Ok(())
//! # }
//! ```
//!
//! The sandbox never listens beyond loopback, and all its data lives in memory:
//! it is gone when the sandbox stops.
//!
//! # Layout, and adding a vendor
//!
//! The modules form a tree: the shared, vendor-neutral `http`, `ids`, `time`
//! and `vendor` (the `VendorApi` trait a vendor implements); one folder per
//! vendor ([`dynatrace`], [`astra`], [`emr`]: its handle, credentials, router,
//! store, rules and demo seeding), importing only the shared modules; and
//! `server`, which lists the vendors ([`Vendors`]) and joins them. A vendor
//! never imports another vendor or the server.
//!
//! Adding a vendor takes its folder `src/<vendor>/` (a handle implementing
//! `VendorApi`), its `pub mod <vendor>;` line here, and one entry in the
//! `vendors!` list in `server.rs`; it is then served, described by
//! [`RunningSandbox::describe`], and reached as `sandbox.vendors().<vendor>`.
//! `ARCHITECTURE.md` ("The sandbox") has the details.

#![warn(missing_docs)]
// Handlers return an early `Err(Response)` (the vendor's error body) from their
// checks, as axum handlers commonly do; boxing those cold-path responses buys nothing.
#![allow(clippy::result_large_err)]

// The README (the crate's page on the registry) is not the crate docs; its
// examples compile as doctests here so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

// Shared, vendor-neutral modules: no vendor, no server.
mod http;
mod ids;
mod time;
mod vendor;

// One folder per vendor; each depends only on the shared modules above.
pub mod astra;
pub mod dynatrace;
pub mod emr;
pub mod gitlab;

// Joins the vendors.
mod server;

pub use dynatrace::DynatraceToken;
pub use server::Vendors;
pub use vendor::{ConfigSource, SeededToken};

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use apitokens_emr_serverless_spark::signing::AccessKey;
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::server::Shared;
use crate::vendor::Setup;

/// The region the EMR side serves unless [`SandboxBuilder::with_region`] says otherwise.
pub const DEFAULT_REGION: &str = "cn-hangzhou";

/// Where to start: [`Sandbox::builder`].
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Sandbox;

impl Sandbox {
    /// A builder for a sandbox on `127.0.0.1`, on an ephemeral port, with no
    /// latency and only the credentials' own tokens (see [`Credentials`]).
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder {
            address: SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
            demo_data: false,
            latency: Duration::ZERO,
            region: DEFAULT_REGION.to_string(),
        }
    }
}

/// Configures a sandbox; [`SandboxBuilder::start`] runs it.
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    address: SocketAddr,
    demo_data: bool,
    latency: Duration,
    region: String,
}

impl SandboxBuilder {
    /// Adds realistic tokens for every vendor, with times relative to
    /// now: tokens expiring within 30 days, expired ones, ones that never
    /// expire, ones unused for 100+ days or never used, a disabled Dynatrace
    /// token, a personal access token, and broad scopes (`apiTokens.write`,
    /// `settings.write`, `WriteConfig`).
    pub fn with_demo_data(mut self) -> Self {
        self.demo_data = true;
        self
    }

    /// Delays every answer by `latency` (change it later with
    /// [`RunningSandbox::set_latency`]).
    pub fn with_latency(mut self, latency: Duration) -> Self {
        self.latency = latency;
        self
    }

    /// Listens on this port of the address (0, the default, picks a free one).
    pub fn with_port(mut self, port: u16) -> Self {
        self.address.set_port(port);
        self
    }

    /// Listens on this address, which must be a loopback address
    /// ([`SandboxBuilder::start`] refuses others).
    pub fn with_address(mut self, address: SocketAddr) -> Self {
        self.address = address;
        self
    }

    /// The Alibaba Cloud region the EMR side pretends to be ([`DEFAULT_REGION`] unless set).
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = region.into();
        self
    }

    /// Binds the address and starts serving.
    pub async fn start(self) -> Result<RunningSandbox, StartError> {
        if !self.address.ip().is_loopback() {
            return Err(StartError::NotLoopback(self.address.ip()));
        }
        let listener = tokio::net::TcpListener::bind(self.address)
            .await
            .map_err(StartError::Bind)?;
        let address = listener.local_addr().map_err(StartError::Bind)?;
        let url = format!("http://{address}");

        let vendors = Vendors::start(&Setup {
            base_url: url.clone(),
            region: self.region,
            demo: self.demo_data,
        });
        let credentials = Credentials {
            dynatrace: vendors.dynatrace.credentials().clone(),
            astra: vendors.astra.credentials().clone(),
            emr: vendors.emr.credentials().clone(),
        };
        let shared = Arc::new(Shared::new(vendors, self.latency));
        let app =
            server::router(shared.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stopped.await;
                })
                .await
        });
        Ok(RunningSandbox {
            shared,
            address,
            url,
            credentials,
            shutdown: Some(shutdown),
            task: Some(task),
        })
    }
}

/// Why a sandbox did not start.
#[derive(Debug)]
#[non_exhaustive]
pub enum StartError {
    /// The address is not a loopback address: the sandbox serves only this machine.
    NotLoopback(IpAddr),
    /// The address could not be bound.
    Bind(std::io::Error),
}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::NotLoopback(ip) => write!(
                f,
                "refusing to listen on {ip}: the sandbox listens on loopback addresses only (127.0.0.1, ::1)"
            ),
            StartError::Bind(error) => write!(f, "cannot bind the sandbox's address: {error}"),
        }
    }
}

impl std::error::Error for StartError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StartError::Bind(error) => Some(error),
            StartError::NotLoopback(_) => None,
        }
    }
}

/// The credentials and IDs a sandbox accepts, whether or not it has demo data:
/// those of the first three vendors, each also in its own
/// `credentials()` (e.g. `sandbox.vendors().dynatrace.credentials()`).
///
/// Printing them is harmless (they are a local fake's), yet `Debug` redacts
/// the secrets like any real credential; read them with
/// [`secrecy::ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    dynatrace: dynatrace::Credentials,
    astra: astra::Credentials,
    emr: emr::Credentials,
}

impl Credentials {
    /// A Dynatrace API token with `apiTokens.read` and `apiTokens.write`
    /// (send as `Authorization: Api-Token <token>`).
    pub fn dynatrace_token(&self) -> &SecretString {
        self.dynatrace.token()
    }

    /// The ID of [`Credentials::dynatrace_token`].
    pub fn dynatrace_token_id(&self) -> &str {
        self.dynatrace.token_id()
    }

    /// The owner of [`Credentials::dynatrace_token`] (and of tokens it creates).
    pub fn dynatrace_owner(&self) -> &str {
        self.dynatrace.owner()
    }

    /// The Astra account ID.
    pub fn astra_account_id(&self) -> &str {
        self.astra.account_id()
    }

    /// The Astra user ID whose tokens the sandbox serves.
    pub fn astra_user_id(&self) -> &str {
        self.astra.user_id()
    }

    /// That user's Astra API token (send as `Authorization: Bearer <token>`).
    pub fn astra_token(&self) -> &SecretString {
        self.astra.token()
    }

    /// The Alibaba Cloud AccessKey ID.
    pub fn access_key_id(&self) -> &str {
        self.emr.access_key_id()
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &SecretString {
        self.emr.access_key_secret()
    }

    /// The AccessKey pair, ready for the EMR client's signer.
    pub fn access_key(&self) -> AccessKey {
        self.emr.access_key()
    }

    /// Temporary (STS) credentials of the same RAM user: requests signed with
    /// them must carry the security token.
    pub fn sts_access_key(&self) -> AccessKey {
        self.emr.sts_access_key()
    }

    /// The RAM user behind both AccessKeys (the `createdBy` of tokens they create).
    pub fn ram_user(&self) -> &str {
        self.emr.ram_user()
    }

    /// The Alibaba Cloud region of the EMR side (e.g. `cn-hangzhou`).
    pub fn region(&self) -> &str {
        self.emr.region()
    }

    /// The EMR Serverless Spark workspace ID (`w-…`).
    pub fn workspace_id(&self) -> &str {
        self.emr.workspace_id()
    }

    /// The Livy Gateway ID (`lc-…`) whose tokens the sandbox serves.
    pub fn livy_compute_id(&self) -> &str {
        self.emr.livy_compute_id()
    }
}

/// A sandbox serving on loopback. Stops on [`RunningSandbox::stop`] or when dropped.
pub struct RunningSandbox {
    shared: Arc<Shared>,
    address: SocketAddr,
    url: String,
    credentials: Credentials,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl fmt::Debug for RunningSandbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RunningSandbox")
            .field("url", &self.url)
            .field("latency", &self.shared.latency())
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl RunningSandbox {
    /// The server root, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The socket address the sandbox listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Every vendor's side of the sandbox: its URL, credentials and seeding.
    pub fn vendors(&self) -> &Vendors {
        &self.shared.vendors
    }

    /// The Dynatrace environment URL (the server root; clients append `/api/v2`).
    pub fn dynatrace_environment_url(&self) -> &str {
        self.vendors().dynatrace.environment_url()
    }

    /// The Dynatrace API base URL, `<environment>/api/v2`, for the generated client.
    pub fn dynatrace_api_url(&self) -> String {
        self.vendors().dynatrace.api_url()
    }

    /// The Astra Control URL (the server root).
    pub fn astra_url(&self) -> &str {
        self.vendors().astra.url()
    }

    /// The EMR Serverless Spark endpoint (the server root).
    pub fn emr_endpoint(&self) -> &str {
        self.vendors().emr.endpoint()
    }

    /// The credentials and IDs the sandbox accepts.
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// Delays every later answer by `latency` (zero: none).
    pub fn set_latency(&self, latency: Duration) {
        self.shared.set_latency(latency);
    }

    /// Adds `n` Dynatrace tokens with varied owners, scopes, ages, expiries and
    /// uses (cheap: 100 000 take well under a second). Returns the new total.
    pub fn add_dynatrace_tokens(&self, n: usize) -> usize {
        self.vendors().dynatrace.add_tokens(n)
    }

    /// Adds one Dynatrace token as described; returns its ID and secret.
    pub fn add_dynatrace_token(&self, spec: DynatraceToken) -> SeededToken {
        self.vendors().dynatrace.add_token(spec)
    }

    /// How many Dynatrace tokens exist.
    pub fn dynatrace_token_count(&self) -> usize {
        self.vendors().dynatrace.token_count()
    }

    /// Adds `n` tokens to the credentials' Astra user. Returns the user's new total.
    pub fn add_astra_tokens(&self, n: usize) -> usize {
        self.vendors().astra.add_tokens(n)
    }

    /// Adds one token to the credentials' Astra user; returns its ID and secret.
    pub fn add_astra_token(&self, name: &str) -> SeededToken {
        self.vendors().astra.add_token(name)
    }

    /// How many tokens the credentials' Astra user has.
    pub fn astra_token_count(&self) -> usize {
        self.vendors().astra.token_count()
    }

    /// Adds `n` tokens to the credentials' Livy Gateway. Returns its new total.
    pub fn add_livy_tokens(&self, n: usize) -> usize {
        self.vendors().emr.add_tokens(n)
    }

    /// Makes RAM deny the EMR action `action` (e.g. `"GetLivyComputeToken"`):
    /// signed calls to it are answered HTTP 403 `Forbidden.RAM` with an
    /// `AccessDeniedDetail`, in the API gateway's PascalCase shape.
    pub fn deny_emr_action(&self, action: &str) {
        self.vendors().emr.deny_action(action);
    }

    /// How many tokens the credentials' Livy Gateway has.
    pub fn livy_token_count(&self) -> usize {
        self.vendors().emr.token_count()
    }

    /// Stops accepting connections, lets requests in flight finish, and waits
    /// for the server to end.
    pub async fn stop(mut self) -> std::io::Result<()> {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        match self.task.take() {
            Some(task) => task.await.map_err(std::io::Error::other)?,
            None => Ok(()),
        }
    }

    /// A multi-line description of the URLs and demo credentials, for a
    /// terminal (secrets shown: this is a local fake's own demo data),
    /// with [`RunningSandbox::apitokens_config`] and its `export` lines.
    pub fn describe(&self) -> String {
        server::describe(&self.url, self.vendors())
    }

    /// An `apitokens.toml` that reaches this sandbox, one `[[source]]` per
    /// vendor, and the variables it names with the sandbox's throwaway
    /// credentials: what `apitokens demo` runs on and `apitokens-sandbox`
    /// prints.
    pub fn apitokens_config(&self) -> ApitokensConfig {
        ApitokensConfig {
            sources: server::config_sources(self.vendors()),
        }
    }
}

/// An `apitokens.toml` for a running sandbox ([`RunningSandbox::apitokens_config`]).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApitokensConfig {
    /// One entry per vendor, in the order the sandbox lists them.
    pub sources: Vec<ConfigSource>,
}

impl ApitokensConfig {
    /// The file: each entry under its `[[source]]` line, a blank line between them.
    pub fn toml(&self) -> String {
        self.sources
            .iter()
            .map(|source| format!("[[source]]\n{}\n", source.entry))
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every variable the entries name, with its value.
    pub fn env(&self) -> impl Iterator<Item = (&'static str, &SecretString)> {
        self.sources
            .iter()
            .flat_map(|source| source.env.iter().map(|(name, value)| (*name, value)))
    }

    /// `export NAME='value'` for every variable, one a line (the values are
    /// the sandbox's own: printing them is harmless).
    pub fn exports(&self) -> String {
        self.env()
            .map(|(name, value)| format!("export {name}='{}'\n", value.expose_secret()))
            .collect()
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
