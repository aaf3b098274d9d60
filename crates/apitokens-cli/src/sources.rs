//! Configured sources turned into facade sources, and the operations the
//! commands run on them.

use apitokens::{
    Adapter, ConnectError, Connected, Error, ErrorKind, SelectError, Source, Token, Vendor,
};

use crate::config::{ConfigError, ConfiguredSource};

/// What the listing of one target hands on, in order.
#[derive(Debug)]
pub(crate) enum Listing {
    /// Some of the target's tokens, in the order the vendor gave them.
    Tokens(Vec<Token>),
    /// The target is done: every token was handed on, or it failed (the
    /// tokens handed on before the failure stand).
    Done(Result<(), Failure>),
}

/// A configured source, ready to make requests.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    pub(crate) name: String,
    pub(crate) vendor: Vendor,
    /// What the CLI asks about the vendor (hints, members, not-found codes).
    pub(crate) adapter: &'static dyn Adapter,
    /// The variables holding the credentials, for hints.
    pub(crate) credential_envs: Vec<String>,
    connected: Connected,
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

impl Target {
    /// Builds the facade source for `source`, reading its credentials
    /// through `env`. No request is made.
    pub(crate) fn connect(
        source: &ConfiguredSource,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, Vec<ConfigError>> {
        let connected = source
            .config
            .connect(env, source.policy.clone(), source.list_limits)
            .map_err(|error| match error {
                ConnectError::Unset(unset) => unset
                    .into_iter()
                    .map(|unset| {
                        ConfigError(format!(
                            "{}: source {:?} ({}): environment variable {} is not set (it must hold {})",
                            source.origin,
                            source.name,
                            source.vendor(),
                            unset.variable,
                            unset.holds
                        ))
                    })
                    .collect(),
                ConnectError::Refused(error) => vec![ConfigError(format!(
                    "{}: source {:?}: {error}",
                    source.origin, source.name
                ))],
                // A kind of failure added to the facade later: no Debug
                // output (Rust's words) in a message for people.
                _ => vec![ConfigError(format!(
                    "{}: source {:?}: cannot be set up from its entry",
                    source.origin, source.name
                ))],
            })?;
        Ok(Self {
            name: source.name.clone(),
            vendor: source.vendor(),
            adapter: source.adapter(),
            credential_envs: source.config.credential_envs(),
            connected,
        })
    }

    /// The facade sources behind this target: itself, or every member of a
    /// group (e.g. every Livy Gateway of an EMR workspace; one request).
    pub(crate) async fn sources(&self) -> Result<Vec<Source>, Failure> {
        Ok(self.connected.sources().await?)
    }

    /// What the target connects to, for the facade's fan-out.
    pub(crate) fn connected(&self) -> &Connected {
        &self.connected
    }

    /// The facade source that holds token `id`: for a group, the member
    /// whose `get` finds it.
    pub(crate) async fn locate(&self, id: &str) -> Result<(Source, Token), Failure> {
        let mut last_not_found = None;
        for source in self.sources().await? {
            match source.get(id).await {
                Ok(token) => return Ok((source, token)),
                Err(error) if error.is_not_found() => {
                    last_not_found = Some(error);
                }
                Err(error) => return Err(error.into()),
            }
        }
        Err(match last_not_found {
            Some(error) => error.into(),
            None => self.no_member(),
        })
    }

    /// Why a group has no source to use.
    fn no_member(&self) -> Failure {
        let noun = self.adapter.member_noun().unwrap_or("member");
        Failure::Cli {
            message: format!("the {} has no {noun}", self.adapter.source_noun()),
            hint: format!(
                "{} in the config, or create a {noun} first",
                self.adapter.settings_hint()
            ),
        }
    }

    /// The facade source new tokens go to: the target itself, or for a group
    /// the member named by `member` (`--gateway`; required when there are several).
    pub(crate) async fn for_create(&self, member: Option<&str>) -> Result<Source, Failure> {
        let noun = self.adapter.member_noun().unwrap_or("member");
        let group = self.adapter.source_noun();
        self.connected
            .select(self.adapter, member)
            .await
            .map_err(|error| match error {
                SelectError::Api(error) => Failure::Api(error),
                SelectError::OtherMember(_) => Failure::Cli {
                    message: format!(
                        "--gateway {} is not the source's {noun}",
                        member.unwrap_or_default()
                    ),
                    hint: "the source's entry in the config, or leave --gateway out".into(),
                },
                SelectError::NotGrouped => Failure::Cli {
                    message: format!("--gateway does not apply to {} sources", self.vendor),
                    hint: "the command line: leave --gateway out".into(),
                },
                SelectError::NoSuchMember(wanted) => Failure::Cli {
                    message: format!("the {group} has no {noun} {wanted}"),
                    hint: format!("the {noun} ID (`apitokens list` shows each token's location)"),
                },
                SelectError::Empty => self.no_member(),
                SelectError::Ambiguous(ids) => Failure::Cli {
                    message: format!(
                        "the {group} has {} {noun}s ({}); say which with --gateway",
                        ids.len(),
                        ids.join(", ")
                    ),
                    hint: format!("the --gateway option, or name one {noun} in the config"),
                },
                other => Failure::Cli {
                    message: format!("{other:?}"),
                    hint: "the source's entry in the config".into(),
                },
            })
    }
}

/// What to check when a source fails with `error`.
pub(crate) fn hint_for(target: &Target, error: &Error) -> String {
    let kind = if error.is_not_found() {
        ErrorKind::NotFound
    } else {
        error.kind()
    };
    hint(target, kind)
}

/// What to check when a source fails with `kind`.
pub(crate) fn hint(target: &Target, kind: ErrorKind) -> String {
    let envs = target.credential_envs.join(", ");
    let vendor_ids = target.adapter.settings_hint();
    match kind {
        ErrorKind::NotFound => format!("{vendor_ids} in the config, and the token ID"),
        ErrorKind::Unauthorized => format!("the credentials in {envs} (wrong, expired or revoked)"),
        ErrorKind::Forbidden => target.adapter.forbidden_hint(&envs),
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
