//! One error type for every vendor and operation.

use std::fmt;
use std::time::Duration;

use crate::Vendor;

type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What kind of failure an [`Error`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The token, or the resource that holds it, does not exist (HTTP 404).
    NotFound,
    /// The credentials are missing, wrong or expired (HTTP 401).
    Unauthorized,
    /// The credentials are valid but lack a permission or scope (HTTP 403).
    Forbidden,
    /// The vendor refused the request as invalid (HTTP 400 and other 4xx);
    /// see [`Error::violations`] for the fields at fault.
    InvalidRequest,
    /// The request conflicts with the resource's state (HTTP 409), e.g. a
    /// token name already taken.
    Conflict,
    /// The vendor does not offer this operation; see
    /// [`Source::capabilities`](crate::Source::capabilities).
    Unsupported,
    /// The vendor throttled the request (HTTP 429, or Alibaba's throttling
    /// codes); see [`Error::retry_after`].
    RateLimited,
    /// The vendor failed (HTTP 5xx).
    Server,
    /// The vendor answered HTTP 200 with an error code in the body (EMR
    /// Serverless Spark's `code` other than `"1000000"`) that names no other
    /// kind; codes such as `<Entity>.NotFound`, `Throttling.*` or
    /// `Forbidden.*` map to their kinds.
    Vendor,
    /// The request did not complete: connection, TLS, timeout or body read.
    Transport,
    /// A call that must not be repeated (a create, a refresh) may have
    /// reached the vendor, but its answer was lost (a reset, a timeout, a cut
    /// body): it may have taken effect, e.g. the token may exist without its
    /// secret having been seen. Check (`apitokens list`) before trying again.
    /// It was not retried for the same reason.
    OutcomeUnknown,
    /// The response could not be decoded.
    Decode,
    /// The client was configured wrongly (base URL, credentials, arguments).
    Configuration,
    /// A listing was stopped before its last page: the vendor repeated a
    /// page cursor (its paging loops), or the listing reached its page
    /// ceiling or deadline ([`ListLimits`](crate::ListLimits)).
    Pagination,
}

impl ErrorKind {
    fn describe(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not found",
            ErrorKind::Unauthorized => "unauthorized (check the credentials)",
            ErrorKind::Forbidden => "forbidden (the credentials lack a permission or scope)",
            ErrorKind::InvalidRequest => "invalid request",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Unsupported => "not supported by this vendor",
            ErrorKind::RateLimited => "rate limited",
            ErrorKind::Server => "server error",
            ErrorKind::Vendor => "vendor error",
            ErrorKind::Transport => "transport error",
            ErrorKind::OutcomeUnknown => "outcome unknown",
            ErrorKind::Decode => "cannot decode the response",
            ErrorKind::Configuration => "configuration error",
            ErrorKind::Pagination => "the listing did not end",
        }
    }
}

/// One field or parameter a vendor refused (Dynatrace constraint violations,
/// Astra invalid params).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The offending field or parameter.
    pub field: Option<String>,
    /// Where it was: `PATH`, `QUERY`, `PAYLOAD_BODY`, …, as the vendor says.
    pub location: Option<String>,
    /// Why it was refused.
    pub message: String,
}

/// Any failure of the facade: a kind, and what the vendor said about it.
///
/// `Display` names the vendor, the operation, the HTTP status, the vendor's
/// own code and message and the request or correlation ID — never a
/// credential, never a dump of headers or bodies. The vendor's text is kept
/// exact, control characters included: escape it before printing it on a
/// terminal (the CLI does; see `docs/FAULTS.md`, "Text for terminals").
///
/// Troubleshooting: [`ErrorKind::Unauthorized`] and [`ErrorKind::Forbidden`]
/// mean the credentials (or their scopes: Dynatrace needs `apiTokens.read`)
/// are at fault; [`Error::is_retryable`] says when trying again may help.
// `Display` and `std::error::Error` are written by hand (not with thiserror):
// the message is composed from optional parts, which a format string cannot say.
#[non_exhaustive]
pub struct Error {
    kind: ErrorKind,
    details: Box<Details>,
    source: Option<BoxError>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        render(self, f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

#[derive(Debug, Default)]
struct Details {
    vendor: Option<Vendor>,
    operation: Option<&'static str>,
    status: Option<u16>,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    violations: Vec<Violation>,
    /// The call was sent more than once (see [`Error::was_retried`]).
    retried: bool,
    /// The token a failed create made nonetheless (see [`Error::created_id`]).
    created_id: Option<String>,
}

fn render(error: &Error, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let d = &error.details;
    match (d.vendor, d.operation) {
        (Some(vendor), Some(operation)) => write!(f, "{vendor} {operation}: ")?,
        (Some(vendor), None) => write!(f, "{vendor}: ")?,
        _ => {}
    }
    f.write_str(error.kind.describe())?;
    if let Some(status) = d.status {
        write!(f, " (HTTP {status})")?;
    }
    match (&d.code, &d.message) {
        (Some(code), Some(message)) => write!(f, ": {code}: {message}")?,
        (Some(code), None) => write!(f, ": {code}")?,
        (None, Some(message)) => write!(f, ": {message}")?,
        (None, None) => {}
    }
    for violation in &d.violations {
        match &violation.field {
            Some(field) => write!(f, "; {field}: {}", violation.message)?,
            None => write!(f, "; {}", violation.message)?,
        }
    }
    if let Some(retry_after) = d.retry_after {
        write!(f, "; retry after {}s", retry_after.as_secs_f64())?;
    }
    if let Some(request_id) = &d.request_id {
        write!(f, " [request id {request_id}]")?;
    }
    if let (ErrorKind::Transport | ErrorKind::Decode | ErrorKind::OutcomeUnknown, Some(source)) =
        (error.kind, &error.source)
    {
        write!(f, ": {source}")?;
        // What failed underneath ("Connection refused", a TLS alert): a
        // connection-level cause, never request content.
        let mut root: &(dyn std::error::Error + 'static) = source.as_ref();
        while let Some(cause) = root.source() {
            root = cause;
        }
        let (outer, inner) = (source.to_string(), root.to_string());
        if !inner.is_empty() && !outer.contains(&inner) {
            write!(f, " ({inner})")?;
        }
    }
    Ok(())
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("details", &self.details)
            .field("source", &self.source)
            .finish()
    }
}

impl Error {
    /// An error of `kind` with no details yet.
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Self {
            kind,
            details: Box::default(),
            source: None,
        }
    }

    /// Refuses a path parameter that could leave its path segment, before
    /// any request is made.
    pub(crate) fn check_param(
        vendor: Vendor,
        operation: &'static str,
        name: &'static str,
        value: &str,
    ) -> Result<(), Self> {
        apitokens_core::validate::path_param(name, value).map_err(|e| {
            Self::new(ErrorKind::InvalidRequest)
                .with_message(e.to_string())
                .at(vendor, operation)
        })
    }

    /// The vendor does not offer `what` for `operation`; the message says
    /// what it does offer (its adapter's [`Capabilities`](crate::Capabilities)).
    pub(crate) fn unsupported(vendor: Vendor, operation: &'static str, what: &str) -> Self {
        let message = match crate::adapter(vendor) {
            Some(adapter) => {
                let name = adapter.display_name();
                format!(
                    "{name} does not support {what}; {name} supports: {}",
                    adapter.capabilities().describe()
                )
            }
            None => format!("{vendor} does not support {what}"),
        };
        Self::new(ErrorKind::Unsupported)
            .with_message(message)
            .at(vendor, operation)
    }

    /// A configuration error with its message.
    pub(crate) fn configuration(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Configuration).with_message(message)
    }

    /// A vendor client that cannot be built: a refused base URL or region,
    /// or no TLS backend.
    pub(crate) fn connect(vendor: Vendor, error: apitokens_core::http::ConnectError) -> Self {
        Self::configuration(error.to_string())
            .at(vendor, "configure")
            .with_source(error)
    }

    pub(crate) fn into_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }

    pub(crate) fn at(mut self, vendor: Vendor, operation: &'static str) -> Self {
        self.details.vendor = Some(vendor);
        self.details.operation = Some(operation);
        self
    }

    pub(crate) fn with_status(mut self, status: u16) -> Self {
        self.details.status = Some(status);
        self
    }

    pub(crate) fn with_message_prefix(mut self, prefix: &str) -> Self {
        self.details.message = Some(match self.details.message.take() {
            Some(message) => format!("{prefix}: {message}"),
            None => prefix.to_string(),
        });
        self
    }

    pub(crate) fn with_code(mut self, code: Option<String>) -> Self {
        self.details.code = code.filter(|c| !c.is_empty());
        self
    }

    pub(crate) fn with_message(mut self, message: impl Into<String>) -> Self {
        let message = message.into();
        self.details.message = (!message.is_empty()).then_some(message);
        self
    }

    pub(crate) fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.details.request_id = request_id.filter(|r| !r.is_empty());
        self
    }

    pub(crate) fn with_retry_after(mut self, retry_after: Option<Duration>) -> Self {
        self.details.retry_after = retry_after;
        self
    }

    pub(crate) fn with_violations(mut self, violations: Vec<Violation>) -> Self {
        self.details.violations = violations;
        self
    }

    /// Notes whether the answer says the call was sent more than once.
    pub(crate) fn with_retried(self, headers: &reqwest::header::HeaderMap) -> Self {
        self.retried(headers.contains_key(apitokens_core::execute::RETRIED_HEADER))
    }

    /// Notes whether an earlier attempt of the call may have done its work.
    pub(crate) fn retried(mut self, retried: bool) -> Self {
        self.details.retried = retried;
        self
    }

    /// Notes the token a create made before it failed.
    pub(crate) fn with_created_id(mut self, id: impl Into<String>) -> Self {
        self.details.created_id = Some(id.into());
        self
    }

    pub(crate) fn with_source(mut self, source: impl Into<BoxError>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The vendor whose API failed, when a request was involved.
    pub fn vendor(&self) -> Option<Vendor> {
        self.details.vendor
    }

    /// The operation (the spec's `operationId`) that failed.
    pub fn operation(&self) -> Option<&'static str> {
        self.details.operation
    }

    /// The HTTP status of the vendor's answer, when there was one.
    pub fn status(&self) -> Option<u16> {
        self.details.status
    }

    /// The vendor's own error code (Alibaba's `code`, Astra's problem `type`).
    pub fn vendor_code(&self) -> Option<&str> {
        self.details.code.as_deref()
    }

    /// The vendor's own message.
    pub fn message(&self) -> Option<&str> {
        self.details.message.as_deref()
    }

    /// The vendor's request or correlation ID, to quote to its support.
    pub fn request_id(&self) -> Option<&str> {
        self.details.request_id.as_deref()
    }

    /// How long the vendor asked to wait before trying again.
    pub fn retry_after(&self) -> Option<Duration> {
        self.details.retry_after
    }

    /// The fields or parameters the vendor refused.
    pub fn violations(&self) -> &[Violation] {
        &self.details.violations
    }

    /// The call was sent more than once and an earlier attempt went
    /// unanswered or failed, so it may have taken effect: a DELETE retried
    /// this way that is answered "not found" deleted the token itself.
    pub(crate) fn was_retried(&self) -> bool {
        self.details.retried
    }

    /// A create that failed after the vendor created the token (EMR: reading
    /// the new token back failed): the ID of the token that now exists, whose
    /// secret this call did not return.
    pub fn created_id(&self) -> Option<&str> {
        self.details.created_id.as_deref()
    }

    /// The token or its parent resource does not exist.
    pub fn is_not_found(&self) -> bool {
        self.kind == ErrorKind::NotFound
    }

    /// The credentials were refused (401) or lack a permission (403).
    pub fn is_auth(&self) -> bool {
        matches!(self.kind, ErrorKind::Unauthorized | ErrorKind::Forbidden)
    }

    /// The vendor throttled the request.
    pub fn is_rate_limited(&self) -> bool {
        self.kind == ErrorKind::RateLimited
    }

    /// The request may succeed if tried again later: throttling, a server
    /// error, or a transport failure.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self.kind,
            ErrorKind::RateLimited | ErrorKind::Server | ErrorKind::Transport
        )
    }

    /// A call that must not be repeated may have taken effect though its
    /// answer was lost ([`ErrorKind::OutcomeUnknown`]).
    pub fn is_outcome_unknown(&self) -> bool {
        self.kind == ErrorKind::OutcomeUnknown
    }

    /// The request timed out.
    pub fn is_timeout(&self) -> bool {
        self.source
            .as_deref()
            .and_then(|s| s.downcast_ref::<reqwest::Error>())
            .is_some_and(reqwest::Error::is_timeout)
    }
}

/// The kind an HTTP error status stands for.
pub(crate) fn kind_for_status(status: u16) -> ErrorKind {
    match status {
        401 => ErrorKind::Unauthorized,
        403 => ErrorKind::Forbidden,
        404 | 410 => ErrorKind::NotFound,
        409 => ErrorKind::Conflict,
        429 => ErrorKind::RateLimited,
        500..=599 => ErrorKind::Server,
        _ => ErrorKind::InvalidRequest,
    }
}

/// The wait a server asked for (`Retry-After`, Alibaba's `x-acs-retry-after`).
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    apitokens_core::execute::server_retry_after(headers)
}

/// The value of a generated call, or its failure as an [`Error`] (see
/// [`from_generated`]). `idempotent`: whether the spec says the operation may
/// be sent again (the vendor crate's `is_idempotent`).
pub(crate) async fn checked<T, E: serde::de::DeserializeOwned>(
    vendor: Vendor,
    operation: &'static str,
    idempotent: bool,
    result: Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<E>>,
    describe: fn(Error, E) -> Error,
) -> Result<T, Error> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(error) => Err(from_generated(vendor, operation, idempotent, error, describe).await),
    }
}

/// Maps a failure of a generated client to an [`Error`]. `describe` reads a
/// vendor's typed error body into the error (code, message, IDs, violations);
/// an error status the spec does not declare is decoded the same way when its
/// body has the vendor's error shape. A call that is not `idempotent` and
/// failed after it may have reached the server is [`ErrorKind::OutcomeUnknown`].
pub(crate) async fn from_generated<E: serde::de::DeserializeOwned>(
    vendor: Vendor,
    operation: &'static str,
    idempotent: bool,
    error: progenitor_client::Error<E>,
    describe: impl FnOnce(Error, E) -> Error,
) -> Error {
    use progenitor_client::Error as G;
    let error = match error {
        G::ErrorResponse(response) => {
            let status = response.status().as_u16();
            let retry = retry_after(response.headers());
            let base = Error::new(kind_for_status(status))
                .with_status(status)
                .with_retry_after(retry)
                .with_retried(response.headers());
            describe(base, response.into_inner())
        }
        G::UnexpectedResponse(response) => {
            let status = response.status().as_u16();
            let retry = retry_after(response.headers());
            if response.status().is_success() {
                Error::new(ErrorKind::Decode)
                    .with_status(status)
                    .with_message("the vendor answered with an undocumented success status")
            } else {
                let base = Error::new(kind_for_status(status))
                    .with_status(status)
                    .with_retry_after(retry)
                    .with_retried(response.headers());
                let body = response.bytes().await.unwrap_or_default();
                match serde_json::from_slice::<E>(&body) {
                    Ok(typed) => describe(base, typed),
                    Err(_) => base,
                }
            }
        }
        G::CommunicationError(source)
        | G::ResponseBodyError(source)
        | G::InvalidUpgrade(source) => {
            // Only a connection never made proves the request unsent.
            if !idempotent && !source.is_connect() {
                return outcome_unknown(operation, source).at(vendor, operation);
            }
            if let Some(too_large) = find_source::<apitokens_core::execute::BodyTooLarge>(&source) {
                return Error::new(ErrorKind::Decode)
                    .with_message(too_large.to_string())
                    .at(vendor, operation);
            }
            let mut error = Error::new(ErrorKind::Transport);
            if let Some(status) = source.status() {
                error = error.with_status(status.as_u16());
            }
            error.with_source(source.without_url())
        }
        G::InvalidResponsePayload(_, source) => {
            // Only the position: serde's message may quote a value (a secret).
            Error::new(ErrorKind::Decode).with_message(format!(
                "{} at line {} column {}",
                match source.classify() {
                    serde_json::error::Category::Io => "I/O error",
                    serde_json::error::Category::Syntax => "malformed JSON",
                    serde_json::error::Category::Data => "unexpected JSON shape",
                    serde_json::error::Category::Eof => "truncated JSON",
                },
                source.line(),
                source.column()
            ))
        }
        G::InvalidRequest(message) | G::Custom(message) => Error::configuration(message),
    };
    error.at(vendor, operation)
}

/// A call that must not be repeated lost its answer after it may have
/// reached the server.
fn outcome_unknown(operation: &str, source: reqwest::Error) -> Error {
    let effect = if operation.starts_with("create") {
        "the token may have been created"
    } else {
        "it may have taken effect"
    };
    Error::new(ErrorKind::OutcomeUnknown)
        .with_message(format!(
            "the request was sent but its answer was lost, and it is not repeated: {effect}; \
             check with `apitokens list` before trying again"
        ))
        .with_source(source.without_url())
}

/// The first error of type `T` in `error`'s source chain.
fn find_source<'a, T: std::error::Error + 'static>(
    error: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut current = Some(error);
    while let Some(error) = current {
        if let Some(found) = error.downcast_ref::<T>() {
            return Some(found);
        }
        current = error.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_vendor_operation_status_code_message_and_request_id() {
        let error = Error::new(ErrorKind::Vendor)
            .with_status(200)
            .with_code(Some("Tokens.NotExist".into()))
            .with_message("The token does not exist.")
            .with_request_id(Some("484D9DDA".into()))
            .at(Vendor::EmrServerlessSpark, "getLivyComputeToken");
        assert_eq!(
            error.to_string(),
            "emr-serverless-spark getLivyComputeToken: vendor error (HTTP 200): Tokens.NotExist: The token does not exist. [request id 484D9DDA]"
        );
    }

    #[test]
    fn violations_are_listed() {
        let error = Error::new(ErrorKind::InvalidRequest)
            .with_status(400)
            .with_message("Constraints violated.")
            .with_violations(vec![Violation {
                field: Some("pageSize".into()),
                location: Some("QUERY".into()),
                message: "must be greater than or equal to 100".into(),
            }])
            .at(Vendor::Dynatrace, "listApiTokens");
        assert_eq!(
            error.to_string(),
            "dynatrace listApiTokens: invalid request (HTTP 400): Constraints violated.; pageSize: must be greater than or equal to 100"
        );
        assert_eq!(error.violations()[0].location.as_deref(), Some("QUERY"));
    }

    #[cfg(feature = "astra")]
    #[test]
    fn unsupported_says_what_the_vendor_supports() {
        let error = Error::unsupported(Vendor::Astra, "updateToken", "token scopes");
        assert_eq!(error.kind(), ErrorKind::Unsupported);
        assert_eq!(
            error.message(),
            Some(
                "Astra does not support token scopes; Astra supports: create (with labels), rename, revoke, rotate"
            )
        );
    }

    #[test]
    fn statuses_map_to_kinds() {
        assert_eq!(kind_for_status(400), ErrorKind::InvalidRequest);
        assert_eq!(kind_for_status(401), ErrorKind::Unauthorized);
        assert_eq!(kind_for_status(403), ErrorKind::Forbidden);
        assert_eq!(kind_for_status(404), ErrorKind::NotFound);
        assert_eq!(kind_for_status(409), ErrorKind::Conflict);
        assert_eq!(kind_for_status(422), ErrorKind::InvalidRequest);
        assert_eq!(kind_for_status(429), ErrorKind::RateLimited);
        assert_eq!(kind_for_status(503), ErrorKind::Server);
        assert!(Error::new(ErrorKind::Server).is_retryable());
        assert!(!Error::new(ErrorKind::NotFound).is_retryable());
    }
}
