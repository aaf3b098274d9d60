use std::fmt;

use schemars::JsonSchema;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string that a vendor API treats as a credential: an API token, a Livy
/// token's content, a token secret returned at creation.
///
/// Every `type: string, format: password` schema of `specs/` becomes this type
/// in the generated clients. It holds the value in a [`SecretString`] (zeroed
/// on drop) and never shows it in `Debug` or `Display`; read it with
/// [`Secret::expose`], deliberately.
///
/// It serialises to the plain string, because request bodies must carry it
/// (Dynatrace's token lookup, a chosen Livy token): serialising is sending.
#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(SecretString::from(value.into()))
    }

    /// The secret value. Every call site is a place where the secret leaves
    /// its wrapper: keep them few and obvious.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Moves the value into a [`SecretString`], for APIs that speak `secrecy`.
    pub fn into_secret_string(self) -> SecretString {
        self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self::new(value)
    }
}

impl From<SecretString> for Secret {
    fn from(value: SecretString) -> Self {
        Self(value)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Eq for Secret {}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose())
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

impl JsonSchema for Secret {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Secret".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "password",
            "description": "A credential; never logged or printed."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_and_display_never_show_the_value() {
        let secret = Secret::new("dt0c01.ABC.SECRETPART");
        assert_eq!(format!("{secret:?}"), "Secret([redacted])");
        assert_eq!(secret.to_string(), "[redacted]");
        assert_eq!(
            format!("{:#?}", Some(secret.clone())),
            "Some(\n    Secret([redacted]),\n)"
        );
    }

    #[test]
    fn round_trips_through_json_as_a_plain_string() -> Result<(), serde_json::Error> {
        let secret: Secret = serde_json::from_str("\"d25561157a635bb\"")?;
        assert_eq!(secret.expose(), "d25561157a635bb");
        assert_eq!(serde_json::to_string(&secret)?, "\"d25561157a635bb\"");
        assert!(serde_json::from_str::<Secret>("42").is_err());
        Ok(())
    }

    #[test]
    fn its_schema_is_a_password_string() -> Result<(), serde_json::Error> {
        let schema = serde_json::to_value(schemars::schema_for!(Secret))?;
        assert_eq!(schema["type"], "string");
        assert_eq!(schema["format"], "password");
        Ok(())
    }
}
