//! The sandbox, started in-process on its own runtime, and the built
//! `apitokens` binary pointed at it through a temporary config file and
//! environment variables.
#![allow(dead_code)]

use std::error::Error;
use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use apitokens::{EmrServerlessSparkSource, ExposeSecret, Source};
use apitokens_sandbox::{Credentials, RunningSandbox, Sandbox};
use serde_json::Value;

pub(crate) type TestResult = Result<(), Box<dyn Error>>;

/// The variables the test configs name.
pub(crate) const DT_ENV: &str = "TEST_DT_TOKEN";
pub(crate) const ASTRA_ENV: &str = "TEST_ASTRA_TOKEN";
pub(crate) const AK_ID_ENV: &str = "TEST_AK_ID";
pub(crate) const AK_SECRET_ENV: &str = "TEST_AK_SECRET";
pub(crate) const STS_TOKEN_ENV: &str = "TEST_STS_TOKEN";

/// A running sandbox with demo data, and a directory for config files.
pub(crate) struct Harness {
    // Dropped first: the sandbox stops while its runtime still runs.
    sandbox: RunningSandbox,
    runtime: tokio::runtime::Runtime,
    dir: tempfile::TempDir,
}

impl Harness {
    pub(crate) fn start() -> Result<Self, Box<dyn Error>> {
        Self::start_with_latency(Duration::ZERO)
    }

    pub(crate) fn start_with_latency(latency: Duration) -> Result<Self, Box<dyn Error>> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let sandbox = runtime.block_on(
            Sandbox::builder()
                .with_demo_data()
                .with_latency(latency)
                .start(),
        )?;
        Ok(Self {
            sandbox,
            runtime,
            dir: tempfile::tempdir()?,
        })
    }

    pub(crate) fn sandbox(&self) -> &RunningSandbox {
        &self.sandbox
    }

    pub(crate) fn url(&self) -> &str {
        self.sandbox.url()
    }

    pub(crate) fn credentials(&self) -> &Credentials {
        self.sandbox.credentials()
    }

    pub(crate) fn dir(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    /// One `[[source]]` of each vendor; the Spark source covers every Livy
    /// Gateway of the workspace.
    pub(crate) fn standard_config(&self) -> String {
        let c = self.credentials();
        format!(
            r#"[[source]]
name = "dt"
vendor = "dynatrace"
url = "{url}"
token_env = "{DT_ENV}"

[[source]]
name = "astra"
vendor = "astra"
url = "{url}"
account_id = "{account}"
user_id = "{user}"
token_env = "{ASTRA_ENV}"

[[source]]
name = "spark"
vendor = "emr-serverless-spark"
region = "{region}"
workspace_id = "{workspace}"
endpoint = "{url}"
access_key_id_env = "{AK_ID_ENV}"
access_key_secret_env = "{AK_SECRET_ENV}"
security_token_env = "{STS_TOKEN_ENV}"
"#,
            url = self.url(),
            account = c.astra_account_id(),
            user = c.astra_user_id(),
            region = c.region(),
            workspace = c.workspace_id(),
        )
    }

    /// A Spark source for one Livy Gateway.
    pub(crate) fn gateway_source(&self, name: &str, gateway: &str) -> String {
        let c = self.credentials();
        format!(
            r#"
[[source]]
name = "{name}"
vendor = "emr-serverless-spark"
region = "{region}"
workspace_id = "{workspace}"
livy_compute_id = "{gateway}"
endpoint = "{url}"
access_key_id_env = "{AK_ID_ENV}"
access_key_secret_env = "{AK_SECRET_ENV}"
security_token_env = "{STS_TOKEN_ENV}"
"#,
            url = self.url(),
            region = c.region(),
            workspace = c.workspace_id(),
        )
    }

    /// Writes `text` as `name` in the temporary directory.
    pub(crate) fn write(&self, name: &str, text: &str) -> Result<PathBuf, Box<dyn Error>> {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text)?;
        Ok(path)
    }

    /// The binary, in the temporary directory, with the sandbox's credentials
    /// in the test variables and nothing inherited that could change its
    /// behaviour.
    pub(crate) fn command(&self) -> assert_cmd::Command {
        let c = self.credentials();
        let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
        command
            .current_dir(self.dir.path())
            .env_remove("RUST_LOG")
            .env_remove("APITOKENS_CONFIG")
            .env_remove("COLUMNS")
            .env_remove(STS_TOKEN_ENV)
            .env(DT_ENV, c.dynatrace_token().expose_secret())
            .env(ASTRA_ENV, c.astra_token().expose_secret())
            .env(AK_ID_ENV, c.access_key_id())
            .env(AK_SECRET_ENV, c.access_key_secret().expose_secret());
        command
    }

    /// Like [`Harness::command`], as a plain process command with the
    /// standard config, for tests that choose stdout or send signals.
    pub(crate) fn process(&self, args: &[&str]) -> Result<std::process::Command, Box<dyn Error>> {
        let c = self.credentials();
        let config = self.write("apitokens.toml", &self.standard_config())?;
        let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin!("apitokens"));
        command
            .current_dir(self.dir.path())
            .env_remove("RUST_LOG")
            .env_remove("APITOKENS_CONFIG")
            .env_remove("COLUMNS")
            .env_remove(STS_TOKEN_ENV)
            .env(DT_ENV, c.dynatrace_token().expose_secret())
            .env(ASTRA_ENV, c.astra_token().expose_secret())
            .env(AK_ID_ENV, c.access_key_id())
            .env(AK_SECRET_ENV, c.access_key_secret().expose_secret())
            .args(with_config(args, &config));
        Ok(command)
    }

    /// Runs `args` with the standard config.
    pub(crate) fn run(&self, args: &[&str]) -> Result<Output, Box<dyn Error>> {
        let config = self.write("apitokens.toml", &self.standard_config())?;
        let mut command = self.command();
        command.args(with_config(args, &config));
        Ok(command.output()?)
    }

    /// The Livy Gateway IDs of the workspace, first the credentials' own.
    pub(crate) fn gateways(&self) -> Result<Vec<String>, Box<dyn Error>> {
        let workspace = self.emr_source(self.credentials().livy_compute_id())?;
        let gateways = self.runtime.block_on(workspace.gateways())?;
        let mut ids: Vec<String> = gateways
            .iter()
            .filter_map(|gateway| match Source::from(gateway.clone()).location() {
                apitokens::Location::EmrServerlessSpark {
                    livy_compute_id, ..
                } => Some(livy_compute_id),
                _ => None,
            })
            .collect();
        ids.sort_by_key(|id| id != self.credentials().livy_compute_id());
        Ok(ids)
    }

    fn emr_source(&self, gateway: &str) -> Result<EmrServerlessSparkSource, Box<dyn Error>> {
        let c = self.credentials();
        Ok(EmrServerlessSparkSource::with_endpoint(
            self.url(),
            c.region(),
            c.workspace_id(),
            gateway,
            c.access_key(),
        )?)
    }

    /// The STS AccessKey ID, secret and security token, which the sandbox
    /// exposes only in its description.
    pub(crate) fn sts(&self) -> Result<(String, String, String), Box<dyn Error>> {
        let description = self.sandbox.describe();
        let line = description
            .lines()
            .find(|line| line.trim_start().starts_with("STS AccessKey"))
            .ok_or("no STS line in the sandbox description")?;
        let rest = line.trim_start().trim_start_matches("STS AccessKey").trim();
        let parts: Vec<&str> = rest.split(" / ").collect();
        match parts.as_slice() {
            [id, secret, token] => Ok((
                id.to_string(),
                secret.to_string(),
                token.trim_start_matches("security token ").to_string(),
            )),
            _ => Err(format!("unexpected STS line {line:?}").into()),
        }
    }

    /// Every secret the sandbox holds that a test can learn: the demo
    /// credentials and every Livy token's content.
    pub(crate) fn secrets(&self) -> Result<Vec<String>, Box<dyn Error>> {
        let c = self.credentials();
        let (_, sts_secret, sts_token) = self.sts()?;
        let mut secrets = vec![
            c.dynatrace_token().expose_secret().to_string(),
            c.astra_token().expose_secret().to_string(),
            c.access_key_secret().expose_secret().to_string(),
            sts_secret,
            sts_token,
        ];
        for gateway in self.gateways()? {
            let source = Source::from(self.emr_source(&gateway)?);
            for token in self.runtime.block_on(source.list_all())? {
                if let Some(secret) = token.secret() {
                    secrets.push(secret.expose_secret().to_string());
                }
            }
        }
        Ok(secrets)
    }
}

/// The commands that read no configuration, and refuse `--config`.
const WITHOUT_CONFIG: &[&str] = &[
    "schema",
    "demo",
    "completions",
    "man",
    "help",
    "--help",
    "--version",
];

/// `args` (a command and its arguments) with `--config path` after the
/// command's name, where the commands that read a configuration take it.
pub(crate) fn with_config(args: &[&str], path: &std::path::Path) -> Vec<std::ffi::OsString> {
    let mut all: Vec<std::ffi::OsString> = Vec::new();
    let mut rest = args.iter();
    if let Some(command) = rest.next() {
        all.push(command.into());
        if !WITHOUT_CONFIG.contains(command) {
            all.push("--config".into());
            all.push(path.into());
        }
    }
    all.extend(rest.map(Into::into));
    all
}

/// stdout as text.
pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// stderr as text.
pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// stdout as JSON.
pub(crate) fn json(output: &Output) -> Result<Value, Box<dyn Error>> {
    serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("stdout is not JSON ({e}): {}", stdout(output)).into())
}

/// The exit code.
pub(crate) fn code(output: &Output) -> i32 {
    output.status.code().unwrap_or(-1)
}
