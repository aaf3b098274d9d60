//! `report`: the review as one HTML page (see `crate::report`).

use std::path::Path;

use super::*;
use crate::cli::{ReportArgs, ReviewArgs};
use crate::report::{Review, SourceStatus};

pub(crate) async fn report_page(
    context: &Context<'_>,
    config: &Config,
    args: ReportArgs,
) -> Status {
    report_page_as(context, config, &args.review, &args.out, true).await
}

/// Lists and reviews as `audit` does, writes the page to `out` (`-`:
/// stdout) and says where on stderr. `summary`: also print `audit`'s count
/// line. Exits as `audit`: findings 1; a failed source or the page not
/// written 2.
pub(crate) async fn report_page_as(
    context: &Context<'_>,
    config: &Config,
    args: &ReviewArgs,
    out: &Path,
    summary: bool,
) -> Status {
    let baseline = match super::load_baseline(args) {
        Ok(baseline) => baseline,
        Err(status) => return status,
    };
    let targets = match select(context, config, &args.selection) {
        Ok(targets) => targets,
        Err(status) => return status,
    };
    let (tokens, failures) =
        inventory_by_source(context, &targets, usize::from(args.selection.concurrency)).await;
    let thresholds = Thresholds::new(args.expiring_within, args.unused_for);
    let reviewed = super::review(
        context,
        config,
        args,
        baseline.as_ref(),
        &tokens,
        &targets,
        failures.is_empty(),
    );
    let findings = reviewed.shown;
    let mut sources: Vec<SourceStatus> = targets
        .iter()
        .map(|target| SourceStatus {
            name: target.name.clone(),
            vendor: target.vendor,
            errors: Vec::new(),
        })
        .collect();
    for (name, line) in &failures {
        if let Some(source) = sources.iter_mut().find(|source| &source.name == name) {
            source.errors.push(line.clone());
        }
    }
    let html = crate::report::render(&Review {
        generated_at: context.now,
        sources: &sources,
        tokens: &tokens,
        findings: &findings,
        thresholds,
        min_severity: args.min_severity,
        baseline: baseline
            .as_ref()
            .map(|baseline| crate::report::BaselineUse {
                file: baseline.file(),
                accepted: reviewed.accepted,
            }),
    });
    let written = if out == Path::new("-") {
        emit(html.as_bytes())
    } else {
        match crate::atomic::write_whole(out, html.as_bytes(), crate::atomic::Readers::Owner) {
            Ok(()) => Status::Ok,
            Err(error) => {
                say!(
                    "error: cannot write the report to {}: {error}",
                    out.display()
                );
                Status::Failed
            }
        }
    };
    let failed = sources.iter().filter(|s| !s.errors.is_empty()).count();
    if summary {
        let failed = (failed > 0).then(|| format!("{failed} failed, below and in the report"));
        super::say_summary(&findings, tokens.len(), sources.len(), failed);
    }
    if written == Status::Ok && out != Path::new("-") {
        say!("report written to {}", out.display());
    }
    let found = if findings.is_empty() {
        Status::Ok
    } else {
        Status::Findings
    };
    let lines: Vec<String> = failures.into_iter().map(|(_, line)| line).collect();
    written.max(found).max(super::report(&lines))
}
