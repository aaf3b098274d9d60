//! Dynatrace API v2: API tokens and personal access tokens of one environment.

mod source;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use source::DynatraceSource;

use crate::adapter::{Adapter, ConfigKey};
use crate::config::{ConnectError, Connected, Environment};
use crate::lifecycle::{Capabilities, ExpirySupport};
use crate::{ListLimits, Policy, Vendor};

crate::vendors::client::vendor_client!(apitokens_dynatrace, Vendor::Dynatrace);

pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    create: true,
    scopes: true,
    expiry: ExpirySupport {
        at: true,
        after_days: true,
    },
    labels: false,
    rename: true,
    enable_disable: true,
    update_scopes: true,
    revoke: true,
    lookup: true,
    refresh: false,
    rotate: true,
    native_rotation: false,
    reports_last_use: true,
};

/// A `[[source]]` entry with `vendor = "dynatrace"`: one environment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DynatraceConfig {
    /// The environment URL, e.g. `https://abc12345.live.dynatrace.com`.
    pub url: String,
    /// The environment variable holding an API token with the
    /// `apiTokens.read` scope (`apiTokens.write` to change tokens).
    pub token_env: String,
}

impl DynatraceConfig {
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
        let token = env.require(
            &self.token_env,
            "a Dynatrace API token with the apiTokens.read scope",
        )?;
        let credentials = apitokens_dynatrace::Credentials::new(token);
        let source = DynatraceSource::new_with_policy(&self.url, credentials, policy)
            .and_then(|source| source.with_list_limits(limits))?;
        Ok(Connected::one(source.into()))
    }
}

/// What the facade knows about Dynatrace.
#[derive(Debug)]
pub(crate) struct DynatraceAdapter;

impl Adapter for DynatraceAdapter {
    fn vendor(&self) -> Vendor {
        Vendor::Dynatrace
    }

    fn display_name(&self) -> &'static str {
        "Dynatrace"
    }

    fn source_noun(&self) -> &'static str {
        "Dynatrace environment"
    }

    fn config_keys(&self) -> &'static [ConfigKey] {
        const KEYS: &[ConfigKey] = &[ConfigKey::required("url"), ConfigKey::required("token_env")];
        KEYS
    }

    fn capabilities(&self) -> Capabilities {
        CAPABILITIES
    }

    /// Scopes that change configuration or data, or administer the
    /// environment (including minting tokens: `apiTokens.write`): API v2's
    /// `*.write`, the older `Write*` scopes, anything `admin`, and the v1
    /// scopes that import data or manage tenant tokens.
    fn broad_scope_patterns(&self) -> &'static [&'static str] {
        &[
            "*.write",
            "Write*",
            "*admin*",
            "DataImport",
            "CaptureRequestData",
            "LogImport",
            "TenantTokenManagement",
        ]
    }

    fn settings_hint(&self) -> &'static str {
        "the environment URL"
    }

    fn forbidden_hint(&self, envs: &str) -> String {
        format!(
            "the scopes of the token in {envs} (apiTokens.read to list, apiTokens.write to change)"
        )
    }
}
