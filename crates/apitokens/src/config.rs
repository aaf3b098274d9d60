//! A source as configuration describes it: the tagged union of every
//! vendor's config type, and what it connects to.

use std::fmt;
use std::sync::Arc;

use futures::future::BoxFuture;
use schemars::JsonSchema;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use crate::adapter::Adapter;
#[cfg(feature = "astra")]
use crate::vendors::astra::AstraConfig;
#[cfg(feature = "dynatrace")]
use crate::vendors::dynatrace::DynatraceConfig;
#[cfg(feature = "emr-serverless-spark")]
use crate::vendors::emr_serverless_spark::EmrServerlessSparkConfig;
#[cfg(feature = "gitlab")]
use crate::vendors::gitlab::GitLabConfig;
use crate::{Error, ListLimits, Policy, Source, Vendor};

/// One configured source, whatever its vendor: `vendor = "…"` picks the
/// variant, the other keys are that vendor's config type. Secrets are never
/// part of it, only the names of the environment variables holding them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "vendor", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SourceConfig {
    /// `vendor = "dynatrace"`.
    #[cfg(feature = "dynatrace")]
    Dynatrace(DynatraceConfig),
    /// `vendor = "astra"`.
    #[cfg(feature = "astra")]
    Astra(AstraConfig),
    /// `vendor = "emr-serverless-spark"`.
    #[cfg(feature = "emr-serverless-spark")]
    EmrServerlessSpark(EmrServerlessSparkConfig),
    /// `vendor = "gitlab"`.
    #[cfg(feature = "gitlab")]
    #[serde(rename = "gitlab")]
    GitLab(GitLabConfig),
}

macro_rules! each_config {
    ($config:expr, $inner:ident => $body:expr) => {
        match $config {
            #[cfg(feature = "dynatrace")]
            SourceConfig::Dynatrace($inner) => $body,
            #[cfg(feature = "astra")]
            SourceConfig::Astra($inner) => $body,
            #[cfg(feature = "emr-serverless-spark")]
            SourceConfig::EmrServerlessSpark($inner) => $body,
            #[cfg(feature = "gitlab")]
            SourceConfig::GitLab($inner) => $body,
        }
    };
}

impl SourceConfig {
    /// The vendor configured.
    pub fn vendor(&self) -> Vendor {
        match self {
            #[cfg(feature = "dynatrace")]
            SourceConfig::Dynatrace(_) => Vendor::Dynatrace,
            #[cfg(feature = "astra")]
            SourceConfig::Astra(_) => Vendor::Astra,
            #[cfg(feature = "emr-serverless-spark")]
            SourceConfig::EmrServerlessSpark(_) => Vendor::EmrServerlessSpark,
            #[cfg(feature = "gitlab")]
            SourceConfig::GitLab(_) => Vendor::GitLab,
        }
    }

    /// The vendor's adapter.
    pub fn adapter(&self) -> &'static dyn Adapter {
        match self {
            #[cfg(feature = "dynatrace")]
            SourceConfig::Dynatrace(_) => &crate::vendors::dynatrace::DynatraceAdapter,
            #[cfg(feature = "astra")]
            SourceConfig::Astra(_) => &crate::vendors::astra::AstraAdapter,
            #[cfg(feature = "emr-serverless-spark")]
            SourceConfig::EmrServerlessSpark(_) => {
                &crate::vendors::emr_serverless_spark::EmrServerlessSparkAdapter
            }
            #[cfg(feature = "gitlab")]
            SourceConfig::GitLab(_) => &crate::vendors::gitlab::GitLabAdapter,
        }
    }

    /// The environment variables that hold the credentials (an optional one,
    /// like EMR's security token, included), for messages.
    pub fn credential_envs(&self) -> Vec<String> {
        each_config!(self, config => config.credential_envs())
    }

    /// Problems found without making a request: each with the key it is
    /// about (URLs the clients would refuse: `https://` only, `http://` on
    /// loopback only).
    pub fn problems(&self) -> Vec<(&'static str, String)> {
        let urls = each_config!(self, config => config.urls());
        urls.into_iter()
            .filter_map(|(key, url)| {
                apitokens_core::http::validate_base_url(&url)
                    .err()
                    .map(|error| {
                        let message = error.to_string().replace("invalid base URL", "invalid URL");
                        (key, message)
                    })
            })
            .collect()
    }

    /// Reads the credentials through `env` (unset and empty are alike) and
    /// builds what the entry stands for. No request is made.
    pub fn connect(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
        policy: Policy,
        limits: ListLimits,
    ) -> Result<Connected, ConnectError> {
        let env = Environment(env);
        each_config!(self, config => config.connect(&env, policy, limits))
    }
}

/// How a config type reads its environment variables.
pub(crate) struct Environment<'a>(&'a dyn Fn(&str) -> Option<String>);

impl Environment<'_> {
    /// The variable's value, trimmed; empty counts as unset.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        (self.0)(name)
            .map(|value| value.trim().to_string())
            .filter(|value| !value.is_empty())
    }

    /// A secret's value, trimmed; empty counts as unset.
    pub(crate) fn secret(&self, name: &str) -> Option<SecretString> {
        self.get(name).map(SecretString::from)
    }

    /// A secret that must be set; `holds` says what it must hold.
    pub(crate) fn require(
        &self,
        name: &str,
        holds: &'static str,
    ) -> Result<SecretString, ConnectError> {
        self.secret(name)
            .ok_or_else(|| ConnectError::Unset(vec![Unset::new(name, holds)]))
    }
}

/// An environment variable a source needs that is not set.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Unset {
    /// The variable's name.
    pub variable: String,
    /// What it must hold: "a Dynatrace API token with the apiTokens.read scope".
    pub holds: &'static str,
}

impl Unset {
    pub(crate) fn new(variable: &str, holds: &'static str) -> Self {
        Self {
            variable: variable.to_string(),
            holds,
        }
    }
}

/// Why a configured source could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConnectError {
    /// Variables holding credentials are not set.
    Unset(Vec<Unset>),
    /// The facade refused the settings.
    Refused(Error),
}

impl From<Error> for ConnectError {
    fn from(error: Error) -> Self {
        ConnectError::Refused(error)
    }
}

/// Sources a configured entry stands for that are found by asking the vendor
/// (every Livy Gateway of an EMR workspace).
pub trait SourceGroup: Send + Sync + fmt::Debug {
    /// The sources of the group now (one request).
    fn members(&self) -> BoxFuture<'_, Result<Vec<Source>, Error>>;
}

/// What a configured entry connects to: one source, or a group of sources
/// found by asking the vendor. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Connected(Connection);

#[derive(Debug, Clone)]
enum Connection {
    One(Box<Source>),
    Group(Arc<dyn SourceGroup>),
}

/// Why [`Connected::select`] found no source.
#[derive(Debug)]
#[non_exhaustive]
pub enum SelectError {
    /// Asking the vendor for the group's members failed.
    Api(Error),
    /// The group has no member.
    Empty,
    /// No member has the ID asked for.
    NoSuchMember(String),
    /// The entry is one source, and its member ID is another.
    OtherMember(String),
    /// The vendor's entries have no members.
    NotGrouped,
    /// Several members, and none was asked for: their IDs.
    Ambiguous(Vec<String>),
}

impl From<Error> for SelectError {
    fn from(error: Error) -> Self {
        SelectError::Api(error)
    }
}

impl Connected {
    /// One source.
    pub fn one(source: Source) -> Self {
        Self(Connection::One(Box::new(source)))
    }

    /// A group found by asking the vendor.
    pub fn group(group: impl SourceGroup + 'static) -> Self {
        Self(Connection::Group(Arc::new(group)))
    }

    /// The source, when the entry is one.
    pub fn single(&self) -> Option<&Source> {
        match &self.0 {
            Connection::One(source) => Some(source),
            Connection::Group(_) => None,
        }
    }

    /// The sources now: the one, or the group's members (one request).
    pub async fn sources(&self) -> Result<Vec<Source>, Error> {
        match &self.0 {
            Connection::One(source) => Ok(vec![source.as_ref().clone()]),
            Connection::Group(group) => group.members().await,
        }
    }

    /// The source that `member` (a member ID, e.g. a Livy Gateway) names,
    /// or the only one when `member` is `None`; `adapter` says what
    /// members are.
    pub async fn select(
        &self,
        adapter: &dyn Adapter,
        member: Option<&str>,
    ) -> Result<Source, SelectError> {
        let member_of = |source: &Source| adapter.member_of(&source.location());
        match (&self.0, member) {
            (Connection::One(source), None) => Ok(source.as_ref().clone()),
            (Connection::One(source), Some(wanted)) => match member_of(source) {
                Some(own) if own == wanted => Ok(source.as_ref().clone()),
                Some(own) => Err(SelectError::OtherMember(own)),
                None => Err(SelectError::NotGrouped),
            },
            (Connection::Group(group), Some(wanted)) => group
                .members()
                .await?
                .into_iter()
                .find(|source| member_of(source).as_deref() == Some(wanted))
                .ok_or_else(|| SelectError::NoSuchMember(wanted.to_string())),
            (Connection::Group(group), None) => {
                let sources = group.members().await?;
                let ids: Vec<String> = sources.iter().filter_map(member_of).collect();
                match <[Source; 1]>::try_from(sources) {
                    Ok([only]) => Ok(only),
                    Err(sources) if sources.is_empty() => Err(SelectError::Empty),
                    Err(_) => Err(SelectError::Ambiguous(ids)),
                }
            }
        }
    }
}

#[cfg(all(
    test,
    feature = "dynatrace",
    feature = "astra",
    feature = "emr-serverless-spark"
))]
mod tests {
    use super::*;

    fn config(value: serde_json::Value) -> Result<SourceConfig, serde_json::Error> {
        serde_json::from_value(value)
    }

    #[test]
    fn the_vendor_tag_picks_the_config_type_and_its_defaults() -> Result<(), serde_json::Error> {
        let astra = config(serde_json::json!({
            "vendor": "astra", "account_id": "a", "user_id": "u", "token_env": "T"
        }))?;
        assert_eq!(astra.vendor(), Vendor::Astra);
        assert_eq!(astra.adapter().vendor(), Vendor::Astra);
        let SourceConfig::Astra(astra) = astra else {
            panic!("{astra:?}");
        };
        assert_eq!(astra.url, crate::ASTRA_CONTROL_SERVICE_URL);
        let emr = config(serde_json::json!({
            "vendor": "emr-serverless-spark", "region": "cn-hangzhou", "workspace_id": "w-1"
        }))?;
        assert_eq!(
            emr.credential_envs(),
            [
                "ALIBABA_CLOUD_ACCESS_KEY_ID",
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                "ALIBABA_CLOUD_SECURITY_TOKEN"
            ]
        );
        assert!(emr.problems().is_empty());
        let foreign = config(serde_json::json!({
            "vendor": "dynatrace", "url": "https://x.example", "token_env": "T", "region": "r"
        }));
        assert!(foreign.is_err(), "{foreign:?}");
        Ok(())
    }

    #[test]
    fn every_config_key_an_adapter_declares_is_a_field_of_its_config() {
        // An entry setting every key (strings) deserialises: the adapter's
        // key list and the serde type agree.
        for adapter in crate::adapters() {
            let mut entry = serde_json::Map::new();
            entry.insert("vendor".into(), adapter.vendor().as_str().into());
            for key in adapter.config_keys() {
                entry.insert(key.name.into(), "x".into());
            }
            let parsed = config(serde_json::Value::Object(entry.clone()));
            assert!(parsed.is_ok(), "{}: {parsed:?}", adapter.vendor());
            // A number is accepted exactly where the adapter says so.
            for key in adapter.config_keys() {
                let mut numbered = entry.clone();
                numbered.insert(key.name.into(), 42.into());
                let parsed = config(serde_json::Value::Object(numbered));
                let declared = key.value == crate::ConfigValue::TextOrWholeNumber;
                assert_eq!(parsed.is_ok(), declared, "{}: {parsed:?}", key.name);
            }
        }
    }

    #[test]
    fn an_emr_entry_without_a_gateway_is_the_whole_workspace()
    -> Result<(), Box<dyn std::error::Error>> {
        let env = |name: &str| {
            name.starts_with("ALIBABA_CLOUD_ACCESS_KEY")
                .then(|| "k".to_string())
        };
        let workspace = config(serde_json::json!({
            "vendor": "emr-serverless-spark", "region": "cn-hangzhou", "workspace_id": "w-1"
        }))?;
        let connected = workspace
            .connect(&env, Policy::default(), ListLimits::default())
            .map_err(|e| format!("{e:?}"))?;
        assert!(
            connected.single().is_none(),
            "a group, not a placeholder gateway"
        );
        let gateway = config(serde_json::json!({
            "vendor": "emr-serverless-spark", "region": "cn-hangzhou", "workspace_id": "w-1",
            "livy_compute_id": "lc-1"
        }))?;
        let connected = gateway
            .connect(&env, Policy::default(), ListLimits::default())
            .map_err(|e| format!("{e:?}"))?;
        assert!(connected.single().is_some());
        let unset = workspace.connect(&|_: &str| None, Policy::default(), ListLimits::default());
        match unset {
            Err(ConnectError::Unset(unset)) => assert_eq!(unset.len(), 2),
            other => panic!("{other:?}"),
        }
        Ok(())
    }
}
