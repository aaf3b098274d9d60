//! The normalized token model: one shape for every vendor.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

/// The vendor API a token belongs to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Vendor {
    /// Dynatrace API v2 (API tokens and personal access tokens).
    Dynatrace,
    /// NetApp Astra Control (user API tokens).
    Astra,
    /// Alibaba Cloud EMR Serverless Spark (Livy Gateway tokens).
    EmrServerlessSpark,
    /// GitLab REST API v4 (personal access tokens).
    #[serde(rename = "gitlab")]
    GitLab,
}

impl Vendor {
    /// The vendor's name as it appears in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Dynatrace => "dynatrace",
            Vendor::Astra => "astra",
            Vendor::EmrServerlessSpark => "emr-serverless-spark",
            Vendor::GitLab => "gitlab",
        }
    }

    /// The vendor's name for people ("EMR Serverless Spark"), as its
    /// adapter gives it; [`as_str`](Self::as_str) for a vendor not compiled in.
    pub fn display_name(self) -> &'static str {
        crate::adapter(self).map_or(self.as_str(), |adapter| adapter.display_name())
    }
}

impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a token lives: the environment, user or gateway a source reads.
///
/// Named `Location` (and serialised as `location`) so it is never confused
/// with a token's `scopes`, which say what the token may do.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "vendor", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Location {
    /// One Dynatrace environment.
    Dynatrace {
        /// The environment's URL, e.g. `https://abc12345.live.dynatrace.com`.
        environment_url: String,
    },
    /// One Astra Control user of one account.
    Astra {
        /// The Astra Control URL, e.g. `https://astra.netapp.io`.
        url: String,
        /// The account ID.
        account_id: String,
        /// The user whose tokens these are.
        user_id: String,
    },
    /// One Livy Gateway of one EMR Serverless Spark workspace.
    EmrServerlessSpark {
        /// The region, e.g. `cn-hangzhou`.
        region: String,
        /// The workspace ID (`w-…`).
        workspace_id: String,
        /// The Livy Gateway ID (`lc-…`).
        livy_compute_id: String,
    },
    /// The personal access tokens of one GitLab instance (of one user, when set).
    #[serde(rename = "gitlab")]
    GitLab {
        /// The instance's API URL, e.g. `https://gitlab.com/api/v4`.
        url: String,
        /// The user whose tokens these are; `None`: every token the
        /// credentials may see.
        user_id: Option<String>,
    },
}

impl Location {
    /// The vendor of this location.
    pub fn vendor(&self) -> Vendor {
        match self {
            Location::Dynatrace { .. } => Vendor::Dynatrace,
            Location::Astra { .. } => Vendor::Astra,
            Location::EmrServerlessSpark { .. } => Vendor::EmrServerlessSpark,
            Location::GitLab { .. } => Vendor::GitLab,
        }
    }
}

impl Location {
    /// Where the token lives within its source, as output prints it: the
    /// Dynatrace environment URL, the Astra `account/user`, the EMR
    /// `workspace/gateway`.
    pub fn short(&self) -> String {
        match self {
            Location::Dynatrace { environment_url } => environment_url.clone(),
            Location::Astra {
                account_id,
                user_id,
                ..
            } => format!("{account_id}/{user_id}"),
            Location::EmrServerlessSpark {
                workspace_id,
                livy_compute_id,
                ..
            } => format!("{workspace_id}/{livy_compute_id}"),
            Location::GitLab { url, user_id: None } => url.clone(),
            Location::GitLab {
                url,
                user_id: Some(user_id),
            } => format!("{url} user {user_id}"),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Dynatrace { environment_url } => write!(f, "dynatrace {environment_url}"),
            Location::Astra {
                url,
                account_id,
                user_id,
            } => {
                write!(f, "astra {url} account {account_id} user {user_id}")
            }
            Location::EmrServerlessSpark {
                region,
                workspace_id,
                livy_compute_id,
            } => {
                write!(
                    f,
                    "emr-serverless-spark {region} workspace {workspace_id} gateway {livy_compute_id}"
                )
            }
            Location::GitLab { url, user_id } => {
                write!(f, "gitlab {url}")?;
                match user_id {
                    Some(user_id) => write!(f, " user {user_id}"),
                    None => Ok(()),
                }
            }
        }
    }
}

/// One API token, whatever its vendor.
///
/// Fields a vendor does not report are `None` (or empty), never a made-up
/// value; see the crate documentation for the mapping of each vendor field.
/// A secret that a vendor returns with the token (EMR's Livy token content)
/// is never part of `Debug`, `Display` or serialisation: read it with
/// [`Token::secret`].
#[derive(Clone, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct Token {
    /// The vendor API the token belongs to.
    pub vendor: Vendor,
    /// Where the token lives.
    pub location: Location,
    /// The vendor's ID of the token (never its secret).
    pub id: String,
    /// The token's name.
    pub name: Option<String>,
    /// Who owns or created the token (a user name, or an Astra user ID).
    pub owner: Option<String>,
    /// When the token was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the token was last modified.
    pub modified_at: Option<DateTime<Utc>>,
    /// When the token expires; `None` means it never expires (or, for
    /// vendors whose tokens have no expiry, that none applies).
    pub expires_at: Option<DateTime<Utc>>,
    /// When the token was last used; `None` when it never was or the vendor
    /// does not say.
    pub last_used_at: Option<DateTime<Utc>>,
    /// The IP address the token was last used from.
    pub last_used_ip: Option<String>,
    /// Whether the token is enabled; `None` when the vendor has no such state.
    pub enabled: Option<bool>,
    /// What the token may do (Dynatrace scopes); empty when the vendor has none.
    pub scopes: Vec<String>,
    /// Whether it is a personal access token (Dynatrace); `None` elsewhere.
    pub personal_access_token: Option<bool>,
    /// Labels attached to the token (Astra).
    pub labels: BTreeMap<String, String>,
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) secret: Option<SecretString>,
    /// EMR's auto-expiry in days, kept for rotation.
    #[serde(skip)]
    #[schemars(skip)]
    pub(crate) auto_expire_days: Option<u32>,
}

impl Token {
    /// A token with its identity only; every other field empty (for
    /// fixtures and tests: sources fill in what the vendor reports).
    pub fn new(location: Location, id: impl Into<String>) -> Self {
        Self {
            vendor: location.vendor(),
            location,
            id: id.into(),
            name: None,
            owner: None,
            created_at: None,
            modified_at: None,
            expires_at: None,
            last_used_at: None,
            last_used_ip: None,
            enabled: None,
            scopes: Vec::new(),
            personal_access_token: None,
            labels: BTreeMap::new(),
            secret: None,
            auto_expire_days: None,
        }
    }

    /// The token's secret when the vendor returned it with the metadata (EMR
    /// Serverless Spark returns a Livy token's content). Call
    /// `secrecy::ExposeSecret::expose_secret` on it, deliberately, to read it.
    pub fn secret(&self) -> Option<&SecretString> {
        self.secret.as_ref()
    }

    /// Whether the token has expired at `now`.
    pub fn is_expired_at(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|expires| expires <= now)
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("vendor", &self.vendor)
            .field("location", &self.location)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("owner", &self.owner)
            .field("created_at", &self.created_at)
            .field("modified_at", &self.modified_at)
            .field("expires_at", &self.expires_at)
            .field("last_used_at", &self.last_used_at)
            .field("last_used_ip", &self.last_used_ip)
            .field("enabled", &self.enabled)
            .field("scopes", &self.scopes)
            .field("personal_access_token", &self.personal_access_token)
            .field("labels", &self.labels)
            .field("secret", &self.secret.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} token {}", self.vendor, self.id)?;
        if let Some(name) = &self.name {
            write!(f, " ({name:?})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_schema_describes_every_field_but_the_secret() -> Result<(), serde_json::Error> {
        let schema = serde_json::to_value(schemars::schema_for!(Token))?;
        let properties = schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect::<Vec<_>>());
        let properties = properties.unwrap_or_default();
        for field in [
            "vendor",
            "location",
            "id",
            "name",
            "owner",
            "created_at",
            "modified_at",
            "expires_at",
            "last_used_at",
            "last_used_ip",
            "enabled",
            "scopes",
            "personal_access_token",
            "labels",
        ] {
            assert!(
                properties.iter().any(|p| p == field),
                "{field} missing from {properties:?}"
            );
        }
        assert!(
            !properties
                .iter()
                .any(|p| p.contains("secret") || p.contains("auto_expire"))
        );
        Ok(())
    }

    #[test]
    fn serialised_tokens_carry_no_secret() -> Result<(), serde_json::Error> {
        let mut token = Token::new(
            Location::Dynatrace {
                environment_url: "https://x".into(),
            },
            "id",
        );
        token.secret = Some(SecretString::from("the-livy-content".to_string()));
        let json = serde_json::to_string(&token)?;
        assert!(!json.contains("the-livy-content"));
        assert!(!format!("{token:?}").contains("the-livy-content"));
        assert!(json.contains(r#""vendor":"dynatrace""#), "{json}");
        Ok(())
    }

    #[test]
    fn where_a_token_lives_is_serialised_as_location() -> Result<(), serde_json::Error> {
        let token = Token::new(
            Location::Dynatrace {
                environment_url: "https://x".into(),
            },
            "id",
        );
        let json = serde_json::to_value(&token)?;
        assert_eq!(json["location"]["environment_url"], "https://x", "{json}");
        assert!(json.get("scope").is_none(), "{json}");
        Ok(())
    }
}
