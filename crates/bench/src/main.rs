//! `apitokens-bench`: the measurements behind `cargo xtask bench` (see
//! docs/BENCHMARKS.md for what each one means and the latest results).
//!
//! - `apitokens-bench run --sandbox <apitokens-sandbox binary> [options]` starts
//!   the sandbox binary on loopback (a separate process, so that no measurement
//!   shares a process with the sandbox's data), measures, and prints one table.
//! - `apitokens-bench inventory …` lists tokens once in a fresh process and
//!   prints its time and peak RSS; `run` starts it once per measurement, so the
//!   peak (VmHWM) belongs to that listing alone.
//!
//! Every comparison is measured in the same run, alternating the two sides, and
//! reported as the median of the repetitions. Arguments are parsed by hand, as
//! in the xtask: a few flags do not justify another dependency.

mod browser;
mod cli_listing;
mod cpu;
mod fanout;
mod inventory;
mod page;
mod peers;
mod per_call;
mod report;
mod sandbox;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::report::Row;
use crate::sandbox::Sandbox;

const USAGE: &str = "\
usage:
  apitokens-bench run --sandbox <path to apitokens-sandbox> [options]
  apitokens-bench browser --sandbox <path> --cli <path to apitokens> --chromium <path> [--quick]
      (section 8 alone: the HTML report in headless Chromium)
  apitokens-bench inventory --url <environment URL> --page-size <n> --limit <n> [--collect]
      (reads DT_API_TOKEN; prints `tokens=… seconds=… cpu_seconds=… vmhwm_kib=…`)
  apitokens-bench page --sandbox <path to apitokens-sandbox> --cli <path to apitokens>
      [--reps <n>] [--keep <file>]
      (section 7 alone: `apitokens report` over 10,000 tokens; --keep keeps the page)
  apitokens-bench calls --url <environment URL> --side facade|raw --calls <n>
      (reads DT_API_TOKEN; one side of the per-call comparison alone, for a profiler)

options of `run`:
  --quick                    fewer calls and repetitions: a smoke run, not numbers to publish
  --cli <path>               the apitokens binary: the CLI's memory (`list --format jsonl`)
                             and section 7 (the HTML report)
  --python <path>            the Python of the peers' virtual environment
  --peers <dir>              where peer_dt.py and peer_emr.py are (default: bench/)
  --skip-peers <reason>      do not run the Python peers; the table says why
  --fanout-concurrency <n>   how many sources the fan-out lists at once (default: 50)
  --chromium <path>          headless Chromium: adds section 8 (the HTML report in a browser;
                             needs --cli)
  --skip-browser <reason>    do not run section 8; the table says why
  --extra-rows <file>        rows measured elsewhere (tab-separated: section, measurement,
                             result, target, verdict), appended to the table
";

/// How much `run` measures.
#[derive(Debug, Clone)]
pub(crate) struct Plan {
    /// Sequential calls per side of the per-call comparison.
    pub(crate) calls: usize,
    /// Repetitions of the per-call comparison.
    pub(crate) call_reps: usize,
    /// Tokens in the big inventory.
    pub(crate) inventory: usize,
    /// Repetitions of each inventory listing.
    pub(crate) inventory_reps: usize,
    /// Repetitions of the fan-out.
    pub(crate) fanout_reps: usize,
    /// Sources listed at once in the fan-out.
    pub(crate) fanout_concurrency: usize,
    /// Repetitions of each peer comparison.
    pub(crate) peer_reps: usize,
    /// Tokens the Dynatrace peer lists.
    pub(crate) peer_tokens: usize,
    /// Signed calls of the Alibaba peer.
    pub(crate) peer_calls: usize,
    /// Loads of each page in headless Chromium.
    pub(crate) browser_reps: usize,
}

impl Plan {
    fn full() -> Self {
        Self {
            calls: 20_000,
            call_reps: 5,
            inventory: 100_000,
            inventory_reps: 3,
            fanout_reps: 5,
            fanout_concurrency: fanout::SOURCES,
            peer_reps: 3,
            peer_tokens: 100_000,
            peer_calls: 1_000,
            browser_reps: 3,
        }
    }

    fn quick() -> Self {
        Self {
            calls: 2_000,
            call_reps: 2,
            inventory_reps: 1,
            fanout_reps: 2,
            peer_reps: 1,
            peer_tokens: 10_000,
            peer_calls: 200,
            browser_reps: 1,
            ..Self::full()
        }
    }
}

#[derive(Debug)]
struct Options {
    sandbox: PathBuf,
    cli: Option<PathBuf>,
    python: Option<PathBuf>,
    peers: PathBuf,
    skip_peers: Option<String>,
    chromium: Option<PathBuf>,
    skip_browser: Option<String>,
    extra_rows: Option<PathBuf>,
    plan: Plan,
}

impl Options {
    fn parse(args: &[String]) -> Result<Self, String> {
        let mut sandbox = None;
        let mut cli = None;
        let mut python = None;
        let mut peers = PathBuf::from("bench");
        let mut skip_peers = None;
        let mut extra_rows = None;
        let mut chromium = None;
        let mut skip_browser = None;
        let mut quick = false;
        let mut concurrency = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .cloned()
                    .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
            };
            match arg.as_str() {
                "--sandbox" => sandbox = Some(PathBuf::from(value(arg)?)),
                "--cli" => cli = Some(PathBuf::from(value(arg)?)),
                "--python" => python = Some(PathBuf::from(value(arg)?)),
                "--peers" => peers = PathBuf::from(value(arg)?),
                "--skip-peers" => skip_peers = Some(value(arg)?),
                "--extra-rows" => extra_rows = Some(PathBuf::from(value(arg)?)),
                "--chromium" => chromium = Some(PathBuf::from(value(arg)?)),
                "--skip-browser" => skip_browser = Some(value(arg)?),
                "--fanout-concurrency" => {
                    let text = value(arg)?;
                    let n = text
                        .parse::<usize>()
                        .ok()
                        .filter(|n| *n > 0)
                        .ok_or_else(|| {
                            format!("--fanout-concurrency: {text:?} is not a positive number")
                        })?;
                    concurrency = Some(n);
                }
                "--quick" => quick = true,
                other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
            }
        }
        let sandbox = sandbox.ok_or_else(|| format!("--sandbox is required\n\n{USAGE}"))?;
        let mut plan = if quick { Plan::quick() } else { Plan::full() };
        if let Some(concurrency) = concurrency {
            plan.fanout_concurrency = concurrency;
        }
        Ok(Self {
            sandbox,
            cli,
            python,
            peers,
            skip_peers,
            chromium,
            skip_browser,
            extra_rows,
            plan,
        })
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => Options::parse(&args[1..]).and_then(run),
        Some("browser") => Options::parse(&args[1..]).and_then(|options| {
            print!("{}", report::table(&browser_rows(&options)?));
            Ok(())
        }),
        Some("inventory") => inventory::child(&args[1..]),
        Some("calls") => per_call::child(&args[1..]),
        Some("page") => page_alone(&args[1..]),
        Some("help" | "--help" | "-h") | None => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("apitokens-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A multi-threaded runtime, as `#[tokio::main]` gives an application.
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))
}

/// `apitokens-bench page`: section 7 alone, its table on stdout.
fn page_alone(args: &[String]) -> Result<(), String> {
    let (mut sandbox, mut cli, mut reps, mut keep) = (None, None, 3, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = args
            .next()
            .cloned()
            .ok_or_else(|| format!("{arg} needs a value\n\n{USAGE}"))?;
        match arg.as_str() {
            "--sandbox" => sandbox = Some(PathBuf::from(value)),
            "--cli" => cli = Some(PathBuf::from(value)),
            "--keep" => keep = Some(PathBuf::from(value)),
            "--reps" => {
                reps = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--reps: {value:?} is not a positive number"))?;
            }
            other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
        }
    }
    let sandbox = sandbox.ok_or_else(|| format!("--sandbox is required\n\n{USAGE}"))?;
    let cli = cli.ok_or_else(|| format!("--cli is required\n\n{USAGE}"))?;
    let rows = page::measure(&cli, &sandbox, reps, keep.as_deref())?;
    print!("{}", report::table(&rows));
    Ok(())
}

/// Progress, on stderr (the table goes to stdout).
pub(crate) fn progress(message: &str) {
    eprintln!("[bench] {message}");
}

fn run(options: Options) -> Result<(), String> {
    let plan = &options.plan;
    let runtime = runtime()?;
    let bench = std::env::current_exe()
        .map_err(|e| format!("cannot find this benchmark's own binary: {e}"))?;
    let mut rows: Vec<Row> = Vec::new();

    progress(&format!(
        "starting the sandbox binary with {} generated Dynatrace tokens",
        plan.inventory
    ));
    let main = Sandbox::start(&options.sandbox, plan.inventory, 0)?;

    rows.extend(runtime.block_on(per_call::measure(&main, plan))?);
    rows.extend(inventory::measure(&bench, &main, plan)?);
    rows.extend(match &options.cli {
        Some(cli) => cli_listing::measure(cli, &options.sandbox, &main, plan)?,
        None => cli_listing::skipped("no --cli given"),
    });
    // Tokens a sandbox has before any are generated (its admin token and demo data).
    let base = runtime.block_on(sandbox::dynatrace_total(&main))? - plan.inventory;
    rows.extend(runtime.block_on(fanout::measure(&options.sandbox, base, plan))?);
    match (&options.skip_peers, &options.python) {
        (Some(reason), _) => rows.extend(peers::skipped(reason)),
        (None, None) => rows.extend(peers::skipped(
            "no --python given (`cargo xtask bench` installs the peers into .tools/bench-venv)",
        )),
        (None, Some(python)) => rows.extend(peers::measure(
            &runtime,
            &bench,
            &main,
            python,
            &options.peers,
            plan,
        )?),
    }
    drop(main);
    if let Some(cli) = &options.cli {
        let reps = if plan.inventory_reps > 1 { 3 } else { 1 };
        rows.extend(page::measure(cli, &options.sandbox, reps, None)?);
    }
    rows.extend(browser_rows(&options)?);

    if let Some(path) = &options.extra_rows {
        rows.extend(report::read_rows(path)?);
    }
    print!("{}", report::table(&rows));
    Ok(())
}

/// Section 8, or why it is skipped.
fn browser_rows(options: &Options) -> Result<Vec<Row>, String> {
    match (&options.skip_browser, &options.cli, &options.chromium) {
        (Some(reason), _, _) => Ok(browser::skipped(reason)),
        (None, Some(apitokens), Some(chromium)) => browser::measure(
            &options.sandbox,
            &browser::Browser {
                chromium: chromium.clone(),
                apitokens: apitokens.clone(),
            },
            options.plan.browser_reps,
        ),
        (None, _, _) => Ok(browser::skipped(
            "needs --cli and --chromium (`cargo xtask bench` passes both)",
        )),
    }
}
