//! `apitokens` end to end: the built binary against the sandbox on loopback,
//! through the real HTTP clients.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use apitokens::ExposeSecret;
use apitokens_sandbox::DynatraceToken;
use common::{Harness, TestResult, code, json, stderr, stdout};
use serde_json::Value;

/// Random IDs, ports and absolute times replaced by same-width placeholders,
/// so tables keep their shape.
fn redactions() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"dt0c01\.[A-Z0-9]{24}", "dt0c01.XXXXXXXXXXXXXXXXXXXXXXXX"),
        (
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        ),
        (r"lctk-[a-z0-9]{16}", "lctk-xxxxxxxxxxxxxxxx"),
        (r"w-[0-9a-f]{16}", "w-xxxxxxxxxxxxxxxx"),
        (r"lc-[a-z0-9]{16}", "lc-xxxxxxxxxxxxxxxx"),
        (r"http://127\.0\.0\.1:\d+", "http://sandbox"),
        (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z", "[rfc3339]"),
        // Finding fingerprints, which hash the random IDs.
        (r"\b[0-9a-f]{16}\b", "ffffffffffffffff"),
    ]
}

fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    for (pattern, replacement) in redactions() {
        settings.add_filter(pattern, replacement);
    }
    settings.bind(|| insta::assert_snapshot!(name, text));
}

const CONTRACT_KEYS: [&str; 10] = [
    "source",
    "vendor",
    "id",
    "name",
    "owner",
    "created_at",
    "expires_at",
    "last_used_at",
    "enabled",
    "scopes",
];

fn is_rfc3339_utc_or_null(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(text) => {
            text.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(text).is_ok()
        }
        _ => false,
    }
}

#[test]
fn list_json_follows_the_output_contract_for_every_vendor() -> TestResult {
    let harness = Harness::start()?;
    let output = harness.run(&["list", "--format", "json"])?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "", "nothing on stderr, no progress bar");
    let rows = json(&output)?;
    let rows = rows.as_array().ok_or("not an array")?;
    let mut per_source: BTreeMap<String, usize> = BTreeMap::new();
    for row in rows {
        for key in CONTRACT_KEYS {
            assert!(row.get(key).is_some(), "{key} missing in {row}");
        }
        for key in ["created_at", "expires_at", "last_used_at"] {
            assert!(is_rfc3339_utc_or_null(&row[key]), "{key} in {row}");
        }
        assert!(row["enabled"].is_boolean() || row["enabled"].is_null());
        assert!(row["scopes"].is_array());
        let vendor = row["vendor"].as_str().ok_or("vendor")?;
        assert!(["dynatrace", "astra", "emr-serverless-spark"].contains(&vendor));
        *per_source
            .entry(row["source"].as_str().ok_or("source")?.to_string())
            .or_default() += 1;
    }
    // The demo data: 11 Dynatrace tokens plus the admin's, 4 Astra tokens plus
    // the credentials' own, 5 + 2 Livy tokens over two gateways.
    assert_eq!(per_source.get("dt"), Some(&12));
    assert_eq!(per_source.get("astra"), Some(&5));
    assert_eq!(
        per_source.get("spark"),
        Some(&7),
        "both gateways discovered"
    );

    // Every row validates against the schema `apitokens schema` prints.
    let schema = harness.run(&["schema", "token"])?;
    assert_eq!(code(&schema), 0);
    let validator = jsonschema::validator_for(&json(&schema)?)?;
    for row in rows {
        assert!(validator.is_valid(row), "{row}");
    }
    Ok(())
}

#[test]
fn json_is_the_default_when_stdout_is_not_a_terminal() -> TestResult {
    let harness = Harness::start()?;
    let output = harness.run(&["list"])?;
    assert_eq!(code(&output), 0);
    assert!(json(&output)?.is_array());
    Ok(())
}

#[test]
fn list_table_and_csv_snapshots() -> TestResult {
    let harness = Harness::start()?;
    // Every column, as wide as it takes (the fitted view: tests below).
    let table = harness.run(&["list", "--format", "wide"])?;
    assert_eq!(code(&table), 0, "{}", stderr(&table));
    snapshot("list_table", &stdout(&table));

    let csv = harness.run(&["list", "--format", "csv"])?;
    assert_eq!(code(&csv), 0);
    let text = stdout(&csv);
    assert!(text.starts_with(
        "source,vendor,location,id,name,owner,created_at,modified_at,expires_at,last_used_at,last_used_ip,enabled,personal_access_token,scopes\n"
    ));
    snapshot("list_csv", &text);
    Ok(())
}

#[test]
fn audit_snapshots_and_exit_status() -> TestResult {
    let harness = Harness::start()?;
    let table = harness.run(&["audit", "--format", "wide"])?;
    assert_eq!(code(&table), 1, "findings exit 1: {}", stderr(&table));
    snapshot("audit_table", &stdout(&table));
    assert!(stderr(&table).contains("findings ("), "{}", stderr(&table));

    let csv = harness.run(&["audit", "--format", "csv"])?;
    assert_eq!(code(&csv), 1);
    snapshot("audit_csv", &stdout(&csv));

    let findings = harness.run(&["audit", "--format", "json"])?;
    let findings = json(&findings)?;
    let findings = findings.as_array().ok_or("not an array")?;
    let has = |name: &str, check: &str, severity: &str| {
        findings
            .iter()
            .any(|f| f["name"] == name && f["check"] == check && f["severity"] == severity)
    };
    assert!(has("log-ingest-k8s", "expired", "medium"));
    assert!(has("ci-deploy-pipeline", "expiring-soon", "medium"));
    assert!(has("ci-deploy-pipeline", "broad-scopes", "high"));
    assert!(has("metrics-dashboard-reader", "unused", "medium"));
    assert!(has("unused-experiment", "never-used", "medium"));
    assert!(has("unused-experiment", "never-expires", "low"));
    assert!(has("legacy-integration", "disabled", "low"));
    assert!(has("john-laptop", "personal-access-token", "medium"));
    assert!(has("adhoc-test", "expired", "medium"));
    assert!(has("jupyter-alice", "unused", "medium"));
    assert!(has("superset", "never-expires", "low"));
    assert!(has("Old CI token", "never-expires", "low"));
    assert!(
        !has("audit-reader", "expiring-soon", "medium"),
        "60 days out"
    );

    let schema = harness.run(&["schema", "finding"])?;
    let validator = jsonschema::validator_for(&json(&schema)?)?;
    for finding in findings {
        assert!(validator.is_valid(finding), "{finding}");
    }

    // Thresholds move findings: audit-reader expires in 60 days.
    let wider = harness.run(&["audit", "--format", "json", "--expiring-within", "61d"])?;
    let wider = json(&wider)?;
    assert!(
        wider
            .as_array()
            .ok_or("array")?
            .iter()
            .any(|f| f["name"] == "audit-reader" && f["check"] == "expiring-soon")
    );
    // 12h is a valid period too; nonsense is a usage error.
    assert_eq!(
        code(&harness.run(&["audit", "--expiring-within", "12h"])?),
        1
    );
    let bad = harness.run(&["audit", "--unused-for", "90x"])?;
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("30d"), "{}", stderr(&bad));

    // No findings at or above the threshold: exit 0, an empty array.
    let clean = harness.run(&[
        "audit",
        "--source",
        "astra",
        "--min-severity",
        "medium",
        "--format",
        "json",
    ])?;
    assert_eq!(code(&clean), 0, "{}", stderr(&clean));
    assert_eq!(json(&clean)?, serde_json::json!([]));
    Ok(())
}

#[test]
fn list_selects_by_source_and_vendor() -> TestResult {
    let harness = Harness::start()?;
    let only = |output: &std::process::Output| -> Result<Vec<String>, Box<dyn std::error::Error>> {
        let rows = json(output)?;
        let mut sources: Vec<String> = rows
            .as_array()
            .ok_or("array")?
            .iter()
            .filter_map(|row| row["source"].as_str().map(str::to_string))
            .collect();
        sources.dedup();
        Ok(sources)
    };
    let astra = harness.run(&["list", "--source", "astra", "--format", "json"])?;
    assert_eq!(only(&astra)?, ["astra"]);
    let two = harness.run(&[
        "list",
        "--vendor",
        "dynatrace",
        "--vendor",
        "emr-serverless-spark",
        "-f",
        "json",
    ])?;
    assert_eq!(only(&two)?, ["dt", "spark"]);
    let unknown = harness.run(&["list", "--source", "nope"])?;
    assert_eq!(code(&unknown), 2);
    assert!(
        stderr(&unknown).contains("no source named \"nope\"")
            && stderr(&unknown).contains("configured: dt, astra, spark"),
        "{}",
        stderr(&unknown)
    );
    Ok(())
}

#[test]
fn get_reads_one_token_of_each_vendor() -> TestResult {
    let harness = Harness::start()?;
    let rows = json(&harness.run(&["list", "--format", "json"])?)?;
    let rows = rows.as_array().ok_or("array")?;
    // One of each vendor, and a Livy token of the second gateway (found by
    // searching the workspace's gateways).
    for name in [
        "ci-deploy-pipeline",
        "Backup Automation",
        "airflow",
        "dbt-nightly",
    ] {
        let row = rows.iter().find(|row| row["name"] == name).ok_or(name)?;
        let source = row["source"].as_str().ok_or("source")?;
        let id = row["id"].as_str().ok_or("id")?;
        let output = harness.run(&["get", source, id, "--format", "json"])?;
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        let got = json(&output)?;
        assert_eq!(got[0]["id"], row["id"]);
        assert_eq!(got[0]["name"], row["name"]);
        assert_eq!(got[0]["location"], row["location"]);
        assert_eq!(got[0]["expires_at"], row["expires_at"]);
    }
    let table = harness.run(&["get", "dt", "dt0c01.AAAAAAAAAAAAAAAAAAAAAAAA"])?;
    assert_eq!(code(&table), 2);
    let message = stderr(&table);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.starts_with("error: dt (dynatrace): dynatrace getApiToken: not found (HTTP 404)")
            && message.contains(" — check "),
        "{message}"
    );
    Ok(())
}

#[test]
fn sources_are_read_concurrently() -> TestResult {
    const SOURCES: usize = 8;
    let latency = Duration::from_millis(400);
    let harness = Harness::start_with_latency(latency)?;
    let mut config = String::new();
    for index in 0..SOURCES {
        config.push_str(&format!(
            "[[source]]\nname = \"dt-{index}\"\nvendor = \"dynatrace\"\nurl = \"{}\"\ntoken_env = \"{}\"\n\n",
            harness.url(),
            common::DT_ENV
        ));
    }
    let path = harness.write("many.toml", &config)?;
    let started = Instant::now();
    let output = harness
        .command()
        .args(["list", "--format", "json", "--concurrency", "8", "--config"])
        .arg(&path)
        .output()?;
    let elapsed = started.elapsed();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let rows = json(&output)?;
    assert_eq!(rows.as_array().ok_or("array")?.len(), SOURCES * 12);
    // At least one 400 ms request per source: one after the other could not
    // finish in less than 8 × 400 ms, so anything below proves concurrency
    // (not a speed target; the bound is the sequential minimum).
    assert!(
        elapsed < latency * SOURCES as u32,
        "8 sources took {elapsed:?}: not concurrent"
    );
    // Sources keep the config's order whatever order they finish in.
    let order: Vec<&str> = rows
        .as_array()
        .ok_or("array")?
        .iter()
        .filter_map(|row| row["source"].as_str())
        .collect();
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(order, sorted);
    Ok(())
}

#[test]
fn a_failing_source_does_not_stop_the_inventory() -> TestResult {
    let harness = Harness::start()?;
    let config = format!(
        "{}\n[[source]]\nname = \"dt-revoked\"\nvendor = \"dynatrace\"\nurl = \"{url}\"\ntoken_env = \"BAD_DT_TOKEN\"\n\n[[source]]\nname = \"dt-down\"\nvendor = \"dynatrace\"\nurl = \"http://127.0.0.1:9\"\ntoken_env = \"{dt}\"\nretries = 0\ntimeout = \"5s\"\n",
        harness.standard_config(),
        url = harness.url(),
        dt = common::DT_ENV,
    );
    let path = harness.write("failing.toml", &config)?;
    let bad_token = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789AB";
    for command in ["list", "audit"] {
        let output = harness
            .command()
            .env("BAD_DT_TOKEN", bad_token)
            .args([command, "--format", "json", "--config"])
            .arg(&path)
            .output()?;
        assert_eq!(code(&output), 2, "{command}: {}", stderr(&output));
        let rows = json(&output)?;
        let sources: Vec<&str> = rows
            .as_array()
            .ok_or("array")?
            .iter()
            .filter_map(|row| row["source"].as_str())
            .collect();
        for good in ["dt", "astra", "spark"] {
            assert!(sources.contains(&good), "{command}: {good} missing");
        }
        let errors: Vec<String> = stderr(&output)
            .lines()
            .filter(|line| line.starts_with("error: "))
            .map(str::to_string)
            .collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with(
                "error: dt-revoked (dynatrace): dynatrace listApiTokens: unauthorized"
            ) && errors[0].contains("— check the credentials in BAD_DT_TOKEN"),
            "{}",
            errors[0]
        );
        assert!(
            errors[1].starts_with(
                "error: dt-down (dynatrace): dynatrace listApiTokens: transport error"
            ) && errors[1].contains("— check the environment URL and the network path"),
            "{}",
            errors[1]
        );
        assert!(!stderr(&output).contains(bad_token));
    }
    Ok(())
}

#[test]
fn config_problems_exit_2_before_any_request() -> TestResult {
    let harness = Harness::start()?;
    let run = |config: Option<&str>,
               args: &[&str]|
     -> Result<(i32, String), Box<dyn std::error::Error>> {
        let mut command = harness.command();
        command.args(args);
        if let Some(text) = config {
            let path = harness.write("case.toml", text)?;
            command.arg("--config").arg(path);
        }
        let output = command.output()?;
        assert_eq!(stdout(&output), "", "nothing on stdout");
        Ok((code(&output), stderr(&output)))
    };
    // A source that would fail with a transport error if it were ever called:
    // its absence from stderr shows that no request was made.
    let unreachable = "[[source]]\nname = \"never-called\"\nvendor = \"dynatrace\"\nurl = \"http://127.0.0.1:9\"\ntoken_env = \"TEST_DT_TOKEN\"\n\n";
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "missing file",
            String::new(),
            "config file apitokens.toml not found",
        ),
        (
            "malformed TOML",
            format!("{unreachable}[[source]]\nname = \"x\nvendor = \"astra\"\n"),
            "case.toml:8:",
        ),
        (
            "unknown vendor",
            format!("{unreachable}[[source]]\nname = \"x\"\nvendor = \"bitbucket\"\n"),
            "case.toml:9: source \"x\": unknown vendor \"bitbucket\"",
        ),
        (
            "missing key",
            format!(
                "{unreachable}[[source]]\nname = \"x\"\nvendor = \"astra\"\nuser_id = \"u\"\ntoken_env = \"T\"\n"
            ),
            "case.toml:7: source \"x\": missing key `account_id`",
        ),
        (
            "variable not set",
            format!(
                "{unreachable}[[source]]\nname = \"x\"\nvendor = \"dynatrace\"\nurl = \"https://abc.live.dynatrace.com\"\ntoken_env = \"NOT_SET_ANYWHERE\"\n"
            ),
            "environment variable NOT_SET_ANYWHERE is not set",
        ),
        (
            "duplicate name",
            format!("{unreachable}[[source]]\nname = \"never-called\"\nvendor = \"astra\"\n"),
            "case.toml:8: source \"never-called\": duplicate source name (first used at line 1)",
        ),
        (
            "plain http to a remote host",
            format!(
                "{unreachable}[[source]]\nname = \"x\"\nvendor = \"dynatrace\"\nurl = \"http://abc.live.dynatrace.com\"\ntoken_env = \"TEST_DT_TOKEN\"\n"
            ),
            "plain http:// is only allowed for loopback hosts",
        ),
        (
            "unknown key",
            format!(
                "{unreachable}[[source]]\nname = \"x\"\nvendor = \"astra\"\ntoken_evn = \"T\"\n"
            ),
            "case.toml:10: source \"x\": unknown key `token_evn` (did you mean `token_env`?)",
        ),
    ];
    for (case, text, expected) in cases {
        let config = (!text.is_empty()).then_some(text.as_str());
        for command in ["list", "audit"] {
            let (status, message) = run(config, &[command])?;
            assert_eq!(status, 2, "{case}: {message}");
            assert!(message.contains(expected), "{case}: {message}");
            assert!(message.starts_with("error: "), "{case}: {message}");
            assert!(!message.contains("transport"), "{case}: a request was made");
        }
    }
    // $APITOKENS_CONFIG names the file when --config does not.
    let output = harness
        .command()
        .env("APITOKENS_CONFIG", "elsewhere.toml")
        .arg("list")
        .output()?;
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("config file elsewhere.toml not found"));
    // ./apitokens.toml is read by default.
    harness.write("apitokens.toml", &harness.standard_config())?;
    let output = harness.command().args(["list", "-f", "json"]).output()?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    Ok(())
}

#[test]
fn lifecycle_on_dynatrace_prints_secrets_once_to_stdout() -> TestResult {
    let harness = Harness::start()?;
    let created = harness.run(&[
        "create",
        "dt",
        "--name",
        "cli-made",
        "--scope",
        "metrics.read",
        "--expires-in",
        "30d",
    ])?;
    assert_eq!(code(&created), 0, "{}", stderr(&created));
    let secret = stdout(&created).trim_end().to_string();
    assert_eq!(stdout(&created).lines().count(), 1, "only the secret");
    assert!(secret.starts_with("dt0c01."), "{secret}");
    assert!(!stderr(&created).contains(&secret));
    let id = secret.rsplit_once('.').map(|(id, _)| id).ok_or("id")?;
    assert!(stderr(&created).contains(id), "{}", stderr(&created));

    let got = json(&harness.run(&["get", "dt", id, "-f", "json"])?)?;
    assert_eq!(got[0]["name"], "cli-made");
    assert_eq!(got[0]["scopes"], serde_json::json!(["metrics.read"]));
    assert!(got[0]["expires_at"].is_string());

    let updated = harness.run(&[
        "update",
        "dt",
        id,
        "--disable",
        "--name",
        "cli-renamed",
        "-f",
        "json",
    ])?;
    assert_eq!(code(&updated), 0, "{}", stderr(&updated));
    let row = json(&updated)?;
    assert_eq!(row[0]["enabled"], false);
    assert_eq!(row[0]["name"], "cli-renamed");
    let nothing = harness.run(&["update", "dt", id])?;
    assert_eq!(code(&nothing), 2, "an update needs a change");

    let rotated = harness.run(&["rotate", "dt", id, "--format", "json"])?;
    assert_eq!(code(&rotated), 0, "{}", stderr(&rotated));
    let rotated = json(&rotated)?;
    let new_secret = rotated[0]["secret"].as_str().ok_or("secret")?;
    let new_id = rotated[0]["id"].as_str().ok_or("id")?;
    assert_eq!(rotated[0]["replaces"], id);
    assert!(new_secret.starts_with(new_id));
    assert_eq!(
        code(&harness.run(&["get", "dt", id])?),
        2,
        "old one revoked"
    );

    let refused = harness.run(&["revoke", "dt", new_id])?;
    assert_eq!(code(&refused), 2, "no --yes and no terminal");
    assert!(stderr(&refused).contains("pass --yes"));
    let revoked = harness.run(&["revoke", "dt", new_id, "--yes"])?;
    assert_eq!(code(&revoked), 0, "{}", stderr(&revoked));
    assert_eq!(stdout(&revoked), "");
    assert_eq!(code(&harness.run(&["get", "dt", new_id])?), 2);
    Ok(())
}

#[test]
fn lifecycle_on_astra_and_spark() -> TestResult {
    let harness = Harness::start()?;
    // Astra: create with a label, rotate, revoke.
    let created = harness.run(&[
        "create",
        "astra",
        "--name",
        "cli-astra",
        "--label",
        "team=platform",
        "-f",
        "json",
    ])?;
    assert_eq!(code(&created), 0, "{}", stderr(&created));
    let created = json(&created)?;
    let id = created[0]["id"].as_str().ok_or("id")?.to_string();
    assert!(created[0]["secret"].as_str().is_some_and(|s| !s.is_empty()));
    let rotated = harness.run(&["rotate", "astra", &id])?;
    assert_eq!(code(&rotated), 0, "{}", stderr(&rotated));
    let unsupported = harness.run(&["update", "astra", "whatever", "--disable"])?;
    assert_eq!(code(&unsupported), 2);

    // Spark, workspace-wide source: two gateways, so create needs --gateway.
    let gateways = harness.gateways()?;
    let ambiguous = harness.run(&["create", "spark", "--name", "cli-livy"])?;
    assert_eq!(code(&ambiguous), 2);
    assert!(
        stderr(&ambiguous).contains("--gateway"),
        "{}",
        stderr(&ambiguous)
    );
    let created = harness.run(&[
        "create",
        "spark",
        "--name",
        "cli-livy",
        "--expires-in",
        "7d",
        "--gateway",
        &gateways[1],
        "-f",
        "json",
    ])?;
    assert_eq!(code(&created), 0, "{}", stderr(&created));
    let created = json(&created)?;
    let id = created[0]["id"].as_str().ok_or("id")?.to_string();
    let first_secret = created[0]["secret"].as_str().ok_or("secret")?.to_string();
    assert!(
        created[0]["location"]
            .as_str()
            .is_some_and(|l| l.ends_with(&gateways[1]))
    );
    let refreshed = harness.run(&["refresh", "spark", &id])?;
    assert_eq!(code(&refreshed), 0, "{}", stderr(&refreshed));
    let refreshed_secret = stdout(&refreshed).trim_end().to_string();
    assert!(!refreshed_secret.is_empty() && refreshed_secret != first_secret);
    let update = harness.run(&["update", "spark", &id, "--name", "x"])?;
    assert_eq!(code(&update), 2, "Livy tokens cannot be renamed");
    assert!(
        stderr(&update).contains("— check what this vendor supports"),
        "{}",
        stderr(&update)
    );
    let rotated = harness.run(&["rotate", "spark", &id])?;
    assert_eq!(code(&rotated), 0, "{}", stderr(&rotated));
    let revoked = harness.run(&["revoke", "spark", &id, "--yes"])?;
    assert_eq!(code(&revoked), 2, "rotated away already");

    // A single-gateway source with STS credentials (security token set).
    let (sts_id, sts_secret, sts_token) = harness.sts()?;
    let config = harness.gateway_source("spark-gw", &gateways[0]);
    let path = harness.write("sts.toml", &config)?;
    let output = harness
        .command()
        .env(common::AK_ID_ENV, sts_id)
        .env(common::AK_SECRET_ENV, sts_secret)
        .env(common::STS_TOKEN_ENV, sts_token)
        .args(["list", "-f", "json", "--config"])
        .arg(&path)
        .output()?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(json(&output)?.as_array().map(Vec::len), Some(5));
    Ok(())
}

#[test]
fn no_output_or_log_contains_a_secret_even_at_trace() -> TestResult {
    let harness = Harness::start()?;
    let seeded = harness.sandbox().add_dynatrace_token(
        DynatraceToken::named("seeded")
            .scopes(["metrics.read"])
            .last_used_at(chrono::Utc::now()),
    );
    let mut secrets = harness.secrets()?;
    secrets.push(seeded.secret.expose_secret().to_string());
    assert!(secrets.len() > 10, "the Livy token contents are included");

    let gateways = harness.gateways()?;
    let rows = json(&harness.run(&["list", "-f", "json"])?)?;
    let id_of = |name: &str| -> Result<String, Box<dyn std::error::Error>> {
        Ok(rows
            .as_array()
            .ok_or("array")?
            .iter()
            .find(|row| row["name"] == name)
            .and_then(|row| row["id"].as_str())
            .ok_or(name.to_string())?
            .to_string())
    };
    let (dt, astra, livy) = (
        id_of("ci-deploy-pipeline")?,
        id_of("Old CI token")?,
        id_of("airflow")?,
    );
    let mut commands: Vec<Vec<String>> = Vec::new();
    for format in ["table", "json", "csv"] {
        commands.push(vec!["list".into(), "-f".into(), format.into()]);
        commands.push(vec!["audit".into(), "-f".into(), format.into()]);
        commands.push(vec![
            "get".into(),
            "spark".into(),
            livy.clone(),
            "-f".into(),
            format.into(),
        ]);
    }
    let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    commands.push(args(&["get", "dt", &dt]));
    commands.push(args(&["get", "astra", &astra]));
    commands.push(args(&["get", "dt", "dt0c01.NOSUCHTOKEN0000000000000"]));
    commands.push(args(&["update", "dt", &dt, "--disable"]));
    commands.push(args(&["update", "spark", &livy, "--name", "x"]));
    commands.push(args(&["schema"]));
    // The lifecycle commands print their one new secret to stdout: checked
    // separately below.
    let mut everything = String::new();
    for command in &commands {
        let config = harness.write("apitokens.toml", &harness.standard_config())?;
        let output = harness
            .command()
            .env("RUST_LOG", "trace")
            .args(command)
            .arg("--config")
            .arg(config)
            .output()?;
        let text = format!("{}{}", stdout(&output), stderr(&output));
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{command:?} leaked a secret"
            );
        }
        everything.push_str(&text);
    }
    assert!(everything.contains("TRACE"), "trace logging was on");
    for (command, args) in [
        (
            "create",
            vec!["dt", "--name", "leak-check", "--scope", "metrics.read"],
        ),
        ("refresh", vec!["spark", livy.as_str()]),
        ("rotate", vec!["spark", livy.as_str()]),
        (
            "create",
            vec![
                "spark",
                "--name",
                "leak-check",
                "--gateway",
                gateways[0].as_str(),
            ],
        ),
    ] {
        let config = harness.write("apitokens.toml", &harness.standard_config())?;
        let output = harness
            .command()
            .env("RUST_LOG", "trace")
            .arg(command)
            .args(&args)
            .arg("--config")
            .arg(config)
            .output()?;
        assert_eq!(code(&output), 0, "{command}: {}", stderr(&output));
        let new_secret = stdout(&output).trim_end().to_string();
        assert!(!new_secret.is_empty());
        assert!(
            !stderr(&output).contains(&new_secret),
            "{command}: the new secret reached stderr"
        );
        for secret in &secrets {
            assert!(
                !stderr(&output).contains(secret.as_str()),
                "{command} leaked"
            );
            assert_ne!(&new_secret, secret);
        }
    }

    // The demo at trace: its secrets live only in the child, so look for their shapes.
    let demo = harness
        .command()
        .env("RUST_LOG", "trace")
        .args(["demo", "--report", "demo.html"])
        .output()?;
    assert_eq!(code(&demo), 0, "{}", stderr(&demo));
    // The demo's report too.
    let page = std::fs::read_to_string(harness.dir().join("demo.html"))?;
    let text = format!("{}{}{page}", stdout(&demo), stderr(&demo));
    let dynatrace_secret = regex_lite_find(&text);
    assert!(
        dynatrace_secret.is_none(),
        "demo leaked {dynatrace_secret:?}"
    );
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()));
    }
    // GitLab's secrets are `glpat-` and 20 characters; none may show.
    assert!(!text.contains("glpat-"), "demo leaked a GitLab secret");
    Ok(())
}

/// A Dynatrace secret's shape, `dt0c01.<24>.<64>`, anywhere in `text`.
fn regex_lite_find(text: &str) -> Option<String> {
    let is_part = |c: char| c.is_ascii_uppercase() || c.is_ascii_digit();
    text.match_indices("dt0c01.").find_map(|(start, _)| {
        let rest = &text[start + 7..];
        let first: String = rest.chars().take_while(|c| is_part(*c)).collect();
        let after = rest.get(first.len()..)?;
        let second: String = after
            .strip_prefix('.')?
            .chars()
            .take_while(|c| is_part(*c))
            .collect();
        (first.len() == 24 && second.len() == 64).then(|| format!("dt0c01.{first}.{second}"))
    })
}

#[test]
fn demo_needs_no_config_credentials_or_network() -> TestResult {
    let harness = Harness::start()?;
    let output = harness
        .command()
        .env_remove(common::DT_ENV)
        .env_remove(common::ASTRA_ENV)
        .env_remove(common::AK_ID_ENV)
        .env_remove(common::AK_SECRET_ENV)
        .env("HTTPS_PROXY", "http://192.0.2.1:9")
        .env("HTTP_PROXY", "http://192.0.2.1:9")
        .args(["demo", "--report", "demo.html"])
        .output()?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "$ apitokens list",
        "$ apitokens audit",
        "dynatrace-demo",
        "astra-demo",
        "spark-demo",
        "emr-serverless-spark",
        "gitlab-demo",
        "Sudo automation",
        "expired 6 days ago",
        "in 12 days",
        "never-used",
        "broad-scopes",
        "[[source]]",
    ] {
        assert!(text.contains(expected), "{expected} missing:\n{text}");
    }
    assert!(stderr(&output).contains("findings ("));
    assert!(
        stderr(&output).contains("of 4 sources"),
        "{}",
        stderr(&output)
    );
    // And says where its report is.
    assert!(
        stderr(&output).contains("report written to demo.html"),
        "{}",
        stderr(&output)
    );
    let page = std::fs::read_to_string(harness.dir().join("demo.html"))?;
    assert!(page.contains("gitlab-demo") && page.contains("id=\"expiry-timeline\""));
    Ok(())
}

#[test]
fn help_documents_severities_and_exit_codes() -> TestResult {
    let harness = Harness::start()?;
    let help = harness.run(&["audit", "--help"])?;
    let text = stdout(&help);
    for expected in [
        "high",
        "medium",
        "low",
        "Exit status",
        "--expiring-within",
        "--unused-for",
    ] {
        assert!(text.contains(expected), "{expected}:\n{text}");
    }
    let help = stdout(&harness.run(&["--help"])?);
    assert!(help.contains("apitokens demo") && help.contains("APITOKENS_CONFIG"));
    Ok(())
}

/// stdout of `apitokens <args>` in a pseudo-terminal of `columns` columns, as
/// a person at a terminal sees it (stderr, the progress bar, left out);
/// `None` when util-linux's `script` is not installed.
fn on_terminal(
    harness: &Harness,
    columns: u16,
    args: &[&str],
    envs: &[(&str, &str)],
) -> Result<Option<String>, Box<dyn std::error::Error>> {
    let available = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    if !available {
        eprintln!("skipped: util-linux `script` is not installed");
        return Ok(None);
    }
    let process = harness.process(args)?;
    let quote =
        |text: &std::ffi::OsStr| format!("'{}'", text.to_string_lossy().replace('\'', r"'\''"));
    let mut line = format!(
        "stty cols {columns} rows 50; exec {}",
        quote(process.get_program())
    );
    for arg in process.get_args() {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    line.push_str(" 2>/dev/null");
    let mut script = std::process::Command::new("script");
    script
        .args(["-qec", &line, "/dev/null"])
        .env_remove("COLUMNS");
    if let Some(dir) = process.get_current_dir() {
        script.current_dir(dir);
    }
    for (key, value) in process.get_envs() {
        match value {
            Some(value) => script.env(key, value),
            None => script.env_remove(key),
        };
    }
    script.envs(envs.iter().copied());
    let output = script.stdin(std::process::Stdio::null()).output()?;
    Ok(Some(
        String::from_utf8_lossy(&output.stdout).replace("\r\n", "\n"),
    ))
}

/// `screen` with the letters and digits of the named columns of its table
/// (the first line is the header) written as `x`: random IDs, cut anywhere.
fn redact_columns(screen: &str, names: &[&str]) -> String {
    let mut lines = screen.lines();
    let Some(header) = lines.next() else {
        return String::new();
    };
    // Columns start after two spaces ("LAST USED" has one).
    let header_chars: Vec<char> = header.chars().collect();
    let starts: Vec<usize> = (0..header_chars.len())
        .filter(|&i| {
            header_chars[i] != ' '
                && (i == 0 || (i >= 2 && header_chars[i - 1] == ' ' && header_chars[i - 2] == ' '))
        })
        .collect();
    let spans: Vec<(usize, usize)> = names
        .iter()
        .filter_map(|name| {
            let at = starts.iter().position(|&start| {
                header_chars[start..]
                    .iter()
                    .collect::<String>()
                    .starts_with(name)
            })?;
            Some((
                starts[at],
                starts.get(at + 1).copied().unwrap_or(usize::MAX),
            ))
        })
        .collect();
    let mut out = format!("{header}\n");
    for line in lines {
        let redacted: String = line
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if c.is_ascii_alphanumeric() && spans.iter().any(|&(s, e)| (s..e).contains(&i)) {
                    'x'
                } else {
                    c
                }
            })
            .collect();
        out.push_str(&redacted);
        out.push('\n');
    }
    out
}

#[test]
fn tables_fit_the_terminal_one_line_a_row() -> TestResult {
    let harness = Harness::start()?;
    let tokens = json(&harness.run(&["list", "--format", "json"])?)?;
    let tokens = tokens.as_array().ok_or("not an array")?.len();
    let findings = json(&harness.run(&["audit", "--format", "json"])?)?;
    let findings = findings.as_array().ok_or("not an array")?.len();
    for columns in [80u16, 100, 120] {
        for (command, rows, redacted) in [
            ("list", tokens, &["ID", "OWNER"][..]),
            ("audit", findings, &["ID"][..]),
        ] {
            let Some(screen) = on_terminal(&harness, columns, &[command], &[])? else {
                return Ok(());
            };
            let screen = without_colors(&screen);
            for line in screen.lines() {
                assert!(
                    line.chars().count() <= usize::from(columns),
                    "{command} at {columns} columns:\n{line}\n{screen}"
                );
            }
            assert_eq!(
                screen.lines().count(),
                1 + rows,
                "{command} at {columns}:\n{screen}"
            );
            assert!(screen.contains('…'), "long cells are cut:\n{screen}");
            if columns != 120 {
                snapshot(
                    &format!("{command}_{columns}_columns"),
                    &redact_columns(&screen, redacted),
                );
            }
        }
    }
    Ok(())
}

#[test]
fn get_on_a_terminal_is_a_field_a_line() -> TestResult {
    let harness = Harness::start()?;
    let tokens = json(&harness.run(&["list", "--source", "dt", "--format", "json"])?)?;
    let token = tokens
        .as_array()
        .and_then(|rows| {
            rows.iter()
                .find(|row| row["scopes"].as_array().is_some_and(|s| s.len() >= 4))
        })
        .ok_or("no Dynatrace token with four scopes")?;
    let id = token["id"].as_str().ok_or("id")?;
    let Some(screen) = on_terminal(&harness, 70, &["get", "dt", id], &[])? else {
        return Ok(());
    };
    for line in screen.lines() {
        assert!(line.chars().count() <= 70, "{line}\n{screen}");
    }
    assert!(screen.contains(id), "{screen}");
    for scope in token["scopes"].as_array().ok_or("scopes")? {
        assert!(screen.contains(scope.as_str().ok_or("scope")?), "{screen}");
    }
    assert!(
        screen
            .lines()
            .nth(1)
            .is_some_and(|line| line.starts_with("vendor ")),
        "{screen}"
    );
    snapshot("get_70_columns", &screen);
    Ok(())
}

/// `text` without the SGR sequences (`ESC [ … m`) that colour it.
fn without_colors(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("\u{1b}[") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find('m') {
            Some(end) if after[..end].chars().all(|c| c.is_ascii_digit() || c == ';') => {
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("\u{1b}[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn colour_on_a_terminal_unless_no_color_or_never() -> TestResult {
    let harness = Harness::start()?;
    let Some(auto) = on_terminal(&harness, 100, &["audit"], &[])? else {
        return Ok(());
    };
    assert!(
        auto.contains("\u{1b}[38;5;9mhigh"),
        "high findings in red:\n{auto}"
    );
    let no_color =
        on_terminal(&harness, 100, &["audit"], &[("NO_COLOR", "1")])?.unwrap_or_default();
    assert!(!no_color.contains('\u{1b}'), "{no_color}");
    assert_eq!(no_color, without_colors(&auto));
    let never = on_terminal(&harness, 100, &["list", "--color", "never"], &[])?.unwrap_or_default();
    assert!(!never.contains('\u{1b}'), "{never}");
    // Piped, a table is plain unless asked for.
    let piped = harness.run(&["audit", "--format", "table"])?;
    assert!(!stdout(&piped).contains('\u{1b}'));
    let always = harness.run(&["audit", "--color", "always", "--format", "table"])?;
    assert!(
        stdout(&always).contains("\u{1b}[38;5;9mhigh"),
        "{}",
        stdout(&always)
    );
    Ok(())
}

#[test]
fn a_table_with_cut_cells_says_how_to_see_them_whole() -> TestResult {
    let harness = Harness::start()?;
    let note = "note: cells cut with … to fit; --format wide prints them whole";
    let run = |format: &str| -> Result<std::process::Output, Box<dyn std::error::Error>> {
        Ok(harness
            .process(&["list", "--format", format])?
            .env("COLUMNS", "80")
            .output()?)
    };
    let fitted = run("table")?;
    assert_eq!(code(&fitted), 0, "{}", stderr(&fitted));
    assert!(stdout(&fitted).contains('…'));
    assert!(stderr(&fitted).contains(note), "{}", stderr(&fitted));
    let wide = run("wide")?;
    assert_eq!(code(&wide), 0, "{}", stderr(&wide));
    assert!(!stderr(&wide).contains("note:"), "{}", stderr(&wide));
    Ok(())
}

/// A full disk under the demo's stdout: one clear error and exit 2, not an
/// error per table.
#[cfg(target_os = "linux")]
#[test]
fn the_demo_stops_at_the_first_write_that_fails() -> TestResult {
    let harness = Harness::start()?;
    let output = harness
        .process(&["demo", "--report", "demo.html"])?
        .stdout(std::fs::File::create("/dev/full")?)
        .output()?;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert_eq!(
        stderr(&output)
            .matches("error: cannot write the output: No space left on device")
            .count(),
        1,
        "{}",
        stderr(&output)
    );
    Ok(())
}
