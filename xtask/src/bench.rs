//! `cargo xtask bench`: the benchmark of docs/BENCHMARKS.md, in one command.
//!
//! 1. Builds `apitokens-bench`, `apitokens-sandbox` and the `apitokens` CLI in release.
//! 2. Installs the Python peers (the vendors' official clients, pinned in
//!    `bench/requirements.txt`) into the ignored `.tools/bench-venv`; when pip
//!    cannot reach the package registry, the peers are skipped and the table says so.
//! 3. Times the build: a clean `cargo build --workspace`, `cargo xtask generate`
//!    after it, and the incremental rebuild after a one-field spec change, in a
//!    copy of the working tree with its own target directory (this checkout's
//!    `target/` is left alone).
//! 4. Times what a consumer pays (section 6): a clean build of a new crate
//!    depending by path on the facade, and on one vendor crate, and of the CLI,
//!    each in its own empty target directory.
//! 5. Runs `apitokens-bench run` (per-call overhead, inventory, fan-out, peers,
//!    the HTML report of 10,000 tokens, and that report in headless Chromium:
//!    `$CHROMIUM` or `/usr/bin/chromium`, skipped with a message when there is
//!    none; see crates/bench), which starts the sandbox binary on loopback and
//!    prints one table, the build times appended.
//!
//! `--consumer-only` runs step 4 alone and prints its table; `--browser-only`
//! section 8 alone.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// Records in the venv what was installed there.
const STAMP: &str = ".xtask-installed";
const REQUIREMENTS: &str = "bench/requirements.txt";
const VENV: &str = ".tools/bench-venv";
/// The spec edited for the incremental rebuild, and the schema that gains a field.
const EDITED_SPEC: &str = "specs/dynatrace.yaml";
const EDITED_SCHEMA: &str = "    ApiToken:\n";

const USAGE: &str = "\
usage: cargo xtask bench [--quick] [--no-peers] [--no-build-times] [--fanout-concurrency <n>]
       cargo xtask bench --consumer-only
       cargo xtask bench --browser-only [--quick]

  --quick                  fewer calls and repetitions, no build times: a smoke run
  --no-peers               skip the Python peers (dt, the Alibaba SDK)
  --no-build-times         skip the build timings (the workspace's and the consumers')
  --fanout-concurrency <n> sources listed at once in the fan-out (default 50)
  --consumer-only          only the consumers' clean builds (section 6), nothing else
  --browser-only           only the HTML report in headless Chromium (section 8)
";

#[derive(Debug, Default)]
struct Options {
    quick: bool,
    peers: bool,
    build_times: bool,
    consumer_only: bool,
    browser_only: bool,
    fanout_concurrency: Option<String>,
}

fn parse(args: &[&str]) -> Result<Options, String> {
    let mut options = Options {
        peers: true,
        build_times: true,
        ..Options::default()
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match *arg {
            "--quick" => options.quick = true,
            "--no-peers" => options.peers = false,
            "--no-build-times" => options.build_times = false,
            "--consumer-only" => options.consumer_only = true,
            "--browser-only" => options.browser_only = true,
            "--fanout-concurrency" => {
                let value = args
                    .next()
                    .filter(|v| v.parse::<usize>().is_ok_and(|n| n > 0))
                    .ok_or_else(|| {
                        format!("--fanout-concurrency needs a positive number\n\n{USAGE}")
                    })?;
                options.fanout_concurrency = Some((*value).to_string());
            }
            "--help" | "-h" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument {other:?}\n\n{USAGE}")),
        }
    }
    if options.quick {
        options.build_times = false;
    }
    if options.consumer_only && (options.quick || !options.build_times) {
        return Err(format!(
            "--consumer-only measures build times: it goes with neither --quick nor --no-build-times\n\n{USAGE}"
        ));
    }
    if options.browser_only && options.consumer_only {
        return Err(format!(
            "--browser-only and --consumer-only are two different runs\n\n{USAGE}"
        ));
    }
    Ok(options)
}

/// `cargo xtask bench [options]`.
pub(crate) fn bench(root: &Path, args: &[&str]) -> Result<(), String> {
    let options = parse(args)?;
    if options.consumer_only {
        let rows = consumer_rows(root)?;
        print!("{}{}", machine(), markdown_table(&rows));
        return Ok(());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));

    println!("building apitokens-bench, apitokens-sandbox and apitokens (release)");
    run(
        Command::new(cargo()).current_dir(root).args([
            "build",
            "--release",
            "-p",
            "apitokens-bench",
            "-p",
            "apitokens-sandbox",
            "-p",
            "apitokens-cli",
        ]),
        "cargo build --release",
    )?;
    let release = target.join("release");
    let exe = |name: &str| release.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let browser_args = browser_args();
    if options.browser_only {
        print!("{}", machine());
        let mut command = Command::new(exe("apitokens-bench"));
        command
            .current_dir(root)
            .arg("browser")
            .arg("--sandbox")
            .arg(exe("apitokens-sandbox"))
            .arg("--cli")
            .arg(exe("apitokens"))
            .args(&browser_args);
        if options.quick {
            command.arg("--quick");
        }
        return run(&mut command, "apitokens-bench browser");
    }

    let peers = if options.peers {
        peers_venv(root)
    } else {
        Err("--no-peers".to_string())
    };

    let rows_path = target.join("bench-build-rows.tsv");
    let rows = if options.build_times {
        build_times(root)? + &consumer_rows(root)?
    } else {
        let why = if options.quick {
            "--quick"
        } else {
            "--no-build-times"
        };
        format!("5\tbuild times\tskipped ({why})\t\t\n6\ta consumer's build\tskipped ({why})\t\t\n")
    };
    std::fs::write(&rows_path, rows)
        .map_err(|e| format!("cannot write {}: {e}", rows_path.display()))?;

    print!("{}", machine());
    let mut command = Command::new(exe("apitokens-bench"));
    command
        .current_dir(root)
        .arg("run")
        .arg("--sandbox")
        .arg(exe("apitokens-sandbox"))
        .arg("--cli")
        .arg(exe("apitokens"))
        .arg("--peers")
        .arg(root.join("bench"))
        .arg("--extra-rows")
        .arg(&rows_path)
        .args(&browser_args);
    match &peers {
        Ok(python) => command.arg("--python").arg(python),
        Err(reason) => command.arg("--skip-peers").arg(reason),
    };
    if options.quick {
        command.arg("--quick");
    }
    if let Some(n) = &options.fanout_concurrency {
        command.args(["--fanout-concurrency", n]);
    }
    run(&mut command, "apitokens-bench run")
}

/// Section 8's argument of `apitokens-bench`: Chromium (`$CHROMIUM`, else
/// Debian's `/usr/bin/chromium`), or why the section is skipped.
fn browser_args() -> Vec<std::ffi::OsString> {
    let chromium = std::env::var_os("CHROMIUM")
        .filter(|path| !path.is_empty())
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if chromium.is_file() {
        vec!["--chromium".into(), chromium.into()]
    } else {
        let reason = format!(
            "Chromium not found at {} (install Debian's chromium package, or set CHROMIUM)",
            chromium.display()
        );
        println!("section 8 (the HTML report in headless Chromium) skipped: {reason}");
        vec!["--skip-browser".into(), reason.into()]
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string())
}

/// Runs a command with inherited output; fails on a non-zero exit.
fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// Runs a command and returns its wall time in seconds, with its output shown.
fn timed(command: &mut Command, what: &str) -> Result<f64, String> {
    println!("timing: {what}");
    let started = Instant::now();
    run(command, what)?;
    Ok(started.elapsed().as_secs_f64())
}

/// The machine facts the table belongs to.
fn machine() -> String {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or("unknown CPU".to_string(), |(_, model)| {
            model.trim().to_string()
        });
    let meminfo = read("/proc/meminfo");
    let memory = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.split_whitespace().next()?.parse::<f64>().ok())
        .map_or("unknown".to_string(), |kib| {
            format!("{:.1} GiB", kib / 1024.0 / 1024.0)
        });
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let output = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .stderr(Stdio::null())
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|| "unknown".to_string())
    };
    let mut out = String::new();
    let _ = writeln!(out, "\nmachine: {cores} cores, {model}, {memory} RAM");
    let _ = writeln!(out, "kernel:  {}", output("uname", &["-sr"]));
    let _ = writeln!(out, "rustc:   {}", output("rustc", &["--version"]));
    let _ = writeln!(
        out,
        "date:    {}\n",
        output("date", &["-u", "+%Y-%m-%d %H:%M UTC"])
    );
    out
}

// ---------------------------------------------------------------------------
// The Python peers

/// The venv's Python, created from `bench/requirements.txt` unless its stamp
/// shows it was made from the same file; or why the peers cannot run.
fn peers_venv(root: &Path) -> Result<PathBuf, String> {
    let requirements = root.join(REQUIREMENTS);
    let wanted = std::fs::read_to_string(&requirements)
        .map_err(|e| format!("cannot read {}: {e}", requirements.display()))?;
    let dir = root.join(VENV);
    let python = dir.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    let stamp = dir.join(STAMP);
    if python.is_file() && std::fs::read_to_string(&stamp).is_ok_and(|found| found == wanted) {
        return Ok(python);
    }
    let system = ["python3", "python"]
        .into_iter()
        .find(|candidate| {
            Command::new(candidate)
                .args([
                    "-c",
                    "import sys, venv; sys.exit(0 if sys.version_info >= (3, 9) else 1)",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .ok_or("no Python 3.9+ with its venv module on PATH (python3 or python)")?;
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    println!("creating {VENV} with the peers of {REQUIREMENTS}");
    run(
        Command::new(system).args(["-m", "venv"]).arg(&dir),
        "python -m venv",
    )?;
    let installed = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--requirement",
        ])
        .arg(&requirements)
        .status();
    match installed {
        Ok(status) if status.success() => {
            std::fs::write(&stamp, &wanted)
                .map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
            Ok(python)
        }
        _ => {
            let reason = "pip could not install the peers (is the package registry reachable?)";
            eprintln!("skipping the Python peers: {reason}");
            Err(reason.to_string())
        }
    }
}

// ---------------------------------------------------------------------------
// Build times

/// Times a clean build, `cargo xtask generate` and an incremental rebuild
/// after a one-field spec change, in a copy of the working tree; returns the
/// table rows (tab-separated).
fn build_times(root: &Path) -> Result<String, String> {
    let copy = std::env::temp_dir().join(format!("apitokens-bench-build-{}", std::process::id()));
    copy_working_tree(root, &copy)?;
    let result = build_times_in(&copy);
    let _ = std::fs::remove_dir_all(&copy);
    result
}

fn build_times_in(copy: &Path) -> Result<String, String> {
    let target = copy.join("target");
    let cargo_in = |args: &[&str]| {
        let mut command = Command::new(cargo());
        command
            .current_dir(copy)
            .env("CARGO_TARGET_DIR", &target)
            .args(args);
        command
    };
    let clean = timed(
        &mut cargo_in(&["build", "--workspace"]),
        "clean cargo build --workspace",
    )?;
    // The first `cargo xtask generate` after a workspace build compiles
    // xtask's dependencies again: `cargo run -p xtask` resolves their features
    // for xtask alone, unlike the workspace-wide build. Timed apart from the
    // generation itself.
    let first_generate = timed(
        &mut cargo_in(&["xtask", "generate"]),
        "cargo xtask generate (every spec, first run after the build)",
    )?;
    let generate = timed(
        &mut cargo_in(&["xtask", "generate"]),
        "cargo xtask generate (every spec, xtask built)",
    )?;

    let spec_path = copy.join(EDITED_SPEC);
    let spec = std::fs::read_to_string(&spec_path)
        .map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let edited = add_field(&spec)?;
    std::fs::write(&spec_path, edited)
        .map_err(|e| format!("cannot write {}: {e}", spec_path.display()))?;
    let regenerate = timed(
        &mut cargo_in(&["xtask", "generate"]),
        "cargo xtask generate after a one-field change",
    )?;
    let rebuild = timed(
        &mut cargo_in(&["build", "--workspace"]),
        "incremental cargo build --workspace after the change",
    )?;

    let secs = |s: f64| format!("{s:.1} s");
    let mut rows = String::new();
    for (measurement, result) in [
        (
            "clean `cargo build --workspace` (dev profile, empty target dir)",
            secs(clean),
        ),
        (
            "`cargo xtask generate`, every spec, first run after that build (builds xtask itself; its dependencies are shared with the workspace's)",
            secs(first_generate),
        ),
        (
            "`cargo xtask generate`, every spec, again (generation alone)",
            secs(generate),
        ),
        (
            "one new optional field in `ApiToken` (specs/dynatrace.yaml): `cargo xtask generate`",
            secs(regenerate),
        ),
        (
            "… then the incremental `cargo build --workspace`",
            secs(rebuild),
        ),
    ] {
        let _ = writeln!(rows, "5\t{measurement}\t{result}\t\t");
    }
    Ok(rows)
}

/// `specs/dynatrace.yaml` with one more optional property in `ApiToken`.
fn add_field(spec: &str) -> Result<String, String> {
    let schema = spec
        .find(EDITED_SCHEMA)
        .ok_or_else(|| format!("{EDITED_SPEC} has no ApiToken schema"))?;
    let properties = "      properties:\n";
    let at = spec[schema..]
        .find(properties)
        .map(|offset| schema + offset + properties.len())
        .ok_or_else(|| format!("the ApiToken schema of {EDITED_SPEC} has no properties"))?;
    let field = "        benchmarkNote:\n          type: string\n          description: Added by `cargo xtask bench` to time an incremental rebuild.\n          example: note\n";
    Ok(format!("{}{field}{}", &spec[..at], &spec[at..]))
}

// ---------------------------------------------------------------------------
// What a consumer pays

/// One consumer of section 6.
struct Consumer {
    measurement: &'static str,
    /// The crate depended on by path (its directory under the root); `None`:
    /// the CLI, built as `cargo install --path` builds it.
    dependency: Option<(&'static str, &'static str)>,
    /// The most seconds the build may take on the 2-core reference machine.
    target_secs: Option<f64>,
}

const CONSUMERS: [Consumer; 3] = [
    Consumer {
        measurement: "a new crate depending on `apitokens` (default features: every vendor, rustls with ring)",
        dependency: Some(("apitokens", "crates/apitokens")),
        target_secs: Some(70.0),
    },
    Consumer {
        measurement: "a new crate depending on one vendor crate, `apitokens-emr-serverless-spark` (the largest; default features: rustls with ring)",
        dependency: Some((
            "apitokens-emr-serverless-spark",
            "crates/emr-serverless-spark",
        )),
        target_secs: Some(50.0),
    },
    Consumer {
        measurement: "the CLI, `cargo build -p apitokens-cli` (default features: `demo`, with the sandbox and axum)",
        dependency: None,
        target_secs: None,
    },
];

/// Clean dev-profile builds of [`CONSUMERS`], each in its own empty target
/// directory (downloads fetched beforehand, untimed: the registry cache is
/// shared); returns the table rows (tab-separated).
fn consumer_rows(root: &Path) -> Result<String, String> {
    let base =
        std::env::temp_dir().join(format!("apitokens-bench-consumer-{}", std::process::id()));
    let result = consumer_rows_in(root, &base);
    let _ = std::fs::remove_dir_all(&base);
    result
}

fn consumer_rows_in(root: &Path, base: &Path) -> Result<String, String> {
    let mut rows = String::new();
    for (index, consumer) in CONSUMERS.iter().enumerate() {
        let target = base.join(format!("target-{index}"));
        let (mut command, manifest) = match consumer.dependency {
            Some((package, dir)) => {
                let crate_dir = base.join(format!("consumer-{index}"));
                write_consumer(root, &crate_dir, package, dir)?;
                run(
                    Command::new(cargo())
                        .current_dir(&crate_dir)
                        .env("CARGO_TARGET_DIR", &target)
                        .arg("fetch"),
                    "cargo fetch",
                )?;
                let mut command = Command::new(cargo());
                command
                    .current_dir(&crate_dir)
                    .args(["build", "--locked", "--offline"]);
                (command, crate_dir.join("Cargo.toml"))
            }
            None => {
                let mut command = Command::new(cargo());
                command
                    .current_dir(root)
                    .args(["build", "--locked", "-p", "apitokens-cli"]);
                (command, root.join("crates/apitokens-cli/Cargo.toml"))
            }
        };
        command
            .env("CARGO_TARGET_DIR", &target)
            .args(["--message-format", "json-render-diagnostics"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        println!("timing: a clean build of {}", consumer.measurement);
        let load = load_average();
        let cpu_before = children_cpu_secs();
        let started = Instant::now();
        let output = command
            .output()
            .map_err(|e| format!("cannot run cargo build: {e}"))?;
        let secs = started.elapsed().as_secs_f64();
        let cpu = children_cpu_secs().zip(cpu_before).map(|(a, b)| a - b);
        if !output.status.success() {
            return Err(format!(
                "the consumer's cargo build failed ({})",
                output.status
            ));
        }
        let crates = crates_built(&output.stdout, &manifest);
        let mut result = format!("{secs:.1} s, {crates} crates");
        if let Some(cpu) = cpu {
            let _ = write!(result, "; CPU (user + sys) {cpu:.1} s");
        }
        if let Some(load) = load {
            let _ = write!(result, "; load average before: {load}");
        }
        let (target, verdict) = match consumer.target_secs {
            Some(limit) => (
                format!("≤ {limit:.0} s"),
                if secs <= limit { "met" } else { "MISSED" },
            ),
            None => (String::new(), ""),
        };
        let _ = writeln!(
            rows,
            "6\tclean `cargo build` (dev profile, empty target dir) of {}\t{result}\t{target}\t{verdict}",
            consumer.measurement
        );
    }
    Ok(rows)
}

/// A binary crate at `dir` depending on `package` (at `root/path`) with its
/// default features, and the workspace's `Cargo.lock` so that it builds the
/// versions the workspace tests.
fn write_consumer(root: &Path, dir: &Path, package: &str, path: &str) -> Result<(), String> {
    let src = dir.join("src");
    std::fs::create_dir_all(&src).map_err(|e| format!("cannot create {}: {e}", src.display()))?;
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{package} = {{ path = {:?} }}\n\n\
         # Not part of any workspace around the temporary directory.\n[workspace]\n",
        root.join(path).display().to_string()
    );
    let library = package.replace('-', "_");
    for (file, text) in [
        (dir.join("Cargo.toml"), manifest),
        (
            src.join("main.rs"),
            format!("use {library} as _;\n\nfn main() {{}}\n"),
        ),
    ] {
        std::fs::write(&file, text).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    }
    let lock = dir.join("Cargo.lock");
    std::fs::copy(root.join("Cargo.lock"), &lock)
        .map_err(|e| format!("cannot copy Cargo.lock to {}: {e}", lock.display()))?;
    Ok(())
}

/// How many packages a `cargo build --message-format json` output compiled,
/// the one at `manifest` (the consumer) not counted; a package built both for
/// the host and the target, or with a build script, counts once.
fn crates_built(json_lines: &[u8], manifest: &Path) -> usize {
    let manifest = manifest.to_string_lossy();
    String::from_utf8_lossy(json_lines)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact")
        .filter(|message| message["manifest_path"].as_str() != Some(manifest.as_ref()))
        .filter_map(|message| message["package_id"].as_str().map(str::to_string))
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// The 1-minute load average (Linux), to show whether the machine was shared.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    text.split_whitespace().next().map(str::to_string)
}

/// User + system seconds of this process's waited-for children and their
/// descendants (Linux `/proc/self/stat`, in the kernel's 100 Hz ticks).
fn children_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // cutime and cstime are fields 16 and 17 of stat(5); `fields[0]` is field 3.
    let ticks = |n: usize| fields.get(n - 3)?.parse::<f64>().ok();
    Some((ticks(16)? + ticks(17)?) / 100.0)
}

/// Tab-separated rows (section, measurement, result, target, verdict) as the
/// Markdown table `apitokens-bench run` prints.
fn markdown_table(rows: &str) -> String {
    let mut out =
        String::from("| # | measurement | result | target | verdict |\n|---|---|---|---|---|\n");
    for line in rows.lines().filter(|line| !line.trim().is_empty()) {
        let cells: Vec<String> = line.split('\t').map(|c| c.replace('|', "\\|")).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

/// Copies the files git knows or would add (tracked and untracked, not
/// ignored) from `root` to `to`: the working tree as a new clone would build it,
/// with uncommitted changes, without `target/` or `.tools/`.
fn copy_working_tree(root: &Path, to: &Path) -> Result<(), String> {
    let output = Command::new("git")
        .current_dir(root)
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .output()
        .map_err(|e| format!("cannot run git ls-files: {e}"))?;
    if !output.status.success() {
        return Err("git ls-files failed".into());
    }
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("cannot remove {}: {e}", to.display()))?;
    }
    for name in output.stdout.split(|b| *b == 0).filter(|n| !n.is_empty()) {
        let name = String::from_utf8_lossy(name);
        let from = root.join(name.as_ref());
        // Deleted in the working tree but still in the index: not part of it.
        if !from.is_file() {
            continue;
        }
        let dest = to.join(name.as_ref());
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::copy(&from, &dest).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_spec_change_adds_one_property_to_api_token() {
        let spec = "components:\n  schemas:\n    Other:\n      properties:\n        a: {}\n    ApiToken:\n      type: object\n      properties:\n        id:\n          type: string\n";
        let edited = add_field(spec).unwrap_or_default();
        assert!(
            edited.contains("      properties:\n        benchmarkNote:\n          type: string\n")
        );
        assert!(edited.contains("    Other:\n      properties:\n        a: {}\n"));
        assert_eq!(edited.matches("benchmarkNote").count(), 1);
        assert!(add_field("no schema").is_err());
    }

    #[test]
    fn options() {
        assert!(parse(&["--quick"]).is_ok_and(|o| o.quick && !o.build_times && o.peers));
        assert!(parse(&["--fanout-concurrency", "0"]).is_err());
        assert!(
            parse(&["--fanout-concurrency", "8"])
                .is_ok_and(|o| o.fanout_concurrency.as_deref() == Some("8"))
        );
        assert!(parse(&["--bogus"]).is_err());
        assert!(parse(&["--consumer-only"]).is_ok_and(|o| o.consumer_only && o.build_times));
        assert!(parse(&["--consumer-only", "--quick"]).is_err());
        assert!(parse(&["--consumer-only", "--no-build-times"]).is_err());
        assert!(parse(&["--browser-only", "--quick"]).is_ok_and(|o| o.browser_only && o.quick));
        assert!(parse(&["--browser-only", "--consumer-only"]).is_err());
    }

    #[test]
    fn a_consumer_counts_each_package_built_once_but_not_itself() {
        let manifest = Path::new("/tmp/c/Cargo.toml");
        let output = br#"{"reason":"compiler-artifact","package_id":"registry+x#ring@0.17.14","manifest_path":"/r/ring/Cargo.toml","target":{"kind":["custom-build"]}}
{"reason":"build-script-executed","package_id":"registry+x#ring@0.17.14"}
{"reason":"compiler-artifact","package_id":"registry+x#ring@0.17.14","manifest_path":"/r/ring/Cargo.toml","target":{"kind":["lib"]}}
{"reason":"compiler-artifact","package_id":"registry+x#serde@1.0.0","manifest_path":"/r/serde/Cargo.toml","target":{"kind":["lib"]}}
{"reason":"compiler-artifact","package_id":"path+file:///tmp/c#consumer@0.0.0","manifest_path":"/tmp/c/Cargo.toml","target":{"kind":["bin"]}}
not json
{"reason":"build-finished","success":true}
"#;
        assert_eq!(crates_built(output, manifest), 2);
    }

    #[test]
    fn the_consumer_table_is_markdown() {
        assert_eq!(
            markdown_table("6\ta | b\t1.0 s\t≤ 2 s\tmet\n\n"),
            "| # | measurement | result | target | verdict |\n|---|---|---|---|---|\n| 6 | a \\| b | 1.0 s | ≤ 2 s | met |\n"
        );
    }
}
