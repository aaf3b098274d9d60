//! Joins the vendors: the list of vendors the sandbox serves, one router over
//! their routes, the answers for requests no route serves, and the latency of
//! every answer.
//!
//! Adding a vendor: its folder (see `vendor.rs`), its `pub mod` line in
//! `lib.rs`, and one entry in the `vendors!` list below.

use std::fmt::Write as _;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};

use crate::vendor::{Description, Setup, VendorApi};

/// Declares [`Vendors`], one public field per vendor, from one list.
macro_rules! vendors {
    ($($(#[$doc:meta])* $field:ident: $vendor:ty,)+) => {
        /// Every vendor a sandbox serves, each by its handle: its URL, the
        /// credentials it accepts, and seeding ([`crate::RunningSandbox::vendors`]).
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub struct Vendors {
            $($(#[$doc])* pub $field: $vendor,)+
        }

        impl Vendors {
            /// Starts every vendor.
            pub(crate) fn start(setup: &Setup) -> Self {
                Self { $($field: <$vendor as VendorApi>::start(setup),)+ }
            }

            /// Every vendor, in the list's order.
            fn all(&self) -> Vec<&dyn VendorApi> {
                vec![$(&self.$field),+]
            }
        }
    };
}

// The vendors, one entry each (its field in `Vendors` and its handle type).
// The first also answers paths that no vendor owns.
vendors! {
    /// Dynatrace API v2 access tokens.
    dynatrace: crate::dynatrace::Dynatrace,
    /// NetApp Astra Control user API tokens.
    astra: crate::astra::Astra,
    /// Alibaba Cloud EMR Serverless Spark Livy Gateway tokens.
    emr: crate::emr::Emr,
    /// GitLab personal access tokens.
    gitlab: crate::gitlab::GitLab,
}

/// What the server shares: the vendors and the latency of every answer.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) vendors: Vendors,
    latency_nanos: AtomicU64,
}

impl Shared {
    pub(crate) fn new(vendors: Vendors, latency: Duration) -> Self {
        let shared = Self {
            vendors,
            latency_nanos: AtomicU64::new(0),
        };
        shared.set_latency(latency);
        shared
    }

    pub(crate) fn set_latency(&self, latency: Duration) {
        let nanos = u64::try_from(latency.as_nanos()).unwrap_or(u64::MAX);
        self.latency_nanos.store(nanos, Ordering::Relaxed);
    }

    pub(crate) fn latency(&self) -> Duration {
        Duration::from_nanos(self.latency_nanos.load(Ordering::Relaxed))
    }
}

/// One router over every vendor's routes.
pub(crate) fn router(shared: Arc<Shared>) -> Router {
    let vendors = shared.vendors.all();
    let routes = vendors.iter().fold(Router::new(), |router, vendor| {
        router.merge(vendor.router())
    });
    let (for_404, for_405) = (shared.clone(), shared.clone());
    routes
        .fallback(move |uri: Uri| async move { unrouted(&uri, StatusCode::NOT_FOUND, &for_404) })
        .method_not_allowed_fallback(move |uri: Uri| async move {
            unrouted(&uri, StatusCode::METHOD_NOT_ALLOWED, &for_405)
        })
        .layer(middleware::from_fn_with_state(shared, around))
}

/// Around every request: the fixed latency set with `with_latency` /
/// `set_latency`, and axum's own plain-text rejections (a path segment that
/// is not UTF-8, a body over the size limit) answered in the vendor's dialect.
async fn around(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let latency = shared.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let uri = request.uri().clone();
    let response = next.run(request).await;
    let plain_text = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    if plain_text {
        unrouted(&uri, response.status(), &shared)
    } else {
        response
    }
}

/// The answer of the vendor that owns the path (else the first vendor's), in
/// its dialect, for a request no route serves.
fn unrouted(uri: &Uri, status: StatusCode, shared: &Shared) -> Response {
    let vendors = shared.vendors.all();
    let path = uri.path();
    vendors
        .iter()
        .find(|vendor| vendor.owns(path))
        .or(vendors.first())
        .map_or_else(|| status.into_response(), |vendor| vendor.unrouted(status))
}

/// Every vendor's entry in an `apitokens.toml` for the sandbox.
pub(crate) fn config_sources(vendors: &Vendors) -> Vec<crate::ConfigSource> {
    vendors
        .all()
        .iter()
        .map(|vendor| vendor.describe().config)
        .collect()
}

/// What the binary prints: URLs, demo credentials and how to use them.
pub(crate) fn describe(url: &str, vendors: &Vendors) -> String {
    let descriptions: Vec<Description> = vendors
        .all()
        .iter()
        .map(|vendor| vendor.describe())
        .collect();
    let count = match descriptions.len() {
        1 => "one".to_string(),
        2 => "two".to_string(),
        3 => "three".to_string(),
        4 => "four".to_string(),
        5 => "five".to_string(),
        n => n.to_string(),
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "apitokens sandbox listening on {url}\n\
         A local, in-memory fake of {count} token APIs. The credentials below are this fake's own\n\
         demo credentials, printed on purpose; they are worthless anywhere else.\n"
    );
    for description in &descriptions {
        let _ = writeln!(out, "{}", description.section);
    }
    let config = crate::ApitokensConfig {
        sources: descriptions.iter().map(|d| d.config.clone()).collect(),
    };
    let _ = writeln!(
        out,
        "An apitokens.toml for this sandbox (`apitokens-sandbox --write-config FILE` saves it):\n\n{}",
        config.toml()
    );
    let _ = writeln!(
        out,
        "Its variables, for the shell that runs apitokens. SANDBOX ONLY: these are this\n\
         sandbox's throwaway credentials, valid until it stops; never export a real secret\n\
         like this (it stays in your shell history):\n\n{}\n\
         Then, with the file saved as ./apitokens.toml: apitokens config check && apitokens list\n",
        config.exports()
    );
    out.push_str("Or point the library or the clients at it:\n");
    for description in &descriptions {
        let _ = writeln!(out, "  {}", description.source);
    }
    let clients: Vec<&str> = descriptions.iter().map(|d| d.client.as_str()).collect();
    let _ = writeln!(out, "  (the generated clients: {})", clients.join(", "));
    out
}
