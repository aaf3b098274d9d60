//! `apitokens-sandbox`: the vendors' token APIs on loopback, with demo data,
//! until Ctrl-C.

use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use apitokens_sandbox::Sandbox;
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
