//! Astra identifiers and API token secrets.

use base64::Engine;
use rand::RngExt;

/// An Astra identifier (a lower-case UUIDv4).
pub(super) fn astra_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// An Astra API token secret: URL-safe base64 (with padding) of 33 random
/// bytes, like NetApp's own sample token (`-`, `_`; astra-automation docs).
pub(super) fn astra_secret() -> String {
    let mut bytes = [0u8; 33];
    rand::rng().fill(&mut bytes[..]);
    base64::engine::general_purpose::URL_SAFE.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(astra_secret().ends_with(|c: char| c != '='));
        assert_eq!(astra_secret().len(), 44);
    }

    #[test]
    fn astra_secrets_are_url_safe_base64() {
        let secrets: Vec<String> = (0..64).map(|_| astra_secret()).collect();
        for secret in &secrets {
            assert!(!secret.contains(['+', '/']), "{secret}");
            assert!(
                base64::engine::general_purpose::URL_SAFE
                    .decode(secret)
                    .is_ok_and(|bytes| bytes.len() == 33)
            );
        }
        // 64 × 44 random characters without `-` or `_` would be a broken alphabet.
        assert!(secrets.iter().any(|s| s.contains(['-', '_'])));
    }
}
