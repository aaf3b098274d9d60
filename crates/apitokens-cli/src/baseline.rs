//! `audit --baseline FILE` and `--write-baseline FILE`: the findings people
//! have accepted, in a TOML file they read, edit and keep under version
//! control. An entry names a finding by source, token ID and check (what its
//! fingerprint is made of); `reason` and `until` are for people, and after
//! `until` the finding counts again.

use std::collections::HashMap;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::audit::{Check, Finding};

/// The largest baseline read: 64 MiB, some 400,000 entries; reading stops
/// past it, so a huge or endless file cannot fill memory.
const MAX_BASELINE_BYTES: u64 = 64 * 1024 * 1024;

/// What `--write-baseline` puts before the entries.
const HEADER: &str = "\
# apitokens audit baseline: findings accepted for now.
# `apitokens audit --baseline FILE` fails only on findings not listed here.
# Each [[accepted]] entry matches one finding by `source`, `id` and `check`;
# `name` is there for readers. Add `reason = \"…\"` to say why, and
# `until = \"YYYY-MM-DD\"` (or an RFC 3339 time) for the finding to count again
# after that day. Remove an entry to stop accepting its finding.
";

/// A baseline read from a file.
#[derive(Debug, Clone)]
pub(crate) struct Baseline {
    /// The file as given, for messages.
    file: String,
    entries: Vec<Entry>,
}

/// One `[[accepted]]` entry, validated.
#[derive(Debug, Clone)]
struct Entry {
    /// Where it starts (1-based), for messages.
    line: usize,
    source: String,
    id: String,
    check: Check,
    name: Option<String>,
    reason: Option<String>,
    until: Option<Until>,
}

/// When an acceptance ends.
#[derive(Debug, Clone)]
struct Until {
    /// As written, to write back and to quote.
    text: String,
    /// The first moment it no longer holds: the day after a date (UTC), or
    /// the time itself.
    ends: DateTime<Utc>,
}

/// What the file may say; any other key is refused with its line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBaseline {
    #[serde(default)]
    accepted: Vec<Spanned<RawEntry>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    source: String,
    id: String,
    check: Spanned<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    reason: Option<String>,
    /// A string, or a TOML date or date-time written without quotes.
    #[serde(default)]
    until: Option<Spanned<toml::Value>>,
}

/// The same, as `--write-baseline` writes it.
#[derive(Debug, Serialize)]
struct WrittenBaseline<'a> {
    accepted: Vec<WrittenEntry<'a>>,
}

#[derive(Debug, Serialize)]
struct WrittenEntry<'a> {
    source: &'a str,
    id: &'a str,
    check: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<&'a str>,
}

/// Reads and validates the baseline at `path`; every problem is one message
/// naming the file (and the line, when there is one).
pub(crate) fn load(path: &Path) -> Result<Baseline, Vec<String>> {
    use crate::textfile::ReadError;
    let shown = path.display().to_string();
    let text = crate::textfile::read_limited(path, MAX_BASELINE_BYTES).map_err(|error| {
        vec![match error {
            ReadError::TooLarge => {
                format!("baseline {shown} is larger than 64 MiB, the most that is read")
            }
            ReadError::NotFound => format!(
                "baseline {shown} not found (write one with `apitokens audit --write-baseline {shown}`)"
            ),
            ReadError::Io(error) => format!("cannot read baseline {shown}: {error}"),
            ReadError::NotUtf8(offset) => format!(
                "baseline {shown} is not UTF-8 text (invalid byte at offset {offset})"
            ),
        }]
    })?;
    parse(&shown, &text)
}

/// Parses a baseline document; `file` names it in messages.
pub(crate) fn parse(file: &str, text: &str) -> Result<Baseline, Vec<String>> {
    let raw: RawBaseline = toml::from_str(text).map_err(|error| {
        let at = error.span().map_or_else(String::new, |span| {
            format!(":{}", crate::textfile::line_of(text, span.start))
        });
        let message = error.message().trim().replace('\n', " ");
        vec![format!("{file}{at}: invalid baseline: {message}")]
    })?;
    let lines = crate::textfile::Lines::new(text);
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    for entry in raw.accepted {
        let line = lines.of(entry.span().start);
        let raw = entry.into_inner();
        let Some(check) = Check::named(raw.check.get_ref()) else {
            errors.push(format!(
                "{file}:{}: unknown check {:?} (expected {})",
                lines.of(raw.check.span().start),
                raw.check.get_ref(),
                Check::ALL.map(Check::as_str).join(", ")
            ));
            continue;
        };
        let until = match raw.until {
            None => None,
            Some(until) => match read_until(until.get_ref()) {
                Some(until) => Some(until),
                None => {
                    let until_line = lines.of(until.span().start);
                    errors.push(format!(
                            "{file}:{until_line}: `until` must be a date (YYYY-MM-DD) or an RFC 3339 time, like \"2026-06-30\" or \"2026-06-30T12:00:00Z\""
                        ));
                    continue;
                }
            },
        };
        for (key, value) in [("source", &raw.source), ("id", &raw.id)] {
            if value.trim().is_empty() {
                errors.push(format!("{file}:{line}: `{key}` is empty"));
            }
        }
        entries.push(Entry {
            line,
            source: raw.source,
            id: raw.id,
            check,
            name: raw.name,
            reason: raw.reason,
            until,
        });
    }
    if errors.is_empty() {
        Ok(Baseline {
            file: file.to_string(),
            entries,
        })
    } else {
        Err(errors)
    }
}

/// `2026-06-30` (through that day, UTC) or an RFC 3339 time, quoted or not.
fn read_until(value: &toml::Value) -> Option<Until> {
    let text = match value {
        toml::Value::String(text) => text.trim().to_string(),
        toml::Value::Datetime(datetime) => datetime.to_string(),
        _ => return None,
    };
    let ends = if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        date.succ_opt()?.and_hms_opt(0, 0, 0)?.and_utc()
    } else {
        DateTime::parse_from_rfc3339(&text)
            .ok()?
            .with_timezone(&Utc)
    };
    Some(Until { text, ends })
}

/// A finding's identity in a baseline.
type Key<'a> = (&'a str, &'a str, Check);

/// An acceptance whose `until` has passed: its finding counts again.
#[derive(Debug)]
pub(crate) struct Expired {
    pub(crate) line: usize,
    pub(crate) until: String,
    pub(crate) finding: Finding,
}

/// An entry that matches no current finding.
#[derive(Debug)]
pub(crate) struct Stale {
    pub(crate) line: usize,
    pub(crate) source: String,
    pub(crate) id: String,
    pub(crate) check: Check,
    pub(crate) name: Option<String>,
}

/// The findings sorted by the baseline.
#[derive(Debug)]
pub(crate) struct Sorted {
    /// Not accepted (including those whose acceptance expired): reported.
    pub(crate) new: Vec<Finding>,
    /// How many the baseline accepts.
    pub(crate) accepted: usize,
    pub(crate) expired: Vec<Expired>,
    /// Entries of the `audited` sources matching none of `all`.
    pub(crate) stale: Vec<Stale>,
}

impl Baseline {
    /// The file as given.
    pub(crate) fn file(&self) -> &str {
        &self.file
    }

    fn index(&self) -> HashMap<Key<'_>, Vec<&Entry>> {
        let mut index: HashMap<Key<'_>, Vec<&Entry>> = HashMap::new();
        for entry in &self.entries {
            index
                .entry((entry.source.as_str(), entry.id.as_str(), entry.check))
                .or_default()
                .push(entry);
        }
        index
    }

    /// Sorts `reported` into accepted and new at `now`. An entry is stale
    /// when its source is one of `audited` and it matches none of `all`
    /// (every finding, whatever its severity).
    pub(crate) fn sort(
        &self,
        reported: Vec<Finding>,
        all: &[Finding],
        audited: &[String],
        now: DateTime<Utc>,
    ) -> Sorted {
        let index = self.index();
        let mut sorted = Sorted {
            new: Vec::new(),
            accepted: 0,
            expired: Vec::new(),
            stale: Vec::new(),
        };
        for finding in reported {
            let key = (finding.source.as_str(), finding.id.as_str(), finding.check);
            let entries = index.get(&key).map(Vec::as_slice).unwrap_or_default();
            let holds = |entry: &Entry| entry.until.as_ref().is_none_or(|until| now < until.ends);
            if entries.iter().any(|entry| holds(entry)) {
                sorted.accepted += 1;
                continue;
            }
            if let Some(entry) = entries.first() {
                sorted.expired.push(Expired {
                    line: entry.line,
                    until: entry
                        .until
                        .as_ref()
                        .map(|until| until.text.clone())
                        .unwrap_or_default(),
                    finding: finding.clone(),
                });
            }
            sorted.new.push(finding);
        }
        let found: std::collections::HashSet<Key<'_>> = all
            .iter()
            .map(|f| (f.source.as_str(), f.id.as_str(), f.check))
            .collect();
        for entry in &self.entries {
            let key = (entry.source.as_str(), entry.id.as_str(), entry.check);
            if audited.contains(&entry.source) && !found.contains(&key) {
                sorted.stale.push(Stale {
                    line: entry.line,
                    source: entry.source.clone(),
                    id: entry.id.clone(),
                    check: entry.check,
                    name: entry.name.clone(),
                });
            }
        }
        sorted
    }
}

/// The baseline accepting `findings`, as TOML; the `reason` and `until` of
/// the entries of `previous` that match are kept. Entries are ordered by
/// source, token ID and check, so that a rewritten file diffs well.
pub(crate) fn render(findings: &[Finding], previous: Option<&Baseline>) -> Result<String, String> {
    let index = previous.map(Baseline::index).unwrap_or_default();
    let mut accepted: Vec<WrittenEntry<'_>> = findings
        .iter()
        .map(|finding| {
            let key = (finding.source.as_str(), finding.id.as_str(), finding.check);
            let kept = index.get(&key).and_then(|entries| entries.first());
            WrittenEntry {
                source: &finding.source,
                id: &finding.id,
                check: finding.check.as_str(),
                name: finding.name.as_deref(),
                reason: kept.and_then(|entry| entry.reason.as_deref()),
                until: kept.and_then(|entry| entry.until.as_ref().map(|u| u.text.as_str())),
            }
        })
        .collect();
    accepted.sort_by(|a, b| (a.source, a.id, a.check).cmp(&(b.source, b.id, b.check)));
    accepted.dedup_by(|a, b| (a.source, a.id, a.check) == (b.source, b.id, b.check));
    let body = toml::to_string(&WrittenBaseline { accepted })
        .map_err(|error| format!("cannot render the baseline: {error}"))?;
    Ok(format!("{HEADER}\n{body}"))
}

/// Writes the baseline whole or not at all (an existing file is replaced:
/// the flag asks for it, and keeps its permissions).
pub(crate) fn write_atomically(path: &Path, text: &str) -> Result<(), String> {
    crate::atomic::write_whole(path, text.as_bytes(), crate::atomic::Readers::Usual)
        .map_err(|error| format!("cannot write baseline {}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use apitokens::Vendor;

    fn finding(source: &str, id: &str, check: Check) -> Finding {
        Finding {
            severity: crate::audit::Severity::Low,
            check,
            reason: "r".into(),
            at: None,
            source: source.into(),
            vendor: Vendor::Dynatrace,
            location: "l".into(),
            id: id.into(),
            name: Some("a \"quoted\"\nname".into()),
            owner: None,
            fingerprint: crate::audit::fingerprint(source, id, check),
        }
    }

    #[test]
    fn a_written_baseline_reads_back_and_accepts_its_findings() -> Result<(), Vec<String>> {
        let findings = vec![
            finding("dt", "b", Check::Unused),
            finding("dt", "a", Check::NeverExpires),
        ];
        let text = render(&findings, None).map_err(|e| vec![e])?;
        assert!(text.starts_with("# apitokens audit baseline"), "{text}");
        let baseline = parse("b.toml", &text)?;
        let now = Utc::now();
        let sorted = baseline.sort(findings.clone(), &findings, &["dt".into()], now);
        assert!(sorted.new.is_empty(), "{sorted:?}");
        assert_eq!(sorted.accepted, 2);
        assert!(sorted.stale.is_empty());
        Ok(())
    }

    #[test]
    fn until_ends_an_acceptance_after_its_day() -> Result<(), Vec<String>> {
        let text = "[[accepted]]\nsource = \"dt\"\nid = \"a\"\ncheck = \"unused\"\nuntil = 2026-01-31\n\n[[accepted]]\nsource = \"dt\"\nid = \"b\"\ncheck = \"unused\"\nuntil = \"2026-01-31T12:00:00+02:00\"\n";
        let baseline = parse("b.toml", text)?;
        let findings = vec![
            finding("dt", "a", Check::Unused),
            finding("dt", "b", Check::Unused),
        ];
        let at = |s: &str| DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc));
        let before = at("2026-01-31T09:59:59Z").map_err(|e| vec![e.to_string()])?;
        let sorted = baseline.sort(findings.clone(), &findings, &[], before);
        assert_eq!(sorted.accepted, 2);
        let between = at("2026-01-31T10:00:00Z").map_err(|e| vec![e.to_string()])?;
        let sorted = baseline.sort(findings.clone(), &findings, &[], between);
        assert_eq!(sorted.accepted, 1);
        assert_eq!(sorted.expired.len(), 1);
        assert_eq!(sorted.expired[0].line, 7);
        let after = at("2026-02-01T00:00:00Z").map_err(|e| vec![e.to_string()])?;
        let sorted = baseline.sort(findings.clone(), &findings, &[], after);
        assert_eq!(sorted.accepted, 0);
        assert_eq!(sorted.new.len(), 2);
        Ok(())
    }

    #[test]
    fn problems_are_named_with_file_and_line() {
        let errors = |text: &str| parse("b.toml", text).err().unwrap_or_default();
        let entry = "[[accepted]]\nsource = \"dt\"\nid = \"a\"\n";
        assert_eq!(
            errors(&format!("{entry}check = \"unusd\"\n")),
            [
                "b.toml:4: unknown check \"unusd\" (expected expired, broad-scopes, personal-access-token, disabled, expiring-soon, never-expires, unused, never-used)"
            ]
        );
        let until = errors(&format!(
            "{entry}check = \"unused\"\nuntil = \"next week\"\n"
        ));
        assert_eq!(until.len(), 1);
        assert!(
            until[0].starts_with("b.toml:5: `until` must be a date"),
            "{until:?}"
        );
        let unknown = errors(&format!("{entry}check = \"unused\"\nreasn = \"x\"\n"));
        assert_eq!(unknown.len(), 1);
        assert!(
            unknown[0].starts_with("b.toml:5: invalid baseline: unknown field `reasn`"),
            "{unknown:?}"
        );
        let missing = errors(&format!("\n{entry}"));
        assert_eq!(missing.len(), 1);
        assert!(
            missing[0].starts_with("b.toml:2: invalid baseline: missing field `check`"),
            "{missing:?}"
        );
        let syntax = errors("[[accepted]\n");
        assert_eq!(syntax.len(), 1);
        assert!(
            syntax[0].starts_with("b.toml:1: invalid baseline:"),
            "{syntax:?}"
        );
    }
}
