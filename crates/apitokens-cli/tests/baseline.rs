//! `audit --write-baseline` and `--baseline`, fingerprints, and the broad
//! scopes of `[audit.broad_scopes]`: the built binary against the sandbox.

mod common;

use std::collections::BTreeMap;
use std::error::Error;

use apitokens_sandbox::DynatraceToken;
use common::{Harness, TestResult, code, json, stderr, stdout};
use serde_json::Value;

/// The findings of an `audit --format json` run.
fn findings(output: &std::process::Output) -> Result<Vec<Value>, Box<dyn Error>> {
    Ok(json(output)?.as_array().ok_or("not an array")?.clone())
}

/// (source, id, check) → fingerprint of each finding.
fn fingerprints(findings: &[Value]) -> BTreeMap<(String, String, String), String> {
    findings
        .iter()
        .map(|f| {
            let text = |key: &str| f[key].as_str().unwrap_or_default().to_string();
            (
                (text("source"), text("id"), text("check")),
                text("fingerprint"),
            )
        })
        .collect()
}

/// A token with a write scope that nothing else is wrong with.
fn writer(name: &str) -> DynatraceToken {
    let now = chrono::Utc::now();
    DynatraceToken::named(name)
        .scopes(["settings.write"])
        .expires_at(now + chrono::Duration::days(365))
        .last_used_at(now)
}

#[test]
fn fingerprints_are_stable_across_runs_and_in_every_format() -> TestResult {
    let harness = Harness::start()?;
    let first = findings(&harness.run(&["audit", "--format", "json"])?)?;
    let second = findings(&harness.run(&["audit", "--format", "json"])?)?;
    let first = fingerprints(&first);
    assert!(first.len() > 10, "{first:?}");
    assert_eq!(first, fingerprints(&second));
    for fingerprint in first.values() {
        assert_eq!(fingerprint.len(), 16, "{fingerprint}");
        assert!(fingerprint.chars().all(|c| c.is_ascii_hexdigit()));
    }
    let distinct: std::collections::BTreeSet<&String> = first.values().collect();
    assert_eq!(distinct.len(), first.len(), "one fingerprint per finding");

    // JSONL and CSV carry the same ones; the schema describes the field.
    let jsonl = harness.run(&["audit", "--format", "jsonl"])?;
    let rows: Vec<Value> = stdout(&jsonl)
        .lines()
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    assert_eq!(fingerprints(&rows), first);
    let csv = harness.run(&["audit", "--format", "csv"])?;
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let headers = reader.headers()?.clone();
    let column = headers
        .iter()
        .position(|h| h == "fingerprint")
        .ok_or("no fingerprint column")?;
    let mut from_csv = Vec::new();
    for record in reader.records() {
        from_csv.push(record?.get(column).unwrap_or_default().to_string());
    }
    let mut expected: Vec<String> = first.values().cloned().collect();
    expected.sort();
    from_csv.sort();
    assert_eq!(from_csv, expected);
    let schema = json(&harness.run(&["schema", "finding"])?)?;
    assert!(schema["properties"]["fingerprint"].is_object(), "{schema}");
    assert!(
        schema["required"]
            .as_array()
            .is_some_and(|required| required.iter().any(|r| r == "fingerprint")),
        "{schema}"
    );
    Ok(())
}

#[test]
fn a_written_baseline_accepts_today_s_findings_and_fails_only_on_new_ones() -> TestResult {
    let harness = Harness::start()?;
    let all = findings(&harness.run(&["audit", "--format", "json"])?)?;

    let written = harness.run(&["audit", "--format", "json", "--write-baseline", "b.toml"])?;
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    assert_eq!(findings(&written)?.len(), all.len(), "still printed");
    let path = harness.dir().join("b.toml");
    let text = std::fs::read_to_string(&path)?;
    assert_eq!(
        text.lines().filter(|l| *l == "[[accepted]]").count(),
        all.len(),
        "{text}"
    );
    assert!(text.contains("name = \"ci-deploy-pipeline\""), "{text}");
    assert!(
        stderr(&written).contains(&format!("wrote {} findings to baseline b.toml", all.len())),
        "{}",
        stderr(&written)
    );
    // Nothing but the file is left in its directory (no temporary file).
    let names: Vec<String> = std::fs::read_dir(harness.dir())?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "apitokens.toml")
        .collect();
    assert_eq!(names, ["b.toml"]);

    let accepted = harness.run(&["audit", "--format", "json", "--baseline", "b.toml"])?;
    assert_eq!(code(&accepted), 0, "{}", stderr(&accepted));
    assert_eq!(findings(&accepted)?, Vec::<Value>::new());
    assert!(
        stderr(&accepted).contains(&format!(
            "baseline b.toml: {} findings accepted, 0 acceptances expired, 0 stale entries",
            all.len()
        )),
        "{}",
        stderr(&accepted)
    );

    // A new finding fails the run, and only it is reported.
    let seeded = harness.sandbox().add_dynatrace_token(writer("new-writer"));
    let fresh = harness.run(&["audit", "--format", "json", "--baseline", "b.toml"])?;
    assert_eq!(code(&fresh), 1, "{}", stderr(&fresh));
    let new = findings(&fresh)?;
    assert_eq!(new.len(), 1, "{new:?}");
    assert_eq!(new[0]["id"], seeded.id.as_str());
    assert_eq!(new[0]["check"], "broad-scopes");
    assert!(stderr(&fresh).contains("1 finding ("), "{}", stderr(&fresh));

    // An entry whose token is gone is stale, with its line.
    let stale = format!(
        "{text}\n[[accepted]]\nsource = \"dt\"\nid = \"dt0c01.GONE\"\ncheck = \"unused\"\n"
    );
    let line = text.lines().count() + 2;
    std::fs::write(&path, stale)?;
    let pruned = harness.run(&["audit", "--format", "json", "--baseline", "b.toml"])?;
    assert_eq!(code(&pruned), 1);
    assert!(
        stderr(&pruned).contains(&format!(
            "b.toml:{line}: stale: no unused finding for dt dt0c01.GONE — remove the entry"
        )),
        "{}",
        stderr(&pruned)
    );
    assert!(
        stderr(&pruned).contains(", 1 stale entry"),
        "{}",
        stderr(&pruned)
    );
    Ok(())
}

#[test]
fn an_acceptance_past_its_until_counts_again_and_rewriting_keeps_reasons() -> TestResult {
    let harness = Harness::start()?;
    let seeded = harness
        .sandbox()
        .add_dynatrace_token(writer("accepted-writer"));
    let entry = |until: &str| {
        format!(
            "[[accepted]]\nsource = \"dt\"\nid = \"{}\"\ncheck = \"broad-scopes\"\nreason = \"deploys need it\"\nuntil = {until}\n",
            seeded.id
        )
    };
    let only = |output: &std::process::Output| -> Result<Vec<Value>, Box<dyn Error>> {
        Ok(findings(output)?
            .into_iter()
            .filter(|f| f["id"] == seeded.id.as_str())
            .collect())
    };
    let args = [
        "audit",
        "--format",
        "json",
        "--source",
        "dt",
        "--baseline",
        "b.toml",
    ];

    harness.write("b.toml", &entry("\"2999-12-31\""))?;
    let current = harness.run(&args)?;
    assert_eq!(only(&current)?, Vec::<Value>::new(), "{}", stderr(&current));

    harness.write("b.toml", &entry("2020-01-31"))?;
    let expired = harness.run(&args)?;
    assert_eq!(code(&expired), 1);
    let again = only(&expired)?;
    assert_eq!(again.len(), 1, "{again:?}");
    assert_eq!(again[0]["check"], "broad-scopes");
    assert!(
        stderr(&expired).contains(&format!(
            "b.toml:1: the acceptance of broad-scopes for dt {} (accepted-writer) ended 2020-01-31 — it counts again",
            seeded.id
        )),
        "{}",
        stderr(&expired)
    );
    assert!(
        stderr(&expired).contains("1 acceptance expired"),
        "{}",
        stderr(&expired)
    );

    // Rewriting from the baseline keeps each entry's reason and until.
    harness.write("b.toml", &entry("\"2999-12-31T00:00:00Z\""))?;
    let rewritten = harness.run(&[
        "audit",
        "--format",
        "json",
        "--source",
        "dt",
        "--baseline",
        "b.toml",
        "--write-baseline",
        "new.toml",
    ])?;
    assert_eq!(code(&rewritten), 0, "{}", stderr(&rewritten));
    let text = std::fs::read_to_string(harness.dir().join("new.toml"))?;
    let kept = format!(
        "id = \"{}\"\ncheck = \"broad-scopes\"\nname = \"accepted-writer\"\nreason = \"deploys need it\"\nuntil = \"2999-12-31T00:00:00Z\"\n",
        seeded.id
    );
    assert!(text.contains(&kept), "{text}");
    Ok(())
}

#[test]
fn a_wrong_or_missing_baseline_is_an_error_naming_file_and_line() -> TestResult {
    let harness = Harness::start()?;
    let entry = "[[accepted]]\nsource = \"dt\"\nid = \"dt0c01.X\"\n";
    let cases = [
        (
            format!("{entry}check = \"unusd\"\n"),
            "b.toml:4: unknown check \"unusd\"",
        ),
        (
            format!("{entry}check = \"unused\"\nuntil = \"soon\"\n"),
            "b.toml:5: `until` must be a date (YYYY-MM-DD)",
        ),
        (
            format!("{entry}check = \"unused\"\nuntil = \"2026-02-30\"\n"),
            "b.toml:5: `until` must be a date (YYYY-MM-DD)",
        ),
        (
            format!("{entry}check = \"unused\"\nowner = \"x\"\n"),
            "b.toml:5: invalid baseline: unknown field `owner`",
        ),
        (
            format!("# accepted\n\n{entry}"),
            "b.toml:3: invalid baseline: missing field `check`",
        ),
        ("[[accepted]\n".to_string(), "b.toml:1: invalid baseline:"),
    ];
    for (text, expected) in cases {
        harness.write("b.toml", &text)?;
        let output = harness.run(&["audit", "--format", "json", "--baseline", "b.toml"])?;
        assert_eq!(code(&output), 2, "{text}: {}", stderr(&output));
        assert!(
            stdout(&output).is_empty(),
            "nothing audited: {}",
            stdout(&output)
        );
        let message = stderr(&output);
        assert!(
            message.contains(&format!("error: {expected}")),
            "{text}: {message}"
        );
        assert!(!message.contains("::"), "no Rust names: {message}");
    }

    let missing = harness.run(&["audit", "--baseline", "nowhere/b.toml"])?;
    assert_eq!(code(&missing), 2);
    assert!(
        stderr(&missing).contains("error: baseline nowhere/b.toml not found"),
        "{}",
        stderr(&missing)
    );

    // A baseline that cannot be written is an error too, and leaves nothing.
    let unwritable = harness.run(&["audit", "--write-baseline", "nowhere/b.toml"])?;
    assert_eq!(code(&unwritable), 2);
    assert!(
        stderr(&unwritable).contains("error: cannot write baseline nowhere/b.toml"),
        "{}",
        stderr(&unwritable)
    );
    Ok(())
}

#[test]
fn broad_scope_patterns_in_the_config_decide_which_tokens_are_broad() -> TestResult {
    let harness = Harness::start()?;
    let now = chrono::Utc::now();
    let ingest = harness.sandbox().add_dynatrace_token(
        DynatraceToken::named("ingest-only")
            .scopes(["metrics.ingest"])
            .expires_at(now + chrono::Duration::days(365))
            .last_used_at(now),
    );
    let broad = |config: &str| -> Result<Vec<String>, Box<dyn Error>> {
        let path = harness.write("patterns.toml", config)?;
        let mut command = harness.command();
        command
            .args(["audit", "--format", "json", "--source", "dt", "--config"])
            .arg(path);
        let output = command.output()?;
        assert_eq!(code(&output), 1, "{}", stderr(&output));
        Ok(findings(&output)?
            .iter()
            .filter(|f| f["check"] == "broad-scopes")
            .filter_map(|f| f["name"].as_str().map(str::to_string))
            .collect())
    };
    let defaults = broad(&harness.standard_config())?;
    assert!(
        defaults.iter().any(|n| n == "ci-deploy-pipeline"),
        "{defaults:?}"
    );
    assert!(!defaults.iter().any(|n| n == "ingest-only"), "{defaults:?}");

    let replaced = broad(&format!(
        "{}\n[audit.broad_scopes]\ndynatrace = [\"metrics.*\"]\n",
        harness.standard_config()
    ))?;
    assert!(replaced.iter().any(|n| n == "ingest-only"), "{replaced:?}");
    assert!(
        !replaced.iter().any(|n| n == "ci-deploy-pipeline"),
        "settings.write is no longer broad: {replaced:?}"
    );
    let _ = ingest;

    let config = format!(
        "{}\n[audit]\nbroad_scopes = {{ dynatrce = [\"*.write\"] }}\n",
        harness.standard_config()
    );
    let line = config.lines().count();
    let path = harness.write("typo.toml", &config)?;
    let mut command = harness.command();
    command.arg("audit").arg("--config").arg(path);
    let output = command.output()?;
    assert_eq!(code(&output), 2);
    assert!(
        stderr(&output).contains(&format!(
            "typo.toml:{line}: [audit] broad_scopes: unknown vendor \"dynatrce\" (did you mean \"dynatrace\"? expected dynatrace or gitlab)"
        )),
        "{}",
        stderr(&output)
    );
    Ok(())
}
