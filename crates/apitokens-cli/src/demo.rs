//! `apitokens demo`: the sandbox in-process, then `list` and `audit` against it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use apitokens::ExposeSecret;
use apitokens_sandbox::{RunningSandbox, Sandbox};

use crate::audit::Severity;
use crate::cli::{AuditArgs, ColorArg, ConfigArg, ReviewArgs, Selection};
use crate::commands::{self, Context, Status, emit};
use crate::config;
use crate::output::Format;

pub(crate) async fn run(
    context: &Context<'_>,
    format: Option<Format>,
    report: Option<PathBuf>,
) -> Status {
    let sandbox = match Sandbox::builder().with_demo_data().start().await {
        Ok(sandbox) => sandbox,
        Err(error) => {
            say!("error: cannot start the demo sandbox: {error}");
            return Status::Failed;
        }
    };
    let url = sandbox.url();
    // The sandbox's own configuration (the one `apitokens-sandbox` prints);
    // the demo answers its variables itself, from the sandbox, without
    // touching the process environment.
    let sandbox_config = sandbox.apitokens_config();
    let text = sandbox_config.toml();
    let config = match config::parse("demo", &text) {
        Ok(config) => config,
        Err(errors) => return commands::config_errors(&errors),
    };
    let variables: Vec<&str> = sandbox_config.env().map(|(name, _)| name).collect();
    let mut vendors: Vec<&str> = Vec::new();
    for source in &config.sources {
        let name = source.adapter().display_name();
        if !vendors.contains(&name) {
            vendors.push(name);
        }
    }
    let values: HashMap<&str, String> = sandbox_config
        .env()
        .map(|(name, value)| (name, value.expose_secret().to_string()))
        .collect();
    let env = move |name: &str| values.get(name).cloned();
    let demo = Context {
        config_flag: None,
        env: &env,
        stdout_is_terminal: context.stdout_is_terminal,
        stderr_is_terminal: context.stderr_is_terminal,
        stdin_is_terminal: false,
        now: context.now,
    };

    let indented: String = text.lines().map(|line| format!("    {line}\n")).collect();
    // Short lines (within 80 columns with a loopback URL), one
    // variable a line: the text grows with the vendors, a terminal does not.
    let variables: String = variables
        .iter()
        .map(|name| format!("    {name}\n"))
        .collect();
    let intro = format!(
        "apitokens demo: a sandbox on {url} serves these token APIs:
    {}
(loopback only, in memory, with sample tokens and its own throwaway
credentials). Everything below goes through the real HTTP clients.

The configuration it uses; one for your own sources looks the same, with
https:// URLs and these variables set in your environment:
{variables}
{indented}
$ apitokens list
",
        list_in_words(&vendors),
    );
    let mut status = emit(intro.as_bytes());
    if status == Status::Failed {
        // Nobody can read what follows (a full disk, a closed terminal):
        // one error, not one per table.
        return stop(sandbox, status).await;
    }
    let format = format.unwrap_or(Format::Table);
    let selection = Selection {
        sources: Vec::new(),
        vendors: Vec::new(),
        concurrency: 8,
    };
    status = status.max(commands::list_as(&demo, &config, &selection, format).await);
    if emit(b"\n$ apitokens audit\n") == Status::Failed {
        return stop(sandbox, Status::Failed).await;
    }
    let audit = AuditArgs {
        review: ReviewArgs {
            selection,
            expiring_within: Duration::from_secs(30 * 86_400),
            unused_for: Duration::from_secs(90 * 86_400),
            min_severity: Severity::Low,
            baseline: None,
        },
        format: Some(format),
        write_baseline: None,
        config: ConfigArg::default(),
        color: ColorArg::default(),
    };
    // Findings are the point of the demo, not a failure of it.
    let audited = commands::audit_as(&demo, &config, &audit, format).await;
    if audited == Status::Failed {
        status = Status::Failed;
    }
    let report = report.unwrap_or_else(|| std::env::temp_dir().join("apitokens-demo-report.html"));
    if commands::report_page_as(&demo, &config, &audit.review, &report, false).await
        == Status::Failed
    {
        status = Status::Failed;
    }
    status = status.max(emit(
        b"\nNext: write an apitokens.toml for your own sources (see the README), then run\n`apitokens list` and `apitokens audit` (exit status 1 when it finds something),\nand `apitokens report --out review.html` for a page like the demo's.\n",
    ));
    stop(sandbox, status).await
}

/// Stops the sandbox; `status` is the demo's.
async fn stop(sandbox: RunningSandbox, status: Status) -> Status {
    if let Err(error) = sandbox.stop().await {
        say!("warning: the demo sandbox did not stop cleanly: {error}");
    }
    status
}

/// "A, B and C".
fn list_in_words(items: &[&str]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
