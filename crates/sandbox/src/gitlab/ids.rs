//! GitLab personal access token secrets (IDs are the store's sequence).

use crate::ids::random_from;

/// The prefix GitLab puts before every personal access token.
pub(super) const PREFIX: &str = "glpat-";

/// URL-safe characters (`A–Z a–z 0–9 - _`), as GitLab's token alphabet.
const URL_SAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A personal access token secret: `glpat-` and 20 URL-safe characters, as
/// GitLab's personal access tokens page documents.
pub(super) fn secret() -> String {
    format!("{PREFIX}{}", random_from(URL_SAFE, 20))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_glpat_and_twenty_url_safe_characters() {
        let secrets: Vec<String> = (0..64).map(|_| secret()).collect();
        for secret in &secrets {
            let rest = secret.strip_prefix(PREFIX).unwrap_or_default();
            assert_eq!(rest.len(), 20, "{secret}");
            assert!(rest.bytes().all(|b| URL_SAFE.contains(&b)), "{secret}");
        }
        assert!(
            secrets
                .iter()
                .any(|s| s[PREFIX.len()..].contains(['-', '_']))
        );
    }
}
