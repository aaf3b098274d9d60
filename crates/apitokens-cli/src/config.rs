//! The configuration file: where the sources are, and which environment
//! variables hold their secrets (never the secrets themselves).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use apitokens::emr_serverless_spark::signing::{
    ACCESS_KEY_ID_ENV, ACCESS_KEY_SECRET_ENV, SECURITY_TOKEN_ENV,
};
use apitokens::{ASTRA_CONTROL_SERVICE_URL, ListLimits, Policy, RetryPolicy, Vendor};
use serde::Deserialize;
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
    pub(crate) sources: Vec<SourceConfig>,
}

/// One `[[source]]` entry, validated; secrets are still only variable names.
#[derive(Debug, Clone)]
pub(crate) struct SourceConfig {
    pub(crate) name: String,
    /// Where the entry starts, for messages (`file:line`).
    pub(crate) origin: String,
    pub(crate) kind: SourceKind,
    /// Timeouts and retries (`timeout`, `retries`; the facade's defaults otherwise).
    pub(crate) policy: Policy,
    /// How far a listing may go (`max_pages`, `list_timeout`; the facade's
    /// defaults otherwise).
    pub(crate) list_limits: ListLimits,
}

#[derive(Debug, Clone)]
pub(crate) enum SourceKind {
    Dynatrace {
        url: String,
        token_env: String,
    },
    Astra {
        url: String,
        account_id: String,
        user_id: String,
        token_env: String,
    },
    EmrServerlessSpark {
        region: String,
        workspace_id: String,
        /// `None`: every Livy Gateway of the workspace.
        livy_compute_id: Option<String>,
        endpoint: String,
        access_key_id_env: String,
        access_key_secret_env: String,
        security_token_env: String,
    },
}

impl SourceConfig {
    pub(crate) fn vendor(&self) -> Vendor {
        match self.kind {
            SourceKind::Dynatrace { .. } => Vendor::Dynatrace,
            SourceKind::Astra { .. } => Vendor::Astra,
            SourceKind::EmrServerlessSpark { .. } => Vendor::EmrServerlessSpark,
        }
    }

    /// The environment variables that hold this source's credentials; the
    /// last one of EMR (the security token) is optional.
    pub(crate) fn credential_envs(&self) -> Vec<&str> {
        match &self.kind {
            SourceKind::Dynatrace { token_env, .. } | SourceKind::Astra { token_env, .. } => {
                vec![token_env]
            }
            SourceKind::EmrServerlessSpark {
                access_key_id_env,
                access_key_secret_env,
                security_token_env,
                ..
            } => vec![access_key_id_env, access_key_secret_env, security_token_env],
        }
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

/// What the file may say, before validation. Every source key is optional
/// here so that a missing one is reported by name with the entry's line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    source: Vec<Spanned<RawSource>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    name: Option<Spanned<String>>,
    vendor: Option<Spanned<String>>,
    url: Option<Spanned<String>>,
    token_env: Option<Spanned<String>>,
    account_id: Option<Spanned<String>>,
    user_id: Option<Spanned<String>>,
    region: Option<Spanned<String>>,
    workspace_id: Option<Spanned<String>>,
    livy_compute_id: Option<Spanned<String>>,
    endpoint: Option<Spanned<String>>,
    access_key_id_env: Option<Spanned<String>>,
    access_key_secret_env: Option<Spanned<String>>,
    security_token_env: Option<Spanned<String>>,
    /// The longest a call may take, retries included (e.g. "30s"; any vendor).
    timeout: Option<Spanned<String>>,
    /// How often to retry a failed read (any vendor).
    retries: Option<Spanned<u32>>,
    /// The most pages one listing reads (any vendor).
    max_pages: Option<Spanned<u32>>,
    /// The longest one listing may wait for the vendor's pages (e.g. "2h"; any vendor).
    list_timeout: Option<Spanned<String>>,
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
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

    let mut errors = Vec::new();
    let mut sources = Vec::new();
    let mut names: BTreeMap<String, usize> = BTreeMap::new();
    if raw.source.is_empty() {
        errors.push(ConfigError(format!(
            "{file}: no [[source]] entries; add one per Dynatrace environment, Astra user or Spark workspace (see the README)"
        )));
    }
    for (index, entry) in raw.source.iter().enumerate() {
        let line = line_of(text, entry.span().start);
        let at = |value: &Spanned<String>| format!("{file}:{}", line_of(text, value.span().start));
        let entry = entry.get_ref();
        let label = match &entry.name {
            Some(name) => format!("source {:?}", name.get_ref()),
            None => format!("source #{}", index + 1),
        };
        let mut problem = |where_: String, what: String| {
            errors.push(ConfigError(format!("{where_}: {label}: {what}")));
        };
        let origin = format!("{file}:{line}");

        let Some(name) = &entry.name else {
            problem(origin.clone(), "missing key `name`".into());
            continue;
        };
        if name.get_ref().trim().is_empty() {
            problem(at(name), "`name` is empty".into());
            continue;
        }
        if let Some(first) = names.insert(name.get_ref().clone(), line) {
            problem(
                at(name),
                format!("duplicate source name (first used at line {first}); names must be unique"),
            );
            continue;
        }
        let Some(vendor) = &entry.vendor else {
            problem(
                origin.clone(),
                "missing key `vendor` (dynatrace, astra or emr-serverless-spark)".into(),
            );
            continue;
        };

        // Every key the vendor does not use is refused: it is probably a typo
        // or a key of another vendor's entry.
        let mut required = |key: &str, value: &Option<Spanned<String>>| match value {
            Some(value) if !value.get_ref().trim().is_empty() => Some(value.get_ref().clone()),
            Some(value) => {
                errors.push(ConfigError(format!(
                    "{}: {label}: `{key}` is empty",
                    at(value)
                )));
                None
            }
            None => {
                errors.push(ConfigError(format!(
                    "{origin}: {label}: missing key `{key}`"
                )));
                None
            }
        };
        let kind = match vendor.get_ref().as_str() {
            "dynatrace" => {
                let url = required("url", &entry.url);
                let token_env = required("token_env", &entry.token_env);
                let foreign = foreign_keys(
                    entry,
                    &[
                        "account_id",
                        "user_id",
                        "region",
                        "workspace_id",
                        "livy_compute_id",
                        "endpoint",
                        "access_key_id_env",
                        "access_key_secret_env",
                        "security_token_env",
                    ],
                );
                report_foreign(&mut errors, file, text, &label, "dynatrace", foreign);
                match (url, token_env) {
                    (Some(url), Some(token_env)) => {
                        check_url(&mut errors, file, text, &label, entry.url.as_ref(), &url);
                        Some(SourceKind::Dynatrace { url, token_env })
                    }
                    _ => None,
                }
            }
            "astra" => {
                let url = entry.url.as_ref().map_or_else(
                    || ASTRA_CONTROL_SERVICE_URL.to_string(),
                    |u| u.get_ref().clone(),
                );
                let account_id = required("account_id", &entry.account_id);
                let user_id = required("user_id", &entry.user_id);
                let token_env = required("token_env", &entry.token_env);
                let foreign = foreign_keys(
                    entry,
                    &[
                        "region",
                        "workspace_id",
                        "livy_compute_id",
                        "endpoint",
                        "access_key_id_env",
                        "access_key_secret_env",
                        "security_token_env",
                    ],
                );
                report_foreign(&mut errors, file, text, &label, "astra", foreign);
                check_url(&mut errors, file, text, &label, entry.url.as_ref(), &url);
                match (account_id, user_id, token_env) {
                    (Some(account_id), Some(user_id), Some(token_env)) => Some(SourceKind::Astra {
                        url,
                        account_id,
                        user_id,
                        token_env,
                    }),
                    _ => None,
                }
            }
            "emr-serverless-spark" => {
                let region = required("region", &entry.region);
                let workspace_id = required("workspace_id", &entry.workspace_id);
                let optional = |value: &Option<Spanned<String>>, default: &str| {
                    value
                        .as_ref()
                        .map_or_else(|| default.to_string(), |v| v.get_ref().clone())
                };
                let foreign = foreign_keys(entry, &["url", "token_env", "account_id", "user_id"]);
                report_foreign(
                    &mut errors,
                    file,
                    text,
                    &label,
                    "emr-serverless-spark",
                    foreign,
                );
                match (region, workspace_id) {
                    (Some(region), Some(workspace_id)) => {
                        let endpoint = optional(
                            &entry.endpoint,
                            &format!("https://emr-serverless-spark.{region}.aliyuncs.com"),
                        );
                        check_url(
                            &mut errors,
                            file,
                            text,
                            &label,
                            entry.endpoint.as_ref(),
                            &endpoint,
                        );
                        Some(SourceKind::EmrServerlessSpark {
                            region,
                            workspace_id,
                            livy_compute_id: entry
                                .livy_compute_id
                                .as_ref()
                                .map(|id| id.get_ref().trim().to_string())
                                .filter(|id| !id.is_empty()),
                            endpoint,
                            access_key_id_env: optional(
                                &entry.access_key_id_env,
                                ACCESS_KEY_ID_ENV,
                            ),
                            access_key_secret_env: optional(
                                &entry.access_key_secret_env,
                                ACCESS_KEY_SECRET_ENV,
                            ),
                            security_token_env: optional(
                                &entry.security_token_env,
                                SECURITY_TOKEN_ENV,
                            ),
                        })
                    }
                    _ => None,
                }
            }
            other => {
                errors.push(ConfigError(format!(
                    "{}: {label}: unknown vendor {other:?} (expected dynatrace, astra or emr-serverless-spark)",
                    at(vendor)
                )));
                None
            }
        };
        let mut policy = Policy::default();
        if let Some(timeout) = &entry.timeout {
            match humantime::parse_duration(timeout.get_ref()) {
                Ok(total) if !total.is_zero() && total <= MAX_TIMEOUT => {
                    let attempt = total.min(policy.request_timeout);
                    policy = policy
                        .with_total_timeout(total)
                        .with_request_timeout(attempt);
                }
                Ok(_) | Err(_) => errors.push(ConfigError(format!(
                    "{}: {label}: `timeout` must be a period of at most 24h, like \"30s\" or \"2m\"",
                    at(timeout)
                ))),
            }
        }
        if let Some(retries) = &entry.retries {
            policy = policy.with_retry(RetryPolicy::default().with_max_retries(*retries.get_ref()));
        }
        let mut list_limits = ListLimits::default();
        if let Some(max_pages) = &entry.max_pages {
            match *max_pages.get_ref() {
                0 => errors.push(ConfigError(format!(
                    "{file}:{}: {label}: `max_pages` must be at least 1",
                    line_of(text, max_pages.span().start)
                ))),
                pages => list_limits = list_limits.with_max_pages(pages),
            }
        }
        if let Some(list_timeout) = &entry.list_timeout {
            match humantime::parse_duration(list_timeout.get_ref()) {
                Ok(limit) if !limit.is_zero() && limit <= MAX_LIST_TIMEOUT => {
                    list_limits = list_limits.with_timeout(limit);
                }
                Ok(_) | Err(_) => errors.push(ConfigError(format!(
                    "{}: {label}: `list_timeout` must be a period of at most 7d, like \"30m\" or \"2h\"",
                    at(list_timeout)
                ))),
            }
        }
        if let Some(kind) = kind {
            sources.push(SourceConfig {
                name: name.get_ref().clone(),
                origin: format!("{file}:{line}"),
                kind,
                policy,
                list_limits,
            });
        }
    }
    if errors.is_empty() {
        Ok(Config { sources })
    } else {
        Err(errors)
    }
}

/// The keys of `entry` among `keys` that are set.
fn foreign_keys<'a>(
    entry: &'a RawSource,
    keys: &[&'static str],
) -> Vec<(&'static str, &'a Spanned<String>)> {
    let value = |key: &str| match key {
        "url" => entry.url.as_ref(),
        "token_env" => entry.token_env.as_ref(),
        "account_id" => entry.account_id.as_ref(),
        "user_id" => entry.user_id.as_ref(),
        "region" => entry.region.as_ref(),
        "workspace_id" => entry.workspace_id.as_ref(),
        "livy_compute_id" => entry.livy_compute_id.as_ref(),
        "endpoint" => entry.endpoint.as_ref(),
        "access_key_id_env" => entry.access_key_id_env.as_ref(),
        "access_key_secret_env" => entry.access_key_secret_env.as_ref(),
        "security_token_env" => entry.security_token_env.as_ref(),
        _ => None,
    };
    keys.iter()
        .filter_map(|key| value(key).map(|v| (*key, v)))
        .collect()
}

fn report_foreign(
    errors: &mut Vec<ConfigError>,
    file: &str,
    text: &str,
    label: &str,
    vendor: &str,
    foreign: Vec<(&'static str, &Spanned<String>)>,
) {
    for (key, value) in foreign {
        errors.push(ConfigError(format!(
            "{file}:{}: {label}: key `{key}` does not apply to vendor {vendor}",
            line_of(text, value.span().start)
        )));
    }
}

/// Refuses URLs the clients would refuse (https only; http:// on loopback only),
/// here, with the line, before any request.
fn check_url(
    errors: &mut Vec<ConfigError>,
    file: &str,
    text: &str,
    label: &str,
    spanned: Option<&Spanned<String>>,
    url: &str,
) {
    if let Err(error) = apitokens_core::http::validate_base_url(url) {
        let line = spanned.map_or_else(String::new, |value| {
            format!(":{}", line_of(text, value.span().start))
        });
        errors.push(ConfigError(format!(
            "{file}{line}: {label}: {}",
            error.to_string().replace("invalid base URL", "invalid URL")
        )));
    }
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
        match &config.sources[1].kind {
            SourceKind::Astra { url, .. } => assert_eq!(url, "https://astra.netapp.io"),
            other => panic!("{other:?}"),
        }
        match &config.sources[2].kind {
            SourceKind::EmrServerlessSpark {
                endpoint,
                livy_compute_id,
                access_key_secret_env,
                ..
            } => {
                assert_eq!(
                    endpoint,
                    "https://emr-serverless-spark.cn-hangzhou.aliyuncs.com"
                );
                assert_eq!(livy_compute_id, &None);
                assert_eq!(access_key_secret_env, "ALIBABA_CLOUD_ACCESS_KEY_SECRET");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn problems_are_named_with_their_line() {
        assert_eq!(
            errors("[[source]]\nname = \"a\"\nvendor = \"dynatrce\"\n"),
            [
                "t.toml:3: source \"a\": unknown vendor \"dynatrce\" (expected dynatrace, astra or emr-serverless-spark)"
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
