//! `apitokens`: every API token of every Dynatrace environment, Astra Control
//! account and EMR Serverless Spark workspace you configure — listed, audited,
//! created, changed, rotated and revoked from one command line.

// First: its `say!` macro is used by the modules below.
#[macro_use]
mod terminal;

mod audit;
mod commands;
mod config;
#[cfg(feature = "demo")]
mod demo;
mod interrupt;
mod output;
mod sources;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::audit::Severity;
use crate::output::{Format, VendorName};

const AFTER_HELP: &str = "\
Configuration: --config FILE, else $APITOKENS_CONFIG, else ./apitokens.toml. It names the
environment variables that hold each source's secrets, never the secrets.

Exit status: 0 success; 1 `audit` found something; 2 a source failed, the configuration is
wrong, the command line is invalid, or a new secret could not be delivered (its token is revoked
again; stderr says which tokens exist).

Logging: RUST_LOG (e.g. RUST_LOG=debug), to stderr. No output, log or error ever contains a
token, an access-key secret or a Livy token's content; only `create`, `rotate` and `refresh`
print the one new secret, to stdout.

Try it without any account: apitokens demo";

/// Cross-vendor API token inventory, audit and lifecycle for Dynatrace,
/// NetApp Astra Control and Alibaba Cloud EMR Serverless Spark.
#[derive(Debug, Parser)]
#[command(name = "apitokens", version, after_help = AFTER_HELP)]
struct Cli {
    /// The configuration file [default: $APITOKENS_CONFIG, else ./apitokens.toml].
    #[arg(long, short = 'c', global = true, value_name = "FILE")]
    config: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Every token of every selected source, fetched concurrently.
    List(ListArgs),
    /// One token, by source and ID.
    Get {
        /// The source's `name` in the configuration.
        source: String,
        /// The token's ID (never its secret).
        id: String,
        #[arg(long, short = 'f', value_enum)]
        /// Output format [default: table on a terminal, else json].
        format: Option<Format>,
    },
    /// Review every token: expired, expiring, never expiring, unused, disabled,
    /// broad scopes. Exits 1 when it finds anything, so it can gate a pipeline.
    #[command(long_about = AUDIT_ABOUT)]
    Audit(AuditArgs),
    /// Create a token; its secret is printed once, to stdout.
    Create(CreateArgs),
    /// Rename, enable or disable a token, or replace its scopes (as the vendor allows).
    Update(UpdateArgs),
    /// Delete a token.
    Revoke {
        /// The source's `name` in the configuration.
        source: String,
        /// The token's ID.
        id: String,
        /// Do not ask for confirmation (required when stdin is not a terminal).
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Replace a token: create one like it, confirm it, print its secret once
    /// to stdout, and only then revoke the old one. If the secret cannot be
    /// written, the new token is revoked and the old one kept.
    Rotate {
        /// The source's `name` in the configuration.
        source: String,
        /// The token's ID.
        id: String,
        /// Keep the old token (two-phase rotation): revoke it later with
        /// `apitokens revoke`, once the new secret is in use.
        #[arg(long)]
        keep_old: bool,
        #[command(flatten)]
        secret_format: SecretFormatArg,
    },
    /// Give a token a new secret, keeping the token (EMR Serverless Spark).
    /// The new secret is printed once, to stdout.
    Refresh {
        /// The source's `name` in the configuration.
        source: String,
        /// The token's ID.
        id: String,
        #[command(flatten)]
        secret_format: SecretFormatArg,
    },
    /// Start a sandbox of all three vendors on loopback, with sample tokens,
    /// and run `list` and `audit` against it. No config, credentials or network.
    #[cfg(feature = "demo")]
    Demo {
        #[arg(long, short = 'f', value_enum)]
        /// Output format [default: table].
        format: Option<Format>,
    },
    /// Print the JSON Schema of what `list`/`get` (token) or `audit` (finding) print.
    Schema {
        #[arg(value_enum, default_value = "token")]
        of: SchemaOf,
    },
}

const AUDIT_ABOUT: &str = "\
Review every token of the selected sources and print one finding per problem.

Severities:
  high    write or admin scopes on a token that still works (Dynatrace *.write, Write*,
          admin scopes, apiTokens.write)
  medium  expired; expires within --expiring-within; last used longer ago than
          --unused-for, or never used and older than that; personal access tokens
  low     never expires (valid until revoked); disabled but not revoked

Exit status: 0 no findings (at or above --min-severity); 1 findings; 2 a source failed or
the configuration is wrong.";

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SchemaOf {
    /// One element of `list --format json` / `get --format json`.
    Token,
    /// One element of `audit --format json`.
    Finding,
}

#[derive(Debug, Args)]
struct Selection {
    /// Only this source (repeatable).
    #[arg(long = "source", short = 's', value_name = "NAME")]
    sources: Vec<String>,
    /// Only sources of this vendor (repeatable).
    #[arg(long = "vendor", value_enum, value_name = "VENDOR")]
    vendors: Vec<VendorName>,
    /// How many sources to read at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    concurrency: u16,
}

#[derive(Debug, Args)]
struct ListArgs {
    #[command(flatten)]
    selection: Selection,
    #[arg(long, short = 'f', value_enum)]
    /// Output format [default: table on a terminal, else json].
    format: Option<Format>,
}

#[derive(Debug, Args)]
struct AuditArgs {
    #[command(flatten)]
    selection: Selection,
    /// Report tokens expiring within this period (e.g. 30d, 2w, 12h).
    #[arg(long, default_value = "30d", value_parser = parse_period)]
    expiring_within: Duration,
    /// Report tokens not used for this period, or never used and older than it.
    #[arg(long, default_value = "90d", value_parser = parse_period)]
    unused_for: Duration,
    /// Report only findings of at least this severity.
    #[arg(long, value_enum, default_value = "low")]
    min_severity: Severity,
    #[arg(long, short = 'f', value_enum)]
    /// Output format [default: table on a terminal, else json].
    format: Option<Format>,
}

#[derive(Debug, Args)]
struct SecretFormatArg {
    /// `text`: the secret alone on stdout, details on stderr; `json`: one JSON
    /// array with the token and its `secret`.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    format: SecretFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SecretFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
struct CreateArgs {
    /// The source's `name` in the configuration.
    source: String,
    /// The new token's name.
    #[arg(long)]
    name: String,
    /// A scope (Dynatrace; repeatable, at least one there).
    #[arg(long = "scope", value_name = "SCOPE")]
    scopes: Vec<String>,
    /// Expire after this period (e.g. 90d; whole days for EMR).
    #[arg(long, value_parser = parse_period, conflicts_with = "expires_at")]
    expires_in: Option<Duration>,
    /// Expire at this time (RFC 3339, e.g. 2026-01-31T00:00:00Z; Dynatrace).
    #[arg(long, value_parser = parse_time)]
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Make it a personal access token (Dynatrace).
    #[arg(long)]
    personal: bool,
    /// A label, KEY=VALUE (Astra; repeatable).
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = parse_label)]
    labels: Vec<(String, String)>,
    /// Use the secret in this environment variable instead of a generated one
    /// (EMR: at least 16 characters). Never pass a secret on the command line.
    #[arg(long, value_name = "VAR")]
    secret_env: Option<String>,
    /// The Livy Gateway (`lc-…`) of an EMR source configured without
    /// livy_compute_id, when its workspace has several.
    #[arg(long, value_name = "ID")]
    gateway: Option<String>,
    #[command(flatten)]
    secret_format: SecretFormatArg,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true)))]
struct UpdateArgs {
    /// The source's `name` in the configuration.
    source: String,
    /// The token's ID.
    id: String,
    /// A new name.
    #[arg(long, group = "change")]
    name: Option<String>,
    /// Enable the token.
    #[arg(long, group = "change", conflicts_with = "disable")]
    enable: bool,
    /// Disable the token.
    #[arg(long, group = "change")]
    disable: bool,
    /// Replace the scopes with these (repeatable).
    #[arg(long = "scope", value_name = "SCOPE", group = "change")]
    scopes: Vec<String>,
    #[arg(long, short = 'f', value_enum)]
    /// Output format of the updated token [default: table on a terminal, else json].
    format: Option<Format>,
}

/// The longest period a flag accepts: 100 years (humantime's year is 365.25
/// days). Longer periods, added to or taken from now, leave the range of dates
/// that the vendors, chrono and `Instant` can hold.
const MAX_PERIOD: Duration = Duration::from_secs(100 * 31_557_600);

/// "30d", "2w", "12h", "90 days": humantime's durations, up to [`MAX_PERIOD`].
fn parse_period(value: &str) -> Result<Duration, String> {
    let period = humantime::parse_duration(value)
        .map_err(|e| format!("{e} (use a period like 30d, 2w or 12h)"))?;
    if period > MAX_PERIOD {
        return Err("longer than 100 years, the longest period accepted".to_string());
    }
    Ok(period)
}

fn parse_time(value: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(value)
        .map(|time| time.with_timezone(&chrono::Utc))
        .map_err(|e| format!("{e} (use RFC 3339, like 2026-01-31T00:00:00Z)"))
}

fn parse_label(value: &str) -> Result<(String, String), String> {
    match value.split_once('=') {
        Some((key, value)) if !key.is_empty() => Ok((key.to_string(), value.to_string())),
        _ => Err("use KEY=VALUE".to_string()),
    }
}

/// Logs to stderr as RUST_LOG says (warnings and errors unless set).
fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            say!("error: cannot start the async runtime: {error}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> ExitCode {
    init_logging();
    let env = |name: &str| std::env::var(name).ok();
    let context = commands::Context {
        config_flag: cli.config,
        env: &env,
        stdout_is_terminal: std::io::stdout().is_terminal(),
        stderr_is_terminal: std::io::stderr().is_terminal(),
        stdin_is_terminal: std::io::stdin().is_terminal(),
        now: chrono::Utc::now(),
    };
    let status = commands::run(&context, cli.command).await;
    ExitCode::from(status as u8)
}
