//! `cargo xtask bench`: the benchmark of docs/BENCHMARKS.md, in one command.
//!
//! 1. Builds `apitokens-bench` and `apitokens-sandbox` in release.
//! 2. Installs the Python peers (the vendors' official clients, pinned in
//!    `bench/requirements.txt`) into the ignored `.tools/bench-venv`; when pip
//!    cannot reach the package registry, the peers are skipped and the table says so.
//! 3. Times the build: a clean `cargo build --workspace`, `cargo xtask generate`
//!    after it, and the incremental rebuild after a one-field spec change, in a
//!    copy of the working tree with its own target directory (this checkout's
//!    `target/` is left alone).
//! 4. Runs `apitokens-bench run` (per-call overhead, inventory, fan-out, peers;
//!    see crates/bench), which starts the sandbox binary on loopback and prints
//!    one table, the build times appended.

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

  --quick                  fewer calls and repetitions, no build times: a smoke run
  --no-peers               skip the Python peers (dt, the Alibaba SDK)
  --no-build-times         skip the clean and incremental build timings
  --fanout-concurrency <n> sources listed at once in the fan-out (default 50)
";

#[derive(Debug, Default)]
struct Options {
    quick: bool,
    peers: bool,
    build_times: bool,
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
    Ok(options)
}

/// `cargo xtask bench [options]`.
pub(crate) fn bench(root: &Path, args: &[&str]) -> Result<(), String> {
    let options = parse(args)?;
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"));

    println!("building apitokens-bench and apitokens-sandbox (release)");
    run(
        Command::new(cargo()).current_dir(root).args([
            "build",
            "--release",
            "-p",
            "apitokens-bench",
            "-p",
            "apitokens-sandbox",
        ]),
        "cargo build --release",
    )?;
    let release = target.join("release");
    let exe = |name: &str| release.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));

    let peers = if options.peers {
        peers_venv(root)
    } else {
        Err("--no-peers".to_string())
    };

    let rows_path = target.join("bench-build-rows.tsv");
    let rows = if options.build_times {
        build_times(root)?
    } else {
        let why = if options.quick {
            "--quick"
        } else {
            "--no-build-times"
        };
        format!("5\tbuild times\tskipped ({why})\t\t\n")
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
        .arg("--peers")
        .arg(root.join("bench"))
        .arg("--extra-rows")
        .arg(&rows_path);
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
    }
}
