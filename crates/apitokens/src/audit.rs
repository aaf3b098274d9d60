//! The quarterly review's rules: what is wrong with a token, and how badly.
//! The CLI's `audit` prints these findings; library users get the same.
//! What is vendor-specific (which scopes are broad, whether last use is
//! reported, whether tokens can expire) comes from each vendor's
//! [`Adapter`](crate::Adapter), so every vendor is audited.

use std::time::Duration;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::Serialize;

use crate::{Token, Vendor};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth a look when convenient: never expires, disabled but not revoked.
    Low,
    /// Fix this quarter: expired, expiring soon, unused or never used,
    /// personal access tokens.
    Medium,
    /// Fix now: write or admin scopes on a token that still works.
    High,
}

impl Severity {
    /// Every severity, lowest first.
    pub const ALL: [Severity; 3] = [Severity::Low, Severity::Medium, Severity::High];

    /// The name output and options use: `low`, `medium`, `high`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// Write or admin scopes (as the vendor's adapter counts them, or the
    /// patterns of [`BroadScopes`]).
    BroadScopes,
    /// The expiry has passed.
    Expired,
    /// The expiry is within `--expiring-within`.
    ExpiringSoon,
    /// Last used longer ago than `--unused-for`.
    Unused,
    /// Never used, and created longer ago than `--unused-for`.
    NeverUsed,
    /// A Dynatrace personal access token: it acts with its owner's permissions.
    PersonalAccessToken,
    /// No expiry: valid until revoked.
    NeverExpires,
    /// Disabled, yet still there: revoke it.
    Disabled,
}

impl Check {
    /// Every check, in the order the rules run them.
    pub const ALL: [Check; 8] = [
        Check::Expired,
        Check::BroadScopes,
        Check::PersonalAccessToken,
        Check::Disabled,
        Check::ExpiringSoon,
        Check::NeverExpires,
        Check::Unused,
        Check::NeverUsed,
    ];

    /// The check spelt `name` in output (`broad-scopes`, …).
    pub fn named(name: &str) -> Option<Check> {
        Check::ALL.into_iter().find(|check| check.as_str() == name)
    }

    /// The name output uses: `broad-scopes`, `expired`, …
    pub fn as_str(self) -> &'static str {
        match self {
            Check::BroadScopes => "broad-scopes",
            Check::Expired => "expired",
            Check::ExpiringSoon => "expiring-soon",
            Check::Unused => "unused",
            Check::NeverUsed => "never-used",
            Check::PersonalAccessToken => "personal-access-token",
            Check::NeverExpires => "never-expires",
            Check::Disabled => "disabled",
        }
    }
}

/// The review's thresholds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Thresholds {
    /// Report tokens expiring within this period.
    pub expiring_within: Duration,
    /// Report tokens not used for this period, or never used and older than it.
    pub unused_for: Duration,
}

impl Thresholds {
    /// Thresholds of `expiring_within` and `unused_for`.
    pub fn new(expiring_within: Duration, unused_for: Duration) -> Self {
        Self {
            expiring_within,
            unused_for,
        }
    }
}

impl Default for Thresholds {
    /// 30 days to expiry, 90 days unused: the CLI's defaults.
    fn default() -> Self {
        Self::new(
            Duration::from_secs(30 * 86_400),
            Duration::from_secs(90 * 86_400),
        )
    }
}

/// Whether the vendor counts `scope` as a write or admin scope by default
/// (its adapter's [`broad_scope_patterns`](crate::Adapter::broad_scope_patterns);
/// a vendor this build does not know has none).
pub fn is_broad_scope(vendor: Vendor, scope: &str) -> bool {
    crate::adapter(vendor).is_some_and(|adapter| adapter.is_broad_scope(scope))
}

/// Whether `scope` matches the scope pattern `pattern`: `*` stands for any
/// run of characters (none included), everything else for itself, and
/// letters match regardless of case (`*.write` matches `settings.WRITE`).
///
/// Hand-written rather than a glob crate: scopes are not paths, and only
/// `*` is wanted, so there are no `?`, `[…]` or `/` rules to document.
pub fn scope_matches(pattern: &str, scope: &str) -> bool {
    let pattern = pattern.to_ascii_lowercase();
    let scope = scope.to_ascii_lowercase();
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = scope.strip_prefix(first) else {
        return false;
    };
    let middle: Vec<&str> = parts.collect();
    let Some((last, middle)) = middle.split_last() else {
        // No `*`: the whole scope must be the pattern.
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// Which scopes count as broad, per vendor: each vendor's adapter's
/// patterns, unless replaced (e.g. from the CLI's `[audit.broad_scopes]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BroadScopes {
    replaced: Vec<(Vendor, Vec<String>)>,
}

impl BroadScopes {
    /// Replaces `vendor`'s patterns (see [`scope_matches`]) with `patterns`;
    /// none means no scope of that vendor is broad.
    pub fn with_patterns<I, S>(mut self, vendor: Vendor, patterns: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let patterns: Vec<String> = patterns.into_iter().map(Into::into).collect();
        self.replaced.retain(|(replaced, _)| *replaced != vendor);
        self.replaced.push((vendor, patterns));
        self
    }

    /// The patterns in force for `vendor`: the replaced ones, else its adapter's.
    pub fn patterns(&self, vendor: Vendor) -> Vec<&str> {
        match self
            .replaced
            .iter()
            .find(|(replaced, _)| *replaced == vendor)
        {
            Some((_, patterns)) => patterns.iter().map(String::as_str).collect(),
            None => crate::adapter(vendor)
                .map(|adapter| adapter.broad_scope_patterns().to_vec())
                .unwrap_or_default(),
        }
    }

    /// Whether `scope` of a `vendor` token is broad.
    pub fn is_broad(&self, vendor: Vendor, scope: &str) -> bool {
        match self
            .replaced
            .iter()
            .find(|(replaced, _)| *replaced == vendor)
        {
            Some((_, patterns)) => patterns.iter().any(|pattern| scope_matches(pattern, scope)),
            None => is_broad_scope(vendor, scope),
        }
    }
}

/// Everything the review takes besides the token and the time: the
/// thresholds, and which scopes are broad.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Rules {
    /// The periods of `expiring-soon`, `unused` and `never-used`.
    pub thresholds: Thresholds,
    /// The scopes of `broad-scopes`.
    pub broad_scopes: BroadScopes,
}

impl Rules {
    /// `thresholds`, with each vendor's own broad scopes.
    pub fn new(thresholds: Thresholds) -> Self {
        Self {
            thresholds,
            broad_scopes: BroadScopes::default(),
        }
    }

    /// The same rules with `broad_scopes` instead.
    pub fn with_broad_scopes(mut self, broad_scopes: BroadScopes) -> Self {
        self.broad_scopes = broad_scopes;
        self
    }

    /// Everything wrong with `token` at `now`, in the order the rules run.
    pub fn check(&self, token: &Token, now: DateTime<Utc>) -> Vec<Finding> {
        check_with(token, now, self)
    }
}

fn chrono_duration(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

/// Whether the vendor's tokens can have an expiry at all.
fn can_expire(vendor: Vendor) -> bool {
    crate::adapter(vendor).is_none_or(|adapter| {
        let expiry = adapter.capabilities().expiry;
        expiry.at || expiry.after_days
    })
}

/// The vendor's name for people ("Astra"), else its output name.
/// A period as people say it: "90 days", "12 hours", else humantime's form.
pub fn period(duration: Duration) -> String {
    let seconds = duration.as_secs();
    let (amount, unit) = match seconds {
        0 => return "0 seconds".to_string(),
        s if s % 86_400 == 0 => (s / 86_400, "day"),
        s if s % 3_600 == 0 => (s / 3_600, "hour"),
        s if s % 60 == 0 => (s / 60, "minute"),
        _ => return humantime::format_duration(duration).to_string(),
    };
    if amount == 1 {
        format!("1 {unit}")
    } else {
        format!("{amount} {unit}s")
    }
}

/// One thing wrong with a token.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// How much it matters.
    pub severity: Severity,
    /// What it is about.
    pub check: Check,
    /// Why, in words (times relative to the `now` of [`check`]).
    pub reason: String,
    /// The time it is about (the expiry, the last use or the creation), when there is one.
    pub at: Option<DateTime<Utc>>,
}

/// Everything wrong with `token` at `now`, in the order the rules run, with
/// each vendor's own broad scopes (see [`Rules`] to choose them).
pub fn check(token: &Token, now: DateTime<Utc>, thresholds: Thresholds) -> Vec<Finding> {
    Rules::new(thresholds).check(token, now)
}

fn check_with(token: &Token, now: DateTime<Utc>, rules: &Rules) -> Vec<Finding> {
    let thresholds = rules.thresholds;
    let mut findings: Vec<Finding> = Vec::new();
    let mut found = |severity, check, reason: String, at| {
        findings.push(Finding {
            severity,
            check,
            reason,
            at,
        })
    };
    let when = |at: DateTime<Utc>| relative(at, now);

    if let Some(expires) = token.expires_at
        && expires <= now
    {
        // An expired token cannot be used: nothing else about it matters.
        found(
            Severity::Medium,
            Check::Expired,
            format!(
                "expired {}; anything still using it fails — revoke it",
                when(expires)
            ),
            Some(expires),
        );
        return findings;
    }
    let broad: Vec<&str> = token
        .scopes
        .iter()
        .map(String::as_str)
        .filter(|scope| rules.broad_scopes.is_broad(token.vendor, scope))
        .collect();
    if !broad.is_empty() {
        found(
            Severity::High,
            Check::BroadScopes,
            format!("write/admin scopes: {}", broad.join(", ")),
            None,
        );
    }
    if token.personal_access_token == Some(true) {
        found(
            Severity::Medium,
            Check::PersonalAccessToken,
            "personal access token: acts with its owner's permissions, and breaks when they leave"
                .to_string(),
            None,
        );
    }
    if token.enabled == Some(false) {
        found(
            Severity::Low,
            Check::Disabled,
            "disabled but not revoked — revoke it if it is no longer needed".to_string(),
            None,
        );
        return findings;
    }
    match token.expires_at {
        Some(expires) if expires - now <= chrono_duration(thresholds.expiring_within) => {
            found(
                Severity::Medium,
                Check::ExpiringSoon,
                format!("expires {} — rotate it before then", when(expires)),
                Some(expires),
            );
        }
        Some(_) => {}
        None if !can_expire(token.vendor) => found(
            Severity::Low,
            Check::NeverExpires,
            format!(
                "never expires ({} tokens have no expiry) — revoke it when no longer needed",
                token.vendor.display_name()
            ),
            None,
        ),
        None => found(
            Severity::Low,
            Check::NeverExpires,
            "never expires — valid until revoked".to_string(),
            None,
        ),
    }
    if reports_last_use(token.vendor) {
        // Before the first representable date, nothing is old enough.
        let cutoff = now
            .checked_sub_signed(chrono_duration(thresholds.unused_for))
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        let period = period(thresholds.unused_for);
        match (token.last_used_at, token.created_at) {
            (Some(used), _) if used < cutoff => found(
                Severity::Medium,
                Check::Unused,
                format!("last used {}, not in the last {period}", when(used)),
                Some(used),
            ),
            (None, Some(created)) if created < cutoff => found(
                Severity::Medium,
                Check::NeverUsed,
                format!(
                    "never used, created {}, more than {period} ago",
                    when(created)
                ),
                Some(created),
            ),
            _ => {}
        }
    }
    findings
}

/// Human-readable time relative to `now`: "in 12 days", "3 months ago",
/// "just now". Hand-written (a dozen lines) rather than a dependency:
/// rounding to the nearest unit keeps the text stable while a command runs.
pub fn relative(time: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let seconds = (time - now).num_seconds();
    let magnitude = seconds.unsigned_abs() as f64;
    const MINUTE: f64 = 60.0;
    const HOUR: f64 = 3600.0;
    const DAY: f64 = 86_400.0;
    const MONTH: f64 = 30.436_875 * DAY;
    const YEAR: f64 = 365.2425 * DAY;
    let (amount, unit) = if magnitude < 45.0 {
        return "just now".to_string();
    } else if magnitude < 45.0 * MINUTE {
        (magnitude / MINUTE, "minute")
    } else if magnitude < 22.0 * HOUR {
        (magnitude / HOUR, "hour")
    } else if magnitude < 45.0 * DAY {
        (magnitude / DAY, "day")
    } else if magnitude < 320.0 * DAY {
        (magnitude / MONTH, "month")
    } else {
        (magnitude / YEAR, "year")
    };
    let amount = (amount.round() as u64).max(1);
    let unit = if amount == 1 {
        unit.to_string()
    } else {
        format!("{unit}s")
    };
    if seconds >= 0 {
        format!("in {amount} {unit}")
    } else {
        format!("{amount} {unit} ago")
    }
}

/// Whether the vendor says when its tokens were last used; a vendor this
/// build does not know is assumed to.
pub fn reports_last_use(vendor: Vendor) -> bool {
    crate::adapter(vendor).is_none_or(|adapter| adapter.capabilities().reports_last_use)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broad_scopes_are_write_and_admin_scopes() {
        for broad in [
            "settings.write",
            "apiTokens.write",
            "WriteConfig",
            "DataImport",
            "slo.admin",
        ] {
            assert!(is_broad_scope(Vendor::Dynatrace, broad), "{broad}");
        }
        for narrow in [
            "settings.read",
            "ReadConfig",
            "metrics.ingest",
            "logs.ingest",
            "DataExport",
            "apiTokens.read",
        ] {
            assert!(!is_broad_scope(Vendor::Dynatrace, narrow), "{narrow}");
        }
    }

    #[test]
    fn scope_patterns_match_with_stars_regardless_of_case() {
        let cases = [
            ("*.write", "settings.write", true),
            ("*.write", "apiTokens.WRITE", true),
            ("*.write", "settings.writer", false),
            ("*.write", ".write", true),
            ("*admin*", "slo.admin", true),
            ("*admin*", "AdminAccess", true),
            ("*admin*", "adm", false),
            ("Write*", "WriteConfig", true),
            ("Write*", "ReadConfig", false),
            ("DataImport", "dataimport", true),
            ("DataImport", "DataImports", false),
            ("DataImport", "xDataImport", false),
            ("a*b*c", "abc", true),
            ("a*b*c", "a-b-b-c", true),
            ("a*b*c", "acb", false),
            ("ab*ba", "aba", false),
            ("*", "anything", true),
            ("", "", true),
            ("", "x", false),
        ];
        for (pattern, scope, expected) in cases {
            assert_eq!(scope_matches(pattern, scope), expected, "{pattern} {scope}");
        }
    }

    #[test]
    fn broad_scopes_can_be_replaced_per_vendor() {
        let defaults = BroadScopes::default();
        assert!(defaults.is_broad(Vendor::Dynatrace, "settings.write"));
        assert!(!defaults.is_broad(Vendor::Dynatrace, "metrics.ingest"));
        assert_eq!(
            defaults.patterns(Vendor::Dynatrace),
            crate::adapter(Vendor::Dynatrace)
                .map(|adapter| adapter.broad_scope_patterns().to_vec())
                .unwrap_or_default()
        );
        let replaced = defaults
            .clone()
            .with_patterns(Vendor::Dynatrace, ["*.ingest"]);
        assert!(replaced.is_broad(Vendor::Dynatrace, "metrics.ingest"));
        assert!(!replaced.is_broad(Vendor::Dynatrace, "settings.write"));
        assert_eq!(replaced.patterns(Vendor::Dynatrace), ["*.ingest"]);
        // Other vendors keep their own.
        assert!(replaced.is_broad(Vendor::GitLab, "api"));
        let none = replaced.with_patterns(Vendor::GitLab, Vec::<String>::new());
        assert!(!none.is_broad(Vendor::GitLab, "api"));
    }

    #[test]
    fn the_rules_decide_which_tokens_have_broad_scopes() {
        let now = Utc::now();
        let location = crate::Location::Dynatrace {
            environment_url: "https://abc12345.live.dynatrace.com".into(),
        };
        let mut token = Token::new(location, "dt0c01.A");
        token.scopes = vec!["metrics.ingest".into(), "settings.read".into()];
        token.expires_at = Some(now + chrono::Duration::days(365));
        let broad = |findings: Vec<Finding>| {
            findings
                .iter()
                .any(|finding| finding.check == Check::BroadScopes)
        };
        assert!(!broad(check(&token, now, Thresholds::default())));
        let rules = Rules::new(Thresholds::default()).with_broad_scopes(
            BroadScopes::default().with_patterns(Vendor::Dynatrace, ["metrics.*"]),
        );
        let findings = rules.check(&token, now);
        assert!(broad(findings.clone()), "{findings:?}");
        assert!(
            findings
                .iter()
                .any(|finding| finding.reason == "write/admin scopes: metrics.ingest"),
            "{findings:?}"
        );
    }

    #[test]
    fn every_check_is_named_once() {
        for check in Check::ALL {
            assert_eq!(Check::named(check.as_str()), Some(check));
        }
        assert_eq!(Check::named("broad-scope"), None);
    }

    #[test]
    fn periods_read_naturally() {
        assert_eq!(period(Duration::from_secs(90 * 86_400)), "90 days");
        assert_eq!(period(Duration::from_secs(86_400)), "1 day");
        assert_eq!(period(Duration::from_secs(12 * 3_600)), "12 hours");
    }

    #[test]
    fn severities_order_from_low_to_high() {
        assert!(Severity::High > Severity::Medium);
        assert!(Severity::Medium > Severity::Low);
    }

    mod relative_times {
        use super::super::relative;
        use chrono::{Duration, TimeZone, Utc};

        #[test]
        fn relative_times_read_naturally() {
            let now = Utc.with_ymd_and_hms(2025, 6, 1, 12, 0, 0).single();
            let Some(now) = now else { return };
            let cases = [
                (Duration::seconds(10), "just now"),
                (Duration::minutes(5), "in 5 minutes"),
                (-Duration::hours(2), "2 hours ago"),
                (
                    Duration::days(12) - Duration::milliseconds(900),
                    "in 12 days",
                ),
                (Duration::hours(23), "in 1 day"),
                (-Duration::days(100), "3 months ago"),
                (-Duration::days(400), "1 year ago"),
                (-Duration::days(900), "2 years ago"),
            ];
            for (delta, expected) in cases {
                assert_eq!(relative(now + delta, now), expected, "{delta:?}");
            }
        }
    }
}
