//! A whole EMR Serverless Spark workspace: every Livy Gateway in it.

use apitokens_core::Policy;
use apitokens_emr_serverless_spark::{Client, Credentials};
use futures::future::BoxFuture;

use super::EmrServerlessSparkSource;
use super::source::call;
use crate::config::SourceGroup;
use crate::error::{Error, ErrorKind};
use crate::paging::ListLimits;
use crate::vendors::client::VendorClient;
use crate::{Source, Vendor};

/// Every Livy Gateway of one EMR Serverless Spark workspace: its tokens are
/// listed through one [`EmrServerlessSparkSource`] per gateway, found with
/// `listLivyCompute` ([`EmrServerlessSparkWorkspace::gateways`]).
///
/// Cheap to clone: the HTTP client and credentials are shared.
#[derive(Debug, Clone)]
pub struct EmrServerlessSparkWorkspace {
    pub(super) client: Client,
    pub(super) region: String,
    pub(super) workspace_id: String,
    pub(super) list_limits: ListLimits,
}

impl EmrServerlessSparkWorkspace {
    /// The workspace `workspace_id` (`w-…`) in `region` (e.g.
    /// `cn-hangzhou`), at the region's public endpoint.
    pub fn new(region: &str, workspace_id: &str, credentials: Credentials) -> Result<Self, Error> {
        apitokens_core::validate::region(region).map_err(|e| configure(e.to_string()))?;
        let endpoint = apitokens_emr_serverless_spark::endpoint_for(region);
        Self::with_endpoint(&endpoint, region, workspace_id, credentials)
    }

    /// Like [`EmrServerlessSparkWorkspace::new`], at another endpoint (a VPC
    /// endpoint, or a local sandbox on loopback).
    pub fn with_endpoint(
        endpoint: &str,
        region: &str,
        workspace_id: &str,
        credentials: Credentials,
    ) -> Result<Self, Error> {
        Self::with_endpoint_and_policy(
            endpoint,
            region,
            workspace_id,
            credentials,
            Policy::default(),
        )
    }

    /// Like [`EmrServerlessSparkWorkspace::with_endpoint`], under `policy`: the client is built once.
    pub(crate) fn with_endpoint_and_policy(
        endpoint: &str,
        region: &str,
        workspace_id: &str,
        credentials: Credentials,
        policy: Policy,
    ) -> Result<Self, Error> {
        for (name, value) in [("region", region), ("workspace_id", workspace_id)] {
            Error::check_param(Vendor::EmrServerlessSpark, "configure", name, value)?;
        }
        apitokens_core::validate::region(region).map_err(|e| configure(e.to_string()))?;
        let endpoint = apitokens_core::http::validate_base_url(endpoint)
            .map_err(|e| configure(e.to_string()))?;
        let client = Client::connect_with(&endpoint, credentials, policy)
            .map_err(|e| Error::connect(Vendor::EmrServerlessSpark, e))?;
        Ok(Self {
            client,
            region: region.to_string(),
            workspace_id: workspace_id.to_string(),
            list_limits: ListLimits::default(),
        })
    }

    /// Bounds every listing of this workspace's gateways by `limits`' deadline.
    /// Zero limits are refused.
    pub fn with_list_limits(mut self, limits: ListLimits) -> Result<Self, Error> {
        self.list_limits = limits.checked(Vendor::EmrServerlessSpark)?;
        Ok(self)
    }

    /// Uses `policy` for every call of this workspace and its gateways.
    pub fn with_policy(mut self, policy: Policy) -> Result<Self, Error> {
        self.client = self.client.with_policy(policy)?;
        Ok(self)
    }

    /// The source of the Livy Gateway `livy_compute_id` (`lc-…`) of this
    /// workspace, sharing its client. No request is made.
    pub fn gateway(&self, livy_compute_id: &str) -> Result<EmrServerlessSparkSource, Error> {
        Error::check_param(
            Vendor::EmrServerlessSpark,
            "configure",
            "livy_compute_id",
            livy_compute_id,
        )?;
        Ok(EmrServerlessSparkSource::of_workspace(
            self,
            livy_compute_id.to_string(),
        ))
    }

    /// The Livy Gateways of the workspace (`listLivyCompute`), one source
    /// each, sharing this workspace's client.
    pub async fn gateways(&self) -> Result<Vec<EmrServerlessSparkSource>, Error> {
        const OPERATION: &str = "listLivyCompute";
        let response = call(
            OPERATION,
            self.client
                .list_livy_compute()
                .workspace_biz_id(self.workspace_id.clone())
                .region_id(self.region.clone())
                .send()
                .await,
        )
        .await?;
        let gateways = response
            .data
            .map(|data| data.livy_computes)
            .unwrap_or_default();
        gateways
            .into_iter()
            .filter_map(|gateway| gateway.compute_id)
            .map(|livy_compute_id| {
                // The vendor's ID goes into the path of every later request,
                // signed: it is checked like a user's (`..` would move them).
                apitokens_core::validate::path_param("livy_compute_id", &livy_compute_id).map_err(
                    |e| {
                        Error::new(ErrorKind::Decode)
                            .with_message(format!(
                                "the answer names a gateway that cannot be used: {e}"
                            ))
                            .at(Vendor::EmrServerlessSpark, OPERATION)
                    },
                )?;
                Ok(EmrServerlessSparkSource::of_workspace(
                    self,
                    livy_compute_id,
                ))
            })
            .collect()
    }
}

impl SourceGroup for EmrServerlessSparkWorkspace {
    fn members(&self) -> BoxFuture<'_, Result<Vec<Source>, Error>> {
        Box::pin(async move {
            Ok(self
                .gateways()
                .await?
                .into_iter()
                .map(Source::from)
                .collect())
        })
    }
}

fn configure(message: String) -> Error {
    Error::configuration(message).at(Vendor::EmrServerlessSpark, "configure")
}
