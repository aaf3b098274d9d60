//! `cargo xtask lint | interop | docs`: the specs checked and used by other ecosystems' tools.
//!
//! - `lint` runs Redocly CLI with `redocly.yaml` on every spec and fails on any problem.
//! - `interop` generates TypeScript types (openapi-typescript) and Python clients
//!   (openapi-python-client) from every spec and checks that code in `interop/` uses them
//!   with the vendors' examples, checks a Python ACS3 signer against
//!   `specs/acs3-test-vectors.json`, and calls the sandbox with the Python clients.
//! - `docs` renders every spec to one standalone HTML page under `target/docs/`.
//!
//! The tools are installed by these commands, at pinned versions, into `.tools/` (git-ignored)
//! and reused while the pinned versions stay the same: a stamp file in each install directory
//! records what was installed, and a different pin replaces the install.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

/// Redocly CLI, pinned: later releases need Node.js 22.
const REDOCLY: &[&str] = &["@redocly/cli@2.77.0"];
/// openapi-typescript 7 requires TypeScript 5 as a peer.
const TYPESCRIPT: &[&str] = &["openapi-typescript@7.13.0", "typescript@5.9.3"];
/// The tools venv's packages, every one pinned.
const PY_REQUIREMENTS: &str = "interop/python/requirements.txt";
/// Records in an install directory what was installed there.
const STAMP: &str = ".xtask-installed";

const NODE_HELP: &str = "\
Install Node.js 20 (20.19 or newer; 22.12 or newer also works) with npm, then run this again:
  - https://nodejs.org/en/download (installers and binaries), or
  - nvm: `nvm install 20`, or
  - Debian/Ubuntu: `apt-get install nodejs npm` when the distribution's Node.js is 20.19+,
    otherwise NodeSource's `setup_20.x` repository.
The tools themselves (Redocly CLI, openapi-typescript) are installed by xtask into .tools/.";

/// `cargo xtask lint`: Redocly's `recommended-strict` rules plus this repository's (see
/// `redocly.yaml`) on every spec; any error or warning fails.
pub(crate) fn lint(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let specs = specs_listed_in_config(root)?;
    let (redocly, installed) = redocly(root)?;
    let mut failed = Vec::new();
    for spec in &specs {
        let output = capture(
            redocly_command(root, &redocly)
                .arg("lint")
                .arg(&spec.path)
                .args(["--config", "redocly.yaml", "--lint-config", "error"])
                .args(["--format", "json", "--max-problems", "1000"]),
        )?;
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).map_err(|e| {
            format!(
                "redocly lint {} printed no JSON report ({e}):\n{}",
                spec.path,
                String::from_utf8_lossy(&output.stderr)
            )
        })?;
        let count = |kind: &str| report["totals"][kind].as_u64().unwrap_or(0);
        let (errors, warnings) = (count("errors"), count("warnings"));
        if errors == 0 && warnings == 0 && output.status.success() {
            println!("lint {:<34} ok", spec.path);
            continue;
        }
        println!(
            "lint {:<34} {errors} error(s), {warnings} warning(s)",
            spec.path
        );
        for problem in report["problems"].as_array().into_iter().flatten() {
            print_problem(problem);
        }
        if errors == 0 && warnings == 0 {
            // Failed without reporting a problem: show what it said.
            eprint!("{}", String::from_utf8_lossy(&output.stderr));
        }
        failed.push(spec.path.clone());
    }
    println!(
        "lint: {} spec(s) in {:.1}s{}",
        specs.len(),
        started.elapsed().as_secs_f64(),
        if installed {
            " (Redocly CLI installed)"
        } else {
            ""
        }
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Redocly found problems in {}; for code frames run\n  {} lint --config redocly.yaml <spec>",
            failed.join(", "),
            relative(root, &redocly)
        ))
    }
}

/// `cargo xtask docs`: one standalone HTML page per spec (Redoc, scripts inlined) in
/// `target/docs/`; fails if a page would load a script or stylesheet from elsewhere.
pub(crate) fn docs(root: &Path) -> Result<(), String> {
    let specs = specs_listed_in_config(root)?;
    let (redocly, _) = redocly(root)?;
    let out_dir = root.join("target").join("docs");
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    for spec in &specs {
        let html = out_dir.join(format!("{}.html", spec.name));
        let output = capture(
            redocly_command(root, &redocly)
                .arg("build-docs")
                .arg(&spec.path)
                .args(["--config", "redocly.yaml", "--inlineBundle", "--output"])
                .arg(&html),
        )?;
        if !output.status.success() {
            return Err(format!(
                "redocly build-docs {} failed:\n{}{}",
                spec.path,
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let page = std::fs::read_to_string(&html)
            .map_err(|e| format!("cannot read {}: {e}", html.display()))?;
        let fetched = fetched_at_view_time(&page);
        if !fetched.is_empty() {
            return Err(format!(
                "{} is not self-contained: it loads {}",
                relative(root, &html),
                fetched.join(", ")
            ));
        }
        let size = page.len() as u64;
        println!(
            "docs {:<34} -> {} ({} KiB)",
            spec.path,
            relative(root, &html),
            size / 1024
        );
    }
    Ok(())
}

/// The code and styles an HTML page loads from elsewhere when opened: `<script src=…>`,
/// `<link rel="stylesheet|preload|modulepreload" href=…>` and ES module imports from an
/// absolute URL (`import … from "https://…"`, `import("https://…")`, which is how Redocly's
/// page loads Redoc from its CDN without `--inlineBundle`). A reference page must open
/// offline, so this list must stay empty. Plain scanning rather than an HTML parser: only
/// opening tags' attributes and import specifiers matter. Links to other pages do not count.
fn fetched_at_view_time(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let is_remote = |value: &str| {
        value.starts_with("http://") || value.starts_with("https://") || value.starts_with("//")
    };
    let attribute = |attributes: &str, name: &str| -> Option<String> {
        let at = attributes.find(&format!(" {name}="))?;
        let value = attributes[at + name.len() + 2..].trim_start_matches(['"', '\'']);
        Some(
            value
                .split(['"', '\'', ' '])
                .next()
                .unwrap_or_default()
                .to_string(),
        )
    };
    let mut found = Vec::new();
    for tag in ["<script", "<link"] {
        let mut rest = lower.as_str();
        while let Some(start) = rest.find(tag) {
            let after = &rest[start + tag.len()..];
            let end = after.find('>').unwrap_or(after.len());
            let attributes = after[..end].replace(['\n', '\t', '\r'], " ");
            let loaded = if tag == "<script" {
                attribute(&attributes, "src")
            } else {
                attribute(&attributes, "rel")
                    .filter(|rel| rel.contains("stylesheet") || rel.contains("preload"))
                    .and_then(|_| attribute(&attributes, "href"))
            };
            if let Some(url) = loaded.filter(|url| is_remote(url)) {
                found.push(format!("{tag} {url}>"));
            }
            rest = &after[end..];
        }
    }
    for scheme in ["\"http", "'http", "`http"] {
        for (at, _) in lower.match_indices(scheme) {
            let before = lower[..at].trim_end();
            let before = before.strip_suffix('(').unwrap_or(before).trim_end();
            if before.ends_with("from") || before.ends_with("import") {
                let url = lower[at + 1..]
                    .split(['"', '\'', '`'])
                    .next()
                    .unwrap_or_default();
                found.push(format!("import {url}"));
            }
        }
    }
    found
}

/// `cargo xtask interop`: TypeScript and Python code generated from every spec, used with the
/// vendors' examples.
pub(crate) fn interop(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let specs = specs_listed_in_config(root)?;

    let tools_started = Instant::now();
    let (ts_bin, ts_installed) = npm_tools(root, "ts", TYPESCRIPT)?;
    let (venv, py_installed) = python_venv(root)?;
    let tools_time = tools_started.elapsed().as_secs_f64();

    let ts_started = Instant::now();
    typescript(root, &ts_bin, &specs)?;
    let ts_time = ts_started.elapsed().as_secs_f64();

    let py_started = Instant::now();
    let py_result = python(root, &venv, &specs)?;
    let py_time = py_started.elapsed().as_secs_f64();

    let installed = match (ts_installed, py_installed) {
        (false, false) => "cached",
        (true, true) => "installed",
        (true, false) => "installed (TypeScript), cached (Python)",
        (false, true) => "cached (TypeScript), installed (Python)",
    };
    let names = specs.iter().map(|s| s.name.as_str()).collect::<Vec<_>>();
    println!("interop summary ({}):", names.join(", "));
    println!("  tools       {installed:<44} {tools_time:5.1}s");
    println!(
        "  typescript  {:<44} {ts_time:5.1}s",
        format!("{} specs -> types; usage.ts compiles", specs.len())
    );
    println!(
        "  python      {:<44} {py_time:5.1}s",
        format!("{} clients; {py_result}", specs.len())
    );
    println!(
        "  total                                                    {:5.1}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// openapi-typescript writes `interop/ts/generated/<spec>.ts` for every API in `redocly.yaml`
/// (its `x-openapi-ts.output`); `tsc --strict` then compiles `interop/ts/usage.ts` against them.
fn typescript(root: &Path, bin: &Path, specs: &[Spec]) -> Result<(), String> {
    let generated = root.join("interop/ts/generated");
    remove_dir(&generated)?;
    run(
        Command::new(bin.join(exe("openapi-typescript")))
            .current_dir(root)
            .args(["--redocly", "redocly.yaml"]),
        "openapi-typescript",
    )?;
    for spec in specs {
        let file = generated.join(format!("{}.ts", spec.name));
        if !file.is_file() {
            return Err(format!(
                "openapi-typescript wrote no {}: is its `x-openapi-ts.output` in redocly.yaml right?",
                relative(root, &file)
            ));
        }
    }
    run(
        Command::new(bin.join(exe("tsc"))).current_dir(root).args([
            "-p",
            "interop/ts",
            "--noEmit",
            "--strict",
        ]),
        "tsc (interop/ts/usage.ts against the generated types)",
    )?;
    println!("typescript: interop/ts/usage.ts compiles against the types of every spec");
    remove_dir(&generated)
}

/// openapi-python-client generates one package per spec into `.tools/py-clients/<spec>`, pip
/// installs them into the tools venv, `interop/python/test_examples.py` parses the examples
/// with them (and checks the ACS3 vectors), and `interop/python/test_sandbox.py` calls the
/// sandbox with them. Returns the test scripts' closing lines.
fn python(root: &Path, venv: &Venv, specs: &[Spec]) -> Result<String, String> {
    let clients = root.join(".tools/py-clients");
    remove_dir(&clients)?;
    let mut projects = Vec::new();
    for spec in specs {
        let config = root.join(format!("interop/python/config/{}.yaml", spec.name));
        if !config.is_file() {
            return Err(format!(
                "{} is missing: each spec needs an openapi-python-client config naming its package",
                relative(root, &config)
            ));
        }
        let out = clients.join(&spec.name);
        let output = capture(
            venv.command("openapi-python-client")
                .current_dir(root)
                .args(["generate", "--meta", "setup", "--fail-on-warning", "--path"])
                .arg(&spec.path)
                .arg("--config")
                .arg(&config)
                .arg("--output-path")
                .arg(&out),
        )?;
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        if !output.status.success() || !out.is_dir() {
            return Err(format!(
                "openapi-python-client cannot generate a client from {}:\n{said}",
                spec.path
            ));
        }
        println!("python: generated {}", relative(root, &out));
        projects.push(out);
    }
    run(
        venv.command("python")
            .current_dir(root)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args([
                "--no-index",
                "--no-deps",
                "--no-build-isolation",
                "--force-reinstall",
            ])
            .args(&projects),
        "pip install (the generated clients)",
    )?;
    let output = capture(
        venv.command("python")
            .current_dir(root)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .arg("interop/python/test_examples.py"),
    )?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    if !output.status.success() {
        return Err(format!(
            "interop/python/test_examples.py failed; the generated clients are kept in {}",
            relative(root, &clients)
        ));
    }
    let sandbox_result = python_against_sandbox(root, venv)?;
    // Leave the venv as cached: only the pinned tools stay installed.
    let names = specs
        .iter()
        .map(|s| format!("apitokens-{}", s.name))
        .collect::<Vec<_>>();
    run(
        venv.command("python")
            .current_dir(root)
            .args(["-m", "pip", "uninstall", "--quiet", "--yes"])
            .args(&names),
        "pip uninstall (the generated clients)",
    )?;
    remove_dir(&clients)?;
    let last_line = |text: &str| {
        text.lines()
            .last()
            .unwrap_or("no test output")
            .trim_start_matches("python: ")
            .to_string()
    };
    Ok(format!(
        "{}; {}",
        last_line(&stdout),
        last_line(&sandbox_result)
    ))
}

/// Starts the sandbox and runs `interop/python/test_sandbox.py`, which calls it with the
/// generated clients (one read per vendor; EMR signed by `interop/python/acs3.py`). The sandbox
/// is killed when this returns, whatever happened. Returns the script's output.
fn python_against_sandbox(root: &Path, venv: &Venv) -> Result<String, String> {
    let sandbox = crate::sandbox_run::Sandbox::start(root)?;
    println!("python: sandbox started at {}", sandbox.url());
    let mut command = venv.command("python");
    command
        .current_dir(root)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .arg("interop/python/test_sandbox.py");
    sandbox.pass_to(&mut command);
    let output = capture(&mut command)?;
    drop(sandbox);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    print!("{stdout}");
    eprint!("{}", String::from_utf8_lossy(&output.stderr));
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(
            "interop/python/test_sandbox.py failed (the generated clients against the sandbox)"
                .into(),
        )
    }
}

/// One document in `specs/`.
#[derive(Debug)]
struct Spec {
    /// The file stem: `dynatrace`, `astra`, `emr-serverless-spark`.
    name: String,
    /// Relative to the workspace root, with `/`: `specs/astra.yaml`.
    path: String,
}

/// Every `specs/*.yaml`, after checking that `redocly.yaml` lists each under `apis` (Redocly
/// and openapi-typescript work from that list).
fn specs_listed_in_config(root: &Path) -> Result<Vec<Spec>, String> {
    let dir = root.join("specs");
    let mut specs = Vec::new();
    let entries =
        std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let file = entry.file_name().to_string_lossy().into_owned();
        if let Some(name) = file.strip_suffix(".yaml") {
            specs.push(Spec {
                name: name.to_string(),
                path: format!("specs/{file}"),
            });
        }
    }
    specs.sort_by(|a, b| a.name.cmp(&b.name));
    if specs.is_empty() {
        return Err(format!("no *.yaml in {}", dir.display()));
    }

    let config_path = root.join("redocly.yaml");
    let text = std::fs::read_to_string(&config_path)
        .map_err(|e| format!("cannot read {}: {e}", config_path.display()))?;
    let config: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|e| format!("redocly.yaml: {e}"))?;
    let listed = config["apis"]
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(_, api)| api["root"].as_str())
        .map(|root| root.trim_start_matches("./").to_string())
        .collect::<BTreeSet<_>>();
    let missing = specs
        .iter()
        .filter(|spec| !listed.contains(&spec.path))
        .map(|spec| spec.path.as_str())
        .collect::<Vec<_>>();
    if missing.is_empty() {
        Ok(specs)
    } else {
        Err(format!(
            "redocly.yaml does not list {} under `apis` (add `root:` and `x-openapi-ts.output` like the others)",
            missing.join(", ")
        ))
    }
}

/// The Redocly CLI executable, and whether it was installed just now.
fn redocly(root: &Path) -> Result<(PathBuf, bool), String> {
    let (bin, installed) = npm_tools(root, "redocly", REDOCLY)?;
    Ok((bin.join(exe("redocly")), installed))
}

fn redocly_command(root: &Path, redocly: &Path) -> Command {
    let mut command = Command::new(redocly);
    command
        .current_dir(root)
        // No usage data sent, no "new version" notices.
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    command
}

/// Installs `packages` with npm into `.tools/<dir>` unless the stamp there says they already
/// are; returns the directory of their executables and whether it installed.
fn npm_tools(root: &Path, dir: &str, packages: &[&str]) -> Result<(PathBuf, bool), String> {
    let prefix = root.join(".tools").join(dir);
    let bin = prefix.join("node_modules").join(".bin");
    let wanted = packages.join("\n") + "\n";
    require_node()?;
    if stamp_matches(&prefix, &wanted) && bin.is_dir() {
        return Ok((bin, false));
    }
    remove_dir(&prefix)?;
    std::fs::create_dir_all(&prefix)
        .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    println!(
        "installing {} into {}",
        packages.join(" "),
        relative(root, &prefix)
    );
    let started = Instant::now();
    run(
        Command::new(exe("npm"))
            .arg("install")
            .arg("--prefix")
            .arg(&prefix)
            .args(["--no-save", "--no-package-lock", "--no-audit", "--no-fund"])
            .args(["--loglevel", "error"])
            .args(packages),
        "npm install",
    )?;
    write_stamp(&prefix, &wanted)?;
    println!("installed in {:.1}s", started.elapsed().as_secs_f64());
    Ok((bin, true))
}

/// Fails with installation help unless Node.js 20.19+ (or 22.12+) and npm are on PATH.
fn require_node() -> Result<(), String> {
    let version = tool_version("node")
        .map_err(|e| format!("Node.js is needed but `node --version` failed: {e}\n{NODE_HELP}"))?;
    tool_version(exe("npm"))
        .map_err(|e| format!("npm is needed but `npm --version` failed: {e}\n{NODE_HELP}"))?;
    let numbers = version
        .trim_start_matches('v')
        .split('.')
        .map(|part| part.parse::<u32>().unwrap_or(0))
        .collect::<Vec<_>>();
    let (major, minor) = (
        numbers.first().copied().unwrap_or(0),
        numbers.get(1).copied().unwrap_or(0),
    );
    let supported = (major == 20 && minor >= 19) || (major == 22 && minor >= 12) || major > 22;
    if supported {
        Ok(())
    } else {
        Err(format!(
            "Node.js {version} is too old (or an odd-numbered release) for Redocly CLI 2.77.0.\n{NODE_HELP}"
        ))
    }
}

/// The tools venv `.tools/py`, created from `interop/python/requirements.txt` unless its stamp
/// shows it was made from the same file by the same Python; and whether it was created now.
fn python_venv(root: &Path) -> Result<(Venv, bool), String> {
    let dir = root.join(".tools/py");
    let requirements_path = root.join(PY_REQUIREMENTS);
    let requirements = std::fs::read_to_string(&requirements_path)
        .map_err(|e| format!("cannot read {}: {e}", requirements_path.display()))?;
    let python = find_python()?;
    let python_version = tool_version(&python)?;
    let wanted = format!("{python_version}\n{requirements}");
    let venv = Venv::at(&dir);
    if stamp_matches(&dir, &wanted) && venv.python().is_file() {
        return Ok((venv, false));
    }
    remove_dir(&dir)?;
    println!(
        "creating the venv {} ({python_version})",
        relative(root, &dir)
    );
    let started = Instant::now();
    run(
        Command::new(&python).arg("-m").arg("venv").arg(&dir),
        "python -m venv",
    )?;
    run(
        venv.command("python")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .arg("--requirement")
            .arg(&requirements_path),
        "pip install (openapi-python-client)",
    )?;
    write_stamp(&dir, &wanted)?;
    println!("installed in {:.1}s", started.elapsed().as_secs_f64());
    Ok((venv, true))
}

/// `python3` (or `python`) on PATH, at least 3.11 (openapi-python-client 0.29 needs it).
fn find_python() -> Result<String, String> {
    let check = "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)";
    for candidate in ["python3", "python"] {
        let ok = Command::new(candidate)
            .args(["-c", check])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if ok {
            return Ok(candidate.to_string());
        }
    }
    Err("Python 3.11 or newer (with its venv module) is needed on PATH as python3 or python".into())
}

/// A Python virtual environment: its executables, run with it activated.
#[derive(Debug)]
struct Venv {
    dir: PathBuf,
}

impl Venv {
    fn at(dir: &Path) -> Self {
        Venv {
            dir: dir.to_path_buf(),
        }
    }

    fn bin(&self) -> PathBuf {
        self.dir.join(if cfg!(windows) { "Scripts" } else { "bin" })
    }

    fn python(&self) -> PathBuf {
        self.bin().join(if cfg!(windows) {
            "python.exe"
        } else {
            "python"
        })
    }

    /// A command for one of the venv's executables, with the venv first on PATH (the
    /// generator runs `ruff` from there).
    fn command(&self, program: &str) -> Command {
        let program = if program == "python" {
            self.python()
        } else {
            self.bin().join(program)
        };
        let mut command = Command::new(program);
        let mut path = vec![self.bin()];
        path.extend(
            std::env::var_os("PATH")
                .iter()
                .flat_map(std::env::split_paths),
        );
        if let Ok(joined) = std::env::join_paths(path) {
            command.env("PATH", joined);
        }
        command
            .env("VIRTUAL_ENV", &self.dir)
            .env_remove("PYTHONHOME");
        command
    }
}

fn stamp_matches(dir: &Path, wanted: &str) -> bool {
    std::fs::read_to_string(dir.join(STAMP)).is_ok_and(|found| found == wanted)
}

fn write_stamp(dir: &Path, content: &str) -> Result<(), String> {
    let path = dir.join(STAMP);
    std::fs::write(&path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// `<program> --version`, trimmed.
fn tool_version(program: impl AsRef<OsStr>) -> Result<String, String> {
    let program = program.as_ref();
    let output = Command::new(program)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", program.to_string_lossy()))?;
    if !output.status.success() {
        return Err(format!("{} --version failed", program.to_string_lossy()));
    }
    let text = String::from_utf8_lossy(&output.stdout).trim().to_string();
    // `python --version` printed to stderr before Python 3.4.
    Ok(if text.is_empty() {
        String::from_utf8_lossy(&output.stderr).trim().to_string()
    } else {
        text
    })
}

/// Runs a command with its output shown; fails unless it succeeds.
fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot run {what} ({:?}): {e}", command.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

/// Runs a command with its output captured; the caller judges the exit status.
fn capture(command: &mut Command) -> Result<Output, String> {
    command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {:?}: {e}", command.get_program()))
}

fn print_problem(problem: &serde_json::Value) {
    let location = &problem["location"][0];
    println!(
        "  {} {}: {}\n    at {}:{}:{} ({})",
        problem["severity"].as_str().unwrap_or("?"),
        problem["ruleId"].as_str().unwrap_or("?"),
        problem["message"].as_str().unwrap_or(""),
        location["source"]["ref"].as_str().unwrap_or("?"),
        location["start"]["line"].as_u64().unwrap_or(0),
        location["start"]["col"].as_u64().unwrap_or(0),
        location["pointer"].as_str().unwrap_or(""),
    );
}

fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot remove {}: {e}", dir.display())),
    }
}

/// An npm-installed executable's file name (`.cmd` shims on Windows).
fn exe(name: &str) -> String {
    if cfg!(windows) {
        format!("{name}.cmd")
    } else {
        name.to_string()
    }
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_that_loads_code_or_styles_is_not_self_contained() {
        let inlined = "<html><head><style>a{}</style><script>var x = '<b>';</script>\
            <link rel=\"icon\" href=\"https://example.test/i.png\"></head>\
            <body><a href=\"https://example.test/\">vendor</a>\
            <script type=\"module\">import('./chunk.js'); const from = 1;\
            const logo = \"https://example.test/logo.svg\";</script></body></html>";
        assert_eq!(fetched_at_view_time(inlined), Vec::<String>::new());
        // What `redocly build-docs` writes without --inlineBundle, and the classic forms.
        let cdn = "<link rel=\"modulepreload\" href=\"https://cdn.example.test/redoc.js\">\
            <script src=\"https://cdn.example.test/a.js\"></script>\
            <LINK rel='stylesheet' HREF='//cdn.example.test/r.css'>\
            <script src=\"data:text/javascript,1\"></script>\
            <script type=\"module\">import { hydrate } from \"https://cdn.example.test/redoc.js\";\
            import ( 'https://cdn.example.test/b.js');</script>";
        assert_eq!(
            fetched_at_view_time(cdn),
            vec![
                "<script https://cdn.example.test/a.js>",
                "<link https://cdn.example.test/redoc.js>",
                "<link //cdn.example.test/r.css>",
                "import https://cdn.example.test/redoc.js",
                "import https://cdn.example.test/b.js",
            ]
        );
    }

    #[test]
    fn every_spec_is_listed_in_the_redocly_config() {
        let root = crate::workspace_root();
        match specs_listed_in_config(&root) {
            Ok(specs) => assert!(specs.iter().any(|s| s.path == "specs/astra.yaml")),
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn every_spec_has_an_openapi_python_client_config() {
        let root = crate::workspace_root();
        let specs = specs_listed_in_config(&root).unwrap_or_default();
        for spec in specs {
            let config = root.join(format!("interop/python/config/{}.yaml", spec.name));
            assert!(config.is_file(), "{} is missing", config.display());
        }
    }
}
