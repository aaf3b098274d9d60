//! Reading a next-page cursor that a vendor sends in a response header
//! (GitLab's `x-next-page`), for the facade's one paginator, which takes
//! each page's cursor as an optional string.

use reqwest::header::HeaderMap;

/// The next page's cursor in header `name`: its value, trimmed, or `None`
/// when the header is missing, empty (GitLab sends `x-next-page:` empty on
/// the last page) or not visible ASCII.
pub fn header_cursor(headers: &HeaderMap, name: &str) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn an_empty_or_missing_header_is_the_last_page() -> Result<(), http::header::InvalidHeaderValue>
    {
        let mut headers = HeaderMap::new();
        assert_eq!(header_cursor(&headers, "x-next-page"), None);
        headers.insert("x-next-page", HeaderValue::from_static(""));
        assert_eq!(header_cursor(&headers, "x-next-page"), None);
        headers.insert("x-next-page", HeaderValue::from_static(" 3 "));
        assert_eq!(header_cursor(&headers, "X-Next-Page").as_deref(), Some("3"));
        headers.insert("x-next-page", HeaderValue::from_bytes(b"\xff")?);
        assert_eq!(header_cursor(&headers, "x-next-page"), None);
        Ok(())
    }
}
