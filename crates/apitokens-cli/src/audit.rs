//! The quarterly review as the CLI prints it; the rules are the facade's
//! (`apitokens::audit`).

use apitokens::Vendor;
pub(crate) use apitokens::audit::{Check, Severity, Thresholds};
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::Serialize;

use crate::output::{Listed, rfc3339};

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
        for apitokens::audit::Finding {
            severity,
            check,
            reason,
            at,
            ..
        } in apitokens::audit::check(token, now, thresholds)
        {
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
    fn every_vendor_s_tokens_are_audited() {
        let tokens = crate::output::tests::a_token_of_every_vendor();
        let findings = review(&tokens, Utc::now(), Thresholds::default(), Severity::Low);
        // Each token never expires: one finding each at least, none dropped.
        for listed in &tokens {
            assert!(
                findings
                    .iter()
                    .any(|f| f.id == listed.token.id && f.vendor == listed.token.vendor),
                "{} dropped: {findings:?}",
                listed.token.vendor
            );
        }
    }
}
