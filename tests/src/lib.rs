//! Workspace-level integration tests live in `tests/tests/`. This library
//! compiles the root README's examples as doctests, so they stay true.
#![doc = include_str!("../../README.md")]

use std::sync::{Arc, Mutex};

/// A log writer that keeps everything written to it.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut buffer) = self.0.lock() {
            buffer.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `run` with every `tracing` event at TRACE level written to a
/// buffer, and returns its result with everything that was logged.
pub fn capture_trace<T>(run: impl FnOnce() -> T) -> (T, String) {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let result = tracing::subscriber::with_default(subscriber, run);
    let logs = captured.0.lock().map(|b| b.clone()).unwrap_or_default();
    (result, String::from_utf8_lossy(&logs).into_owned())
}
