//! Listing several sources at once: the one fan-out of the facade, used by
//! [`list_all_sources`](crate::list_all_sources) (tokens interleaved) and
//! [`list_in_order`] (each source's tokens in turn, as the CLI prints them).
//!
//! Inside a tokio runtime (which reqwest needs anyway) every source is listed
//! on its own task, so pages are decoded on every worker thread rather than
//! on the caller's alone. Each task hands its tokens on in chunks (a decoded
//! page's worth, up to [`CHUNK`]) through its own channel of [`AHEAD`] chunks:
//! a slow consumer holds the listing back instead of buffering it, so memory
//! stays bounded whatever a source holds. At most `concurrency` sources list
//! at once; their permits are taken in the sources' order, so in order the
//! source being handed on always has one (or is done) and none waits on a
//! later one. Dropping the stream aborts every task. A task that panics
//! re-raises its panic in the consumer, as listing in place would have.

use std::sync::Arc;

use futures::stream::{self, BoxStream, StreamExt};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::{Connected, Error, ErrorKind, Source, Token};

/// Chunks of tokens one source's listing may get ahead of the consumer.
pub(crate) const AHEAD: usize = 2;
/// The most tokens in one chunk: about a default page.
pub(crate) const CHUNK: usize = 500;

/// What the listing of one of several sources hands on, in order.
#[derive(Debug)]
#[non_exhaustive]
pub enum Batch {
    /// Some of the source's tokens, in the order the vendor gave them.
    Tokens(Vec<Token>),
    /// The source is done: every token was handed on, or it failed (the
    /// tokens handed on before the failure stand).
    Done(Result<(), Error>),
}

/// Something several of which can be listed at once: a [`Source`], or a
/// configured entry ([`Connected`]: one source or a group).
pub trait Listable: Clone + Send + Sync + 'static {
    /// Every token, in chunks as they arrive; the stream ends after an error.
    fn chunks(&self) -> BoxStream<'_, Result<Vec<Token>, Error>>;
}

impl Listable for Source {
    fn chunks(&self) -> BoxStream<'_, Result<Vec<Token>, Error>> {
        // A chunk is what the source has ready, up to CHUNK; an error ends it.
        self.list()
            .ready_chunks(CHUNK)
            .flat_map(|chunk| {
                let mut tokens = Vec::with_capacity(chunk.len());
                let mut items = Vec::new();
                for item in chunk {
                    match item {
                        Ok(token) => tokens.push(token),
                        Err(error) => {
                            if !tokens.is_empty() {
                                items.push(Ok(std::mem::take(&mut tokens)));
                            }
                            items.push(Err(error));
                        }
                    }
                }
                if !tokens.is_empty() {
                    items.push(Ok(tokens));
                }
                stream::iter(items)
            })
            .boxed()
    }
}

impl Listable for Connected {
    fn chunks(&self) -> BoxStream<'_, Result<Vec<Token>, Error>> {
        match self.single() {
            Some(source) => source.chunks(),
            // A group (an EMR workspace): its members are few and list in one
            // request each (no paging); read them two at a time, in order.
            None => stream::once(self.sources())
                .flat_map(|members| match members {
                    Ok(members) => stream::iter(members)
                        .map(|member| async move { member.list_all().await })
                        .buffered(2)
                        .boxed(),
                    Err(error) => stream::iter([Err(error)]).boxed(),
                })
                .boxed(),
        }
    }
}

/// Lists `items`, at most `concurrency` at a time (at least one), and yields
/// what each finds in the items' order: its index, then its tokens as they
/// arrive, then its outcome ([`Batch::Done`], always last for an item).
/// Memory stays bounded (see the module documentation). Outside a tokio
/// runtime the items are listed one after the other on the caller's task.
pub fn list_in_order<L: Listable>(
    items: Vec<L>,
    concurrency: usize,
) -> BoxStream<'static, (usize, Batch)> {
    stream::iter(listings(items, concurrency)).flatten().boxed()
}

/// Like [`list_in_order`], with the items' batches interleaved as they
/// arrive (each still in its own order).
pub(crate) fn list_interleaved<L: Listable>(
    items: Vec<L>,
    concurrency: usize,
) -> BoxStream<'static, (usize, Batch)> {
    stream::select_all(listings(items, concurrency)).boxed()
}

/// One stream per item, each ending with its [`Batch::Done`].
fn listings<L: Listable>(
    items: Vec<L>,
    concurrency: usize,
) -> Vec<BoxStream<'static, (usize, Batch)>> {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return items
            .into_iter()
            .enumerate()
            .map(|(index, item)| in_place(index, item))
            .collect();
    };
    let permits = Arc::new(Semaphore::new(concurrency.max(1)));
    let mut previous_started: Option<oneshot::Receiver<()>> = None;
    let mut streams = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let (sender, receiver) = mpsc::channel(AHEAD);
        let (started, next_started) = oneshot::channel();
        let after = previous_started.replace(next_started);
        let permits = Arc::clone(&permits);
        let task = runtime.spawn(async move {
            if let Some(after) = after {
                // Whether the previous item started or ended, it is our turn.
                let _ = after.await;
            }
            // The semaphore is never closed, so this only fails if it were.
            let Ok(_permit) = permits.acquire_owned().await else {
                return;
            };
            let _ = started.send(());
            let mut chunks = item.chunks();
            while let Some(chunk) = chunks.next().await {
                let (batch, last) = match chunk {
                    Ok(tokens) => (Batch::Tokens(tokens), false),
                    Err(error) => (Batch::Done(Err(error)), true),
                };
                if sender.send(batch).await.is_err() {
                    return; // the consumer dropped the stream
                }
                if last {
                    return;
                }
            }
            let _ = sender.send(Batch::Done(Ok(()))).await;
        });
        streams.push(drain(index, receiver, AbortOnDrop(Some(task))));
    }
    streams
}

/// What a drained item still holds: its channel and its task.
type Draining = (mpsc::Receiver<Batch>, AbortOnDrop);

/// An item's batches from its task; when the task ended without an outcome,
/// its panic is raised again here, or (cancelled: only a runtime shutting
/// down does that) an error says so.
fn drain(
    index: usize,
    receiver: mpsc::Receiver<Batch>,
    task: AbortOnDrop,
) -> BoxStream<'static, (usize, Batch)> {
    stream::unfold(
        Some((receiver, task)),
        move |state: Option<Draining>| async move {
            let (mut receiver, mut task) = state?;
            match receiver.recv().await {
                Some(Batch::Done(outcome)) => Some(((index, Batch::Done(outcome)), None)),
                Some(batch) => Some(((index, batch), Some((receiver, task)))),
                None => {
                    let outcome = match task.0.take() {
                        Some(handle) => match handle.await {
                            Err(failure) if failure.is_panic() => {
                                std::panic::resume_unwind(failure.into_panic())
                            }
                            _ => cancelled(),
                        },
                        None => cancelled(),
                    };
                    Some(((index, Batch::Done(outcome)), None))
                }
            }
        },
    )
    .boxed()
}

fn cancelled() -> Result<(), Error> {
    Err(Error::new(ErrorKind::Transport).with_message("the listing was cancelled"))
}

/// An item listed on the caller's task (outside a runtime).
fn in_place<L: Listable>(index: usize, item: L) -> BoxStream<'static, (usize, Batch)> {
    stream::once(async move {
        let mut batches = Vec::new();
        let mut chunks = item.chunks();
        let mut outcome = Ok(());
        while let Some(chunk) = chunks.next().await {
            match chunk {
                Ok(tokens) => batches.push((index, Batch::Tokens(tokens))),
                Err(error) => {
                    outcome = Err(error);
                    break;
                }
            }
        }
        drop(chunks);
        batches.push((index, Batch::Done(outcome)));
        stream::iter(batches)
    })
    .flatten()
    .boxed()
}

/// A listing task, aborted when its stream is dropped.
struct AbortOnDrop(Option<tokio::task::JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(task) = &self.0 {
            task.abort();
        }
    }
}
