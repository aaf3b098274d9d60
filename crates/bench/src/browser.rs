//! Section 8: the HTML report in a real browser. `apitokens report` of a
//! sandbox with 1,000 and with 10,000 generated Dynatrace tokens; the file's
//! size, and the wall time headless Chromium takes to load the file and dump
//! its DOM (what the browser test does), against an empty page's.
//!
//! The browser runs as in the test (crates/apitokens-cli/tests/browser): the
//! same flags, a fresh profile per run, killed with its process group when it
//! overruns.

use std::ffi::OsString;
use std::fs::File;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use secrecy::ExposeSecret as _;

use crate::report::{Row, verdict};
use crate::sandbox::Sandbox;
use crate::{progress, stats};

const SECTION: &str = "8";
/// The two sizes compared; the larger is the figure.
const SMALL: usize = 1_000;
const LARGE: usize = 10_000;
/// A run that takes longer is a hung browser.
const TIMEOUT: Duration = Duration::from_secs(300);
/// The "under a few seconds" and "a few MB at most", as numbers
/// (the size as section 7's).
const TARGET_SECS: f64 = 5.0;
const TARGET_BYTES: u64 = 8 * 1024 * 1024;
/// What this machine needs: no GPU, root without a sandbox, nothing that
/// reaches the network on its own.
const FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// What to run the section with.
#[derive(Debug)]
pub(crate) struct Browser {
    pub(crate) chromium: PathBuf,
    pub(crate) apitokens: PathBuf,
}

/// The section's rows when it cannot run.
pub(crate) fn skipped(reason: &str) -> Vec<Row> {
    vec![Row::info(
        SECTION,
        "the HTML report in headless Chromium",
        format!("skipped: {reason}"),
    )]
}

/// Measures the section: `reps` loads of each page.
pub(crate) fn measure(sandbox: &Path, browser: &Browser, reps: usize) -> Result<Vec<Row>, String> {
    let dir = std::env::temp_dir().join(format!("apitokens-bench-browser-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let result = measure_in(&dir, sandbox, browser, reps);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure_in(
    dir: &Path,
    sandbox: &Path,
    browser: &Browser,
    reps: usize,
) -> Result<Vec<Row>, String> {
    let empty = dir.join("empty.html");
    std::fs::write(
        &empty,
        "<!doctype html><html lang=\"en\"><title>empty</title><p>empty</p></html>\n",
    )
    .map_err(|e| format!("cannot write {}: {e}", empty.display()))?;
    let small = report(dir, sandbox, &browser.apitokens, SMALL)?;
    let large = report(dir, sandbox, &browser.apitokens, LARGE)?;

    // The pages take turns, so that a slow spell of the host falls on all.
    let mut times: [Vec<f64>; 3] = Default::default();
    for rep in 0..reps {
        progress(&format!(
            "Chromium: an empty page, the {SMALL}- and {LARGE}-token reports ({}/{reps})",
            rep + 1
        ));
        for (page, times) in [&empty, &small.path, &large.path]
            .into_iter()
            .zip(&mut times)
        {
            times.push(dump_dom(&browser.chromium, dir, page)?);
        }
    }
    let [empty_secs, small_secs, large_secs] = times.map(|t| stats::median(&t));
    // Wall times on a shared machine: the load says how shared it was.
    let load = std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|text| text.split_whitespace().next().map(str::to_string))
        .map_or_else(String::new, |load| format!("; load average after: {load}"));
    let mib = |bytes: u64| format!("{:.2} MiB", bytes as f64 / 1024.0 / 1024.0);
    let secs = |s: f64| format!("{s:.2} s");
    let of = |page: &Page| {
        format!(
            "the report of {} tokens",
            stats::thousands(page.tokens as u64)
        )
    };
    Ok(vec![
        Row::info(
            SECTION,
            "headless Chromium: load an empty page and dump its DOM (the browser's own start)",
            format!("{} (median of {reps})", secs(empty_secs)),
        ),
        Row::info(
            SECTION,
            format!("{}: file size", of(&small)),
            mib(small.bytes),
        ),
        Row::info(
            SECTION,
            format!("{}: Chromium loads it and dumps its DOM", of(&small)),
            format!("{} (median of {reps})", secs(small_secs)),
        ),
        Row::new(
            SECTION,
            format!("{}: file size", of(&large)),
            format!(
                "{} ({:.1}× the {}-token report's)",
                mib(large.bytes),
                large.bytes as f64 / small.bytes.max(1) as f64,
                stats::thousands(SMALL as u64),
            ),
            format!("≤ {}", mib(TARGET_BYTES)),
            verdict(large.bytes <= TARGET_BYTES),
        ),
        Row::new(
            SECTION,
            format!("{}: Chromium loads it and dumps its DOM", of(&large)),
            format!(
                "{} (median of {reps}; {:.1}× the {}-token report's, {} above the empty page{load})",
                secs(large_secs),
                large_secs / small_secs.max(f64::EPSILON),
                stats::thousands(SMALL as u64),
                secs(large_secs - empty_secs),
            ),
            format!("≤ {}", secs(TARGET_SECS)),
            verdict(large_secs <= TARGET_SECS),
        ),
    ])
}

/// A report written for the benchmark.
#[derive(Debug)]
struct Page {
    path: PathBuf,
    tokens: usize,
    bytes: u64,
}

/// `apitokens report` of a sandbox with `generated` Dynatrace tokens (and
/// the demo's).
fn report(dir: &Path, sandbox: &Path, apitokens: &Path, generated: usize) -> Result<Page, String> {
    progress(&format!(
        "writing the HTML report of a sandbox with {generated} generated Dynatrace tokens"
    ));
    let sandbox = Sandbox::start(sandbox, generated, 0)?;
    let runtime = crate::runtime()?;
    let tokens = runtime.block_on(crate::sandbox::dynatrace_total(&sandbox))?;
    let config = dir.join(format!("apitokens-{generated}.toml"));
    std::fs::write(
        &config,
        format!(
            "[[source]]\nname = \"dt\"\nvendor = \"dynatrace\"\nurl = \"{}\"\ntoken_env = \"BENCH_DT_TOKEN\"\n",
            sandbox.url
        ),
    )
    .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let path = dir.join(format!("report-{generated}.html"));
    let output = Command::new(apitokens)
        .env("BENCH_DT_TOKEN", sandbox.dt_token.expose_secret())
        .env_remove("APITOKENS_CONFIG")
        .arg("--config")
        .arg(&config)
        .arg("report")
        .arg("--out")
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", apitokens.display()))?;
    let bytes = std::fs::metadata(&path)
        .map_err(|e| {
            format!(
                "`apitokens report` wrote no report ({}; {e}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )
        })?
        .len();
    Ok(Page {
        path,
        tokens,
        bytes,
    })
}

/// Seconds headless Chromium takes to load `page` and dump its DOM.
fn dump_dom(chromium: &Path, dir: &Path, page: &Path) -> Result<f64, String> {
    let profile = dir.join("chromium-profile");
    let _ = std::fs::remove_dir_all(&profile);
    let dom = dir.join("dom.html");
    let stdout = File::create(&dom).map_err(|e| format!("cannot create {}: {e}", dom.display()))?;
    let mut user_data_dir = OsString::from("--user-data-dir=");
    user_data_dir.push(&profile);
    let mut url = OsString::from("file://");
    url.push(page);
    let started = Instant::now();
    let mut child = Command::new(chromium)
        .args(FLAGS)
        .arg(user_data_dir)
        .arg("--dump-dom")
        .arg(url)
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", chromium.display()))?;
    // Polled: the benchmark takes no dependency for a timeout.
    let status = loop {
        if let Some(status) = child
            .try_wait()
            .map_err(|e| format!("cannot wait for Chromium: {e}"))?
        {
            break Some(status);
        }
        if started.elapsed() > TIMEOUT {
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let secs = started.elapsed().as_secs_f64();
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .stderr(Stdio::null())
        .status();
    let _ = child.wait();
    match status {
        None => Err(format!(
            "Chromium did not load {} within {} s",
            page.display(),
            TIMEOUT.as_secs()
        )),
        Some(status) if !status.success() => {
            Err(format!("Chromium failed ({status}) on {}", page.display()))
        }
        Some(_) => {
            let text = std::fs::read_to_string(&dom)
                .map_err(|e| format!("cannot read {}: {e}", dom.display()))?;
            if text.trim_end().ends_with("</html>") {
                Ok(secs)
            } else {
                Err(format!(
                    "Chromium dumped no whole DOM of {}",
                    page.display()
                ))
            }
        }
    }
}
