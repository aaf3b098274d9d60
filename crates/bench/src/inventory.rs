//! Section 2, inventory: the facade's stream over 100,000 Dynatrace tokens at
//! `pageSize` 500 and 10,000; tokens per second and peak RSS at 10k and 100k
//! tokens, each listing in a fresh process (`apitokens-bench inventory`).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use apitokens::{DynatraceSource, Token};
use futures::{StreamExt, TryStreamExt};
use secrecy::ExposeSecret;

use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{Plan, progress, runtime, stats};

const SECTION: &str = "2";

/// One listing in its own process.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sample {
    pub(crate) tokens: u64,
    pub(crate) seconds: f64,
    /// CPU seconds of the listing process while listing.
    pub(crate) cpu_seconds: f64,
    /// CPU seconds of the sandbox process meanwhile.
    pub(crate) sandbox_cpu_seconds: f64,
    /// Peak resident set size of the listing process (VmHWM), in KiB.
    pub(crate) peak_kib: f64,
}

/// What one child process lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Listing {
    pub(crate) page_size: u32,
    pub(crate) limit: usize,
    /// Collect every token into a `Vec` (`Source::list_all`) instead of streaming.
    pub(crate) collect: bool,
}

/// `apitokens-bench inventory --url U --page-size N --limit N [--collect]`:
/// lists, then prints `tokens=… seconds=… vmhwm_kib=…`.
pub(crate) fn child(args: &[String]) -> Result<(), String> {
    let (mut url, mut page_size, mut limit, mut collect) = (None, None, None, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "--url" => url = Some(value()?),
            "--page-size" => page_size = Some(number::<u32>(arg, &value()?)?),
            "--limit" => limit = Some(number::<usize>(arg, &value()?)?),
            "--collect" => collect = true,
            other => return Err(format!("inventory: unknown argument {other:?}")),
        }
    }
    let (Some(url), Some(page_size), Some(limit)) = (url, page_size, limit) else {
        return Err("inventory needs --url, --page-size and --limit".into());
    };
    let listing = Listing {
        page_size,
        limit,
        collect,
    };
    let runtime = runtime()?;
    let cpu = crate::cpu::Meter::start();
    let (tokens, seconds) = runtime.block_on(list(&url, listing))?;
    let cpu_seconds = cpu.seconds();
    let peak = crate::cpu::peak_rss_kib("self").unwrap_or(0);
    println!("tokens={tokens} seconds={seconds} cpu_seconds={cpu_seconds} vmhwm_kib={peak}");
    Ok(())
}

fn number<T: std::str::FromStr>(name: &str, text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{name}: {text:?} is not a number"))
}

async fn list(url: &str, listing: Listing) -> Result<(u64, f64), String> {
    let source = DynatraceSource::from_env(url)
        .and_then(|source| source.with_page_size(listing.page_size))
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let tokens = if listing.collect {
        let all: Vec<Token> = source
            .list()
            .take(listing.limit)
            .try_collect()
            .await
            .map_err(|e| e.to_string())?;
        let n = all.len();
        std::hint::black_box(all);
        n
    } else {
        let mut stream = source.list().take(listing.limit);
        let mut n = 0usize;
        while let Some(token) = stream.next().await {
            std::hint::black_box(token.map_err(|e| e.to_string())?);
            n += 1;
        }
        n
    };
    Ok((tokens as u64, stats::secs(started.elapsed())))
}

/// Runs one listing in a fresh process of this binary.
pub(crate) fn sample(bench: &Path, sandbox: &Sandbox, listing: Listing) -> Result<Sample, String> {
    let mut command = Command::new(bench);
    command
        .args(["inventory", "--url", &sandbox.url, "--page-size"])
        .arg(listing.page_size.to_string())
        .arg("--limit")
        .arg(listing.limit.to_string())
        .env(
            apitokens::dynatrace::TOKEN_ENV,
            sandbox.dt_token.expose_secret(),
        )
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    if listing.collect {
        command.arg("--collect");
    }
    let sandbox_cpu = sandbox.cpu_seconds();
    let output = command
        .output()
        .map_err(|e| format!("cannot start {}: {e}", bench.display()))?;
    let sandbox_cpu_seconds = sandbox.cpu_seconds() - sandbox_cpu;
    if !output.status.success() {
        return Err(format!("an inventory listing failed ({})", output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let field = |name: &str| {
        text.split_whitespace()
            .find_map(|word| word.strip_prefix(name)?.strip_prefix('='))
            .and_then(|value| value.parse::<f64>().ok())
            .ok_or_else(|| format!("the inventory listing printed no {name}: {text:?}"))
    };
    Ok(Sample {
        tokens: field("tokens")? as u64,
        seconds: field("seconds")?,
        cpu_seconds: field("cpu_seconds")?,
        sandbox_cpu_seconds,
        peak_kib: field("vmhwm_kib")?,
    })
}

/// Medians over repetitions of several listings, run in rotating order.
pub(crate) fn medians(
    bench: &Path,
    sandbox: &Sandbox,
    listings: &[Listing],
    reps: usize,
) -> Result<Vec<Sample>, String> {
    let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); listings.len()];
    for rep in 0..reps {
        for k in 0..listings.len() {
            let i = (k + rep) % listings.len();
            samples[i].push(sample(bench, sandbox, listings[i])?);
        }
    }
    Ok(samples
        .iter()
        .map(|runs| {
            let pick =
                |f: fn(&Sample) -> f64| stats::median(&runs.iter().map(f).collect::<Vec<_>>());
            Sample {
                tokens: runs.first().map_or(0, |s| s.tokens),
                seconds: pick(|s| s.seconds),
                cpu_seconds: pick(|s| s.cpu_seconds),
                sandbox_cpu_seconds: pick(|s| s.sandbox_cpu_seconds),
                peak_kib: pick(|s| s.peak_kib),
            }
        })
        .collect())
}

pub(crate) fn measure(bench: &Path, sandbox: &Sandbox, plan: &Plan) -> Result<Vec<Row>, String> {
    let small = plan.inventory / 10;
    let big = plan.inventory;
    let listing = |page_size, limit, collect| Listing {
        page_size,
        limit,
        collect,
    };
    let listings = [
        listing(100, 100, false),
        listing(500, small, false),
        listing(500, big, false),
        listing(10_000, small, false),
        listing(10_000, big / 2, false),
        listing(10_000, big, false),
        listing(500, big, true),
    ];
    progress(&format!(
        "2. inventory: {} listings in fresh processes, {} repetitions",
        listings.len(),
        plan.inventory_reps
    ));
    let found = medians(bench, sandbox, &listings, plan.inventory_reps)?;
    for (listing, sample) in listings.iter().zip(&found) {
        if sample.tokens != listing.limit as u64 {
            return Err(format!(
                "a listing of {} tokens at pageSize {} yielded {}",
                listing.limit, listing.page_size, sample.tokens
            ));
        }
    }
    let [baseline, s500, b500, s10k, m10k, b10k, collected] = found.as_slice() else {
        return Err("missing inventory samples".into());
    };
    let rate = |s: &Sample| {
        format!(
            "{} tokens/s ({} in {}; CPU per token: client {}, sandbox {}), peak RSS {}",
            stats::thousands((s.tokens as f64 / s.seconds.max(1e-9)) as u64),
            stats::thousands(s.tokens),
            stats::duration(s.seconds),
            stats::duration(s.cpu_seconds / s.tokens.max(1) as f64),
            stats::duration(s.sandbox_cpu_seconds / s.tokens.max(1) as f64),
            stats::mib(s.peak_kib)
        )
    };
    // "Does not grow": 10× the tokens within 10% (+1 MiB of allocator noise).
    let flat = |small: &Sample, big: &Sample| big.peak_kib <= small.peak_kib * 1.10 + 1024.0;
    let growth = |small: &Sample, big: &Sample| {
        format!(
            "{} → {} ({:+.1} MiB for {}× the tokens)",
            stats::mib(small.peak_kib),
            stats::mib(big.peak_kib),
            (big.peak_kib - small.peak_kib) / 1024.0,
            big.tokens / small.tokens.max(1)
        )
    };
    let n = |count: usize| stats::thousands(count as u64);
    Ok(vec![
        Row::info(
            SECTION,
            "baseline: one page of 100 (runtime, TLS-capable client)",
            format!("peak RSS {}", stats::mib(baseline.peak_kib)),
        ),
        Row::info(
            SECTION,
            format!("stream, pageSize 500, {} tokens", n(small)),
            rate(s500),
        ),
        Row::info(
            SECTION,
            format!("stream, pageSize 500, {} tokens", n(big)),
            rate(b500),
        ),
        Row::info(
            SECTION,
            format!("stream, pageSize 10,000, {} tokens", n(small)),
            rate(s10k),
        ),
        Row::info(
            SECTION,
            format!("stream, pageSize 10,000, {} tokens", n(big / 2)),
            rate(m10k),
        ),
        Row::info(
            SECTION,
            format!("stream, pageSize 10,000, {} tokens", n(big)),
            rate(b10k),
        ),
        Row::new(
            SECTION,
            "peak RSS growth, pageSize 500",
            growth(s500, b500),
            "does not grow with the token count",
            verdict(flat(s500, b500)),
        ),
        Row::new(
            SECTION,
            "peak RSS growth, pageSize 10,000",
            growth(s10k, b10k),
            "does not grow with the token count",
            verdict(flat(s10k, b10k)),
        ),
        Row::info(
            SECTION,
            format!(
                "for contrast: `list_all()` into a Vec, pageSize 500, {} tokens",
                n(big)
            ),
            rate(collected),
        ),
    ])
}
