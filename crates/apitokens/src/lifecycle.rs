//! Creating, changing, refreshing, rotating and revoking tokens.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use secrecy::SecretString;

use crate::{Error, Token};

/// What a source can do beyond reading, so callers can ask before trying.
/// Every unsupported call returns an [`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported) error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Capabilities {
    /// [`Source::create`](crate::Source::create).
    pub create: bool,
    /// Tokens carry scopes, set at creation ([`NewToken::scopes`]).
    pub scopes: bool,
    /// The expiry forms creation accepts.
    pub expiry: ExpirySupport,
    /// Labels can be set at creation ([`NewToken::labels`]).
    pub labels: bool,
    /// [`TokenUpdate::name`].
    pub rename: bool,
    /// [`TokenUpdate::enabled`].
    pub enable_disable: bool,
    /// [`TokenUpdate::scopes`].
    pub update_scopes: bool,
    /// [`Source::revoke`](crate::Source::revoke).
    pub revoke: bool,
    /// [`Source::lookup`](crate::Source::lookup): find a token by its secret.
    pub lookup: bool,
    /// [`Source::refresh`](crate::Source::refresh): a new secret for the same token.
    pub refresh: bool,
    /// [`Source::rotate`](crate::Source::rotate).
    pub rotate: bool,
}

/// Which [`Expiry`] forms a vendor accepts at creation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExpirySupport {
    /// [`Expiry::At`].
    pub at: bool,
    /// [`Expiry::AfterDays`].
    pub after_days: bool,
}

/// When a new token expires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Expiry {
    /// It never expires.
    #[default]
    Never,
    /// At this time (Dynatrace).
    At(DateTime<Utc>),
    /// This many days after creation (Dynatrace; EMR's auto-expiry).
    AfterDays(u32),
}

/// A token to create. Build with [`NewToken::named`] and the `with_*` methods.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct NewToken {
    /// The token's name.
    pub name: String,
    /// Its scopes (Dynatrace; required there).
    pub scopes: Vec<String>,
    /// When it expires.
    pub expiry: Expiry,
    /// Whether it is a personal access token (Dynatrace).
    pub personal_access_token: Option<bool>,
    /// Labels (Astra).
    pub labels: BTreeMap<String, String>,
    /// A secret of your choosing (EMR accepts one of at least 16 characters;
    /// otherwise the vendor generates it).
    pub secret: Option<SecretString>,
}

impl NewToken {
    /// A token named `name`, with nothing else set.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            ..Self::default()
        }
    }

    /// Sets the scopes.
    pub fn with_scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the expiry.
    pub fn with_expiry(mut self, expiry: Expiry) -> Self {
        self.expiry = expiry;
        self
    }

    /// Marks it as a personal access token, or not.
    pub fn with_personal_access_token(mut self, personal: bool) -> Self {
        self.personal_access_token = Some(personal);
        self
    }

    /// Adds a label.
    pub fn with_label(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.labels.insert(name.into(), value.into());
        self
    }

    /// Chooses the secret instead of letting the vendor generate one.
    pub fn with_secret(mut self, secret: SecretString) -> Self {
        self.secret = Some(secret);
        self
    }
}

impl fmt::Debug for NewToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewToken")
            .field("name", &self.name)
            .field("scopes", &self.scopes)
            .field("expiry", &self.expiry)
            .field("personal_access_token", &self.personal_access_token)
            .field("labels", &self.labels)
            .field("secret", &self.secret.as_ref().map(|_| "[redacted]"))
            .finish()
    }
}

/// Changes to a token; `None` leaves a property as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct TokenUpdate {
    /// A new name.
    pub name: Option<String>,
    /// Enable (`true`) or disable (`false`).
    pub enabled: Option<bool>,
    /// Replace the scopes.
    pub scopes: Option<Vec<String>>,
}

impl TokenUpdate {
    /// No change yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Renames the token.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Enables or disables the token.
    pub fn enabled(mut self, enabled: bool) -> Self {
        self.enabled = Some(enabled);
        self
    }

    /// Replaces the scopes.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.scopes = Some(scopes.into_iter().map(Into::into).collect());
        self
    }
}

/// A token just created (or refreshed), with its secret: the only time a
/// vendor returns it. `Debug` and `Display` never show the secret; read it
/// with [`CreatedToken::secret`].
#[derive(Clone)]
#[non_exhaustive]
pub struct CreatedToken {
    /// The token as the vendor reports it after creation.
    pub token: Token,
    secret: SecretString,
}

impl CreatedToken {
    pub(crate) fn new(token: Token, secret: SecretString) -> Self {
        Self { token, secret }
    }

    /// The new token's secret. Store it now: no vendor returns it again.
    pub fn secret(&self) -> &SecretString {
        &self.secret
    }
}

impl fmt::Debug for CreatedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreatedToken")
            .field("token", &self.token)
            .field("secret", &"[redacted]")
            .finish()
    }
}

impl fmt::Display for CreatedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "created {}", self.token)
    }
}

/// The step of a rotation that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RotationStep {
    /// Reading the old token (nothing was changed).
    ReadOld,
    /// Creating the replacement (nothing was changed).
    Create,
    /// Confirming the replacement exists (both tokens exist).
    Confirm,
    /// Revoking the old token (both tokens exist).
    RevokeOld,
}

/// A rotation: the replacement, and whether the old token is gone.
#[derive(Debug)]
#[non_exhaustive]
pub struct Rotation {
    /// The ID of the token that was replaced.
    pub old_id: String,
    /// The replacement, with its secret.
    pub new: CreatedToken,
}

/// A rotation that stopped part-way. Nothing is lost: [`RotationError::existing`]
/// lists exactly which tokens exist afterwards, and a replacement that was
/// created is returned with its secret.
#[derive(Debug)]
#[non_exhaustive]
pub struct RotationError {
    /// The step that failed.
    pub step: RotationStep,
    /// The ID of the token being replaced (it still exists).
    pub old_id: String,
    /// The replacement, when it was created before the failure.
    pub new: Option<CreatedToken>,
    /// Why the step failed.
    pub error: Error,
}

impl RotationError {
    /// The IDs of the tokens that exist after the failure: the old one, and
    /// the replacement when it was created.
    pub fn existing(&self) -> Vec<&str> {
        let mut ids = vec![self.old_id.as_str()];
        if let Some(new) = &self.new {
            ids.push(new.token.id.as_str());
        }
        ids
    }
}

impl fmt::Display for RotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let step = match self.step {
            RotationStep::ReadOld => "reading the old token",
            RotationStep::Create => "creating the replacement",
            RotationStep::Confirm => "confirming the replacement",
            RotationStep::RevokeOld => "revoking the old token",
        };
        write!(
            f,
            "rotation of {} failed while {step}: {}; tokens that exist now: {}",
            self.old_id,
            self.error,
            self.existing().join(", ")
        )
    }
}

impl std::error::Error for RotationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
