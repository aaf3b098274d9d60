//! `audit --format markdown`: a summary for a pull-request comment or a CI
//! job summary (GitHub's `$GITHUB_STEP_SUMMARY`, GitLab's notes): counts per
//! severity and source, then the findings table.

use std::fmt::Write as _;
use std::io::{self, Write};

use crate::audit::{Finding, Severity};
use crate::output::Listed;

/// `text` for one GitHub-flavoured Markdown table cell: ASCII punctuation
/// that Markdown or HTML would act on (`|` ends the cell, `[..](..)` links,
/// `<..>` HTML, `*`/`_` emphasis…) backslash-escaped, so a vendor's name
/// renders as itself; line breaks as `<br>`, other control characters
/// written out visibly as `\u{…}`.
pub(crate) fn markdown_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => cell.push_str("<br>"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '<' | '>' | '|' | '~' | '#' | '!'
            | '&' | '{' | '}' => {
                cell.push('\\');
                cell.push(c);
            }
            c if c.is_control() => {
                let _ = write!(cell, "\\\\u\\{{{:x}\\}}", u32::from(c));
            }
            c => cell.push(c),
        }
    }
    cell
}

/// The Markdown summary of `findings` over `tokens` from `sources`.
pub(crate) fn print_markdown(
    out: &mut dyn Write,
    sources: &[String],
    tokens: &[Listed],
    findings: &[Finding],
) -> io::Result<()> {
    let count = |severity: Severity, source: Option<&str>| {
        findings
            .iter()
            .filter(|f| f.severity == severity && source.is_none_or(|s| f.source == s))
            .count()
    };
    let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    let mut text = String::from("## apitokens audit\n\n");
    let _ = writeln!(
        text,
        "**{}** ({} high, {} medium, {} low) in {} of {}.\n",
        plural(findings.len(), "finding"),
        count(Severity::High, None),
        count(Severity::Medium, None),
        count(Severity::Low, None),
        plural(tokens.len(), "token"),
        plural(sources.len(), "source"),
    );
    text.push_str("| source | tokens | high | medium | low |\n|---|---:|---:|---:|---:|\n");
    for source in sources {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} |",
            markdown_cell(source),
            tokens.iter().filter(|l| &l.source == source).count(),
            count(Severity::High, Some(source)),
            count(Severity::Medium, Some(source)),
            count(Severity::Low, Some(source)),
        );
    }
    if findings.is_empty() {
        text.push_str("\nNo findings.\n");
    } else {
        text.push_str(
            "\n| severity | source | ID | name | finding | reason |\n|---|---|---|---|---|---|\n",
        );
        for f in findings {
            let _ = writeln!(
                text,
                "| {} | {} | {} | {} | {} | {} |",
                f.severity.as_str(),
                markdown_cell(&f.source),
                markdown_cell(&f.id),
                f.name
                    .as_deref()
                    .map_or_else(|| "—".to_string(), markdown_cell),
                f.check.as_str(),
                markdown_cell(&f.reason),
            );
        }
    }
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_end_a_cell_break_a_row_or_become_markup() {
        assert_eq!(markdown_cell("plain name-1.x"), "plain name-1.x");
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(
            markdown_cell("one\ntwo\r\nthree\rfour"),
            "one<br>two<br>three<br>four"
        );
        assert_eq!(
            markdown_cell("[x](https://evil.example) <img> *b* `c` \\|"),
            "\\[x\\]\\(https://evil.example\\) \\<img\\> \\*b\\* \\`c\\` \\\\\\|"
        );
        assert_eq!(markdown_cell("\u{1b}[2J"), "\\\\u\\{1b\\}\\[2J");
        // Whatever a cell holds, a row stays one line with its own pipes only.
        let hostile = "a|b\nc\r|\u{0}\\|";
        let row = format!("| {} |", markdown_cell(hostile));
        assert_eq!(row.lines().count(), 1);
        let unescaped_pipes = row
            .char_indices()
            .filter(|&(i, c)| c == '|' && (i == 0 || !row[..i].ends_with('\\')))
            .count();
        // The `\\|` of the input is an escaped backslash then an escaped pipe.
        assert_eq!(unescaped_pipes, 2, "{row}");
    }
}
