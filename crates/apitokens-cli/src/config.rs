//! The configuration file: where the sources are, and which environment
//! variables hold their secrets (never the secrets themselves).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use apitokens::audit::BroadScopes;
use apitokens::{Adapter, ListLimits, Policy, RetryPolicy, SourceConfig, Vendor};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

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

/// Reads and validates the file at `path`.
pub(crate) fn load(path: &Path) -> Result<Config, Vec<ConfigError>> {
    use std::io::Read;
    let shown = path.display().to_string();
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes));
    let problem = match read {
        Ok(_) if bytes.len() as u64 > MAX_CONFIG_BYTES => Some(format!(
            "config file {shown} is larger than 1 MiB, the most that is read (a config only names sources)"
        )),
        Ok(_) => None,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Some(format!(
            "config file {shown} not found (pass --config FILE, set {CONFIG_ENV}, or create ./{DEFAULT_CONFIG}; `apitokens demo` needs none)"
        )),
        Err(error) => Some(format!("cannot read config file {shown}: {error}")),
    };
    if let Some(problem) = problem {
        return Err(vec![ConfigError(problem)]);
    }
    let text = String::from_utf8(bytes).map_err(|error| {
        vec![ConfigError(format!(
            "config file {shown} is not UTF-8 text (invalid byte at offset {})",
            error.utf8_error().valid_up_to()
        ))]
    })?;
    parse(&shown, &text)
}

/// What the file may say, before validation: each entry a table of spanned
/// values, so that the common keys are read here and the vendor's keys are
/// checked against its adapter, every problem with its line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    source: Vec<Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
    #[serde(default)]
    audit: Option<RawAudit>,
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

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

/// Reads a common key as `T`; a value of the wrong type is a problem at its line.
fn typed<T: DeserializeOwned>(
    entry: &BTreeMap<String, Spanned<toml::Value>>,
    key: &str,
    found: &mut Vec<(usize, String)>,
    line: &dyn Fn(&Spanned<toml::Value>) -> usize,
) -> Option<Spanned<T>> {
    let value = entry.get(key)?;
    match value.get_ref().clone().try_into::<T>() {
        Ok(typed) => Some(Spanned::new(value.span(), typed)),
        Err(error) => {
            let message = error.message().trim().replace('\n', " ");
            found.push((line(value), format!("`{key}`: {message}")));
            None
        }
    }
}

/// Parses and validates a config document; `file` names it in messages.
/// Every problem found is reported, not just the first.
pub(crate) fn parse(file: &str, text: &str) -> Result<Config, Vec<ConfigError>> {
    let raw: RawConfig = toml::from_str(text).map_err(|error| {
        let at = error.span().map_or_else(String::new, |span| {
            let line = line_of(text, span.start);
            let column = text.get(..span.start).map_or(0, |before| {
                before.len() - before.rfind('\n').map_or(0, |n| n + 1)
            }) + 1;
            format!(":{line}:{column}")
        });
        let message = error.message().trim().replace('\n', " ");
        vec![ConfigError(format!(
            "{file}{at}: invalid config: {message}"
        ))]
    })?;

    let vendors = apitokens::adapter::vendor_names();
    let mut errors = Vec::new();
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
    let line = |value: &Spanned<toml::Value>| line_of(text, value.span().start);
    for (index, entry) in raw.source.iter().enumerate() {
        let start = line_of(text, entry.span().start);
        let origin = format!("{file}:{start}");
        let entry = entry.get_ref();
        let label = match entry.get("name").and_then(|name| name.get_ref().as_str()) {
            Some(name) => format!("source {name:?}"),
            None => format!("source #{}", index + 1),
        };
        let mut found: Vec<(usize, String)> = Vec::new();
        let parsed = read_entry(
            entry, start, &origin, &vendors, &mut names, text, &line, &mut found,
        );
        errors.extend(
            found
                .into_iter()
                .map(|(at, what)| ConfigError(format!("{file}:{at}: {label}: {what}"))),
        );
        sources.extend(parsed);
    }
    let broad_scopes = read_audit(file, text, raw.audit.as_ref(), &mut errors);
    if errors.is_empty() {
        Ok(Config {
            sources,
            broad_scopes,
        })
    } else {
        Err(errors)
    }
}

/// Reads one entry; its problems go to `found` as (line, what).
#[allow(clippy::too_many_arguments)]
fn read_entry(
    entry: &BTreeMap<String, Spanned<toml::Value>>,
    start: usize,
    origin: &str,
    vendors: &str,
    names: &mut BTreeMap<String, usize>,
    text: &str,
    line: &dyn Fn(&Spanned<toml::Value>) -> usize,
    found: &mut Vec<(usize, String)>,
) -> Option<ConfiguredSource> {
    // A key no vendor knows is probably a typo: refused like toml would.
    let unknown: Vec<(&String, &Spanned<toml::Value>)> = entry
        .iter()
        .filter(|(key, _)| {
            !COMMON_KEYS.contains(&key.as_str())
                && !apitokens::adapters()
                    .iter()
                    .any(|adapter| adapter.config_keys().iter().any(|known| known.name == *key))
        })
        .collect();
    if !unknown.is_empty() {
        for (key, value) in unknown {
            push(found, line(value), format!("unknown field `{key}`"));
        }
        return None;
    }
    let name = typed::<String>(entry, "name", found, line);
    let Some(name) = name else {
        if found.is_empty() {
            push(found, start, "missing key `name`".into());
        }
        return None;
    };
    let name_line = line_of(text, name.span().start);
    if name.get_ref().trim().is_empty() {
        push(found, name_line, "`name` is empty".into());
        return None;
    }
    if let Some(first) = names.insert(name.get_ref().clone(), start) {
        push(
            found,
            name_line,
            format!("duplicate source name (first used at line {first}); names must be unique"),
        );
        return None;
    }
    let Some(vendor) = typed::<String>(entry, "vendor", found, line) else {
        if found.is_empty() {
            push(found, start, format!("missing key `vendor` ({vendors})"));
        }
        return None;
    };
    let Some(adapter) = apitokens::adapter_named(vendor.get_ref()) else {
        push(
            found,
            line_of(text, vendor.span().start),
            format!("unknown vendor {:?} (expected {vendors})", vendor.get_ref()),
        );
        return None;
    };

    // The vendor's own keys: required ones set and not empty, and none of
    // another vendor's (probably a copied entry).
    let own = adapter.config_keys();
    let mut keys = toml::Table::new();
    keys.insert(
        "vendor".into(),
        toml::Value::String(vendor.get_ref().clone()),
    );
    for (key, value) in entry {
        if COMMON_KEYS.contains(&key.as_str()) {
            continue;
        }
        if !own.iter().any(|known| known.name == key) {
            push(
                found,
                line(value),
                format!("key `{key}` does not apply to vendor {}", vendor.get_ref()),
            );
            continue;
        }
        keys.insert(key.clone(), value.get_ref().clone());
    }
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
    let config = if found.is_empty() {
        match toml::Value::Table(keys).try_into::<SourceConfig>() {
            Ok(config) => {
                for (key, message) in config.problems() {
                    let at = entry.get(key).map_or(start, line);
                    push(found, at, message);
                }
                Some(config)
            }
            Err(error) => {
                let message = error.message().trim().replace('\n', " ");
                push(found, start, format!("invalid entry: {message}"));
                None
            }
        }
    } else {
        None
    };

    let mut policy = Policy::default();
    if let Some(timeout) = typed::<String>(entry, "timeout", found, line) {
        match humantime::parse_duration(timeout.get_ref()) {
            Ok(total) if !total.is_zero() && total <= MAX_TIMEOUT => {
                let attempt = total.min(policy.request_timeout);
                policy = policy
                    .with_total_timeout(total)
                    .with_request_timeout(attempt);
            }
            Ok(_) | Err(_) => push(
                found,
                line_of(text, timeout.span().start),
                "`timeout` must be a period of at most 24h, like \"30s\" or \"2m\"".into(),
            ),
        }
    }
    if let Some(retries) = typed::<u32>(entry, "retries", found, line) {
        policy = policy.with_retry(RetryPolicy::default().with_max_retries(*retries.get_ref()));
    }
    let mut list_limits = ListLimits::default();
    if let Some(max_pages) = typed::<u32>(entry, "max_pages", found, line) {
        match *max_pages.get_ref() {
            0 => push(
                found,
                line_of(text, max_pages.span().start),
                "`max_pages` must be at least 1".into(),
            ),
            pages => list_limits = list_limits.with_max_pages(pages),
        }
    }
    if let Some(list_timeout) = typed::<String>(entry, "list_timeout", found, line) {
        match humantime::parse_duration(list_timeout.get_ref()) {
            Ok(limit) if !limit.is_zero() && limit <= MAX_LIST_TIMEOUT => {
                list_limits = list_limits.with_timeout(limit);
            }
            Ok(_) | Err(_) => push(
                found,
                line_of(text, list_timeout.span().start),
                "`list_timeout` must be a period of at most 7d, like \"30m\" or \"2h\"".into(),
            ),
        }
    }
    Some(ConfiguredSource {
        name: name.get_ref().clone(),
        origin: origin.to_string(),
        config: config?,
        policy,
        list_limits,
    })
}

/// The `[audit]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
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
            errors.push(problem(format!(
                "unknown vendor {:?} (expected {})",
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
                "t.toml:3: source \"a\": unknown vendor \"dynatrce\" (expected dynatrace, astra, emr-serverless-spark or gitlab)"
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
                "t.toml:9: source \"a\": duplicate source name (first used at line 1); names must be unique"
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
        assert_eq!(unknown.len(), 1);
        assert!(unknown[0].contains("token_evn"), "{unknown:?}");
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
                "t.toml:7: [audit] broad_scopes: unknown vendor \"dynatrce\" (expected dynatrace or gitlab)",
                "t.toml:7: [audit] broad_scopes: gitlab: empty pattern (use `*` for any run of characters)",
            ]
        );
        let typo = errors(&format!("{entry}[audit]\nbroad_scope = {{}}\n"));
        assert_eq!(typo.len(), 1);
        assert!(typo[0].starts_with("t.toml:7:"), "{typo:?}");
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
