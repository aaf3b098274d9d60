//! How every vendor client talks HTTP: timeouts, retries and limits, in one
//! place and with one set of defaults.

use std::time::Duration;

/// Everything a generated client carries besides its base URL and HTTP
/// client: the vendor's credentials and the HTTP [`Policy`].
#[derive(Debug, Clone)]
pub struct Settings<C> {
    /// The vendor's credentials (their `Debug` is redacted).
    pub credentials: C,
    /// Timeouts, retries and limits.
    pub policy: Policy,
}

impl<C> Settings<C> {
    /// Credentials with the default [`Policy`].
    pub fn new(credentials: C) -> Self {
        Self {
            credentials,
            policy: Policy::default(),
        }
    }
}

/// Timeouts, retries and limits of every call.
///
/// | setting | default |
/// |---|---|
/// | `connect_timeout` | 10 s |
/// | `request_timeout` (one attempt) | 30 s |
/// | `total_timeout` (the whole call, retries and waits included) | 120 s |
/// | `retry.max_retries` | 3 (0 disables) |
/// | `retry.initial_backoff` / `max_backoff` | 250 ms / 8 s, exponential with full jitter |
/// | `retry.max_retry_after` (longest server-requested wait honoured) | 60 s |
/// | `max_response_bytes` | 16 MiB |
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Policy {
    /// How long a TCP + TLS connection may take.
    pub connect_timeout: Duration,
    /// How long one attempt may take, from sending to the last body byte.
    pub request_timeout: Duration,
    /// How long a whole call may take, every attempt and wait included.
    pub total_timeout: Duration,
    /// When and how often to try again.
    pub retry: RetryPolicy,
    /// The largest response body accepted; a larger one is refused without
    /// being held in memory whole.
    pub max_response_bytes: u64,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            total_timeout: Duration::from_secs(120),
            retry: RetryPolicy::default(),
            max_response_bytes: 16 * 1024 * 1024,
        }
    }
}

impl Policy {
    /// Sets the connect timeout.
    pub fn with_connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sets the timeout of one attempt.
    pub fn with_request_timeout(mut self, timeout: Duration) -> Self {
        self.request_timeout = timeout;
        self
    }

    /// Sets the timeout of a whole call.
    pub fn with_total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = timeout;
        self
    }

    /// Sets the retry policy.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Sets the largest response body accepted.
    pub fn with_max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }
}

/// When to try a call again: only idempotent methods (GET, HEAD, PUT,
/// DELETE, OPTIONS; never a create), only after a connection failure or an
/// answer that says "later" (429, 502, 503, 504, or a vendor's throttling
/// code), with exponential backoff and full jitter. A server's `Retry-After`
/// (seconds or HTTP date) or Alibaba's `x-acs-retry-after` (milliseconds)
/// sets the wait instead; a wait longer than `max_retry_after` ends the call
/// with the throttling answer, so the caller sees the server's delay.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Retries after the first attempt; 0 disables retrying.
    pub max_retries: u32,
    /// The backoff ceiling of the first retry; doubled for each further one.
    pub initial_backoff: Duration,
    /// The largest backoff ceiling.
    pub max_backoff: Duration,
    /// The longest server-requested wait that is honoured.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Retries at most `max_retries` times.
    pub fn with_max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = max_retries;
        self
    }

    /// Sets the first and the largest backoff ceilings.
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Sets the longest server-requested wait that is honoured.
    pub fn with_max_retry_after(mut self, max: Duration) -> Self {
        self.max_retry_after = max;
        self
    }

    /// The wait before retry number `retry` (0 for the first): a uniformly
    /// random duration up to `min(max_backoff, initial_backoff × 2^retry)`
    /// ("full jitter", which spreads clients that failed together).
    pub fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self
            .initial_backoff
            .saturating_mul(2u32.saturating_pow(retry.min(31)))
            .min(self.max_backoff);
        let millis = u64::try_from(ceiling.as_millis()).unwrap_or(u64::MAX);
        Duration::from_millis(fastrand::u64(0..=millis))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_full_jitter_under_a_growing_capped_ceiling() {
        let policy = RetryPolicy::default();
        for _ in 0..200 {
            assert!(policy.backoff(0) <= Duration::from_millis(250));
            assert!(policy.backoff(2) <= Duration::from_millis(1000));
            assert!(policy.backoff(40) <= Duration::from_secs(8));
        }
        let spread: std::collections::BTreeSet<_> = (0..50).map(|_| policy.backoff(3)).collect();
        assert!(spread.len() > 10, "not jittered: {spread:?}");
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let policy = Policy::default();
        assert_eq!(policy.retry.max_retries, 3);
        assert_eq!(policy.max_response_bytes, 16 * 1024 * 1024);
        assert_eq!(RetryPolicy::none().max_retries, 0);
    }
}
