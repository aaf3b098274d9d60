//! Dynatrace token IDs and secrets.

use crate::ids::{UPPER_ALNUM, random_from};

/// A Dynatrace token: `(id, secret)`, the ID `dt0c01.<24 upper alnum>` and
/// the secret `<id>.<64 upper alnum>`.
pub(super) fn dynatrace_token() -> (String, String) {
    let id = format!("dt0c01.{}", random_from(UPPER_ALNUM, 24));
    let secret = format!("{id}.{}", random_from(UPPER_ALNUM, 64));
    (id, secret)
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
    }
}
