//! The one router serving all three APIs, and the state behind it.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{StatusCode, Uri, header};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;

use crate::{astra, dynatrace, emr};

/// Everything the sandbox knows, per vendor.
#[derive(Debug)]
pub(crate) struct VendorState {
    pub(crate) dynatrace: dynatrace::Store,
    pub(crate) astra: astra::Store,
    pub(crate) emr: emr::Store,
}

/// The state every handler shares.
#[derive(Debug)]
pub(crate) struct Shared {
    state: Mutex<VendorState>,
    latency_nanos: AtomicU64,
    /// `http://127.0.0.1:<port>`, for `Location` headers.
    pub(crate) base_url: String,
}

impl Shared {
    pub(crate) fn new(state: VendorState, latency: Duration, base_url: String) -> Self {
        let shared = Self {
            state: Mutex::new(state),
            latency_nanos: AtomicU64::new(0),
            base_url,
        };
        shared.set_latency(latency);
        shared
    }

    /// The state; a handler that panicked while holding the lock leaves it usable.
    pub(crate) fn lock(&self) -> MutexGuard<'_, VendorState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn set_latency(&self, latency: Duration) {
        let nanos = u64::try_from(latency.as_nanos()).unwrap_or(u64::MAX);
        self.latency_nanos.store(nanos, Ordering::Relaxed);
    }

    pub(crate) fn latency(&self) -> Duration {
        Duration::from_nanos(self.latency_nanos.load(Ordering::Relaxed))
    }
}

const DT: &str = "/api/v2/apiTokens";
const ASTRA: &str = "/accounts/{account_id}/core/v1/users/{user_id}/tokens";
const EMR: &str = "/api/interactive/v1/workspace/{workspace_id}/livycompute";

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(DT, get(dynatrace::list).post(dynatrace::create))
        .route(
            &format!("{DT}/{{id}}"),
            get(dynatrace::get)
                .put(dynatrace::update)
                .delete(dynatrace::delete)
                .post(dynatrace::lookup),
        )
        .route(ASTRA, get(astra::list).post(astra::create))
        .route(
            &format!("{ASTRA}/{{token_id}}"),
            get(astra::get).put(astra::update).delete(astra::delete),
        )
        .route(EMR, get(emr::list_gateways))
        .route(&format!("{EMR}/{{gateway_id}}"), get(emr::get_gateway))
        .route(
            &format!("{EMR}/{{gateway_id}}/token"),
            get(emr::list_tokens).put(emr::create_token),
        )
        .route(
            &format!("{EMR}/{{gateway_id}}/token/{{token_id}}"),
            get(emr::get_token)
                .post(emr::refresh_token)
                .delete(emr::delete_token),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn_with_state(shared.clone(), around))
        .with_state(shared)
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

/// Which vendor a path belongs to, for answering unrouted requests in its dialect.
fn unrouted(uri: &Uri, status: StatusCode, shared: &Shared) -> Response {
    let path = uri.path();
    if path.starts_with("/accounts/") {
        astra::unrouted(status)
    } else if path.starts_with("/api/interactive/") {
        let host = format!(
            "emr-serverless-spark.{}.aliyuncs.com",
            shared.lock().emr.region
        );
        emr::unrouted(status, &host)
    } else {
        dynatrace::unrouted(status)
    }
}

async fn not_found(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    unrouted(&uri, StatusCode::NOT_FOUND, &shared)
}

async fn method_not_allowed(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    unrouted(&uri, StatusCode::METHOD_NOT_ALLOWED, &shared)
}
