//! Random strings from an alphabet, for the vendors' identifiers and secrets
//! (each vendor's shapes are in its folder's `ids.rs`).

use rand::RngExt;

pub(crate) const UPPER_ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
pub(crate) const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
pub(crate) const LOWER_HEX: &[u8] = b"0123456789abcdef";

/// `len` characters drawn uniformly from `alphabet` (at most 256 symbols):
/// random bytes in bulk, rejecting those past the largest multiple of the
/// alphabet's size, so that seeding 100 000 tokens stays cheap.
pub(crate) fn random_from(alphabet: &[u8], len: usize) -> String {
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
