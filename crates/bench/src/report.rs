//! The one table `run` prints: Markdown, so it can be pasted into docs/BENCHMARKS.md.

use std::fmt::Write as _;
use std::path::Path;

/// One line of the table.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub(crate) section: String,
    pub(crate) measurement: String,
    pub(crate) result: String,
    pub(crate) target: String,
    pub(crate) verdict: String,
}

impl Row {
    pub(crate) fn new(
        section: &str,
        measurement: impl Into<String>,
        result: impl Into<String>,
        target: impl Into<String>,
        verdict: impl Into<String>,
    ) -> Self {
        Self {
            section: section.to_string(),
            measurement: measurement.into(),
            result: result.into(),
            target: target.into(),
            verdict: verdict.into(),
        }
    }

    /// A row without a target.
    pub(crate) fn info(
        section: &str,
        measurement: impl Into<String>,
        result: impl Into<String>,
    ) -> Self {
        Self::new(section, measurement, result, "", "")
    }
}

/// "met" or "MISSED", for a verdict column.
pub(crate) fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "MISSED" }
}

/// The rows as a Markdown table.
pub(crate) fn table(rows: &[Row]) -> String {
    let mut out =
        String::from("| # | measurement | result | target | verdict |\n|---|---|---|---|---|\n");
    for row in rows {
        let cell = |text: &str| text.replace('|', "\\|");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            cell(&row.section),
            cell(&row.measurement),
            cell(&row.result),
            cell(&row.target),
            cell(&row.verdict),
        );
    }
    out
}

/// Rows measured elsewhere (by `cargo xtask bench`: the build times), one a
/// line, tab-separated.
pub(crate) fn read_rows(path: &Path) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.split('\t').map(str::to_string);
            let mut next = || cells.next().unwrap_or_default();
            Row {
                section: next(),
                measurement: next(),
                result: next(),
                target: next(),
                verdict: next(),
            }
        })
        .collect())
}
