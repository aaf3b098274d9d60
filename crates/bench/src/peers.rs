//! Section 4, peers on the same sandbox: the official Dynatrace Python client (`dt`)
//! listing the same tokens, and Alibaba's official Python SDK making signed
//! `GetLivyComputeToken` calls; each against apitokens doing the same,
//! alternating sides.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use apitokens::EmrServerlessSparkSource;
use apitokens::emr_serverless_spark::Credentials as EmrCredentials;
use futures::StreamExt;
use secrecy::ExposeSecret;

use crate::inventory::{self, Listing};
use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{Plan, progress, stats};

const SECTION: &str = "4";
const TARGET: f64 = 5.0;
/// `dt`'s `tokens.list()` has no page size: it pages at Dynatrace's default.
const DT_PAGE_SIZE: u32 = 200;

/// The peer rows when the peers cannot run.
pub(crate) fn skipped(reason: &str) -> Vec<Row> {
    [
        "`dt` (Dynatrace's Python client)",
        "`alibabacloud_emr_serverless_spark20230808`",
    ]
    .into_iter()
    .map(|peer| {
        Row::new(
            SECTION,
            format!("{peer} vs apitokens"),
            format!("skipped: {reason}"),
            format!("apitokens ≥ {TARGET:.0}× faster"),
            "not measured",
        )
    })
    .collect()
}

/// One JSON line a peer script printed.
#[derive(Debug)]
struct PeerRun {
    peer: String,
    seconds: f64,
    /// CPU seconds of the peer over its timed part.
    cpu_seconds: f64,
    /// CPU seconds of the sandbox while the peer ran.
    sandbox_cpu_seconds: f64,
    count: u64,
    peak_kib: f64,
}

fn run_peer(
    sandbox: &Sandbox,
    python: &Path,
    script: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> Result<PeerRun, String> {
    let mut command = Command::new(python);
    command
        .arg(script)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::inherit());
    // Loopback only: no proxy of the environment in between.
    for name in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let sandbox_cpu = sandbox.cpu_seconds();
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let sandbox_cpu_seconds = sandbox.cpu_seconds() - sandbox_cpu;
    if !output.status.success() {
        return Err(format!(
            "the peer {} failed ({})",
            script.display(),
            output.status
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let json: serde_json::Value = text
        .lines()
        .rev()
        .find_map(|line| serde_json::from_str(line).ok())
        .ok_or_else(|| format!("the peer {} printed no result: {text:?}", script.display()))?;
    let number = |name: &str| json.get(name).and_then(serde_json::Value::as_f64);
    Ok(PeerRun {
        peer: json
            .get("peer")
            .and_then(serde_json::Value::as_str)
            .unwrap_or("peer")
            .to_string(),
        seconds: number("seconds").ok_or("a peer printed no seconds")?,
        cpu_seconds: number("cpu_seconds").unwrap_or(0.0),
        sandbox_cpu_seconds,
        count: number("tokens").or_else(|| number("calls")).unwrap_or(0.0) as u64,
        peak_kib: number("maxrss_kib").unwrap_or(0.0),
    })
}

pub(crate) fn measure(
    runtime: &tokio::runtime::Runtime,
    bench: &Path,
    sandbox: &Sandbox,
    python: &Path,
    scripts: &Path,
    plan: &Plan,
) -> Result<Vec<Row>, String> {
    let mut rows = dynatrace(bench, sandbox, python, scripts, plan)?;
    rows.extend(emr(runtime, sandbox, python, scripts, plan)?);
    Ok(rows)
}

fn dynatrace(
    bench: &Path,
    sandbox: &Sandbox,
    python: &Path,
    scripts: &Path,
    plan: &Plan,
) -> Result<Vec<Row>, String> {
    let tokens = plan.peer_tokens;
    progress(&format!(
        "4a. `dt` vs apitokens: {} tokens at pageSize {DT_PAGE_SIZE}, {} repetitions",
        tokens, plan.peer_reps
    ));
    let listing = Listing {
        page_size: DT_PAGE_SIZE,
        limit: tokens,
        collect: false,
    };
    let script = scripts.join("peer_dt.py");
    let limit = tokens.to_string();
    let token = sandbox.dt_token.expose_secret();
    let run_dt = || {
        run_peer(
            sandbox,
            python,
            &script,
            &[&sandbox.url, &limit],
            &[(apitokens::dynatrace::TOKEN_ENV, token)],
        )
    };
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for rep in 0..plan.peer_reps {
        let (a, p) = if rep % 2 == 0 {
            let a = inventory::sample(bench, sandbox, listing)?;
            (a, run_dt()?)
        } else {
            let p = run_dt()?;
            (inventory::sample(bench, sandbox, listing)?, p)
        };
        if a.tokens != tokens as u64 || p.count != tokens as u64 {
            return Err(format!(
                "the listings disagree: apitokens {} tokens, dt {} tokens, expected {tokens}",
                a.tokens, p.count
            ));
        }
        progress(&format!(
            "   rep {}: apitokens {}, {} {}",
            rep + 1,
            stats::duration(a.seconds),
            p.peer,
            stats::duration(p.seconds)
        ));
        ratios.push(p.seconds / a.seconds);
        ours.push(a);
        theirs.push(p);
    }
    let ratio = stats::median(&ratios);
    let med = |values: Vec<f64>| stats::median(&values);
    let (a_secs, a_peak) = (
        med(ours.iter().map(|s| s.seconds).collect()),
        med(ours.iter().map(|s| s.peak_kib).collect()),
    );
    let (p_secs, p_peak) = (
        med(theirs.iter().map(|s| s.seconds).collect()),
        med(theirs.iter().map(|s| s.peak_kib).collect()),
    );
    let cpu = |client: f64, sandbox: f64| {
        format!(
            "CPU per token: client {}, sandbox {}",
            stats::duration(client / tokens as f64),
            stats::duration(sandbox / tokens as f64)
        )
    };
    let a_cpu = cpu(
        med(ours.iter().map(|s| s.cpu_seconds).collect()),
        med(ours.iter().map(|s| s.sandbox_cpu_seconds).collect()),
    );
    let p_cpu = cpu(
        med(theirs.iter().map(|s| s.cpu_seconds).collect()),
        med(theirs.iter().map(|s| s.sandbox_cpu_seconds).collect()),
    );
    let peer = theirs.first().map_or("dt", |p| p.peer.as_str());
    let n = stats::thousands(tokens as u64);
    let rate = |secs: f64| stats::thousands((tokens as f64 / secs.max(1e-9)) as u64);
    Ok(vec![
        Row::info(
            SECTION,
            format!(
                "`{peer}` lists {n} tokens (`tokens.list()`, its fixed pageSize {DT_PAGE_SIZE})"
            ),
            format!(
                "{} ({} tokens/s; {p_cpu}), peak RSS {}",
                stats::duration(p_secs),
                rate(p_secs),
                stats::mib(p_peak)
            ),
        ),
        Row::info(
            SECTION,
            format!(
                "apitokens lists the same {n} (stream, pageSize {DT_PAGE_SIZE}, fresh process)"
            ),
            format!(
                "{} ({} tokens/s; {a_cpu}), peak RSS {}",
                stats::duration(a_secs),
                rate(a_secs),
                stats::mib(a_peak)
            ),
        ),
        Row::new(
            SECTION,
            format!(
                "apitokens speed-up over `{peer}` (median of {})",
                plan.peer_reps
            ),
            stats::ratio(ratio),
            format!("≥ {TARGET:.0}×"),
            verdict(ratio >= TARGET),
        ),
    ])
}

fn emr(
    runtime: &tokio::runtime::Runtime,
    sandbox: &Sandbox,
    python: &Path,
    scripts: &Path,
    plan: &Plan,
) -> Result<Vec<Row>, String> {
    let calls = plan.peer_calls;
    let source = EmrServerlessSparkSource::with_endpoint(
        &sandbox.url,
        &sandbox.region,
        &sandbox.workspace_id,
        &sandbox.livy_compute_id,
        EmrCredentials::new(
            sandbox.access_key_id.clone(),
            sandbox.access_key_secret.clone(),
        ),
    )
    .map_err(|e| format!("cannot build the EMR source: {e}"))?;
    let token_id = runtime
        .block_on(source.list().next())
        .ok_or("the sandbox's Livy Gateway has no tokens")?
        .map_err(|e| format!("cannot list Livy tokens: {e}"))?
        .id;
    progress(&format!(
        "4b. Alibaba SDK vs apitokens: {calls} signed GetLivyComputeToken calls, {} repetitions",
        plan.peer_reps
    ));
    let ours = || {
        runtime.block_on(async {
            // Warm-up call (the connection), as the peer script's first call.
            source
                .get(&token_id)
                .await
                .map_err(|e| format!("EMR get: {e}"))?;
            let (client, server) = (crate::cpu::Meter::start(), sandbox.cpu_seconds());
            let started = Instant::now();
            for _ in 0..calls {
                std::hint::black_box(
                    source
                        .get(&token_id)
                        .await
                        .map_err(|e| format!("EMR get: {e}"))?,
                );
            }
            let wall = stats::secs(started.elapsed());
            Ok::<_, String>((wall, client.seconds(), sandbox.cpu_seconds() - server))
        })
    };
    let script = scripts.join("peer_emr.py");
    let calls_text = calls.to_string();
    let secret = sandbox.access_key_secret.expose_secret();
    let theirs = || {
        run_peer(
            sandbox,
            python,
            &script,
            &[
                &sandbox.url,
                &sandbox.region,
                &sandbox.workspace_id,
                &sandbox.livy_compute_id,
                &token_id,
                &calls_text,
            ],
            &[
                ("ALIBABA_CLOUD_ACCESS_KEY_ID", &sandbox.access_key_id),
                ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret),
            ],
        )
    };
    let (mut a_runs, mut p_runs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for rep in 0..plan.peer_reps {
        let (a, p) = if rep % 2 == 0 {
            let a = ours()?;
            (a, theirs()?)
        } else {
            let p = theirs()?;
            (ours()?, p)
        };
        progress(&format!(
            "   rep {}: apitokens {}, {} {}",
            rep + 1,
            stats::duration(a.0),
            p.peer,
            stats::duration(p.seconds)
        ));
        ratios.push(p.seconds / a.0);
        a_runs.push(a);
        p_runs.push(p);
    }
    let ratio = stats::median(&ratios);
    let med = |values: Vec<f64>| stats::median(&values);
    let a_secs = med(a_runs.iter().map(|a| a.0).collect());
    let p_secs = med(p_runs.iter().map(|p| p.seconds).collect());
    let cpu = |client: f64, sandbox: f64| {
        format!(
            "CPU per call: client {}, sandbox {}",
            stats::duration(client / calls as f64),
            stats::duration(sandbox / calls as f64)
        )
    };
    let a_cpu = cpu(
        med(a_runs.iter().map(|a| a.1).collect()),
        med(a_runs.iter().map(|a| a.2).collect()),
    );
    let p_cpu = cpu(
        med(p_runs.iter().map(|p| p.cpu_seconds).collect()),
        med(p_runs.iter().map(|p| p.sandbox_cpu_seconds).collect()),
    );
    let peer = p_runs
        .first()
        .map_or("the Alibaba SDK", |p| p.peer.as_str());
    let per = |secs: f64| stats::duration(secs / calls as f64);
    let n = stats::thousands(calls as u64);
    Ok(vec![
        Row::info(
            SECTION,
            format!("`{peer}`: {n} signed `GetLivyComputeToken`, as shipped"),
            format!(
                "{} ({} per call; {p_cpu})",
                stats::duration(p_secs),
                per(p_secs)
            ),
        ),
        Row::info(
            SECTION,
            format!("apitokens: the same {n} calls (`EmrServerlessSparkSource::get`)"),
            format!(
                "{} ({} per call; {a_cpu})",
                stats::duration(a_secs),
                per(a_secs)
            ),
        ),
        Row::new(
            SECTION,
            format!(
                "apitokens speed-up over the Alibaba SDK (median of {})",
                plan.peer_reps
            ),
            stats::ratio(ratio),
            format!("≥ {TARGET:.0}×"),
            verdict(ratio >= TARGET),
        ),
    ])
}
