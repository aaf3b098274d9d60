//! The formats for pipelines: JSON Lines, JUnit XML, Markdown and the
//! Prometheus textfile format, against the sandbox's demo data.

mod common;

use common::{Harness, TestResult, code, json, stderr, stdout};
use serde_json::Value;

/// stdout's lines, each parsed as one JSON value.
fn json_lines(output: &std::process::Output) -> Result<Vec<Value>, Box<dyn std::error::Error>> {
    let text = stdout(output);
    assert!(text.is_empty() || text.ends_with('\n'), "{text}");
    text.lines()
        .map(|line| serde_json::from_str(line).map_err(|e| format!("{e}: {line}").into()))
        .collect()
}

#[test]
fn list_and_audit_jsonl_print_the_json_array_s_elements_one_per_line() -> TestResult {
    let harness = Harness::start()?;
    for (command, schema) in [("list", "token"), ("audit", "finding")] {
        let array = harness.run(&[command, "--format", "json"])?;
        let lines = harness.run(&[command, "--format", "jsonl"])?;
        assert_eq!(code(&lines), code(&array), "{}", stderr(&lines));
        let lines = json_lines(&lines)?;
        assert!(!lines.is_empty());
        // The same elements in the same order (the sandbox's admin token's
        // last use moves with every request, so compare what identifies them).
        let key = |row: &Value| format!("{} {} {}", row["source"], row["id"], row["check"]);
        let array = json(&array)?;
        let array = array.as_array().ok_or("not an array")?;
        assert_eq!(
            lines.iter().map(key).collect::<Vec<_>>(),
            array.iter().map(key).collect::<Vec<_>>(),
            "{command}"
        );
        let schema = harness.run(&["schema", schema])?;
        let validator = jsonschema::validator_for(&json(&schema)?)?;
        for line in &lines {
            assert!(validator.is_valid(line), "{line}");
        }
        let text = stdout(&harness.run(&[command, "--format", "jsonl"])?);
        for secret in harness.secrets()? {
            assert!(!text.contains(&secret), "a secret in {command} jsonl");
        }
    }
    Ok(())
}

#[test]
fn audit_junit_is_well_formed_with_a_suite_per_source_and_no_secret() -> TestResult {
    let harness = Harness::start()?;
    let findings = json(&harness.run(&["audit", "--format", "json"])?)?;
    let findings = findings.as_array().ok_or("not an array")?;
    let tokens = json(&harness.run(&["list", "--format", "json"])?)?;
    let tokens = tokens.as_array().ok_or("not an array")?;
    let output = harness.run(&["audit", "--format", "junit"])?;
    assert_eq!(code(&output), 1, "findings exit 1: {}", stderr(&output));
    let text = stdout(&output);
    let document = roxmltree::Document::parse(&text)?;
    let root = document.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    let names: Vec<_> = suites.iter().filter_map(|s| s.attribute("name")).collect();
    assert_eq!(names, ["dt", "astra", "spark"]);
    let failures: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    assert_eq!(failures.len(), findings.len());
    for finding in findings {
        let severity = finding["severity"].as_str().ok_or("severity")?;
        let reason = finding["reason"].as_str().ok_or("reason")?;
        let message = format!("{severity}: {reason}");
        assert!(
            failures
                .iter()
                .any(|f| f.attribute("message") == Some(message.as_str())
                    && f.attribute("type") == Some(severity)),
            "{message}"
        );
    }
    // Every token is a testcase: failing once per finding, or passing once.
    let flagged: std::collections::BTreeSet<_> = findings
        .iter()
        .map(|f| (f["source"].to_string(), f["id"].to_string()))
        .collect();
    let clean = tokens
        .iter()
        .filter(|t| !flagged.contains(&(t["source"].to_string(), t["id"].to_string())))
        .count();
    let cases = document
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert!(clean > 0);
    assert_eq!(cases, findings.len() + clean);
    for secret in harness.secrets()? {
        assert!(!text.contains(&secret), "a secret in the JUnit report");
    }
    // `list` cannot print findings: a clear usage error, before any request.
    let list = harness.run(&["list", "--format", "junit"])?;
    assert_eq!(code(&list), 2);
    assert!(
        stderr(&list).contains("apitokens audit"),
        "{}",
        stderr(&list)
    );
    Ok(())
}

#[test]
fn audit_markdown_counts_per_source_then_lists_every_finding() -> TestResult {
    let harness = Harness::start()?;
    let findings = json(&harness.run(&["audit", "--format", "json"])?)?;
    let findings = findings.as_array().ok_or("not an array")?;
    let output = harness.run(&["audit", "--format", "markdown"])?;
    assert_eq!(code(&output), 1, "findings exit 1: {}", stderr(&output));
    let text = stdout(&output);
    let count = |source: &str, severity: &str| {
        findings
            .iter()
            .filter(|f| f["source"] == source && f["severity"] == severity)
            .count()
    };
    for source in ["dt", "astra", "spark"] {
        let row = format!(
            "| {source} | {} | {} | {} |",
            count(source, "high"),
            count(source, "medium"),
            count(source, "low")
        );
        assert!(
            text.lines()
                .any(|line| line.starts_with(&format!("| {source} | "))
                    && line.ends_with(&row[source.len() + 4..])),
            "no counts row for {source}: {text}"
        );
    }
    let header = "| severity | source | ID | name | finding | reason |";
    let table: Vec<&str> = text
        .lines()
        .skip_while(|line| *line != header)
        .skip(2)
        .collect();
    assert_eq!(table.len(), findings.len(), "{text}");
    for (line, finding) in table.iter().zip(findings) {
        let severity = finding["severity"].as_str().ok_or("severity")?;
        let check = finding["check"].as_str().ok_or("check")?;
        assert!(line.starts_with(&format!("| {severity} | ")), "{line}");
        assert!(line.contains(&format!(" | {check} | ")), "{line}");
        // Six cells: no cell's text added a pipe.
        assert_eq!(line.matches(" | ").count(), 5, "{line}");
    }
    for secret in harness.secrets()? {
        assert!(!text.contains(&secret), "a secret in the Markdown summary");
    }
    Ok(())
}

#[test]
fn audit_prometheus_has_a_sample_per_known_time_and_finding_and_passes_promtool() -> TestResult {
    let harness = Harness::start()?;
    let findings = json(&harness.run(&["audit", "--format", "json"])?)?;
    let findings = findings.as_array().ok_or("not an array")?;
    let tokens = json(&harness.run(&["list", "--format", "json"])?)?;
    let tokens = tokens.as_array().ok_or("not an array")?;
    let output = harness.run(&["audit", "--format", "prometheus"])?;
    assert_eq!(code(&output), 1, "findings exit 1: {}", stderr(&output));
    let text = stdout(&output);
    let samples = |metric: &str| {
        text.lines()
            .filter(|line| line.starts_with(&format!("{metric}{{")))
            .count()
    };
    let known = |key: &str| tokens.iter().filter(|t| !t[key].is_null()).count();
    assert_eq!(
        samples("apitokens_token_expiry_timestamp_seconds"),
        known("expires_at")
    );
    assert_eq!(
        samples("apitokens_token_last_used_timestamp_seconds"),
        known("last_used_at")
    );
    assert_eq!(samples("apitokens_audit_finding"), findings.len());
    for metric in [
        "apitokens_token_expiry_timestamp_seconds",
        "apitokens_token_last_used_timestamp_seconds",
        "apitokens_audit_finding",
    ] {
        assert_eq!(text.matches(&format!("# TYPE {metric} gauge\n")).count(), 1);
        assert_eq!(text.matches(&format!("# HELP {metric} ")).count(), 1);
    }
    for secret in harness.secrets()? {
        assert!(!text.contains(&secret), "a secret in the metrics");
    }

    // Prometheus's own checker, when installed (Debian: the prometheus package).
    let promtool = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut promtool = match promtool {
        Ok(child) => child,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("SKIPPED: promtool is not on PATH, `promtool check metrics` not run");
            return Ok(());
        }
        Err(error) => return Err(error.into()),
    };
    std::io::Write::write_all(
        &mut promtool.stdin.take().ok_or("no stdin")?,
        text.as_bytes(),
    )?;
    let checked = promtool.wait_with_output()?;
    assert!(
        checked.status.success(),
        "promtool check metrics: {}{}",
        String::from_utf8_lossy(&checked.stdout),
        String::from_utf8_lossy(&checked.stderr)
    );
    Ok(())
}
