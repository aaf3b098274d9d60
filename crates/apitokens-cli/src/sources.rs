//! Configured sources turned into facade sources, and the operations the
//! commands run on them.

use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, Error, ErrorKind, SecretString, Source,
    Token, Vendor,
};
use futures::stream::{self, StreamExt};
use tokio::sync::mpsc;

use crate::config::{ConfigError, SourceConfig, SourceKind};

/// The most tokens handed on at once: a page's worth (the facade's sources
/// ask for 500 a page).
const CHUNK: usize = 500;

/// What the listing of one target hands on, in order.
#[derive(Debug)]
pub(crate) enum Listing {
    /// Some of the target's tokens, in the order the vendor gave them.
    Tokens(Vec<Token>),
    /// The target is done: every token was handed on, or it failed (the
    /// tokens handed on before the failure stand).
    Done(Result<(), Failure>),
}

/// The Livy Gateway ID given to a workspace-wide EMR source, whose own
/// gateway is never read: the facade builds sources per gateway, and
/// `gateways()` discovers the real ones. Any valid path segment does.
const ANY_GATEWAY: &str = "lc-discover";

/// A configured source, ready to make requests.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) name: String,
    pub(crate) vendor: Vendor,
    /// The variables holding the credentials, for hints.
    pub(crate) credential_envs: Vec<String>,
    handle: Handle,
}

#[derive(Debug, Clone)]
enum Handle {
    One(Source),
    /// An EMR workspace without a `livy_compute_id`: every Livy Gateway.
    EmrWorkspace(EmrServerlessSparkSource),
}

/// Why an operation on a target failed.
#[derive(Debug)]
pub(crate) enum Failure {
    Api(Error),
    /// A failure the CLI itself detected; its message and hint.
    Cli {
        message: String,
        hint: String,
    },
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Api(error)
    }
}

/// Reads an environment variable through `env`; empty counts as unset.
fn read(env: &dyn Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    env(name)
        .map(|value| value.trim().to_string())
        .filter(|value| !value.is_empty())
}

impl Target {
    /// Builds the facade source for `config`, reading its credentials
    /// through `env`. No request is made.
    pub(crate) fn connect(
        config: &SourceConfig,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, Vec<ConfigError>> {
        let unset = |variable: &str, what: &str| {
            ConfigError(format!(
                "{}: source {:?} ({}): environment variable {variable} is not set (it must hold {what})",
                config.origin,
                config.name,
                config.vendor()
            ))
        };
        let refused = |error: Error| {
            vec![ConfigError(format!(
                "{}: source {:?}: {error}",
                config.origin, config.name
            ))]
        };
        let handle = match &config.kind {
            SourceKind::Dynatrace { url, token_env } => {
                let token = read(env, token_env).ok_or_else(|| {
                    vec![unset(
                        token_env,
                        "a Dynatrace API token with the apiTokens.read scope",
                    )]
                })?;
                let credentials = apitokens::dynatrace::Credentials::new(SecretString::from(token));
                Handle::One(
                    DynatraceSource::new(url, credentials)
                        .and_then(|source| source.with_policy(config.policy.clone()))
                        .and_then(|source| source.with_list_limits(config.list_limits))
                        .map_err(refused)?
                        .into(),
                )
            }
            SourceKind::Astra {
                url,
                account_id,
                user_id,
                token_env,
            } => {
                let token = read(env, token_env)
                    .ok_or_else(|| vec![unset(token_env, "an Astra Control API token")])?;
                let credentials = apitokens::astra::Credentials::new(SecretString::from(token));
                Handle::One(
                    AstraSource::new(url, account_id, user_id, credentials)
                        .and_then(|source| source.with_policy(config.policy.clone()))
                        .and_then(|source| source.with_list_limits(config.list_limits))
                        .map_err(refused)?
                        .into(),
                )
            }
            SourceKind::EmrServerlessSpark {
                region,
                workspace_id,
                livy_compute_id,
                endpoint,
                access_key_id_env,
                access_key_secret_env,
                security_token_env,
            } => {
                let id = read(env, access_key_id_env);
                let secret = read(env, access_key_secret_env);
                let (id, secret) = match (id, secret) {
                    (Some(id), Some(secret)) => (id, secret),
                    (id, secret) => {
                        let mut errors = Vec::new();
                        if id.is_none() {
                            errors.push(unset(access_key_id_env, "an Alibaba Cloud AccessKey ID"));
                        }
                        if secret.is_none() {
                            errors.push(unset(
                                access_key_secret_env,
                                "an Alibaba Cloud AccessKey secret",
                            ));
                        }
                        return Err(errors);
                    }
                };
                let mut key = apitokens::emr_serverless_spark::Credentials::new(
                    id,
                    SecretString::from(secret),
                );
                if let Some(token) = read(env, security_token_env) {
                    key = key.with_security_token(SecretString::from(token));
                }
                let gateway = livy_compute_id.as_deref().unwrap_or(ANY_GATEWAY);
                let source = EmrServerlessSparkSource::with_endpoint(
                    endpoint,
                    region,
                    workspace_id,
                    gateway,
                    key,
                )
                .and_then(|source| source.with_policy(config.policy.clone()))
                .and_then(|source| source.with_list_limits(config.list_limits))
                .map_err(refused)?;
                match livy_compute_id {
                    Some(_) => Handle::One(source.into()),
                    None => Handle::EmrWorkspace(source),
                }
            }
        };
        Ok(Self {
            name: config.name.clone(),
            vendor: config.vendor(),
            credential_envs: config
                .credential_envs()
                .into_iter()
                .map(str::to_string)
                .collect(),
            handle,
        })
    }

    /// The facade sources behind this target: itself, or every Livy Gateway
    /// of an EMR workspace (one request).
    pub(crate) async fn sources(&self) -> Result<Vec<Source>, Failure> {
        match &self.handle {
            Handle::One(source) => Ok(vec![source.clone()]),
            Handle::EmrWorkspace(workspace) => Ok(workspace
                .gateways()
                .await?
                .into_iter()
                .map(Source::from)
                .collect()),
        }
    }

    /// Every token of the target, sent as [`Listing::Tokens`] chunks as the
    /// pages arrive (a page of a paged source; a gateway's list of an EMR
    /// workspace), so nothing here holds the whole listing. Stops quietly
    /// when the receiver is gone. The tokens sent before a failure stay sent.
    pub(crate) async fn list_into(&self, sender: &mpsc::Sender<Listing>) -> Result<(), Failure> {
        tracing::debug!(source = %self.name, vendor = %self.vendor, "listing tokens");
        let sources = self.sources().await?;
        tracing::debug!(source = %self.name, scopes = sources.len(), "reading each scope");
        let mut sent = 0usize;
        if let [source] = sources.as_slice() {
            let mut pages = source.list().ready_chunks(CHUNK);
            while let Some(chunk) = pages.next().await {
                let mut tokens = Vec::with_capacity(chunk.len());
                let mut failed = None;
                for item in chunk {
                    match item {
                        Ok(token) => tokens.push(token),
                        Err(error) => failed = Some(error),
                    }
                }
                sent += tokens.len();
                if !tokens.is_empty() && sender.send(Listing::Tokens(tokens)).await.is_err() {
                    return Ok(());
                }
                if let Some(error) = failed {
                    return Err(error.into());
                }
            }
        } else {
            // An EMR workspace: its gateways are few and list in one request
            // each (no paging); read them two at a time.
            let mut lists = stream::iter(&sources).map(Source::list_all).buffered(2);
            while let Some(list) = lists.next().await {
                let tokens = list?;
                sent += tokens.len();
                if sender.send(Listing::Tokens(tokens)).await.is_err() {
                    return Ok(());
                }
            }
        }
        tracing::debug!(source = %self.name, tokens = sent, "listed");
        Ok(())
    }

    /// The facade source that holds token `id`: for an EMR workspace, the
    /// gateway whose `get` finds it.
    pub(crate) async fn locate(&self, id: &str) -> Result<(Source, Token), Failure> {
        let mut last_not_found = None;
        for source in self.sources().await? {
            match source.get(id).await {
                Ok(token) => return Ok((source, token)),
                Err(error) if is_not_found(&error) => {
                    last_not_found = Some(error);
                }
                Err(error) => return Err(error.into()),
            }
        }
        Err(match last_not_found {
            Some(error) => error.into(),
            None => Failure::Cli {
                message: "the workspace has no Livy Gateway".into(),
                hint: "the workspace_id in the config, or create a Livy Gateway first".into(),
            },
        })
    }

    /// The facade source new tokens go to: the target itself, or for an EMR
    /// workspace the gateway named by `gateway` (required when there are several).
    pub(crate) async fn for_create(&self, gateway: Option<&str>) -> Result<Source, Failure> {
        let sources = self.sources().await?;
        let gateway_of = |source: &Source| match source.location() {
            apitokens::Location::EmrServerlessSpark {
                livy_compute_id, ..
            } => Some(livy_compute_id),
            _ => None,
        };
        match (&self.handle, gateway) {
            (Handle::One(source), None) => Ok(source.clone()),
            (Handle::One(source), Some(wanted)) => match gateway_of(source) {
                Some(own) if own == wanted => Ok(source.clone()),
                Some(_) => Err(Failure::Cli {
                    message: format!(
                        "--gateway {wanted} does not match the source's livy_compute_id"
                    ),
                    hint: "the source's livy_compute_id in the config, or leave --gateway out"
                        .into(),
                }),
                None => Err(Failure::Cli {
                    message: "--gateway applies to emr-serverless-spark sources only".into(),
                    hint: "the command line: leave --gateway out".into(),
                }),
            },
            (Handle::EmrWorkspace(_), Some(wanted)) => sources
                .into_iter()
                .find(|source| gateway_of(source).as_deref() == Some(wanted))
                .ok_or_else(|| Failure::Cli {
                    message: format!("the workspace has no Livy Gateway {wanted}"),
                    hint: "the gateway ID (`apitokens list` shows each token's location)".into(),
                }),
            (Handle::EmrWorkspace(_), None) => {
                let ids: Vec<String> = sources.iter().filter_map(gateway_of).collect();
                match <[Source; 1]>::try_from(sources) {
                    Ok([only]) => Ok(only),
                    Err(_) => Err(Failure::Cli {
                        message: format!(
                            "the workspace has {} Livy Gateways ({}); say which with --gateway",
                            ids.len(),
                            ids.join(", ")
                        ),
                        hint: "the --gateway option, or set livy_compute_id in the config".into(),
                    }),
                }
            }
        }
    }
}

/// Whether `error` says the token does not exist. EMR answers that with
/// HTTP 200 and a `Tokens.NotFound` code, which the facade reports as a
/// vendor error rather than [`ErrorKind::NotFound`].
pub(crate) fn is_not_found(error: &Error) -> bool {
    error.is_not_found()
        || (error.kind() == ErrorKind::Vendor
            && error.vendor_code().is_some_and(|code| {
                code.starts_with("Token")
                    && (code.ends_with("NotFound") || code.ends_with("NotExist"))
            }))
}

/// What to check when a source fails with `error`.
pub(crate) fn hint_for(target: &Target, error: &Error) -> String {
    let kind = if is_not_found(error) {
        ErrorKind::NotFound
    } else {
        error.kind()
    };
    hint(target, kind)
}

/// What to check when a source fails with `kind`.
pub(crate) fn hint(target: &Target, kind: ErrorKind) -> String {
    let envs = target.credential_envs.join(", ");
    let vendor_ids = match target.vendor {
        Vendor::Dynatrace => "the environment URL",
        Vendor::Astra => "the URL, account_id and user_id",
        Vendor::EmrServerlessSpark => "the region, endpoint, workspace_id and livy_compute_id",
        _ => "the source's settings",
    };
    match kind {
        ErrorKind::NotFound => format!("{vendor_ids} in the config, and the token ID"),
        ErrorKind::Unauthorized => format!("the credentials in {envs} (wrong, expired or revoked)"),
        ErrorKind::Forbidden => match target.vendor {
            Vendor::Dynatrace => format!(
                "the scopes of the token in {envs} (apiTokens.read to list, apiTokens.write to change)"
            ),
            Vendor::EmrServerlessSpark => {
                format!("the RAM permissions of the AccessKey in {envs} on the workspace")
            }
            _ => format!("the role of the user whose token is in {envs}"),
        },
        ErrorKind::InvalidRequest => format!("the command's arguments and {vendor_ids}"),
        ErrorKind::Conflict => "whether a token of that name already exists".into(),
        ErrorKind::Unsupported => {
            "what this vendor supports (`apitokens --help`, README: commands)".into()
        }
        ErrorKind::RateLimited => "again later, or lower --concurrency".into(),
        ErrorKind::Server => "the vendor's status page, and try again later".into(),
        ErrorKind::Vendor => format!("the vendor's code and message, {vendor_ids} and {envs}"),
        ErrorKind::Transport => {
            format!("{vendor_ids} and the network path to it (DNS, proxy, firewall, TLS)")
        }
        ErrorKind::OutcomeUnknown => {
            "whether the token exists (`apitokens list`) before trying again".into()
        }
        ErrorKind::Decode => format!("that {vendor_ids} points at the vendor's API"),
        ErrorKind::Configuration => "the source's entry in the config file".into(),
        ErrorKind::Pagination => "max_pages and list_timeout in the source's config entry if it holds that many tokens or is that slow; a repeated cursor is the vendor's fault".into(),
        _ => format!("{vendor_ids} and {envs}"),
    }
}

/// For a transport error, what failed underneath (e.g. "Connection refused"),
/// which the facade's message ("error sending request") leaves out. These
/// are connection-level causes from the OS, DNS or TLS: no request content.
pub(crate) fn root_cause(error: &Error) -> String {
    if error.kind() != ErrorKind::Transport {
        return String::new();
    }
    let mut current: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(error);
    let mut root = None;
    while let Some(cause) = current {
        root = Some(cause);
        current = cause.source();
    }
    match root.map(ToString::to_string) {
        Some(root) if !root.is_empty() && !error.to_string().contains(&root) => {
            format!(" ({root})")
        }
        _ => String::new(),
    }
}

/// The one stderr line for a failure of `target`.
pub(crate) fn failure_line(target: &Target, failure: &Failure) -> String {
    match failure {
        Failure::Api(error) => format!(
            "error: {} ({}): {error}{} — check {}",
            target.name,
            target.vendor,
            root_cause(error),
            hint_for(target, error)
        ),
        Failure::Cli { message, hint } => format!(
            "error: {} ({}): {message} — check {hint}",
            target.name, target.vendor
        ),
    }
}
