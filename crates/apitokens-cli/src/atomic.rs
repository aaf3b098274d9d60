//! Files written whole or not at all (`audit --write-baseline`, `report`).

use std::io::{self, Write};
use std::path::Path;

/// Who may read the file written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Readers {
    /// Its owner only (0600): an inventory of tokens.
    Owner,
    /// As the file it replaces, else the usual 0644: nothing secret.
    Usual,
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file in
/// the same directory, flushed to disk, then renamed over `path` (an
/// existing file is replaced). A full disk or an interruption leaves the
/// old file, or none, never half of one.
pub(crate) fn write_whole(path: &Path, bytes: &[u8], readers: Readers) -> io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    // tempfile's files are private (0600) and removed if the rename never
    // happens.
    let mut temp = tempfile::Builder::new()
        .prefix(".apitokens-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    #[cfg(unix)]
    if readers == Readers::Usual {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path)
            .map(|metadata| metadata.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        temp.as_file().set_permissions(permissions)?;
    }
    temp.persist(path).map_err(|error| error.error)?;
    Ok(())
}
