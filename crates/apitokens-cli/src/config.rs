//! The configuration file: where the sources are, and which environment
//! variables hold their secrets (never the secrets themselves).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use apitokens::audit::BroadScopes;
use apitokens::{
    Adapter, ConfigKey, ConfigValue, ListLimits, Policy, RetryPolicy, SourceConfig, Vendor,
};
use serde::Deserialize;
use toml::Spanned;

use crate::textfile::line_of;

/// The variable naming the config file when `--config` is not given.
pub(crate) const CONFIG_ENV: &str = "APITOKENS_CONFIG";
/// The config file read when neither `--config` nor `$APITOKENS_CONFIG` is given.
pub(crate) const DEFAULT_CONFIG: &str = "apitokens.toml";

/// The longest `timeout` accepted: a day. The timeout bounds one call,
/// retries included; longer is surely a typo.
const MAX_TIMEOUT: Duration = Duration::from_secs(24 * 3600);

/// The longest `list_timeout` accepted: a week, far beyond the hour 10^6
/// tokens need; longer is surely a typo.
const MAX_LIST_TIMEOUT: Duration = Duration::from_secs(7 * 24 * 3600);

/// One problem with the configuration; printed as `error: <this>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConfigError(pub(crate) String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A validated configuration.
#[derive(Debug, Clone)]
pub(crate) struct Config {
    pub(crate) sources: Vec<ConfiguredSource>,
    /// The `[audit]` table: which scopes `audit` counts as broad.
    pub(crate) broad_scopes: BroadScopes,
}

/// One `[[source]]` entry, validated; secrets are still only variable names.
#[derive(Debug, Clone)]
pub(crate) struct ConfiguredSource {
    pub(crate) name: String,
    /// Where the entry starts, for messages (`file:line`).
    pub(crate) origin: String,
    /// The vendor's keys: the facade's tagged union of every vendor's config.
    pub(crate) config: SourceConfig,
    /// Timeouts and retries (`timeout`, `retries`; the facade's defaults otherwise).
    pub(crate) policy: Policy,
    /// How far a listing may go (`max_pages`, `list_timeout`; the facade's
    /// defaults otherwise).
    pub(crate) list_limits: ListLimits,
}

impl ConfiguredSource {
    pub(crate) fn vendor(&self) -> Vendor {
        self.config.vendor()
    }

    pub(crate) fn adapter(&self) -> &'static dyn Adapter {
        self.config.adapter()
    }
}

/// Which file to read: `--config`, else `$APITOKENS_CONFIG`, else `./apitokens.toml`.
pub(crate) fn locate(flag: Option<&Path>, env: &dyn Fn(&str) -> Option<String>) -> PathBuf {
    if let Some(path) = flag {
        return path.to_path_buf();
    }
    match env(CONFIG_ENV).filter(|value| !value.trim().is_empty()) {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(DEFAULT_CONFIG),
    }
}

/// The largest config file read: 1 MiB. A config names a few dozen sources
/// at most; reading stops past the limit, so a huge or endless file
/// (`--config /dev/zero`) cannot fill memory.
pub(crate) const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// What reading a config file found: the entries that are right, how many
/// entries there are, and every problem (each with `file:line`).
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub(crate) sources: Vec<ConfiguredSource>,
    /// How many `[[source]]` entries the file has, right or not.
    pub(crate) entries: usize,
    /// The `[audit]` table's broad scopes (the adapters' where not set).
    pub(crate) broad_scopes: BroadScopes,
    pub(crate) errors: Vec<ConfigError>,
}

impl Parsed {
    fn failed(error: ConfigError) -> Self {
        Self {
            errors: vec![error],
            ..Self::default()
        }
    }

    fn into_config(self) -> Result<Config, Vec<ConfigError>> {
        if self.errors.is_empty() {
            Ok(Config {
                sources: self.sources,
                broad_scopes: self.broad_scopes,
            })
        } else {
            Err(self.errors)
        }
    }
}

/// Reads and validates the file at `path`.
pub(crate) fn load(path: &Path) -> Result<Config, Vec<ConfigError>> {
    read(path).into_config()
}

/// Reads and validates the file at `path`, keeping the entries that are
/// right beside the problems of the others (`config check`).
pub(crate) fn read(path: &Path) -> Parsed {
    use crate::textfile::ReadError;
    let shown = path.display().to_string();
    match crate::textfile::read_limited(path, MAX_CONFIG_BYTES) {
        Ok(text) => parse_all(&shown, &text),
        Err(error) => Parsed::failed(ConfigError(match error {
            ReadError::TooLarge => format!(
                "config file {shown} is larger than 1 MiB, the most that is read (a config only names sources)"
            ),
            ReadError::NotFound => format!(
                "config file {shown} not found (pass --config FILE, set {CONFIG_ENV}, or create ./{DEFAULT_CONFIG}; `apitokens demo` needs none)"
            ),
            ReadError::Io(error) => format!("cannot read config file {shown}: {error}"),
            ReadError::NotUtf8(offset) => {
                format!("config file {shown} is not UTF-8 text (invalid byte at offset {offset})")
            }
        })),
    }
}

/// The `[[source]]` entries, each a table of spanned values, so that the
/// common keys are read here and the vendor's keys are checked against its
/// adapter, every problem with its line. Other top-level keys are reported
/// by [`parse_all`] before this is read.
#[derive(Debug, Deserialize)]
struct RawConfig {
    #[serde(default)]
    source: Vec<Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
    #[serde(default)]
    audit: Option<RawAudit>,
}

/// The keys the top of the file may have: the fields of [`RawConfig`].
const TOP_LEVEL_KEYS: [&str; 2] = ["source", "audit"];

/// The keys the `[audit]` table may have: the fields of [`RawAudit`].
const AUDIT_KEYS: [&str; 1] = ["broad_scopes"];

/// The `[audit]` table's keys with their places, read apart from
/// [`RawAudit`] so that a mistyped key is reported with its line and a
/// suggestion rather than as a syntax error that hides the rest.
#[derive(Debug, Default, Deserialize)]
struct AuditKeys {
    #[serde(default)]
    audit: BTreeMap<Spanned<String>, serde::de::IgnoredAny>,
}

/// The keys every entry may have, whatever its vendor.
const COMMON_KEYS: [&str; 6] = [
    "name",
    "vendor",
    // The longest a call may take, retries included (e.g. "30s").
    "timeout",
    // How often to retry a failed read.
    "retries",
    // The most pages one listing reads.
    "max_pages",
    // The longest one listing may wait for the vendor's pages (e.g. "2h").
    "list_timeout",
];

/// The candidate `typed` is most likely a typo of, if any: at most one edit
/// in three characters away (`dynatrce` → `dynatrace`, `tokn_env` →
/// `token_env`, `uri` → `url`).
fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let most = (typed.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (strsim::damerau_levenshtein(typed, candidate), candidate))
        .filter(|(distance, _)| *distance <= most)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// " (did you mean `x`?)", or nothing.
fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(typed, candidates).map_or_else(String::new, |key| format!(" (did you mean `{key}`?)"))
}

/// What a TOML value is, in words, for "must be …, not …" messages.
fn kind(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::String(_) => "text",
        toml::Value::Integer(_) | toml::Value::Float(_) => "a number",
        toml::Value::Boolean(_) => "true or false",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "a list",
        toml::Value::Table(_) => "a table",
    }
}

/// A key whose value must be text.
fn text_of<'v>(key: &str, value: &'v toml::Value) -> Result<&'v str, String> {
    value.as_str().ok_or_else(|| {
        format!(
            "`{key}` must be text in quotes, like {key} = \"…\", not {}",
            kind(value)
        )
    })
}

/// A vendor's key, whose value must be of the kind its adapter declares.
fn vendor_value(key: &ConfigKey, value: &toml::Value) -> Result<(), String> {
    match key.value {
        ConfigValue::TextOrWholeNumber if value.is_str() || value.is_integer() => Ok(()),
        ConfigValue::TextOrWholeNumber => Err(format!(
            "`{name}` must be a whole number or text in quotes, like {name} = 42, not {}",
            kind(value),
            name = key.name,
        )),
        _ => text_of(key.name, value).map(|_| ()),
    }
}

/// A key whose value must be a whole number of at least `least`.
fn count(key: &str, value: &toml::Value, least: u32) -> Result<u32, String> {
    match value {
        toml::Value::Integer(number) if *number < i64::from(least) => {
            Err(format!("`{key}` must be at least {least}"))
        }
        toml::Value::Integer(number) => {
            u32::try_from(*number).map_err(|_| format!("`{key}` must be at most {}", u32::MAX))
        }
        other => Err(format!(
            "`{key}` must be a whole number, like {key} = 3, not {}",
            kind(other)
        )),
    }
}

/// A period key (`timeout`, `list_timeout`): text with a unit, more than
/// zero and at most `most` (`most_words` says it); `units` are the two
/// units suggested for a bare number.
fn period(
    key: &str,
    value: &toml::Value,
    most: Duration,
    most_words: &str,
    units: [&str; 2],
) -> Result<Duration, String> {
    let [small, large] = units;
    let wanted = format!(
        "`{key}` must be a period of at most {most_words}, like \"30{small}\" or \"2{large}\""
    );
    // `shown` is the value as written: 30, or "30".
    let no_unit = |shown: &str, number: &str| {
        format!(
            "`{key}` = {shown} has no unit: add a unit: \"{number}{small}\", \"{number}{large}\""
        )
    };
    let written = match value {
        toml::Value::String(written) => written.trim(),
        toml::Value::Integer(number) => {
            let number = number.to_string();
            return Err(no_unit(&number, &number));
        }
        other => return Err(format!("{wanted}, not {}", kind(other))),
    };
    if written.parse::<u64>().is_ok() {
        return Err(no_unit(&format!("{written:?}"), written));
    }
    match humantime::parse_duration(written) {
        Ok(period) if !period.is_zero() && period <= most => Ok(period),
        Ok(_) | Err(_) => Err(wanted),
    }
}

/// Parses and validates a config document; `file` names it in messages.
/// Every problem found is reported, not just the first.
pub(crate) fn parse(file: &str, text: &str) -> Result<Config, Vec<ConfigError>> {
    parse_all(file, text).into_config()
}

/// Like [`parse`], keeping the entries that are right beside the problems.
/// Only a TOML syntax error stops it early: nothing after it can be read.
pub(crate) fn parse_all(file: &str, text: &str) -> Parsed {
    let syntax = |error: toml::de::Error| {
        let at = error.span().map_or_else(String::new, |span| {
            let line = line_of(text, span.start);
            let column = text.get(..span.start).map_or(0, |before| {
                before.len() - before.rfind('\n').map_or(0, |n| n + 1)
            }) + 1;
            format!(":{line}:{column}")
        });
        let message = error.message().trim().replace('\n', " ");
        ConfigError(format!("{file}{at}: invalid config: {message}"))
    };
    let top: BTreeMap<Spanned<String>, Spanned<toml::Value>> = match toml::from_str(text) {
        Ok(top) => top,
        Err(error) => return Parsed::failed(syntax(error)),
    };
    let mut errors = Vec::new();
    let mut entries_readable = true;
    // In the order of the file, not of the keys' names.
    let mut top: Vec<_> = top.iter().collect();
    top.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in top {
        let at = line_of(text, key.span().start);
        if !TOP_LEVEL_KEYS.contains(&key.get_ref().as_str()) {
            errors.push(ConfigError(format!(
                "{file}:{at}: unknown key `{}`{}; the file holds [[source]] tables and an [audit] table",
                key.get_ref(),
                did_you_mean(key.get_ref(), TOP_LEVEL_KEYS)
            )));
        } else if key.get_ref() == "source"
            && !value
                .get_ref()
                .as_array()
                .is_some_and(|entries| entries.iter().all(toml::Value::is_table))
        {
            entries_readable = false;
            let problem = match value.get_ref() {
                toml::Value::Table(_) => {
                    "[source] needs two brackets: write [[source]] before each source".to_string()
                }
                other => format!(
                    "`source` must be [[source]] tables, one per source, not {}",
                    kind(other)
                ),
            };
            errors.push(ConfigError(format!("{file}:{at}: {problem}")));
        } else if key.get_ref() == "audit" && !value.get_ref().is_table() {
            entries_readable = false;
            errors.push(ConfigError(format!(
                "{file}:{at}: `audit` must be a table ([audit]), not {}",
                kind(value.get_ref())
            )));
        }
    }
    if entries_readable {
        let audit_keys: AuditKeys = toml::from_str(text).unwrap_or_default();
        for key in audit_keys.audit.keys() {
            if !AUDIT_KEYS.contains(&key.get_ref().as_str()) {
                errors.push(ConfigError(format!(
                    "{file}:{}: [audit]: unknown key `{}`{}; it may hold broad_scopes",
                    line_of(text, key.span().start),
                    key.get_ref(),
                    did_you_mean(key.get_ref(), AUDIT_KEYS)
                )));
            }
        }
    }
    if !entries_readable {
        return Parsed {
            errors,
            ..Parsed::default()
        };
    }
    let raw: RawConfig = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(error) => {
            errors.push(syntax(error));
            return Parsed {
                errors,
                ..Parsed::default()
            };
        }
    };

    let mut sources = Vec::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    if raw.source.is_empty() {
        errors.push(ConfigError(format!(
            "{file}: no [[source]] entries; add one per {} (see the README)",
            apitokens::adapters()
                .iter()
                .map(|adapter| adapter.source_noun())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    for (index, entry) in raw.source.iter().enumerate() {
        let start = line_of(text, entry.span().start);
        let origin = format!("{file}:{start}");
        let entry = entry.get_ref();
        let label = match entry.get("name").and_then(|name| name.get_ref().as_str()) {
            Some(name) if !name.trim().is_empty() => format!("source {name:?}"),
            _ => format!("source #{}", index + 1),
        };
        let mut found: Vec<(usize, String)> = Vec::new();
        let parsed = read_entry(entry, start, &origin, &mut names, text, &mut found);
        // In the order of the file (stable: one line's problems keep theirs).
        found.sort_by_key(|(at, _)| *at);
        errors.extend(
            found
                .into_iter()
                .map(|(at, what)| ConfigError(format!("{file}:{at}: {label}: {what}"))),
        );
        sources.extend(parsed);
    }
    let broad_scopes = read_audit(file, text, raw.audit.as_ref(), &mut errors);
    Parsed {
        sources,
        entries: raw.source.len(),
        broad_scopes,
        errors,
    }
}

/// Reads one entry; its problems go to `found` as (line, what), all of
/// them: one problem does not hide the next.
fn read_entry(
    entry: &BTreeMap<String, Spanned<toml::Value>>,
    start: usize,
    origin: &str,
    names: &mut BTreeMap<String, usize>,
    text: &str,
    found: &mut Vec<(usize, String)>,
) -> Option<ConfiguredSource> {
    let line = |value: &Spanned<toml::Value>| line_of(text, value.span().start);
    let adapters = apitokens::adapters();

    let name = match entry.get("name") {
        None => {
            push(
                found,
                start,
                "missing key `name` (what to call the source, like name = \"prod\")".into(),
            );
            None
        }
        Some(value) => match text_of("name", value.get_ref()) {
            Err(problem) => {
                push(found, line(value), problem);
                None
            }
            Ok(name) if name.trim().is_empty() => {
                push(found, line(value), "`name` is empty".into());
                None
            }
            Ok(name) => match names.insert(name.to_string(), start) {
                Some(first) => {
                    push(
                        found,
                        line(value),
                        format!(
                            "duplicate source name (first used at line {first}); names must be unique"
                        ),
                    );
                    None
                }
                None => Some(name.to_string()),
            },
        },
    };

    let vendors = apitokens::adapter::vendor_names();
    let adapter = match entry.get("vendor") {
        None => {
            push(found, start, format!("missing key `vendor` ({vendors})"));
            None
        }
        Some(value) => match text_of("vendor", value.get_ref()) {
            Err(problem) => {
                push(found, line(value), problem);
                None
            }
            Ok(vendor) => {
                let adapter = apitokens::adapter_named(vendor);
                if adapter.is_none() {
                    let names = adapters.iter().map(|adapter| adapter.vendor().as_str());
                    let suggestion = closest(vendor, names)
                        .map_or_else(String::new, |name| format!("did you mean {name:?}? "));
                    push(
                        found,
                        line(value),
                        format!("unknown vendor {vendor:?} ({suggestion}expected {vendors})"),
                    );
                }
                adapter
            }
        },
    };

    // The vendor's own keys, each of the kind its adapter declares; a key
    // of another vendor is probably a copied entry, a key no vendor knows
    // probably a typo.
    let own: &[ConfigKey] = adapter.map_or(&[], |adapter| adapter.config_keys());
    let own_names = || own.iter().map(|key| key.name);
    let mut keys = toml::Table::new();
    for (key, value) in entry {
        if COMMON_KEYS.contains(&key.as_str()) {
            continue;
        }
        let any_vendor = adapters
            .iter()
            .any(|adapter| adapter.config_keys().iter().any(|known| known.name == key));
        match adapter {
            Some(_) if own_names().any(|known| known == key) => {
                let declared = own.iter().find(|known| known.name == key);
                match declared.map(|declared| vendor_value(declared, value.get_ref())) {
                    Some(Err(problem)) => push(found, line(value), problem),
                    _ => {
                        keys.insert(key.clone(), value.get_ref().clone());
                    }
                }
            }
            Some(adapter) if any_vendor => push(
                found,
                line(value),
                format!(
                    "key `{key}` does not apply to vendor {}{}",
                    adapter.vendor(),
                    did_you_mean(key, own_names())
                ),
            ),
            // An unknown vendor: any vendor's key may be meant.
            None if any_vendor => {}
            Some(_) => push(
                found,
                line(value),
                format!(
                    "unknown key `{key}`{}",
                    did_you_mean(key, own_names().chain(COMMON_KEYS))
                ),
            ),
            None => {
                let every = adapters
                    .iter()
                    .flat_map(|adapter| adapter.config_keys().iter().map(|known| known.name));
                push(
                    found,
                    line(value),
                    format!(
                        "unknown key `{key}`{}",
                        did_you_mean(key, every.chain(COMMON_KEYS))
                    ),
                );
            }
        }
    }
    if adapter.is_some() {
        for required in own.iter().filter(|key| key.required) {
            match entry.get(required.name) {
                None => push(found, start, format!("missing key `{}`", required.name)),
                Some(value)
                    if value
                        .get_ref()
                        .as_str()
                        .is_some_and(|value| value.trim().is_empty()) =>
                {
                    push(found, line(value), format!("`{}` is empty", required.name));
                }
                Some(_) => {}
            }
        }
    }

    let mut policy = Policy::default();
    if let Some(value) = entry.get("timeout") {
        match period("timeout", value.get_ref(), MAX_TIMEOUT, "24h", ["s", "m"]) {
            Ok(total) => {
                let attempt = total.min(policy.request_timeout);
                policy = policy
                    .with_total_timeout(total)
                    .with_request_timeout(attempt);
            }
            Err(problem) => push(found, line(value), problem),
        }
    }
    if let Some(value) = entry.get("retries") {
        match count("retries", value.get_ref(), 0) {
            Ok(retries) => {
                policy = policy.with_retry(RetryPolicy::default().with_max_retries(retries));
            }
            Err(problem) => push(found, line(value), problem),
        }
    }
    let mut list_limits = ListLimits::default();
    if let Some(value) = entry.get("max_pages") {
        match count("max_pages", value.get_ref(), 1) {
            Ok(pages) => list_limits = list_limits.with_max_pages(pages),
            Err(problem) => push(found, line(value), problem),
        }
    }
    if let Some(value) = entry.get("list_timeout") {
        match period(
            "list_timeout",
            value.get_ref(),
            MAX_LIST_TIMEOUT,
            "7d",
            ["m", "h"],
        ) {
            Ok(limit) => list_limits = list_limits.with_timeout(limit),
            Err(problem) => push(found, line(value), problem),
        }
    }

    // The vendor's config type, once every key is known to be right: what
    // is left to find is what the facade checks without a request (URLs).
    let adapter = adapter?;
    if !found.is_empty() {
        return None;
    }
    keys.insert(
        "vendor".into(),
        toml::Value::String(adapter.vendor().as_str().to_string()),
    );
    let config = match toml::Value::Table(keys).try_into::<SourceConfig>() {
        Ok(config) => config,
        Err(_) => {
            // Not expected after the checks above; the deserialiser's own
            // words would name Rust types, so they stay out.
            push(
                found,
                start,
                format!(
                    "the keys of vendor {} could not be read; compare them with the README",
                    adapter.vendor()
                ),
            );
            return None;
        }
    };
    for (key, message) in config.problems() {
        let at = entry.get(key).map_or(start, line);
        push(found, at, message);
    }
    if !found.is_empty() {
        return None;
    }
    Some(ConfiguredSource {
        name: name?,
        origin: origin.to_string(),
        config,
        policy,
        list_limits,
    })
}

/// The `[audit]` table (its unknown keys are reported by [`parse_all`]).
#[derive(Debug, Deserialize)]
struct RawAudit {
    /// Per vendor name, the scope patterns that replace the vendor's own
    /// broad scopes.
    #[serde(default)]
    broad_scopes: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
}

/// Reads `[audit] broad_scopes`: each vendor named must be one compiled in
/// whose tokens have scopes, and no pattern may be empty. A vendor not named
/// keeps its adapter's patterns.
fn read_audit(
    file: &str,
    text: &str,
    audit: Option<&RawAudit>,
    errors: &mut Vec<ConfigError>,
) -> BroadScopes {
    let mut broad_scopes = BroadScopes::default();
    let Some(audit) = audit else {
        return broad_scopes;
    };
    let scoped: Vec<&str> = apitokens::adapters()
        .iter()
        .filter(|adapter| adapter.capabilities().scopes)
        .map(|adapter| adapter.vendor().as_str())
        .collect();
    let listed = |word: &str| match scoped.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {word} {last}", rest.join(", ")),
        _ => scoped.join(""),
    };
    for (vendor, patterns) in &audit.broad_scopes {
        let at = line_of(text, vendor.span().start);
        let problem =
            |what: String| ConfigError(format!("{file}:{at}: [audit] broad_scopes: {what}"));
        let Some(adapter) = apitokens::adapter_named(vendor.get_ref()) else {
            let suggestion = closest(vendor.get_ref(), scoped.iter().copied())
                .map_or_else(String::new, |name| format!("did you mean {name:?}? "));
            errors.push(problem(format!(
                "unknown vendor {:?} ({suggestion}expected {})",
                vendor.get_ref(),
                listed("or")
            )));
            continue;
        };
        if !adapter.capabilities().scopes {
            errors.push(problem(format!(
                "{} tokens have no scopes (only {} tokens do)",
                adapter.display_name(),
                listed("and")
            )));
            continue;
        }
        for pattern in patterns {
            if pattern.get_ref().trim().is_empty() {
                let at = line_of(text, pattern.span().start);
                errors.push(ConfigError(format!(
                    "{file}:{at}: [audit] broad_scopes: {}: empty pattern (use `*` for any run of characters)",
                    vendor.get_ref()
                )));
            }
        }
        broad_scopes = broad_scopes.with_patterns(
            adapter.vendor(),
            patterns.iter().map(|pattern| pattern.get_ref().clone()),
        );
    }
    broad_scopes
}

/// Records a problem at `at` (a line).
fn push(found: &mut Vec<(usize, String)>, at: usize, what: String) {
    found.push((at, what));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse("t.toml", text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| e.0).collect(),
        }
    }

    #[test]
    fn the_documented_example_parses() {
        let config = parse(
            "t.toml",
            r#"
[[source]]
name = "dt-prod"
vendor = "dynatrace"
url = "https://abc12345.live.dynatrace.com"
token_env = "DT_PROD_TOKEN"

[[source]]
name = "astra"
vendor = "astra"
account_id = "a"
user_id = "u"
token_env = "ASTRA_TOKEN"

[[source]]
name = "spark-hz"
vendor = "emr-serverless-spark"
region = "cn-hangzhou"
workspace_id = "w-8adde60aa809701f"
"#,
        )
        .map_err(|e| format!("{e:?}"));
        let Ok(config) = config else {
            panic!("{config:?}");
        };
        assert_eq!(config.sources.len(), 3);
        assert_eq!(config.sources[0].origin, "t.toml:2");
        match &config.sources[1].config {
            SourceConfig::Astra(astra) => assert_eq!(astra.url, "https://astra.netapp.io"),
            other => panic!("{other:?}"),
        }
        match &config.sources[2].config {
            SourceConfig::EmrServerlessSpark(emr) => {
                assert_eq!(
                    emr.endpoint(),
                    "https://emr-serverless-spark.cn-hangzhou.aliyuncs.com"
                );
                assert_eq!(emr.gateway(), None);
                assert_eq!(emr.access_key_secret_env, "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn problems_are_named_with_their_line() {
        assert_eq!(
            errors("[[source]]\nname = \"a\"\nvendor = \"dynatrce\"\n"),
            [
                "t.toml:3: source \"a\": unknown vendor \"dynatrce\" (did you mean \"dynatrace\"? expected dynatrace, astra, emr-serverless-spark or gitlab)"
            ]
        );
        assert_eq!(
            errors(
                "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"https://x.example\"\n"
            ),
            ["t.toml:1: source \"a\": missing key `token_env`"]
        );
        let duplicate = errors(
            "[[source]]\nname = \"a\"\nvendor = \"astra\"\naccount_id = \"x\"\nuser_id = \"y\"\ntoken_env = \"T\"\n\n[[source]]\nname = \"a\"\nvendor = \"astra\"\n",
        );
        assert_eq!(
            duplicate,
            [
                "t.toml:8: source \"a\": missing key `account_id`",
                "t.toml:8: source \"a\": missing key `user_id`",
                "t.toml:8: source \"a\": missing key `token_env`",
                "t.toml:9: source \"a\": duplicate source name (first used at line 1); names must be unique",
            ]
        );
        let http = errors(
            "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"http://abc.live.dynatrace.com\"\ntoken_env = \"T\"\n",
        );
        assert_eq!(http.len(), 1);
        assert!(http[0].starts_with("t.toml:4: source \"a\": invalid URL"));
        assert!(http[0].contains("only allowed for loopback hosts"));
        let malformed = errors("[[source]]\nname = \"a\nvendor = 1\n");
        assert_eq!(malformed.len(), 1);
        assert!(malformed[0].starts_with("t.toml:2:"), "{malformed:?}");
        let foreign = errors(
            "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"https://x.example\"\ntoken_env = \"T\"\nregion = \"cn-hangzhou\"\n",
        );
        assert_eq!(
            foreign,
            ["t.toml:6: source \"a\": key `region` does not apply to vendor dynatrace"]
        );
        let unknown = errors("[[source]]\nname = \"a\"\ntoken_evn = \"T\"\n");
        assert_eq!(
            unknown,
            [
                "t.toml:1: source \"a\": missing key `vendor` (dynatrace, astra, emr-serverless-spark or gitlab)",
                "t.toml:3: source \"a\": unknown key `token_evn` (did you mean `token_env`?)",
            ]
        );
    }

    #[test]
    fn listing_limits_are_read_per_source_and_checked() {
        let entry = "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"https://x.example\"\ntoken_env = \"T\"\n";
        let config = parse(
            "t.toml",
            &format!("{entry}max_pages = 50\nlist_timeout = \"90s\"\n"),
        );
        let limits = config.map(|c| c.sources[0].list_limits);
        assert_eq!(
            limits,
            Ok(ListLimits::default()
                .with_max_pages(50)
                .with_timeout(std::time::Duration::from_secs(90)))
        );
        let defaults = parse("t.toml", entry).map(|c| c.sources[0].list_limits);
        assert_eq!(defaults, Ok(ListLimits::default()));
        assert_eq!(
            errors(&format!("{entry}max_pages = 0\nlist_timeout = \"soon\"\n")),
            [
                "t.toml:6: source \"a\": `max_pages` must be at least 1",
                "t.toml:7: source \"a\": `list_timeout` must be a period of at most 7d, like \"30m\" or \"2h\"",
            ]
        );
        let negative = errors(&format!("{entry}max_pages = -1\n"));
        assert_eq!(negative.len(), 1);
        assert!(negative[0].starts_with("t.toml:6:"), "{negative:?}");
    }

    #[test]
    fn broad_scopes_are_read_per_vendor_and_checked() {
        let entry = "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"https://x.example\"\ntoken_env = \"T\"\n";
        let config = parse(
            "t.toml",
            &format!("{entry}\n[audit.broad_scopes]\ndynatrace = [\"*.ingest\", \"settings.*\"]\n"),
        );
        let broad_scopes = config.map(|c| c.broad_scopes).map_err(|e| format!("{e:?}"));
        let Ok(broad_scopes) = broad_scopes else {
            panic!("{broad_scopes:?}");
        };
        assert_eq!(
            broad_scopes.patterns(Vendor::Dynatrace),
            ["*.ingest", "settings.*"]
        );
        assert!(
            broad_scopes.is_broad(Vendor::GitLab, "api"),
            "others keep theirs"
        );
        let defaults = parse("t.toml", entry).map(|c| c.broad_scopes);
        assert_eq!(defaults.ok(), Some(BroadScopes::default()));
        assert_eq!(
            errors(&format!(
                "{entry}[audit]\nbroad_scopes = {{ dynatrce = [\"*.write\"], astra = [\"x\"], gitlab = [\"\"] }}\n"
            )),
            [
                "t.toml:7: [audit] broad_scopes: Astra tokens have no scopes (only dynatrace and gitlab tokens do)",
                "t.toml:7: [audit] broad_scopes: unknown vendor \"dynatrce\" (did you mean \"dynatrace\"? expected dynatrace or gitlab)",
                "t.toml:7: [audit] broad_scopes: gitlab: empty pattern (use `*` for any run of characters)",
            ]
        );
        let typo = errors(&format!("{entry}[audit]\nbroad_scope = {{}}\n"));
        assert_eq!(typo.len(), 1);
        assert!(typo[0].starts_with("t.toml:7:"), "{typo:?}");
        assert!(typo[0].contains("did you mean `broad_scopes`"), "{typo:?}");
    }

    #[test]
    fn a_unit_is_suggested_only_for_a_whole_number() {
        let entry = "[[source]]\nname = \"a\"\nvendor = \"dynatrace\"\nurl = \"https://x.example\"\ntoken_env = \"T\"\n";
        assert_eq!(
            errors(&format!("{entry}timeout = 1.5\nlist_timeout = \"2.5\"\n")),
            [
                "t.toml:6: source \"a\": `timeout` must be a period of at most 24h, like \"30s\" or \"2m\", not a number",
                "t.toml:7: source \"a\": `list_timeout` must be a period of at most 7d, like \"30m\" or \"2h\"",
            ]
        );
        // Top-level problems come in the order of the file.
        assert_eq!(
            errors(&format!("zeta = 1\nalpha = 2\n{entry}")),
            [
                "t.toml:1: unknown key `zeta`; the file holds [[source]] tables and an [audit] table",
                "t.toml:2: unknown key `alpha`; the file holds [[source]] tables and an [audit] table",
            ]
        );
    }

    #[test]
    fn suggestions_are_for_typos_only() {
        let vendors = ["dynatrace", "astra", "emr-serverless-spark", "gitlab"];
        assert_eq!(closest("dynatrce", vendors), Some("dynatrace"));
        assert_eq!(closest("astar", vendors), Some("astra"));
        assert_eq!(closest("gitlap", vendors), Some("gitlab"));
        assert_eq!(closest("bitbucket", vendors), None);
        assert_eq!(closest("emr", vendors), None);
        let keys = ["url", "token_env", "name", "timeout"];
        assert_eq!(closest("tokn_env", keys), Some("token_env"));
        assert_eq!(closest("uri", keys), Some("url"));
        assert_eq!(closest("region", keys), None);
    }

    #[test]
    fn the_file_is_found_by_flag_then_variable_then_default() {
        let env = |name: &str| (name == CONFIG_ENV).then(|| "from-env.toml".to_string());
        let none = |_: &str| None;
        assert_eq!(
            locate(Some(Path::new("flag.toml")), &env),
            PathBuf::from("flag.toml")
        );
        assert_eq!(locate(None, &env), PathBuf::from("from-env.toml"));
        assert_eq!(locate(None, &none), PathBuf::from("apitokens.toml"));
    }
}
