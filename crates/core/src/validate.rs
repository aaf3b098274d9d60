//! Checks on values that go into request paths and host names: IDs from
//! users, and IDs from servers before they are used in another request.

use std::fmt;

/// A path parameter that must not be sent: it could make a request reach
/// another path than its operation's, or it is not an ID at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidPathParam {
    /// The parameter, e.g. `id` or `account_id`.
    pub name: &'static str,
    /// Why the value was refused (the value itself is not repeated: it may
    /// be a pasted secret).
    pub reason: &'static str,
}

impl fmt::Display for InvalidPathParam {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {}: {}", self.name, self.reason)
    }
}

impl std::error::Error for InvalidPathParam {}

/// Refuses what no vendor ID contains and what could change the request's
/// path once decoded by a server or proxy: empty values, `.` and `..`, and
/// `/`, `\`, `?`, `#`, `%`, `;` or control characters (`..;` reaches Java
/// servers as `..`: they cut path parameters at `;`). Everything else is
/// sent percent-encoded as one path segment.
pub fn path_param(name: &'static str, value: &str) -> Result<(), InvalidPathParam> {
    let invalid = |reason| Err(InvalidPathParam { name, reason });
    if value.is_empty() {
        return invalid("it is empty");
    }
    if value == "." || value == ".." {
        return invalid("`.` and `..` are not IDs");
    }
    if value
        .chars()
        .any(|c| matches!(c, '/' | '\\' | '?' | '#' | '%' | ';'))
    {
        return invalid("it contains `/`, `\\`, `?`, `#`, `%` or `;`");
    }
    if value.chars().any(char::is_control) {
        return invalid("it contains control characters");
    }
    Ok(())
}

/// A region ID that cannot be one: it becomes part of a host name
/// (`emr-serverless-spark.{region}.aliyuncs.com`) and of every query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRegion {
    /// The region as given (a region ID is no secret).
    pub region: String,
}

impl fmt::Display for InvalidRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a region ID (like cn-hangzhou)", self.region)
    }
}

impl std::error::Error for InvalidRegion {}

/// Checks a region ID (`cn-hangzhou`, `ap-southeast-1`): ASCII letters,
/// digits and `-`, and not empty, so it cannot change the host name it is
/// put into.
pub fn region(region: &str) -> Result<(), InvalidRegion> {
    if !region.is_empty()
        && region
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        Ok(())
    } else {
        Err(InvalidRegion {
            region: region.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_could_escape_their_segment_are_refused() {
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            "..%2F",
            "a?b",
            "a#b",
            "a\\b",
            "a\nb",
            "a\u{0}b",
            "%2e%2e",
            "..;",
            "a;b",
            ";jsessionid=x",
        ] {
            assert!(path_param("id", bad).is_err(), "{bad:?} was accepted");
        }
        for good in [
            "dt0c01.ST2EY72KQINMH574WMNVI7YN",
            "lctk-xxxxxxxx",
            "822fab12-c224-5d1f-8118-5fb5d2def8b9",
            "a b",
            "ü",
        ] {
            assert_eq!(path_param("id", good), Ok(()), "{good:?}");
        }
        assert_eq!(
            path_param("token_id", "../x").map_err(|e| e.to_string()),
            Err("invalid token_id: it contains `/`, `\\`, `?`, `#`, `%` or `;`".to_string())
        );
    }

    #[test]
    fn regions_are_host_name_labels() {
        for good in ["cn-hangzhou", "ap-southeast-1", "us-east-1"] {
            assert_eq!(region(good), Ok(()), "{good}");
        }
        for bad in [
            "",
            "cn-hangzhou.evil.example#",
            "a/b",
            "cn hangzhou",
            "x@y",
            "cn_hangzhou",
        ] {
            assert!(region(bad).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(
            region("a.b").map_err(|e| e.to_string()),
            Err("\"a.b\" is not a region ID (like cn-hangzhou)".to_string())
        );
    }
}
