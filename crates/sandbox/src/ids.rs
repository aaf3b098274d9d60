//! Random identifiers and secrets in each vendor's shape.

use base64::Engine;
use rand::RngExt;

const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const LOWER_HEX: &[u8] = b"0123456789abcdef";

/// `len` characters drawn uniformly from `alphabet` (at most 256 symbols):
/// random bytes in bulk, rejecting those past the largest multiple of the
/// alphabet's size, so that seeding 100 000 tokens stays cheap.
fn random_from(alphabet: &[u8], len: usize) -> String {
    let mut rng = rand::rng();
    let limit = 256 - 256 % alphabet.len();
    let mut out = Vec::with_capacity(len);
    let mut buffer = [0u8; 128];
    while out.len() < len {
        rng.fill(&mut buffer[..]);
        out.extend(
            buffer
                .iter()
                .filter(|byte| usize::from(**byte) < limit)
                .map(|byte| alphabet[usize::from(*byte) % alphabet.len()])
                .take(len - out.len()),
        );
    }
    // The alphabets are ASCII.
    String::from_utf8(out).unwrap_or_default()
}

/// A Dynatrace token: `(id, secret)`, the ID `dt0c01.<24 upper alnum>` and
/// the secret `<id>.<64 upper alnum>`.
pub(crate) fn dynatrace_token() -> (String, String) {
    let id = format!("dt0c01.{}", random_from(UPPER_ALNUM, 24));
    let secret = format!("{id}.{}", random_from(UPPER_ALNUM, 64));
    (id, secret)
}

/// An Astra identifier (a lower-case UUIDv4).
pub(crate) fn astra_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// An Astra API token secret: URL-safe base64 (with padding) of 33 random
/// bytes, like NetApp's own sample token (`-`, `_`; astra-automation docs).
pub(crate) fn astra_secret() -> String {
    let mut bytes = [0u8; 33];
    rand::rng().fill(&mut bytes[..]);
    base64::engine::general_purpose::URL_SAFE.encode(bytes)
}

/// An EMR workspace ID, `w-<16 hex>`.
pub(crate) fn emr_workspace() -> String {
    format!("w-{}", random_from(LOWER_HEX, 16))
}

/// A Livy Gateway ID, `lc-<16 lower alnum>`.
pub(crate) fn emr_gateway() -> String {
    format!("lc-{}", random_from(LOWER_ALNUM, 16))
}

/// A Livy token ID, `lctk-<16 lower alnum>`.
pub(crate) fn livy_token_id() -> String {
    format!("lctk-{}", random_from(LOWER_ALNUM, 16))
}

/// A Livy token's content (32 lower hex, as the console generates).
pub(crate) fn livy_token_content() -> String {
    random_from(LOWER_HEX, 32)
}

/// An Alibaba request ID: an upper-case UUID.
pub(crate) fn request_id() -> String {
    uuid::Uuid::new_v4().to_string().to_ascii_uppercase()
}

/// An Alibaba AccessKey ID (`LTAI` + 20 alnum) or STS AccessKey ID (`STS.` + 25).
pub(crate) fn access_key_id(sts: bool) -> String {
    if sts {
        format!("STS.{}", random_from(UPPER_ALNUM, 25))
    } else {
        format!("LTAI{}", random_from(UPPER_ALNUM, 20))
    }
}

/// An AccessKey secret (30 alnum) or STS security token (long, opaque).
pub(crate) fn access_key_secret(len: usize) -> String {
    random_from(
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
        len,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let (id, secret) = dynatrace_token();
        assert_eq!(id.len(), 7 + 24);
        assert!(secret.starts_with(&format!("{id}.")));
        assert_eq!(secret.len(), id.len() + 1 + 64);
        assert!(astra_secret().ends_with(|c: char| c != '='));
        assert_eq!(astra_secret().len(), 44);
        assert!(livy_token_id().starts_with("lctk-"));
        assert_eq!(request_id().len(), 36);
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
