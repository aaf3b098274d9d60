//! Section 3, fan-out: 50 Dynatrace environments (50 sandbox processes), each with
//! 2,000 tokens and 50 ms of latency per answer, listed together through
//! `list_all_sources` with bounded, configurable concurrency; the wall time
//! against the latency bound.

use std::path::Path;
use std::time::{Duration, Instant};

use apitokens::dynatrace::Credentials;
use apitokens::{DynatraceSource, Source, list_all_sources};
use futures::StreamExt;

use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{Plan, progress, stats};

const SECTION: &str = "3";
/// Sources listed together.
pub(crate) const SOURCES: usize = 50;
/// Tokens per source.
const TOKENS: usize = 2_000;
/// Latency the sandbox adds to every answer.
const LATENCY: Duration = Duration::from_millis(50);
/// The facade's page size (`DynatraceSource`'s default).
const PAGE_SIZE: usize = 500;
/// A concurrency below the source count, to show the bound at work.
const BOUNDED: usize = 10;
const TARGET: f64 = 1.5;

/// How the sources are listed together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strategy {
    /// `apitokens::list_all_sources`: a tokio task per source, at most
    /// `concurrency` listing at once, the tokens sent to the caller through
    /// a bounded channel.
    Facade,
    /// A diagnostic variant, what `list_all_sources` did before: every
    /// source's stream polled from the caller's task, so every page is
    /// decoded on that one thread.
    CallerTask,
}

/// Lists every source at `concurrency`; returns the tokens and the wall time.
async fn list(
    sources: &[Source],
    concurrency: usize,
    strategy: Strategy,
) -> Result<(usize, f64), String> {
    let started = Instant::now();
    let mut stream = match strategy {
        Strategy::Facade => list_all_sources(sources, concurrency),
        Strategy::CallerTask => futures::stream::iter(sources)
            .map(Source::list)
            .flatten_unordered(concurrency)
            .boxed(),
    };
    let mut n = 0;
    while let Some(token) = stream.next().await {
        std::hint::black_box(token.map_err(|e| format!("fan-out listing: {e}"))?);
        n += 1;
    }
    Ok((n, stats::secs(started.elapsed())))
}

/// The machine's cores, as the scheduler offers them.
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

/// Fresh sources (fresh clients and connections) for every repetition.
fn sources(sandboxes: &[Sandbox]) -> Result<Vec<Source>, String> {
    sandboxes
        .iter()
        .map(|sandbox| {
            DynatraceSource::new(&sandbox.url, Credentials::new(sandbox.dt_token.clone()))
                .map(Source::from)
                .map_err(|e| format!("cannot build a Dynatrace source: {e}"))
        })
        .collect()
}

/// Medians of the wall time, this process's CPU time and the sandboxes' CPU time.
#[derive(Debug, Clone, Copy)]
struct Timing {
    wall: f64,
    client_cpu: f64,
    sandbox_cpu: f64,
}

async fn median_of(
    sandboxes: &[Sandbox],
    strategy: Strategy,
    concurrency: usize,
    reps: usize,
    expected: usize,
) -> Result<Timing, String> {
    let sandbox_cpu = || sandboxes.iter().map(Sandbox::cpu_seconds).sum::<f64>();
    let (mut wall, mut client_cpu, mut server_cpu) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..reps {
        let sources = sources(sandboxes)?;
        let (client, server) = (crate::cpu::Meter::start(), sandbox_cpu());
        let (n, seconds) = list(&sources, concurrency, strategy).await?;
        client_cpu.push(client.seconds());
        server_cpu.push(sandbox_cpu() - server);
        if n != expected {
            return Err(format!("the fan-out listed {n} tokens, not {expected}"));
        }
        wall.push(seconds);
    }
    Ok(Timing {
        wall: stats::median(&wall),
        client_cpu: stats::median(&client_cpu),
        sandbox_cpu: stats::median(&server_cpu),
    })
}

/// `base`: the tokens a sandbox process has before any are generated.
pub(crate) async fn measure(binary: &Path, base: usize, plan: &Plan) -> Result<Vec<Row>, String> {
    let generated = TOKENS
        .checked_sub(base)
        .ok_or_else(|| format!("a sandbox already has {base} tokens"))?;
    progress(&format!(
        "3. fan-out: starting {SOURCES} sandbox processes ({TOKENS} tokens, {} ms latency each)",
        LATENCY.as_millis()
    ));
    let starting = (0..SOURCES)
        .map(|_| Sandbox::spawn(binary, generated, LATENCY.as_millis() as u64))
        .collect::<Result<Vec<_>, _>>()?;
    let sandboxes = starting
        .into_iter()
        .map(|s| s.ready())
        .collect::<Result<Vec<_>, _>>()?;

    let pages = TOKENS.div_ceil(PAGE_SIZE);
    let one_source = LATENCY.as_secs_f64() * pages as f64;
    let bound = |concurrency: usize| SOURCES.div_ceil(concurrency) as f64 * one_source;
    let expected = SOURCES * TOKENS;

    // Warm-up (page faults, allocator), not counted.
    list(
        &sources(&sandboxes)?,
        plan.fanout_concurrency,
        Strategy::Facade,
    )
    .await?;

    let single = median_of(
        &sandboxes[..1],
        Strategy::Facade,
        1,
        plan.fanout_reps,
        TOKENS,
    )
    .await?
    .wall;
    let mut runs = vec![(Strategy::Facade, plan.fanout_concurrency)];
    if plan.fanout_concurrency > BOUNDED {
        runs.push((Strategy::Facade, BOUNDED));
    }
    runs.push((Strategy::CallerTask, plan.fanout_concurrency));
    progress(&format!(
        "   one source alone: {} ({pages} pages × {} ms = {})",
        stats::duration(single),
        LATENCY.as_millis(),
        stats::duration(one_source)
    ));
    let mut rows = vec![Row::info(
        SECTION,
        format!(
            "one source alone: {} tokens, pageSize {PAGE_SIZE}, {} ms per page",
            stats::thousands(TOKENS as u64),
            LATENCY.as_millis()
        ),
        format!(
            "{} (latency bound {pages} pages × {} ms = {})",
            stats::duration(single),
            LATENCY.as_millis(),
            stats::duration(one_source)
        ),
    )];
    for (strategy, concurrency) in runs {
        let timing = median_of(
            &sandboxes,
            strategy,
            concurrency,
            plan.fanout_reps,
            expected,
        )
        .await?;
        let wall = timing.wall;
        let ratio = wall / bound(concurrency);
        progress(&format!(
            "   {SOURCES} sources, {strategy:?}, concurrency {concurrency}: {}",
            stats::duration(wall)
        ));
        let how = match strategy {
            Strategy::Facade => "`list_all_sources`",
            Strategy::CallerTask => "diagnostic: every source polled on the caller's task",
        };
        let waves = SOURCES.div_ceil(concurrency);
        rows.push(Row::new(
            SECTION,
            format!(
                "{SOURCES} sources × {} tokens, {how}, concurrency {concurrency}",
                stats::thousands(TOKENS as u64)
            ),
            format!(
                "{} = {} the bound ({} = {waves} × {}); CPU: client {}, the {SOURCES} sandboxes {}, on {} cores",
                stats::duration(wall),
                stats::ratio(ratio),
                stats::duration(bound(concurrency)),
                stats::duration(one_source),
                stats::duration(timing.client_cpu),
                stats::duration(timing.sandbox_cpu),
                cores()
            ),
            format!("≤ {TARGET:.1}× the bound"),
            verdict(ratio <= TARGET),
        ));
    }
    Ok(rows)
}
