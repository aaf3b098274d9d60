//! What the commands print: one row type for JSON and CSV (exact), tables for
//! people (every cell escaped for the terminal, see [`terminal`]).

use std::io::{self, Write};

use apitokens::{Token, Vendor};
use chrono::{DateTime, SecondsFormat, Utc};
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, presets};
use schemars::JsonSchema;
use serde::Serialize;

use apitokens::audit::{Thresholds, relative, reports_last_use};

use crate::terminal;

mod jsonl;
mod junit;
mod markdown;
mod prometheus;
pub(crate) use jsonl::{JsonLines, JsonStream, print_jsonl};
pub(crate) use junit::print_junit;
pub(crate) use markdown::print_markdown;
pub(crate) use prometheus::print_prometheus;

/// When tables are coloured (`--color`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set (no-color.org).
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub(crate) fn enabled(self, stdout_is_terminal: bool, no_color: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && !no_color,
        }
    }
}

/// Whether tables are coloured: decided once from the command line, read
/// by every table (a process-wide switch, like a terminal's own state,
/// rather than a parameter threaded through every command).
static COLOR: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub(crate) fn use_color(on: bool) {
    COLOR.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a fitted table cut a cell since the last [`take_cut`]: the
/// command then says how to see it whole (an ID cut with `…` cannot be
/// pasted into `apitokens get`).
static CUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether a cell was cut, and forget it.
pub(crate) fn take_cut() -> bool {
    CUT.swap(false, std::sync::atomic::Ordering::Relaxed)
}

/// How to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A table fitted to the terminal's width (the default on a terminal):
    /// the columns that matter, long cells cut with `…`, times as people say them.
    Table,
    /// A table of every column, as wide as its content.
    Wide,
    /// One JSON array (the default when stdout is not a terminal).
    Json,
    /// CSV with a header row; the same columns as JSON, list values joined by spaces.
    Csv,
    /// JSON Lines: one JSON object per line (the JSON array's elements), written as they arrive.
    Jsonl,
    /// JUnit XML (`audit` only): a testsuite per source, a failing testcase per finding.
    Junit,
    /// A Markdown summary (`audit` only) for a pull-request comment or a CI job summary.
    Markdown,
    /// The Prometheus text format (`audit` only), for node_exporter's textfile collector.
    Prometheus,
}

impl Format {
    /// Formats of findings, which `list` and `get` cannot print.
    pub(crate) fn audit_only(self) -> bool {
        matches!(self, Format::Junit | Format::Markdown | Format::Prometheus)
    }

    /// The format asked for, else a table on a terminal and JSON elsewhere.
    pub(crate) fn resolve(asked: Option<Format>, stdout_is_terminal: bool) -> Format {
        asked.unwrap_or(if stdout_is_terminal {
            Format::Table
        } else {
            Format::Json
        })
    }
}

/// One token, as `list` and `get` print it in JSON and CSV. Never carries a
/// secret: the facade's `Token` keeps secrets out of its public fields.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "apitokens token row")]
pub(crate) struct TokenRow {
    /// The configured source's `name`.
    pub(crate) source: String,
    /// The vendor API (any vendor the facade knows, not only today's three).
    pub(crate) vendor: Vendor,
    /// Where the token lives within the source: the Dynatrace environment URL,
    /// the Astra `account/user`, or the EMR `workspace/gateway`.
    pub(crate) location: String,
    /// The vendor's ID of the token (never its secret).
    pub(crate) id: String,
    /// The token's name.
    pub(crate) name: Option<String>,
    /// Who owns or created it (an Astra user ID for Astra).
    pub(crate) owner: Option<String>,
    /// When it was created (RFC 3339, UTC).
    pub(crate) created_at: Option<String>,
    /// When it was last modified (RFC 3339, UTC).
    pub(crate) modified_at: Option<String>,
    /// When it expires (RFC 3339, UTC); `null`: never, or the vendor has no expiry.
    pub(crate) expires_at: Option<String>,
    /// When it was last used (RFC 3339, UTC); `null`: never, or the vendor does not say.
    pub(crate) last_used_at: Option<String>,
    /// The address it was last used from (Dynatrace).
    pub(crate) last_used_ip: Option<String>,
    /// Whether it is enabled; `null` when the vendor has no such state.
    pub(crate) enabled: Option<bool>,
    /// Whether it is a personal access token (Dynatrace); `null` elsewhere.
    pub(crate) personal_access_token: Option<bool>,
    /// What it may do (Dynatrace scopes); empty elsewhere.
    pub(crate) scopes: Vec<String>,
}

/// RFC 3339 UTC, to the second unless the vendor gave milliseconds.
pub(crate) fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

impl TokenRow {
    pub(crate) fn new(source: &str, token: &Token) -> Self {
        Self {
            source: source.to_string(),
            vendor: token.vendor,
            location: token.location.short(),
            id: token.id.clone(),
            name: token.name.clone(),
            owner: token.owner.clone(),
            created_at: token.created_at.map(rfc3339),
            modified_at: token.modified_at.map(rfc3339),
            expires_at: token.expires_at.map(rfc3339),
            last_used_at: token.last_used_at.map(rfc3339),
            last_used_ip: token.last_used_ip.clone(),
            enabled: token.enabled,
            personal_access_token: token.personal_access_token,
            scopes: token.scopes.clone(),
        }
    }
}

/// A token with where it came from, as the commands pass it around.
#[derive(Debug, Clone)]
pub(crate) struct Listed {
    pub(crate) source: String,
    pub(crate) token: Token,
}

fn table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table
}

/// A table row's cells, escaped for the terminal: names, owners, scopes,
/// IDs and reasons carry vendors' text.
fn for_people(cells: impl IntoIterator<Item = String>) -> Vec<String> {
    cells
        .into_iter()
        .map(|cell| terminal::escape(&cell).into_owned())
        .collect()
}

fn or_dash(value: Option<&str>) -> String {
    value.unwrap_or("—").to_string()
}

/// Prints tokens in `format`; `now` anchors the table's relative times.
pub(crate) fn print_tokens(
    out: &mut dyn Write,
    tokens: &[Listed],
    format: Format,
    now: DateTime<Utc>,
) -> io::Result<()> {
    // The rows of the machine formats; the tables read the tokens.
    let rows = || -> Vec<TokenRow> {
        tokens
            .iter()
            .map(|listed| TokenRow::new(&listed.source, &listed.token))
            .collect()
    };
    match format {
        Format::Json => print_json(out, &rows()),
        Format::Jsonl => print_jsonl(out, &rows()),
        Format::Junit | Format::Markdown | Format::Prometheus => Err(audit_only_error(format)),
        Format::Csv => print_csv(out, &TOKEN_COLUMNS, &rows(), |row| {
            vec![
                row.source.clone(),
                row.vendor.as_str().to_string(),
                row.location.clone(),
                row.id.clone(),
                row.name.clone().unwrap_or_default(),
                row.owner.clone().unwrap_or_default(),
                row.created_at.clone().unwrap_or_default(),
                row.modified_at.clone().unwrap_or_default(),
                row.expires_at.clone().unwrap_or_default(),
                row.last_used_at.clone().unwrap_or_default(),
                row.last_used_ip.clone().unwrap_or_default(),
                bool_cell(row.enabled),
                bool_cell(row.personal_access_token),
                row.scopes.join(" "),
            ]
        }),
        Format::Table => {
            // Red and yellow where `audit`'s default thresholds say expired
            // and expiring soon.
            let soon = chrono::Duration::from_std(Thresholds::default().expiring_within)
                .unwrap_or(chrono::Duration::MAX);
            let colors = tokens
                .iter()
                .map(|Listed { token, .. }| {
                    let expiry = match token.expires_at {
                        _ if token.is_expired_at(now) => Some(Color::Red),
                        Some(at) if at <= now + soon => Some(Color::Yellow),
                        _ => None,
                    };
                    let disabled = (token.enabled == Some(false)).then_some(Color::DarkGrey);
                    vec![None, None, disabled, None, expiry, None, None, disabled]
                })
                .collect::<Vec<_>>();
            let rows = tokens
                .iter()
                .map(|Listed { source, token }| {
                    let scopes = match (token.scopes.len(), token.personal_access_token) {
                        (0, Some(true)) => "PAT".to_string(),
                        (0, _) => "—".to_string(),
                        (count, Some(true)) => format!("{count} PAT"),
                        (count, _) => count.to_string(),
                    };
                    vec![
                        source.clone(),
                        token.id.clone(),
                        or_dash(token.name.as_deref()),
                        or_dash(token.owner.as_deref()),
                        token
                            .expires_at
                            .map_or_else(|| "never".to_string(), |at| relative(at, now)),
                        last_used(token, now),
                        scopes,
                        token
                            .enabled
                            .map_or("—", |on| if on { "yes" } else { "no" })
                            .to_string(),
                    ]
                })
                .collect();
            print_fitted(
                out,
                &[
                    "SOURCE",
                    "ID",
                    "NAME",
                    "OWNER",
                    "EXPIRES",
                    "LAST USED",
                    "SCOPES",
                    "ENABLED",
                ],
                rows,
                &colors,
                &[
                    Shrink::To(6),
                    Shrink::Capped(14, 8),
                    Shrink::Keep(8),
                    Shrink::To(6),
                    Shrink::No,
                    Shrink::No,
                    Shrink::To(6),
                    Shrink::No,
                ],
            )
        }
        Format::Wide => {
            let rows = tokens
                .iter()
                .map(|Listed { source, token }| {
                    let expires = match token.expires_at {
                        Some(at) if at <= now => format!("expired {}", relative(at, now)),
                        Some(at) => relative(at, now),
                        None => "never".to_string(),
                    };
                    let mut name = or_dash(token.name.as_deref());
                    if token.enabled == Some(false) {
                        name.push_str(" (disabled)");
                    }
                    let mut scopes = token.scopes.join(", ");
                    if token.personal_access_token == Some(true) {
                        scopes = if scopes.is_empty() {
                            "(personal access token)".to_string()
                        } else {
                            format!("(personal access token) {scopes}")
                        };
                    }
                    vec![
                        source.clone(),
                        token.id.clone(),
                        name,
                        or_dash(token.owner.as_deref()),
                        token
                            .created_at
                            .map_or_else(|| "—".to_string(), |at| relative(at, now)),
                        expires,
                        last_used(token, now),
                        if scopes.is_empty() {
                            "—".to_string()
                        } else {
                            scopes
                        },
                    ]
                })
                .collect();
            // IDs are copied into `get`, `revoke`…: never wrap them, nor the
            // source and the short time columns; names, owners and scopes wrap.
            print_table(
                out,
                &[
                    "SOURCE",
                    "ID",
                    "NAME",
                    "OWNER",
                    "CREATED",
                    "EXPIRES",
                    "LAST USED",
                    "SCOPES",
                ],
                rows,
                &[0, 1, 4, 5, 6],
            )
        }
    }
}

/// What `list` and `get` say when asked for a format of findings.
pub(crate) fn audit_only_error(format: Format) -> io::Error {
    let name = clap::ValueEnum::to_possible_value(&format)
        .map_or_else(String::new, |value| value.get_name().to_string());
    io::Error::other(format!(
        "--format {name} prints audit findings: use it with `apitokens audit`"
    ))
}

fn last_used(token: &Token, now: DateTime<Utc>) -> String {
    match token.last_used_at {
        Some(at) => relative(at, now),
        None if !reports_last_use(token.vendor) => "not reported".to_string(),
        None => "never".to_string(),
    }
}

/// How a column of a fitted table gives way when the terminal is narrow.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Shrink {
    /// Never cut (short values: times, counts, severities).
    No,
    /// Cut, down to this many columns.
    To(usize),
    /// Cut, down to this many columns, keeping twice the width of a `To`
    /// column as long as it can (what a row is about: a name, a reason).
    Keep(usize),
    /// Cut to the first number of columns always, down to the second.
    Capped(usize, usize),
}

/// The terminal's width: `COLUMNS` when set (as `ls` reads it), else the
/// terminal's own size; `None` when stdout is not a terminal.
pub(crate) fn terminal_width() -> Option<usize> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<usize>().ok())
        .filter(|&columns| columns > 0)
        .or_else(|| Table::new().width().map(usize::from))
}

/// Display columns of `text` (wide CJK and emoji count two).
fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` (already [`terminal::escape`]d) cut to `width` display columns,
/// ending in `…` when cut. An escape it wrote (`\n`, `\u{1b}`) is kept
/// whole or dropped whole, never split.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    let mut rest = text;
    while let Some(unit) = next_unit(rest) {
        let unit_width = display_width(unit);
        if used + unit_width + 1 > width {
            break;
        }
        out.push_str(unit);
        used += unit_width;
        rest = &rest[unit.len()..];
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The first unit of `text` that must not be split: an escape written by
/// [`terminal::escape`], else one character.
fn next_unit(text: &str) -> Option<&str> {
    let first = text.chars().next()?;
    if first == '\\' {
        if let Some(rest) = text.strip_prefix("\\u{")
            && let Some(end) = rest.find('}')
            && rest[..end].chars().all(|c| c.is_ascii_hexdigit())
        {
            return Some(&text[..3 + end + 1]);
        }
        if matches!(text[1..].chars().next(), Some('n' | 'r' | 't')) {
            return Some(&text[..2]);
        }
    }
    Some(&text[..first.len_utf8()])
}

/// The SGR sequence that ends a coloured cell.
const FOREGROUND_RESET: &str = "\u{1b}[39m";

/// A table that fits [`terminal_width`]: no cell wraps, each row is one line.
/// Columns that may shrink give way, the widest first, until the table fits.
pub(crate) fn print_fitted(
    out: &mut dyn Write,
    header: &[&str],
    rows: Vec<Vec<String>>,
    colors: &[Vec<Option<Color>>],
    shrink: &[Shrink],
) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows.into_iter().map(for_people).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| display_width(h)).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(display_width(cell));
        }
    }
    let floor = |index: usize| match shrink.get(index) {
        Some(Shrink::To(min) | Shrink::Keep(min) | Shrink::Capped(_, min)) => *min,
        _ => usize::MAX,
    };
    for (index, width) in widths.iter_mut().enumerate() {
        if let Some(Shrink::Capped(cap, _)) = shrink.get(index) {
            *width = (*width).min(*cap).max(display_width(header[index]));
        }
    }
    if let Some(available) = terminal_width() {
        // Two spaces between columns, no lines.
        let mut total = widths.iter().sum::<usize>() + 2 * widths.len().saturating_sub(1);
        // Down to each column's floor first, then (a very narrow terminal)
        // down to two columns, a character and `…`.
        for last_resort in [false, true] {
            while total > available {
                let widest = (0..widths.len())
                    .filter(|&index| {
                        let floor = if last_resort { 2 } else { floor(index) };
                        !matches!(shrink.get(index), None | Some(Shrink::No))
                            && widths[index] > floor
                    })
                    .max_by_key(|&index| match shrink.get(index) {
                        Some(Shrink::Keep(_)) => widths[index],
                        _ => 2 * widths[index],
                    });
                let Some(index) = widest else { break };
                widths[index] -= 1;
                total -= 1;
            }
        }
    }
    if rows.iter().any(|row| {
        row.iter()
            .zip(&widths)
            .any(|(cell, width)| display_width(cell) > *width)
    }) {
        CUT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    let mut table = Table::new();
    table
        .load_style(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header.iter().zip(&widths).map(|(h, w)| truncate(h, *w)));
    let last = widths.len().saturating_sub(1);
    for (index, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if index == last { 0 } else { 2 }));
    }
    if COLOR.load(std::sync::atomic::Ordering::Relaxed) {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    for (index, row) in rows.iter().enumerate() {
        let row_colors = colors.get(index);
        table.add_row(
            row.iter()
                .zip(&widths)
                .enumerate()
                .map(|(column, (cell, width))| {
                    let cell = Cell::new(truncate(cell, *width));
                    match row_colors.and_then(|colors| colors.get(column).copied().flatten()) {
                        Some(color) => cell.fg(color),
                        None => cell,
                    }
                })
                .collect::<Vec<_>>(),
        );
    }
    let text = table.to_string();
    for line in text.lines() {
        // A coloured last cell ends in its padding, then the colour's reset.
        let line = line.trim_end();
        match line.strip_suffix(FOREGROUND_RESET) {
            Some(body) => writeln!(out, "{}{FOREGROUND_RESET}", body.trim_end())?,
            None => writeln!(out, "{line}")?,
        }
    }
    Ok(())
}

/// One token for people, a field a line (`get`): every field, long values
/// and the scopes wrapped to [`terminal_width`].
pub(crate) fn print_token_details(
    out: &mut dyn Write,
    listed: &Listed,
    now: DateTime<Utc>,
) -> io::Result<()> {
    let Listed { source, token } = listed;
    let row = TokenRow::new(source, token);
    let when = |at: Option<DateTime<Utc>>, none: &str| {
        at.map_or_else(
            || none.to_string(),
            |at| format!("{} ({})", rfc3339(at), relative(at, now)),
        )
    };
    let yes_no = |value: Option<bool>| value.map_or("—", |v| if v { "yes" } else { "no" });
    let fields = [
        ("source", vec![row.source.clone()]),
        ("vendor", vec![row.vendor.as_str().to_string()]),
        ("location", vec![row.location.clone()]),
        ("id", vec![row.id.clone()]),
        ("name", vec![or_dash(row.name.as_deref())]),
        ("owner", vec![or_dash(row.owner.as_deref())]),
        ("created", vec![when(token.created_at, "—")]),
        ("modified", vec![when(token.modified_at, "—")]),
        ("expires", vec![when(token.expires_at, "never")]),
        (
            "last used",
            vec![match token.last_used_at {
                Some(_) => when(token.last_used_at, ""),
                None => last_used(token, now),
            }],
        ),
        ("last used from", vec![or_dash(row.last_used_ip.as_deref())]),
        ("enabled", vec![yes_no(row.enabled).to_string()]),
        (
            "personal access token",
            vec![yes_no(row.personal_access_token).to_string()],
        ),
        (
            "scopes",
            if row.scopes.is_empty() {
                vec!["—".to_string()]
            } else {
                row.scopes.clone()
            },
        ),
    ];
    let key_width = fields.iter().map(|(key, _)| key.len()).max().unwrap_or(0);
    let value_width = terminal_width().map_or(usize::MAX, |width| {
        width.saturating_sub(key_width + 2).max(10)
    });
    for (key, values) in fields {
        // Scopes are a list; other values wrap between their words.
        let words: Vec<String> = if key == "scopes" {
            let last = values.len().saturating_sub(1);
            values
                .iter()
                .enumerate()
                .map(|(n, scope)| {
                    let scope = terminal::escape(scope);
                    if n < last {
                        format!("{scope},")
                    } else {
                        scope.into_owned()
                    }
                })
                .collect()
        } else {
            values
                .iter()
                .flat_map(|value| value.split(' '))
                .map(|word| terminal::escape(word).into_owned())
                .collect()
        };
        for (n, line) in wrap(&words, value_width).iter().enumerate() {
            let key = if n == 0 { key } else { "" };
            writeln!(out, "{key:<key_width$}  {line}")?;
        }
    }
    Ok(())
}

/// `words` (escaped) joined by spaces into lines of at most `width` display
/// columns; a word longer than a line is split between units.
fn wrap(words: &[String], width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in words {
        let Some(line) = lines.last_mut() else { break };
        let used = display_width(line);
        if used > 0 && used + 1 + display_width(word) <= width {
            line.push(' ');
            line.push_str(word);
            continue;
        }
        if used > 0 {
            lines.push(String::new());
        }
        let mut rest = word.as_str();
        while let Some(unit) = next_unit(rest) {
            let Some(line) = lines.last_mut() else { break };
            if !line.is_empty() && display_width(line) + display_width(unit) > width {
                lines.push(unit.to_string());
            } else {
                line.push_str(unit);
            }
            rest = &rest[unit.len()..];
        }
    }
    lines
}

fn bool_cell(value: Option<bool>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// The CSV header of [`TokenRow`], in its field order.
pub(crate) const TOKEN_COLUMNS: [&str; 14] = [
    "source",
    "vendor",
    "location",
    "id",
    "name",
    "owner",
    "created_at",
    "modified_at",
    "expires_at",
    "last_used_at",
    "last_used_ip",
    "enabled",
    "personal_access_token",
    "scopes",
];

/// One JSON array, pretty-printed, then a newline.
pub(crate) fn print_json<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> io::Result<()> {
    let mut array = JsonArray::new(out);
    array.extend(rows)?;
    array.finish()
}

/// A JSON array written a few rows at a time, byte for byte as serde_json
/// pretty-prints the whole array (two-space indent), then a newline: a
/// listing streams through it holding one chunk of rows, not the array.
/// Each row is pretty-printed alone and indented one level (JSON strings
/// hold no raw newline, so every line break is the printer's).
pub(crate) struct JsonArray<W: Write> {
    out: W,
    rows: usize,
}

impl<W: Write> JsonArray<W> {
    pub(crate) fn new(out: W) -> Self {
        Self { out, rows: 0 }
    }

    /// Writes `rows` and flushes them, so a reader sees them at once.
    pub(crate) fn extend<T: Serialize>(
        &mut self,
        rows: impl IntoIterator<Item = T>,
    ) -> io::Result<()> {
        let mut bytes = Vec::new();
        for row in rows {
            bytes.extend_from_slice(if self.rows == 0 { b"[\n  " } else { b",\n  " });
            let text = serde_json::to_string_pretty(&row).map_err(io::Error::other)?;
            bytes.extend_from_slice(text.replace('\n', "\n  ").as_bytes());
            self.rows += 1;
        }
        self.out.write_all(&bytes)?;
        self.out.flush()
    }

    /// Closes the array.
    pub(crate) fn finish(mut self) -> io::Result<()> {
        let end: &[u8] = if self.rows == 0 { b"[]\n" } else { b"\n]\n" };
        self.out.write_all(end)?;
        self.out.flush()
    }
}

/// CSV through the `csv` crate (quoting), with the header of the row type.
pub(crate) fn print_csv<T>(
    out: &mut dyn Write,
    header: &[&str],
    rows: &[T],
    cells: impl Fn(&T) -> Vec<String>,
) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header).map_err(io::Error::other)?;
    for row in rows {
        writer.write_record(cells(row)).map_err(io::Error::other)?;
    }
    writer.flush()
}

/// A table for people: `header` and `rows`; the `unwrapped` columns keep
/// their content's width.
pub(crate) fn print_table(
    out: &mut dyn Write,
    header: &[&str],
    rows: Vec<Vec<String>>,
    unwrapped: &[usize],
) -> io::Result<()> {
    let mut table = table();
    table.set_header(header.to_vec());
    for row in rows {
        table.add_row(for_people(row));
    }
    for index in unwrapped {
        if let Some(column) = table.column_mut(*index) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    writeln!(out, "{table}")
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use apitokens::Location;

    /// A token at a location of every vendor the facade knows; fails when a
    /// vendor is added without one here, so the test below covers it too.
    pub(crate) fn a_token_of_every_vendor() -> Vec<Listed> {
        let locations = [
            Location::Dynatrace {
                environment_url: "https://x.example".into(),
            },
            Location::Astra {
                url: "https://a.example".into(),
                account_id: "acc".into(),
                user_id: "user".into(),
            },
            Location::EmrServerlessSpark {
                region: "cn-hangzhou".into(),
                workspace_id: "w-1".into(),
                livy_compute_id: "lc-1".into(),
            },
            Location::GitLab {
                url: "https://gitlab.example/api/v4".into(),
                user_id: Some("7".into()),
            },
        ];
        for adapter in apitokens::adapters() {
            assert!(
                locations.iter().any(|l| l.vendor() == adapter.vendor()),
                "no test location for {}",
                adapter.vendor()
            );
        }
        locations
            .into_iter()
            .enumerate()
            .map(|(n, location)| Listed {
                source: format!("s{n}"),
                token: Token::new(location, format!("id-{n}")),
            })
            .collect()
    }

    #[test]
    fn every_vendor_s_tokens_are_printed_in_every_format() -> io::Result<()> {
        let tokens = a_token_of_every_vendor();
        let now = Utc::now();
        let mut json = Vec::new();
        print_tokens(&mut json, &tokens, Format::Json, now)?;
        let rows: Vec<serde_json::Value> = serde_json::from_slice(&json)?;
        assert_eq!(rows.len(), tokens.len());
        for (row, listed) in rows.iter().zip(&tokens) {
            assert_eq!(row["vendor"], listed.token.vendor.as_str());
            assert_eq!(row["id"], listed.token.id.as_str());
        }
        let mut csv = Vec::new();
        print_tokens(&mut csv, &tokens, Format::Csv, now)?;
        assert_eq!(
            String::from_utf8_lossy(&csv).lines().count(),
            tokens.len() + 1
        );
        let mut table = Vec::new();
        print_tokens(&mut table, &tokens, Format::Table, now)?;
        let table = String::from_utf8_lossy(&table);
        for listed in &tokens {
            assert!(table.contains(&listed.token.id), "{table}");
        }
        Ok(())
    }

    #[test]
    fn a_streamed_json_array_is_what_serde_json_prints_whole() {
        let row = |n: u32| {
            serde_json::json!({"id": n, "name": "a \"quoted\"\nname", "scopes": ["x", "y"],
                "empty": [], "nested": {"k": null}})
        };
        for count in [0, 1, 3] {
            let rows: Vec<_> = (0..count).map(row).collect();
            let whole = serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n";
            let mut streamed = Vec::new();
            let mut array = JsonArray::new(&mut streamed);
            let written = rows
                .chunks(2)
                .try_for_each(|chunk| array.extend(chunk))
                .and_then(|()| array.finish());
            assert!(written.is_ok());
            assert_eq!(String::from_utf8_lossy(&streamed), whole, "{count} rows");
        }
    }

    #[test]
    fn truncation_counts_display_columns_and_keeps_escapes_whole() {
        assert_eq!(truncate("short", 5), "short");
        assert_eq!(truncate("abcdef", 5), "abcd…");
        // Wide characters take two columns each.
        assert_eq!(truncate("東京東京", 5), "東京…");
        for width in 0..24 {
            let escaped = terminal::escape("ab\u{1b}[2J\ncd");
            let cut = truncate(&escaped, width);
            assert!(display_width(&cut) <= width, "{cut:?} at {width}");
            let kept = cut.trim_end_matches('…');
            assert!(escaped.starts_with(kept), "{cut:?}");
            let rest = &escaped[kept.len()..];
            assert!(
                rest.is_empty() || rest.starts_with('\\') || !kept.ends_with('\\'),
                "split inside an escape: {cut:?}"
            );
            assert!(
                !matches!(kept.rsplit_once("\\u{"), Some((_, tail)) if !tail.contains('}')),
                "split inside an escape: {cut:?}"
            );
        }
    }

    #[test]
    fn scopes_wrap_between_scopes() {
        let words: Vec<String> = ["a.read,", "b.write,", "c"].map(String::from).to_vec();
        assert_eq!(wrap(&words, 16), ["a.read, b.write,", "c"]);
        assert_eq!(wrap(&["abcdefgh".to_string()], 3), ["abc", "def", "gh"]);
    }

    #[test]
    fn columns_match_the_row_type() {
        let schema = schemars::schema_for!(TokenRow);
        let value = serde_json::to_value(&schema).unwrap_or_default();
        let properties: Vec<&str> = value["properties"]
            .as_object()
            .map(|p| p.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut columns = TOKEN_COLUMNS.to_vec();
        columns.sort_unstable();
        let mut properties = properties;
        properties.sort_unstable();
        assert_eq!(columns, properties);
    }
}
