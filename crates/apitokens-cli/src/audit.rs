//! The quarterly review as the CLI prints it; the rules are the facade's
//! (`apitokens::audit`).

use apitokens::Vendor;
pub(crate) use apitokens::audit::{Check, Rules, Severity, Thresholds};
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
    /// The same for the same source, token ID and check in every run (16 hex
    /// digits: the start of the SHA-256 of the three, each followed by a NUL
    /// byte), whatever the time, thresholds or reason say; what a baseline
    /// matches on.
    pub(crate) fingerprint: String,
}

/// The CSV header of [`Finding`], in its field order.
pub(crate) const FINDING_COLUMNS: [&str; 11] = [
    "severity",
    "check",
    "reason",
    "at",
    "source",
    "vendor",
    "location",
    "id",
    "name",
    "owner",
    "fingerprint",
];

/// The stable identity of a finding: see [`Finding::fingerprint`].
pub(crate) fn fingerprint(source: &str, id: &str, check: Check) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for part in [source, id, check.as_str()] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hex::encode(&hasher.finalize()[..8])
}

/// Every finding of `tokens` at or above `minimum`, most severe first, then
/// in the tokens' order.
pub(crate) fn review(tokens: &[Listed], now: DateTime<Utc>, rules: &Rules) -> Vec<Finding> {
    let mut findings: Vec<(usize, Finding)> = Vec::new();
    for (index, Listed { source, token }) in tokens.iter().enumerate() {
        let vendor = token.vendor;
        for apitokens::audit::Finding {
            severity,
            check,
            reason,
            at,
            ..
        } in rules.check(token, now)
        {
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
                    fingerprint: fingerprint(source, &token.id, check),
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
        let rules = Rules::new(Thresholds::default());
        let findings = review(&tokens, Utc::now(), &rules);
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

    #[test]
    fn fingerprints_depend_on_source_id_and_check_only() {
        let a = fingerprint("dt", "dt0c01.A", Check::BroadScopes);
        assert_eq!(a.len(), 16);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()), "{a}");
        assert_eq!(a, fingerprint("dt", "dt0c01.A", Check::BroadScopes));
        assert_ne!(a, fingerprint("dt", "dt0c01.A", Check::Unused));
        assert_ne!(a, fingerprint("dt2", "dt0c01.A", Check::BroadScopes));
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        assert_ne!(
            fingerprint("ab", "c", Check::Unused),
            fingerprint("a", "bc", Check::Unused)
        );
    }
}
