//! EMR Serverless Spark Livy Gateways as a token source.

use apitokens_emr_serverless_spark::{Client, Credentials, types};
use chrono::{DateTime, TimeZone, Utc};
use futures::stream::{self, BoxStream, StreamExt};

use crate::error::{Error, ErrorKind, from_generated};
use crate::{Scope, Token, Vendor};

/// Alibaba's success code in the response envelope.
const SUCCESS: &str = "1000000";

/// The tokens of one Livy Gateway of one EMR Serverless Spark workspace.
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct EmrServerlessSparkSource {
    client: Client,
    region: String,
    workspace_id: String,
    livy_compute_id: String,
}

impl EmrServerlessSparkSource {
    /// A source for the Livy Gateway `livy_compute_id` (`lc-…`) of workspace
    /// `workspace_id` (`w-…`) in `region` (e.g. `cn-hangzhou`), at the
    /// region's public endpoint.
    pub fn new(
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        let endpoint = format!("https://emr-serverless-spark.{region}.aliyuncs.com");
        Self::with_endpoint(
            &endpoint,
            region,
            workspace_id,
            livy_compute_id,
            credentials,
        )
    }

    /// Like [`EmrServerlessSparkSource::new`], at another endpoint (a VPC
    /// endpoint, or a local sandbox on loopback).
    pub fn with_endpoint(
        endpoint: &str,
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        let configure = |message: String| {
            Error::configuration(message).at(Vendor::EmrServerlessSpark, "configure")
        };
        for (name, value) in [
            ("region", region),
            ("workspace ID", workspace_id),
            ("Livy Gateway ID", livy_compute_id),
        ] {
            if value.trim().is_empty() {
                return Err(configure(format!(
                    "the EMR Serverless Spark {name} is empty"
                )));
            }
        }
        if !region
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            return Err(configure(format!(
                "{region:?} is not a region ID (like cn-hangzhou)"
            )));
        }
        let endpoint = apitokens_core::http::validate_base_url(endpoint)
            .map_err(|e| configure(e.to_string()))?;
        let client = Client::connect(&endpoint, credentials)
            .map_err(|e| Error::configuration("cannot build the HTTP client").with_source(e))?;
        Ok(Self {
            client,
            region: region.to_string(),
            workspace_id: workspace_id.to_string(),
            livy_compute_id: livy_compute_id.to_string(),
        })
    }

    /// Like [`EmrServerlessSparkSource::new`], with credentials from
    /// `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and,
    /// when set, `ALIBABA_CLOUD_SECURITY_TOKEN`.
    pub fn from_env(
        region: &str,
        workspace_id: &str,
        livy_compute_id: &str,
    ) -> Result<Self, Error> {
        let credentials = Credentials::from_env().map_err(|e| {
            Error::configuration(e.to_string()).at(Vendor::EmrServerlessSpark, "configure")
        })?;
        Self::new(region, workspace_id, livy_compute_id, credentials)
    }

    /// The generated client, for everything EMR-specific.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The Livy Gateway this source reads.
    pub fn scope(&self) -> Scope {
        Scope::EmrServerlessSpark {
            region: self.region.clone(),
            workspace_id: self.workspace_id.clone(),
            livy_compute_id: self.livy_compute_id.clone(),
        }
    }

    /// One token, by ID (`lctk-…`), with its content as [`Token::secret`].
    pub async fn get(&self, id: &str) -> Result<Token, Error> {
        const OPERATION: &str = "getLivyComputeToken";
        let response = call(
            OPERATION,
            self.client
                .get_livy_compute_token()
                .workspace_biz_id(self.workspace_id.clone())
                .livy_compute_id(self.livy_compute_id.clone())
                .token_id(id.to_string())
                .region_id(self.region.clone())
                .send()
                .await,
        )
        .await?;
        check_envelope(
            OPERATION,
            response.code,
            response.message,
            response.request_id,
        )?;
        let data = response.data.ok_or_else(|| missing_data(OPERATION))?;
        let mut token = Token::new(
            self.scope(),
            data.token_id.unwrap_or_else(|| id.to_string()),
        );
        token.name = data.name;
        token.owner = data.created_by;
        token.created_at = from_epoch_millis(data.create_time);
        token.expires_at = from_epoch_millis(data.expire_time);
        token.last_used_at = from_epoch_millis(data.last_used_time);
        token.secret = data.token.map(|secret| secret.into_secret_string());
        Ok(token)
    }

    /// Every token of the Livy Gateway (the API has no paging), each with
    /// its content as [`Token::secret`].
    pub fn list(&self) -> BoxStream<'_, Result<Token, Error>> {
        const OPERATION: &str = "listLivyComputeToken";
        let page = async move {
            let response = call(
                OPERATION,
                self.client
                    .list_livy_compute_token()
                    .workspace_biz_id(self.workspace_id.clone())
                    .livy_compute_id(self.livy_compute_id.clone())
                    .region_id(self.region.clone())
                    .send()
                    .await,
            )
            .await?;
            check_envelope(
                OPERATION,
                response.code,
                response.message,
                response.request_id,
            )?;
            let data = response.data.ok_or_else(|| missing_data(OPERATION))?;
            Ok::<_, Error>(
                data.tokens
                    .into_iter()
                    .map(|summary| Ok(self.summary(summary)))
                    .collect::<Vec<_>>(),
            )
        };
        stream::once(page)
            .flat_map(|result| match result {
                Ok(tokens) => stream::iter(tokens),
                Err(error) => stream::iter(vec![Err(error)]),
            })
            .boxed()
    }

    fn summary(&self, summary: types::LivyComputeTokenSummary) -> Token {
        let mut token = Token::new(self.scope(), summary.token_id.unwrap_or_default());
        token.name = summary.name;
        // The list spells the creator `createdby` (Get says `createdBy`).
        token.owner = summary.createdby;
        token.created_at = from_epoch_millis(summary.create_time);
        token.expires_at = from_epoch_millis(summary.expire_time);
        token.last_used_at = from_epoch_millis(summary.last_used_time);
        token.secret = summary.token.map(|secret| secret.into_secret_string());
        token
    }
}

/// Alibaba's epoch milliseconds as UTC; 0, negative or out-of-range values
/// mean "not set" (Alibaba reports 0 for a token never used).
pub(crate) fn from_epoch_millis(millis: Option<i64>) -> Option<DateTime<Utc>> {
    millis
        .filter(|ms| *ms > 0)
        .and_then(|ms| Utc.timestamp_millis_opt(ms).single())
}

/// An HTTP 200 whose envelope `code` is not `"1000000"` is a failure.
fn check_envelope(
    operation: &'static str,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
) -> Result<(), Error> {
    match code.as_deref() {
        Some(SUCCESS) | None => Ok(()),
        Some(other) => {
            let kind = if is_throttling(other) {
                ErrorKind::RateLimited
            } else {
                ErrorKind::Vendor
            };
            Err(Error::new(kind)
                .with_status(200)
                .with_code(Some(other.to_string()))
                .with_message(message.unwrap_or_default())
                .with_request_id(request_id)
                .at(Vendor::EmrServerlessSpark, operation))
        }
    }
}

/// Alibaba's throttling codes (`Throttling`, `Throttling.User`, …).
fn is_throttling(code: &str) -> bool {
    code.starts_with("Throttling")
}

fn missing_data(operation: &'static str) -> Error {
    Error::new(ErrorKind::Decode)
        .with_message("the success envelope has no `data`")
        .at(Vendor::EmrServerlessSpark, operation)
}

/// The value of a generated call, or its failure as an [`Error`].
async fn call<T>(
    operation: &'static str,
    result: Result<
        progenitor_client::ResponseValue<T>,
        progenitor_client::Error<types::ErrorResponse>,
    >,
) -> Result<T, Error> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(error) => Err(map_error(operation, error).await),
    }
}

async fn map_error(
    operation: &'static str,
    error: progenitor_client::Error<types::ErrorResponse>,
) -> Error {
    from_generated(
        Vendor::EmrServerlessSpark,
        operation,
        error,
        |base, body| {
            let throttled = body.code.as_deref().is_some_and(is_throttling);
            let base = if throttled {
                base.into_kind(ErrorKind::RateLimited)
            } else {
                base
            };
            base.with_code(body.code)
                .with_message(body.message.unwrap_or_default())
                .with_request_id(body.request_id)
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_millis_at_the_edges() {
        assert_eq!(from_epoch_millis(None), None);
        assert_eq!(from_epoch_millis(Some(0)), None);
        assert_eq!(from_epoch_millis(Some(-1)), None);
        assert_eq!(from_epoch_millis(Some(i64::MAX)), None);
        assert_eq!(
            from_epoch_millis(Some(1_749_456_094_000)).map(|t| t.to_rfc3339()),
            Some("2025-06-09T08:01:34+00:00".to_string())
        );
    }
}
