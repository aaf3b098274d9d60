//! Alibaba Cloud and EMR Serverless Spark identifiers, token contents,
//! request IDs and AccessKeys.

use crate::ids::{LOWER_ALNUM, LOWER_HEX, UPPER_ALNUM, random_from};

/// An EMR workspace ID, `w-<16 hex>`.
pub(super) fn emr_workspace() -> String {
    format!("w-{}", random_from(LOWER_HEX, 16))
}

/// A Livy Gateway ID, `lc-<16 lower alnum>`.
pub(super) fn emr_gateway() -> String {
    format!("lc-{}", random_from(LOWER_ALNUM, 16))
}

/// A Livy token ID, `lctk-<16 lower alnum>`.
pub(super) fn livy_token_id() -> String {
    format!("lctk-{}", random_from(LOWER_ALNUM, 16))
}

/// A Livy token's content (32 lower hex, as the console generates).
pub(super) fn livy_token_content() -> String {
    random_from(LOWER_HEX, 32)
}

/// An Alibaba request ID: an upper-case UUID.
pub(super) fn request_id() -> String {
    uuid::Uuid::new_v4().to_string().to_ascii_uppercase()
}

/// An Alibaba AccessKey ID (`LTAI` + 20 alnum) or STS AccessKey ID (`STS.` + 25).
pub(super) fn access_key_id(sts: bool) -> String {
    if sts {
        format!("STS.{}", random_from(UPPER_ALNUM, 25))
    } else {
        format!("LTAI{}", random_from(UPPER_ALNUM, 20))
    }
}

/// An AccessKey secret (30 alnum) or STS security token (long, opaque).
pub(super) fn access_key_secret(len: usize) -> String {
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
        assert!(livy_token_id().starts_with("lctk-"));
        assert_eq!(request_id().len(), 36);
    }
}
