//! Interrupts (Ctrl-C, SIGTERM) while a command holds a new secret: the first
//! one is noted, and the command stops at its next safe point (the new secret
//! delivered, or its token revoked) and says which tokens exist; a second one
//! stops the process at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Watches for interrupts from creation until dropped.
#[derive(Debug)]
pub(crate) struct Interrupts {
    seen: Arc<AtomicBool>,
    watcher: Option<tokio::task::JoinHandle<()>>,
}

impl Interrupts {
    /// Starts watching; the handlers are installed before this returns, so
    /// an interrupt from then on is noted rather than killing the process.
    pub(crate) fn watch() -> Self {
        let seen = Arc::new(AtomicBool::new(false));
        let watcher = listen(Arc::clone(&seen));
        Self { seen, watcher }
    }

    /// Whether an interrupt arrived.
    pub(crate) fn seen(&self) -> bool {
        self.seen.load(Ordering::SeqCst)
    }
}

impl Drop for Interrupts {
    fn drop(&mut self) {
        if let Some(watcher) = &self.watcher {
            watcher.abort();
        }
    }
}

#[cfg(unix)]
fn listen(seen: Arc<AtomicBool>) -> Option<tokio::task::JoinHandle<()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut interrupt), Ok(mut terminate)) = (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) else {
        tracing::warn!("cannot watch for interrupts: an interrupt will stop the command at once");
        return None;
    };
    Some(tokio::spawn(async move {
        loop {
            tokio::select! {
                Some(()) = interrupt.recv() => {}
                Some(()) = terminate.recv() => {}
                else => return,
            }
            if seen.swap(true, Ordering::SeqCst) {
                say!(
                    "error: interrupted again: stopped at once; check which tokens exist with `apitokens list`"
                );
                std::process::exit(130);
            }
            say!(
                "interrupted: finishing safely so that no new secret is lost (interrupt again to stop at once)"
            );
        }
    }))
}

#[cfg(not(unix))]
fn listen(_seen: Arc<AtomicBool>) -> Option<tokio::task::JoinHandle<()>> {
    None
}
