//! Input nobody should send, through the built binary: periods and dates
//! out of any range, and config files too large to read.

mod common;

use std::process::Output;

use common::{Harness, TestResult, code, stderr};
use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};

// ---- No panic on any input ----

/// Whether the process ended as the CLI ends, not with a panic (101) or a signal.
fn ended_cleanly(output: &Output) -> bool {
    matches!(code(output), 0..=2) && !stderr(output).contains("panicked")
}

#[test]
fn absurd_periods_are_refused_naming_the_flag_or_key() -> TestResult {
    let harness = Harness::start()?;
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "create",
                "dt",
                "--name",
                "far",
                "--scope",
                "metrics.read",
                "--expires-in",
                "99999999999999d",
            ],
            "--expires-in",
        ),
        (&["audit", "--unused-for", "300000y"], "--unused-for"),
        (
            &["audit", "--expiring-within", "300000y"],
            "--expiring-within",
        ),
        (
            &[
                "create",
                "dt",
                "--name",
                "far",
                "--scope",
                "metrics.read",
                "--expires-in",
                "100y 1s",
            ],
            "--expires-in",
        ),
    ];
    for (args, named) in cases {
        let output = harness.run(args)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{args:?}\n{err}");
        assert!(
            err.contains(named) && err.contains("100 years"),
            "{args:?}\n{err}"
        );
    }

    let config = harness.standard_config().replacen(
        "token_env",
        "timeout = \"400000000000y\"\ntoken_env",
        1,
    );
    let path = harness.write("far.toml", &config)?;
    let mut command = harness.command();
    let output = command
        .arg("--config")
        .arg(&path)
        .args(["list", "--source", "dt"])
        .output()?;
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    assert!(
        err.contains("far.toml:") && err.contains("`timeout`"),
        "{err}"
    );

    // The longest accepted period still works end to end.
    let output = harness.run(&[
        "create",
        "dt",
        "--name",
        "century",
        "--scope",
        "metrics.read",
        "--expires-in",
        "100y",
    ])?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    Ok(())
}

/// humantime's units, with how many nanoseconds each is.
const UNITS: [(&str, u128); 31] = [
    ("ns", 1),
    ("nsec", 1),
    ("us", 1_000),
    ("usec", 1_000),
    ("ms", 1_000_000),
    ("msec", 1_000_000),
    ("s", SECOND),
    ("sec", SECOND),
    ("second", SECOND),
    ("seconds", SECOND),
    ("m", 60 * SECOND),
    ("min", 60 * SECOND),
    ("minute", 60 * SECOND),
    ("minutes", 60 * SECOND),
    ("h", 3_600 * SECOND),
    ("hr", 3_600 * SECOND),
    ("hour", 3_600 * SECOND),
    ("hours", 3_600 * SECOND),
    ("d", 86_400 * SECOND),
    ("day", 86_400 * SECOND),
    ("days", 86_400 * SECOND),
    ("w", 604_800 * SECOND),
    ("week", 604_800 * SECOND),
    ("weeks", 604_800 * SECOND),
    ("M", 2_630_016 * SECOND),
    ("month", 2_630_016 * SECOND),
    ("months", 2_630_016 * SECOND),
    ("y", 31_557_600 * SECOND),
    ("year", 31_557_600 * SECOND),
    ("years", 31_557_600 * SECOND),
    ("", SECOND),
];
const SECOND: u128 = 1_000_000_000;

/// Periods of every magnitude up to `u64::MAX` seconds (log-uniform, plus
/// the top quarter, where `Instant` overflows), written in any unit; sums
/// of them; and text that is no period at all.
fn period() -> impl Strategy<Value = String> {
    let seconds = prop_oneof![
        (0u32..=19, any::<u64>()).prop_map(|(digits, n)| n % 10u64.pow(digits)),
        (1u64 << 62)..=u64::MAX,
    ];
    let one =
        (seconds, prop::sample::select(UNITS.to_vec())).prop_map(|(seconds, (unit, nanos))| {
            format!("{}{unit}", u128::from(seconds) * SECOND / nanos)
        });
    prop_oneof![
        3 => one.clone(),
        1 => prop::collection::vec(one, 2..4).prop_map(|parts| parts.join(" ")),
        1 => "\\PC{0,12}",
    ]
}

/// RFC 3339 times at the edges of the calendar, and text that is none.
fn time() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..=9999, 0u32..14, 0u32..33, 0u32..25, 0u32..61)
            .prop_map(|(y, mo, d, h, mi)| { format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:00Z") }),
        Just("9999-12-31T23:59:59.999999999+14:00".to_string()),
        Just("0000-01-01T00:00:00-14:00".to_string()),
        "\\PC{0,12}",
    ]
}

#[test]
fn no_period_or_date_makes_the_cli_panic() -> TestResult {
    let harness = Harness::start()?;
    let gateway = harness.credentials().livy_compute_id().to_string();
    let base = harness.standard_config();
    let config = base.clone() + &harness.gateway_source("gw", &gateway);
    let standard = harness.write("apitokens.toml", &config)?;

    // Each case: one of the flags or keys that take a period or a date.
    let strategy = (0usize..6, period(), time());
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let result = runner.run(&strategy, |(which, period, time)| {
        let mut command = harness.command();
        command.arg("--config").arg(&standard);
        let shown = match which {
            0 => {
                command.args(["create", "dt", "--name", "p", "--scope", "metrics.read"]);
                command.arg("--expires-in").arg(&period);
                format!("create dt --expires-in {period:?}")
            }
            1 => {
                command.args(["create", "gw", "--name", "p", "--expires-in"]);
                command.arg(&period);
                format!("create gw --expires-in {period:?}")
            }
            2 => {
                command.args(["create", "dt", "--name", "p", "--scope", "metrics.read"]);
                command.arg("--expires-at").arg(&time);
                format!("create dt --expires-at {time:?}")
            }
            3 => {
                command.args(["audit", "--format", "json", "--unused-for"]);
                command.arg(&period);
                format!("audit --unused-for {period:?}")
            }
            4 => {
                command.args(["audit", "--format", "json", "--expiring-within"]);
                command.arg(&period);
                format!("audit --expiring-within {period:?}")
            }
            _ => {
                // JSON string escapes are TOML's basic-string escapes.
                let quoted = serde_json::to_string(&period)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let text = base.replacen("token_env", &format!("timeout = {quoted}\ntoken_env"), 1);
                let path = harness
                    .write("timeout.toml", &text)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                command.arg("--config").arg(path);
                command.args(["list", "--source", "dt", "--format", "json"]);
                format!("timeout = {quoted}")
            }
        };
        let output = command
            .output()
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(
            ended_cleanly(&output),
            "{shown}: exit {}\n{}",
            code(&output),
            stderr(&output)
        );
        Ok(())
    });
    result.map_err(|e| e.to_string().into())
}

// ---- The config file is read with a size limit ----

#[test]
fn a_config_file_over_one_mib_is_refused_naming_it() -> TestResult {
    let dir = tempfile::tempdir()?;
    let large = dir.path().join("large.toml");
    // Valid TOML (comments), so only the size can be at fault.
    let line = format!("# {}\n", "x".repeat(78));
    std::fs::write(&large, line.repeat(1024 * 1024 / line.len() + 1))?;
    let mut paths = vec![large];
    if cfg!(target_os = "linux") {
        paths.push("/dev/zero".into());
    }
    for path in paths {
        let output = assert_cmd::cargo::cargo_bin_cmd!("apitokens")
            .env_remove("APITOKENS_CONFIG")
            .arg("--config")
            .arg(&path)
            .arg("list")
            .output()?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{err}");
        assert!(
            err.contains(&format!(
                "config file {} is larger than 1 MiB",
                path.display()
            )),
            "{err}"
        );
    }
    Ok(())
}
