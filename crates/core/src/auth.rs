//! Pieces of request authentication that every vendor client shares.

use secrecy::{ExposeSecret, SecretString};

use crate::http::InvalidHeaderValue;

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

/// A credential sent in a request header (`Authorization: Bearer …`,
/// GitLab's `PRIVATE-TOKEN: …`), built and validated once per set of
/// credentials rather than formatted on every call; the value is marked
/// sensitive, and `Debug` shows the header's name only.
#[derive(Clone)]
pub struct CredentialHeader {
    name: reqwest::header::HeaderName,
    value: Result<reqwest::header::HeaderValue, InvalidHeaderValue>,
}

impl CredentialHeader {
    /// `name: <value>`. A value that no header can carry is reported by
    /// [`CredentialHeader::apply`].
    pub fn new(name: reqwest::header::HeaderName, value: &SecretString) -> Self {
        let value = reqwest::header::HeaderValue::from_str(value.expose_secret())
            .map(|mut header| {
                header.set_sensitive(true);
                header
            })
            .map_err(|_| InvalidHeaderValue {
                header: name.to_string(),
            });
        Self { name, value }
    }

    /// `Authorization: <scheme> <token>` (`Api-Token`, `Bearer`).
    pub fn authorization(scheme: &str, token: &SecretString) -> Self {
        // A `SecretString`, so the formatted copy is zeroed when dropped.
        let value = SecretString::from(format!("{scheme} {}", token.expose_secret()));
        Self::new(reqwest::header::AUTHORIZATION, &value)
    }

    /// Sets the header on `request`.
    pub fn apply(&self, request: &mut reqwest::Request) -> Result<(), InvalidHeaderValue> {
        let value = self.value.clone()?;
        request.headers_mut().insert(self.name.clone(), value);
        Ok(())
    }
}

impl std::fmt::Debug for CredentialHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CredentialHeader({}: [redacted])", self.name)
    }
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
    fn authorization_is_a_sensitive_header_and_never_shown()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        let authorization = CredentialHeader::authorization("Bearer", &SecretString::from("abc"));
        authorization.apply(&mut request)?;
        let value = &request.headers()[reqwest::header::AUTHORIZATION];
        assert_eq!(value, "Bearer abc");
        assert!(value.is_sensitive());
        assert!(!format!("{:?}", request.headers()).contains("abc"));
        assert_eq!(
            format!("{authorization:?}"),
            "CredentialHeader(authorization: [redacted])"
        );
        Ok(())
    }

    #[test]
    fn any_header_can_carry_a_credential_sensitively() -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        let private_token = CredentialHeader::new(
            reqwest::header::HeaderName::from_static("private-token"),
            &SecretString::from("glpat-abc"),
        );
        private_token.apply(&mut request)?;
        let value = &request.headers()["PRIVATE-TOKEN"];
        assert_eq!(value, "glpat-abc");
        assert!(value.is_sensitive());
        assert!(
            request
                .headers()
                .get(reqwest::header::AUTHORIZATION)
                .is_none()
        );
        assert_eq!(
            format!("{private_token:?}"),
            "CredentialHeader(private-token: [redacted])"
        );
        Ok(())
    }

    #[test]
    fn a_token_no_header_can_carry_fails_when_applied_without_showing_it()
    -> Result<(), Box<dyn std::error::Error>> {
        let mut request =
            reqwest::Request::new(reqwest::Method::GET, "https://example.test/".parse()?);
        let authorization =
            CredentialHeader::authorization("Bearer", &SecretString::from("ab\ncd"));
        let error = authorization
            .apply(&mut request)
            .err()
            .ok_or("expected an error")?;
        assert_eq!(
            error.to_string(),
            "the credential for the `authorization` header contains characters that HTTP headers cannot carry"
        );
        assert!(
            request
                .headers()
                .get(reqwest::header::AUTHORIZATION)
                .is_none()
        );
        Ok(())
    }
}
