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
