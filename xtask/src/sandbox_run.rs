//! The sandbox for `cargo xtask interop`: built, started on loopback, its URL and demo
//! credentials read from what it prints, and killed when dropped (also on failure).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the sandbox may take to print its banner once started.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// The banner's last line.
const READY_LINE: &str = "Press Ctrl-C to stop.";

/// A running `apitokens-sandbox`, killed on drop.
#[derive(Debug)]
pub(crate) struct Sandbox {
    child: Child,
    /// `APITOKENS_SANDBOX_<NAME>` variables for the Python side. Holds demo credentials:
    /// never printed.
    vars: BTreeMap<String, String>,
}

impl Sandbox {
    /// Builds the sandbox binary with cargo and starts it on 127.0.0.1, a free port.
    pub(crate) fn start(root: &Path) -> Result<Self, String> {
        let binary = build(root)?;
        let mut child = Command::new(&binary)
            .current_dir(root)
            .args(["--host", "127.0.0.1", "--port", "0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let Some(stdout) = child.stdout.take() else {
            let _ = child.kill();
            let _ = child.wait();
            return Err("the sandbox's stdout was not captured".into());
        };
        // Lines arrive through a channel so that the wait for them is bounded.
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        // From here on, dropping `sandbox` kills the process.
        let mut sandbox = Sandbox {
            child,
            vars: BTreeMap::new(),
        };
        let mut banner = Vec::new();
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) if line.trim() == READY_LINE => break,
                Ok(line) => banner.push(line),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    return Err(format!(
                        "the sandbox printed no {READY_LINE:?} within {}s",
                        START_TIMEOUT.as_secs()
                    ));
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = sandbox.child.wait().map(|s| s.to_string());
                    return Err(format!(
                        "the sandbox exited before it was ready ({})",
                        status.unwrap_or_else(|e| e.to_string())
                    ));
                }
            }
        }
        sandbox.vars = parse_banner(&banner)?;
        Ok(sandbox)
    }

    /// Where it listens, e.g. `http://127.0.0.1:40207`.
    pub(crate) fn url(&self) -> &str {
        self.vars
            .get("APITOKENS_SANDBOX_URL")
            .map_or("", String::as_str)
    }

    /// Adds the `APITOKENS_SANDBOX_*` variables to `command`.
    pub(crate) fn pass_to(&self, command: &mut Command) {
        command.envs(&self.vars);
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        // An in-memory fake: killing it loses nothing.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `cargo build -p apitokens-sandbox` and the path of the binary cargo reports.
fn build(root: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--quiet", "-p", "apitokens-sandbox"])
        .args(["--bin", "apitokens-sandbox"])
        .args(["--message-format", "json-render-diagnostics"])
        .stdin(Stdio::null())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo build: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo build -p apitokens-sandbox failed ({})",
            output.status
        ));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "apitokens-sandbox")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo build reported no apitokens-sandbox executable".to_string())
}

/// The values the sandbox prints (see `crates/sandbox/src/server.rs`, `describe`), as
/// `APITOKENS_SANDBOX_*` variables.
fn parse_banner(lines: &[String]) -> Result<BTreeMap<String, String>, String> {
    let mut vars = BTreeMap::new();
    let mut section = "";
    for line in lines {
        if let Some(url) = line.strip_prefix("apitokens sandbox listening on ") {
            vars.insert("URL".to_string(), url.trim().to_string());
            continue;
        }
        if !line.starts_with(' ') {
            section = match line.split_whitespace().next() {
                Some("Dynatrace") => "DYNATRACE",
                Some("Astra") => "ASTRA",
                Some("EMR") => "EMR",
                Some("GitLab") => "GITLAB",
                _ => "",
            };
            continue;
        }
        let line = line.trim();
        let value = |label: &str| {
            line.strip_prefix(label)
                .and_then(|rest| rest.split_whitespace().next())
                .map(str::to_string)
        };
        let found: &[(&str, Option<String>)] = &match section {
            "DYNATRACE" => vec![("DYNATRACE_TOKEN", value("API token "))],
            "ASTRA" => vec![
                ("ASTRA_ACCOUNT_ID", value("account ID ")),
                ("ASTRA_USER_ID", value("user ID ")),
                ("ASTRA_TOKEN", value("bearer token ")),
            ],
            "EMR" => {
                // `STS AccessKey    <id> / <secret> / security token <token>`
                let sts = line
                    .strip_prefix("STS AccessKey ")
                    .map(|rest| rest.split(" / ").map(str::trim).collect::<Vec<_>>());
                let sts_part = |index: usize, prefix: &str| {
                    sts.as_ref()
                        .and_then(|parts| parts.get(index))
                        .and_then(|part| part.strip_prefix(prefix))
                        .map(|part| part.trim().to_string())
                };
                vec![
                    ("EMR_REGION", value("region ")),
                    ("EMR_WORKSPACE_ID", value("workspace ID ")),
                    ("EMR_LIVY_COMPUTE_ID", value("Livy Gateway ID ")),
                    ("EMR_ACCESS_KEY_ID", value("AccessKey ID ")),
                    ("EMR_ACCESS_KEY_SECRET", value("AccessKey secret ")),
                    ("EMR_STS_ACCESS_KEY_ID", sts_part(0, "")),
                    ("EMR_STS_ACCESS_KEY_SECRET", sts_part(1, "")),
                    ("EMR_STS_SECURITY_TOKEN", sts_part(2, "security token ")),
                ]
            }
            "GITLAB" => vec![
                ("GITLAB_URL", value("API URL ")),
                ("GITLAB_TOKEN", value("admin token ")),
            ],
            _ => Vec::new(),
        };
        for (name, value) in found {
            if let Some(value) = value.as_ref().filter(|v| !v.is_empty()) {
                vars.entry(name.to_string())
                    .or_insert_with(|| value.clone());
            }
        }
    }
    let wanted = [
        "URL",
        "DYNATRACE_TOKEN",
        "ASTRA_ACCOUNT_ID",
        "ASTRA_USER_ID",
        "ASTRA_TOKEN",
        "EMR_REGION",
        "EMR_WORKSPACE_ID",
        "EMR_LIVY_COMPUTE_ID",
        "EMR_ACCESS_KEY_ID",
        "EMR_ACCESS_KEY_SECRET",
        "EMR_STS_ACCESS_KEY_ID",
        "EMR_STS_ACCESS_KEY_SECRET",
        "EMR_STS_SECURITY_TOKEN",
        "GITLAB_URL",
        "GITLAB_TOKEN",
    ];
    let missing = wanted
        .iter()
        .filter(|name| !vars.contains_key(**name))
        .copied()
        .collect::<Vec<_>>();
    if !missing.is_empty() {
        // Names only: the banner holds credentials.
        return Err(format!(
            "the sandbox's banner lacks {} (has its format in crates/sandbox/src/server.rs changed?)",
            missing.join(", ")
        ));
    }
    Ok(vars
        .into_iter()
        .map(|(name, value)| (format!("APITOKENS_SANDBOX_{name}"), value))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_banner_yields_every_variable() {
        let banner = "\
apitokens sandbox listening on http://127.0.0.1:40207
A local, in-memory fake of three token APIs. The credentials below are this fake's own

Dynatrace (API v2 /apiTokens)
  environment URL  http://127.0.0.1:40207   (the API is http://127.0.0.1:40207/api/v2)
  API token        dt0c01.ABC.DEF   (apiTokens.read, apiTokens.write)

Astra Control (user API tokens)
  URL              http://127.0.0.1:40207
  account ID       acc-1
  user ID          user-1
  bearer token     bearer-1

EMR Serverless Spark (Livy Gateway tokens, ACS3-HMAC-SHA256 signed)
  endpoint         http://127.0.0.1:40207
  region           cn-hangzhou
  workspace ID     w-1
  Livy Gateway ID  lc-1
  AccessKey ID     LTAI1
  AccessKey secret secret-1
  STS AccessKey    STS.1 / sts-secret / security token CAIS1

GitLab (REST API v4 personal access tokens)
  API URL          http://127.0.0.1:40207/api/v4
  admin token      glpat-admin   (user 1, administrator; api)
  user token       glpat-user   (user 2; api)

Point the clients at it:
  export DT_API_TOKEN='dt0c01.ABC.DEF'";
        let lines = banner.lines().map(String::from).collect::<Vec<_>>();
        let vars = parse_banner(&lines).unwrap_or_else(|e| panic!("{e}"));
        let get = |name: &str| vars[&format!("APITOKENS_SANDBOX_{name}")].as_str();
        assert_eq!(get("URL"), "http://127.0.0.1:40207");
        assert_eq!(get("DYNATRACE_TOKEN"), "dt0c01.ABC.DEF");
        assert_eq!(get("ASTRA_ACCOUNT_ID"), "acc-1");
        assert_eq!(get("ASTRA_USER_ID"), "user-1");
        assert_eq!(get("ASTRA_TOKEN"), "bearer-1");
        assert_eq!(get("EMR_REGION"), "cn-hangzhou");
        assert_eq!(get("EMR_WORKSPACE_ID"), "w-1");
        assert_eq!(get("EMR_LIVY_COMPUTE_ID"), "lc-1");
        assert_eq!(get("EMR_ACCESS_KEY_ID"), "LTAI1");
        assert_eq!(get("EMR_ACCESS_KEY_SECRET"), "secret-1");
        assert_eq!(get("EMR_STS_ACCESS_KEY_ID"), "STS.1");
        assert_eq!(get("EMR_STS_ACCESS_KEY_SECRET"), "sts-secret");
        assert_eq!(get("EMR_STS_SECURITY_TOKEN"), "CAIS1");
        assert_eq!(get("GITLAB_URL"), "http://127.0.0.1:40207/api/v4");
        assert_eq!(get("GITLAB_TOKEN"), "glpat-admin");
    }

    #[test]
    fn a_banner_missing_a_value_names_it_without_values() {
        let lines = vec![
            "apitokens sandbox listening on http://127.0.0.1:1".to_string(),
            "Astra Control (user API tokens)".to_string(),
            "  bearer token     very-secret-bearer".to_string(),
        ];
        let error = parse_banner(&lines).err().unwrap_or_default();
        assert!(error.contains("DYNATRACE_TOKEN"), "{error}");
        assert!(!error.contains("very-secret-bearer"), "{error}");
    }
}
