//! Alibaba Cloud EMR Serverless Spark: the Livy tokens of a workspace's
//! Livy Gateways.

mod source;
mod workspace;

use apitokens_emr_serverless_spark::signing::{
    ACCESS_KEY_ID_ENV, ACCESS_KEY_SECRET_ENV, SECURITY_TOKEN_ENV,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use source::EmrServerlessSparkSource;
pub use workspace::EmrServerlessSparkWorkspace;

use crate::adapter::{Adapter, ConfigKey};
use crate::config::{ConnectError, Connected, Environment, Unset};
use crate::lifecycle::{Capabilities, ExpirySupport};
use crate::{ListLimits, Location, Policy, Vendor};

crate::vendors::client::vendor_client!(apitokens_emr_serverless_spark, Vendor::EmrServerlessSpark);

pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    create: true,
    scopes: false,
    expiry: ExpirySupport {
        at: false,
        after_days: true,
    },
    labels: false,
    rename: false,
    enable_disable: false,
    update_scopes: false,
    revoke: true,
    lookup: false,
    refresh: true,
    rotate: true,
    native_rotation: false,
    reports_last_use: true,
};

fn access_key_id_env() -> String {
    ACCESS_KEY_ID_ENV.to_string()
}

fn access_key_secret_env() -> String {
    ACCESS_KEY_SECRET_ENV.to_string()
}

fn security_token_env() -> String {
    SECURITY_TOKEN_ENV.to_string()
}

/// A `[[source]]` entry with `vendor = "emr-serverless-spark"`: one Livy
/// Gateway, or every gateway of a workspace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmrServerlessSparkConfig {
    /// The region, e.g. `cn-hangzhou`.
    pub region: String,
    /// The workspace ID (`w-…`).
    pub workspace_id: String,
    /// The Livy Gateway (`lc-…`); unset or empty: every gateway of the workspace.
    #[serde(default)]
    pub livy_compute_id: Option<String>,
    /// The endpoint; the region's public one when unset.
    #[serde(default)]
    pub endpoint: Option<String>,
    /// The variable holding the AccessKey ID.
    #[serde(default = "access_key_id_env")]
    pub access_key_id_env: String,
    /// The variable holding the AccessKey secret.
    #[serde(default = "access_key_secret_env")]
    pub access_key_secret_env: String,
    /// The variable holding an STS security token, when the key is temporary.
    #[serde(default = "security_token_env")]
    pub security_token_env: String,
}

impl EmrServerlessSparkConfig {
    /// The endpoint requests go to: `endpoint`, else the region's public one.
    pub fn endpoint(&self) -> String {
        self.endpoint
            .clone()
            .unwrap_or_else(|| apitokens_emr_serverless_spark::endpoint_for(&self.region))
    }

    /// The one gateway read, or `None` for every gateway of the workspace.
    pub fn gateway(&self) -> Option<&str> {
        self.livy_compute_id
            .as_deref()
            .map(str::trim)
            .filter(|id| !id.is_empty())
    }

    pub(crate) fn credential_envs(&self) -> Vec<String> {
        vec![
            self.access_key_id_env.clone(),
            self.access_key_secret_env.clone(),
            self.security_token_env.clone(),
        ]
    }

    pub(crate) fn urls(&self) -> Vec<(&'static str, String)> {
        vec![("endpoint", self.endpoint())]
    }

    pub(crate) fn connect(
        &self,
        env: &Environment<'_>,
        policy: Policy,
        limits: ListLimits,
    ) -> Result<Connected, ConnectError> {
        let id = env.get(&self.access_key_id_env);
        let secret = env.secret(&self.access_key_secret_env);
        let (id, secret) = match (id, secret) {
            (Some(id), Some(secret)) => (id, secret),
            (id, secret) => {
                let mut unset = Vec::new();
                if id.is_none() {
                    unset.push(Unset::new(
                        &self.access_key_id_env,
                        "an Alibaba Cloud AccessKey ID",
                    ));
                }
                if secret.is_none() {
                    unset.push(Unset::new(
                        &self.access_key_secret_env,
                        "an Alibaba Cloud AccessKey secret",
                    ));
                }
                return Err(ConnectError::Unset(unset));
            }
        };
        let mut key = apitokens_emr_serverless_spark::Credentials::new(id, secret);
        if let Some(token) = env.secret(&self.security_token_env) {
            key = key.with_security_token(token);
        }
        let workspace = EmrServerlessSparkWorkspace::with_endpoint_and_policy(
            &self.endpoint(),
            &self.region,
            &self.workspace_id,
            key,
            policy,
        )
        .and_then(|workspace| workspace.with_list_limits(limits))?;
        Ok(match self.gateway() {
            Some(gateway) => Connected::one(workspace.gateway(gateway)?.into()),
            None => Connected::group(workspace),
        })
    }
}

/// What the facade knows about EMR Serverless Spark.
#[derive(Debug)]
pub(crate) struct EmrServerlessSparkAdapter;

impl Adapter for EmrServerlessSparkAdapter {
    fn vendor(&self) -> Vendor {
        Vendor::EmrServerlessSpark
    }

    fn display_name(&self) -> &'static str {
        "EMR Serverless Spark"
    }

    fn source_noun(&self) -> &'static str {
        "EMR Serverless Spark workspace"
    }

    fn config_keys(&self) -> &'static [ConfigKey] {
        const KEYS: &[ConfigKey] = &[
            ConfigKey::required("region"),
            ConfigKey::required("workspace_id"),
            ConfigKey::optional("livy_compute_id"),
            ConfigKey::optional("endpoint"),
            ConfigKey::optional("access_key_id_env"),
            ConfigKey::optional("access_key_secret_env"),
            ConfigKey::optional("security_token_env"),
        ];
        KEYS
    }

    fn capabilities(&self) -> Capabilities {
        CAPABILITIES
    }

    fn settings_hint(&self) -> &'static str {
        "the region, endpoint, workspace_id and livy_compute_id"
    }

    fn forbidden_hint(&self, envs: &str) -> String {
        format!("the RAM permissions of the AccessKey in {envs} on the workspace")
    }

    fn member_noun(&self) -> Option<&'static str> {
        Some("Livy Gateway")
    }

    fn member_of(&self, location: &Location) -> Option<String> {
        match location {
            Location::EmrServerlessSpark {
                livy_compute_id, ..
            } => Some(livy_compute_id.clone()),
            _ => None,
        }
    }
}
