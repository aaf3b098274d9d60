//! Time as every vendor keeps it: to the millisecond (each vendor's formats
//! are in its folder).

use chrono::{DateTime, Duration, TimeZone, Utc};

/// `time` truncated to milliseconds, as every vendor reports it.
pub(crate) fn to_millis(time: DateTime<Utc>) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(time.timestamp_millis())
        .single()
        .unwrap_or(time)
}

/// `days` after `time`, or `None` past the last date chrono can hold.
pub(crate) fn days_after(time: DateTime<Utc>, days: i64) -> Option<DateTime<Utc>> {
    time.checked_add_signed(Duration::try_days(days)?)
}

/// The current time, to the millisecond.
pub(crate) fn now() -> DateTime<Utc> {
    to_millis(Utc::now())
}
