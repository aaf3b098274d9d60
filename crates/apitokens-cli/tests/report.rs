//! `apitokens report` end to end: the page's rows and counts are those of
//! `list` and `audit` for the same sources, a failed source is in the page,
//! and the file is written whole or not at all.

mod common;

use std::collections::BTreeSet;

use apitokens::ExposeSecret;
use common::{Harness, TestResult, code, json, stderr, stdout};
use scraper::{Html, Selector};

fn select<'a>(document: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    match Selector::parse(selector) {
        Ok(parsed) => document.select(&parsed).collect(),
        Err(error) => panic!("{selector}: {error:?}"),
    }
}

fn attrs(element: &scraper::ElementRef<'_>, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| element.value().attr(name).unwrap_or_default().to_string())
        .collect()
}

fn fields(row: &serde_json::Value, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|name| row[name].as_str().unwrap_or_default().to_string())
        .collect()
}

fn count(document: &Html, key: &str) -> String {
    let found = select(document, &format!("[data-count=\"{key}\"]"));
    assert!(!found.is_empty(), "no count {key}");
    found[0].text().collect()
}

#[test]
fn the_page_has_the_rows_of_list_and_audit() -> TestResult {
    let harness = Harness::start()?;
    let output = harness.run(&["report", "--out", "review.html"])?;
    // The demo data has findings: exit 1, as `audit`.
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    assert!(
        stderr(&output).contains("report written to review.html"),
        "{}",
        stderr(&output)
    );
    let html = std::fs::read_to_string(harness.dir().join("review.html"))?;
    let document = Html::parse_document(&html);

    let listed = json(&harness.run(&["list", "--format", "json"])?)?;
    let listed = listed.as_array().cloned().unwrap_or_default();
    // Each token once (grouped by source; by name within it, as the table shows them).
    let rows = select(&document, "table#tokens tbody tr");
    let tokens: BTreeSet<Vec<String>> = rows
        .iter()
        .map(|row| attrs(row, &["data-source", "data-id"]))
        .collect();
    let expected: BTreeSet<Vec<String>> = listed
        .iter()
        .map(|t| fields(t, &["source", "id"]))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(rows.len(), listed.len());
    assert_eq!(tokens, expected);
    assert_eq!(count(&document, "tokens"), expected.len().to_string());
    let marks = select(&document, "svg#expiry-timeline [data-mark=expiry]").len();
    assert_eq!(marks, expected.len());

    let audited = json(&harness.run(&["audit", "--format", "json"])?)?;
    let audited = audited.as_array().cloned().unwrap_or_default();
    let names = ["source", "id", "check", "severity"];
    let rows = select(&document, "table#findings tbody tr");
    assert_eq!(rows.len(), audited.len());
    let findings: BTreeSet<Vec<String>> = rows
        .iter()
        .map(|row| {
            attrs(
                row,
                &["data-source", "data-id", "data-check", "data-severity"],
            )
        })
        .collect();
    let expected: BTreeSet<Vec<String>> = audited.iter().map(|f| fields(f, &names)).collect();
    assert_eq!(findings, expected);
    assert_eq!(count(&document, "findings"), audited.len().to_string());

    let sources: Vec<Vec<String>> = select(&document, "table#sources tbody tr")
        .iter()
        .map(|row| attrs(row, &["data-source", "data-status"]))
        .collect();
    assert_eq!(
        sources,
        [["dt", "ok"], ["astra", "ok"], ["spark", "ok"]].map(|r| r.map(String::from).to_vec())
    );

    // No credential of the run is in the page.
    let credentials = harness.credentials();
    for secret in [
        credentials.dynatrace_token().expose_secret(),
        credentials.astra_token().expose_secret(),
        credentials.access_key_secret().expose_secret(),
    ] {
        assert!(!html.contains(secret));
    }
    Ok(())
}

#[test]
fn a_failed_source_is_in_the_page_and_exits_2() -> TestResult {
    let harness = Harness::start()?;
    let config = format!(
        "{}\n[[source]]\nname = \"down\"\nvendor = \"dynatrace\"\nurl = \"http://127.0.0.1:9\"\ntoken_env = \"{}\"\n",
        harness.standard_config(),
        common::DT_ENV
    );
    let config = harness.write("down.toml", &config)?;
    let output = harness
        .command()
        .args(["report", "--out", "review.html", "--config"])
        .arg(config)
        .output()?;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("down"));
    let html = std::fs::read_to_string(harness.dir().join("review.html"))?;
    let document = Html::parse_document(&html);
    let failed = select(
        &document,
        "table#sources tbody tr[data-source=down][data-status=failed]",
    );
    assert_eq!(failed.len(), 1);
    let error = failed[0].text().collect::<String>();
    assert!(error.contains("error: down (dynatrace)"), "{error}");
    assert_eq!(count(&document, "failed-sources"), "1");
    assert_eq!(count(&document, "source:down"), "0");
    Ok(())
}

#[test]
fn a_dash_writes_the_page_to_stdout() -> TestResult {
    let harness = Harness::start()?;
    let output = harness.run(&["report", "--out", "-", "--source", "astra"])?;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let html = stdout(&output);
    assert!(html.starts_with("<!doctype html>"), "{html}");
    assert!(html.trim_end().ends_with("</html>"));
    assert!(!stderr(&output).contains("report written"));
    Ok(())
}

#[test]
fn a_page_that_cannot_be_written_leaves_nothing_behind() -> TestResult {
    let harness = Harness::start()?;
    std::fs::write(harness.dir().join("review.html"), "the last review")?;
    // A directory where the page should go: the rename fails.
    std::fs::create_dir(harness.dir().join("taken"))?;
    let output = harness.run(&["report", "--out", "taken"])?;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot write the report to taken"),
        "{}",
        stderr(&output)
    );
    let missing = harness.run(&["report", "--out", "no/such/dir/review.html"])?;
    assert_eq!(code(&missing), 2);
    let left: Vec<String> = std::fs::read_dir(harness.dir())?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("apitokens-report"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(
        std::fs::read_to_string(harness.dir().join("review.html"))?,
        "the last review"
    );
    Ok(())
}

#[test]
fn a_baseline_leaves_its_accepted_findings_out_of_the_page_as_audit_does() -> TestResult {
    let harness = Harness::start()?;
    let written = harness.run(&["audit", "--write-baseline", "baseline.toml"])?;
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    let accepted = json(&harness.run(&["audit", "--format", "json"])?)?
        .as_array()
        .map_or(0, Vec::len);
    assert!(accepted > 0, "the demo data has findings");

    let output = harness.run(&[
        "report",
        "--out",
        "review.html",
        "--baseline",
        "baseline.toml",
    ])?;
    // Every finding accepted: nothing new, exit 0, as `audit --baseline`.
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "baseline baseline.toml: {accepted} findings accepted"
        )),
        "{}",
        stderr(&output)
    );
    let html = std::fs::read_to_string(harness.dir().join("review.html"))?;
    let document = Html::parse_document(&html);
    assert!(select(&document, "table#findings tbody tr").is_empty());
    assert_eq!(count(&document, "findings"), "0");
    assert_eq!(count(&document, "accepted"), accepted.to_string());
    assert!(html.contains("--baseline baseline.toml"));

    let missing = harness.run(&[
        "report",
        "--out",
        "other.html",
        "--baseline",
        "nowhere.toml",
    ])?;
    assert_eq!(code(&missing), 2);
    assert!(
        stderr(&missing).contains("nowhere.toml"),
        "{}",
        stderr(&missing)
    );
    assert!(!harness.dir().join("other.html").exists());
    Ok(())
}
