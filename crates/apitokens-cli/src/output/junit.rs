//! `audit --format junit`: JUnit XML, as CI systems render test results.
//! One testsuite per source, one failing testcase per finding, one passing
//! testcase per token without findings.
//!
//! Written by hand rather than through an XML crate: the document is small
//! and fixed, and the only care it needs is [`xml_text`].

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use crate::audit::Finding;
use crate::output::Listed;

/// `text` for XML 1.0 attribute values and content: markup characters
/// escaped; characters XML cannot hold at all (controls but tab, newline
/// and carriage return, U+FFFE, U+FFFF), not even as references, written
/// out visibly as `\u{…}`, so a vendor's name cannot break the document.
pub(crate) fn xml_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // Attribute values normalise raw whitespace: keep it as references.
            '\n' => escaped.push_str("&#10;"),
            '\r' => escaped.push_str("&#13;"),
            '\t' => escaped.push_str("&#9;"),
            c if c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(escaped, "\\u{{{:x}}}", u32::from(c));
            }
            c => escaped.push(c),
        }
    }
    escaped
}

/// How a token is named in a testcase: its name and ID, or its ID.
fn token_label(name: Option<&str>, id: &str) -> String {
    match name {
        Some(name) => format!("{name} ({id})"),
        None => id.to_string(),
    }
}

/// The JUnit document of `findings` over `tokens`, a testsuite for each of
/// `sources` (in their order, those without tokens too).
pub(crate) fn print_junit(
    out: &mut dyn Write,
    sources: &[String],
    tokens: &[Listed],
    findings: &[Finding],
) -> io::Result<()> {
    let flagged: HashSet<(&str, &str)> = findings
        .iter()
        .map(|f| (f.source.as_str(), f.id.as_str()))
        .collect();
    let clean = tokens
        .iter()
        .filter(|l| !flagged.contains(&(l.source.as_str(), l.token.id.as_str())))
        .count();
    let mut xml = String::new();
    xml.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"apitokens audit\" tests=\"{}\" failures=\"{}\">",
        findings.len() + clean,
        findings.len()
    );
    for source in sources {
        let mine: Vec<&Finding> = findings.iter().filter(|f| &f.source == source).collect();
        let passing: Vec<&Listed> = tokens
            .iter()
            .filter(|l| {
                &l.source == source && !flagged.contains(&(source.as_str(), l.token.id.as_str()))
            })
            .collect();
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">",
            xml_text(source),
            mine.len() + passing.len(),
            mine.len()
        );
        for finding in mine {
            let mut details = format!(
                "severity: {}\ncheck: {}\nreason: {}\nvendor: {}\nlocation: {}\nid: {}\nfingerprint: {}\n",
                finding.severity.as_str(),
                finding.check.as_str(),
                finding.reason,
                finding.vendor.as_str(),
                finding.location,
                finding.id,
                finding.fingerprint,
            );
            for (key, value) in [
                ("name", &finding.name),
                ("owner", &finding.owner),
                ("at", &finding.at),
            ] {
                if let Some(value) = value {
                    let _ = writeln!(details, "{key}: {value}");
                }
            }
            let _ = writeln!(
                xml,
                "    <testcase classname=\"{}.{}\" name=\"{} {}\">\n      \
                 <failure type=\"{}\" message=\"{}: {}\">{}</failure>\n    </testcase>",
                xml_text(source),
                finding.vendor.as_str(),
                xml_text(&token_label(finding.name.as_deref(), &finding.id)),
                finding.check.as_str(),
                finding.severity.as_str(),
                finding.severity.as_str(),
                xml_text(&finding.reason),
                xml_text(&details),
            );
        }
        for listed in passing {
            let _ = writeln!(
                xml,
                "    <testcase classname=\"{}.{}\" name=\"{}\"/>",
                xml_text(source),
                listed.token.vendor.as_str(),
                xml_text(&token_label(listed.token.name.as_deref(), &listed.token.id)),
            );
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    out.write_all(xml.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit::{Check, Severity};
    use apitokens::Vendor;

    const HOSTILE: &str = "a<b>&\"c'\n\r\t]]>\u{1b}[2J\u{0}\u{FFFF}é";

    fn finding(source: &str, id: &str) -> Finding {
        Finding {
            severity: Severity::High,
            check: Check::BroadScopes,
            reason: format!("reason {HOSTILE}"),
            at: None,
            source: source.to_string(),
            vendor: Vendor::Dynatrace,
            location: "https://x.example".to_string(),
            id: id.to_string(),
            name: Some(HOSTILE.to_string()),
            owner: None,
            fingerprint: crate::audit::fingerprint(source, id, Check::BroadScopes),
        }
    }

    #[test]
    fn hostile_text_stays_well_formed_and_reads_back() -> Result<(), Box<dyn std::error::Error>> {
        let mut tokens = crate::output::tests::a_token_of_every_vendor();
        tokens[0].token.name = Some(HOSTILE.to_string());
        tokens[0].source = HOSTILE.to_string();
        let sources: Vec<String> = tokens.iter().map(|l| l.source.clone()).collect();
        let findings = [finding(HOSTILE, &tokens[0].token.id)];
        let mut out = Vec::new();
        print_junit(&mut out, &sources, &tokens, &findings)?;
        let text = String::from_utf8(out)?;
        let document = roxmltree::Document::parse(&text)?;
        let root = document.root_element();
        assert_eq!(root.tag_name().name(), "testsuites");
        assert_eq!(root.attribute("tests"), Some("4"));
        assert_eq!(root.attribute("failures"), Some("1"));
        let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
        assert_eq!(suites.len(), tokens.len(), "one testsuite per source");
        // What XML can hold reads back exactly; the rest is written visibly.
        let visible = "a<b>&\"c'\n\r\t]]>\\u{1b}[2J\\u{0}\\u{ffff}é";
        assert_eq!(suites[0].attribute("name"), Some(visible));
        let failure = suites[0]
            .descendants()
            .find(|n| n.has_tag_name("failure"))
            .ok_or("no failure")?;
        assert_eq!(failure.attribute("type"), Some("high"));
        assert_eq!(
            failure.attribute("message"),
            Some(format!("high: reason {visible}").as_str())
        );
        assert!(
            failure
                .text()
                .unwrap_or_default()
                .contains("check: broad-scopes")
        );
        for suite in &suites[1..] {
            let cases: Vec<_> = suite
                .children()
                .filter(|n| n.has_tag_name("testcase"))
                .collect();
            assert_eq!(cases.len(), 1);
            assert!(cases[0].children().all(|n| !n.is_element()), "passing");
        }
        Ok(())
    }
}
