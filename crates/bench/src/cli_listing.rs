//! Section 2, the command line's memory: `apitokens list --format jsonl`
//! writes each page's rows as they arrive, so its peak RSS for 100,000
//! Dynatrace tokens should be that for 10,000; `--format csv`, which sorts
//! every row first, is the contrast. Each listing is a fresh `apitokens`
//! process against the sandbox binary.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use secrecy::ExposeSecret;

use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{Plan, progress, stats};

const SECTION: &str = "2";

/// One `apitokens list` run.
#[derive(Debug, Clone, Copy)]
struct Run {
    lines: u64,
    seconds: f64,
    peak_kib: f64,
}

/// `apitokens list --format <format>` against `sandbox`, its peak RSS read
/// from `/proc/<pid>/status` (`VmHWM`, a high-water mark) every 2 ms while it
/// runs: the process's own peak, not the sampling's.
fn list(cli: &Path, dir: &Path, sandbox: &Sandbox, format: &str) -> Result<Run, String> {
    let config = dir.join(format!(
        "apitokens-{}.toml",
        sandbox.url.replace([':', '/'], "_")
    ));
    std::fs::write(
        &config,
        format!(
            "[[source]]\nname = \"dt\"\nvendor = \"dynatrace\"\nurl = \"{}\"\ntoken_env = \"{}\"\n",
            sandbox.url,
            apitokens::dynatrace::TOKEN_ENV
        ),
    )
    .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let started = Instant::now();
    let mut child = Command::new(cli)
        .args(["list", "--format", format, "--config"])
        .arg(&config)
        .env(
            apitokens::dynatrace::TOKEN_ENV,
            sandbox.dt_token.expose_secret(),
        )
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", cli.display()))?;
    let pid = child.id();
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let mut peak = 0u64;
            while !done.load(Ordering::Relaxed) {
                if let Some(kib) = crate::cpu::peak_rss_kib(&pid.to_string()) {
                    peak = peak.max(kib);
                }
                std::thread::sleep(Duration::from_millis(2));
            }
            peak
        })
    };
    let mut lines = 0u64;
    if let Some(mut stdout) = child.stdout.take() {
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            match stdout.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => lines += buffer[..n].iter().filter(|&&b| b == b'\n').count() as u64,
                Err(e) => return Err(format!("cannot read apitokens' output: {e}")),
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for apitokens: {e}"))?;
    let seconds = stats::secs(started.elapsed());
    done.store(true, Ordering::Relaxed);
    let peak = sampler.join().unwrap_or(0);
    if !status.success() {
        return Err(format!(
            "apitokens list --format {format} failed ({status})"
        ));
    }
    Ok(Run {
        lines,
        seconds,
        peak_kib: peak as f64,
    })
}

/// The rows; `main` holds `plan.inventory` generated tokens, a second
/// sandbox a tenth of them.
pub(crate) fn measure(
    cli: &Path,
    sandbox_binary: &Path,
    main: &Sandbox,
    plan: &Plan,
) -> Result<Vec<Row>, String> {
    let small_count = plan.inventory / 10;
    progress(&format!(
        "2. the CLI's memory: `apitokens list` of {} and {} tokens, {} repetitions",
        stats::thousands(small_count as u64),
        stats::thousands(plan.inventory as u64),
        plan.inventory_reps
    ));
    let small = Sandbox::start(sandbox_binary, small_count, 0)?;
    let dir = std::env::temp_dir().join(format!("apitokens-bench-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let cases: [(&Sandbox, &str); 3] = [(&small, "jsonl"), (main, "jsonl"), (main, "csv")];
    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); cases.len()];
    for rep in 0..plan.inventory_reps {
        for k in 0..cases.len() {
            let i = (k + rep) % cases.len();
            let (sandbox, format) = cases[i];
            runs[i].push(list(cli, &dir, sandbox, format)?);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    let [small_jsonl, big_jsonl, big_csv] = [0, 1, 2].map(|i| {
        let pick = |f: fn(&Run) -> f64| stats::median(&runs[i].iter().map(f).collect::<Vec<_>>());
        Run {
            lines: runs[i].first().map_or(0, |run| run.lines),
            seconds: pick(|run| run.seconds),
            peak_kib: pick(|run| run.peak_kib),
        }
    });
    // jsonl prints one line a token; CSV a header too.
    if small_jsonl.lines < small_count as u64 || big_jsonl.lines < plan.inventory as u64 {
        return Err(format!(
            "apitokens list printed {} and {} lines for {small_count} and {} tokens",
            small_jsonl.lines, big_jsonl.lines, plan.inventory
        ));
    }
    let shown = |run: &Run| {
        format!(
            "peak RSS {} ({} rows in {})",
            stats::mib(run.peak_kib),
            stats::thousands(run.lines),
            stats::duration(run.seconds)
        )
    };
    let ratio = big_jsonl.peak_kib / small_jsonl.peak_kib.max(1.0);
    // As for the facade's stream: 10× the tokens within 10% (+1 MiB of allocator noise).
    let flat = big_jsonl.peak_kib <= small_jsonl.peak_kib * 1.10 + 1024.0;
    Ok(vec![
        Row::info(
            SECTION,
            format!(
                "CLI `list --format jsonl`, {} tokens",
                stats::thousands(small_count as u64)
            ),
            shown(&small_jsonl),
        ),
        Row::info(
            SECTION,
            format!(
                "CLI `list --format jsonl`, {} tokens",
                stats::thousands(plan.inventory as u64)
            ),
            shown(&big_jsonl),
        ),
        Row::new(
            SECTION,
            "CLI `list --format jsonl` peak RSS, 10× the tokens",
            format!(
                "{} → {} ({} for 10× the tokens)",
                stats::mib(small_jsonl.peak_kib),
                stats::mib(big_jsonl.peak_kib),
                stats::ratio(ratio)
            ),
            "flat: does not grow with the token count",
            verdict(flat),
        ),
        Row::info(
            SECTION,
            format!(
                "for contrast: CLI `list --format csv` (sorts every row first), {} tokens",
                stats::thousands(plan.inventory as u64)
            ),
            shown(&big_csv),
        ),
    ])
}

/// The rows when there is no CLI binary to measure.
pub(crate) fn skipped(reason: &str) -> Vec<Row> {
    vec![Row::info(
        SECTION,
        "CLI `list --format jsonl` peak RSS",
        format!("skipped ({reason})"),
    )]
}
