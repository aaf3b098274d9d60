//! Input nobody should send, through the built binary: text from a vendor
//! that tries to act on the terminal, periods and dates out of any range,
//! and config files too large to read.

mod common;

use std::error::Error;
use std::process::Output;

use common::{DT_ENV, Harness, TestResult, code, json, stderr, stdout};
use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// ---- Output that vendors cannot forge ----

/// Clears the screen, then retitles the terminal.
const HOSTILE_NAME: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}";
/// Tries to end the error line and forge a second one, in red, reversed.
const FORGED_MESSAGE: &str = "bad token\r\nerror: forged \u{1b}[31mred\u{202e}txt.exe";
const HOSTILE_OWNER: &str = "mallory\r\n\u{9b}2J\u{2066}owner";
const HOSTILE_SCOPE: &str = "\u{1b}[8mapiTokens.write";
const TOKEN_ID: &str = "dt0c01.HOSTILE";

/// Characters that act on a terminal (the line feeds that end lines aside):
/// none may reach a table or stderr raw.
fn raw_controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|c| {
            (c.is_control() && *c != '\n')
                || matches!(
                    c,
                    '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                )
        })
        .collect()
}

fn hostile_token() -> serde_json::Value {
    serde_json::json!({
        "id": TOKEN_ID,
        "name": HOSTILE_NAME,
        "owner": HOSTILE_OWNER,
        "enabled": true,
        "personalAccessToken": false,
        "creationDate": "2020-11-05T08:15:30.144Z",
        "scopes": [HOSTILE_SCOPE, "metrics.read"],
    })
}

/// A vendor on loopback with one source whose token has hostile text and
/// one whose error message does, and a config naming both.
struct HostileVendor {
    _server: MockServer,
    runtime: tokio::runtime::Runtime,
    dir: tempfile::TempDir,
    config: std::path::PathBuf,
}

impl HostileVendor {
    fn start() -> Result<Self, Box<dyn Error>> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?;
        let server = runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(method("GET"))
                .and(path("/hostile/api/v2/apiTokens"))
                .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                    "totalCount": 1, "pageSize": 500, "apiTokens": [hostile_token()]
                })))
                .mount(&server)
                .await;
            Mock::given(method("GET"))
                .and(path(format!("/hostile/api/v2/apiTokens/{TOKEN_ID}")))
                .respond_with(ResponseTemplate::new(200).set_body_json(hostile_token()))
                .mount(&server)
                .await;
            Mock::given(method("DELETE"))
                .and(path(format!("/hostile/api/v2/apiTokens/{TOKEN_ID}")))
                .respond_with(ResponseTemplate::new(204))
                .mount(&server)
                .await;
            Mock::given(method("GET"))
                .and(path("/forged/api/v2/apiTokens"))
                .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
                    "error": {"code": 401, "message": FORGED_MESSAGE}
                })))
                .mount(&server)
                .await;
            server
        });
        let dir = tempfile::tempdir()?;
        let config = dir.path().join("apitokens.toml");
        let uri = server.uri();
        std::fs::write(
            &config,
            format!(
                "[[source]]\nname = \"hostile\"\nvendor = \"dynatrace\"\nurl = \"{uri}/hostile\"\ntoken_env = \"{DT_ENV}\"\nretries = 0\n\n\
                 [[source]]\nname = \"forged\"\nvendor = \"dynatrace\"\nurl = \"{uri}/forged\"\ntoken_env = \"{DT_ENV}\"\nretries = 0\n"
            ),
        )?;
        Ok(Self {
            _server: server,
            runtime,
            dir,
            config,
        })
    }

    fn run(&self, args: &[&str]) -> Result<Output, Box<dyn Error>> {
        let _runtime = self.runtime.enter();
        let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
        command
            .current_dir(self.dir.path())
            .env_remove("RUST_LOG")
            .env_remove("APITOKENS_CONFIG")
            .env(DT_ENV, "dt0c01.TEST.SECRET")
            .args(common::with_config(args, &self.config));
        Ok(command.output()?)
    }
}

/// The lines of `text` that start like an error line.
fn error_lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| l.starts_with("error:")).collect()
}

#[test]
fn tables_and_stderr_write_vendor_controls_out_visibly() -> TestResult {
    let vendor = HostileVendor::start()?;
    for (command, format) in [
        ("list", "table"),
        ("list", "wide"),
        ("audit", "table"),
        ("audit", "wide"),
    ] {
        let output = vendor.run(&[command, "--format", format])?;
        let (out, err) = (stdout(&output), stderr(&output));
        assert_eq!(
            code(&output),
            2,
            "{command}: the forged source fails\n{err}"
        );
        assert_eq!(
            raw_controls(&out),
            [] as [char; 0],
            "{command} stdout:\n{out}"
        );
        assert_eq!(
            raw_controls(&err),
            [] as [char; 0],
            "{command} stderr:\n{err}"
        );
        assert!(out.contains("\\u{1b}[2J\\u{1b}]0;pwned\\u{7}"), "{out}");
        // One failing source, one error line: the CRLF did not forge another.
        assert_eq!(error_lines(&err).len(), 1, "{err}");
        assert!(
            err.contains("bad token\\r\\nerror: forged \\u{1b}[31mred\\u{202e}txt.exe"),
            "{err}"
        );
    }
    let list = vendor.run(&["list", "--format", "table"])?;
    let table = stdout(&list);
    assert!(
        table.contains("mallory\\r\\n\\u{9b}2J\\u{2066}owner"),
        "{table}"
    );
    // The fitted table counts scopes; the wide one lists them.
    let list = vendor.run(&["list", "--format", "wide"])?;
    let table = stdout(&list);
    assert!(
        table.contains("mallory\\r\\n\\u{9b}2J\\u{2066}owner"),
        "{table}"
    );
    assert!(table.contains("\\u{1b}[8mapiTokens.write"), "{table}");

    let revoke = vendor.run(&["revoke", "hostile", TOKEN_ID, "--yes"])?;
    let err = stderr(&revoke);
    assert_eq!(code(&revoke), 0, "{err}");
    assert_eq!(raw_controls(&err), [] as [char; 0], "revoke stderr:\n{err}");
    assert!(
        err.contains("revoked dynatrace token dt0c01.HOSTILE"),
        "{err}"
    );
    Ok(())
}

#[test]
fn json_and_csv_keep_vendor_text_exact() -> TestResult {
    let vendor = HostileVendor::start()?;
    let listed = vendor.run(&["list", "--source", "hostile", "--format", "json"])?;
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    let rows = json(&listed)?;
    assert_eq!(rows[0]["name"], HOSTILE_NAME);
    assert_eq!(rows[0]["owner"], HOSTILE_OWNER);
    assert_eq!(rows[0]["scopes"][0], HOSTILE_SCOPE);

    let csv = vendor.run(&["list", "--source", "hostile", "--format", "csv"])?;
    assert_eq!(code(&csv), 0, "{}", stderr(&csv));
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    let headers = reader.headers()?.clone();
    let record = reader.records().next().ok_or("no CSV row")??;
    let cell = |column: &str| {
        headers
            .iter()
            .position(|h| h == column)
            .and_then(|i| record.get(i))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(cell("name"), HOSTILE_NAME);
    assert_eq!(cell("owner"), HOSTILE_OWNER);
    assert_eq!(cell("scopes"), format!("{HOSTILE_SCOPE} metrics.read"));

    let audit = vendor.run(&["audit", "--source", "hostile", "--format", "json"])?;
    assert_eq!(code(&audit), 1, "{}", stderr(&audit));
    let findings = json(&audit)?;
    let broad = findings
        .as_array()
        .and_then(|all| all.iter().find(|f| f["check"] == "broad-scopes"))
        .ok_or("no broad-scopes finding")?;
    assert_eq!(broad["name"], HOSTILE_NAME);
    assert_eq!(
        broad["reason"],
        format!("write/admin scopes: {HOSTILE_SCOPE}")
    );
    Ok(())
}

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

    for key in ["timeout", "list_timeout"] {
        let config = harness.standard_config().replacen(
            "token_env",
            &format!("{key} = \"400000000000y\"\ntoken_env"),
            1,
        );
        let path = harness.write("far.toml", &config)?;
        let mut command = harness.command();
        let output = command
            .args(["list", "--source", "dt", "--config"])
            .arg(&path)
            .output()?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{err}");
        assert!(
            err.contains("far.toml:") && err.contains(&format!("`{key}`")),
            "{err}"
        );
    }

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
    let strategy = (0usize..7, period(), time());
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let result = runner.run(&strategy, |(which, period, time)| {
        let mut command = harness.command();
        let shown = match which {
            0 => {
                command.args(["create", "dt", "--name", "p", "--scope", "metrics.read"]);
                command.arg("--expires-in").arg(&period);
                command.arg("--config").arg(&standard);
                format!("create dt --expires-in {period:?}")
            }
            1 => {
                command.args(["create", "gw", "--name", "p", "--expires-in"]);
                command.arg(&period);
                command.arg("--config").arg(&standard);
                format!("create gw --expires-in {period:?}")
            }
            2 => {
                command.args(["create", "dt", "--name", "p", "--scope", "metrics.read"]);
                command.arg("--expires-at").arg(&time);
                command.arg("--config").arg(&standard);
                format!("create dt --expires-at {time:?}")
            }
            3 => {
                command.args(["audit", "--format", "json", "--unused-for"]);
                command.arg(&period);
                command.arg("--config").arg(&standard);
                format!("audit --unused-for {period:?}")
            }
            4 => {
                command.args(["audit", "--format", "json", "--expiring-within"]);
                command.arg(&period);
                command.arg("--config").arg(&standard);
                format!("audit --expiring-within {period:?}")
            }
            _ => {
                let key = if which == 5 {
                    "timeout"
                } else {
                    "list_timeout"
                };
                // JSON string escapes are TOML's basic-string escapes.
                let quoted = serde_json::to_string(&period)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let text = base.replacen("token_env", &format!("{key} = {quoted}\ntoken_env"), 1);
                let path = harness
                    .write(&format!("{key}.toml"), &text)
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                command.args(["list", "--source", "dt", "--format", "json"]);
                command.arg("--config").arg(path);
                format!("{key} = {quoted}")
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
            .arg("list")
            .arg("--config")
            .arg(&path)
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
