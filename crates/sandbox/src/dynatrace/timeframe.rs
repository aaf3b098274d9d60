//! Dynatrace's time format, and the timeframes it accepts.

use chrono::{
    DateTime, Datelike, Duration, DurationRound, Months, NaiveDate, NaiveDateTime, TimeZone, Utc,
};

/// Dynatrace's `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`.
pub(super) fn format(time: DateTime<Utc>) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// Parses one of Dynatrace's timeframe formats, relative to `now`:
///
/// * UTC milliseconds (`1605168930144`);
/// * ISO 8601 (`2021-01-25T05:57:01.123+01:00`; UTC without a zone; a space for the `T`;
///   seconds and fractions optional);
/// * relative: `now`, `now-NU` or `now+NU`, with an optional alignment `/A`
///   (units `m h d w M y`; a space stands for a `+` that a query string decoded).
pub(super) fn parse(value: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let value = value.trim_end();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return value
            .parse::<i64>()
            .ok()
            .and_then(|ms| Utc.timestamp_millis_opt(ms).single());
    }
    if let Some(relative) = value.strip_prefix("now") {
        return parse_relative(relative, now);
    }
    parse_absolute(value.trim_start())
}

fn parse_relative(relative: &str, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let (offset, alignment) = match relative.split_once('/') {
        Some((offset, alignment)) => (offset, Some(alignment)),
        None => (relative, None),
    };
    let mut time = now;
    if !offset.is_empty() {
        let (sign, rest) = match offset.as_bytes().first()? {
            b'+' | b' ' => (1i64, &offset[1..]),
            b'-' => (-1i64, &offset[1..]),
            _ => return None,
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let amount: i64 = rest.get(..digits)?.parse().ok()?;
        let unit = rest.get(digits..)?;
        time = shift(time, sign * amount, unit)?;
    }
    match alignment {
        None => Some(time),
        Some(unit) => align(time, unit),
    }
}

fn shift(time: DateTime<Utc>, amount: i64, unit: &str) -> Option<DateTime<Utc>> {
    let months = |n: i64| -> Option<DateTime<Utc>> {
        let magnitude = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
        if n >= 0 {
            time.checked_add_months(magnitude)
        } else {
            time.checked_sub_months(magnitude)
        }
    };
    match unit {
        "m" => time.checked_add_signed(Duration::try_minutes(amount)?),
        "h" => time.checked_add_signed(Duration::try_hours(amount)?),
        "d" => time.checked_add_signed(Duration::try_days(amount)?),
        "w" => time.checked_add_signed(Duration::try_weeks(amount)?),
        "M" => months(amount),
        "y" => months(amount.checked_mul(12)?),
        _ => None,
    }
}

fn align(time: DateTime<Utc>, unit: &str) -> Option<DateTime<Utc>> {
    let date = time.date_naive();
    let midnight = |date: NaiveDate| Some(date.and_hms_opt(0, 0, 0)?.and_utc());
    match unit {
        "m" => time.duration_trunc(Duration::minutes(1)).ok(),
        "h" => time.duration_trunc(Duration::hours(1)).ok(),
        "d" => midnight(date),
        "w" => midnight(date - Duration::days(i64::from(date.weekday().num_days_from_monday()))),
        "M" => midnight(date.with_day(1)?),
        "y" => midnight(NaiveDate::from_ymd_opt(date.year(), 1, 1)?),
        _ => None,
    }
}

fn parse_absolute(value: &str) -> Option<DateTime<Utc>> {
    let value = value.replacen(' ', "T", 1);
    if let Ok(time) = DateTime::parse_from_rfc3339(&value) {
        return Some(time.with_timezone(&Utc));
    }
    for format in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%dT%H:%M%#z"] {
        if let Ok(time) = DateTime::parse_from_str(&value, format) {
            return Some(time.with_timezone(&Utc));
        }
    }
    let naive = value.strip_suffix('Z').unwrap_or(&value);
    for format in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M"] {
        if let Ok(time) = NaiveDateTime::parse_from_str(naive, format) {
            return Some(time.and_utc());
        }
    }
    NaiveDate::parse_from_str(naive, "%Y-%m-%d")
        .ok()
        .and_then(|date| date.and_hms_opt(0, 0, 0))
        .map(|time| time.and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(value: &str) -> DateTime<Utc> {
        parse_absolute(value).unwrap_or_default()
    }

    #[test]
    fn every_documented_format_parses() {
        let now = at("2024-05-15T10:20:30.456Z");
        let parse = |value: &str| super::parse(value, now).map(format);
        assert_eq!(
            parse("1605168930144").as_deref(),
            Some("2020-11-12T08:15:30.144Z")
        );
        assert_eq!(
            parse("2021-01-25T05:57:01.123+01:00").as_deref(),
            Some("2021-01-25T04:57:01.123Z")
        );
        assert_eq!(
            parse("2021-01-25 05:57").as_deref(),
            Some("2021-01-25T05:57:00.000Z")
        );
        assert_eq!(parse("now").as_deref(), Some("2024-05-15T10:20:30.456Z"));
        assert_eq!(
            parse("now+14d").as_deref(),
            Some("2024-05-29T10:20:30.456Z")
        );
        assert_eq!(parse("now 2h").as_deref(), Some("2024-05-15T12:20:30.456Z"));
        assert_eq!(parse("now-1M").as_deref(), Some("2024-04-15T10:20:30.456Z"));
        assert_eq!(
            parse("now-1y/w").as_deref(),
            Some("2023-05-15T00:00:00.000Z")
        );
        assert_eq!(parse("now/d").as_deref(), Some("2024-05-15T00:00:00.000Z"));
        assert_eq!(parse("now/h").as_deref(), Some("2024-05-15T10:00:00.000Z"));
        assert_eq!(parse("now/m").as_deref(), Some("2024-05-15T10:20:00.000Z"));
        for bad in [
            "",
            "now+",
            "now+5x",
            "tomorrow",
            "now-99999999999y",
            "2021-13-01",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
