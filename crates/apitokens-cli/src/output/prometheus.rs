//! `audit --format prometheus`: the Prometheus text exposition format, for
//! node_exporter's textfile collector: expiry and last use per token (for
//! alerting before a token expires), and a gauge per finding.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::{DateTime, Utc};

use crate::audit::Finding;
use crate::output::Listed;

/// A label value in the exposition format: backslash, double quote and
/// line feed escaped (the three escapes the format defines); everything
/// else, UTF-8 included, is allowed as is.
pub(crate) fn label_value(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// `{k="v",…}` with every value escaped.
fn labels(pairs: &[(&str, &str)]) -> String {
    let inner: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("{key}=\"{}\"", label_value(value)))
        .collect();
    format!("{{{}}}", inner.join(","))
}

/// Seconds since the epoch, with the milliseconds the vendor gave.
fn seconds(time: DateTime<Utc>) -> String {
    let millis = time.timestamp_subsec_millis();
    if millis == 0 {
        time.timestamp().to_string()
    } else {
        format!("{}.{millis:03}", time.timestamp())
    }
}

/// One metric family: HELP and TYPE once, then its samples (none: nothing).
fn family(text: &mut String, name: &str, help: &str, samples: &[(String, String)]) {
    if samples.is_empty() {
        return;
    }
    let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} gauge");
    for (labels, value) in samples {
        let _ = writeln!(text, "{name}{labels} {value}");
    }
}

/// The metrics of `tokens` and `findings`.
pub(crate) fn print_prometheus(
    out: &mut dyn Write,
    tokens: &[Listed],
    findings: &[Finding],
) -> io::Result<()> {
    let token_labels = |listed: &Listed| {
        labels(&[
            ("source", &listed.source),
            ("vendor", listed.token.vendor.as_str()),
            ("id", &listed.token.id),
            ("name", listed.token.name.as_deref().unwrap_or_default()),
        ])
    };
    let at = |time: fn(&Listed) -> Option<DateTime<Utc>>| -> Vec<(String, String)> {
        tokens
            .iter()
            .filter_map(|listed| time(listed).map(|at| (token_labels(listed), seconds(at))))
            .collect()
    };
    let findings: Vec<(String, String)> = findings
        .iter()
        .map(|f| {
            let labels = labels(&[
                ("source", &f.source),
                ("vendor", f.vendor.as_str()),
                ("id", &f.id),
                ("name", f.name.as_deref().unwrap_or_default()),
                ("check", f.check.as_str()),
                ("severity", f.severity.as_str()),
            ]);
            (labels, "1".to_string())
        })
        .collect();
    let mut text = String::new();
    family(
        &mut text,
        "apitokens_token_expiry_timestamp_seconds",
        "When the token expires, in seconds since the epoch (tokens that never expire have none).",
        &at(|listed| listed.token.expires_at),
    );
    family(
        &mut text,
        "apitokens_token_last_used_timestamp_seconds",
        "When the token was last used, in seconds since the epoch (when the vendor says).",
        &at(|listed| listed.token.last_used_at),
    );
    family(
        &mut text,
        "apitokens_audit_finding",
        "An audit finding on the token: 1 while it stands.",
        &findings,
    );
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_escape_backslash_quote_and_newline_only() {
        assert_eq!(label_value("plain é ü"), "plain é ü");
        assert_eq!(label_value("a\\b"), "a\\\\b");
        assert_eq!(label_value("say \"hi\""), "say \\\"hi\\\"");
        assert_eq!(label_value("one\ntwo"), "one\\ntwo");
        assert_eq!(
            label_value("\\n"),
            "\\\\n",
            "a backslash then n is not a newline"
        );
        assert_eq!(
            labels(&[("id", "x\"}\n"), ("name", "")]),
            "{id=\"x\\\"}\\n\",name=\"\"}"
        );
    }

    #[test]
    fn every_sample_is_one_line_under_its_help_and_type() -> io::Result<()> {
        let mut tokens = crate::output::tests::a_token_of_every_vendor();
        let at = DateTime::from_timestamp_millis(1_764_000_000_250).unwrap_or_default();
        tokens[0].token.name = Some("evil\"} 1\nfake_metric 2\\".to_string());
        tokens[0].token.expires_at = Some(at);
        tokens[1].token.last_used_at = Some(at);
        let mut out = Vec::new();
        print_prometheus(&mut out, &tokens, &[])?;
        let text = String::from_utf8_lossy(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        assert!(
            lines
                .iter()
                .all(|l| l.starts_with("apitokens_") || l.starts_with("# "))
        );
        assert!(lines[2].ends_with("} 1764000000.250"), "{}", lines[2]);
        assert!(
            lines[2].contains("name=\"evil\\\"} 1\\nfake_metric 2\\\\\"}"),
            "{}",
            lines[2]
        );
        Ok(())
    }
}
