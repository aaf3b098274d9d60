//! Every vendor's sources behind one type.

use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};

#[cfg(feature = "astra")]
use crate::AstraSource;
#[cfg(feature = "dynatrace")]
use crate::DynatraceSource;
#[cfg(feature = "emr-serverless-spark")]
use crate::EmrServerlessSparkSource;
#[cfg(feature = "gitlab")]
use crate::GitLabSource;
use crate::fanout::Batch;
use crate::lifecycle::{
    Capabilities, CreatedToken, NewToken, PendingRotation, RotationError, RotationStep, TokenUpdate,
};
use crate::{Error, Location, Token, Vendor};

/// A place tokens live, whatever its vendor: the one interface of this crate.
///
/// Build one from a vendor's source (`DynatraceSource::new(..)?.into()`);
/// every source is cheap to clone, `Send` and `Sync`, so a heterogeneous
/// `Vec<Source>` can be listed together with [`list_all_sources`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Source {
    /// A Dynatrace environment.
    #[cfg(feature = "dynatrace")]
    Dynatrace(DynatraceSource),
    /// An Astra Control user.
    #[cfg(feature = "astra")]
    Astra(AstraSource),
    /// An EMR Serverless Spark Livy Gateway.
    #[cfg(feature = "emr-serverless-spark")]
    EmrServerlessSpark(EmrServerlessSparkSource),
    /// A GitLab instance (one user's tokens, when set).
    #[cfg(feature = "gitlab")]
    GitLab(GitLabSource),
}

macro_rules! each_source {
    ($source:expr, $inner:ident => $body:expr) => {
        match $source {
            #[cfg(feature = "dynatrace")]
            Source::Dynatrace($inner) => $body,
            #[cfg(feature = "astra")]
            Source::Astra($inner) => $body,
            #[cfg(feature = "emr-serverless-spark")]
            Source::EmrServerlessSpark($inner) => $body,
            #[cfg(feature = "gitlab")]
            Source::GitLab($inner) => $body,
        }
    };
}

impl Source {
    /// The vendor of this source.
    pub fn vendor(&self) -> Vendor {
        self.location().vendor()
    }

    /// What this source reads: the environment, user or Livy Gateway.
    pub fn location(&self) -> Location {
        each_source!(self, source => source.location())
    }

    /// One token, by its vendor ID.
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        each_source!(self, source => source.get(id).await)
    }

    /// Every token of the source, following every page within the source's
    /// [`ListLimits`](crate::ListLimits) (a repeated cursor, the page ceiling
    /// or the deadline end it with an
    /// [`ErrorKind::Pagination`](crate::ErrorKind::Pagination) error). The
    /// stream ends after the first error.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        each_source!(self, source => source.list())
    }

    /// Every token of the source, collected.
    pub async fn list_all(&self) -> Result<Vec<Token>, Error> {
        self.list().try_collect().await
    }

    /// What this source supports beyond reading.
    pub fn capabilities(&self) -> Capabilities {
        each_source!(self, source => source.capabilities())
    }

    /// Creates a token; the result carries its secret, once.
    pub async fn create(&self, new: &NewToken) -> Result<CreatedToken, Error> {
        each_source!(self, source => source.create(new).await)
    }

    /// Renames, enables/disables a token or replaces its scopes, as the vendor allows.
    pub async fn update(&self, id: &str, update: &TokenUpdate) -> Result<(), Error> {
        each_source!(self, source => source.update(id, update).await)
    }

    /// Deletes a token. A DELETE whose answer was lost, retried and then
    /// answered "not found" deleted the token on its first attempt: that is
    /// a success. A "not found" at the first attempt stays an error.
    pub async fn revoke(&self, id: &str) -> Result<(), Error> {
        match each_source!(self, source => source.revoke(id).await) {
            Err(error) if error.is_not_found() && error.was_retried() => Ok(()),
            result => result,
        }
    }

    /// Finds a token by its secret (Dynatrace).
    #[cfg_attr(not(feature = "dynatrace"), allow(unused_variables))]
    pub async fn lookup(&self, secret: &secrecy::SecretString) -> Result<Token, Error> {
        match self {
            #[cfg(feature = "dynatrace")]
            Source::Dynatrace(source) => source.lookup(secret).await,
            #[allow(unreachable_patterns)]
            other => Err(Error::unsupported(
                other.vendor(),
                "lookup",
                "looking tokens up by their secret",
            )),
        }
    }

    /// Gives a token a new secret, keeping the token (EMR Serverless Spark).
    #[cfg_attr(not(feature = "emr-serverless-spark"), allow(unused_variables))]
    pub async fn refresh(&self, id: &str) -> Result<CreatedToken, Error> {
        match self {
            #[cfg(feature = "emr-serverless-spark")]
            Source::EmrServerlessSpark(source) => source.refresh(id).await,
            #[allow(unreachable_patterns)]
            other => Err(Error::unsupported(
                other.vendor(),
                "refresh",
                "refreshing a token's secret",
            )),
        }
    }

    /// Begins replacing a token: reads it, creates one with the same name,
    /// scopes, labels and expiry policy (see each vendor's source), confirms
    /// it exists and, when the old token is disabled, disables it too. The
    /// old token is untouched: deliver the new secret, then
    /// [`PendingRotation::finish`] revokes the old token (or
    /// [`PendingRotation::abandon`] the replacement). No vendor offers this.
    ///
    /// When a step fails after the replacement was created, the replacement
    /// (whose secret was not delivered) is revoked again; if even that fails,
    /// the [`RotationError`] says so and carries it. Either way
    /// [`RotationError::existing`] lists exactly which tokens exist.
    ///
    /// A vendor with [`Capabilities::native_rotation`] rotates in one call
    /// instead (step [`RotationStep::Create`]) that issues the new token and
    /// revokes the old one at once: the [`PendingRotation`] then says
    /// [`old_revoked`](PendingRotation::old_revoked), and the new secret must
    /// be delivered with no old token to fall back to. A native rotation that
    /// failed with [`ErrorKind::OutcomeUnknown`](crate::ErrorKind::OutcomeUnknown)
    /// may have revoked the old token: list the source before trying again.
    pub async fn begin_rotation(&self, id: &str) -> Result<PendingRotation, RotationError> {
        let old = self
            .get(id)
            .await
            .map_err(|error| RotationError::before_create(RotationStep::ReadOld, id, error))?;
        let replacement = each_source!(self, source => source.replacement(&old));
        if self.capabilities().native_rotation {
            let new = self
                .rotate_natively(&old, &replacement)
                .await
                .map_err(|error| RotationError::before_create(RotationStep::Create, id, error))?;
            return Ok(PendingRotation {
                source: self.clone(),
                old_id: id.to_string(),
                new,
                old_revoked: true,
            });
        }
        let mut new = match self.create(&replacement).await {
            Ok(new) => new,
            Err(error) => {
                return Err(match error.created_id().map(str::to_string) {
                    // Created, but its secret was not read (EMR's read-back).
                    Some(new_id) => {
                        let revoked = self.revoke(&new_id).await;
                        RotationError::after_create(
                            RotationStep::Create,
                            id,
                            &new_id,
                            None,
                            error,
                            revoked,
                        )
                    }
                    None => RotationError::before_create(RotationStep::Create, id, error),
                });
            }
        };
        let disable = old.enabled == Some(false) && self.capabilities().enable_disable;
        let settled = match self.get(&new.token.id).await {
            Err(error) => Err((RotationStep::Confirm, error)),
            Ok(_) if disable => self
                .update(&new.token.id, &TokenUpdate::new().enabled(false))
                .await
                .map_err(|error| (RotationStep::MatchState, error)),
            Ok(_) => Ok(()),
        };
        if let Err((step, error)) = settled {
            let new_id = new.token.id.clone();
            let revoked = self.revoke(&new_id).await;
            return Err(RotationError::after_create(
                step,
                id,
                &new_id,
                Some(new),
                error,
                revoked,
            ));
        }
        if disable {
            new.token.enabled = Some(false);
        }
        Ok(PendingRotation {
            source: self.clone(),
            old_id: id.to_string(),
            new,
            old_revoked: false,
        })
    }

    /// The vendor's own rotation of `old` (its expiry from `replacement`):
    /// one call that issues the new token and revokes the old one.
    // One arm per vendor with native rotation (cfg'd by feature), so with
    // none compiled in only the fallback is left.
    #[allow(clippy::unused_async, clippy::match_single_binding, unused_variables)]
    async fn rotate_natively(
        &self,
        old: &Token,
        replacement: &NewToken,
    ) -> Result<CreatedToken, Error> {
        match self {
            #[cfg(feature = "gitlab")]
            Source::GitLab(source) => source.rotate(old, replacement).await,
            #[allow(unreachable_patterns)]
            other => Err(Error::unsupported(
                other.vendor(),
                "rotate",
                "rotating a token in one call",
            )),
        }
    }
}

#[cfg(feature = "dynatrace")]
impl From<DynatraceSource> for Source {
    fn from(source: DynatraceSource) -> Self {
        Source::Dynatrace(source)
    }
}

#[cfg(feature = "astra")]
impl From<AstraSource> for Source {
    fn from(source: AstraSource) -> Self {
        Source::Astra(source)
    }
}

#[cfg(feature = "emr-serverless-spark")]
impl From<EmrServerlessSparkSource> for Source {
    fn from(source: EmrServerlessSparkSource) -> Self {
        Source::EmrServerlessSpark(source)
    }
}

#[cfg(feature = "gitlab")]
impl From<GitLabSource> for Source {
    fn from(source: GitLabSource) -> Self {
        Source::GitLab(source)
    }
}

/// Lists several sources at once, at most `concurrency` at a time (at least
/// one). Items of different sources interleave; each item says its source
/// through [`Token::location`], and a failing source yields its error (which
/// names the vendor) without stopping the others.
///
/// Inside a tokio runtime (which reqwest needs anyway) this is the facade's
/// one fan-out ([`list_in_order`](crate::list_in_order) without the order):
/// every source is listed on its own task, so pages are decoded on every
/// worker thread; tokens reach the caller in chunks through bounded channels,
/// so a slow consumer holds back the listing instead of buffering it.
/// Dropping the stream cancels every listing. Outside a runtime the sources
/// are polled from the caller's task.
pub fn list_all_sources(
    sources: &[Source],
    concurrency: usize,
) -> BoxStream<'_, Result<Token, Error>> {
    let concurrency = concurrency.max(1);
    match tokio::runtime::Handle::try_current() {
        Ok(_) => crate::fanout::list_interleaved(sources.to_vec(), concurrency)
            .flat_map(|(_, batch)| match batch {
                Batch::Tokens(tokens) => {
                    stream::iter(tokens.into_iter().map(Ok).collect::<Vec<_>>())
                }
                Batch::Done(Err(error)) => stream::iter(vec![Err(error)]),
                Batch::Done(Ok(())) => stream::iter(Vec::new()),
            })
            .boxed(),
        Err(_) => stream::iter(sources)
            .map(Source::list)
            .flatten_unordered(concurrency)
            .boxed(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap_to_share<T: Clone + Send + Sync + 'static>() {}

    #[test]
    fn sources_are_clone_send_and_sync() {
        cheap_to_share::<Source>();
        #[cfg(feature = "dynatrace")]
        cheap_to_share::<DynatraceSource>();
        #[cfg(feature = "astra")]
        cheap_to_share::<AstraSource>();
        #[cfg(feature = "emr-serverless-spark")]
        cheap_to_share::<EmrServerlessSparkSource>();
        #[cfg(feature = "gitlab")]
        cheap_to_share::<GitLabSource>();
        cheap_to_share::<Token>();
    }

    #[test]
    fn listing_streams_are_send() {
        fn send<T: Send>(_: &T) {}
        let sources: Vec<Source> = Vec::new();
        send(&list_all_sources(&sources, 2));
    }

    #[test]
    fn outside_a_runtime_sources_are_polled_in_place() {
        let sources: Vec<Source> = Vec::new();
        let listed: Vec<_> = futures::executor::block_on(list_all_sources(&sources, 0).collect());
        assert!(listed.is_empty());
    }
}
