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
    /// [`Source::begin_rotation`](crate::Source::begin_rotation).
    pub rotate: bool,
    /// The vendor rotates a token itself in one call that issues the new
    /// token and revokes the old one at once, so the old token cannot be
    /// kept until the new secret is delivered
    /// ([`PendingRotation::old_revoked`]); otherwise rotation is create,
    /// deliver, revoke.
    pub native_rotation: bool,
    /// Tokens say when they were last used ([`Token::last_used_at`](crate::Token::last_used_at));
    /// otherwise `None` there means "not reported", not "never used".
    pub reports_last_use: bool,
}

impl Capabilities {
    /// What a source supports beyond reading, in words, for messages:
    /// "create (with labels), rename, revoke, rotate".
    pub fn describe(&self) -> String {
        let mut create = Vec::new();
        if self.scopes {
            create.push("scopes");
        }
        if self.labels {
            create.push("labels");
        }
        match (self.expiry.at, self.expiry.after_days) {
            (true, _) => create.push("an expiry"),
            (false, true) => create.push("an expiry in whole days"),
            (false, false) => {}
        }
        let mut supported = Vec::new();
        let with = format!("create (with {})", create.join(", "));
        if self.create {
            supported.push(if create.is_empty() { "create" } else { &with });
        }
        for (on, what) in [
            (self.rename, "rename"),
            (self.enable_disable, "enable/disable"),
            (self.update_scopes, "changing scopes"),
            (self.revoke, "revoke"),
            (self.lookup, "look-up by secret"),
            (self.refresh, "refresh (a new secret for the same token)"),
            (self.rotate, "rotate"),
        ] {
            if on {
                supported.push(what);
            }
        }
        if supported.is_empty() {
            "reading tokens only".to_string()
        } else {
            supported.join(", ")
        }
    }
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

impl Expiry {
    /// The expiry of a token that replaces `old` in a rotation: the same
    /// lifetime, counted from `now`. A lifetime that would end past the
    /// last representable date keeps the old expiry instead of panicking;
    /// without a creation date, the old expiry is kept.
    pub(crate) fn same_lifetime_as(old: &Token, now: DateTime<Utc>) -> Self {
        match (old.created_at, old.expires_at) {
            (Some(created), Some(expires)) if expires > created => {
                Expiry::At(now.checked_add_signed(expires - created).unwrap_or(expires))
            }
            (_, Some(expires)) => Expiry::At(expires),
            (_, None) => Expiry::Never,
        }
    }
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
    /// Reading the old token.
    ReadOld,
    /// Creating the replacement (or, EMR, reading it back; or the vendor's
    /// native rotation, which revokes the old token as it issues the new).
    Create,
    /// Confirming the replacement exists.
    Confirm,
    /// Giving the replacement the old token's state (disabling it, as the
    /// old one is disabled).
    MatchState,
    /// Revoking the old token, after the new secret was delivered.
    RevokeOld,
    /// Revoking the replacement ([`PendingRotation::abandon`]).
    RevokeNew,
}

/// A finished rotation: the old token is revoked.
#[derive(Debug)]
#[non_exhaustive]
pub struct Rotation {
    /// The ID of the token that was replaced (and is now revoked).
    pub old_id: String,
    /// The replacement, with its secret.
    pub new: CreatedToken,
}

/// A rotation half done: the replacement exists and is confirmed, the old
/// token is untouched. Deliver [`PendingRotation::new_token`]'s secret (store
/// it where it is needed), then [`finish`](PendingRotation::finish) to revoke
/// the old token, or [`abandon`](PendingRotation::abandon) to revoke the
/// replacement when the delivery failed, or
/// [`keep_both`](PendingRotation::keep_both) to revoke the old one later.
/// Dropping it keeps both tokens; the replacement's secret is then lost
/// unless it was delivered.
///
/// With a vendor's native rotation ([`Capabilities::native_rotation`]) the
/// vendor revoked the old token when it issued the new one
/// ([`old_revoked`](PendingRotation::old_revoked)): there is no old token to
/// fall back to, `finish` revokes nothing, and `abandon` is refused.
#[derive(Debug)]
#[must_use = "deliver the new secret, then finish or abandon the rotation"]
pub struct PendingRotation {
    pub(crate) source: crate::Source,
    pub(crate) old_id: String,
    pub(crate) new: CreatedToken,
    /// The vendor already revoked the old token (native rotation).
    pub(crate) old_revoked: bool,
}

impl PendingRotation {
    /// The ID of the token being replaced.
    pub fn old_id(&self) -> &str {
        &self.old_id
    }

    /// The replacement, with its secret: deliver it before
    /// [`finish`](PendingRotation::finish).
    pub fn new_token(&self) -> &CreatedToken {
        &self.new
    }

    /// Whether the vendor revoked the old token when it issued the new one
    /// (a native rotation): only the replacement exists, and its secret is
    /// the only one that works.
    pub fn old_revoked(&self) -> bool {
        self.old_revoked
    }

    /// Revokes the old token; call it once the new secret is delivered. A
    /// DELETE retried after its answer was lost and then answered "not found"
    /// counts as revoked. On failure both tokens exist, and the error carries
    /// the replacement. After a native rotation the vendor already revoked
    /// it: nothing is sent.
    pub async fn finish(self) -> Result<Rotation, RotationError> {
        if self.old_revoked {
            return Ok(Rotation {
                old_id: self.old_id,
                new: self.new,
            });
        }
        match self.source.revoke(&self.old_id).await {
            Ok(()) => Ok(Rotation {
                old_id: self.old_id,
                new: self.new,
            }),
            Err(error) => {
                let new_id = self.new.token.id.clone();
                Err(RotationError {
                    step: RotationStep::RevokeOld,
                    existing: vec![self.old_id.clone(), new_id.clone()],
                    old_id: self.old_id,
                    new_id: Some(new_id),
                    new: Some(self.new),
                    error,
                    revoke_new_error: None,
                })
            }
        }
    }

    /// Revokes the replacement, keeping the old token: for a secret that
    /// could not be delivered. Returns the old token's ID. On failure both
    /// tokens exist, and the error carries the replacement with its secret.
    ///
    /// After a native rotation ([`old_revoked`](PendingRotation::old_revoked))
    /// there is no old token to keep, and revoking the replacement would
    /// leave none: it is refused ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported),
    /// nothing sent), and the error carries the replacement with its secret.
    pub async fn abandon(self) -> Result<String, RotationError> {
        if self.old_revoked {
            let vendor = self.source.vendor();
            let new_id = self.new.token.id.clone();
            return Err(RotationError {
                step: RotationStep::RevokeNew,
                existing: vec![new_id.clone()],
                old_id: self.old_id,
                new_id: Some(new_id),
                new: Some(self.new),
                error: Error::unsupported(
                    vendor,
                    "abandon",
                    "abandoning a native rotation: the vendor revoked the old token when it issued the new one",
                ),
                revoke_new_error: None,
            });
        }
        match self.source.revoke(&self.new.token.id).await {
            Ok(()) => Ok(self.old_id),
            Err(error) => {
                let new_id = self.new.token.id.clone();
                Err(RotationError {
                    step: RotationStep::RevokeNew,
                    existing: vec![self.old_id.clone(), new_id.clone()],
                    old_id: self.old_id,
                    new_id: Some(new_id),
                    new: Some(self.new),
                    error,
                    revoke_new_error: None,
                })
            }
        }
    }

    /// Ends the rotation with both tokens: the old one stays until it is
    /// revoked (two-phase rotation). Returns the replacement. (After a native
    /// rotation the old one is already revoked.)
    pub fn keep_both(self) -> CreatedToken {
        self.new
    }
}

/// A rotation that stopped part-way. [`RotationError::existing`] lists
/// exactly which tokens exist afterwards; the replacement's ID is known from
/// the moment it was created, and a replacement that still exists is
/// returned with its secret when it was read.
#[derive(Debug)]
#[non_exhaustive]
pub struct RotationError {
    /// The step that failed.
    pub step: RotationStep,
    /// The ID of the token being replaced.
    pub old_id: String,
    /// The replacement's ID, once it was created (even when its secret could
    /// not be read, or it was revoked again).
    pub new_id: Option<String>,
    /// The replacement with its secret, when it still exists.
    pub new: Option<CreatedToken>,
    /// Why the step failed.
    pub error: Error,
    /// Why revoking the replacement failed, when a failure after its creation
    /// left it behind.
    pub revoke_new_error: Option<Error>,
    existing: Vec<String>,
}

impl RotationError {
    /// A failure before the replacement was created: only the old token exists.
    pub(crate) fn before_create(step: RotationStep, old_id: &str, error: Error) -> Self {
        Self {
            step,
            old_id: old_id.to_string(),
            new_id: None,
            new: None,
            error,
            revoke_new_error: None,
            existing: vec![old_id.to_string()],
        }
    }

    /// A failure after the replacement `new_id` was created, and the outcome
    /// of revoking it again (`Ok`: revoked; `Err`: it still exists).
    pub(crate) fn after_create(
        step: RotationStep,
        old_id: &str,
        new_id: &str,
        new: Option<CreatedToken>,
        error: Error,
        revoked: Result<(), Error>,
    ) -> Self {
        let mut existing = vec![old_id.to_string()];
        let (new, revoke_new_error) = match revoked {
            Ok(()) => (None, None),
            Err(revoke_error) => {
                existing.push(new_id.to_string());
                (new, Some(revoke_error))
            }
        };
        Self {
            step,
            old_id: old_id.to_string(),
            new_id: Some(new_id.to_string()),
            new,
            error,
            revoke_new_error,
            existing,
        }
    }

    /// The IDs of the tokens that exist after the failure.
    pub fn existing(&self) -> Vec<&str> {
        self.existing.iter().map(String::as_str).collect()
    }

    /// Whether the replacement still exists.
    pub fn new_exists(&self) -> bool {
        self.new_id
            .as_ref()
            .is_some_and(|id| self.existing.contains(id))
    }
}

impl fmt::Display for RotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let step = match self.step {
            RotationStep::ReadOld => "reading the old token",
            RotationStep::Create => "creating the replacement",
            RotationStep::Confirm => "confirming the replacement",
            RotationStep::MatchState => "disabling the replacement like the old token",
            RotationStep::RevokeOld => "revoking the old token",
            RotationStep::RevokeNew => "revoking the replacement",
        };
        write!(
            f,
            "rotation of {} failed while {step}: {}",
            self.old_id, self.error
        )?;
        match (&self.new_id, &self.revoke_new_error) {
            (Some(new_id), Some(error)) => {
                write!(f, "; revoking the replacement {new_id} failed too: {error}")?;
            }
            (Some(new_id), None)
                if !matches!(self.step, RotationStep::RevokeOld | RotationStep::RevokeNew) =>
            {
                write!(f, "; the replacement {new_id} was revoked again")?;
            }
            _ => {}
        }
        write!(f, "; tokens that exist now: {}", self.existing.join(", "))
    }
}
impl std::error::Error for RotationError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
