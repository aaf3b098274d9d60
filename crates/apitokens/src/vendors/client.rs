//! What the facade does the same way with every vendor's generated client.

use apitokens_core::http::ConnectError;
use apitokens_core::{Policy, Settings};
use progenitor_client::ClientInfo;

use crate::{Error, Vendor};

/// A vendor crate's generated client, as the facade's sources hold it.
pub(crate) trait VendorClient: ClientInfo<Settings<Self::Credentials>> + Sized {
    /// The client's credentials type.
    type Credentials: Clone;
    /// Whose client it is, for errors.
    const VENDOR: Vendor;

    /// The vendor crate's `Client::connect_with`.
    fn connect_with(
        endpoint: &str,
        credentials: Self::Credentials,
        policy: Policy,
    ) -> Result<Self, ConnectError>;

    /// The same client (endpoint, credentials) under `policy`: the one
    /// implementation behind every source's `with_policy`.
    fn with_policy(&self, policy: Policy) -> Result<Self, Error> {
        let credentials = self.inner().credentials.clone();
        Self::connect_with(self.baseurl(), credentials, policy)
            .map_err(|e| Error::connect(Self::VENDOR, e))
    }
}

/// Implements [`VendorClient`] for a vendor crate's `Client`.
macro_rules! vendor_client {
    ($krate:ident, $vendor:expr) => {
        impl crate::vendors::client::VendorClient for $krate::Client {
            type Credentials = $krate::Credentials;
            const VENDOR: crate::Vendor = $vendor;

            fn connect_with(
                endpoint: &str,
                credentials: Self::Credentials,
                policy: apitokens_core::Policy,
            ) -> Result<Self, apitokens_core::http::ConnectError> {
                $krate::Client::connect_with(endpoint, credentials, policy)
            }
        }
    };
}
pub(crate) use vendor_client;
