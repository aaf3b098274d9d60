//! The command line as people meet it: messages in their words, flags only
//! where they act, `revoke --ignore-not-found`, shell completions and the
//! manual page.

mod common;

use std::process::Output;

use common::{Harness, TestResult, code, json, stderr, stdout};

/// The binary alone: no sandbox, no configuration.
fn apitokens(args: &[&str]) -> Result<Output, Box<dyn std::error::Error>> {
    Ok(assert_cmd::cargo::cargo_bin_cmd!("apitokens")
        .env_remove("APITOKENS_CONFIG")
        .env_remove("RUST_LOG")
        .args(args)
        .output()?)
}

/// A message for people names no Rust path (`Expiry::AfterDays`) or
/// serde-style variant.
fn assert_for_people(text: &str) {
    assert!(!text.contains("::"), "a Rust path in: {text}");
    for rust in ["AfterDays", "Expiry", "Some(", "None", "Error {"] {
        assert!(!text.contains(rust), "{rust} in: {text}");
    }
}

/// The first token ID `list` prints for `source`.
fn first_id(harness: &Harness, source: &str) -> Result<String, Box<dyn std::error::Error>> {
    let listed = harness.run(&["list", "--source", source, "-f", "json"])?;
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    Ok(json(&listed)?[0]["id"]
        .as_str()
        .ok_or("no token ID")?
        .to_string())
}

#[test]
fn expiry_and_period_errors_say_what_to_type() -> TestResult {
    let harness = Harness::start()?;
    let gateway = harness.gateways()?.remove(0);
    // EMR expires tokens after whole days: 36 hours cannot be sent.
    let hours = harness.run(&[
        "create",
        "spark",
        "--name",
        "n",
        "--gateway",
        &gateway,
        "--expires-in",
        "36h",
    ])?;
    let err = stderr(&hours);
    assert_eq!(code(&hours), 2, "{err}");
    assert!(err.contains("use whole days, e.g. 2d"), "{err}");
    assert_for_people(&err);
    let at = harness.run(&[
        "create",
        "spark",
        "--name",
        "n",
        "--expires-at",
        "2031-01-31T00:00:00Z",
    ])?;
    let err = stderr(&at);
    assert_eq!(code(&at), 2, "{err}");
    assert!(err.contains("use --expires-in with whole days"), "{err}");
    assert_for_people(&err);
    // Nothing was created by either.
    let listed = json(&harness.run(&["list", "--source", "spark", "-f", "json"])?)?;
    let names: Vec<&str> = listed
        .as_array()
        .ok_or("not an array")?
        .iter()
        .filter_map(|row| row["name"].as_str())
        .collect();
    assert!(!names.contains(&"n"), "{names:?}");

    // Periods without a unit, or with an unknown one, on every flag that takes one.
    for args in [
        vec!["audit", "--unused-for", "30"],
        vec!["audit", "--expiring-within", "7"],
        vec![
            "create",
            "dt",
            "--name",
            "n",
            "--scope",
            "a",
            "--expires-in",
            "90",
        ],
    ] {
        let output = harness.run(&args)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{args:?}: {err}");
        assert!(err.contains("add a unit: 30d, 2w, 12h"), "{args:?}: {err}");
        assert!(!err.contains("sec or"), "humantime's own advice: {err}");
    }
    let unknown = harness.run(&["audit", "--unused-for", "30x"])?;
    let err = stderr(&unknown);
    assert_eq!(code(&unknown), 2, "{err}");
    assert!(
        err.contains("unknown unit \"x\"") && err.contains("30d"),
        "{err}"
    );
    Ok(())
}

#[test]
fn not_supported_errors_say_what_the_vendor_supports() -> TestResult {
    let harness = Harness::start()?;
    let astra = first_id(&harness, "astra")?;
    let disabled = harness.run(&["update", "astra", &astra, "--disable"])?;
    let err = stderr(&disabled);
    assert_eq!(code(&disabled), 2, "{err}");
    assert!(
        err.contains(
            "Astra does not support enabling or disabling tokens; Astra supports: create (with labels), rename, revoke, rotate"
        ),
        "{err}"
    );
    assert_for_people(&err);

    let dt = first_id(&harness, "dt")?;
    let refreshed = harness.run(&["refresh", "dt", &dt])?;
    let err = stderr(&refreshed);
    assert_eq!(code(&refreshed), 2, "{err}");
    assert!(
        err.contains("Dynatrace does not support refreshing a token's secret; Dynatrace supports: create (with scopes, an expiry), rename, enable/disable, changing scopes, revoke, look-up by secret, rotate"),
        "{err}"
    );
    assert_for_people(&err);

    let livy = first_id(&harness, "spark")?;
    let renamed = harness.run(&["update", "spark", &livy, "--name", "x"])?;
    let err = stderr(&renamed);
    assert_eq!(code(&renamed), 2, "{err}");
    assert!(
        err.contains("EMR Serverless Spark supports: create (with an expiry in whole days), revoke, refresh (a new secret for the same token), rotate"),
        "{err}"
    );
    assert_for_people(&err);

    let labelled = harness.run(&[
        "create", "dt", "--name", "n", "--scope", "a", "--label", "k=v",
    ])?;
    let err = stderr(&labelled);
    assert_eq!(code(&labelled), 2, "{err}");
    assert!(
        err.contains("Dynatrace does not support labels; Dynatrace supports:"),
        "{err}"
    );
    Ok(())
}

#[test]
fn revoke_ignore_not_found_exits_0_for_a_token_already_gone() -> TestResult {
    let harness = Harness::start()?;
    // A token of its own: the sandbox's first Astra token is the credential.
    let created = harness.run(&["create", "astra", "--name", "gone", "-f", "json"])?;
    assert_eq!(code(&created), 0, "{}", stderr(&created));
    let id = json(&created)?[0]["id"]
        .as_str()
        .ok_or("no token ID")?
        .to_string();
    let first = harness.run(&["revoke", "astra", &id, "--yes", "--ignore-not-found"])?;
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    assert!(stderr(&first).contains("revoked"), "{}", stderr(&first));

    // Gone now: an error without the flag, a note with it.
    let again = harness.run(&["revoke", "astra", &id, "--yes"])?;
    assert_eq!(code(&again), 2, "{}", stderr(&again));
    assert!(stderr(&again).contains("not found"), "{}", stderr(&again));
    let ignored = harness.run(&["revoke", "astra", &id, "--yes", "--ignore-not-found"])?;
    let err = stderr(&ignored);
    assert_eq!(code(&ignored), 0, "{err}");
    assert!(err.starts_with("note: astra (astra): token"), "{err}");
    assert!(err.contains("does not exist"), "{err}");
    assert_eq!(stdout(&ignored), "");

    // Every vendor's "not found", EMR's HTTP-200 code and a workspace of
    // several gateways included; other failures still fail.
    for source in ["dt", "spark"] {
        let missing = "dt0c01.NOSUCHTOKEN0000000000000000";
        let id = if source == "dt" {
            missing
        } else {
            "lt-nosuchtoken"
        };
        let ignored = harness.run(&["revoke", source, id, "--yes", "--ignore-not-found"])?;
        assert_eq!(code(&ignored), 0, "{source}: {}", stderr(&ignored));
        let failed = harness.run(&["revoke", source, id, "--yes"])?;
        assert_eq!(code(&failed), 2, "{source}: {}", stderr(&failed));
    }
    let unknown_source = harness.run(&["revoke", "nope", &id, "--yes", "--ignore-not-found"])?;
    assert_eq!(code(&unknown_source), 2, "{}", stderr(&unknown_source));
    Ok(())
}

#[test]
fn flags_are_accepted_only_by_commands_they_act_on() -> TestResult {
    for args in [
        vec!["demo", "--config", "x.toml"],
        vec!["schema", "--config", "x.toml"],
        vec!["schema", "--color", "always"],
        vec!["completions", "bash", "--config", "x.toml"],
        vec!["man", "--color", "never"],
        vec!["create", "dt", "--name", "n", "--color", "always"],
        // `get` and `update` print a field a line, without colour.
        vec!["get", "dt", "id", "--color", "always"],
        vec!["update", "dt", "id", "--enable", "--color", "always"],
        vec!["revoke", "dt", "id", "--color", "always"],
        vec!["rotate", "dt", "id", "--color", "always"],
        vec!["refresh", "spark", "id", "--color", "always"],
        // Options of a command go after its name.
        vec!["--config", "x.toml", "list"],
    ] {
        let output = apitokens(&args)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{args:?}: {err}");
        assert!(err.contains("unexpected argument"), "{args:?}: {err}");
        assert_eq!(stdout(&output), "", "{args:?}");
    }
    // Where they act, they are accepted (help lists them).
    for (command, flags) in [
        ("list", &["--config", "--color"][..]),
        ("audit", &["--config", "--color"]),
        ("get", &["--config"]),
        ("update", &["--config"]),
        ("create", &["--config"]),
        ("revoke", &["--config"]),
        ("rotate", &["--config"]),
        ("refresh", &["--config"]),
        ("demo", &["--color"]),
    ] {
        let help = stdout(&apitokens(&[command, "--help"])?);
        for flag in flags {
            assert!(
                help.contains(flag),
                "{command} --help lacks {flag}:\n{help}"
            );
        }
    }
    let demo = stdout(&apitokens(&["demo", "--help"])?);
    assert!(!demo.contains("--config"), "{demo}");
    Ok(())
}

#[test]
fn completions_for_every_shell_name_the_commands() -> TestResult {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = apitokens(&["completions", shell])?;
        assert_eq!(code(&output), 0, "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        assert!(script.len() > 500, "{shell}: {script}");
        for command in ["list", "audit", "revoke", "completions", "man"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
    }
    let unknown = apitokens(&["completions", "tcsh"])?;
    assert_eq!(code(&unknown), 2);

    // The bash script loads and registers itself, as a user's shell would.
    let bash = std::process::Command::new("bash")
        .args([
            "-c",
            r#"source <("$0" completions bash) && complete -p apitokens"#,
        ])
        .arg(assert_cmd::cargo::cargo_bin!("apitokens"))
        .output();
    match bash {
        Ok(output) => {
            assert!(output.status.success(), "{}", stderr(&output));
            assert!(stdout(&output).contains("apitokens"), "{}", stdout(&output));
        }
        Err(_) => eprintln!("skipped: no bash"),
    }
    Ok(())
}

#[test]
fn man_prints_roff_and_writes_a_page_per_command() -> TestResult {
    let output = apitokens(&["man"])?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let page = stdout(&output);
    // clap_mangen's two-line string preamble, then the title.
    let first_macro = page
        .lines()
        .find(|line| !line.starts_with(".ie") && !line.starts_with(".el"))
        .unwrap_or_default();
    assert!(first_macro.starts_with(".TH apitokens 1"), "{page}");
    assert!(page.contains(".SH NAME") && page.contains(".SH SUBCOMMANDS"));
    assert!(page.contains("apitokens\\-list(1)"), "{page}");
    assert!(
        !page.contains("apitokens\\-help(1)"),
        "no page exists for it"
    );

    let dir = tempfile::tempdir()?;
    let into = dir.path().join("man1");
    let written = apitokens(&["man", "--dir", &into.to_string_lossy()])?;
    assert_eq!(code(&written), 0, "{}", stderr(&written));
    assert_eq!(stdout(&written), "", "the pages go to the directory");
    for name in ["apitokens.1", "apitokens-list.1", "apitokens-revoke.1"] {
        let text = std::fs::read_to_string(into.join(name))?;
        assert!(text.contains(".TH apitokens"), "{name}");
    }
    let revoke = std::fs::read_to_string(into.join("apitokens-revoke.1"))?;
    assert!(revoke.contains("ignore\\-not\\-found"), "{revoke}");

    // groff, when installed, reads every page without a warning.
    for entry in std::fs::read_dir(&into)? {
        let path = entry?.path();
        let checked = std::process::Command::new("groff")
            .args(["-k", "-man", "-T", "utf8", "-ww", "-z"])
            .arg(&path)
            .output();
        match checked {
            Ok(output) => assert!(
                output.status.success() && output.stderr.is_empty(),
                "{}: {}",
                path.display(),
                stderr(&output)
            ),
            Err(_) => {
                eprintln!("skipped: no groff");
                break;
            }
        }
    }
    Ok(())
}

#[test]
fn help_names_every_vendor() -> TestResult {
    let help = stdout(&apitokens(&["--help"])?);
    for adapter in apitokens::adapters() {
        assert!(
            help.contains(adapter.display_name()),
            "{} missing from:\n{help}",
            adapter.display_name()
        );
    }
    Ok(())
}

#[test]
fn formats_of_findings_are_offered_only_where_findings_are_printed() -> TestResult {
    for command in ["list", "get", "update", "demo"] {
        let help = apitokens(&[command, "--help"])?;
        assert_eq!(code(&help), 0, "{command}: {}", stderr(&help));
        for format in ["junit", "markdown", "prometheus"] {
            assert!(
                !stdout(&help).contains(format),
                "`{command} --help` offers {format}"
            );
        }
    }
    let audit = apitokens(&["audit", "--help"])?;
    for format in ["junit", "markdown", "prometheus"] {
        assert!(
            stdout(&audit).contains(format),
            "`audit --help` lacks {format}"
        );
    }
    // Asked for anyway: a usage error before anything runs, saying where it belongs.
    for command in [&["list"][..], &["get", "src", "id"], &["demo"]] {
        let args = [command, &["--format", "markdown"]].concat();
        let output = apitokens(&args)?;
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(
            stderr(&output)
                .contains("--format markdown prints audit findings: use it with `apitokens audit`"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    Ok(())
}

#[test]
fn help_fits_an_80_column_terminal() -> TestResult {
    let commands = [
        "",
        "list",
        "get",
        "audit",
        "report",
        "create",
        "update",
        "revoke",
        "rotate",
        "refresh",
        "demo",
        "schema",
        "config",
        "completions",
        "man",
    ];
    for command in commands {
        let args: Vec<&str> = [command, "--help"]
            .into_iter()
            .filter(|arg| !arg.is_empty())
            .collect();
        let output = assert_cmd::cargo::cargo_bin_cmd!("apitokens")
            .env("COLUMNS", "80")
            .args(&args)
            .output()?;
        assert_eq!(code(&output), 0, "{args:?}: {}", stderr(&output));
        for line in stdout(&output).lines() {
            assert!(
                line.chars().count() <= 80,
                "`apitokens {command} --help` at 80 columns: a line of {} columns:\n{line}",
                line.chars().count()
            );
        }
    }
    Ok(())
}
