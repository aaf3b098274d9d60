//! `apitokens report`: the review as one self-contained HTML page.
//!
//! [`render`] is a pure function of what was listed and found, so it is
//! tested and timed without any source. The page's elements named in the
//! CLI README ("The report's DOM contract") are stable hooks: tests, the
//! headless-browser check and users' own checks select them.
//!
//! Everything that came from a vendor or the configuration (names, owners,
//! scopes, IDs, errors) goes through [`text`] or [`attr`]; nothing else is
//! written into the page unescaped.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use apitokens::Vendor;
use chrono::{DateTime, Utc};

use crate::audit::{Finding, Severity, Thresholds};
use crate::output::{Listed, rfc3339};

mod charts;

const STYLE: &str = include_str!("style.css");
const SORT_SCRIPT: &str = include_str!("sort.js");

/// One selected source and whether it was read.
#[derive(Debug, Clone)]
pub(crate) struct SourceStatus {
    /// The configured source's `name`.
    pub(crate) name: String,
    pub(crate) vendor: Vendor,
    /// Why it failed (the lines `audit` prints on stderr; no secret), when it did.
    pub(crate) errors: Vec<String>,
}

/// Everything the page shows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Review<'a> {
    pub(crate) generated_at: DateTime<Utc>,
    pub(crate) sources: &'a [SourceStatus],
    pub(crate) tokens: &'a [Listed],
    pub(crate) findings: &'a [Finding],
    pub(crate) thresholds: Thresholds,
    pub(crate) min_severity: Severity,
    /// `--baseline`: the findings it accepts are left out of the page.
    pub(crate) baseline: Option<BaselineUse<'a>>,
}

/// The baseline a review was sorted by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BaselineUse<'a> {
    /// The file, as given.
    pub(crate) file: &'a str,
    /// How many findings it accepted (not on the page).
    pub(crate) accepted: usize,
}

/// Text content, escaped; control characters (which no name needs and a
/// terminal or parser might act on) become U+FFFD.
pub(crate) fn text(value: &str) -> Cow<'_, str> {
    match without_controls(value) {
        Cow::Borrowed(value) => html_escape::encode_text(value),
        Cow::Owned(value) => Cow::Owned(html_escape::encode_text(&value).into_owned()),
    }
}

/// A double-quoted attribute value, escaped as [`text`] is, quotes too.
pub(crate) fn attr(value: &str) -> Cow<'_, str> {
    match without_controls(value) {
        Cow::Borrowed(value) => html_escape::encode_double_quoted_attribute(value),
        Cow::Owned(value) => {
            Cow::Owned(html_escape::encode_double_quoted_attribute(&value).into_owned())
        }
    }
}

fn without_controls(value: &str) -> Cow<'_, str> {
    if value.chars().any(char::is_control) {
        Cow::Owned(
            value
                .chars()
                .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(value)
    }
}

/// `<span data-count="KEY">N</span>`: every number on the page is one.
fn count(key: &str, n: usize) -> String {
    format!("<span data-count=\"{}\">{n}</span>", attr(key))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        many.to_string()
    }
}

/// The page.
pub(crate) fn render(review: &Review<'_>) -> String {
    // About 450 bytes a token and 300 a finding: one allocation for most pages.
    let mut html =
        String::with_capacity(16_384 + review.tokens.len() * 450 + review.findings.len() * 300);
    let generated = rfc3339(review.generated_at);
    let failed: Vec<&SourceStatus> = review
        .sources
        .iter()
        .filter(|source| !source.errors.is_empty())
        .collect();
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"apitokens {version}\">\n\
         <title>API token review, {date}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <main id=\"report\" data-generated-at=\"{generated}\">\n\
         <h1>API token review</h1>\n",
        version = env!("CARGO_PKG_VERSION"),
        date = review.generated_at.format("%Y-%m-%d"),
    );
    let source_names: Vec<String> = review
        .sources
        .iter()
        .map(|source| format!("<b>{}</b>", text(&source.name)))
        .collect();
    let _ = writeln!(
        html,
        "<p class=\"lead\">Taken <time datetime=\"{generated}\">{} UTC</time> from {} {} \
         ({}), {} failed. Findings at or above severity <b>{}</b>; expiring soon: within {}; \
         unused: not used for {}.</p>",
        minute(review.generated_at),
        count("sources", review.sources.len()),
        plural(review.sources.len(), "source", "sources"),
        source_names.join(", "),
        count("failed-sources", failed.len()),
        review.min_severity.as_str(),
        apitokens::audit::period(review.thresholds.expiring_within),
        apitokens::audit::period(review.thresholds.unused_for),
    );
    if !failed.is_empty() {
        let names: Vec<String> = failed
            .iter()
            .map(|source| format!("<b>{}</b>", text(&source.name)))
            .collect();
        let _ = writeln!(
            html,
            "<p class=\"failed-note\"><strong>Incomplete:</strong> {} could not be read in \
             full ({}); its tokens and findings below are only those listed before it failed. \
             See <a href=\"#sources\">Sources</a> for why.</p>",
            plural(failed.len(), "a source", "some sources"),
            names.join(", ")
        );
    }
    summary(&mut html, review);
    sources_table(&mut html, review);
    charts::expiry_timeline(&mut html, review);
    charts::last_use(&mut html, review);
    findings_table(&mut html, review);
    tokens_table(&mut html, review);
    let _ = write!(
        html,
        "<footer>Generated by apitokens {} at {generated}. This page holds no secret: only \
         what <code>apitokens list</code> shows.</footer>\n</main>\n<script>\n{SORT_SCRIPT}</script>\n\
         </body>\n</html>\n",
        env!("CARGO_PKG_VERSION"),
    );
    html
}

fn severity_count(findings: &[Finding], severity: Severity) -> usize {
    findings.iter().filter(|f| f.severity == severity).count()
}

/// Tokens per vendor: the sources' vendors (a source with no token counts
/// 0), then any other vendor a token has, in the vendors' order.
fn tokens_per_vendor(review: &Review<'_>) -> BTreeMap<Vendor, usize> {
    let mut per_vendor: BTreeMap<Vendor, usize> = review
        .sources
        .iter()
        .map(|source| (source.vendor, 0))
        .collect();
    for listed in review.tokens {
        *per_vendor.entry(listed.token.vendor).or_default() += 1;
    }
    per_vendor
}

fn summary(html: &mut String, review: &Review<'_>) {
    let findings = review.findings;
    html.push_str("<section aria-labelledby=\"h-summary\">\n<h2 id=\"h-summary\">Summary</h2>\n");
    let _ = writeln!(
        html,
        "<ul class=\"cards\">\n<li><b>{}</b> tokens</li>\n<li><b>{}</b> findings</li>\n\
         <li><b>{}</b> <span class=\"sev sev-high\">high</span></li>\n\
         <li><b>{}</b> <span class=\"sev sev-medium\">medium</span></li>\n\
         <li><b>{}</b> <span class=\"sev sev-low\">low</span></li>\n</ul>",
        count("tokens", review.tokens.len()),
        count("findings", findings.len()),
        count("high", severity_count(findings, Severity::High)),
        count("medium", severity_count(findings, Severity::Medium)),
        count("low", severity_count(findings, Severity::Low)),
    );
    html.push_str(
        "<table id=\"vendors\">\n<caption>Tokens per vendor</caption>\n<thead><tr>\
         <th scope=\"col\">Vendor</th><th scope=\"col\" class=\"n\">Tokens</th></tr></thead>\n<tbody>\n",
    );
    for (vendor, n) in tokens_per_vendor(review) {
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>",
            text(vendor.display_name()),
            count(&format!("vendor:{}", vendor.as_str()), n)
        );
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

fn sources_table(html: &mut String, review: &Review<'_>) {
    let mut tokens: BTreeMap<&str, usize> = BTreeMap::new();
    for listed in review.tokens {
        *tokens.entry(listed.source.as_str()).or_default() += 1;
    }
    let mut findings: BTreeMap<&str, usize> = BTreeMap::new();
    for finding in review.findings {
        *findings.entry(finding.source.as_str()).or_default() += 1;
    }
    html.push_str(
        "<section aria-labelledby=\"h-sources\">\n<h2 id=\"h-sources\">Sources</h2>\n\
         <table id=\"sources\">\n<caption>Every selected source, whether it was read, and its \
         tokens and findings</caption>\n<thead><tr><th scope=\"col\">Source</th>\
         <th scope=\"col\">Vendor</th><th scope=\"col\">Status</th>\
         <th scope=\"col\" class=\"n\">Tokens</th><th scope=\"col\" class=\"n\">Findings</th>\
         <th scope=\"col\">Error</th></tr></thead>\n<tbody>\n",
    );
    for source in review.sources {
        let name = source.name.as_str();
        let (status, class) = if source.errors.is_empty() {
            ("ok", "status-ok")
        } else {
            ("failed", "status-failed")
        };
        let errors: Vec<Cow<'_, str>> = source.errors.iter().map(|e| text(e)).collect();
        let _ = writeln!(
            html,
            "<tr data-source=\"{}\" data-status=\"{status}\"><th scope=\"row\">{}</th><td>{}</td>\
             <td class=\"{class}\">{status}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
             <td>{}</td></tr>",
            attr(name),
            text(name),
            text(source.vendor.display_name()),
            count(
                &format!("source:{name}"),
                tokens.get(name).copied().unwrap_or(0)
            ),
            count(
                &format!("source-findings:{name}"),
                findings.get(name).copied().unwrap_or(0)
            ),
            errors.join("<br>"),
        );
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

/// A finding's RFC 3339 time as the tables show times (as given if it
/// does not parse: it came from this process, so it always should).
fn at_minute(at: &str) -> String {
    DateTime::parse_from_rfc3339(at)
        .map(|at| minute(at.with_timezone(&Utc)))
        .unwrap_or_else(|_| text(at).into_owned())
}

/// A time as the tables show it: `2026-05-01 12:00`, UTC (the JSON of
/// `list` has the seconds).
fn minute(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

fn findings_table(html: &mut String, review: &Review<'_>) {
    let _ = writeln!(
        html,
        "<section class=\"rows\" aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">Findings</h2>\n\
         <table id=\"findings\" class=\"sortable\">\n<caption>{} {}, most severe first \
         (the same as <code>apitokens audit</code>{})</caption>\n<thead><tr>\
         <th scope=\"col\">Severity</th><th scope=\"col\">Finding</th><th scope=\"col\">Source</th>\
         <th scope=\"col\">ID</th><th scope=\"col\">Name</th><th scope=\"col\">Owner</th>\
         <th scope=\"col\">Reason</th><th scope=\"col\">At</th></tr></thead>\n<tbody>",
        count("findings", review.findings.len()),
        plural(review.findings.len(), "finding", "findings"),
        review
            .baseline
            .as_ref()
            .map_or_else(String::new, |baseline| format!(
                " with <code>--baseline {}</code>; {} accepted by it {} not listed",
                text(baseline.file),
                count("accepted", baseline.accepted),
                if baseline.accepted == 1 { "is" } else { "are" },
            )),
    );
    for f in review.findings {
        let severity = f.severity.as_str();
        let check = f.check.as_str();
        // End tags of cells and rows are left out, as HTML allows: a tenth
        // of the page at 10,000 tokens.
        let _ = writeln!(
            html,
            "<tr data-source=\"{}\" data-id=\"{}\" data-check=\"{check}\" data-severity=\"{severity}\">\
             <td>{severity}<td>{check}<td>{}<td>{}<td>{}<td>{}<td>{}<td>{}",
            attr(&f.source),
            attr(&f.id),
            text(&f.source),
            text(&f.id),
            text(f.name.as_deref().unwrap_or("")),
            text(f.owner.as_deref().unwrap_or("")),
            text(&f.reason),
            f.at.as_deref().map(at_minute).unwrap_or_default(),
        );
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

fn tokens_table(html: &mut String, review: &Review<'_>) {
    let _ = writeln!(
        html,
        "<section class=\"rows\" aria-labelledby=\"h-tokens\">\n<h2 id=\"h-tokens\">Tokens</h2>\n\
         <table id=\"tokens\" class=\"sortable\">\n<caption>{} {}, grouped by source \
         (the same as <code>apitokens list</code>); times in UTC, to the minute</caption>\n<thead><tr>\
         <th scope=\"col\">Source</th><th scope=\"col\">Vendor</th><th scope=\"col\">ID</th>\
         <th scope=\"col\">Name</th><th scope=\"col\">Owner</th><th scope=\"col\">Scopes</th>\
         <th scope=\"col\">Created</th><th scope=\"col\">Expires</th>\
         <th scope=\"col\">Last used</th><th scope=\"col\">Enabled</th></tr></thead>",
        count("tokens", review.tokens.len()),
        plural(review.tokens.len(), "token", "tokens"),
    );
    let mut current: Option<&str> = None;
    for Listed { source, token } in review.tokens {
        // One <tbody> per source: the groups, which sorting keeps apart.
        if current != Some(source.as_str()) {
            if current.is_some() {
                html.push_str("</tbody>");
            }
            html.push_str("\n<tbody>\n");
            current = Some(source.as_str());
        }
        let time = |at: Option<DateTime<Utc>>, none: &'static str| match at {
            Some(at) => Cow::Owned(minute(at)),
            None => Cow::Borrowed(none),
        };
        let last_used = if apitokens::audit::reports_last_use(token.vendor) {
            "never"
        } else {
            "not reported"
        };
        let enabled = match token.enabled {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let _ = writeln!(
            html,
            "<tr data-source=\"{}\" data-id=\"{}\"><td>{}<td>{}<td>{}<td>{}<td>{}<td>{}<td>{}\
             <td>{}<td>{}<td>{enabled}",
            attr(source),
            attr(&token.id),
            text(source),
            token.vendor.as_str(),
            text(&token.id),
            text(token.name.as_deref().unwrap_or("")),
            text(token.owner.as_deref().unwrap_or("")),
            text(&token.scopes.join(", ")),
            time(token.created_at, ""),
            time(token.expires_at, "never"),
            time(token.last_used_at, last_used),
        );
    }
    if current.is_none() {
        html.push_str("\n<tbody>\n");
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

#[cfg(test)]
mod tests;
