//! A stateful, in-memory fake of the three token APIs this workspace's clients
//! speak — Dynatrace API v2 `/apiTokens`, NetApp Astra Control user tokens and
//! Alibaba Cloud EMR Serverless Spark Livy Gateway tokens — served by one HTTP
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
//! sandbox.stop().await?; // or drop it
//! # Ok(())
//! # }
//! ```
//!
//! The sandbox never listens beyond loopback, and all its data lives in memory:
//! it is gone when the sandbox stops.

#![warn(missing_docs)]
// Handlers return an early `Err(Response)` (the vendor's error body) from their
// checks, as axum handlers commonly do; boxing those cold-path responses buys nothing.
#![allow(clippy::result_large_err)]

// The README (the crate's page on the registry) is not the crate docs; its
// examples compile as doctests here so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod astra;
mod demo;
mod dynatrace;
mod emr;
mod http;
mod ids;
mod server;
mod time;

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use apitokens_emr_serverless_spark::signing::AccessKey;
use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::server::Shared;

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
    /// Adds realistic tokens for all three vendors, with times relative to
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

        let (state, credentials) = demo::initial_state(&self.region, self.demo_data);
        let shared = Arc::new(Shared::new(state, self.latency, url.clone()));
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

/// The credentials and IDs a sandbox accepts, whether or not it has demo data.
///
/// Printing them is harmless (they are a local fake's), yet `Debug` redacts
/// the secrets like any real credential; read them with
/// [`ExposeSecret::expose_secret`].
#[derive(Debug, Clone)]
pub struct Credentials {
    pub(crate) dynatrace_token: SecretString,
    pub(crate) dynatrace_token_id: String,
    pub(crate) dynatrace_owner: String,
    pub(crate) astra_account_id: String,
    pub(crate) astra_user_id: String,
    pub(crate) astra_token: SecretString,
    pub(crate) access_key_id: String,
    pub(crate) access_key_secret: SecretString,
    pub(crate) sts_access_key_id: String,
    pub(crate) sts_access_key_secret: SecretString,
    pub(crate) sts_security_token: SecretString,
    pub(crate) ram_user: String,
    pub(crate) region: String,
    pub(crate) workspace_id: String,
    pub(crate) livy_compute_id: String,
}

impl Credentials {
    /// A Dynatrace API token with `apiTokens.read` and `apiTokens.write`
    /// (send as `Authorization: Api-Token <token>`).
    pub fn dynatrace_token(&self) -> &SecretString {
        &self.dynatrace_token
    }

    /// The ID of [`Credentials::dynatrace_token`].
    pub fn dynatrace_token_id(&self) -> &str {
        &self.dynatrace_token_id
    }

    /// The owner of [`Credentials::dynatrace_token`] (and of tokens it creates).
    pub fn dynatrace_owner(&self) -> &str {
        &self.dynatrace_owner
    }

    /// The Astra account ID.
    pub fn astra_account_id(&self) -> &str {
        &self.astra_account_id
    }

    /// The Astra user ID whose tokens the sandbox serves.
    pub fn astra_user_id(&self) -> &str {
        &self.astra_user_id
    }

    /// That user's Astra API token (send as `Authorization: Bearer <token>`).
    pub fn astra_token(&self) -> &SecretString {
        &self.astra_token
    }

    /// The Alibaba Cloud AccessKey ID.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The AccessKey secret.
    pub fn access_key_secret(&self) -> &SecretString {
        &self.access_key_secret
    }

    /// The AccessKey pair, ready for the EMR client's signer.
    pub fn access_key(&self) -> AccessKey {
        AccessKey::new(self.access_key_id.clone(), self.access_key_secret.clone())
    }

    /// Temporary (STS) credentials of the same RAM user: requests signed with
    /// them must carry the security token.
    pub fn sts_access_key(&self) -> AccessKey {
        AccessKey::new(
            self.sts_access_key_id.clone(),
            self.sts_access_key_secret.clone(),
        )
        .with_security_token(self.sts_security_token.clone())
    }

    /// The RAM user behind both AccessKeys (the `createdBy` of tokens they create).
    pub fn ram_user(&self) -> &str {
        &self.ram_user
    }

    /// The Alibaba Cloud region of the EMR side (e.g. `cn-hangzhou`).
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The EMR Serverless Spark workspace ID (`w-…`).
    pub fn workspace_id(&self) -> &str {
        &self.workspace_id
    }

    /// The Livy Gateway ID (`lc-…`) whose tokens the sandbox serves.
    pub fn livy_compute_id(&self) -> &str {
        &self.livy_compute_id
    }
}

/// A Dynatrace token to seed with [`RunningSandbox::add_dynatrace_token`].
#[derive(Debug, Clone)]
pub struct DynatraceToken {
    name: String,
    owner: Option<String>,
    scopes: Vec<String>,
    enabled: bool,
    personal_access_token: bool,
    created: Option<DateTime<Utc>>,
    expires: Option<DateTime<Utc>>,
    last_used: Option<DateTime<Utc>>,
}

impl DynatraceToken {
    /// An enabled API token named `name`, owned by the credentials' owner,
    /// created now, never expiring, never used, without scopes.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            owner: None,
            scopes: Vec::new(),
            enabled: true,
            personal_access_token: false,
            created: None,
            expires: None,
            last_used: None,
        }
    }

    /// Sets the owner.
    pub fn owner(mut self, owner: impl Into<String>) -> Self {
        self.owner = Some(owner.into());
        self
    }

    /// Sets the scopes.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Makes it disabled.
    pub fn disabled(mut self) -> Self {
        self.enabled = false;
        self
    }

    /// Makes it a personal access token.
    pub fn personal(mut self) -> Self {
        self.personal_access_token = true;
        self
    }

    /// Sets the creation time.
    pub fn created_at(mut self, time: DateTime<Utc>) -> Self {
        self.created = Some(time);
        self
    }

    /// Sets the expiry (in the past for an expired token).
    pub fn expires_at(mut self, time: DateTime<Utc>) -> Self {
        self.expires = Some(time);
        self
    }

    /// Sets the last use.
    pub fn last_used_at(mut self, time: DateTime<Utc>) -> Self {
        self.last_used = Some(time);
        self
    }
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

    /// The Dynatrace environment URL (the server root; clients append `/api/v2`).
    pub fn dynatrace_environment_url(&self) -> &str {
        &self.url
    }

    /// The Dynatrace API base URL, `<environment>/api/v2`, for the generated client.
    pub fn dynatrace_api_url(&self) -> String {
        format!("{}/api/v2", self.url)
    }

    /// The Astra Control URL (the server root).
    pub fn astra_url(&self) -> &str {
        &self.url
    }

    /// The EMR Serverless Spark endpoint (the server root).
    pub fn emr_endpoint(&self) -> &str {
        &self.url
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
        let tokens = demo::bulk_dynatrace_tokens(n, time::now());
        let mut state = self.shared.lock();
        state.dynatrace.reserve(tokens.len());
        for token in tokens {
            state.dynatrace.insert(token);
        }
        state.dynatrace.len()
    }

    /// Adds one Dynatrace token as described; returns its ID and secret.
    pub fn add_dynatrace_token(&self, spec: DynatraceToken) -> SeededToken {
        let now = time::now();
        let owner = spec
            .owner
            .unwrap_or_else(|| self.credentials.dynatrace_owner.clone());
        let scopes: Vec<&str> = spec.scopes.iter().map(String::as_str).collect();
        let mut token =
            dynatrace::Token::new(&spec.name, &owner, &scopes, spec.created.unwrap_or(now));
        token.enabled = spec.enabled;
        token.personal_access_token = spec.personal_access_token;
        token.expiration = spec.expires.map(time::to_millis);
        token.last_used = spec.last_used.map(time::to_millis);
        token.last_used_ip = spec.last_used.map(|_| "192.0.2.10".to_string());
        let seeded = SeededToken {
            id: token.id.clone(),
            secret: SecretString::from(token.secret.clone()),
        };
        self.shared.lock().dynatrace.insert(token);
        seeded
    }

    /// How many Dynatrace tokens exist.
    pub fn dynatrace_token_count(&self) -> usize {
        self.shared.lock().dynatrace.len()
    }

    /// Adds `n` tokens to the credentials' Astra user. Returns the user's new total.
    pub fn add_astra_tokens(&self, n: usize) -> usize {
        let (account, user) = (
            &self.credentials.astra_account_id,
            &self.credentials.astra_user_id,
        );
        let now = time::now();
        let mut state = self.shared.lock();
        for index in 0..n {
            let created = now - chrono::Duration::minutes(i64::try_from(n - index).unwrap_or(0));
            let token = astra::Token::new(&format!("automation-{index:06}"), user, created);
            state.astra.add_token(account, token);
        }
        state.astra.token_count(account, user)
    }

    /// Adds one token to the credentials' Astra user; returns its ID and secret.
    pub fn add_astra_token(&self, name: &str) -> SeededToken {
        let token = astra::Token::new(name, &self.credentials.astra_user_id, time::now());
        let seeded = SeededToken {
            id: token.id.clone(),
            secret: SecretString::from(token.secret.clone()),
        };
        self.shared
            .lock()
            .astra
            .add_token(&self.credentials.astra_account_id, token);
        seeded
    }

    /// How many tokens the credentials' Astra user has.
    pub fn astra_token_count(&self) -> usize {
        self.shared.lock().astra.token_count(
            &self.credentials.astra_account_id,
            &self.credentials.astra_user_id,
        )
    }

    /// Adds `n` tokens to the credentials' Livy Gateway. Returns its new total.
    pub fn add_livy_tokens(&self, n: usize) -> usize {
        let now = time::now();
        let mut state = self.shared.lock();
        let Some(gateway) = state.emr.gateway_mut(
            &self.credentials.workspace_id,
            &self.credentials.livy_compute_id,
        ) else {
            return 0;
        };
        for index in 0..n {
            let created = now - chrono::Duration::minutes(i64::try_from(n - index).unwrap_or(0));
            let token = emr::Token::new(
                &format!("notebook-{index:06}"),
                &self.credentials.ram_user,
                created,
            );
            gateway.tokens.push(if index % 3 == 0 {
                token.expiring_after(30)
            } else {
                token
            });
        }
        gateway.tokens.len()
    }

    /// Makes RAM deny the EMR action `action` (e.g. `"GetLivyComputeToken"`):
    /// signed calls to it are answered HTTP 403 `Forbidden.RAM` with an
    /// `AccessDeniedDetail`, in the API gateway's PascalCase shape.
    pub fn deny_emr_action(&self, action: &str) {
        self.shared.lock().emr.deny_action(action);
    }

    /// How many tokens the credentials' Livy Gateway has.
    pub fn livy_token_count(&self) -> usize {
        self.shared
            .lock()
            .emr
            .gateway_mut(
                &self.credentials.workspace_id,
                &self.credentials.livy_compute_id,
            )
            .map_or(0, |gateway| gateway.tokens.len())
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
    /// terminal (secrets shown: this is a local fake's own demo data).
    pub fn describe(&self) -> String {
        demo::describe(self)
    }
}

impl Drop for RunningSandbox {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// The secret of a [`SecretString`], for the demo description.
fn exposed(secret: &SecretString) -> &str {
    secret.expose_secret()
}
