//! `audit`: the facade's findings, printed.

use super::*;
use crate::audit::{Finding, Rules, Severity};
use crate::cli::ReviewArgs;
use comfy_table::Color;

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
    let baseline = match load_baseline(&args.review) {
        Ok(baseline) => baseline,
        Err(status) => return status,
    };
    let targets = match select(context, config, &args.review.selection) {
        Ok(targets) => targets,
        Err(status) => return status,
    };
    let (tokens, failures) = inventory(
        context,
        &targets,
        usize::from(args.review.selection.concurrency),
    )
    .await;
    let reviewed = review(
        context,
        config,
        &args.review,
        baseline.as_ref(),
        &tokens,
        &targets,
        failures.is_empty(),
    );
    let mut status = Status::Ok;
    if let Some(path) = &args.write_baseline {
        status = write_baseline(path, &reviewed.reported, baseline.as_ref(), failures.len());
    }
    let findings = reviewed.shown;
    let mut out = Vec::new();
    let written = match format {
        Format::Json => output::print_json(&mut out, &findings),
        Format::Jsonl => output::print_jsonl(&mut out, &findings),
        Format::Junit => output::print_junit(&mut out, &sources(&targets), &tokens, &findings),
        Format::Prometheus => output::print_prometheus(&mut out, &tokens, &findings),
        Format::Markdown => {
            output::print_markdown(&mut out, &sources(&targets), &tokens, &findings)
        }
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
                f.fingerprint.clone(),
            ]
        }),
        Format::Table => output::print_fitted(
            &mut out,
            &["SEVERITY", "SOURCE", "ID", "NAME", "FINDING", "REASON"],
            table_rows(&findings),
            &findings
                .iter()
                .map(|f| {
                    let color = match f.severity {
                        Severity::High => Some(Color::Red),
                        Severity::Medium => Some(Color::Yellow),
                        Severity::Low => None,
                    };
                    vec![color]
                })
                .collect::<Vec<_>>(),
            &[
                Shrink::No,
                Shrink::To(6),
                Shrink::Capped(14, 8),
                Shrink::To(8),
                Shrink::To(13),
                // The reason says most: it keeps twice the others' width.
                Shrink::Keep(16),
            ],
        ),
        Format::Wide => output::print_table(
            &mut out,
            &["SEVERITY", "SOURCE", "ID", "NAME", "FINDING", "REASON"],
            table_rows(&findings),
            &[0, 2, 4],
        ),
    };
    let found = if findings.is_empty() || args.write_baseline.is_some() {
        Status::Ok
    } else {
        Status::Findings
    };
    let status = status.max(write_result(written, &out)).max(found);
    let failed = (!failures.is_empty()).then(|| format!("{} failed, below", failures.len()));
    say_summary(&findings, tokens.len(), targets.len(), failed);
    status.max(report(&failures))
}

/// The review's line on stderr: "49 findings (13 high, 21 medium, 15 low) in
/// 35 tokens of 4 sources", then `(failed)` when sources failed.
pub(crate) fn say_summary(
    findings: &[Finding],
    tokens: usize,
    sources: usize,
    failed: Option<String>,
) {
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    say!(
        "{} finding{} ({} high, {} medium, {} low) in {tokens} token{} of {sources} source{}{}",
        findings.len(),
        plural(findings.len()),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low),
        plural(tokens),
        plural(sources),
        failed.map_or_else(String::new, |failed| format!(" ({failed})")),
    );
}

/// The baseline `--baseline` names, read before any request (its problems
/// on stderr, exit 2).
pub(crate) fn load_baseline(
    args: &ReviewArgs,
) -> Result<Option<crate::baseline::Baseline>, Status> {
    match args.baseline.as_deref().map(crate::baseline::load) {
        None => Ok(None),
        Some(Ok(baseline)) => Ok(Some(baseline)),
        Some(Err(errors)) => {
            for error in errors {
                say!("error: {error}");
            }
            Err(Status::Failed)
        }
    }
}

/// What a review found, for `audit` and `report`.
pub(crate) struct Reviewed {
    /// At or above `--min-severity`, most severe first.
    pub(crate) reported: Vec<Finding>,
    /// Those of `reported` the baseline does not accept (all without one).
    pub(crate) shown: Vec<Finding>,
    /// How many of `reported` the baseline accepts.
    pub(crate) accepted: usize,
}

/// The findings of `tokens` under the config's rules and `args`'
/// thresholds, sorted by the baseline when there is one (what it did is
/// said on stderr). `complete`: every selected source was read, so entries
/// matching nothing are stale.
pub(crate) fn review(
    context: &Context<'_>,
    config: &Config,
    args: &ReviewArgs,
    baseline: Option<&crate::baseline::Baseline>,
    tokens: &[Listed],
    targets: &[Target],
    complete: bool,
) -> Reviewed {
    let rules = Rules::new(Thresholds::new(args.expiring_within, args.unused_for))
        .with_broad_scopes(config.broad_scopes.clone());
    // Every finding, for the baseline's stale entries; those reported are
    // at or above --min-severity (the order is kept).
    let all = crate::audit::review(tokens, context.now, &rules);
    let reported: Vec<Finding> = all
        .iter()
        .filter(|finding| finding.severity >= args.min_severity)
        .cloned()
        .collect();
    let Some(baseline) = baseline else {
        return Reviewed {
            shown: reported.clone(),
            reported,
            accepted: 0,
        };
    };
    // A failed source's findings may be missing: no entry is called stale.
    let audited = if complete {
        sources(targets)
    } else {
        Vec::new()
    };
    let sorted = baseline.sort(reported.clone(), &all, &audited, context.now);
    say_sorted(baseline, &sorted, complete);
    Reviewed {
        reported,
        shown: sorted.new,
        accepted: sorted.accepted,
    }
}

/// Writes `findings` as the baseline at `path`, unless a source failed
/// (its findings would be missing, and count as new next time).
fn write_baseline(
    path: &std::path::Path,
    findings: &[Finding],
    previous: Option<&crate::baseline::Baseline>,
    failed: usize,
) -> Status {
    let shown = path.display();
    if failed > 0 {
        say!(
            "error: baseline {shown} not written: {failed} source{} failed, so some findings may be missing",
            if failed == 1 { "" } else { "s" }
        );
        return Status::Failed;
    }
    let written = crate::baseline::render(findings, previous)
        .and_then(|text| crate::baseline::write_atomically(path, &text));
    match written {
        Ok(()) => {
            say!(
                "wrote {} finding{} to baseline {shown}; `apitokens audit --baseline {shown}` fails only on new ones",
                findings.len(),
                if findings.len() == 1 { "" } else { "s" }
            );
            Status::Ok
        }
        Err(error) => {
            say!("error: {error}");
            Status::Failed
        }
    }
}

/// What the baseline did, on stderr: one line each for expired acceptances
/// and stale entries, then the counts.
fn say_sorted(
    baseline: &crate::baseline::Baseline,
    sorted: &crate::baseline::Sorted,
    complete: bool,
) {
    let file = baseline.file();
    for expired in &sorted.expired {
        let f = &expired.finding;
        say!(
            "{file}:{}: the acceptance of {} for {} {}{} ended {} — it counts again",
            expired.line,
            f.check.as_str(),
            f.source,
            f.id,
            f.name
                .as_ref()
                .map_or_else(String::new, |name| format!(" ({name})")),
            expired.until,
        );
    }
    for stale in &sorted.stale {
        say!(
            "{file}:{}: stale: no {} finding for {} {}{} — remove the entry",
            stale.line,
            stale.check.as_str(),
            stale.source,
            stale.id,
            stale
                .name
                .as_ref()
                .map_or_else(String::new, |name| format!(" ({name})")),
        );
    }
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    say!(
        "baseline {file}: {} accepted, {} expired, {}{}",
        plural(sorted.accepted, "finding", "findings"),
        plural(sorted.expired.len(), "acceptance", "acceptances"),
        plural(sorted.stale.len(), "stale entry", "stale entries"),
        if complete {
            ""
        } else {
            " (not counted: a source failed)"
        },
    );
}

/// The selected sources' names, in order (one target per configured source).
fn sources(targets: &[Target]) -> Vec<String> {
    targets.iter().map(|target| target.name.clone()).collect()
}

/// The audit tables' cells: severity, source, ID, name, finding, reason.
fn table_rows(findings: &[Finding]) -> Vec<Vec<String>> {
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
        .collect()
}
