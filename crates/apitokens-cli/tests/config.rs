//! The configuration for people: every problem of a file in one run, each
//! with its line and in plain words; `apitokens config check`; and the
//! sandbox's own ready configuration.

mod common;

use apitokens::ExposeSecret;
use common::{AK_ID_ENV, DT_ENV, Harness, TestResult, code, stderr, stdout};

/// Words of Rust and serde that must never reach a person reading a config
/// message.
const JARGON: [&str; 12] = [
    "invalid type",
    "expected a",
    "expected struct",
    "unknown field",
    "unknown variant",
    "variant",
    "sequence",
    "i64",
    "u32",
    "String",
    "Option<",
    "::",
];

/// The binary in a fresh directory, with nothing inherited that could
/// change what it reads.
fn apitokens(dir: &std::path::Path) -> assert_cmd::Command {
    let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
    command
        .current_dir(dir)
        .env_remove("RUST_LOG")
        .env_remove("APITOKENS_CONFIG");
    command
}

fn assert_plain(messages: &str) {
    for word in JARGON {
        assert!(
            !messages.contains(word),
            "{word:?} in a message for people:\n{messages}"
        );
    }
}

#[test]
fn every_problem_of_every_source_is_reported_in_one_run() -> TestResult {
    let dir = tempfile::tempdir()?;
    let text = r#"sources = "typo"

[[source]]
name = "dt"
vendor = "dynatrce"
url = "https://abc.live.dynatrace.com"
tokn_env = "DT"

[[source]]
name = "astra"
vendor = "astra"
account_id = "a"
tokn_env = "ASTRA"
timeout = "30"

[[source]]
vendor = "dynatrace"
url = "https://abc.live.dynatrace.com"
token_env = "DT"
region = "cn-hangzhou"
"#;
    std::fs::write(dir.path().join("apitokens.toml"), text)?;
    for command in [&["list"][..], &["audit"], &["config", "check"]] {
        let output = apitokens(dir.path()).args(command).output()?;
        assert_eq!(code(&output), 2, "{command:?}");
        let errors: Vec<String> = stderr(&output).lines().map(str::to_string).collect();
        assert_eq!(
            errors,
            [
                "error: apitokens.toml:1: unknown key `sources` (did you mean `source`?); the file holds [[source]] tables and an [audit] table",
                "error: apitokens.toml:5: source \"dt\": unknown vendor \"dynatrce\" (did you mean \"dynatrace\"? expected dynatrace, astra, emr-serverless-spark or gitlab)",
                "error: apitokens.toml:7: source \"dt\": unknown key `tokn_env` (did you mean `token_env`?)",
                "error: apitokens.toml:9: source \"astra\": missing key `user_id`",
                "error: apitokens.toml:9: source \"astra\": missing key `token_env`",
                "error: apitokens.toml:13: source \"astra\": unknown key `tokn_env` (did you mean `token_env`?)",
                "error: apitokens.toml:14: source \"astra\": `timeout` = \"30\" has no unit: add a unit: \"30s\", \"30m\"",
                "error: apitokens.toml:16: source #3: missing key `name` (what to call the source, like name = \"prod\")",
                "error: apitokens.toml:20: source #3: key `region` does not apply to vendor dynatrace",
            ],
            "{command:?}"
        );
    }
    Ok(())
}

#[test]
fn wrong_types_and_periods_without_a_unit_are_said_in_plain_words() -> TestResult {
    let dir = tempfile::tempdir()?;
    let text = r#"[[source]]
name = 5
vendor = "dynatrace"
url = "https://abc.live.dynatrace.com"
token_env = ["DT"]
timeout = 30
retries = "three"
max_pages = -2
list_timeout = "soon"

[[source]]
name = "spark"
vendor = "emr-serverless-spark"
region = "cn-hangzhou"
workspace_id = 42
livy_compute_id = true
list_timeout = "90"

[[source]]
name = "gl"
vendor = "gitlab"
token_env = "GL"
user_id = [7]
"#;
    std::fs::write(dir.path().join("apitokens.toml"), text)?;
    let output = apitokens(dir.path()).arg("list").output()?;
    assert_eq!(code(&output), 2);
    let messages = stderr(&output);
    assert_eq!(
        messages.lines().collect::<Vec<_>>(),
        [
            "error: apitokens.toml:2: source #1: `name` must be text in quotes, like name = \"…\", not a number",
            "error: apitokens.toml:5: source #1: `token_env` must be text in quotes, like token_env = \"…\", not a list",
            "error: apitokens.toml:6: source #1: `timeout` = 30 has no unit: add a unit: \"30s\", \"30m\"",
            "error: apitokens.toml:7: source #1: `retries` must be a whole number, like retries = 3, not text",
            "error: apitokens.toml:8: source #1: `max_pages` must be at least 1",
            "error: apitokens.toml:9: source #1: `list_timeout` must be a period of at most 7d, like \"30m\" or \"2h\"",
            "error: apitokens.toml:15: source \"spark\": `workspace_id` must be text in quotes, like workspace_id = \"…\", not a number",
            "error: apitokens.toml:16: source \"spark\": `livy_compute_id` must be text in quotes, like livy_compute_id = \"…\", not true or false",
            "error: apitokens.toml:17: source \"spark\": `list_timeout` = \"90\" has no unit: add a unit: \"90m\", \"90h\"",
            "error: apitokens.toml:23: source \"gl\": `user_id` must be a whole number or text in quotes, like user_id = 42, not a list",
        ]
    );
    assert_plain(&messages);
    Ok(())
}

#[test]
fn the_shape_of_the_file_is_explained_not_parsed_at() -> TestResult {
    let dir = tempfile::tempdir()?;
    let cases = [
        (
            "[source]\nname = \"a\"\n",
            "error: apitokens.toml:1: [source] needs two brackets: write [[source]] before each source",
        ),
        (
            "source = 3\n",
            "error: apitokens.toml:1: `source` must be [[source]] tables, one per source, not a number",
        ),
    ];
    for (text, expected) in cases {
        std::fs::write(dir.path().join("apitokens.toml"), text)?;
        let output = apitokens(dir.path()).arg("list").output()?;
        assert_eq!(code(&output), 2);
        assert_eq!(stderr(&output).trim_end(), expected);
        assert_plain(&stderr(&output));
    }
    // A syntax error stops the reading: it is the one message, with its line and column.
    std::fs::write(
        dir.path().join("apitokens.toml"),
        "[[source]]\nname = \"a\nvendor = 1\n",
    )?;
    let output = apitokens(dir.path()).arg("list").output()?;
    assert_eq!(code(&output), 2);
    let messages = stderr(&output);
    assert_eq!(messages.lines().count(), 1, "{messages}");
    assert!(
        messages.starts_with("error: apitokens.toml:2:"),
        "{messages}"
    );
    Ok(())
}

#[test]
fn config_check_says_which_sources_are_ready_and_never_prints_a_secret() -> TestResult {
    let harness = Harness::start()?;
    let config = harness.write("apitokens.toml", &harness.standard_config())?;
    let secrets = [
        harness
            .credentials()
            .dynatrace_token()
            .expose_secret()
            .to_string(),
        harness
            .credentials()
            .astra_token()
            .expose_secret()
            .to_string(),
        harness
            .credentials()
            .access_key_secret()
            .expose_secret()
            .to_string(),
    ];
    let assert_no_secret = |output: &std::process::Output| {
        let text = format!("{}{}", stdout(output), stderr(output));
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "a secret in:\n{text}");
        }
    };

    let output = harness
        .command()
        .args(["config", "check", "--config"])
        .arg(&config)
        .output()?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let shown = config.display().to_string();
    let lines: Vec<String> = stdout(&output).lines().map(str::to_string).collect();
    assert_eq!(
        lines,
        [
            format!("ok       dt (dynatrace, {shown}:1): TEST_DT_TOKEN set"),
            format!("ok       astra (astra, {shown}:7): TEST_ASTRA_TOKEN set"),
            format!(
                "ok       spark (emr-serverless-spark, {shown}:15): TEST_AK_ID, TEST_AK_SECRET set; TEST_STS_TOKEN not set (optional)"
            ),
            format!(
                "{shown}: 3 sources ok (the file, and the environment variables each names; no request was made)"
            ),
        ]
    );
    assert_no_secret(&output);

    // A variable unset, another empty: that source's line says so, the
    // others stay ok, and the exit status is 2.
    let output = harness
        .command()
        .env_remove(DT_ENV)
        .env(AK_ID_ENV, "  ")
        .args(["config", "check", "--config"])
        .arg(&config)
        .output()?;
    assert_eq!(code(&output), 2);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(
        lines[0],
        format!(
            "problem  dt (dynatrace, {shown}:1): environment variable TEST_DT_TOKEN is not set (it must hold a Dynatrace API token with the apiTokens.read scope)"
        )
    );
    assert!(lines[1].starts_with("ok       astra "), "{text}");
    assert!(
        lines[2].starts_with("problem  spark ")
            && lines[2].contains("environment variable TEST_AK_ID is not set"),
        "{text}"
    );
    assert_eq!(lines[3], format!("{shown}: 2 of 3 sources with problems"));
    assert_no_secret(&output);
    Ok(())
}

#[test]
fn config_check_reports_the_file_and_checks_the_sources_that_are_right() -> TestResult {
    let harness = Harness::start()?;
    let text = format!(
        "{}\n[[source]]\nname = \"broken\"\nvendor = \"astar\"\n",
        harness.standard_config()
    );
    let config = harness.write("broken.toml", &text)?;
    let output = harness
        .command()
        .args(["config", "check", "--config"])
        .arg(&config)
        .output()?;
    assert_eq!(code(&output), 2);
    let shown = config.display().to_string();
    assert_eq!(
        stderr(&output),
        format!(
            "error: {shown}:27: source \"broken\": unknown vendor \"astar\" (did you mean \"astra\"? expected dynatrace, astra, emr-serverless-spark or gitlab)\n"
        )
    );
    let out = stdout(&output);
    assert_eq!(
        out.lines().filter(|line| line.starts_with("ok ")).count(),
        3
    );
    assert_eq!(
        out.lines().last(),
        Some(
            format!("{shown}: 1 of 4 sources with problems (the problems in the file are above)")
                .as_str()
        )
    );
    // No file at all.
    let output = harness
        .command()
        .args(["config", "check", "--config", "nowhere.toml"])
        .output()?;
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).starts_with("error: config file nowhere.toml not found"));
    assert_eq!(
        stdout(&output),
        "nowhere.toml: the file has problems (above); no source was checked\n"
    );
    Ok(())
}

#[test]
fn the_sandbox_configuration_is_ready_for_config_check_and_list() -> TestResult {
    let harness = Harness::start()?;
    let sandbox_config = harness.sandbox().apitokens_config();
    let config = harness.write("sandbox.toml", &sandbox_config.toml())?;
    let secrets: Vec<String> = sandbox_config
        .env()
        .map(|(_, value)| value.expose_secret().to_string())
        .collect();
    assert_eq!(secrets.len(), 5, "every vendor's credentials");
    let run = |args: &[&str]| {
        let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
        command
            .current_dir(harness.dir())
            .env_remove("RUST_LOG")
            .env_remove("APITOKENS_CONFIG")
            .env_remove("ALIBABA_CLOUD_SECURITY_TOKEN");
        for (name, value) in sandbox_config.env() {
            command.env(name, value.expose_secret());
        }
        command.args(args).arg("--config").arg(&config).output()
    };

    let checked = run(&["config", "check"])?;
    assert_eq!(code(&checked), 0, "{}", stderr(&checked));
    let text = stdout(&checked);
    let names = ["dynatrace-demo", "astra-demo", "spark-demo", "gitlab-demo"];
    for name in names {
        assert!(
            text.lines()
                .any(|line| line.starts_with(&format!("ok       {name} "))),
            "{name}: {text}"
        );
    }
    assert!(text.ends_with(
        "4 sources ok (the file, and the environment variables each names; no request was made)\n"
    ));
    for secret in &secrets {
        assert!(!text.contains(secret.as_str()) && !stderr(&checked).contains(secret.as_str()));
    }

    let listed = run(&["list", "--format", "json"])?;
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    let tokens: serde_json::Value = serde_json::from_str(&stdout(&listed))?;
    let sources: std::collections::BTreeSet<&str> = tokens
        .as_array()
        .ok_or("an array")?
        .iter()
        .filter_map(|token| token["source"].as_str())
        .collect();
    assert_eq!(sources, names.into_iter().collect());
    Ok(())
}
