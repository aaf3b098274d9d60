//! The page, parsed by a real HTML parser and checked against the DOM
//! contract (crates/apitokens-cli/README.md, "The report's DOM contract").

use apitokens::{Location, Token, Vendor};
use chrono::TimeZone;
use scraper::{Html, Selector};

use super::*;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

fn days(n: i64) -> DateTime<Utc> {
    now() + chrono::Duration::days(n)
}

fn dynatrace(id: &str) -> Token {
    Token::new(
        Location::Dynatrace {
            environment_url: "https://x.example".into(),
        },
        id,
    )
}

fn astra(id: &str) -> Token {
    Token::new(
        Location::Astra {
            url: "https://a.example".into(),
            account_id: "acc".into(),
            user_id: "user".into(),
        },
        id,
    )
}

/// Two sources, one failed after one token; tokens in each expiry and
/// last-use state the page distinguishes.
fn sample() -> (Vec<SourceStatus>, Vec<Listed>) {
    let sources = vec![
        SourceStatus {
            name: "prod".into(),
            vendor: Vendor::Dynatrace,
            errors: Vec::new(),
        },
        SourceStatus {
            name: "astra-eu".into(),
            vendor: Vendor::Astra,
            errors: vec!["error: astra-eu (astra): 503 Service Unavailable — check the URL".into()],
        },
    ];
    let mut expired = dynatrace("dt-expired");
    expired.name = Some("old deploy".into());
    expired.expires_at = Some(days(-10));
    expired.created_at = Some(days(-400));
    let mut soon = dynatrace("dt-soon");
    soon.name = Some("ci".into());
    soon.owner = Some("alice@example.com".into());
    soon.expires_at = Some(days(5));
    soon.last_used_at = Some(days(-2));
    soon.created_at = Some(days(-20));
    soon.scopes = vec!["metrics.read".into(), "settings.write".into()];
    let mut later = dynatrace("dt-later");
    later.expires_at = Some(days(200));
    later.last_used_at = Some(days(-45));
    later.created_at = Some(days(-50));
    let mut never = astra("astra-1");
    never.name = Some("backup".into());
    never.owner = Some("user".into());
    never.created_at = Some(days(-100));
    let tokens = vec![
        Listed {
            source: "prod".into(),
            token: expired,
        },
        Listed {
            source: "prod".into(),
            token: soon,
        },
        Listed {
            source: "prod".into(),
            token: later,
        },
        Listed {
            source: "astra-eu".into(),
            token: never,
        },
    ];
    (sources, tokens)
}

fn page(sources: &[SourceStatus], tokens: &[Listed]) -> (String, Vec<Finding>) {
    let thresholds = Thresholds::default();
    let findings = crate::audit::review(tokens, now(), &crate::audit::Rules::new(thresholds));
    let html = render(&Review {
        generated_at: now(),
        sources,
        tokens,
        findings: &findings,
        thresholds,
        min_severity: Severity::Low,
        baseline: None,
    });
    (html, findings)
}

fn select<'a>(document: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    let parsed = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"));
    document.select(&parsed).collect()
}

fn one_text(document: &Html, selector: &str) -> String {
    let found = select(document, selector);
    assert!(!found.is_empty(), "no {selector}");
    found[0].text().collect::<String>()
}

/// Every `data-count=KEY` element of `key`: at least one, all the same number.
fn count_of(document: &Html, key: &str) -> usize {
    let found = select(document, &format!("[data-count=\"{key}\"]"));
    assert!(!found.is_empty(), "no count {key}");
    let numbers: Vec<String> = found.iter().map(|e| e.text().collect()).collect();
    assert!(
        numbers.windows(2).all(|pair| pair[0] == pair[1]),
        "{key}: {numbers:?}"
    );
    assert!(
        numbers[0].chars().all(|c| c.is_ascii_digit()),
        "{key}: {numbers:?}"
    );
    numbers[0].parse().unwrap_or(usize::MAX)
}

#[test]
fn every_element_of_the_contract_is_there_with_its_count() {
    let (sources, tokens) = sample();
    let (html, findings) = page(&sources, &tokens);
    let document = Html::parse_document(&html);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"en\">"));
    let main = select(&document, "main#report");
    assert_eq!(main.len(), 1);
    assert_eq!(
        main[0].value().attr("data-generated-at"),
        Some("2026-05-01T12:00:00Z")
    );

    assert_eq!(count_of(&document, "tokens"), 4);
    assert_eq!(count_of(&document, "findings"), findings.len());
    for severity in Severity::ALL {
        let expected = findings.iter().filter(|f| f.severity == severity).count();
        assert_eq!(
            count_of(&document, severity.as_str()),
            expected,
            "{severity:?}"
        );
    }
    assert_eq!(count_of(&document, "sources"), 2);
    assert_eq!(count_of(&document, "failed-sources"), 1);
    assert_eq!(count_of(&document, "vendor:dynatrace"), 3);
    assert_eq!(count_of(&document, "vendor:astra"), 1);
    assert_eq!(count_of(&document, "source:prod"), 3);
    assert_eq!(count_of(&document, "source:astra-eu"), 1);
    let of = |source: &str| findings.iter().filter(|f| f.source == source).count();
    assert_eq!(count_of(&document, "source-findings:prod"), of("prod"));
    assert_eq!(
        count_of(&document, "source-findings:astra-eu"),
        of("astra-eu")
    );
    // Every count names a known key.
    for element in select(&document, "[data-count]:not([data-bucket])") {
        let key = element.value().attr("data-count").unwrap_or_default();
        let known = [
            "tokens",
            "findings",
            "high",
            "medium",
            "low",
            "sources",
            "failed-sources",
        ];
        assert!(
            known.contains(&key)
                || ["vendor:", "source:", "source-findings:"]
                    .iter()
                    .any(|prefix| key.starts_with(prefix)),
            "unknown count {key}"
        );
    }

    let rows = select(
        &document,
        "table#sources tbody tr[data-source][data-status]",
    );
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].value().attr("data-status"), Some("ok"));
    assert_eq!(rows[1].value().attr("data-source"), Some("astra-eu"));
    assert_eq!(rows[1].value().attr("data-status"), Some("failed"));
    assert!(
        rows[1]
            .text()
            .collect::<String>()
            .contains("503 Service Unavailable")
    );

    let rows = select(&document, "table#tokens tbody tr[data-source][data-id]");
    let ids: Vec<(&str, &str)> = rows
        .iter()
        .map(|row| {
            let value = row.value();
            (
                value.attr("data-source").unwrap_or_default(),
                value.attr("data-id").unwrap_or_default(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str)> = tokens
        .iter()
        .map(|l| (l.source.as_str(), l.token.id.as_str()))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(select(&document, "table#tokens tbody tr").len(), 4);
    let soon = rows[1].text().collect::<String>();
    for cell in [
        "prod",
        "dynatrace",
        "dt-soon",
        "ci",
        "alice@example.com",
        "settings.write",
    ] {
        assert!(soon.contains(cell), "{cell} missing from {soon}");
    }

    let rows = select(
        &document,
        "table#findings tbody tr[data-source][data-id][data-check][data-severity]",
    );
    assert_eq!(rows.len(), findings.len());
    assert_eq!(
        select(&document, "table#findings tbody tr").len(),
        findings.len()
    );
    for (row, finding) in rows.iter().zip(&findings) {
        let value = row.value();
        assert_eq!(value.attr("data-id"), Some(finding.id.as_str()));
        assert_eq!(value.attr("data-check"), Some(finding.check.as_str()));
        assert_eq!(value.attr("data-severity"), Some(finding.severity.as_str()));
        // The severity is written, not only coloured.
        assert!(
            row.text()
                .collect::<String>()
                .contains(finding.severity.as_str())
        );
    }

    let marks = select(
        &document,
        "svg#expiry-timeline [data-mark=expiry][data-source][data-id]",
    );
    assert_eq!(marks.len(), 4);
    assert_eq!(
        select(&document, "svg#expiry-timeline [data-mark=today]").len(),
        1
    );
    assert_eq!(
        select(&document, "svg#expiry-timeline [data-mark=expiring-window]").len(),
        1
    );
    // Expired left of today, never-expiring right of every dated mark.
    let x = |id: &str| -> f64 {
        let mark = select(&document, &format!("[data-mark=expiry][data-id=\"{id}\"]"));
        let value = mark[0].value();
        let number = value
            .attr("cx")
            .or(value.attr("x"))
            .map(str::to_string)
            .or_else(|| {
                value.attr("d").map(|d| {
                    d.trim_start_matches('M')
                        .split(' ')
                        .next()
                        .unwrap_or_default()
                        .to_string()
                })
            })
            .unwrap_or_default();
        number.parse().unwrap_or(f64::NAN)
    };
    let today: f64 = select(&document, "[data-mark=today]")[0]
        .value()
        .attr("x1")
        .and_then(|x| x.parse().ok())
        .unwrap_or(f64::NAN);
    assert!(x("dt-expired") < today);
    assert!(today < x("dt-soon") && x("dt-soon") < x("dt-later"));
    assert!(x("dt-later") < x("astra-1"));

    let buckets: Vec<(String, usize)> = select(&document, "svg#last-use [data-bucket]")
        .iter()
        .map(|bar| {
            let value = bar.value();
            (
                value.attr("data-bucket").unwrap_or_default().to_string(),
                value
                    .attr("data-count")
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(usize::MAX),
            )
        })
        .collect();
    let expected: Vec<(String, usize)> = [
        ("never-used", 1),
        ("over-90d", 0),
        ("30d-90d", 1),
        ("7d-30d", 0),
        ("under-7d", 1),
        ("not-reported", 1),
    ]
    .iter()
    .map(|(key, n)| (key.to_string(), *n))
    .collect();
    assert_eq!(buckets, expected);

    for chart in ["expiry-timeline", "last-use"] {
        let figure = select(&document, &format!("figure:has(svg#{chart})"));
        assert_eq!(figure.len(), 1, "{chart}");
        // The table it summarises is linked (not aria-describedby: a screen
        // reader would read 10,000 rows as the chart's description).
        let links = select(
            &document,
            &format!("figure:has(svg#{chart}) figcaption a[href='#tokens']"),
        );
        assert_eq!(links.len(), 1, "{chart}");
        assert!(!one_text(&document, &format!("figure:has(svg#{chart}) figcaption")).is_empty());
        assert!(!one_text(&document, &format!("svg#{chart} > title")).is_empty());
        assert!(!one_text(&document, &format!("svg#{chart} > desc")).is_empty());
    }
    for header in select(&document, "thead th") {
        assert_eq!(header.value().attr("scope"), Some("col"));
    }
    assert_eq!(select(&document, "script").len(), 1);
    assert!(html.contains("@media print") && html.contains("@page"));
}

#[test]
fn headings_go_in_order() {
    let (sources, tokens) = sample();
    let (html, _) = page(&sources, &tokens);
    let document = Html::parse_document(&html);
    let levels: Vec<u8> = select(&document, "h1, h2, h3, h4, h5, h6")
        .iter()
        .map(|h| h.value().name()[1..].parse().unwrap_or(9))
        .collect();
    assert_eq!(levels[0], 1);
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1);
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "{levels:?}");
    }
}

#[test]
fn nothing_is_fetched_from_anywhere() {
    let (sources, tokens) = sample();
    let (html, _) = page(&sources, &tokens);
    let lower = html.to_lowercase();
    for reference in ["http:", "https:", "//", "@import", "url("] {
        // The sample's own URLs are locations, which the page does not show.
        assert!(!lower.contains(reference), "{reference} in the page");
    }
    let document = Html::parse_document(&html);
    assert!(select(&document, "[src], link, iframe, object, embed, img").is_empty());
    for link in select(&document, "[href]") {
        let href = link.value().attr("href").unwrap_or_default();
        assert!(href.starts_with('#'), "{href}");
    }
}

#[test]
fn vendor_text_cannot_inject_markup() {
    let hostile = "<script>alert(1)</script>\"' onload=x \u{0}\u{7}\u{1b}[31m&amp;";
    let sources = vec![SourceStatus {
        name: hostile.into(),
        vendor: Vendor::Dynatrace,
        errors: vec![format!("error: {hostile}")],
    }];
    let mut token = dynatrace(hostile);
    token.name = Some(hostile.into());
    token.owner = Some(hostile.into());
    token.scopes = vec![hostile.into()];
    let tokens = vec![Listed {
        source: hostile.into(),
        token,
    }];
    let (html, findings) = page(&sources, &tokens);
    assert!(!findings.is_empty());
    let document = Html::parse_document(&html);
    // Only the page's own script, and no element or attribute from the text.
    assert_eq!(select(&document, "script").len(), 1);
    assert!(select(&document, "[onload]").is_empty());
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains('\u{0}') && !html.contains('\u{7}') && !html.contains('\u{1b}'));
    // The text reads as it was given, controls shown as U+FFFD.
    let shown = "<script>alert(1)</script>\"' onload=x \u{FFFD}\u{FFFD}\u{FFFD}[31m&amp;";
    let row = select(&document, "table#tokens tbody tr");
    assert_eq!(row.len(), 1);
    assert_eq!(row[0].value().attr("data-id"), Some(shown));
    let cells: Vec<String> = select(&document, "table#tokens tbody td")
        .iter()
        .map(|cell| cell.text().collect())
        .collect();
    assert_eq!(cells[2], shown);
    assert_eq!(cells[3], shown);
    assert_eq!(cells[4], shown);
    let key = format!("source:{shown}");
    let counts: Vec<String> = select(&document, "[data-count]")
        .iter()
        .filter(|e| e.value().attr("data-count") == Some(key.as_str()))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(counts, ["1"]);
}

#[test]
fn an_empty_inventory_renders() {
    let sources = vec![SourceStatus {
        name: "empty".into(),
        vendor: Vendor::Dynatrace,
        errors: Vec::new(),
    }];
    let (html, _) = page(&sources, &[]);
    let document = Html::parse_document(&html);
    assert_eq!(count_of(&document, "tokens"), 0);
    assert_eq!(count_of(&document, "findings"), 0);
    assert_eq!(count_of(&document, "vendor:dynatrace"), 0);
    assert_eq!(count_of(&document, "source:empty"), 0);
    assert!(select(&document, "table#tokens tbody tr").is_empty());
    assert!(select(&document, "[data-mark=expiry]").is_empty());
    assert_eq!(select(&document, "[data-mark=today]").len(), 1);
    assert_eq!(select(&document, "[data-bucket]").len(), 6);
    assert!(!html.contains("NaN") && !html.contains("inf"));
}

#[test]
fn a_failed_source_is_shown_with_its_error() {
    let sources = vec![SourceStatus {
        name: "down".into(),
        vendor: Vendor::Astra,
        errors: vec!["error: down (astra): connection refused — check the URL".into()],
    }];
    let (html, _) = page(&sources, &[]);
    let document = Html::parse_document(&html);
    let row = select(
        &document,
        "table#sources tbody tr[data-source=down][data-status=failed]",
    );
    assert_eq!(row.len(), 1);
    assert!(
        row[0]
            .text()
            .collect::<String>()
            .contains("connection refused")
    );
    assert_eq!(count_of(&document, "failed-sources"), 1);
    assert!(one_text(&document, ".failed-note").contains("down"));
}

#[test]
fn far_expiries_and_many_tokens_stay_on_the_chart() {
    let sources = vec![SourceStatus {
        name: "many".into(),
        vendor: Vendor::Dynatrace,
        errors: Vec::new(),
    }];
    let tokens: Vec<Listed> = (0..500)
        .map(|n| {
            let mut token = dynatrace(&format!("id-{n}"));
            token.expires_at = match n % 4 {
                0 => None,
                1 => Some(days(-3000)),
                2 => Some(days(300_000)),
                _ => Some(days(n % 60)),
            };
            Listed {
                source: "many".into(),
                token,
            }
        })
        .collect();
    let (html, _) = page(&sources, &tokens);
    let document = Html::parse_document(&html);
    let marks = select(&document, "[data-mark=expiry]");
    assert_eq!(marks.len(), 500);
    assert!(!html.contains("NaN") && !html.contains("inf"));
}
