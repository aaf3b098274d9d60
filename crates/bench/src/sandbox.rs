//! The sandbox binary, run as a separate process: started with
//! `--port 0 --dynatrace-tokens N [--latency-ms N]`, its URL and demo
//! credentials read from what it prints, killed when dropped.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use secrecy::{ExposeSecret, SecretString};

/// A running sandbox process and what it accepts.
#[derive(Debug)]
pub(crate) struct Sandbox {
    child: Child,
    /// `http://127.0.0.1:<port>`: the Dynatrace environment URL, the EMR endpoint.
    pub(crate) url: String,
    /// The Dynatrace API token (apiTokens.read and apiTokens.write).
    pub(crate) dt_token: SecretString,
    pub(crate) region: String,
    pub(crate) workspace_id: String,
    pub(crate) livy_compute_id: String,
    pub(crate) access_key_id: String,
    pub(crate) access_key_secret: SecretString,
}

/// A sandbox process that has been started but not yet read.
#[derive(Debug)]
pub(crate) struct Starting {
    child: Option<Child>,
}

impl Sandbox {
    /// Starts the sandbox and waits until it serves.
    pub(crate) fn start(
        binary: &Path,
        dynatrace_tokens: usize,
        latency_ms: u64,
    ) -> Result<Self, String> {
        Self::spawn(binary, dynatrace_tokens, latency_ms)?.ready()
    }

    /// Starts the sandbox process without waiting for it (to start many at once).
    pub(crate) fn spawn(
        binary: &Path,
        dynatrace_tokens: usize,
        latency_ms: u64,
    ) -> Result<Starting, String> {
        let child = Command::new(binary)
            .args(["--port", "0", "--dynatrace-tokens"])
            .arg(dynatrace_tokens.to_string())
            .arg("--latency-ms")
            .arg(latency_ms.to_string())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start the sandbox {}: {e}", binary.display()))?;
        Ok(Starting { child: Some(child) })
    }

    /// CPU seconds the sandbox process has used so far (user + system).
    pub(crate) fn cpu_seconds(&self) -> f64 {
        crate::cpu::process_seconds(&self.child.id().to_string()).unwrap_or(0.0)
    }

    /// The Dynatrace API base URL.
    pub(crate) fn dynatrace_api_url(&self) -> String {
        format!("{}/api/v2", self.url)
    }
}

impl Starting {
    /// Reads the sandbox's description up to "Press Ctrl-C to stop.".
    pub(crate) fn ready(mut self) -> Result<Sandbox, String> {
        let Some(stdout) = self.child.as_mut().and_then(|child| child.stdout.take()) else {
            return Err("the sandbox's output is not readable".into());
        };
        let mut found = Description::default();
        for line in BufReader::new(stdout).lines() {
            let line = line.map_err(|e| format!("cannot read the sandbox's output: {e}"))?;
            if line.contains("Press Ctrl-C to stop.") {
                break;
            }
            found.read(&line);
        }
        let missing = |what: &str| format!("the sandbox did not print its {what}");
        let sandbox = Sandbox {
            url: found.url.ok_or_else(|| missing("URL"))?,
            dt_token: SecretString::from(found.dt_token.ok_or_else(|| missing("API token"))?),
            region: found.region.ok_or_else(|| missing("region"))?,
            workspace_id: found.workspace_id.ok_or_else(|| missing("workspace ID"))?,
            livy_compute_id: found
                .livy_compute_id
                .ok_or_else(|| missing("Livy Gateway ID"))?,
            access_key_id: found.access_key_id.ok_or_else(|| missing("AccessKey ID"))?,
            access_key_secret: SecretString::from(
                found
                    .access_key_secret
                    .ok_or_else(|| missing("AccessKey secret"))?,
            ),
            child: self
                .child
                .take()
                .ok_or_else(|| "the sandbox process is gone".to_string())?,
        };
        Ok(sandbox)
    }
}

impl Drop for Starting {
    fn drop(&mut self) {
        // A sandbox that never became ready.
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the sandbox binary prints (`apitokens_sandbox::RunningSandbox::describe`).
#[derive(Debug, Default)]
struct Description {
    url: Option<String>,
    dt_token: Option<String>,
    region: Option<String>,
    workspace_id: Option<String>,
    livy_compute_id: Option<String>,
    access_key_id: Option<String>,
    access_key_secret: Option<String>,
}

impl Description {
    fn read(&mut self, line: &str) {
        let first_word = |rest: &str| rest.split_whitespace().next().map(str::to_string);
        let trimmed = line.trim_start();
        let fields: [(&str, &mut Option<String>); 7] = [
            ("apitokens sandbox listening on", &mut self.url),
            ("API token", &mut self.dt_token),
            ("region", &mut self.region),
            ("workspace ID", &mut self.workspace_id),
            ("Livy Gateway ID", &mut self.livy_compute_id),
            ("AccessKey ID", &mut self.access_key_id),
            ("AccessKey secret", &mut self.access_key_secret),
        ];
        for (label, slot) in fields {
            if slot.is_none()
                && let Some(rest) = trimmed.strip_prefix(label)
                && rest.starts_with(' ')
            {
                *slot = first_word(rest);
            }
        }
    }
}

/// The environment's `totalCount` of Dynatrace tokens.
pub(crate) async fn dynatrace_total(sandbox: &Sandbox) -> Result<usize, String> {
    let url = format!("{}/apiTokens?pageSize=100", sandbox.dynatrace_api_url());
    apitokens_core::http::install_default_crypto_provider();
    let page: serde_json::Value = reqwest::Client::new()
        .get(url)
        .header(
            "authorization",
            format!("Api-Token {}", sandbox.dt_token.expose_secret()),
        )
        .send()
        .await
        .and_then(reqwest::Response::error_for_status)
        .map_err(|e| format!("cannot count the sandbox's tokens: {e}"))?
        .json()
        .await
        .map_err(|e| format!("cannot count the sandbox's tokens: {e}"))?;
    page.get("totalCount")
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| "the sandbox's token page has no totalCount".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_description() {
        let mut found = Description::default();
        for line in [
            "apitokens sandbox listening on http://127.0.0.1:38485",
            "  environment URL  http://127.0.0.1:38485   (the API is http://127.0.0.1:38485/api/v2)",
            "  API token        dt0c01.ABC.DEF   (apiTokens.read, apiTokens.write)",
            "  region           cn-hangzhou",
            "  workspace ID     w-41ff34906d81e907",
            "  Livy Gateway ID  lc-sdhl54s0uderrfjw",
            "  AccessKey ID     LTAI3FZTI0CU05M3E66YZ0HF",
            "  AccessKey secret TEOp9g6dqsRucZHsiPJ1dZZ8RkL9NB",
        ] {
            found.read(line);
        }
        assert_eq!(found.url.as_deref(), Some("http://127.0.0.1:38485"));
        assert_eq!(found.dt_token.as_deref(), Some("dt0c01.ABC.DEF"));
        assert_eq!(found.region.as_deref(), Some("cn-hangzhou"));
        assert_eq!(found.workspace_id.as_deref(), Some("w-41ff34906d81e907"));
        assert_eq!(
            found.livy_compute_id.as_deref(),
            Some("lc-sdhl54s0uderrfjw")
        );
        assert_eq!(
            found.access_key_id.as_deref(),
            Some("LTAI3FZTI0CU05M3E66YZ0HF")
        );
        assert_eq!(
            found.access_key_secret.as_deref(),
            Some("TEOp9g6dqsRucZHsiPJ1dZZ8RkL9NB")
        );
    }
}
