//! The text files the CLI reads (the config, audit baselines): read within
//! a size limit as UTF-8, and byte offsets turned into line numbers for
//! messages.

use std::io::{self, Read};
use std::path::Path;

/// Why a text file could not be read; each caller words it for its file.
#[derive(Debug)]
pub(crate) enum ReadError {
    /// Larger than the limit (reading stopped there).
    TooLarge,
    NotFound,
    Io(io::Error),
    /// Not UTF-8: the offset of the first invalid byte.
    NotUtf8(usize),
}

/// The file at `path` as text, reading at most `max` bytes (past that, a
/// huge or endless file such as `/dev/zero` is refused, not held).
pub(crate) fn read_limited(path: &Path, max: u64) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    match std::fs::File::open(path).and_then(|file| file.take(max + 1).read_to_end(&mut bytes)) {
        Ok(_) if bytes.len() as u64 > max => Err(ReadError::TooLarge),
        Ok(_) => String::from_utf8(bytes)
            .map_err(|error| ReadError::NotUtf8(error.utf8_error().valid_up_to())),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Err(ReadError::NotFound),
        Err(error) => Err(ReadError::Io(error)),
    }
}

/// The 1-based line of a byte offset, for one message.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(0, |before| before.matches('\n').count())
        + 1
}

/// The lines of a text, for many look-ups: the line starts are found once,
/// each look-up is a binary search (a baseline may have 10^5 entries).
pub(crate) struct Lines(Vec<usize>);

impl Lines {
    pub(crate) fn new(text: &str) -> Self {
        Self(text.match_indices('\n').map(|(at, _)| at).collect())
    }

    /// The 1-based line of a byte offset, as [`line_of`] counts it.
    pub(crate) fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&newline| newline < offset) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_agree_with_counting() {
        let text = "a\nbc\n\nd\n";
        let lines = Lines::new(text);
        for offset in 0..=text.len() {
            assert_eq!(lines.of(offset), line_of(text, offset), "offset {offset}");
        }
    }
}
