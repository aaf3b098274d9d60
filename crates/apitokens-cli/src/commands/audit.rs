//! `audit`: the facade's findings, printed.

use super::*;
use crate::audit::Severity;
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
    let thresholds = Thresholds::new(args.review.expiring_within, args.review.unused_for);
    let findings = crate::audit::review(&tokens, context.now, thresholds, args.review.min_severity);
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
            ]
        }),
        Format::Table => output::print_fitted(
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
        count(crate::audit::Severity::High),
        count(crate::audit::Severity::Medium),
        count(crate::audit::Severity::Low),
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

/// The selected sources' names, in order, once each (a workspace-wide Spark
/// source is one target per gateway).
fn sources(targets: &[Target]) -> Vec<String> {
    let mut sources: Vec<String> = Vec::new();
    for target in targets {
        if !sources.contains(&target.name) {
            sources.push(target.name.clone());
        }
    }
    sources
}
