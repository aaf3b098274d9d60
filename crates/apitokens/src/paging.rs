//! Following a vendor's page cursors to the last page, within bounds: one
//! mechanism for every vendor's listing.

use std::collections::HashMap;
use std::future::Future;
use std::hash::{BuildHasher, RandomState};
use std::time::Duration;

use futures::stream::{self, BoxStream, StreamExt, TryStreamExt};

use crate::error::{Error, ErrorKind};
use crate::{Location, Vendor};

/// How far one source's listing may go before it stops with an
/// [`ErrorKind::Pagination`] error: a page ceiling and a listing deadline.
///
/// The defaults list 10^6 tokens with room to spare (see `docs/FAULTS.md`):
/// at the sources' 500 tokens a page, Dynatrace and Astra need 2 000 pages;
/// at Dynatrace's smallest `pageSize` (100), 10 000, and the ceiling of
/// 20 000 leaves a factor of two beyond that for servers that return short
/// pages; EMR Serverless Spark lists in one request. The deadline of one
/// hour allows 1.8 s for each of 2 000 pages of 500.
///
/// Set them per source with `with_list_limits`, e.g.
/// `DynatraceSource::new(..)?.with_list_limits(ListLimits::default().with_max_pages(50_000))?`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListLimits {
    max_pages: u32,
    timeout: Duration,
}

impl Default for ListLimits {
    fn default() -> Self {
        Self {
            max_pages: Self::DEFAULT_MAX_PAGES,
            timeout: Self::DEFAULT_TIMEOUT,
        }
    }
}

impl ListLimits {
    /// The default page ceiling: 20 000 pages.
    pub const DEFAULT_MAX_PAGES: u32 = 20_000;
    /// The default listing deadline: one hour.
    pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(3600);

    /// At most `max_pages` pages (at least 1): a listing that still has a
    /// next page after that many stops.
    pub fn with_max_pages(mut self, max_pages: u32) -> Self {
        self.max_pages = max_pages;
        self
    }

    /// At most `timeout` spent waiting for the vendor's pages, all pages of
    /// one listing together. Time the caller takes between pages (writing
    /// output, a slow consumer) is not counted: it is not the vendor's.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The page ceiling.
    pub fn max_pages(&self) -> u32 {
        self.max_pages
    }

    /// The listing deadline.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// These limits, unless one of them is zero (no listing could succeed).
    pub(crate) fn checked(self, vendor: Vendor) -> Result<Self, Error> {
        let refuse = |message: &str| Err(Error::configuration(message).at(vendor, "configure"));
        if self.max_pages == 0 {
            return refuse("the page ceiling (max_pages) must be at least 1");
        }
        if self.timeout.is_zero() {
            return refuse("the listing deadline (list_timeout) must be longer than zero");
        }
        Ok(self)
    }
}

/// One page: its items, and the cursor of the next page (`None` on the last).
pub(crate) type Page<T> = (Vec<T>, Option<String>);

/// One listing of one source: what its errors name, and its limits.
pub(crate) struct Pages {
    pub(crate) vendor: Vendor,
    pub(crate) operation: &'static str,
    /// What the vendor calls its cursor (`nextPageKey`, `continue`).
    pub(crate) cursor: &'static str,
    pub(crate) location: Location,
    pub(crate) limits: ListLimits,
}

/// Where a listing is between pages.
struct Progress<F> {
    listing: Pages,
    fetch: F,
    /// `None` once done; `Some(None)` before the first page; else the cursor
    /// of the next page.
    next: Option<Option<String>>,
    /// Pages read so far.
    pages: u32,
    /// Every cursor returned so far, as a hash (cursors may be long and may
    /// carry data), with the page that returned it. At most one entry a
    /// page, so bounded by the page ceiling. A 64-bit hash makes a false
    /// repeat among 20 000 cursors about a 10^-11 chance.
    seen: HashMap<u64, u32>,
    hasher: RandomState,
    /// Time spent waiting for pages.
    spent: Duration,
    /// An error to end with, after the page just yielded.
    failed: Option<Error>,
}

impl Pages {
    /// The items of every page, fetching page after page with `fetch` (given
    /// `None` for the first page, then each returned cursor) until a page
    /// has no next cursor. Stops with an [`ErrorKind::Pagination`] error when
    /// a cursor comes back that this listing has seen before (the vendor's
    /// paging loops), when the page ceiling is reached with pages still to
    /// come, or when the deadline passes. Errors name the source and the
    /// page numbers, never a cursor's value.
    pub(crate) fn follow<'a, T, F, Fut>(self, fetch: F) -> BoxStream<'a, Result<T, Error>>
    where
        T: Send + 'a,
        F: FnMut(Option<String>) -> Fut + Send + 'a,
        Fut: Future<Output = Result<Page<T>, Error>> + Send + 'a,
    {
        let start = Progress {
            listing: self,
            fetch,
            next: Some(None),
            pages: 0,
            seen: HashMap::new(),
            hasher: RandomState::new(),
            spent: Duration::ZERO,
            failed: None,
        };
        stream::try_unfold(start, step)
            .map_ok(|items| stream::iter(items.into_iter().map(Ok)))
            .try_flatten()
            .boxed()
    }

    /// The error that stops this listing, saying why.
    fn stopped(&self, why: String) -> Error {
        Error::new(ErrorKind::Pagination)
            .with_message(format!("{}: {why}", self.location))
            .at(self.vendor, self.operation)
    }
}

/// Reads the next page, if any, within the listing's bounds.
async fn step<T, F, Fut>(mut progress: Progress<F>) -> Result<Option<(Vec<T>, Progress<F>)>, Error>
where
    F: FnMut(Option<String>) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    if let Some(error) = progress.failed.take() {
        return Err(error);
    }
    let Some(cursor) = progress.next.take() else {
        return Ok(None);
    };
    let listing = &progress.listing;
    let limits = listing.limits;
    if cursor.is_some() && progress.pages >= limits.max_pages {
        return Err(listing.stopped(format!(
            "more than {} pages (max_pages); raise max_pages if the source really holds that many tokens",
            limits.max_pages
        )));
    }
    let deadline_passed = |pages: u32| {
        listing.stopped(format!(
            "still listing after {}s (list_timeout) and {pages} pages; raise list_timeout if the vendor is this slow",
            limits.timeout.as_secs_f64()
        ))
    };
    let remaining = limits.timeout.saturating_sub(progress.spent);
    if remaining.is_zero() {
        return Err(deadline_passed(progress.pages));
    }
    let started = tokio::time::Instant::now();
    let page = tokio::time::timeout(remaining, (progress.fetch)(cursor)).await;
    progress.spent = progress.spent.saturating_add(started.elapsed());
    let Ok(page) = page else {
        return Err(deadline_passed(progress.pages));
    };
    let (items, next) = page?;
    progress.pages += 1;
    if let Some(next) = &next {
        let hash = progress.hasher.hash_one(next);
        if let Some(first) = progress.seen.insert(hash, progress.pages) {
            progress.failed = Some(progress.listing.stopped(format!(
                "the {} returned with page {} repeats the one returned with page {first}; the vendor's paging loops",
                progress.listing.cursor, progress.pages
            )));
        }
    }
    progress.next = next.map(Some);
    Ok(Some((items, progress)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(limits: ListLimits) -> Pages {
        Pages {
            vendor: Vendor::Dynatrace,
            operation: "listApiTokens",
            cursor: "nextPageKey",
            location: Location::Dynatrace {
                environment_url: "https://abc.live.dynatrace.com".into(),
            },
            limits,
        }
    }

    /// Lists with `next` giving the cursor after each page (numbered from 1);
    /// each page holds its number. Returns the items and the final error.
    fn list(limits: ListLimits, next: fn(u32) -> Option<String>) -> (Vec<u32>, Option<Error>) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build();
        let Ok(runtime) = runtime else {
            return (Vec::new(), None);
        };
        let mut page = 0;
        let fetch = move |_cursor: Option<String>| {
            page += 1;
            let page = page;
            async move { Ok((vec![page], next(page))) }
        };
        runtime.block_on(async {
            let mut stream = pages(limits).follow(fetch);
            let mut items = Vec::new();
            while let Some(item) = stream.next().await {
                match item {
                    Ok(item) => items.push(item),
                    Err(error) => return (items, Some(error)),
                }
            }
            (items, None)
        })
    }

    #[test]
    fn a_listing_ends_at_the_page_without_a_cursor() {
        let (items, error) = list(ListLimits::default(), |page| {
            (page < 3).then(|| format!("k{page}"))
        });
        assert_eq!(items, [1, 2, 3]);
        assert!(error.is_none());
    }

    #[test]
    fn a_cursor_seen_before_stops_the_listing_naming_pages_not_the_cursor() {
        // Page 1 → A, 2 → B, 3 → A: a cycle of two.
        let (items, error) = list(ListLimits::default(), |page| {
            Some(
                if page % 2 == 1 {
                    "cursor-A"
                } else {
                    "cursor-B"
                }
                .to_string(),
            )
        });
        assert_eq!(items, [1, 2, 3], "every page read once, then the error");
        let error = error.map(|e| (e.kind(), e.to_string()));
        let Some((kind, message)) = error else {
            panic!("no error");
        };
        assert_eq!(kind, ErrorKind::Pagination);
        assert!(
            message.contains("page 3 repeats the one returned with page 1"),
            "{message}"
        );
        assert!(message.contains("https://abc.live.dynatrace.com"));
        assert!(!message.contains("cursor-A"), "{message}");
    }

    #[test]
    fn the_page_ceiling_stops_endless_fresh_cursors() {
        let limits = ListLimits::default().with_max_pages(4);
        let (items, error) = list(limits, |page| Some(format!("fresh-{page}")));
        assert_eq!(items, [1, 2, 3, 4]);
        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("more than 4 pages (max_pages)"),
            "{message}"
        );
        assert!(!message.contains("fresh-"), "{message}");
    }

    #[test]
    fn a_ceiling_of_exactly_the_pages_there_are_is_enough() {
        let limits = ListLimits::default().with_max_pages(3);
        let (items, error) = list(limits, |page| (page < 3).then(|| format!("k{page}")));
        assert_eq!(items, [1, 2, 3]);
        assert!(error.is_none());
    }

    #[test]
    fn zero_limits_are_refused_and_huge_ones_are_not() {
        let zero_pages = ListLimits::default().with_max_pages(0);
        assert!(zero_pages.checked(Vendor::Astra).is_err());
        let zero_time = ListLimits::default().with_timeout(Duration::ZERO);
        assert!(zero_time.checked(Vendor::Astra).is_err());
        let huge = ListLimits::default()
            .with_max_pages(u32::MAX)
            .with_timeout(Duration::MAX);
        assert!(huge.checked(Vendor::Astra).is_ok());
        let (items, error) = list(huge, |page| (page < 2).then(|| "k".to_string()));
        assert_eq!(items, [1, 2]);
        assert!(error.is_none());
    }
}
