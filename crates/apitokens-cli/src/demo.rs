//! `apitokens demo`: the sandbox in-process, then `list` and `audit` against it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use apitokens::ExposeSecret;
use apitokens_sandbox::{RunningSandbox, Sandbox};

use crate::audit::Severity;
use crate::cli::{AuditArgs, ReviewArgs, Selection};
use crate::commands::{self, Context, Status, emit};
use crate::config;
use crate::output::Format;

// The variables the demo's configuration names (each vendor crate's own);
// the demo answers them itself, from the sandbox, without touching the
// process environment.
use apitokens::astra::TOKEN_ENV as ASTRA_TOKEN_ENV;
use apitokens::dynatrace::TOKEN_ENV as DT_TOKEN_ENV;
use apitokens::emr_serverless_spark::signing::{ACCESS_KEY_ID_ENV, ACCESS_KEY_SECRET_ENV};
use apitokens::gitlab::TOKEN_ENV as GITLAB_TOKEN_ENV;

/// One `[[source]]` of the demo's configuration, with the variables it
/// names and their values (the sandbox's throwaway credentials).
struct DemoSource {
    entry: String,
    env: Vec<(&'static str, String)>,
}

/// The demo's sources: one block per vendor the sandbox serves.
fn demo_sources(sandbox: &RunningSandbox) -> Vec<DemoSource> {
    let credentials = sandbox.credentials();
    vec![
        DemoSource {
            entry: format!(
                r#"name = "dynatrace-demo"
vendor = "dynatrace"
url = "{}"
token_env = "{DT_TOKEN_ENV}""#,
                sandbox.dynatrace_environment_url()
            ),
            env: vec![(
                DT_TOKEN_ENV,
                credentials.dynatrace_token().expose_secret().to_string(),
            )],
        },
        DemoSource {
            entry: format!(
                r#"name = "astra-demo"
vendor = "astra"
url = "{}"
account_id = "{}"
user_id = "{}"
token_env = "{ASTRA_TOKEN_ENV}""#,
                sandbox.astra_url(),
                credentials.astra_account_id(),
                credentials.astra_user_id()
            ),
            env: vec![(
                ASTRA_TOKEN_ENV,
                credentials.astra_token().expose_secret().to_string(),
            )],
        },
        DemoSource {
            entry: format!(
                r#"name = "spark-demo"
vendor = "emr-serverless-spark"
region = "{}"
workspace_id = "{}"
# no livy_compute_id: every Livy Gateway of the workspace
endpoint = "{}""#,
                credentials.region(),
                credentials.workspace_id(),
                sandbox.emr_endpoint()
            ),
            env: vec![
                (ACCESS_KEY_ID_ENV, credentials.access_key_id().to_string()),
                (
                    ACCESS_KEY_SECRET_ENV,
                    credentials.access_key_secret().expose_secret().to_string(),
                ),
            ],
        },
        {
            let gitlab = &sandbox.vendors().gitlab;
            DemoSource {
                entry: format!(
                    r#"name = "gitlab-demo"
vendor = "gitlab"
url = "{}"
# an administrator's token: every user's tokens
token_env = "{GITLAB_TOKEN_ENV}""#,
                    gitlab.api_url()
                ),
                env: vec![(
                    GITLAB_TOKEN_ENV,
                    gitlab
                        .credentials()
                        .admin_token()
                        .expose_secret()
                        .to_string(),
                )],
            }
        },
    ]
}

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
    let sources = demo_sources(&sandbox);
    let text: String = sources
        .iter()
        .map(|source| format!("[[source]]\n{}\n", source.entry))
        .collect::<Vec<_>>()
        .join("\n");
    let config = match config::parse("demo", &text) {
        Ok(config) => config,
        Err(errors) => return commands::config_errors(&errors),
    };
    let variables: Vec<&str> = sources
        .iter()
        .flat_map(|source| source.env.iter().map(|(name, _)| *name))
        .collect();
    let mut vendors: Vec<&str> = Vec::new();
    for source in &config.sources {
        let name = source.adapter().display_name();
        if !vendors.contains(&name) {
            vendors.push(name);
        }
    }
    let values: HashMap<&str, String> = sources.into_iter().flat_map(|source| source.env).collect();
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
    let format = format.unwrap_or(Format::Table);
    let selection = Selection {
        sources: Vec::new(),
        vendors: Vec::new(),
        concurrency: 8,
    };
    status = status.max(commands::list_as(&demo, &config, &selection, format).await);
    status = status.max(emit(b"\n$ apitokens audit\n"));
    let audit = AuditArgs {
        review: ReviewArgs {
            selection,
            expiring_within: Duration::from_secs(30 * 86_400),
            unused_for: Duration::from_secs(90 * 86_400),
            min_severity: Severity::Low,
        },
        format: Some(format),
    };
    // Findings are the point of the demo, not a failure of it.
    let audited = commands::audit_as(&demo, &config, &audit, format).await;
    if audited == Status::Failed {
        status = Status::Failed;
    }
    let review = ReviewArgs {
        selection: Selection {
            sources: Vec::new(),
            vendors: Vec::new(),
            concurrency: 8,
        },
        ..audit.review
    };
    let report = report.unwrap_or_else(|| std::env::temp_dir().join("apitokens-demo-report.html"));
    if commands::report_page_as(&demo, &config, &review, &report, false).await == Status::Failed {
        status = Status::Failed;
    }
    status = status.max(emit(
        b"\nNext: write an apitokens.toml for your own sources (see the README), then run\n`apitokens list` and `apitokens audit` (exit status 1 when it finds something),\nand `apitokens report --out review.html` for a page like the demo's.\n",
    ));
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
