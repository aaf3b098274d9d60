//! `apitokens config check`: the file, and the environment variables each
//! source names, checked without a request.

use apitokens::ConnectError;

use super::{Context, Status, emit};
use crate::config::{self, ConfiguredSource};
use crate::terminal::escape;

/// Checks the configuration: the file's problems on stderr (each with
/// `file:line`), one line per right entry on stdout (`ok` or `problem`:
/// whether its variables are set, as its vendor's adapter reads them), then a
/// summary. Prints variable names, never their values.
pub(crate) fn config_check(context: &Context<'_>) -> Status {
    let path = config::locate(context.config_flag.as_deref(), context.env);
    let parsed = config::read(&path);
    for error in &parsed.errors {
        say!("error: {error}");
    }
    let mut out = String::new();
    let mut ok = 0;
    for source in &parsed.sources {
        let (fine, line) = check_source(source, context.env);
        ok += usize::from(fine);
        out.push_str(&escape(&line));
        out.push('\n');
    }
    let file = path.display();
    let summary = if parsed.entries == 0 && !parsed.errors.is_empty() {
        format!("{file}: the file has problems (above); no source was checked")
    } else if parsed.errors.is_empty() && ok == parsed.entries {
        format!(
            "{file}: {ok} source{} ok (the file, and the environment variables each names; no request was made)",
            plural(ok)
        )
    } else {
        let bad = parsed.entries - ok;
        format!(
            "{file}: {bad} of {} source{} with problems{}",
            parsed.entries,
            plural(parsed.entries),
            if parsed.errors.is_empty() {
                ""
            } else {
                " (the problems in the file are above)"
            }
        )
    };
    out.push_str(&escape(&summary));
    out.push('\n');
    let written = emit(out.as_bytes());
    if parsed.errors.is_empty() && ok == parsed.entries {
        written
    } else {
        Status::Failed
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// Whether `source` can be built from the environment (its adapter reads
/// the variables it needs, and checks what it can without a request), and
/// its line.
fn check_source(source: &ConfiguredSource, env: &dyn Fn(&str) -> Option<String>) -> (bool, String) {
    let label = format!("{} ({}, {})", source.name, source.vendor(), source.origin);
    let is_set = |name: &str| env(name).is_some_and(|value| !value.trim().is_empty());
    match source
        .config
        .connect(env, source.policy.clone(), source.list_limits)
    {
        Ok(_) => {
            let (set, unset): (Vec<String>, Vec<String>) = source
                .config
                .credential_envs()
                .into_iter()
                .partition(|name| is_set(name));
            let mut line = format!("ok       {label}: {} set", set.join(", "));
            if !unset.is_empty() {
                // Built without them: the adapter does not need them.
                line.push_str(&format!("; {} not set (optional)", unset.join(", ")));
            }
            (true, line)
        }
        Err(ConnectError::Unset(unset)) => {
            let missing: Vec<String> = unset
                .iter()
                .map(|unset| {
                    format!(
                        "environment variable {} is not set (it must hold {})",
                        unset.variable, unset.holds
                    )
                })
                .collect();
            (false, format!("problem  {label}: {}", missing.join("; ")))
        }
        Err(ConnectError::Refused(error)) => (false, format!("problem  {label}: {error}")),
        Err(_) => (false, format!("problem  {label}: cannot be set up")),
    }
}
