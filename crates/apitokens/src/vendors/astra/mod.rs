//! NetApp Astra Control: the API tokens of one user of one account.

mod source;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use source::{ASTRA_CONTROL_SERVICE_URL, AstraSource};

use crate::adapter::{Adapter, ConfigKey};
use crate::config::{ConnectError, Connected, Environment};
use crate::lifecycle::{Capabilities, ExpirySupport};
use crate::{ListLimits, Policy, Vendor};

crate::vendors::client::vendor_client!(apitokens_astra, Vendor::Astra);

pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    create: true,
    scopes: false,
    expiry: ExpirySupport {
        at: false,
        after_days: false,
    },
    labels: true,
    rename: true,
    enable_disable: false,
    update_scopes: false,
    revoke: true,
    lookup: false,
    refresh: false,
    rotate: true,
    native_rotation: false,
    reports_last_use: false,
};

fn astra_control_service() -> String {
    ASTRA_CONTROL_SERVICE_URL.to_string()
}

/// A `[[source]]` entry with `vendor = "astra"`: one user of one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AstraConfig {
    /// The Astra Control URL; Astra Control Service
    /// ([`ASTRA_CONTROL_SERVICE_URL`]) when unset.
    #[serde(default = "astra_control_service")]
    pub url: String,
    /// The account ID.
    pub account_id: String,
    /// The user whose tokens these are.
    pub user_id: String,
    /// The environment variable holding an Astra Control API token.
    pub token_env: String,
}

impl AstraConfig {
    pub(crate) fn credential_envs(&self) -> Vec<String> {
        vec![self.token_env.clone()]
    }

    pub(crate) fn urls(&self) -> Vec<(&'static str, String)> {
        vec![("url", self.url.clone())]
    }

    pub(crate) fn connect(
        &self,
        env: &Environment<'_>,
        policy: Policy,
        limits: ListLimits,
    ) -> Result<Connected, ConnectError> {
        let token = env.require(&self.token_env, "an Astra Control API token")?;
        let credentials = apitokens_astra::Credentials::new(token);
        let source = AstraSource::new_with_policy(
            &self.url,
            &self.account_id,
            &self.user_id,
            credentials,
            policy,
        )
        .and_then(|source| source.with_list_limits(limits))?;
        Ok(Connected::one(source.into()))
    }
}

/// What the facade knows about Astra Control.
#[derive(Debug)]
pub(crate) struct AstraAdapter;

impl Adapter for AstraAdapter {
    fn vendor(&self) -> Vendor {
        Vendor::Astra
    }

    fn display_name(&self) -> &'static str {
        "Astra"
    }

    fn source_noun(&self) -> &'static str {
        "Astra Control user"
    }

    fn config_keys(&self) -> &'static [ConfigKey] {
        const KEYS: &[ConfigKey] = &[
            ConfigKey::optional("url"),
            ConfigKey::required("account_id"),
            ConfigKey::required("user_id"),
            ConfigKey::required("token_env"),
        ];
        KEYS
    }

    fn capabilities(&self) -> Capabilities {
        CAPABILITIES
    }

    fn settings_hint(&self) -> &'static str {
        "the URL, account_id and user_id"
    }

    fn forbidden_hint(&self, envs: &str) -> String {
        format!("the role of the user whose token is in {envs}")
    }
}
