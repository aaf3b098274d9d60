//! Section 1, per-call overhead: sequential `getApiToken` calls through the facade
//! against the same calls through a bare `reqwest::Client` + `serde_json`, with
//! the same connection settings, on the same sandbox.

use std::hint::black_box;
use std::time::{Duration, Instant};

use apitokens::dynatrace::{Credentials, types};
use apitokens::{DynatraceSource, Policy};
use futures::{StreamExt, TryStreamExt};
use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue};
use secrecy::ExposeSecret;

use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{Plan, progress, stats};

const SECTION: &str = "1";
/// The IDs the calls cycle through.
const IDS: usize = 1_000;
const TARGET: f64 = 1.10;
/// Turns each side takes per repetition.
const BLOCKS: usize = 20;

/// A Dynatrace environment and its token.
#[derive(Debug)]
pub(crate) struct Target {
    url: String,
    token: secrecy::SecretString,
}

impl Target {
    fn of(sandbox: &Sandbox) -> Self {
        Self {
            url: sandbox.url.clone(),
            token: sandbox.dt_token.clone(),
        }
    }

    fn source(&self) -> Result<DynatraceSource, String> {
        DynatraceSource::new(&self.url, Credentials::new(self.token.clone()))
            .map_err(|e| format!("cannot build the Dynatrace source: {e}"))
    }
}

/// What a user would write without this crate: one `reqwest::Client` built
/// like the facade's (`apitokens_core::http::client`: connect timeout, user
/// agent, no redirects, no proxy on loopback), a per-request timeout like the
/// facade's per-attempt one, the body read whole and decoded once.
#[derive(Debug)]
pub(crate) struct Raw {
    client: reqwest::Client,
    base: String,
    authorization: HeaderValue,
    timeout: Duration,
}

impl Raw {
    pub(crate) fn new(sandbox: &Target) -> Result<Self, String> {
        let policy = Policy::default();
        // The clients' own settings (timeouts, User-Agent, redirects, TLS).
        let client = apitokens_core::http::client_builder(&policy)
            .no_proxy()
            .build()
            .map_err(|e| format!("cannot build the raw client: {e}"))?;
        let mut authorization =
            HeaderValue::from_str(&format!("Api-Token {}", sandbox.token.expose_secret()))
                .map_err(|_| "the sandbox's token is not a header value".to_string())?;
        authorization.set_sensitive(true);
        Ok(Self {
            client,
            base: format!("{}/api/v2", sandbox.url),
            authorization,
            timeout: policy.request_timeout,
        })
    }

    /// `GET /apiTokens/{id}`, decoded into the generated client's type (the
    /// same target type as the facade's, so only the path around it differs);
    /// `wrapped`: the body first passed through the executor's streaming
    /// counter (`limit_body` when there is no `Content-Length`: a counting
    /// stream, the headers cloned, the response rebuilt), to time that step.
    pub(crate) async fn get_with(
        &self,
        id: &str,
        wrapped: bool,
    ) -> Result<types::ApiToken, String> {
        let response = self
            .client
            .get(format!("{}/apiTokens/{id}", self.base))
            .header(AUTHORIZATION, self.authorization.clone())
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .timeout(self.timeout)
            .send()
            .await
            .map_err(|e| format!("raw get: {e}"))?;
        if !response.status().is_success() {
            return Err(format!("raw get: HTTP {}", response.status()));
        }
        let response = if wrapped { rewrap(response) } else { response };
        let body = response
            .bytes()
            .await
            .map_err(|e| format!("raw get: {e}"))?;
        serde_json::from_slice(&body).map_err(|e| format!("raw get: {e}"))
    }
}

/// What `apitokens_core::execute::limit_body` does to a successful answer
/// (crates/core/src/execute.rs), reproduced to time it in isolation.
fn rewrap(response: reqwest::Response) -> reqwest::Response {
    let (status, version, headers) = (
        response.status(),
        response.version(),
        response.headers().clone(),
    );
    let mut seen = 0u64;
    let stream = response.bytes_stream().map(move |chunk| {
        let chunk = chunk.map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
        seen += chunk.len() as u64;
        black_box(seen);
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(chunk)
    });
    let mut rebuilt = http::Response::new(reqwest::Body::wrap_stream(stream));
    *rebuilt.status_mut() = status;
    *rebuilt.version_mut() = version;
    *rebuilt.headers_mut() = headers;
    reqwest::Response::from(rebuilt)
}

async fn facade_calls(
    source: &DynatraceSource,
    ids: &[String],
    calls: usize,
) -> Result<f64, String> {
    let started = Instant::now();
    for id in ids.iter().cycle().take(calls) {
        let token = source
            .get(id)
            .await
            .map_err(|e| format!("facade get: {e}"))?;
        black_box(token);
    }
    Ok(stats::secs(started.elapsed()))
}

/// `calls` raw gets; `wrapped`: their bodies through the executor's
/// streaming body counter (see [`Raw::get_with`]).
async fn raw_calls(raw: &Raw, ids: &[String], calls: usize, wrapped: bool) -> Result<f64, String> {
    let started = Instant::now();
    for id in ids.iter().cycle().take(calls) {
        black_box(raw.get_with(id, wrapped).await?);
    }
    Ok(stats::secs(started.elapsed()))
}

/// `apitokens-bench calls --url U --side facade|raw|emr --calls N [options]`:
/// one kind of call alone, for a profiler such as `perf record`; prints
/// `calls=… seconds=… cpu_seconds=…`. `facade` and `raw` read DT_API_TOKEN;
/// `emr` reads the Alibaba AccessKey variables and needs `--region`,
/// `--workspace` and `--gateway`. `--current-thread` runs on a
/// single-threaded runtime instead of the multi-threaded one.
pub(crate) fn child(args: &[String]) -> Result<(), String> {
    let mut options = std::collections::HashMap::new();
    let mut current_thread = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--current-thread" => current_thread = true,
            "--url" | "--side" | "--calls" | "--region" | "--workspace" | "--gateway" => {
                let value = args
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{arg} needs a value"))?;
                options.insert(arg.trim_start_matches('-').to_string(), value);
            }
            other => return Err(format!("calls: unknown argument {other:?}")),
        }
    }
    let get = |name: &str| {
        options
            .get(name)
            .cloned()
            .ok_or_else(|| format!("calls needs --{name}"))
    };
    let (url, side) = (get("url")?, get("side")?);
    let calls_text = get("calls")?;
    let calls = calls_text
        .parse::<usize>()
        .map_err(|_| format!("--calls: {calls_text:?} is not a number"))?;
    let runtime = if current_thread {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the async runtime: {e}"))?
    } else {
        crate::runtime()?
    };
    runtime.block_on(async {
        let cpu;
        let seconds = if side == "emr" {
            let credentials = apitokens::emr_serverless_spark::Credentials::from_env()
                .map_err(|e| e.to_string())?;
            let source = apitokens::EmrServerlessSparkSource::with_endpoint(
                &url,
                &get("region")?,
                &get("workspace")?,
                &get("gateway")?,
                credentials,
            )
            .map_err(|e| e.to_string())?;
            let id = source
                .list()
                .next()
                .await
                .ok_or("the Livy Gateway has no tokens")?
                .map_err(|e| e.to_string())?
                .id;
            cpu = crate::cpu::Meter::start();
            let started = Instant::now();
            for _ in 0..calls {
                black_box(source.get(&id).await.map_err(|e| e.to_string())?);
            }
            stats::secs(started.elapsed())
        } else {
            let token = std::env::var(apitokens::dynatrace::TOKEN_ENV)
                .map_err(|_| format!("{} is not set", apitokens::dynatrace::TOKEN_ENV))?;
            let target = Target {
                url,
                token: secrecy::SecretString::from(token),
            };
            let source = target.source()?;
            let raw = Raw::new(&target)?;
            let ids = ids(&source).await?;
            cpu = crate::cpu::Meter::start();
            match side.as_str() {
                "facade" => facade_calls(&source, &ids, calls).await?,
                "raw" => raw_calls(&raw, &ids, calls, false).await?,
                "raw-wrapped" => raw_calls(&raw, &ids, calls, true).await?,
                other => {
                    return Err(format!(
                        "--side: {other:?} is not facade, raw, raw-wrapped or emr"
                    ));
                }
            }
        };
        println!(
            "calls={calls} seconds={seconds} cpu_seconds={}",
            cpu.seconds()
        );
        Ok(())
    })
}

async fn ids(source: &DynatraceSource) -> Result<Vec<String>, String> {
    let ids: Vec<String> = source
        .list()
        .take(IDS)
        .map_ok(|token| token.id)
        .try_collect()
        .await
        .map_err(|e| format!("cannot list token IDs: {e}"))?;
    if ids.is_empty() {
        return Err("the sandbox has no Dynatrace tokens".into());
    }
    Ok(ids)
}

pub(crate) async fn measure(sandbox: &Sandbox, plan: &Plan) -> Result<Vec<Row>, String> {
    let target = Target::of(sandbox);
    let source = target.source()?;
    let raw = Raw::new(&target)?;
    let ids = ids(&source).await?;

    progress(&format!(
        "1. per-call overhead: {} sequential getApiToken calls per side, {} repetitions",
        plan.calls, plan.call_reps
    ));
    // Warm both sides up: connections, allocator, caches.
    facade_calls(&source, &ids, plan.calls / 10).await?;
    raw_calls(&raw, &ids, plan.calls / 10, false).await?;

    // Per side (facade, raw, raw + the executor's streaming body counter):
    // wall seconds and CPU seconds (client, sandbox) of every repetition.
    // Within a repetition the sides take turns in blocks of calls, the order
    // rotating, so that a slow spell of a shared VM falls on every side.
    let mut walls: [Vec<f64>; 3] = Default::default();
    let mut cpus: [Vec<(f64, f64)>; 3] = Default::default();
    let (mut ratios, mut cpu_ratios, mut wrapped_ratios) = (Vec::new(), Vec::new(), Vec::new());
    let block = plan.calls.div_ceil(BLOCKS);
    let calls = block * BLOCKS;
    for rep in 0..plan.call_reps {
        let (mut wall, mut client, mut server) = ([0.0f64; 3], [0.0f64; 3], [0.0f64; 3]);
        for turn in 0..BLOCKS {
            let mut order = [0usize, 1, 2];
            order.rotate_left((rep * BLOCKS + turn) % 3);
            for side in order {
                let (client_cpu, server_cpu) = (crate::cpu::Meter::start(), sandbox.cpu_seconds());
                wall[side] += match side {
                    0 => facade_calls(&source, &ids, block).await?,
                    1 => raw_calls(&raw, &ids, block, false).await?,
                    _ => raw_calls(&raw, &ids, block, true).await?,
                };
                client[side] += client_cpu.seconds();
                server[side] += sandbox.cpu_seconds() - server_cpu;
            }
        }
        for side in 0..3 {
            walls[side].push(wall[side]);
            cpus[side].push((client[side], server[side]));
        }
        progress(&format!(
            "   rep {}: facade {}, raw {}, raw + body counter {} per call",
            rep + 1,
            stats::duration(wall[0] / calls as f64),
            stats::duration(wall[1] / calls as f64),
            stats::duration(wall[2] / calls as f64)
        ));
        ratios.push(wall[0] / wall[1]);
        cpu_ratios.push(client[0] / client[1]);
        wrapped_ratios.push(wall[2] / wall[1]);
    }
    let [facade, bare, _] = &walls;
    let [facade_cpu, bare_cpu, _] = &cpus;
    let cpu_note = |cpu: &[(f64, f64)]| {
        let client = stats::median(&cpu.iter().map(|c| c.0).collect::<Vec<_>>());
        let server = stats::median(&cpu.iter().map(|c| c.1).collect::<Vec<_>>());
        format!(
            "CPU per call: client {}, sandbox {}",
            stats::duration(client / calls as f64),
            stats::duration(server / calls as f64)
        )
    };
    let per_call = |total: f64| stats::duration(total / calls as f64);
    let ratio = stats::median(&ratios);
    Ok(vec![
        Row::info(
            SECTION,
            format!(
                "{} sequential `getApiToken`, facade (`DynatraceSource::get`)",
                stats::thousands(calls as u64)
            ),
            format!(
                "{} ({} per call; {})",
                stats::duration(stats::median(facade)),
                per_call(stats::median(facade)),
                cpu_note(facade_cpu)
            ),
        ),
        Row::info(
            SECTION,
            "same calls, bare `reqwest::Client` + `serde_json`",
            format!(
                "{} ({} per call; {})",
                stats::duration(stats::median(bare)),
                per_call(stats::median(bare)),
                cpu_note(bare_cpu)
            ),
        ),
        Row::new(
            SECTION,
            format!(
                "facade / raw, wall time (median of {} repetitions, sides taking turns in blocks of {block})",
                plan.call_reps
            ),
            stats::ratio(ratio),
            format!("≤ {TARGET:.2}"),
            verdict(ratio <= TARGET),
        ),
        Row::info(
            SECTION,
            "facade / raw, client CPU time (same repetitions)",
            stats::ratio(stats::median(&cpu_ratios)),
        ),
        Row::info(
            SECTION,
            "diagnostic: raw + the executor's streaming body counter (`limit_body`, used only when a body has no `Content-Length`), / raw",
            stats::ratio(stats::median(&wrapped_ratios)),
        ),
    ])
}
