//! What the commands print: one row type for JSON and CSV (exact), tables for
//! people (every cell escaped for the terminal, see [`terminal`]).

use std::io::{self, Write};

use apitokens::{Token, Vendor};
use chrono::{DateTime, SecondsFormat, Utc};
use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use schemars::JsonSchema;
use serde::Serialize;

use apitokens::audit::{relative, reports_last_use};

use crate::terminal;

mod jsonl;
mod junit;
mod markdown;
mod prometheus;
pub(crate) use jsonl::{JsonLines, JsonStream, print_jsonl};
pub(crate) use junit::print_junit;
pub(crate) use markdown::print_markdown;
pub(crate) use prometheus::print_prometheus;

/// How to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// An aligned table with human-readable times (the default on a terminal).
    Table,
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
    let rows: Vec<TokenRow> = tokens
        .iter()
        .map(|listed| TokenRow::new(&listed.source, &listed.token))
        .collect();
    match format {
        Format::Json => print_json(out, &rows),
        Format::Jsonl => print_jsonl(out, &rows),
        Format::Junit | Format::Markdown | Format::Prometheus => Err(audit_only_error(format)),
        Format::Csv => print_csv(out, &TOKEN_COLUMNS, &rows, |row| {
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
            let mut table = table();
            table.set_header([
                "SOURCE",
                "ID",
                "NAME",
                "OWNER",
                "CREATED",
                "EXPIRES",
                "LAST USED",
                "SCOPES",
            ]);
            for Listed { source, token } in tokens {
                let expires = match token.expires_at {
                    Some(at) if at <= now => format!("expired {}", relative(at, now)),
                    Some(at) => relative(at, now),
                    None => "never".to_string(),
                };
                let last_used = match token.last_used_at {
                    Some(at) => relative(at, now),
                    None if !reports_last_use(token.vendor) => "not reported".to_string(),
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
                table.add_row(for_people([
                    source.clone(),
                    token.id.clone(),
                    name,
                    or_dash(token.owner.as_deref()),
                    token
                        .created_at
                        .map_or_else(|| "—".to_string(), |at| relative(at, now)),
                    expires,
                    last_used,
                    if scopes.is_empty() {
                        "—".to_string()
                    } else {
                        scopes
                    },
                ]));
            }
            // IDs are copied into `get`, `revoke`…: never wrap them, nor the
            // source and the short time columns; names, owners and scopes wrap.
            for index in [0, 1, 4, 5, 6] {
                if let Some(column) = table.column_mut(index) {
                    column.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
            writeln!(out, "{table}")
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
