//! GitLab REST API v4: the personal access tokens of one instance
//! (GitLab.com or self-managed).

mod source;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

pub use source::{GITLAB_COM_API_URL, GitLabSource};

use crate::adapter::{Adapter, ConfigKey};
use crate::config::{ConnectError, Connected, Environment};
use crate::lifecycle::{Capabilities, ExpirySupport};
use crate::{Error, ListLimits, Policy, Vendor};

crate::vendors::client::vendor_client!(apitokens_gitlab, Vendor::GitLab);

pub(crate) const CAPABILITIES: Capabilities = Capabilities {
    create: true,
    scopes: true,
    // GitLab takes a date; a number of days becomes the date that far ahead.
    expiry: ExpirySupport {
        at: true,
        after_days: true,
    },
    labels: false,
    rename: false,
    enable_disable: false,
    update_scopes: false,
    revoke: true,
    lookup: false,
    refresh: false,
    rotate: true,
    native_rotation: true,
    reports_last_use: true,
};

fn gitlab_com() -> String {
    GITLAB_COM_API_URL.to_string()
}

/// A `[[source]]` entry with `vendor = "gitlab"`: one instance's personal
/// access tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GitLabConfig {
    /// The instance's API URL; GitLab.com ([`GITLAB_COM_API_URL`]) when
    /// unset, `https://{host}/api/v4` for a self-managed instance.
    #[serde(default = "gitlab_com")]
    pub url: String,
    /// The environment variable holding a GitLab access token with the
    /// `api` scope (sent as `PRIVATE-TOKEN`).
    pub token_env: String,
    /// The numeric ID of the user whose tokens to list and create (for an
    /// administrator's token; `42` or `"42"`). Unset: every token the
    /// credentials may see, and no create.
    #[serde(default, deserialize_with = "number_or_text")]
    #[schemars(with = "Option<String>")]
    pub user_id: Option<String>,
}

/// A user ID written as a number or as text.
fn number_or_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Id {
        Number(i64),
        Text(String),
    }
    Ok(Option::<Id>::deserialize(deserializer)?.map(|id| match id {
        Id::Number(number) => number.to_string(),
        Id::Text(text) => text,
    }))
}

impl GitLabConfig {
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
        let user_id = match &self.user_id {
            None => None,
            Some(text) => Some(text.trim().parse::<i64>().map_err(|_| {
                Error::configuration(format!(
                    "user_id must be a GitLab user's numeric ID, not {text:?}"
                ))
                .at(Vendor::GitLab, "configure")
            })?),
        };
        let token = env.require(&self.token_env, "a GitLab access token with the api scope")?;
        let credentials = apitokens_gitlab::Credentials::new(token);
        let mut source = GitLabSource::new_with_policy(&self.url, credentials, policy)
            .and_then(|source| source.with_list_limits(limits))?;
        if let Some(user_id) = user_id {
            source = source.with_user_id(user_id);
        }
        Ok(Connected::one(source.into()))
    }
}

/// What the facade knows about GitLab.
#[derive(Debug)]
pub(crate) struct GitLabAdapter;

impl Adapter for GitLabAdapter {
    fn vendor(&self) -> Vendor {
        Vendor::GitLab
    }

    fn display_name(&self) -> &'static str {
        "GitLab"
    }

    fn source_noun(&self) -> &'static str {
        "GitLab instance"
    }

    fn config_keys(&self) -> &'static [ConfigKey] {
        const KEYS: &[ConfigKey] = &[
            ConfigKey::optional("url"),
            ConfigKey::required("token_env"),
            ConfigKey::optional("user_id").or_whole_number(),
        ];
        KEYS
    }

    fn capabilities(&self) -> Capabilities {
        CAPABILITIES
    }

    /// Scopes that write, administer or act as others (GitLab's access
    /// token scopes page): full API access (`api`), impersonation (`sudo`),
    /// administrator mode, every `write_*` scope, and runner and cluster
    /// access. Read-only scopes, `ai_features` and `self_rotate` are not.
    fn broad_scope_patterns(&self) -> &'static [&'static str] {
        &[
            "write_*",
            "api",
            "sudo",
            "admin_mode",
            "create_runner",
            "manage_runner",
            "k8s_proxy",
        ]
    }

    fn settings_hint(&self) -> &'static str {
        "the API URL (https://host/api/v4) and user_id"
    }

    fn forbidden_hint(&self, envs: &str) -> String {
        format!(
            "the token in {envs}: it needs the api scope, and an administrator's token to see or create other users' tokens"
        )
    }
}
