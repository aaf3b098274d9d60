//! The `apitokens-sandbox` binary: what it prints when it starts, and the
//! `apitokens.toml` it writes for itself.

use std::error::Error;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

type TestResult = Result<(), Box<dyn Error>>;

/// The binary, started with `args`; its stdout up to "Press Ctrl-C", then
/// it is stopped.
fn start(args: &[&str], dir: &Path) -> Result<(String, Child), Box<dyn Error>> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_apitokens-sandbox"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut printed = String::new();
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        let done = line.starts_with("Press Ctrl-C");
        printed.push_str(&line);
        printed.push('\n');
        if done {
            break;
        }
    }
    Ok((printed, child))
}

#[test]
fn it_prints_and_writes_a_ready_apitokens_toml_and_its_sandbox_only_variables() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (printed, mut child) = start(&["--write-config", "apitokens.toml"], dir.path())?;
    child.kill()?;
    child.wait()?;
    let written = std::fs::read_to_string(dir.path().join("apitokens.toml"))?;
    assert!(
        written.starts_with("# Written by apitokens-sandbox for its sandbox on http://127.0.0.1:")
    );
    let entries = &written[written.find("[[source]]").ok_or("no [[source]]")?..];
    assert!(
        printed.contains(entries),
        "the printed file is the written one:\n{printed}"
    );
    for vendor in ["dynatrace", "astra", "emr-serverless-spark", "gitlab"] {
        assert!(
            entries.contains(&format!("vendor = \"{vendor}\"")),
            "{entries}"
        );
    }
    assert!(printed.contains("SANDBOX ONLY"));
    // Each vendor's facade source, GitLab's included.
    for source in [
        "DynatraceSource",
        "AstraSource",
        "EmrServerlessSparkSource",
        "GitLabSource",
    ] {
        assert!(
            printed.contains(&format!("apitokens::{source}::")),
            "{source}"
        );
    }
    let exported: Vec<&str> = printed
        .lines()
        .filter_map(|line| line.strip_prefix("export "))
        .filter_map(|line| line.split_once('=').map(|(name, _)| name))
        .collect();
    assert_eq!(
        exported,
        [
            "DT_API_TOKEN",
            "ASTRA_API_TOKEN",
            "ALIBABA_CLOUD_ACCESS_KEY_ID",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
            "GITLAB_TOKEN"
        ]
    );
    // The file names the variables, never their values.
    for line in printed
        .lines()
        .filter_map(|line| line.strip_prefix("export "))
    {
        let value = line
            .split_once('=')
            .map_or("", |(_, value)| value.trim_matches('\''));
        assert!(!value.is_empty() && !written.contains(value), "{line}");
    }
    Ok(())
}

#[test]
fn it_replaces_only_a_config_it_wrote() -> TestResult {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("apitokens.toml");
    std::fs::write(&path, "[[source]]\nname = \"mine\"\n")?;
    let output = Command::new(env!("CARGO_BIN_EXE_apitokens-sandbox"))
        .args(["--write-config", "apitokens.toml"])
        .current_dir(dir.path())
        .output()?;
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("exists and was not written by apitokens-sandbox; not replacing it")
    );
    assert_eq!(
        std::fs::read_to_string(&path)?,
        "[[source]]\nname = \"mine\"\n"
    );
    Ok(())
}
