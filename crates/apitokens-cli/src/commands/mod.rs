//! The commands, over a loaded configuration.

use std::io::{self, BufRead, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;

use apitokens::{
    Batch, CreatedToken, Expiry, ExposeSecret, NewToken, RotationError, RotationStep, SecretString,
    Source, TokenUpdate,
};
use chrono::{DateTime, Utc};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use crate::audit::{FINDING_COLUMNS, Thresholds};
use crate::cli::{AuditArgs, CreateArgs, ListArgs, SecretFormat, Selection, UpdateArgs};
use crate::config::{Config, ConfigError, ConfiguredSource};
use crate::interrupt::Interrupts;
use crate::output::{self, Format, Listed, Shrink, TokenRow};
use crate::sources::{Failure, Listing, Target, failure_line};

mod audit;
mod check;
mod docs;
mod lifecycle;
mod list;
mod report;

pub(crate) use audit::*;
pub(crate) use check::config_check;
pub(crate) use docs::*;
pub(crate) use lifecycle::*;
pub(crate) use list::*;
pub(crate) use report::*;

/// The exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Done; `audit` found nothing.
    Ok = 0,
    /// `audit` found something.
    Findings = 1,
    /// A source failed, the configuration is wrong, or the output could not be written.
    Failed = 2,
}

/// What every command may read from its surroundings.
pub(crate) struct Context<'a> {
    pub(crate) config_flag: Option<PathBuf>,
    /// Environment lookup: the process environment, or the demo's own.
    pub(crate) env: &'a dyn Fn(&str) -> Option<String>,
    pub(crate) stdout_is_terminal: bool,
    pub(crate) stderr_is_terminal: bool,
    pub(crate) stdin_is_terminal: bool,
    pub(crate) now: DateTime<Utc>,
}

impl std::fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("config_flag", &self.config_flag)
            .field("stdout_is_terminal", &self.stdout_is_terminal)
            .field("stderr_is_terminal", &self.stderr_is_terminal)
            .field("stdin_is_terminal", &self.stdin_is_terminal)
            .field("now", &self.now)
            .finish_non_exhaustive()
    }
}

/// Prints configuration problems, one line each; always [`Status::Failed`].
pub(crate) fn config_errors(errors: &[ConfigError]) -> Status {
    for error in errors {
        say!("error: {error}");
    }
    Status::Failed
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub(crate) fn emit(bytes: &[u8]) -> Status {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Status::Ok,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(error) => {
            say!("error: cannot write the output: {error}");
            Status::Failed
        }
    }
}

/// The sources `selection` names, connected (credentials read, no request).
pub(crate) fn select(
    context: &Context<'_>,
    config: &Config,
    selection: &Selection,
) -> Result<Vec<Target>, Status> {
    let mut errors = Vec::new();
    for name in &selection.sources {
        if !config.sources.iter().any(|source| &source.name == name) {
            errors.push(unknown_source(config, name));
        }
    }
    let chosen: Vec<&ConfiguredSource> = config
        .sources
        .iter()
        .filter(|source| selection.sources.is_empty() || selection.sources.contains(&source.name))
        .filter(|source| {
            selection.vendors.is_empty() || selection.vendors.contains(&source.vendor())
        })
        .collect();
    if errors.is_empty() && chosen.is_empty() {
        errors.push(ConfigError(
            "no configured source matches the --source and --vendor options".to_string(),
        ));
    }
    let mut targets = Vec::new();
    for source in chosen {
        match Target::connect(source, context.env) {
            Ok(target) => targets.push(target),
            Err(more) => errors.extend(more),
        }
    }
    if errors.is_empty() {
        Ok(targets)
    } else {
        Err(config_errors(&errors))
    }
}

fn unknown_source(config: &Config, name: &str) -> ConfigError {
    let known: Vec<&str> = config.sources.iter().map(|s| s.name.as_str()).collect();
    ConfigError(format!(
        "no source named {name:?} in the configuration (configured: {})",
        known.join(", ")
    ))
}

/// One named source, connected.
fn one(context: &Context<'_>, config: &Config, name: &str) -> Result<Target, Status> {
    let Some(source) = config.sources.iter().find(|source| source.name == name) else {
        return Err(config_errors(&[unknown_source(config, name)]));
    };
    Target::connect(source, context.env).map_err(|errors| config_errors(&errors))
}

/// Prints the failures of [`inventory`]; [`Status::Failed`] when there are any.
pub(crate) fn report(failures: &[String]) -> Status {
    for line in failures {
        say!("{line}");
    }
    if failures.is_empty() {
        Status::Ok
    } else {
        Status::Failed
    }
}
