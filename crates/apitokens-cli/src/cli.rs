//! The command line's shape: clap's types for every command and option,
//! and the parsers of their values. What each command does is in `commands`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::audit::Severity;
use crate::output::{ColorChoice, Format};

const AFTER_HELP: &str = "\
Configuration: the command's --config FILE, else $APITOKENS_CONFIG, else
./apitokens.toml. It names the environment variables that hold each source's
secrets, never the secrets.

Exit status: 0 success; 1 `audit` or `report` found something; 2 a source
failed, the configuration is wrong, the command line is invalid, or a new
secret could not be delivered (its token is revoked again; stderr says which
tokens exist).

Logging: RUST_LOG (e.g. RUST_LOG=debug), to stderr. No output, log or error
ever contains a token, an access-key secret or a Livy token's content; only
`create`, `rotate` and `refresh` print the one new secret, to stdout.

Try it without any account: apitokens demo";

/// Cross-vendor API token inventory, audit and lifecycle for Dynatrace,
/// NetApp Astra Control, Alibaba Cloud EMR Serverless Spark and GitLab.
#[derive(Debug, Parser)]
#[command(name = "apitokens", version, after_help = AFTER_HELP)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// `--config`, on the commands that read the configuration (and only there,
/// so that no command accepts a flag it ignores).
#[derive(Debug, Default, Args)]
pub(crate) struct ConfigArg {
    /// The configuration file [default: $APITOKENS_CONFIG, else ./apitokens.toml].
    #[arg(long, short = 'c', value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
}

/// `--color`, on the commands that print coloured tables (the fitted `list`
/// and `audit` tables; `get`'s field list has no colour).
#[derive(Debug, Default, Args)]
pub(crate) struct ColorArg {
    /// Colour in tables: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Every token of every selected source, fetched concurrently.
    List(ListArgs),
    /// One token, by source and ID.
    Get {
        /// The source's `name` in the configuration.
        source: String,
        /// The token's ID (never its secret).
        id: String,
        #[arg(long, short = 'f', value_parser = ListingFormat)]
        /// Output format [default: table on a terminal, else json].
        format: Option<Format>,
        #[command(flatten)]
        config: ConfigArg,
    },
    /// Review every token: expired, expiring, never expiring, unused, disabled,
    /// broad scopes. Exits 1 when it finds anything, so it can gate a pipeline.
    #[command(long_about = AUDIT_ABOUT)]
    Audit(AuditArgs),
    /// The review as one self-contained HTML page: sources, counts, expiry
    /// timeline, last use, findings and every token. Exits like `audit`.
    #[command(long_about = REPORT_ABOUT)]
    Report(ReportArgs),
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
        /// A token that does not exist (already revoked) is not an error:
        /// exit 0 with a note on stderr, for pipelines that may run twice.
        #[arg(long)]
        ignore_not_found: bool,
        #[command(flatten)]
        config: ConfigArg,
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
        #[command(flatten)]
        config: ConfigArg,
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
        #[command(flatten)]
        config: ConfigArg,
    },
    /// Start a sandbox of every vendor on loopback, with sample tokens,
    /// and run `list` and `audit` against it. No config, credentials or network.
    #[cfg(feature = "demo")]
    Demo {
        #[arg(long, short = 'f', value_parser = ListingFormat)]
        /// Output format [default: table].
        format: Option<Format>,
        #[command(flatten)]
        color: ColorArg,
        /// Where to write the demo's HTML report [default:
        /// apitokens-demo-report.html in the temporary directory].
        #[arg(long, value_name = "FILE")]
        report: Option<PathBuf>,
    },
    /// Print the JSON Schema of what `list`/`get` (token) or `audit` (finding) print.
    Schema {
        #[arg(value_enum, default_value = "token")]
        of: SchemaOf,
    },
    /// Check the configuration without any request.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the completion script for a shell (the README says where to put it).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to stdout, or write one page per command
    /// into a directory (apitokens.1, apitokens-list.1 and so on).
    Man {
        /// Write every page into this directory (e.g. ~/.local/share/man/man1)
        /// instead of printing the main page.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// `apitokens config …`.
#[derive(Debug, Subcommand)]
pub(crate) enum ConfigCommand {
    /// Check the file and the environment variables each source names (set and not
    /// empty), without any request: one line per source, then a summary. Exit status 0
    /// when all is well, 2 otherwise. Prints variables' names, never their values.
    Check {
        #[command(flatten)]
        config: ConfigArg,
    },
}

impl Command {
    /// `--config`, for the commands that read the configuration.
    pub(crate) fn config(&self) -> Option<&ConfigArg> {
        match self {
            Command::List(ListArgs { config, .. })
            | Command::Audit(AuditArgs { config, .. })
            | Command::Report(ReportArgs { config, .. })
            | Command::Create(CreateArgs { config, .. })
            | Command::Update(UpdateArgs { config, .. })
            | Command::Get { config, .. }
            | Command::Revoke { config, .. }
            | Command::Rotate { config, .. }
            | Command::Refresh { config, .. }
            | Command::Config(ConfigCommand::Check { config }) => Some(config),
            #[cfg(feature = "demo")]
            Command::Demo { .. } => None,
            Command::Schema { .. } | Command::Completions { .. } | Command::Man { .. } => None,
        }
    }

    /// `--color`, for the commands that print coloured tables.
    pub(crate) fn color(&self) -> Option<ColorChoice> {
        match self {
            Command::List(ListArgs { color, .. }) | Command::Audit(AuditArgs { color, .. }) => {
                Some(color.color)
            }
            #[cfg(feature = "demo")]
            Command::Demo { color, .. } => Some(color.color),
            Command::Get { .. }
            | Command::Update(_)
            | Command::Report(_)
            | Command::Create(_)
            | Command::Revoke { .. }
            | Command::Rotate { .. }
            | Command::Refresh { .. }
            | Command::Schema { .. }
            | Command::Config(_)
            | Command::Completions { .. }
            | Command::Man { .. } => None,
        }
    }
}

const AUDIT_ABOUT: &str = "\
Review every token of the selected sources and print one finding per problem.

Severities:
  high    write or admin scopes on a token that still works (by default
          Dynatrace *.write, Write*, *admin*, …; GitLab api, sudo, write_*, …;
          the config's [audit.broad_scopes] replaces a vendor's list)
  medium  expired; expires within --expiring-within; last used longer ago
          than --unused-for, or never used and older than that; personal
          access tokens
  low     never expires (valid until revoked); disabled but not revoked

Each finding has a fingerprint, the same in every run for the same source,
token ID and check. To adopt the audit in a pipeline that has findings:
  apitokens audit --write-baseline audit-baseline.toml   # accept them
  apitokens audit --baseline audit-baseline.toml   # fail only on new ones
Entries may say `reason = \"…\"` and `until = \"2026-06-30\"`; after that day
the finding counts again. Stderr says how many findings the baseline accepted
and which entries match no finding any more (stale: remove them).

Exit status: 0 no findings (at or above --min-severity, not accepted by
--baseline), or --write-baseline wrote them; 1 findings; 2 a source failed,
the configuration or the baseline is wrong, or the baseline could not be
written.";

const REPORT_ABOUT: &str = "\
Review every token of the selected sources, as `audit` does, and write the
review as one HTML page: which sources were read (and which failed), counts
per vendor, source and severity, an expiry timeline, last use, the findings
and every token with its owner. The page is self-contained (inline styles and
charts, no script needed, nothing fetched), prints on A4 or Letter, and holds
no secret: only what `apitokens list` shows.

The file is written whole or not at all (a temporary file beside it, then
renamed). A source that fails is shown as failed in the page, which is still
written.

With --baseline, the findings it accepts are left out of the page (which says
how many), as `audit --baseline` leaves them out of its output.

Exit status: as `audit`: 0 no findings (at or above --min-severity, not
accepted by --baseline); 1 findings; 2 a source failed, the configuration or
the baseline is wrong, or the page could not be written.";

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub(crate) enum SchemaOf {
    /// One element of `list --format json` / `get --format json`.
    Token,
    /// One element of `audit --format json`.
    Finding,
}

#[derive(Debug, Args)]
pub(crate) struct Selection {
    /// Only this source (repeatable).
    #[arg(long = "source", short = 's', value_name = "NAME")]
    pub(crate) sources: Vec<String>,
    /// Only sources of this vendor (repeatable).
    #[arg(long = "vendor", value_name = "VENDOR", value_parser = vendor_parser())]
    pub(crate) vendors: Vec<apitokens::Vendor>,
    /// How many sources to read at once.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub(crate) concurrency: u16,
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    #[command(flatten)]
    pub(crate) selection: Selection,
    #[arg(long, short = 'f', value_parser = ListingFormat)]
    /// Output format [default: table on a terminal, else json].
    pub(crate) format: Option<Format>,
    #[command(flatten)]
    pub(crate) config: ConfigArg,
    #[command(flatten)]
    pub(crate) color: ColorArg,
}

#[derive(Debug, Args)]
pub(crate) struct AuditArgs {
    #[command(flatten)]
    pub(crate) review: ReviewArgs,
    #[arg(long, short = 'f', value_enum)]
    /// Output format [default: table on a terminal, else json].
    pub(crate) format: Option<Format>,
    /// Write the findings reported to this baseline file (replacing it, whole or
    /// not at all) and exit 0: they are accepted from now on. With --baseline,
    /// entries keep their reason and until.
    #[arg(long, value_name = "FILE")]
    pub(crate) write_baseline: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) config: ConfigArg,
    #[command(flatten)]
    pub(crate) color: ColorArg,
}

/// The sources and rules of a review: what `audit` and `report` share.
#[derive(Debug, Args)]
pub(crate) struct ReviewArgs {
    #[command(flatten)]
    pub(crate) selection: Selection,
    /// Report tokens expiring within this period (e.g. 30d, 2w, 12h).
    #[arg(long, default_value = "30d", value_parser = parse_period)]
    pub(crate) expiring_within: Duration,
    /// Report tokens not used for this period, or never used and older than it.
    #[arg(long, default_value = "90d", value_parser = parse_period)]
    pub(crate) unused_for: Duration,
    /// Report only findings of at least this severity.
    #[arg(long, default_value = "low", value_parser = severity_parser())]
    pub(crate) min_severity: Severity,
    /// Report and fail only on findings not accepted in this baseline file
    /// (see `audit --write-baseline`); say how many it accepted and which
    /// entries are stale.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    #[command(flatten)]
    pub(crate) review: ReviewArgs,
    /// Where to write the HTML page (`-`: stdout).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) out: PathBuf,
    #[command(flatten)]
    pub(crate) config: ConfigArg,
}

#[derive(Debug, Args)]
pub(crate) struct SecretFormatArg {
    /// `text`: the secret alone on stdout, details on stderr; `json`: one JSON
    /// array with the token and its `secret`.
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub(crate) format: SecretFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum SecretFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct CreateArgs {
    /// The source's `name` in the configuration.
    pub(crate) source: String,
    /// The new token's name.
    #[arg(long)]
    pub(crate) name: String,
    /// A scope (Dynatrace; repeatable, at least one there).
    #[arg(long = "scope", value_name = "SCOPE")]
    pub(crate) scopes: Vec<String>,
    /// Expire after this period (e.g. 90d; whole days for EMR).
    #[arg(long, value_parser = parse_period, conflicts_with = "expires_at")]
    pub(crate) expires_in: Option<Duration>,
    /// Expire at this time (RFC 3339, e.g. 2026-01-31T00:00:00Z; Dynatrace).
    #[arg(long, value_parser = parse_time)]
    pub(crate) expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Make it a personal access token (Dynatrace).
    #[arg(long)]
    pub(crate) personal: bool,
    /// A label, KEY=VALUE (Astra; repeatable).
    #[arg(long = "label", value_name = "KEY=VALUE", value_parser = parse_label)]
    pub(crate) labels: Vec<(String, String)>,
    /// Use the secret in this environment variable instead of a generated one
    /// (EMR: at least 16 characters). Never pass a secret on the command line.
    #[arg(long, value_name = "VAR")]
    pub(crate) secret_env: Option<String>,
    /// The Livy Gateway (`lc-…`) of an EMR source configured without
    /// livy_compute_id, when its workspace has several.
    #[arg(long, value_name = "ID")]
    pub(crate) gateway: Option<String>,
    #[command(flatten)]
    pub(crate) secret_format: SecretFormatArg,
    #[command(flatten)]
    pub(crate) config: ConfigArg,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("change").required(true).multiple(true)))]
// clap's own usage line lists the group in one line of 98 columns.
#[command(
    override_usage = "apitokens update <SOURCE> <ID> [--name <NAME>] [--enable|--disable]\n       \
                      [--scope <SCOPE>]... [OPTIONS] (at least one change)"
)]
pub(crate) struct UpdateArgs {
    /// The source's `name` in the configuration.
    pub(crate) source: String,
    /// The token's ID.
    pub(crate) id: String,
    /// A new name.
    #[arg(long, group = "change")]
    pub(crate) name: Option<String>,
    /// Enable the token.
    #[arg(long, group = "change", conflicts_with = "disable")]
    pub(crate) enable: bool,
    /// Disable the token.
    #[arg(long, group = "change")]
    pub(crate) disable: bool,
    /// Replace the scopes with these (repeatable).
    #[arg(long = "scope", value_name = "SCOPE", group = "change")]
    pub(crate) scopes: Vec<String>,
    #[arg(long, short = 'f', value_parser = ListingFormat)]
    /// Output format of the updated token [default: table on a terminal, else json].
    pub(crate) format: Option<Format>,
    #[command(flatten)]
    pub(crate) config: ConfigArg,
}

/// The longest period a flag accepts: 100 years (humantime's year is 365.25
/// days). Longer periods, added to or taken from now, leave the range of dates
/// that the vendors, chrono and `Instant` can hold.
const MAX_PERIOD: Duration = Duration::from_secs(100 * 31_557_600);

/// `--format` of the commands that print tokens: every [`Format`] but those
/// of findings, which are neither offered nor accepted (`list --format junit`
/// says to use `audit`).
#[derive(Debug, Clone, Copy)]
struct ListingFormat;

impl clap::builder::TypedValueParser for ListingFormat {
    type Value = Format;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Format, clap::Error> {
        use clap::ValueEnum;
        let name = value.to_string_lossy();
        if let Some(format) = Format::from_str(&name, false)
            .ok()
            .filter(|format| format.audit_only())
        {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("{}\n", crate::output::audit_only_error(format)),
            )
            .with_cmd(command));
        }
        let values = self.possible_values().into_iter().flatten();
        let name =
            clap::builder::PossibleValuesParser::new(values).parse_ref(command, arg, value)?;
        Format::from_str(&name, false)
            .map_err(|_| clap::Error::new(clap::error::ErrorKind::InvalidValue).with_cmd(command))
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        use clap::ValueEnum;
        Some(Box::new(
            Format::value_variants()
                .iter()
                .filter(|format| !format.audit_only())
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

/// Accepts `low`, `medium` or `high` (the facade's audit severities).
fn severity_parser() -> impl clap::builder::TypedValueParser<Value = Severity> {
    use clap::builder::{PossibleValue, TypedValueParser};
    let help = |severity: Severity| match severity {
        Severity::Low => "Worth a look when convenient: never expires, disabled but not revoked",
        Severity::Medium => {
            "Fix this quarter: expired, expiring soon, unused or never used, personal access tokens"
        }
        Severity::High => "Fix now: write or admin scopes on a token that still works",
    };
    let values =
        Severity::ALL.map(|severity| PossibleValue::new(severity.as_str()).help(help(severity)));
    clap::builder::PossibleValuesParser::new(values).try_map(|name| {
        Severity::ALL
            .into_iter()
            .find(|severity| severity.as_str() == name)
            .ok_or_else(|| format!("unknown severity {name:?}"))
    })
}

/// Accepts the name of every vendor compiled into the facade (its adapters).
fn vendor_parser() -> impl clap::builder::TypedValueParser<Value = apitokens::Vendor> {
    use clap::builder::TypedValueParser;
    let names: Vec<&'static str> = apitokens::adapters()
        .iter()
        .map(|adapter| adapter.vendor().as_str())
        .collect();
    clap::builder::PossibleValuesParser::new(names).try_map(|name| {
        apitokens::adapter_named(&name)
            .map(|adapter| adapter.vendor())
            .ok_or_else(|| format!("unknown vendor {name:?}"))
    })
}

/// "30d", "2w", "12h", "90 days": humantime's durations, up to [`MAX_PERIOD`].
/// humantime's own messages are reworded: they suggest seconds and
/// milliseconds, and count positions in bytes.
fn parse_period(value: &str) -> Result<Duration, String> {
    use humantime::DurationError;
    const EXAMPLES: &str = "30d, 2w, 12h";
    let period = humantime::parse_duration(value).map_err(|error| match error {
        DurationError::UnknownUnit { unit, .. } if unit.is_empty() => {
            format!("add a unit: {EXAMPLES}")
        }
        DurationError::UnknownUnit { unit, .. } => format!(
            "unknown unit {unit:?}: use d (days), w (weeks), h (hours) or m (minutes), e.g. {EXAMPLES}"
        ),
        DurationError::Empty => format!("give a period, e.g. {EXAMPLES}"),
        DurationError::NumberOverflow => {
            "longer than 100 years, the longest period accepted".to_string()
        }
        _ => format!("not a period: use a number and a unit, e.g. {EXAMPLES}"),
    })?;
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

#[cfg(test)]
mod tests {
    /// Hand-wrapped help stays within 80 columns, so that clap, which wraps
    /// a longer line at the terminal's width, never breaks it into ragged
    /// halves on an 80-column terminal.
    #[test]
    fn hand_wrapped_help_fits_80_columns() {
        for (name, text) in [
            ("AFTER_HELP", super::AFTER_HELP),
            ("AUDIT_ABOUT", super::AUDIT_ABOUT),
            ("REPORT_ABOUT", super::REPORT_ABOUT),
        ] {
            for line in text.lines() {
                assert!(line.chars().count() <= 80, "{name}: {line}");
            }
        }
    }
}
