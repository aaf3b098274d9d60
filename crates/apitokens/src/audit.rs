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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// Write or admin scopes (as the vendor's adapter counts them).
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

/// Whether the vendor counts `scope` as a write or admin scope (its adapter
/// says; a vendor this build does not know has none).
pub fn is_broad_scope(vendor: Vendor, scope: &str) -> bool {
    crate::adapter(vendor).is_some_and(|adapter| adapter.is_broad_scope(scope))
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
fn display_name(vendor: Vendor) -> &'static str {
    crate::adapter(vendor).map_or(vendor.as_str(), |adapter| adapter.display_name())
}

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

/// Everything wrong with `token` at `now`, in the order the rules run.
pub fn check(token: &Token, now: DateTime<Utc>, thresholds: Thresholds) -> Vec<Finding> {
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
        .filter(|scope| is_broad_scope(token.vendor, scope))
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
                display_name(token.vendor)
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
