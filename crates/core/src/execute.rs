//! Sending one call: attempts, waits, limits. Every vendor client's
//! `ClientHooks::exec` comes here, so the policy lives in one place.
//!
//! Written by hand rather than with a retry crate: the decision to retry
//! reads the answer (status, `Retry-After`, `x-acs-retry-after`, a vendor's
//! throttling code in the body), each retry must be re-signed, and the total
//! deadline shortens each attempt's timeout; a crate's generic loop would need
//! all of that passed back in.

use std::fmt;
use std::time::{Duration, Instant};

use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, HeaderMap, HeaderValue};

use crate::policy::Policy;

/// The vendor-specific parts of sending a call.
pub struct Call<'a> {
    /// The operation, for logs.
    pub operation: &'a str,
    /// Whether the operation may be sent again once it may have reached the
    /// server: the spec's `x-idempotent` (else its method), from the
    /// generated `OPERATIONS` table. A create is not: sent twice, it makes two
    /// tokens.
    pub idempotent: bool,
    /// Re-authenticates a request before it is sent again (Alibaba: a fresh
    /// date, nonce and signature). Returns `false` when it cannot, which ends
    /// the retries.
    pub prepare_retry: &'a (dyn Fn(&mut reqwest::Request) -> bool + Send + Sync),
    /// The JSON body given to an error answer that has none, so the
    /// generated client can decode it and keep its status.
    pub empty_error_body: fn(StatusCode) -> String,
    /// Whether an error answer's body says "throttled" (Alibaba answers
    /// `Throttling.*` codes with HTTP 400 or 503).
    pub is_throttling: fn(&[u8]) -> bool,
}

impl fmt::Debug for Call<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("operation", &self.operation)
            .field("idempotent", &self.idempotent)
            .finish_non_exhaustive()
    }
}

/// A response body larger than [`Policy::max_response_bytes`]; the source
/// of the error reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// The limit that was exceeded.
    pub limit: u64,
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the response body is larger than the limit of {} bytes",
            self.limit
        )
    }
}

impl std::error::Error for BodyTooLarge {}

/// Set by [`execute`] on the answer of a call that was sent again after an
/// attempt that may have reached the server (its answer was lost, or a
/// gateway answered 502–504), so a caller can tell that an earlier attempt
/// may have taken effect (a retried DELETE answered "not found" most likely
/// deleted on the attempt whose answer was lost). Retries after a refused
/// connection or a throttled attempt do not set it: those attempts did
/// nothing. A copy sent by the server is removed.
pub const RETRIED_HEADER: &str = "x-apitokens-retried";

/// Marks (or unmarks) `response` as the answer of a call an earlier attempt
/// of which may have taken effect.
fn mark_retried(
    mut response: reqwest::Response,
    earlier_may_have_applied: bool,
) -> reqwest::Response {
    let headers = response.headers_mut();
    headers.remove(RETRIED_HEADER);
    if earlier_may_have_applied {
        headers.insert(RETRIED_HEADER, HeaderValue::from_static("1"));
    }
    response
}

/// What one attempt came to, as far as trying again is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attempt {
    /// The request certainly did not reach the server: no connection was
    /// made (refused, DNS, TLS handshake), so no byte of it was written.
    NotSent,
    /// The request may have reached the server, and no answer came: the
    /// connection was reset or closed, or the answer's head was unreadable.
    AnswerLost,
    /// The connection or the answer timed out.
    TimedOut,
    /// The server throttled the request: 429, or a vendor's throttling code.
    Throttled,
    /// A gateway or the server was unavailable: 502, 503, 504.
    Unavailable,
    /// Any other failure or answer: trying again would not change it.
    Final,
}

impl Attempt {
    fn of_error(error: &reqwest::Error) -> Self {
        if error.is_timeout() {
            Attempt::TimedOut
        } else if error.is_connect() {
            // hyper-util's `Connect` kind: the connector (TCP, DNS, TLS)
            // failed, before the request was handed to a connection. No
            // other error proves the request unsent: `is_request()` also
            // covers failures after the server has read the request.
            Attempt::NotSent
        } else if error.is_request() {
            Attempt::AnswerLost
        } else {
            Attempt::Final
        }
    }

    fn of_answer(status: StatusCode, throttled: bool) -> Self {
        match status.as_u16() {
            429 => Attempt::Throttled,
            _ if throttled => Attempt::Throttled,
            502..=504 => Attempt::Unavailable,
            _ => Attempt::Final,
        }
    }
}

/// The retry rule (docs/FAULTS.md): a request that never left, and a
/// throttled one (the server refused it unprocessed), may always be sent
/// again; one that may have reached the server only when the operation is
/// idempotent. Timeouts are the caller's deadline, never retried.
fn may_retry(idempotent: bool, attempt: Attempt) -> bool {
    match attempt {
        Attempt::NotSent | Attempt::Throttled => true,
        Attempt::AnswerLost | Attempt::Unavailable => idempotent,
        Attempt::TimedOut | Attempt::Final => false,
    }
}

/// The wait a server asks for: `Retry-After` (seconds or an HTTP date) or
/// Alibaba's `x-acs-retry-after` (milliseconds).
pub fn server_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(millis) = text("x-acs-retry-after").and_then(|v| v.parse::<u64>().ok()) {
        return Some(Duration::from_millis(millis));
    }
    let value = text("retry-after")?;
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(
        when.duration_since(std::time::SystemTime::now())
            .unwrap_or_default(),
    )
}

/// Sends `request` under `policy`: retries what may be retried, bounds every
/// attempt by the call's remaining time, limits the body size, and gives
/// bodiless error answers a decodable body.
pub async fn execute(
    client: &reqwest::Client,
    request: reqwest::Request,
    policy: &Policy,
    call: &Call<'_>,
) -> reqwest::Result<reqwest::Response> {
    // A total timeout beyond what an `Instant` can hold means no deadline,
    // not an overflow panic (`Policy` fields are public; any value may come).
    let deadline = Instant::now().checked_add(policy.total_timeout);
    let mut request = request;
    let mut retry = 0u32;
    let mut earlier_may_have_applied = false;
    loop {
        let spare = (retry < policy.retry.max_retries)
            .then(|| request.try_clone())
            .flatten();
        let remaining = deadline.map_or(policy.request_timeout, |deadline| {
            deadline.saturating_duration_since(Instant::now())
        });
        *request.timeout_mut() = Some(
            policy
                .request_timeout
                .min(remaining)
                .max(Duration::from_millis(1)),
        );

        let (wait, outcome, attempt) = match client.execute(request).await {
            Err(error) if may_retry(call.idempotent, Attempt::of_error(&error)) => {
                let attempt = Attempt::of_error(&error);
                (Some(policy.retry.backoff(retry)), Err(error), attempt)
            }
            Err(error) => return Err(error),
            Ok(response)
                if !(response.status().is_client_error()
                    || response.status().is_server_error()) =>
            {
                let response = limit_body(response, policy.max_response_bytes);
                return Ok(mark_retried(response, earlier_may_have_applied));
            }
            Ok(response) => {
                let status = response.status();
                let server_wait = server_retry_after(response.headers());
                let (response, body) =
                    buffer_error(response, policy.max_response_bytes, call.empty_error_body)
                        .await?;
                let throttled = body.as_deref().is_some_and(call.is_throttling);
                let attempt = Attempt::of_answer(status, throttled);
                let retryable = may_retry(call.idempotent, attempt);
                let wait = match (retryable, server_wait) {
                    (false, _) => None,
                    (true, Some(wait)) if wait > policy.retry.max_retry_after => None,
                    (true, Some(wait)) => Some(wait),
                    (true, None) => Some(policy.retry.backoff(retry)),
                };
                (wait, Ok(response), attempt)
            }
        };
        let (Some(mut next), Some(wait)) = (spare, wait) else {
            return outcome.map(|response| mark_retried(response, earlier_may_have_applied));
        };
        // A wait past the deadline, or too long for an `Instant`, ends the call.
        match (Instant::now().checked_add(wait), deadline) {
            (None, _) => {
                return outcome.map(|response| mark_retried(response, earlier_may_have_applied));
            }
            (Some(resume), Some(deadline)) if resume >= deadline => {
                return outcome.map(|response| mark_retried(response, earlier_may_have_applied));
            }
            _ => {}
        }
        let status = outcome.as_ref().map(|r| r.status().as_u16()).ok();
        tracing::info!(
            operation = call.operation,
            attempt = retry.saturating_add(2),
            status,
            delay_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
            "retrying"
        );
        tokio::time::sleep(wait).await;
        if !(call.prepare_retry)(&mut next) {
            return outcome.map(|response| mark_retried(response, earlier_may_have_applied));
        }
        request = next;
        retry += 1;
        earlier_may_have_applied |= matches!(attempt, Attempt::AnswerLost | Attempt::Unavailable);
    }
}

/// The response with its body streamed through a byte counter: past `limit`
/// the read fails with [`BodyTooLarge`] (at once when `Content-Length` says so).
fn limit_body(response: reqwest::Response, limit: u64) -> reqwest::Response {
    // A declared length within the limit needs no counting: HTTP framing ends
    // the body there (and the response keeps its URL). Measured by the
    // benchmark: the wrapper cost 3–9 % per call.
    if response
        .content_length()
        .is_some_and(|length| length <= limit)
    {
        return response;
    }
    let declared_too_large = response
        .content_length()
        .is_some_and(|length| length > limit);
    let (parts, _) = response_parts(&response);
    let mut seen = 0u64;
    let stream = response.bytes_stream().map(move |chunk| {
        let chunk = chunk.map_err(|e| Box::new(e) as Box<dyn std::error::Error + Send + Sync>)?;
        seen += chunk.len() as u64;
        if declared_too_large || seen > limit {
            return Err(
                Box::new(BodyTooLarge { limit }) as Box<dyn std::error::Error + Send + Sync>
            );
        }
        Ok(chunk)
    });
    rebuild(parts, reqwest::Body::wrap_stream(stream))
}

/// Reads an error answer's body (up to `limit`) so it can be inspected, and
/// returns the response rebuilt around it. A body over the limit yields a
/// response whose body read fails with [`BodyTooLarge`]; an empty or non-JSON
/// body is replaced by `empty_error_body(status)`.
async fn buffer_error(
    mut response: reqwest::Response,
    limit: u64,
    empty_error_body: fn(StatusCode) -> String,
) -> reqwest::Result<(reqwest::Response, Option<Vec<u8>>)> {
    let (mut parts, _) = response_parts(&response);
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if (body.len() + chunk.len()) as u64 > limit {
            let error = futures::stream::once(async move {
                Err::<bytes::Bytes, _>(
                    Box::new(BodyTooLarge { limit }) as Box<dyn std::error::Error + Send + Sync>
                )
            });
            return Ok((rebuild(parts, reqwest::Body::wrap_stream(error)), None));
        }
        body.extend_from_slice(&chunk);
    }
    // An empty or non-JSON error body (a proxy's HTML page) would fail to
    // decode and lose the status: it becomes the vendor's empty error body.
    if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err() {
        body = empty_error_body(parts.status).into_bytes();
        parts
            .headers
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    parts.headers.remove(CONTENT_LENGTH);
    Ok((
        rebuild(parts, reqwest::Body::from(body.clone())),
        Some(body),
    ))
}

struct Parts {
    status: StatusCode,
    version: reqwest::Version,
    headers: HeaderMap,
}

fn response_parts(response: &reqwest::Response) -> (Parts, ()) {
    (
        Parts {
            status: response.status(),
            version: response.version(),
            headers: response.headers().clone(),
        },
        (),
    )
}

fn rebuild(parts: Parts, body: reqwest::Body) -> reqwest::Response {
    let mut rebuilt = http::Response::new(body);
    *rebuilt.status_mut() = parts.status;
    *rebuilt.version_mut() = parts.version;
    *rebuilt.headers_mut() = parts.headers;
    reqwest::Response::from(rebuilt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::RetryPolicy;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            if let Ok(value) = HeaderValue::from_str(value) {
                map.insert(*name, value);
            }
        }
        map
    }

    #[test]
    fn server_waits_in_seconds_http_dates_and_alibaba_milliseconds() {
        assert_eq!(
            server_retry_after(&headers(&[("retry-after", "7")])),
            Some(Duration::from_secs(7))
        );
        assert_eq!(
            server_retry_after(&headers(&[("x-acs-retry-after", "1500")])),
            Some(Duration::from_millis(1500))
        );
        let later =
            httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(120));
        let waited = server_retry_after(&headers(&[("retry-after", &later)])).map(|d| d.as_secs());
        assert!(
            waited.is_some_and(|s| (100..=120).contains(&s)),
            "{waited:?}"
        );
        let past = httpdate::fmt_http_date(std::time::SystemTime::UNIX_EPOCH);
        assert_eq!(
            server_retry_after(&headers(&[("retry-after", &past)])),
            Some(Duration::ZERO)
        );
        assert_eq!(
            server_retry_after(&headers(&[("retry-after", "soon")])),
            None
        );
        assert_eq!(server_retry_after(&HeaderMap::new()), None);
    }

    /// Runs one GET under `policy` against a server answering `answer`.
    async fn get_with(
        policy: &Policy,
        answer: wiremock::ResponseTemplate,
    ) -> reqwest::Result<reqwest::Response> {
        let server = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::method("GET"))
            .respond_with(answer)
            .mount(&server)
            .await;
        let client = crate::http::client_builder(&Policy::default()).build()?;
        let request = client.get(server.uri()).build()?;
        let call = Call {
            operation: "test",
            idempotent: true,
            prepare_retry: &|_| true,
            empty_error_body: |_| "{}".to_string(),
            is_throttling: |_| false,
        };
        execute(&client, request, policy, &call).await
    }

    #[tokio::test]
    async fn a_total_timeout_too_large_for_an_instant_means_no_deadline() {
        let endless = Policy::default().with_total_timeout(Duration::MAX);
        let answered = get_with(&endless, wiremock::ResponseTemplate::new(200)).await;
        assert_eq!(answered.map(|r| r.status().as_u16()).ok(), Some(200));
    }

    #[tokio::test]
    async fn a_server_wait_too_large_for_an_instant_ends_the_call() {
        // A server asking for a wait of u64::MAX seconds, under a policy that
        // honours any wait: the call ends with the 429, it does not wait or panic.
        let patient = Policy::default()
            .with_retry(RetryPolicy::default().with_max_retry_after(Duration::MAX));
        let throttled = get_with(
            &patient,
            wiremock::ResponseTemplate::new(429)
                .insert_header("retry-after", u64::MAX.to_string().as_str()),
        )
        .await;
        assert_eq!(throttled.map(|r| r.status().as_u16()).ok(), Some(429));
    }

    #[test]
    fn what_may_be_sent_again_depends_on_the_operation_and_what_happened() {
        use Attempt::*;
        // (attempt, idempotent operation, non-idempotent operation)
        let table = [
            (NotSent, true, true),
            (Throttled, true, true),
            (AnswerLost, true, false),
            (Unavailable, true, false),
            (TimedOut, false, false),
            (Final, false, false),
        ];
        for (attempt, idempotent, other) in table {
            assert_eq!(may_retry(true, attempt), idempotent, "{attempt:?}");
            assert_eq!(may_retry(false, attempt), other, "{attempt:?}");
        }
    }

    #[test]
    fn answers_are_classified_by_status_and_throttling_code() {
        let of = |status: u16, throttled: bool| {
            StatusCode::from_u16(status)
                .ok()
                .map(|s| Attempt::of_answer(s, throttled))
        };
        assert_eq!(of(429, false), Some(Attempt::Throttled));
        assert_eq!(of(400, true), Some(Attempt::Throttled));
        assert_eq!(of(503, true), Some(Attempt::Throttled));
        for status in [502, 503, 504] {
            assert_eq!(of(status, false), Some(Attempt::Unavailable), "{status}");
        }
        for status in [400, 401, 404, 409, 500, 501] {
            assert_eq!(of(status, false), Some(Attempt::Final), "{status}");
        }
    }

    #[tokio::test]
    async fn only_a_refused_connection_proves_a_request_unsent()
    -> Result<(), Box<dyn std::error::Error>> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let client = crate::http::client_builder(&Policy::default())
            .no_proxy()
            .build()?;

        // Nothing listens on the port: the connection is refused.
        let closed = std::net::TcpListener::bind("127.0.0.1:0")?;
        let refused_url = format!("http://{}/", closed.local_addr()?);
        drop(closed);
        let refused = client
            .put(&refused_url)
            .send()
            .await
            .err()
            .ok_or("answered")?;
        assert_eq!(Attempt::of_error(&refused), Attempt::NotSent, "{refused:?}");

        // The server reads the request, then resets the connection.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}/", listener.local_addr()?);
        let server = tokio::spawn(async move {
            for answer in [
                None,
                Some(&b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n"[..]),
            ] {
                let (mut stream, _) = listener.accept().await?;
                let mut request = [0u8; 1024];
                let _ = stream.read(&mut request).await?;
                if let Some(answer) = answer {
                    stream.write_all(answer).await?;
                }
                stream.set_zero_linger()?;
            }
            Ok::<_, std::io::Error>(())
        });
        let reset = client
            .put(&url)
            .body("{}")
            .send()
            .await
            .err()
            .ok_or("answered")?;
        assert_eq!(Attempt::of_error(&reset), Attempt::AnswerLost, "{reset:?}");
        // A head cut short: the server had the request.
        let cut = client
            .put(&url)
            .body("{}")
            .send()
            .await
            .err()
            .ok_or("answered")?;
        assert_eq!(Attempt::of_error(&cut), Attempt::AnswerLost, "{cut:?}");
        server.await??;
        Ok(())
    }
}
