//! Every vendor's sources behind one type.

use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};

#[cfg(feature = "astra")]
use crate::AstraSource;
#[cfg(feature = "dynatrace")]
use crate::DynatraceSource;
#[cfg(feature = "emr-serverless-spark")]
use crate::EmrServerlessSparkSource;
use crate::{Error, Scope, Token, Vendor};

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
        }
    };
}

impl Source {
    /// The vendor of this source.
    pub fn vendor(&self) -> Vendor {
        self.scope().vendor()
    }

    /// What this source reads: the environment, user or Livy Gateway.
    pub fn scope(&self) -> Scope {
        each_source!(self, source => source.scope())
    }

    /// One token, by its vendor ID.
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        each_source!(self, source => source.get(id).await)
    }

    /// Every token of the source, following every page. The stream ends after
    /// the first error.
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        each_source!(self, source => source.list())
    }

    /// Every token of the source, collected.
    pub async fn list_all(&self) -> Result<Vec<Token>, Error> {
        self.list().try_collect().await
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

/// Lists several sources at once, at most `concurrency` at a time (at least
/// one). Items of different sources interleave; each item says its source
/// through [`Token::scope`], and a failing source yields its error (which
/// names the vendor) without stopping the others.
pub fn list_all_sources(
    sources: &[Source],
    concurrency: usize,
) -> BoxStream<'_, Result<Token, Error>> {
    stream::iter(sources)
        .map(Source::list)
        .flatten_unordered(concurrency.max(1))
        .boxed()
}
