//! `apitokens`: every API token of every Dynatrace environment, Astra Control
//! account and EMR Serverless Spark workspace you configure — listed, audited,
//! created, changed, rotated and revoked from one command line.

// First: its `say!` macro is used by the modules below.
#[macro_use]
mod terminal;

mod atomic;
mod audit;
mod baseline;
mod cli;
mod commands;
mod config;
#[cfg(feature = "demo")]
mod demo;
mod dispatch;
mod interrupt;
mod output;
mod report;
mod sources;
mod textfile;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;

/// Logs to stderr as RUST_LOG says (warnings and errors unless set).
fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            say!("error: cannot start the async runtime: {error}");
            return ExitCode::from(2);
        }
    };
    runtime.block_on(run(cli))
}

async fn run(cli: Cli) -> ExitCode {
    init_logging();
    let env = |name: &str| std::env::var(name).ok();
    if let Some(color) = cli.command.color() {
        output::use_color(color.enabled(
            std::io::stdout().is_terminal(),
            env("NO_COLOR").is_some_and(|value| !value.is_empty()),
        ));
    }
    let context = commands::Context {
        config_flag: cli
            .command
            .config()
            .and_then(|config| config.config.clone()),
        env: &env,
        stdout_is_terminal: std::io::stdout().is_terminal(),
        stderr_is_terminal: std::io::stderr().is_terminal(),
        stdin_is_terminal: std::io::stdin().is_terminal(),
        now: chrono::Utc::now(),
    };
    let status = dispatch::run(&context, cli.command).await;
    ExitCode::from(status as u8)
}
