//! The commands, over a loaded configuration.

use std::io::{self, BufRead, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::sync::Arc;

use apitokens::{
    CreatedToken, Expiry, ExposeSecret, NewToken, RotationError, RotationStep, SecretString,
    Source, TokenUpdate,
};
use chrono::{DateTime, Utc};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::audit::{self, FINDING_COLUMNS, Finding, Thresholds};
use crate::config::{self, Config, ConfigError, SourceConfig};
use crate::interrupt::Interrupts;
use crate::output::{self, Format, Listed, TokenRow, VendorName};
use crate::sources::{Failure, Listing, Target, failure_line};
use crate::{
    AuditArgs, Command, CreateArgs, ListArgs, SchemaOf, SecretFormat, Selection, UpdateArgs,
};

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

pub(crate) async fn run(context: &Context<'_>, command: Command) -> Status {
    match command {
        #[cfg(feature = "demo")]
        Command::Demo { format } => return crate::demo::run(context, format).await,
        Command::Schema { of } => {
            let schema = match of {
                SchemaOf::Token => schemars::schema_for!(TokenRow),
                SchemaOf::Finding => schemars::schema_for!(Finding),
            };
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            return emit(format!("{text}\n").as_bytes());
        }
        _ => {}
    }
    let path = config::locate(context.config_flag.as_deref(), context.env);
    let config = match config::load(&path) {
        Ok(config) => config,
        Err(errors) => return config_errors(&errors),
    };
    match command {
        Command::List(args) => list(context, &config, args).await,
        Command::Get { source, id, format } => get(context, &config, &source, &id, format).await,
        Command::Audit(args) => audit(context, &config, args).await,
        Command::Create(args) => create(context, &config, args).await,
        Command::Update(args) => update(context, &config, args).await,
        Command::Revoke { source, id, yes } => revoke(context, &config, &source, &id, yes).await,
        Command::Rotate {
            source,
            id,
            keep_old,
            secret_format,
        } => {
            rotate(
                context,
                &config,
                &source,
                &id,
                secret_format.format,
                keep_old,
            )
            .await
        }
        Command::Refresh {
            source,
            id,
            secret_format,
        } => refresh(context, &config, &source, &id, secret_format.format).await,
        #[cfg(feature = "demo")]
        Command::Demo { .. } => Status::Ok,
        Command::Schema { .. } => Status::Ok,
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
    let chosen: Vec<&SourceConfig> = config
        .sources
        .iter()
        .filter(|source| selection.sources.is_empty() || selection.sources.contains(&source.name))
        .filter(|source| {
            selection.vendors.is_empty()
                || VendorName::of(source.vendor())
                    .is_some_and(|vendor| selection.vendors.contains(&vendor))
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

/// Chunks of tokens a target's listing may get ahead of the output, each
/// about a page: a target waits when its output is this far behind.
const AHEAD: usize = 2;

/// Lists `targets`, at most `concurrency` at a time, and hands `each` what
/// they find in the targets' order: each target's tokens as its pages arrive,
/// then its outcome. `each` may stop the listing (e.g. the output is gone).
///
/// Memory stays bounded whatever a source holds: a target's listing waits
/// once it is [`AHEAD`] chunks ahead of `each`, so at most about three pages
/// a target are held (the targets listing, and those done but not yet
/// handed on). Permits to list are taken in the targets' order, so the
/// target being handed on always has one (or is done): no target can wait
/// on a later one.
pub(crate) async fn for_each_listed(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
    mut each: impl FnMut(&Target, Listing) -> ControlFlow<()>,
) {
    let progress = progress_bar(context, targets.len());
    let permits = Arc::new(Semaphore::new(concurrency.max(1)));
    let mut receivers = Vec::with_capacity(targets.len());
    let mut tasks = AbortOnDrop(Vec::with_capacity(targets.len()));
    let mut previous_started: Option<oneshot::Receiver<()>> = None;
    for target in targets {
        let (sender, receiver) = mpsc::channel(AHEAD);
        let (started, next_started) = oneshot::channel();
        let after = previous_started.replace(next_started);
        let (target, permits) = (target.clone(), Arc::clone(&permits));
        // Each target on its own task, so pages decode on every worker.
        tasks.0.push(tokio::spawn(async move {
            if let Some(after) = after {
                // Whether the previous target started or ended, it is our turn.
                let _ = after.await;
            }
            // The semaphore is never closed, so this only fails if it were.
            let Ok(_permit) = permits.acquire_owned().await else {
                return;
            };
            let _ = started.send(());
            let outcome = target.list_into(&sender).await;
            let _ = sender.send(Listing::Done(outcome)).await;
        }));
        receivers.push(receiver);
    }
    let mut found = 0usize;
    for ((target, mut receiver), task) in targets.iter().zip(receivers).zip(tasks.0.iter_mut()) {
        let mut done = false;
        while let Some(listing) = receiver.recv().await {
            match &listing {
                Listing::Tokens(tokens) => found += tokens.len(),
                Listing::Done(_) => done = true,
            }
            if progress.suspend(|| each(target, listing)).is_break() {
                progress.finish_and_clear();
                return;
            }
            if done {
                break;
            }
        }
        if !done {
            // The task ended without an outcome: it panicked (raised again
            // here, as if the target had been listed in place) or was
            // cancelled, which only a runtime shutting down does.
            let outcome = match task.await {
                Err(failure) if failure.is_panic() => {
                    std::panic::resume_unwind(failure.into_panic())
                }
                _ => Listing::Done(Err(Failure::Cli {
                    message: "listing was cancelled".into(),
                    hint: "run the command again".into(),
                })),
            };
            if progress.suspend(|| each(target, outcome)).is_break() {
                break;
            }
        }
        progress.inc(1);
        progress.set_message(format!(
            "{found} tokens, last: {}",
            crate::terminal::escape(&target.name)
        ));
    }
    progress.finish_and_clear();
}

/// The listing tasks, aborted when the listing ends early or is dropped.
struct AbortOnDrop(Vec<tokio::task::JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for task in &self.0 {
            task.abort();
        }
    }
}

/// A spinner on stderr when it is a terminal; hidden otherwise.
fn progress_bar(context: &Context<'_>, targets: usize) -> ProgressBar {
    let draw = if context.stderr_is_terminal {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let progress = ProgressBar::with_draw_target(Some(targets as u64), draw);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} reading sources {pos}/{len} {wide_msg}")
    {
        progress.set_style(style);
    }
    progress.enable_steady_tick(std::time::Duration::from_millis(100));
    progress
}

/// Every token of `targets`, at most `concurrency` sources at a time, in
/// the targets' order then by name; and the failures, one stderr line each,
/// in the targets' order (printed by [`report`] after the output, where a
/// terminal user sees them). A failing source keeps the tokens of the pages
/// read before its failure. Collects everything: for tables (column widths),
/// CSV and the audit; `list --format json` streams instead.
pub(crate) async fn inventory(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
) -> (Vec<Listed>, Vec<String>) {
    let mut listed = Vec::new();
    let mut failures = Vec::new();
    let mut current: Vec<apitokens::Token> = Vec::new();
    for_each_listed(context, targets, concurrency, |target, listing| {
        match listing {
            Listing::Tokens(tokens) => current.extend(tokens),
            Listing::Done(outcome) => {
                let mut tokens = std::mem::take(&mut current);
                tokens.sort_by(|a, b| {
                    let name = |t: &apitokens::Token| t.name.clone().unwrap_or_default();
                    name(a)
                        .to_lowercase()
                        .cmp(&name(b).to_lowercase())
                        .then_with(|| a.id.cmp(&b.id))
                });
                listed.extend(tokens.into_iter().map(|token| Listed {
                    source: target.name.clone(),
                    token,
                }));
                if let Err(failure) = outcome {
                    failures.push(failure_line(target, &failure));
                }
            }
        }
        ControlFlow::Continue(())
    })
    .await;
    (listed, failures)
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

pub(crate) async fn list(context: &Context<'_>, config: &Config, args: ListArgs) -> Status {
    let format = Format::resolve(args.format, context.stdout_is_terminal);
    list_as(context, config, &args.selection, format).await
}

pub(crate) async fn list_as(
    context: &Context<'_>,
    config: &Config,
    selection: &Selection,
    format: Format,
) -> Status {
    let targets = match select(context, config, selection) {
        Ok(targets) => targets,
        Err(status) => return status,
    };
    let concurrency = usize::from(selection.concurrency);
    if format == Format::Json {
        return list_json_streamed(context, &targets, concurrency).await;
    }
    let (tokens, failures) = inventory(context, &targets, concurrency).await;
    let mut out = Vec::new();
    let written = output::print_tokens(&mut out, &tokens, format, context.now);
    let status = write_result(written, &out);
    status.max(report(&failures))
}

/// `list --format json`: the array is written as the pages arrive, in the
/// targets' order and each source's own order (not sorted by name, unlike
/// the table and CSV), so memory stays bounded however many tokens a source
/// holds. A closed pipe (`| head`) stops the listing quietly.
async fn list_json_streamed(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
) -> Status {
    let mut array = output::JsonArray::new(io::stdout());
    let mut failures = Vec::new();
    let mut write_error = None;
    for_each_listed(context, targets, concurrency, |target, listing| {
        match listing {
            Listing::Tokens(tokens) => {
                let rows = tokens
                    .iter()
                    .filter_map(|token| TokenRow::new(&target.name, token));
                if let Err(error) = array.extend(rows) {
                    write_error = Some(error);
                    return ControlFlow::Break(());
                }
            }
            Listing::Done(Err(failure)) => failures.push(failure_line(target, &failure)),
            Listing::Done(Ok(())) => {}
        }
        ControlFlow::Continue(())
    })
    .await;
    let written = match write_error {
        Some(error) => Err(error),
        None => array.finish(),
    };
    let status = match written {
        Ok(()) => Status::Ok,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(error) => {
            say!("error: cannot write the output: {error}");
            Status::Failed
        }
    };
    status.max(report(&failures))
}

fn write_result(written: io::Result<()>, out: &[u8]) -> Status {
    match written {
        Ok(()) => emit(out),
        Err(error) => {
            say!("error: cannot format the output: {error}");
            Status::Failed
        }
    }
}

async fn get(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: Option<Format>,
) -> Status {
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    match target.locate(id).await {
        Ok((_, token)) => print_one(context, &target, token, format),
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}

fn print_one(
    context: &Context<'_>,
    target: &Target,
    token: apitokens::Token,
    format: Option<Format>,
) -> Status {
    let format = Format::resolve(format, context.stdout_is_terminal);
    let listed = [Listed {
        source: target.name.clone(),
        token,
    }];
    let mut out = Vec::new();
    let written = output::print_tokens(&mut out, &listed, format, context.now);
    write_result(written, &out)
}

pub(crate) async fn audit(context: &Context<'_>, config: &Config, args: AuditArgs) -> Status {
    let format = Format::resolve(args.format, context.stdout_is_terminal);
    audit_as(context, config, &args, format).await
}

pub(crate) async fn audit_as(
    context: &Context<'_>,
    config: &Config,
    args: &AuditArgs,
    format: Format,
) -> Status {
    let targets = match select(context, config, &args.selection) {
        Ok(targets) => targets,
        Err(status) => return status,
    };
    let (tokens, failures) =
        inventory(context, &targets, usize::from(args.selection.concurrency)).await;
    let thresholds = Thresholds {
        expiring_within: args.expiring_within,
        unused_for: args.unused_for,
    };
    let findings = audit::review(&tokens, context.now, thresholds, args.min_severity);
    let mut out = Vec::new();
    let written = match format {
        Format::Json => output::print_json(&mut out, &findings),
        Format::Csv => output::print_csv(&mut out, &FINDING_COLUMNS, &findings, |f| {
            vec![
                f.severity.as_str().to_string(),
                f.check.as_str().to_string(),
                f.reason.clone(),
                f.at.clone().unwrap_or_default(),
                f.source.clone(),
                f.vendor.as_str().to_string(),
                f.location.clone(),
                f.id.clone(),
                f.name.clone().unwrap_or_default(),
                f.owner.clone().unwrap_or_default(),
            ]
        }),
        Format::Table => output::print_table(
            &mut out,
            &["SEVERITY", "SOURCE", "ID", "NAME", "FINDING", "REASON"],
            findings
                .iter()
                .map(|f| {
                    vec![
                        f.severity.as_str().to_string(),
                        f.source.clone(),
                        f.id.clone(),
                        f.name.clone().unwrap_or_else(|| "—".into()),
                        f.check.as_str().to_string(),
                        f.reason.clone(),
                    ]
                })
                .collect(),
            &[0, 2, 4],
        ),
    };
    let found = if findings.is_empty() {
        Status::Ok
    } else {
        Status::Findings
    };
    let status = write_result(written, &out).max(found);
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    say!(
        "{} finding{} ({} high, {} medium, {} low) in {} token{} of {} source{}{}",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" },
        count(audit::Severity::High),
        count(audit::Severity::Medium),
        count(audit::Severity::Low),
        tokens.len(),
        if tokens.len() == 1 { "" } else { "s" },
        targets.len(),
        if targets.len() == 1 { "" } else { "s" },
        if failures.is_empty() {
            String::new()
        } else {
            format!(" ({} failed, below)", failures.len())
        },
    );
    status.max(report(&failures))
}

/// A new secret with its token, as `create --format json` prints it.
#[derive(Debug, Serialize)]
struct SecretRow<'a> {
    #[serde(flatten)]
    token: TokenRow,
    /// The new secret: shown this once.
    secret: &'a str,
    /// The token this one replaces (`rotate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    replaces: Option<&'a str>,
}

/// Writes a new secret to stdout (and only there) and flushes it. It counts
/// as delivered only when both succeed: unlike [`emit`], a closed pipe is an
/// error here, since the secret reached no one. On success its details go to
/// stderr.
fn deliver_secret(
    target: &Target,
    created: &CreatedToken,
    format: SecretFormat,
    what: &str,
    replaces: Option<&str>,
) -> Result<(), String> {
    let token = &created.token;
    let secret = created.secret().expose_secret();
    let bytes = match format {
        SecretFormat::Text => format!("{secret}\n").into_bytes(),
        SecretFormat::Json => {
            let row =
                TokenRow::new(&target.name, token).ok_or("cannot format the new token as JSON")?;
            let rows = [SecretRow {
                token: row,
                secret,
                replaces,
            }];
            let mut out = Vec::new();
            output::print_json(&mut out, &rows)
                .map_err(|error| format!("cannot format the new token as JSON: {error}"))?;
            out
        }
    };
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(&bytes)
        .and_then(|()| stdout.flush())
        .map_err(|error| format!("cannot write the new secret to stdout: {error}"))?;
    let name = token
        .name
        .as_deref()
        .map_or_else(String::new, |n| format!(" {n:?}"));
    say!(
        "{what} {} token {}{name} in {}: store the secret printed on stdout now, it is not shown again",
        token.vendor,
        token.id,
        target.name
    );
    Ok(())
}

/// Revokes `id`, a token just made whose secret was not delivered (`why`),
/// and says which tokens exist; always [`Status::Failed`].
async fn discard_new(target: &Target, source: &Source, id: &str, why: &str) -> Status {
    match source.revoke(id).await {
        Ok(()) => say!(
            "error: {} ({}): {why}: revoked the new token {id} again: no new token exists",
            target.name,
            target.vendor
        ),
        Err(error) => {
            say!("{}", failure_line(target, &Failure::Api(error)));
            say!(
                "error: {} ({}): {why}, and revoking the new token {id} failed: it exists, its secret was never delivered; revoke it with `apitokens revoke {} {id} --yes`",
                target.name,
                target.vendor,
                target.name
            );
        }
    }
    Status::Failed
}

async fn create(context: &Context<'_>, config: &Config, args: CreateArgs) -> Status {
    let target = match one(context, config, &args.source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let mut new = NewToken::named(args.name).with_scopes(args.scopes);
    if let Some(period) = args.expires_in {
        const DAY: u64 = 86_400;
        let seconds = period.as_secs();
        new = new.with_expiry(match u32::try_from(seconds / DAY) {
            Ok(days) if seconds % DAY == 0 && days > 0 => Expiry::AfterDays(days),
            _ => {
                let at = chrono::Duration::from_std(period)
                    .ok()
                    .and_then(|period| context.now.checked_add_signed(period));
                let Some(at) = at else {
                    return config_errors(&[ConfigError(
                        "--expires-in: the period ends beyond the dates that can be written"
                            .to_string(),
                    )]);
                };
                Expiry::At(at)
            }
        });
    }
    if let Some(at) = args.expires_at {
        new = new.with_expiry(Expiry::At(at));
    }
    if args.personal {
        new = new.with_personal_access_token(true);
    }
    for (key, value) in args.labels {
        new = new.with_label(key, value);
    }
    if let Some(variable) = &args.secret_env {
        match (context.env)(variable).filter(|v| !v.is_empty()) {
            Some(secret) => new = new.with_secret(SecretString::from(secret)),
            None => {
                return config_errors(&[ConfigError(format!(
                    "--secret-env: environment variable {variable} is not set"
                ))]);
            }
        }
    }
    let interrupts = Interrupts::watch();
    let source = match target.for_create(args.gateway.as_deref()).await {
        Ok(source) => source,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let created = match source.create(&new).await {
        Ok(created) => created,
        Err(error) => {
            let made = error.created_id().map(str::to_string);
            say!("{}", failure_line(&target, &Failure::Api(error)));
            return match made {
                // Created, but its secret was not read (EMR's read-back).
                Some(id) => discard_new(&target, &source, &id, "its secret was not read").await,
                None => Status::Failed,
            };
        }
    };
    let undelivered = if interrupts.seen() {
        Some("interrupted before the secret was delivered".to_string())
    } else {
        deliver_secret(
            &target,
            &created,
            args.secret_format.format,
            "created",
            None,
        )
        .err()
    };
    match undelivered {
        None => Status::Ok,
        Some(why) => discard_new(&target, &source, &created.token.id, &why).await,
    }
}

async fn update(context: &Context<'_>, config: &Config, args: UpdateArgs) -> Status {
    let target = match one(context, config, &args.source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let mut change = TokenUpdate::new();
    if let Some(name) = args.name {
        change = change.name(name);
    }
    if args.enable {
        change = change.enabled(true);
    }
    if args.disable {
        change = change.enabled(false);
    }
    if !args.scopes.is_empty() {
        change = change.scopes(args.scopes);
    }
    let result = async {
        let (source, _) = target.locate(&args.id).await?;
        source.update(&args.id, &change).await?;
        Ok::<_, Failure>(source.get(&args.id).await?)
    }
    .await;
    match result {
        Ok(token) => {
            say!(
                "updated {} token {} in {}",
                token.vendor,
                token.id,
                target.name
            );
            print_one(context, &target, token, args.format)
        }
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}

async fn revoke(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    yes: bool,
) -> Status {
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let (source, token) = match target.locate(id).await {
        Ok(found) => found,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let described = format!(
        "{} token {}{} in {}",
        token.vendor,
        token.id,
        token
            .name
            .as_deref()
            .map_or_else(String::new, |n| format!(" {n:?}")),
        target.name
    );
    if !yes {
        if !context.stdin_is_terminal {
            say!(
                "error: not revoking {described} without confirmation: pass --yes when stdin is not a terminal"
            );
            return Status::Failed;
        }
        eprint!(
            "{}",
            crate::terminal::escape(&format!(
                "Revoke {described}? This cannot be undone. [y/N] "
            ))
        );
        let mut answer = String::new();
        let _ = io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            say!("not revoked");
            return Status::Failed;
        }
    }
    match source.revoke(id).await {
        Ok(()) => {
            say!("revoked {described}");
            Status::Ok
        }
        Err(error) => {
            say!("{}", failure_line(&target, &Failure::Api(error)));
            Status::Failed
        }
    }
}

/// Create → confirm → deliver the new secret → only then revoke the old
/// token. A secret that cannot be delivered (or an interrupt before it is)
/// gets its token revoked again; the old one is kept.
async fn rotate(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: SecretFormat,
    keep_old: bool,
) -> Status {
    let interrupts = Interrupts::watch();
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let source = match target.locate(id).await {
        Ok((source, _)) => source,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let pending = match source.begin_rotation(id).await {
        Ok(pending) => pending,
        Err(error) => return rotation_failed(&target, format, &error),
    };
    let new_id = pending.new_token().token.id.clone();
    let undelivered = if interrupts.seen() {
        Some("interrupted before the new secret was delivered".to_string())
    } else {
        deliver_secret(
            &target,
            pending.new_token(),
            format,
            "rotated: new",
            Some(id),
        )
        .err()
    };
    if let Some(why) = undelivered {
        return match pending.abandon().await {
            Ok(_) => {
                say!(
                    "error: {} ({}): {why}: revoked the new token {new_id} again and kept the old token; tokens that exist now: {id}",
                    target.name,
                    target.vendor
                );
                Status::Failed
            }
            Err(error) => {
                say!("error: {} ({}): {why}", target.name, target.vendor);
                rotation_failed(&target, format, &error)
            }
        };
    }
    let both = format!("tokens that exist now: {id}, {new_id}");
    if keep_old {
        drop(pending.keep_both());
        say!(
            "kept the old token {id} (--keep-old): revoke it with `apitokens revoke {} {id}` once the new secret is in use; {both}",
            target.name
        );
        return Status::Ok;
    }
    if interrupts.seen() {
        drop(pending.keep_both());
        say!(
            "error: {} ({}): interrupted after the new secret was delivered, before the old token was revoked; {both}",
            target.name,
            target.vendor
        );
        return Status::Failed;
    }
    match pending.finish().await {
        Ok(rotation) => {
            say!(
                "revoked the old token {}; tokens that exist now: {new_id}",
                rotation.old_id
            );
            Status::Ok
        }
        Err(error) => rotation_failed(&target, format, &error),
    }
}

/// Reports a rotation that stopped part-way (its error says which tokens
/// exist). A replacement that still exists and whose secret was not yet
/// delivered gets it delivered now, so that no secret is lost.
fn rotation_failed(target: &Target, format: SecretFormat, error: &RotationError) -> Status {
    let hint = crate::sources::hint_for(target, &error.error);
    say!(
        "error: {} ({}): {error}{} — check {hint}",
        target.name,
        target.vendor,
        crate::sources::root_cause(&error.error)
    );
    let revoke_hint = |new_id: &str| {
        format!(
            "revoke it with `apitokens revoke {} {new_id} --yes`",
            target.name
        )
    };
    match (&error.new, &error.new_id) {
        // Delivered before the old token's revoke was tried.
        _ if error.step == RotationStep::RevokeOld => {}
        (Some(new), _) => match deliver_secret(
            target,
            new,
            format,
            "partly rotated: new",
            Some(&error.old_id),
        ) {
            Ok(()) => {}
            Err(why) => say!(
                "error: {} ({}): {why}: the new token {} exists and its secret is lost; {}",
                target.name,
                target.vendor,
                new.token.id,
                revoke_hint(&new.token.id)
            ),
        },
        (None, Some(new_id)) if error.new_exists() => say!(
            "error: {} ({}): the new token {new_id} exists but its secret was never read; {}",
            target.name,
            target.vendor,
            revoke_hint(new_id)
        ),
        _ => {}
    }
    Status::Failed
}

async fn refresh(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: SecretFormat,
) -> Status {
    let _interrupts = Interrupts::watch();
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let result = async {
        let (source, _) = target.locate(id).await?;
        Ok::<_, Failure>(source.refresh(id).await?)
    }
    .await;
    match result {
        // An interrupt lets the delivery finish: the previous secret no
        // longer works, so the new one must reach the caller.
        Ok(created) => match deliver_secret(&target, &created, format, "refreshed", None) {
            Ok(()) => Status::Ok,
            Err(why) => {
                say!(
                    "error: {} ({}): {why}: token {id} exists with a new secret that was not delivered, and its previous secret no longer works; get another with `apitokens refresh {} {id}`, or revoke it",
                    target.name,
                    target.vendor,
                    target.name
                );
                Status::Failed
            }
        },
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}
