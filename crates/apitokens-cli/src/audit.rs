//! The quarterly review's rules: what is wrong with a token, and how badly.

use std::time::Duration;

use apitokens::{Token, Vendor};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::Serialize;

use crate::output::{Listed, relative, reports_last_use, rfc3339};

/// How much a finding matters. Documented in `apitokens audit --help`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Severity {
    /// Worth a look when convenient: never expires, disabled but not revoked.
    Low,
    /// Fix this quarter: expired, expiring soon, unused or never used,
    /// personal access tokens.
    Medium,
    /// Fix now: write or admin scopes on a token that still works.
    High,
}

impl Severity {
    pub(crate) fn as_str(self) -> &'static str {
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
pub(crate) enum Check {
    /// Write or admin scopes (Dynatrace `*.write`, `Write*`, admin scopes).
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
    pub(crate) fn as_str(self) -> &'static str {
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

/// One finding, as `audit` prints it in JSON and CSV.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "apitokens audit finding")]
pub(crate) struct Finding {
    /// How much it matters: `high`, `medium` or `low`.
    pub(crate) severity: Severity,
    /// What it is about.
    pub(crate) check: Check,
    /// Why, in words.
    pub(crate) reason: String,
    /// The time the finding is about (the expiry, the last use or the
    /// creation; RFC 3339, UTC), when there is one.
    pub(crate) at: Option<String>,
    /// The configured source's `name`.
    pub(crate) source: String,
    /// The vendor API.
    pub(crate) vendor: Vendor,
    /// Where the token lives within the source (see the token row).
    pub(crate) location: String,
    /// The token's ID.
    pub(crate) id: String,
    /// The token's name.
    pub(crate) name: Option<String>,
    /// Who owns or created it.
    pub(crate) owner: Option<String>,
}

/// The CSV header of [`Finding`], in its field order.
pub(crate) const FINDING_COLUMNS: [&str; 10] = [
    "severity", "check", "reason", "at", "source", "vendor", "location", "id", "name", "owner",
];

/// The review's thresholds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Thresholds {
    pub(crate) expiring_within: Duration,
    pub(crate) unused_for: Duration,
}

/// Whether the vendor counts `scope` as a write or admin scope (its adapter
/// says; a vendor this build does not know has none).
pub(crate) fn is_broad_scope(vendor: Vendor, scope: &str) -> bool {
    apitokens::adapter(vendor).is_some_and(|adapter| adapter.is_broad_scope(scope))
}

fn chrono_duration(duration: Duration) -> chrono::Duration {
    chrono::Duration::from_std(duration).unwrap_or(chrono::Duration::MAX)
}

/// Whether the vendor's tokens can have an expiry at all.
fn can_expire(vendor: Vendor) -> bool {
    apitokens::adapter(vendor).is_none_or(|adapter| {
        let expiry = adapter.capabilities().expiry;
        expiry.at || expiry.after_days
    })
}

/// The vendor's name for people ("Astra"), else its output name.
fn display_name(vendor: Vendor) -> &'static str {
    apitokens::adapter(vendor).map_or(vendor.as_str(), |adapter| adapter.display_name())
}

/// A period as people say it: "90 days", "12 hours", else humantime's form.
pub(crate) fn period(duration: Duration) -> String {
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

/// One finding about a token: how bad, which check, why, and the time involved.
type Found = (Severity, Check, String, Option<DateTime<Utc>>);

/// Everything wrong with `token` at `now`.
pub(crate) fn check(token: &Token, now: DateTime<Utc>, thresholds: Thresholds) -> Vec<Found> {
    let mut findings: Vec<Found> = Vec::new();
    let when = |at: DateTime<Utc>| relative(at, now);

    if let Some(expires) = token.expires_at
        && expires <= now
    {
        // An expired token cannot be used: nothing else about it matters.
        findings.push((
            Severity::Medium,
            Check::Expired,
            format!(
                "expired {}; anything still using it fails — revoke it",
                when(expires)
            ),
            Some(expires),
        ));
        return findings;
    }
    let broad: Vec<&str> = token
        .scopes
        .iter()
        .map(String::as_str)
        .filter(|scope| is_broad_scope(token.vendor, scope))
        .collect();
    if !broad.is_empty() {
        findings.push((
            Severity::High,
            Check::BroadScopes,
            format!("write/admin scopes: {}", broad.join(", ")),
            None,
        ));
    }
    if token.personal_access_token == Some(true) {
        findings.push((
            Severity::Medium,
            Check::PersonalAccessToken,
            "personal access token: acts with its owner's permissions, and breaks when they leave"
                .to_string(),
            None,
        ));
    }
    if token.enabled == Some(false) {
        findings.push((
            Severity::Low,
            Check::Disabled,
            "disabled but not revoked — revoke it if it is no longer needed".to_string(),
            None,
        ));
        return findings;
    }
    match token.expires_at {
        Some(expires) if expires - now <= chrono_duration(thresholds.expiring_within) => {
            findings.push((
                Severity::Medium,
                Check::ExpiringSoon,
                format!("expires {} — rotate it before then", when(expires)),
                Some(expires),
            ));
        }
        Some(_) => {}
        None if !can_expire(token.vendor) => findings.push((
            Severity::Low,
            Check::NeverExpires,
            format!(
                "never expires ({} tokens have no expiry) — revoke it when no longer needed",
                display_name(token.vendor)
            ),
            None,
        )),
        None => findings.push((
            Severity::Low,
            Check::NeverExpires,
            "never expires — valid until revoked".to_string(),
            None,
        )),
    }
    if reports_last_use(token.vendor) {
        // Before the first representable date, nothing is old enough.
        let cutoff = now
            .checked_sub_signed(chrono_duration(thresholds.unused_for))
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        let period = period(thresholds.unused_for);
        match (token.last_used_at, token.created_at) {
            (Some(used), _) if used < cutoff => findings.push((
                Severity::Medium,
                Check::Unused,
                format!("last used {}, not in the last {period}", when(used)),
                Some(used),
            )),
            (None, Some(created)) if created < cutoff => findings.push((
                Severity::Medium,
                Check::NeverUsed,
                format!(
                    "never used, created {}, more than {period} ago",
                    when(created)
                ),
                Some(created),
            )),
            _ => {}
        }
    }
    findings
}

/// Every finding of `tokens` at or above `minimum`, most severe first, then
/// in the tokens' order.
pub(crate) fn review(
    tokens: &[Listed],
    now: DateTime<Utc>,
    thresholds: Thresholds,
    minimum: Severity,
) -> Vec<Finding> {
    let mut findings: Vec<(usize, Finding)> = Vec::new();
    for (index, Listed { source, token }) in tokens.iter().enumerate() {
        let vendor = token.vendor;
        for (severity, check, reason, at) in check(token, now, thresholds) {
            if severity < minimum {
                continue;
            }
            findings.push((
                index,
                Finding {
                    severity,
                    check,
                    reason,
                    at: at.map(rfc3339),
                    source: source.clone(),
                    vendor,
                    location: token.location.short(),
                    id: token.id.clone(),
                    name: token.name.clone(),
                    owner: token.owner.clone(),
                },
            ));
        }
    }
    findings.sort_by(|(a_index, a), (b_index, b)| {
        b.severity
            .cmp(&a.severity)
            .then(a_index.cmp(b_index))
            .then(a.check.cmp(&b.check))
    });
    findings.into_iter().map(|(_, finding)| finding).collect()
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
}
