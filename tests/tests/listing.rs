//! Every listing ends: a page cursor that repeats (at once or in a cycle),
//! or a server handing out fresh cursors forever, stops the listing with a
//! typed error within the source's page ceiling and deadline, over real HTTP
//! on loopback.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, Error, ErrorKind, ListLimits, Source,
    Token,
};
use futures::StreamExt;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ACCOUNT: &str = "8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd";
const USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";
/// Cursors carry this, so a test can tell if an error quotes one.
const CURSOR_MARK: &str = "CURSORVALUE";

/// Which cursor a server hands out with page `n` (counted from 1), if any.
type NextCursor = fn(u32) -> Option<String>;

fn repeats_at_once(_page: u32) -> Option<String> {
    Some(format!("{CURSOR_MARK}-same"))
}

fn cycles_between_two(page: u32) -> Option<String> {
    Some(format!(
        "{CURSOR_MARK}-{}",
        if page % 2 == 1 { "A" } else { "B" }
    ))
}

fn fresh_forever(page: u32) -> Option<String> {
    Some(format!("{CURSOR_MARK}-{page}"))
}

#[derive(Clone, Copy)]
enum Vendor {
    Dynatrace,
    Astra,
}

/// Serves page after page in request order (a listing asks for one page at
/// a time), each with one token and the cursor `next` gives, and counts them.
struct Pages {
    vendor: Vendor,
    next: NextCursor,
    served: Arc<AtomicU32>,
    delay: Duration,
}

impl wiremock::Respond for Pages {
    fn respond(&self, _request: &Request) -> ResponseTemplate {
        let page = self.served.fetch_add(1, Ordering::SeqCst) + 1;
        let next = (self.next)(page);
        let body = match self.vendor {
            Vendor::Dynatrace => serde_json::json!({
                "apiTokens": [{"id": format!("dt0c01.PAGE{page}"), "name": "paged"}],
                "nextPageKey": next, "pageSize": 1, "totalCount": 1_000_000,
            }),
            Vendor::Astra => {
                let mut metadata = serde_json::json!({});
                if let Some(next) = next {
                    metadata["continue"] = serde_json::json!(next);
                }
                serde_json::json!({
                    "items": [{"type": "application/astra-token", "version": "1.0",
                        "id": format!("page-{page}"), "name": "paged", "userID": USER,
                        "metadata": {}}],
                    "metadata": metadata,
                })
            }
        };
        ResponseTemplate::new(200)
            .set_body_json(body)
            .set_delay(self.delay)
    }
}

async fn server(vendor: Vendor, next: NextCursor, delay: Duration) -> (MockServer, Arc<AtomicU32>) {
    let server = MockServer::start().await;
    let served = Arc::new(AtomicU32::new(0));
    let list_path = match vendor {
        Vendor::Dynatrace => "/api/v2/apiTokens".to_string(),
        Vendor::Astra => format!("/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens"),
    };
    Mock::given(method("GET"))
        .and(path(list_path.as_str()))
        .respond_with(Pages {
            vendor,
            next,
            served: Arc::clone(&served),
            delay,
        })
        .mount(&server)
        .await;
    (server, served)
}

fn source(vendor: Vendor, server: &MockServer, limits: ListLimits) -> Result<Source, Error> {
    Ok(match vendor {
        Vendor::Dynatrace => {
            let credentials = apitokens::dynatrace::Credentials::new("dt0c01.L.SECRET".to_string());
            DynatraceSource::new(&server.uri(), credentials)?
                .with_list_limits(limits)?
                .into()
        }
        Vendor::Astra => {
            let credentials = apitokens::astra::Credentials::new("astra-secret".to_string());
            AstraSource::new(&server.uri(), ACCOUNT, USER, credentials)?
                .with_list_limits(limits)?
                .into()
        }
    })
}

/// Lists `source` to its end: the tokens, then the error it ended with. A
/// listing that has not ended after 30 s fails the test rather than hang it
/// (a safety net, not a timing assertion: the bounds here end it in
/// milliseconds).
async fn list(source: &Source) -> Result<(Vec<Token>, Option<Error>), Box<dyn std::error::Error>> {
    let listing = async {
        let mut stream = source.list();
        let mut tokens = Vec::new();
        while let Some(item) = stream.next().await {
            match item {
                Ok(token) => tokens.push(token),
                Err(error) => return (tokens, Some(error)),
            }
        }
        (tokens, None)
    };
    tokio::time::timeout(Duration::from_secs(30), listing)
        .await
        .map_err(|_| "the listing did not end".into())
}

/// The error a listing ended with, checked to be a pagination error that
/// names the source (`names` is part of its scope) and never quotes a cursor.
fn stopped(error: Option<Error>, names: &str) -> Result<String, Box<dyn std::error::Error>> {
    let error = error.ok_or("the listing ended without an error")?;
    let message = error.to_string();
    assert_eq!(error.kind(), ErrorKind::Pagination, "{message}");
    assert!(!message.contains(CURSOR_MARK), "a cursor leaked: {message}");
    assert!(!format!("{error:?}").contains(CURSOR_MARK), "{error:?}");
    assert!(message.contains(names), "names the source: {message}");
    Ok(message)
}

#[tokio::test]
async fn a_cursor_that_repeats_stops_the_listing_after_the_second_page()
-> Result<(), Box<dyn std::error::Error>> {
    for vendor in [Vendor::Dynatrace, Vendor::Astra] {
        let (server, served) = server(vendor, repeats_at_once, Duration::ZERO).await;
        let source = source(vendor, &server, ListLimits::default())?;
        let (tokens, error) = list(&source).await?;
        let message = stopped(error, &server.uri())?;
        assert!(
            message.contains("page 2 repeats the one returned with page 1"),
            "{message}"
        );
        assert_eq!(served.load(Ordering::SeqCst), 2, "{message}");
        assert_eq!(tokens.len(), 2, "each page's tokens once");
    }
    Ok(())
}

#[tokio::test]
async fn a_cursor_cycle_of_two_stops_the_listing() -> Result<(), Box<dyn std::error::Error>> {
    for vendor in [Vendor::Dynatrace, Vendor::Astra] {
        let (server, served) = server(vendor, cycles_between_two, Duration::ZERO).await;
        let source = source(vendor, &server, ListLimits::default())?;
        let (tokens, error) = list(&source).await?;
        let message = stopped(error, &server.uri())?;
        assert!(
            message.contains("page 3 repeats the one returned with page 1"),
            "{message}"
        );
        assert_eq!(served.load(Ordering::SeqCst), 3, "{message}");
        assert_eq!(tokens.len(), 3);
    }
    Ok(())
}

#[tokio::test]
async fn fresh_cursors_forever_stop_at_the_page_ceiling() -> Result<(), Box<dyn std::error::Error>>
{
    for vendor in [Vendor::Dynatrace, Vendor::Astra] {
        let (server, served) = server(vendor, fresh_forever, Duration::ZERO).await;
        let limits = ListLimits::default().with_max_pages(25);
        let source = source(vendor, &server, limits)?;
        let (tokens, error) = list(&source).await?;
        let message = stopped(error, &server.uri())?;
        assert!(
            message.contains("more than 25 pages (max_pages)"),
            "{message}"
        );
        assert_eq!(served.load(Ordering::SeqCst), 25);
        assert_eq!(tokens.len(), 25);
    }
    Ok(())
}

#[tokio::test]
async fn fresh_cursors_forever_stop_at_the_listing_deadline()
-> Result<(), Box<dyn std::error::Error>> {
    for vendor in [Vendor::Dynatrace, Vendor::Astra] {
        // 50 ms a page against a 300 ms deadline: a handful of pages, far
        // below the ceiling.
        let (server, served) = server(vendor, fresh_forever, Duration::from_millis(50)).await;
        let limits = ListLimits::default().with_timeout(Duration::from_millis(300));
        let source = source(vendor, &server, limits)?;
        let (_, error) = list(&source).await?;
        let message = stopped(error, &server.uri())?;
        assert!(message.contains("(list_timeout)"), "{message}");
        assert!(served.load(Ordering::SeqCst) < 100);
    }
    Ok(())
}

#[tokio::test]
async fn an_emr_listing_is_one_request_within_the_listing_deadline()
-> Result<(), Box<dyn std::error::Error>> {
    // EMR Serverless Spark has no paging: its one request still counts
    // against the listing deadline, like every vendor's pages.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"code": "1000000", "data": {"tokens": []}}))
                .set_delay(Duration::from_secs(20)),
        )
        .mount(&server)
        .await;
    let key =
        apitokens::emr_serverless_spark::signing::AccessKey::new("LTAI-id", "secret".to_string());
    let source: Source =
        EmrServerlessSparkSource::with_endpoint(&server.uri(), "cn-hangzhou", "w-1", "lc-1", key)?
            .with_list_limits(ListLimits::default().with_timeout(Duration::from_millis(200)))?
            .into();
    let (_, error) = list(&source).await?;
    let message = stopped(error, "workspace w-1 gateway lc-1")?;
    assert!(message.contains("(list_timeout) and 0 pages"), "{message}");
    Ok(())
}

#[tokio::test]
async fn an_honest_listing_at_the_ceiling_ends_normally() -> Result<(), Box<dyn std::error::Error>>
{
    fn three_pages(page: u32) -> Option<String> {
        (page < 3).then(|| format!("k{page}"))
    }
    for vendor in [Vendor::Dynatrace, Vendor::Astra] {
        let (server, _) = server(vendor, three_pages, Duration::ZERO).await;
        let source = source(vendor, &server, ListLimits::default().with_max_pages(3))?;
        let (tokens, error) = list(&source).await?;
        assert!(error.is_none(), "{error:?}");
        assert_eq!(tokens.len(), 3);
    }
    Ok(())
}

#[test]
fn zero_limits_are_refused_when_the_source_is_built() {
    let credentials = apitokens::dynatrace::Credentials::new("dt0c01.L.SECRET".to_string());
    let built = DynatraceSource::new("http://127.0.0.1:9", credentials);
    let Ok(built) = built else {
        panic!("{built:?}");
    };
    let refused = built.with_list_limits(ListLimits::default().with_max_pages(0));
    assert_eq!(
        refused.err().map(|e| e.kind()),
        Some(ErrorKind::Configuration)
    );
}

/// An EMR entry without `livy_compute_id` is every Livy Gateway of the
/// workspace, found with `listLivyCompute` (the sandbox serves two): no
/// placeholder gateway is ever requested.
#[tokio::test]
async fn an_emr_workspace_source_lists_every_livy_gateway() -> Result<(), Box<dyn std::error::Error>>
{
    use apitokens::{ExposeSecret, SelectError, SourceConfig};
    use apitokens_sandbox::Sandbox;
    use futures::TryStreamExt;

    let sandbox = Sandbox::builder().with_demo_data().start().await?;
    let credentials = sandbox.credentials();
    let config: SourceConfig = serde_json::from_value(serde_json::json!({
        "vendor": "emr-serverless-spark",
        "region": credentials.region(),
        "workspace_id": credentials.workspace_id(),
        "endpoint": sandbox.emr_endpoint(),
        "access_key_id_env": "KEY_ID",
        "access_key_secret_env": "KEY_SECRET",
    }))?;
    let (id, secret) = (
        credentials.access_key_id().to_string(),
        credentials.access_key_secret().expose_secret().to_string(),
    );
    let env = move |name: &str| match name {
        "KEY_ID" => Some(id.clone()),
        "KEY_SECRET" => Some(secret.clone()),
        _ => None,
    };
    let connected = config
        .connect(&env, Default::default(), Default::default())
        .map_err(|e| format!("{e:?}"))?;
    assert!(connected.single().is_none());
    let gateways = connected.sources().await?;
    let ids: Vec<String> = gateways
        .iter()
        .filter_map(|gateway| match gateway.location() {
            apitokens::Location::EmrServerlessSpark {
                livy_compute_id, ..
            } => Some(livy_compute_id),
            _ => None,
        })
        .collect();
    assert!(ids.len() >= 2, "{ids:?}");
    assert!(
        ids.iter().any(|id| id == credentials.livy_compute_id()),
        "{ids:?}"
    );
    assert!(!ids.iter().any(|id| id == "lc-discover"), "{ids:?}");
    // Every gateway's tokens, through the one fan-out.
    let mut listed = 0;
    for gateway in &gateways {
        listed += gateway.list_all().await?.len();
    }
    let together: Vec<_> = apitokens::list_all_sources(&gateways, 2)
        .try_collect()
        .await?;
    assert_eq!(together.len(), listed);
    assert!(listed > 0);
    // The one fan-out, in order: every batch of the first item, its outcome,
    // then the second's (here the workspace twice).
    let mut seen = Vec::new();
    let mut tokens = 0;
    let mut batches = apitokens::list_in_order(vec![connected.clone(), connected.clone()], 2);
    while let Some((index, batch)) = futures::StreamExt::next(&mut batches).await {
        // Nothing of an item before every earlier item is done.
        assert_eq!(
            seen.len(),
            index,
            "item {index} before item {} ended",
            seen.len()
        );
        match batch {
            apitokens::Batch::Tokens(some) => tokens += some.len(),
            apitokens::Batch::Done(outcome) => {
                outcome?;
                seen.push(index);
            }
            _ => {}
        }
    }
    assert_eq!(seen, [0, 1]);
    assert_eq!(tokens, 2 * listed);
    // Creating needs a gateway: several, so one must be named.
    let adapter = config.adapter();
    match connected.select(adapter, None).await {
        Err(SelectError::Ambiguous(named)) => assert_eq!(named.len(), ids.len()),
        other => return Err(format!("{other:?}").into()),
    }
    let chosen = connected
        .select(adapter, Some(credentials.livy_compute_id()))
        .await
        .map_err(|e| format!("{e:?}"))?;
    assert_eq!(
        adapter.member_of(&chosen.location()).as_deref(),
        Some(credentials.livy_compute_id())
    );
    Ok(())
}
