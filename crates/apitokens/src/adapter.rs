//! What the facade knows about each vendor, in one place per vendor
//! (`vendors/<name>/mod.rs`), asked by callers instead of matched on.
//!
//! The command line, the audit and anything else that needs to know what a
//! vendor can do, what its configuration looks like or what to check when it
//! fails asks the vendor's [`Adapter`] (found with [`adapter`] or
//! [`adapter_named`]) and names no vendor itself, so a vendor added to the
//! registry is listed, audited and printed without special cases elsewhere.

use std::fmt;

use crate::{Capabilities, Location, Vendor};

/// One key of a vendor's `[[source]]` configuration entry, and what its
/// value may be, so that callers can name the key when a value is of the
/// wrong kind (before the entry is read into [`SourceConfig`](crate::SourceConfig)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConfigKey {
    /// The key, e.g. `token_env`.
    pub name: &'static str,
    /// Whether an entry must set it (and not to an empty string).
    pub required: bool,
    /// What its value may be.
    pub value: ConfigValue,
}

/// What a configuration key's value may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConfigValue {
    /// Text: a URL, an ID, an environment variable's name.
    Text,
    /// Text or a whole number: a numeric ID (`42` or `"42"`).
    TextOrWholeNumber,
}

impl ConfigKey {
    /// A key an entry must set, whose value is text.
    pub const fn required(name: &'static str) -> Self {
        Self {
            name,
            required: true,
            value: ConfigValue::Text,
        }
    }

    /// A key with a default, whose value is text.
    pub const fn optional(name: &'static str) -> Self {
        Self {
            name,
            required: false,
            value: ConfigValue::Text,
        }
    }

    /// The same key, whose value may also be a whole number.
    pub const fn or_whole_number(self) -> Self {
        Self {
            value: ConfigValue::TextOrWholeNumber,
            ..self
        }
    }
}

/// Everything the facade's callers may ask about one vendor.
pub trait Adapter: Send + Sync + fmt::Debug + 'static {
    /// The vendor described.
    fn vendor(&self) -> Vendor;

    /// The vendor's name for people: "Dynatrace", "Astra", "EMR Serverless Spark".
    fn display_name(&self) -> &'static str;

    /// What one source of this vendor is, for messages: "Dynatrace
    /// environment", "Astra Control user", …
    fn source_noun(&self) -> &'static str;

    /// The keys of its configuration entry (beyond the common `name`,
    /// `vendor`, `timeout`, `retries`, `max_pages` and `list_timeout`),
    /// matching the fields of its config type in [`SourceConfig`](crate::SourceConfig).
    fn config_keys(&self) -> &'static [ConfigKey];

    /// What its sources support, including whether it reports last use.
    fn capabilities(&self) -> Capabilities;

    /// The scopes that let a token change data or configuration or
    /// administer the account (the audit's `broad-scopes`), as patterns of
    /// [`scope_matches`](crate::audit::scope_matches): `*` for any run of
    /// characters, letters matched regardless of case. The default of the
    /// audit, which its callers may replace
    /// ([`BroadScopes`](crate::audit::BroadScopes)). Vendors whose tokens carry
    /// no scopes keep the default: none is broad.
    fn broad_scope_patterns(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether `scope` matches one of [`broad_scope_patterns`](Adapter::broad_scope_patterns).
    fn is_broad_scope(&self, scope: &str) -> bool {
        self.broad_scope_patterns()
            .iter()
            .any(|pattern| crate::audit::scope_matches(pattern, scope))
    }

    /// Which of a source's settings decide where requests go, for hints:
    /// "the environment URL".
    fn settings_hint(&self) -> &'static str;

    /// What to check when the vendor refuses a call as forbidden; `envs`
    /// names the variables that hold the credentials.
    fn forbidden_hint(&self, envs: &str) -> String;

    /// What one member of a configured group is called ("Livy Gateway"),
    /// when an entry may stand for several sources found by asking the
    /// vendor (see [`Connected`](crate::Connected)); `None` otherwise.
    fn member_noun(&self) -> Option<&'static str> {
        None
    }

    /// The member of a group that `location` is, by its ID.
    fn member_of(&self, _location: &Location) -> Option<String> {
        None
    }
}

#[cfg(feature = "astra")]
use crate::vendors::astra::AstraAdapter;
#[cfg(feature = "dynatrace")]
use crate::vendors::dynatrace::DynatraceAdapter;
#[cfg(feature = "emr-serverless-spark")]
use crate::vendors::emr_serverless_spark::EmrServerlessSparkAdapter;
#[cfg(feature = "gitlab")]
use crate::vendors::gitlab::GitLabAdapter;

/// Every vendor compiled in (by cargo feature), in the order help texts list them.
static ADAPTERS: &[&dyn Adapter] = &[
    #[cfg(feature = "dynatrace")]
    &DynatraceAdapter,
    #[cfg(feature = "astra")]
    &AstraAdapter,
    #[cfg(feature = "emr-serverless-spark")]
    &EmrServerlessSparkAdapter,
    #[cfg(feature = "gitlab")]
    &GitLabAdapter,
];

/// Every vendor compiled in.
pub fn adapters() -> &'static [&'static dyn Adapter] {
    ADAPTERS
}

/// The adapter of `vendor`, when its feature is compiled in.
pub fn adapter(vendor: Vendor) -> Option<&'static dyn Adapter> {
    ADAPTERS
        .iter()
        .copied()
        .find(|adapter| adapter.vendor() == vendor)
}

/// The adapter of the vendor spelt `name` in configuration and output
/// (`dynatrace`, `emr-serverless-spark`, …).
pub fn adapter_named(name: &str) -> Option<&'static dyn Adapter> {
    ADAPTERS
        .iter()
        .copied()
        .find(|adapter| adapter.vendor().as_str() == name)
}

/// The names of every vendor compiled in, for messages: "dynatrace, astra or
/// emr-serverless-spark".
pub fn vendor_names() -> String {
    let names: Vec<&str> = ADAPTERS.iter().map(|a| a.vendor().as_str()).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_adapter_is_found_by_its_vendor_and_name() {
        for adapter in adapters() {
            let vendor = adapter.vendor();
            assert_eq!(super::adapter(vendor).map(|a| a.vendor()), Some(vendor));
            assert_eq!(
                adapter_named(vendor.as_str()).map(|a| a.vendor()),
                Some(vendor)
            );
        }
        assert!(adapter_named("nope").is_none());
    }

    #[cfg(all(
        feature = "dynatrace",
        feature = "astra",
        feature = "emr-serverless-spark",
        feature = "gitlab"
    ))]
    #[test]
    fn vendor_names_read_as_a_list() {
        assert_eq!(
            vendor_names(),
            "dynatrace, astra, emr-serverless-spark or gitlab"
        );
    }
}
