//! The HTML report as a real browser sees it: `apitokens report` against the
//! sandbox, rendered by headless Chromium, its DOM dumped and checked against
//! `list --format json` and `audit --format json` of the same sandbox (the
//! DOM contract: "The report's DOM contract" in the CLI README), and a
//! screenshot kept as an artefact.
//!
//! Skipped with a message where Chromium is absent, except under `CI`.

mod browser;
mod common;

use std::collections::BTreeMap;
use std::error::Error;
use std::path::Path;

use browser::Chromium;
use chrono::{DateTime, TimeDelta, Utc};
use common::{Harness, TestResult, code, json, stderr};
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

/// The sources of [`Harness::standard_config`].
const SOURCES: [&str; 3] = ["dt", "astra", "spark"];

/// The last-use buckets, in the order the chart draws them.
const BUCKETS: [&str; 6] = [
    "never-used",
    "over-90d",
    "30d-90d",
    "7d-30d",
    "under-7d",
    "not-reported",
];

#[test]
fn the_report_in_chromium_shows_the_rows_and_counts_of_list_and_audit() -> TestResult {
    let Some(chromium) = Chromium::find_or_skip()? else {
        return Ok(());
    };
    let harness = Harness::start()?;
    let report = harness.dir().join("review.html");
    let output = harness.run(&["report", "--out", path_str(&report)?])?;
    assert!(
        report.is_file(),
        "no report written (exit {}): {}",
        code(&output),
        stderr(&output)
    );
    let tokens = json(&harness.run(&["list", "--format", "json"])?)?;
    let findings = json(&harness.run(&["audit", "--format", "json"])?)?;
    let expected = Expected::new(&tokens, &findings, &SOURCES)?;
    let dom = render_and_check(&chromium, &report, &expected, "sandbox-report")?;

    let mut secrets = harness.secrets()?;
    secrets.extend(secret_fields(&tokens));
    secrets.extend(secret_fields(&findings));
    let file = std::fs::read_to_string(&report)?;
    for secret in &secrets {
        assert!(!secret.is_empty());
        assert!(!file.contains(secret.as_str()), "a secret in the report");
        assert!(
            !dom.contains(secret.as_str()),
            "a secret in the rendered DOM"
        );
    }
    Ok(())
}

#[test]
fn the_demo_s_report_in_chromium_shows_the_demo_s_list_and_audit() -> TestResult {
    let Some(chromium) = Chromium::find_or_skip()? else {
        return Ok(());
    };
    let dir = tempfile::tempdir()?;
    let report = dir.path().join("demo.html");
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin!("apitokens"))
        .current_dir(dir.path())
        .env_remove("RUST_LOG")
        .env_remove("APITOKENS_CONFIG")
        .args(["demo", "--format", "json", "--report", path_str(&report)?])
        .output()?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    // The demo prints the JSON of `list`, then of `audit`, each after its
    // command line; the report is of the same run.
    let stdout = common::stdout(&output);
    let tokens = json_after(&stdout, "$ apitokens list\n")?;
    let findings = json_after(&stdout, "$ apitokens audit\n")?;
    let mut sources: Vec<&str> = tokens
        .as_array()
        .ok_or("list: not an array")?
        .iter()
        .filter_map(|token| token["source"].as_str())
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let expected = Expected::new(&tokens, &findings, &sources)?;
    let dom = render_and_check(&chromium, &report, &expected, "demo-report")?;
    let file = std::fs::read_to_string(&report)?;
    for secret in secret_fields(&tokens)
        .iter()
        .chain(&secret_fields(&findings))
    {
        assert!(!file.contains(secret.as_str()) && !dom.contains(secret.as_str()));
    }
    Ok(())
}

/// The first JSON value in `text` after `marker`.
fn json_after(text: &str, marker: &str) -> Result<Value, Box<dyn Error>> {
    let (_, rest) = text
        .split_once(marker)
        .ok_or_else(|| format!("no {marker:?} in the demo's output"))?;
    let value = serde_json::Deserializer::from_str(rest)
        .into_iter::<Value>()
        .next()
        .ok_or_else(|| format!("no JSON after {marker:?}"))??;
    Ok(value)
}

/// Renders `report` headless, keeps its screenshot and DOM as artefacts
/// named `name`, checks the DOM against `expected`; returns the DOM.
fn render_and_check(
    chromium: &Chromium,
    report: &Path,
    expected: &Expected,
    name: &str,
) -> Result<String, Box<dyn Error>> {
    let artefacts = browser::artefacts_dir()?;
    let dom = chromium.dump_dom(report)?;
    std::fs::write(artefacts.join(format!("{name}.dom.html")), &dom)?;
    let png = artefacts.join(format!("{name}.png"));
    chromium.screenshot(report, &png)?;
    assert!(browser::is_png(&png)?, "{} is not a PNG", png.display());
    eprintln!("screenshot: {}", png.display());
    check_dom(&Html::parse_document(&dom), expected)?;
    Ok(dom)
}

/// What the JSON of `list` and `audit` says the report must show.
#[derive(Debug)]
struct Expected {
    /// `(source, id)` of every token, sorted.
    tokens: Vec<(String, String)>,
    /// `(source, id, check)` of every finding, sorted.
    findings: Vec<(String, String, String)>,
    /// `(source, id, check)` → severity.
    severities: BTreeMap<(String, String, String), String>,
    /// What each `data-count` KEY must say.
    counts: BTreeMap<String, u64>,
    sources: Vec<String>,
    /// Each token's last use (`None`: never used or not reported).
    last_used: Vec<Option<DateTime<Utc>>>,
    /// `(source, id)` → (name, owner) as listed.
    names: BTreeMap<(String, String), (String, Option<String>)>,
}

impl Expected {
    fn new(tokens: &Value, findings: &Value, sources: &[&str]) -> Result<Self, Box<dyn Error>> {
        let tokens = tokens.as_array().ok_or("list: not an array")?;
        let findings = findings.as_array().ok_or("audit: not an array")?;
        let field = |row: &Value, name: &str| -> Result<String, Box<dyn Error>> {
            Ok(row[name]
                .as_str()
                .ok_or_else(|| format!("no {name} in {row}"))?
                .to_string())
        };
        // The keys every report has, zero until counted.
        let mut counts: BTreeMap<String, u64> = ["tokens", "findings", "high", "medium", "low"]
            .into_iter()
            .map(|key| (key.to_string(), 0))
            .collect();
        counts.insert("sources".into(), u64::try_from(sources.len())?);
        counts.insert("failed-sources".into(), 0);
        for source in sources {
            counts.insert(format!("source:{source}"), 0);
            counts.insert(format!("source-findings:{source}"), 0);
        }
        let mut add = |key: String| *counts.entry(key).or_insert(0) += 1;
        let mut expected = Self {
            tokens: Vec::new(),
            findings: Vec::new(),
            severities: BTreeMap::new(),
            counts: BTreeMap::new(),
            sources: sources.iter().map(|s| (*s).to_string()).collect(),
            last_used: Vec::new(),
            names: BTreeMap::new(),
        };
        for token in tokens {
            let (source, id) = (field(token, "source")?, field(token, "id")?);
            add("tokens".into());
            add(format!("vendor:{}", field(token, "vendor")?));
            add(format!("source:{source}"));
            expected
                .last_used
                .push(match token["last_used_at"].as_str() {
                    Some(at) => Some(DateTime::parse_from_rfc3339(at)?.to_utc()),
                    None => None,
                });
            let owner = token["owner"].as_str().map(str::to_string);
            expected
                .names
                .insert((source.clone(), id.clone()), (field(token, "name")?, owner));
            expected.tokens.push((source, id));
        }
        for finding in findings {
            let key = (
                field(finding, "source")?,
                field(finding, "id")?,
                field(finding, "check")?,
            );
            let severity = field(finding, "severity")?;
            add("findings".into());
            add(severity.clone());
            add(format!("source-findings:{}", key.0));
            expected.severities.insert(key.clone(), severity);
            expected.findings.push(key);
        }
        expected.tokens.sort();
        expected.findings.sort();
        expected.counts = counts;
        Ok(expected)
    }
}

/// Every string under a key named like `secret` in the JSON (none expected:
/// whatever there is must not reach the report either).
fn secret_fields(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(secret_fields).collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, value)| match value {
                Value::String(text) if key.to_lowercase().contains("secret") => {
                    vec![text.clone()]
                }
                _ => secret_fields(value),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn path_str(path: &Path) -> Result<&str, Box<dyn Error>> {
    Ok(path.to_str().ok_or("a temporary path that is not UTF-8")?)
}

/// A CSS selector (the ones here are constants).
fn select(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css:?}: {e}"))
}

/// The elements matching `css` under `root`.
fn all<'a>(root: ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    root.select(&select(css)).collect()
}

fn attr(element: ElementRef<'_>, name: &str) -> String {
    element.value().attr(name).unwrap_or_default().to_string()
}

/// An element's text, its whitespace collapsed.
fn text(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The checks of the DOM contract against what `list` and `audit` printed.
fn check_dom(document: &Html, expected: &Expected) -> TestResult {
    let root = document.root_element();
    assert_eq!(attr(root, "lang"), "en", "<html lang=\"en\">");
    let main = all(root, "main#report");
    assert_eq!(main.len(), 1, "one main#report");
    let generated_at = DateTime::parse_from_rfc3339(&attr(main[0], "data-generated-at"))
        .map_err(|e| format!("main#report data-generated-at is not RFC 3339: {e}"))?
        .to_utc();

    check_counts(root, expected)?;
    check_sources(root, expected);
    check_tokens(root, expected);
    check_findings(root, expected);
    check_expiry_timeline(root, expected);
    check_last_use(root, expected, generated_at)?;
    check_self_contained(root);
    check_headers_keep_their_text(root);
    Ok(())
}

/// After the sort script ran, each header of a sortable table still has its
/// own text beside the button: a header that is only a button prints empty
/// where Chromium repeats it on each printed page.
fn check_headers_keep_their_text(root: ElementRef<'_>) {
    let headers = all(root, "table.sortable thead th");
    assert!(!headers.is_empty(), "no sortable table headers");
    for th in headers {
        let own: String = th
            .children()
            .filter_map(|node| node.value().as_text().map(|text| text.to_string()))
            .collect();
        assert!(
            !own.trim().is_empty(),
            "a header without text of its own: {}",
            th.html()
        );
        assert_eq!(all(th, "button").len(), 1, "one sort button: {}", th.html());
    }
}

/// Every `data-count` KEY says the number the JSON gives, each time it
/// appears; the contract's keys are all there.
fn check_counts(root: ElementRef<'_>, expected: &Expected) -> TestResult {
    // A last-use bar carries its number as the attribute, not a KEY.
    let mut shown: BTreeMap<String, u64> = BTreeMap::new();
    for element in all(root, "[data-count]:not([data-bucket])") {
        let key = attr(element, "data-count");
        let number = text(element);
        let value: u64 = number
            .parse()
            .map_err(|_| format!("data-count={key:?} shows {number:?}, not digits"))?;
        if let Some(previous) = shown.insert(key.clone(), value) {
            assert_eq!(previous, value, "data-count={key:?} shown as two numbers");
        }
        let prefixed = ["vendor:", "source:", "source-findings:"]
            .iter()
            .any(|prefix| key.starts_with(prefix));
        match expected.counts.get(&key) {
            Some(want) => assert_eq!(value, *want, "data-count={key:?}"),
            // A vendor (or source) the JSON has no row of shows zero.
            None if prefixed => assert_eq!(value, 0, "data-count={key:?} has no row"),
            None => panic!("data-count={key:?} is not a key of the contract"),
        }
    }
    for (key, want) in &expected.counts {
        assert!(
            shown.contains_key(key),
            "no data-count={key:?} in the report (expected {want})"
        );
    }
    Ok(())
}

fn check_sources(root: ElementRef<'_>, expected: &Expected) {
    let rows = all(root, "table#sources tbody tr");
    let mut names: Vec<String> = rows.iter().map(|r| attr(*r, "data-source")).collect();
    names.sort();
    let mut want = expected.sources.clone();
    want.sort();
    assert_eq!(names, want, "table#sources: one row per source");
    for row in rows {
        assert_eq!(attr(row, "data-status"), "ok", "{}", text(row));
    }
}

fn check_tokens(root: ElementRef<'_>, expected: &Expected) {
    let rows = all(root, "table#tokens tbody tr");
    let mut keys: Vec<(String, String)> = rows
        .iter()
        .map(|r| (attr(*r, "data-source"), attr(*r, "data-id")))
        .collect();
    keys.sort();
    assert_eq!(
        keys, expected.tokens,
        "table#tokens: one row per listed token"
    );
    for row in rows {
        let key = (attr(row, "data-source"), attr(row, "data-id"));
        let cells = all(row, "td, th");
        let shown = cells
            .iter()
            .map(|c| text(*c))
            .collect::<Vec<_>>()
            .join(" | ");
        assert!(
            cells.len() >= 10,
            "a token row has a cell per field: {shown}"
        );
        assert!(shown.contains(&key.1), "the row shows its ID: {shown}");
        if let Some((name, owner)) = expected.names.get(&key) {
            let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                shown.contains(&collapse(name)),
                "the row shows the name {name:?}: {shown}"
            );
            if let Some(owner) = owner {
                assert!(
                    shown.contains(&collapse(owner)),
                    "the row shows the owner {owner:?}: {shown}"
                );
            }
        }
    }
}

fn check_findings(root: ElementRef<'_>, expected: &Expected) {
    let rows = all(root, "table#findings tbody tr");
    let mut keys: Vec<(String, String, String)> = rows
        .iter()
        .map(|r| {
            (
                attr(*r, "data-source"),
                attr(*r, "data-id"),
                attr(*r, "data-check"),
            )
        })
        .collect();
    keys.sort();
    assert_eq!(
        keys, expected.findings,
        "table#findings: one row per finding"
    );
    for row in rows {
        let key = (
            attr(row, "data-source"),
            attr(row, "data-id"),
            attr(row, "data-check"),
        );
        let severity = expected.severities.get(&key).cloned().unwrap_or_default();
        assert_eq!(attr(row, "data-severity"), severity, "{key:?}");
        assert!(
            text(row).to_lowercase().contains(&severity),
            "the severity is written out, not only coloured: {}",
            text(row)
        );
    }
}

fn check_expiry_timeline(root: ElementRef<'_>, expected: &Expected) {
    let timeline = all(root, "svg#expiry-timeline");
    assert_eq!(timeline.len(), 1, "one svg#expiry-timeline");
    let mut marks: Vec<(String, String)> = all(timeline[0], r#"[data-mark="expiry"]"#)
        .iter()
        .map(|m| (attr(*m, "data-source"), attr(*m, "data-id")))
        .collect();
    marks.sort();
    assert_eq!(marks, expected.tokens, "one expiry mark per token");
    assert_eq!(
        all(timeline[0], r#"[data-mark="today"]"#).len(),
        1,
        "today, once"
    );
    assert_eq!(
        all(timeline[0], r#"[data-mark="expiring-window"]"#).len(),
        1,
        "the expiring-soon window, once"
    );
    check_text_equivalent(root, timeline[0], "svg#expiry-timeline");
}

/// The last-use bars: the contract's buckets in order, summing to the tokens,
/// each within what the listed last uses allow (a use within an hour of a
/// bucket's edge may fall either side: `list` ran a moment after the report).
fn check_last_use(
    root: ElementRef<'_>,
    expected: &Expected,
    generated_at: DateTime<Utc>,
) -> TestResult {
    let chart = all(root, "svg#last-use");
    assert_eq!(chart.len(), 1, "one svg#last-use");
    let bars = all(chart[0], "[data-bucket]");
    let order: Vec<String> = bars.iter().map(|b| attr(*b, "data-bucket")).collect();
    assert_eq!(order, BUCKETS, "the last-use buckets, in order");
    let mut shown = BTreeMap::new();
    for bar in &bars {
        let count: usize = attr(*bar, "data-count").parse().map_err(|_| {
            format!(
                "bar {} has no numeric data-count",
                attr(*bar, "data-bucket")
            )
        })?;
        shown.insert(attr(*bar, "data-bucket"), count);
    }
    assert_eq!(
        shown.values().sum::<usize>(),
        expected.tokens.len(),
        "the last-use buckets sum to the tokens"
    );
    // (at least, at most) tokens each bucket may hold.
    let mut bounds: BTreeMap<&str, (usize, usize)> = BUCKETS.iter().map(|b| (*b, (0, 0))).collect();
    let undated = expected.last_used.iter().filter(|at| at.is_none()).count();
    for bucket in ["never-used", "not-reported"] {
        bounds.insert(bucket, (0, undated));
    }
    let edges = [
        (TimeDelta::days(90), "over-90d"),
        (TimeDelta::days(30), "30d-90d"),
        (TimeDelta::days(7), "7d-30d"),
        (TimeDelta::MIN, "under-7d"),
    ];
    let bucket_of = |age: TimeDelta| {
        edges
            .iter()
            .find(|(edge, _)| age >= *edge)
            .map_or("under-7d", |(_, bucket)| *bucket)
    };
    let slack = TimeDelta::hours(1);
    for at in expected.last_used.iter().flatten() {
        let age = generated_at - *at;
        let (younger, older) = (bucket_of(age - slack), bucket_of(age + slack));
        if younger == older {
            if let Some(b) = bounds.get_mut(younger) {
                b.0 += 1;
                b.1 += 1;
            }
        } else {
            for bucket in [younger, older] {
                if let Some(b) = bounds.get_mut(bucket) {
                    b.1 += 1;
                }
            }
        }
    }
    for (bucket, (at_least, at_most)) in bounds {
        let count = shown.get(bucket).copied().unwrap_or_default();
        assert!(
            (at_least..=at_most).contains(&count),
            "last use {bucket}: {count} tokens, the listing says {at_least}..={at_most}"
        );
    }
    assert_eq!(
        shown["never-used"] + shown["not-reported"],
        undated,
        "never used or not reported: the tokens listed without a last use"
    );
    check_text_equivalent(root, chart[0], "svg#last-use");
    Ok(())
}

/// A chart sits in a `<figure>` with a `<figcaption>` and names the table it
/// summarises (`aria-describedby`, or a link to an element of the page).
fn check_text_equivalent(root: ElementRef<'_>, chart: ElementRef<'_>, what: &str) {
    let figure = chart
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "figure");
    let Some(figure) = figure else {
        panic!("{what} is not in a <figure>");
    };
    assert!(
        !all(figure, "figcaption").is_empty(),
        "{what}: no <figcaption>"
    );
    let exists = |id: &str| !id.is_empty() && !all(root, &format!("[id={id:?}]")).is_empty();
    let described = std::iter::once(figure)
        .chain(figure.descendants().filter_map(ElementRef::wrap))
        .flat_map(|e| {
            let mut targets: Vec<String> = attr(e, "aria-describedby")
                .split_whitespace()
                .map(str::to_string)
                .collect();
            if e.value().name() == "a"
                && let Some(id) = attr(e, "href").strip_prefix('#')
            {
                targets.push(id.to_string());
            }
            targets
        })
        .any(|id| exists(&id));
    assert!(
        described,
        "{what}: names no table of the page (aria-describedby or a link)"
    );
}

/// No reference outside the file: no `http:`, `https:`, `//` or `file:`
/// URL in a reference attribute, a `style` or `<style>` (`url(…)`,
/// `@import`), and at most one inline `<script>`.
fn check_self_contained(root: ElementRef<'_>) {
    const REFERENCES: [&str; 9] = [
        "src",
        "href",
        "srcset",
        "action",
        "formaction",
        "poster",
        "data",
        "background",
        "cite",
    ];
    let external = |value: &str| {
        let value = value.trim().trim_matches(['"', '\'']).trim().to_lowercase();
        ["http:", "https:", "//", "file:"]
            .iter()
            .any(|prefix| value.starts_with(prefix))
    };
    // The arguments of `url(…)` and `@import` in CSS text.
    let css_references = |css: &str| -> Vec<String> {
        let mut found = Vec::new();
        // ASCII lowercase keeps byte offsets.
        let lower = css.to_ascii_lowercase();
        for (at, _) in lower.match_indices("url(") {
            let rest = &css[at + 4..];
            found.push(rest[..rest.find(')').unwrap_or(rest.len())].to_string());
        }
        for (at, _) in lower.match_indices("@import") {
            let rest = css[at + 7..].trim_start();
            let rest = rest.strip_prefix("url(").unwrap_or(rest);
            found.push(rest.to_string());
        }
        found
    };
    for element in root.descendants().filter_map(ElementRef::wrap) {
        for (name, value) in element.value().attrs() {
            let local = name.rsplit(':').next().unwrap_or(name);
            if REFERENCES.contains(&local) {
                assert!(!external(value), "an external reference: {local}={value:?}");
            }
            if local == "style" {
                for reference in css_references(value) {
                    assert!(
                        !external(&reference),
                        "an external url() in a style attribute: {reference}"
                    );
                }
            }
        }
        if element.value().name() == "style" {
            for reference in css_references(&element.text().collect::<String>()) {
                assert!(
                    !external(&reference),
                    "an external reference in <style>: {reference}"
                );
            }
        }
    }
    let scripts = all(root, "script");
    assert!(scripts.len() <= 1, "at most one inline <script>");
    for script in scripts {
        assert!(script.value().attr("src").is_none(), "a <script src>");
    }
}
