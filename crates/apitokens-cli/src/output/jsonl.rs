//! JSON Lines: one compact JSON object per line, flushed as rows arrive, so
//! `jq`, log shippers and `head` see each row at once.

use std::io::{self, Write};

use serde::Serialize;

use super::JsonArray;

/// Rows written as they arrive, then closed: the JSON array or JSON Lines.
pub(crate) trait JsonStream {
    /// Writes `rows` and flushes them.
    fn extend_rows<T: Serialize>(&mut self, rows: impl IntoIterator<Item = T>) -> io::Result<()>;
    /// Ends the output.
    fn finish_rows(self) -> io::Result<()>;
}

impl<W: Write> JsonStream for JsonArray<W> {
    fn extend_rows<T: Serialize>(&mut self, rows: impl IntoIterator<Item = T>) -> io::Result<()> {
        self.extend(rows)
    }

    fn finish_rows(self) -> io::Result<()> {
        self.finish()
    }
}

/// One JSON object per line, each the element the JSON array would hold.
pub(crate) struct JsonLines<W: Write> {
    out: W,
}

impl<W: Write> JsonLines<W> {
    pub(crate) fn new(out: W) -> Self {
        Self { out }
    }
}

impl<W: Write> JsonStream for JsonLines<W> {
    fn extend_rows<T: Serialize>(&mut self, rows: impl IntoIterator<Item = T>) -> io::Result<()> {
        let mut bytes = Vec::new();
        for row in rows {
            // Compact JSON escapes every newline inside strings: one line per row.
            serde_json::to_writer(&mut bytes, &row).map_err(io::Error::other)?;
            bytes.push(b'\n');
        }
        self.out.write_all(&bytes)?;
        self.out.flush()
    }

    fn finish_rows(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Every row on its own line.
pub(crate) fn print_jsonl<T: Serialize>(out: &mut dyn Write, rows: &[T]) -> io::Result<()> {
    let mut lines = JsonLines::new(out);
    lines.extend_rows(rows)?;
    lines.finish_rows()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_one_element_of_the_json_array() -> Result<(), Box<dyn std::error::Error>> {
        let rows = vec![
            serde_json::json!({"id": 1, "name": "a \"quoted\"\nname\u{2028}", "scopes": ["x"]}),
            serde_json::json!({"id": 2, "name": null, "scopes": []}),
        ];
        let mut out = Vec::new();
        print_jsonl(&mut out, &rows)?;
        let text = String::from_utf8(out)?;
        let parsed: Vec<serde_json::Value> = text
            .lines()
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()?;
        assert_eq!(parsed, rows);
        assert!(text.ends_with('\n'));
        let mut empty = Vec::new();
        print_jsonl::<serde_json::Value>(&mut empty, &[])?;
        assert!(empty.is_empty());
        Ok(())
    }
}
