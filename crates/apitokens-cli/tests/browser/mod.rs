//! Headless Chromium for the tests: found at `$CHROMIUM` or
//! `/usr/bin/chromium`, run with a fresh profile and always under a timeout
//! (its whole process group is killed when it overruns, so a hung browser
//! fails the test instead of hanging CI).
#![allow(dead_code)]

use std::error::Error;
use std::ffi::OsString;
use std::fs::File;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use wait_timeout::ChildExt as _;

/// Where Debian's `chromium` package puts the browser.
const DEBIAN_CHROMIUM: &str = "/usr/bin/chromium";

/// Generous for a page of a few dozen rows on a loaded 2-core CI machine
/// (it takes about a second on an idle one); a browser that takes longer is
/// hung, not slow.
pub(crate) const TIMEOUT: Duration = Duration::from_secs(120);

/// What this machine needs: no GPU, root without a sandbox, and nothing that
/// reaches the network on its own (component updates, sync, QUIC probes).
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

/// A Chromium binary.
#[derive(Debug)]
pub(crate) struct Chromium {
    program: PathBuf,
}

impl Chromium {
    /// The browser, or `None` after printing why the test is skipped. When
    /// `CI` is set (as in `.ci/run`) a missing browser is an error: CI must
    /// not pass by skipping.
    pub(crate) fn find_or_skip() -> Result<Option<Self>, Box<dyn Error>> {
        let program = match std::env::var_os("CHROMIUM") {
            Some(program) if !program.is_empty() => {
                let program = PathBuf::from(program);
                if !program.is_file() {
                    return Err(format!(
                        "CHROMIUM is set to {}, which is not a file",
                        program.display()
                    )
                    .into());
                }
                program
            }
            _ => PathBuf::from(DEBIAN_CHROMIUM),
        };
        if program.is_file() {
            return Ok(Some(Self { program }));
        }
        let why = "Chromium not found (install Debian's chromium package, or set CHROMIUM)";
        let on_ci = std::env::var("CI").is_ok_and(|ci| !["", "0", "false"].contains(&ci.as_str()));
        if on_ci {
            return Err(format!("{why}; CI is set, so this test may not skip").into());
        }
        eprintln!("skipped: {why}");
        Ok(None)
    }

    /// The DOM of `page` after it loaded, as Chromium serialises it.
    pub(crate) fn dump_dom(&self, page: &Path) -> Result<String, Box<dyn Error>> {
        let out = tempfile::NamedTempFile::new()?;
        self.run(
            &[OsString::from("--dump-dom"), file_url(page)?],
            out.path(),
            &format!("--dump-dom {}", page.display()),
        )?;
        let dom = std::fs::read_to_string(out.path())?;
        if dom.trim().is_empty() {
            return Err(format!("Chromium dumped an empty DOM for {}", page.display()).into());
        }
        Ok(dom)
    }

    /// Saves a 1280 px wide screenshot of `page` as the PNG `png`.
    pub(crate) fn screenshot(&self, page: &Path, png: &Path) -> Result<(), Box<dyn Error>> {
        let _ = std::fs::remove_file(png);
        let mut screenshot = OsString::from("--screenshot=");
        screenshot.push(png);
        let out = tempfile::NamedTempFile::new()?;
        self.run(
            &[
                screenshot,
                OsString::from("--window-size=1280,2000"),
                file_url(page)?,
            ],
            out.path(),
            &format!("--screenshot of {}", page.display()),
        )
    }

    /// Runs the browser with [`FLAGS`], a fresh profile and `args`, its
    /// stdout into `stdout` (a file: a pipe nobody reads while we wait would
    /// stall a large DOM), for at most [`TIMEOUT`].
    fn run(&self, args: &[OsString], stdout: &Path, what: &str) -> Result<(), Box<dyn Error>> {
        let profile = tempfile::tempdir()?;
        let stderr = tempfile::NamedTempFile::new()?;
        let mut user_data_dir = OsString::from("--user-data-dir=");
        user_data_dir.push(profile.path());
        let mut child = Command::new(&self.program)
            .args(FLAGS)
            .arg(user_data_dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(File::create(stdout)?)
            .stderr(stderr.reopen()?)
            // Its own process group: the renderer and helper processes are
            // killed with it.
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", self.program.display()))?;
        let started = Instant::now();
        let status = child.wait_timeout(TIMEOUT)?;
        // Whatever happened, nothing of this browser outlives the call.
        kill_group(child.id());
        let status = match status {
            Some(status) => status,
            None => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "Chromium ({what}) did not finish within {} s and was killed; its stderr ends:\n{}",
                    TIMEOUT.as_secs(),
                    tail(stderr.path())
                )
                .into());
            }
        };
        if !status.success() {
            return Err(format!(
                "Chromium ({what}) failed ({status}) after {:.1} s; its stderr ends:\n{}",
                started.elapsed().as_secs_f64(),
                tail(stderr.path())
            )
            .into());
        }
        Ok(())
    }
}

/// `file:///…` for a local file (percent-encoded).
fn file_url(path: &Path) -> Result<OsString, Box<dyn Error>> {
    let absolute = std::path::absolute(path)?;
    let url = url::Url::from_file_path(&absolute)
        .map_err(|()| format!("{} has no file: URL", absolute.display()))?;
    Ok(OsString::from(url.as_str()))
}

/// SIGKILL to the process group `id` leads (std has no call for a group).
fn kill_group(id: u32) {
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{id}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// The last lines of a log, for an error message.
fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}

/// Where the tests keep what a person may want to look at after a run (the
/// screenshots): `$APITOKENS_ARTEFACTS_DIR`, else `target/report-artefacts/`.
pub(crate) fn artefacts_dir() -> Result<PathBuf, Box<dyn Error>> {
    let dir = match std::env::var_os("APITOKENS_ARTEFACTS_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        // The integration tests' scratch directory is `<target dir>/tmp`.
        _ => Path::new(env!("CARGO_TARGET_TMPDIR"))
            .parent()
            .ok_or("CARGO_TARGET_TMPDIR has no parent")?
            .join("report-artefacts"),
    };
    std::fs::create_dir_all(&dir).map_err(|e| {
        format!(
            "cannot create the artefacts directory {}: {e}",
            dir.display()
        )
    })?;
    Ok(dir)
}

/// Whether `png` is a non-empty PNG file (its signature and a header chunk).
pub(crate) fn is_png(png: &Path) -> Result<bool, Box<dyn Error>> {
    let bytes =
        std::fs::read(png).map_err(|e| format!("no screenshot at {}: {e}", png.display()))?;
    Ok(bytes.len() > 33 && bytes.starts_with(b"\x89PNG\r\n\x1a\n") && &bytes[12..16] == b"IHDR")
}
