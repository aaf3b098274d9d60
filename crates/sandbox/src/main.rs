//! `apitokens-sandbox`: the vendors' token APIs on loopback, with demo data,
//! until Ctrl-C.

use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use apitokens_sandbox::{RunningSandbox, Sandbox};
use clap::Parser;

/// A local, in-memory fake of the Dynatrace, Astra Control, EMR Serverless
/// Spark and GitLab token APIs, with demo data. Prints its URLs and demo credentials.
#[derive(Debug, Parser)]
#[command(name = "apitokens-sandbox", version)]
struct Args {
    /// The port to listen on (0: a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// The address to listen on: a loopback address (127.0.0.1, ::1) or `localhost`.
    #[arg(long, default_value = "127.0.0.1", value_parser = loopback)]
    host: IpAddr,
    /// Delay every answer by this many milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Add this many generated Dynatrace tokens to the demo data.
    #[arg(long, default_value_t = 0)]
    dynatrace_tokens: usize,
    /// The Alibaba Cloud region the EMR side pretends to be.
    #[arg(long, default_value = apitokens_sandbox::DEFAULT_REGION)]
    region: String,
    /// Write an apitokens.toml for this sandbox to FILE (it names variables, never
    /// their values; they are printed as `export` lines). An existing file is replaced
    /// only if this program wrote it.
    #[arg(long, value_name = "FILE")]
    write_config: Option<PathBuf>,
}

/// The first line of a config file this program writes: it may replace such a
/// file (the sandbox's port changes every run), never another.
const WRITTEN_BY: &str = "# Written by apitokens-sandbox";

/// Writes the sandbox's `apitokens.toml` to `path`.
fn write_config(path: &Path, sandbox: &RunningSandbox) -> Result<(), String> {
    let shown = path.display();
    match std::fs::read_to_string(path) {
        Ok(existing) if !existing.starts_with(WRITTEN_BY) => {
            return Err(format!(
                "{shown} exists and was not written by apitokens-sandbox; not replacing it"
            ));
        }
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => return Err(format!("cannot read {shown}: {error}")),
    }
    let text = format!(
        "{WRITTEN_BY} for its sandbox on {}: valid while it runs.\n\
         # Its variables are the `export` lines it printed (sandbox-only credentials).\n\n{}",
        sandbox.url(),
        sandbox.apitokens_config().toml()
    );
    std::fs::write(path, text).map_err(|error| format!("cannot write {shown}: {error}"))
}

fn loopback(value: &str) -> Result<IpAddr, String> {
    let ip = if value.eq_ignore_ascii_case("localhost") {
        IpAddr::V4(Ipv4Addr::LOCALHOST)
    } else {
        value
            .parse::<IpAddr>()
            .map_err(|e| format!("{value:?} is not an IP address: {e}"))?
    };
    if ip.is_loopback() {
        Ok(ip)
    } else {
        Err(format!(
            "{ip} is not a loopback address: the sandbox serves this machine only (use 127.0.0.1 or ::1)"
        ))
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let sandbox = match Sandbox::builder()
        .with_address(SocketAddr::new(args.host, args.port))
        .with_demo_data()
        .with_latency(Duration::from_millis(args.latency_ms))
        .with_region(args.region)
        .start()
        .await
    {
        Ok(sandbox) => sandbox,
        Err(error) => {
            eprintln!("apitokens-sandbox: {error}");
            return ExitCode::FAILURE;
        }
    };
    if args.dynatrace_tokens > 0 {
        sandbox.add_dynatrace_tokens(args.dynatrace_tokens);
    }
    if let Some(Err(error)) = args
        .write_config
        .as_deref()
        .map(|path| write_config(path, &sandbox))
    {
        eprintln!("apitokens-sandbox: {error}");
        return ExitCode::FAILURE;
    }
    // A closed stdout (e.g. piped into `head`) must not stop the sandbox.
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{}\n\nPress Ctrl-C to stop.", sandbox.describe());
    let _ = stdout.flush();
    drop(stdout);
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("apitokens-sandbox: cannot wait for Ctrl-C: {error}");
    }
    match sandbox.stop().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("apitokens-sandbox: {error}");
            ExitCode::FAILURE
        }
    }
}
