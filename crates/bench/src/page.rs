//! Section 7: `apitokens report` over 10,000 tokens — how long the CLI takes
//! to list them and write the HTML page, and how big the page is. The page's
//! own cost is the report's time less that of `list --format json` of the
//! same source, measured in the same run, the two taking turns.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use secrecy::ExposeSecret;

use crate::report::Row;
use crate::sandbox::Sandbox;
use crate::stats::{duration, median, thousands};

/// Generated tokens in the page's sandbox (it adds its demo data).
pub(crate) const TOKENS: usize = 10_000;
/// The most the page may weigh: "a few MB" (issue 16).
const MAX_BYTES: u64 = 8 * 1024 * 1024;
const TOKEN_ENV: &str = "APITOKENS_BENCH_DT_TOKEN";

/// A temporary directory, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `cli` with `args` against `config`; its wall time in seconds.
fn timed(cli: &Path, config: &Path, token: &str, args: &[&str]) -> Result<f64, String> {
    let started = Instant::now();
    let status = Command::new(cli)
        .arg("--config")
        .arg(config)
        .args(args)
        .env(TOKEN_ENV, token)
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {}: {e}", cli.display()))?;
    let seconds = started.elapsed().as_secs_f64();
    // 1: findings, as `audit`; anything else is a failure.
    match status.code() {
        Some(0 | 1) => Ok(seconds),
        _ => Err(format!("apitokens {} failed ({status})", args.join(" "))),
    }
}

/// The rows of section 7; the page is copied to `keep` when given.
pub(crate) fn measure(
    cli: &Path,
    sandbox_binary: &Path,
    reps: usize,
    keep: Option<&Path>,
) -> Result<Vec<Row>, String> {
    crate::progress(&format!(
        "section 7: `apitokens report` over {} tokens",
        thousands(TOKENS as u64)
    ));
    let sandbox = Sandbox::start(sandbox_binary, TOKENS, 0)?;
    let scratch =
        Scratch(std::env::temp_dir().join(format!("apitokens-bench-page-{}", std::process::id())));
    std::fs::create_dir_all(&scratch.0)
        .map_err(|e| format!("cannot create {}: {e}", scratch.0.display()))?;
    let config = scratch.0.join("apitokens.toml");
    std::fs::write(
        &config,
        format!(
            "[[source]]\nname = \"bench\"\nvendor = \"dynatrace\"\nurl = \"{}\"\ntoken_env = \"{TOKEN_ENV}\"\n",
            sandbox.url
        ),
    )
    .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let page = scratch.0.join("review.html");
    let page_arg = page.to_string_lossy().into_owned();
    let token = sandbox.dt_token.expose_secret();
    let (mut lists, mut reports) = (Vec::new(), Vec::new());
    for _ in 0..reps {
        lists.push(timed(cli, &config, token, &["list", "--format", "json"])?);
        reports.push(timed(cli, &config, token, &["report", "--out", &page_arg])?);
    }
    let html = std::fs::read_to_string(&page)
        .map_err(|e| format!("cannot read {}: {e}", page.display()))?;
    let tokens = html.matches("data-mark=\"expiry\"").count();
    let bytes = html.len() as u64;
    if let Some(keep) = keep {
        std::fs::copy(&page, keep)
            .map_err(|e| format!("cannot copy the page to {}: {e}", keep.display()))?;
    }
    let (list, report) = (median(&lists), median(&reports));
    Ok(vec![
        Row::new(
            "7",
            format!(
                "`apitokens report`, one Dynatrace source of {} tokens (median of {reps}, sides taking turns)",
                thousands(tokens as u64)
            ),
            format!(
                "{} (`list --format json` of the same: {}; the page: {})",
                duration(report),
                duration(list),
                duration((report - list).max(0.0))
            ),
            "",
            "",
        ),
        Row::new(
            "7",
            format!("the page's size, {} tokens", thousands(tokens as u64)),
            format!(
                "{:.2} MiB ({} bytes)",
                bytes as f64 / 1_048_576.0,
                thousands(bytes)
            ),
            "a few MB (≤ 8 MiB)",
            if bytes <= MAX_BYTES { "met" } else { "MISSED" },
        ),
    ])
}
