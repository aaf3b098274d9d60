//! Pieces of request authentication that every vendor client shares.

use secrecy::{ExposeSecret, SecretString};

use crate::http::{InvalidHeaderValue, set_sensitive_header};

/// A credential's environment variable is not set, or is empty. Only the
/// variable's name is kept, never a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingEnv {
    /// The variable that was read.
    pub variable: &'static str,
    /// What the variable should hold, for the message.
    pub expected: &'static str,
}

impl std::fmt::Display for MissingEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "environment variable {} is not set; export {}",
            self.variable, self.expected
        )
    }
}

impl std::error::Error for MissingEnv {}

/// Reads a credential from the environment, trimmed; unset and empty are errors.
pub fn secret_from_env(
    variable: &'static str,
    expected: &'static str,
) -> Result<SecretString, MissingEnv> {
    match std::env::var(variable) {
        Ok(value) if !value.trim().is_empty() => Ok(SecretString::from(value.trim().to_string())),
        _ => Err(MissingEnv { variable, expected }),
    }
}

/// Sets `Authorization: <scheme> <token>` as a sensitive header.
pub fn authorize(
    request: &mut reqwest::Request,
    scheme: &str,
    token: &SecretString,
) -> Result<(), InvalidHeaderValue> {
    let value = format!("{scheme} {}", token.expose_secret());
    set_sensitive_header(
        request.headers_mut(),
        reqwest::header::AUTHORIZATION,
        &value,
    )
}

/// Sets `Accept` to the media types the spec declares for the operation
/// (progenitor asks for `application/json` only, while e.g. Astra answers
/// `application/astra-token+json` and `application/problem+json`).
pub fn accept(request: &mut reqwest::Request, media_types: &str) {
    if let Ok(value) = reqwest::header::HeaderValue::from_str(media_types) {
        request.headers_mut().insert(reqwest::header::ACCEPT, value);
    }
}

/// Sets `Content-Type` to the media type the spec declares for the request
/// body (progenitor sends `application/json`, while e.g. Astra expects
/// `application/astra-token+json`), when the request has a body.
pub fn content_type(request: &mut reqwest::Request, media_type: Option<&str>) {
    let Some(media_type) = media_type else { return };
    if request.body().is_none() {
        return;
    }
    if let Ok(value) = reqwest::header::HeaderValue::from_str(media_type) {
        request
            .headers_mut()
            .insert(reqwest::header::CONTENT_TYPE, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_env_names_the_variable_only() {
        let err = secret_from_env("APITOKENS_TEST_SURELY_UNSET", "an API token").err();
        assert_eq!(
            err.map(|e| e.to_string()).unwrap_or_default(),
            "environment variable APITOKENS_TEST_SURELY_UNSET is not set; export an API token"
        );
    }

    #[test]
    fn authorize_sets_a_sensitive_header() -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        authorize(&mut request, "Bearer", &SecretString::from("abc"))?;
        let value = &request.headers()[reqwest::header::AUTHORIZATION];
        assert_eq!(value, "Bearer abc");
        assert!(value.is_sensitive());
        Ok(())
    }
}
