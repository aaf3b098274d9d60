//! The facade over real HTTP on loopback: one token type, one error type,
//! paging to the last page, for every vendor.

use apitokens::{AstraSource, DynatraceSource, ErrorKind, Source, Vendor};
use futures::TryStreamExt;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const DT_TOKEN: &str = "dt0c01.FACADETESTPUBLIC.FACADETESTSECRETFACADETESTSECRET";
const ASTRA_TOKEN: &str = "QXN0cmFGYWNhZGVUZXN0U2VjcmV0";
const ACCOUNT: &str = "8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd";
const USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";

fn dynatrace(server: &MockServer) -> Result<DynatraceSource, apitokens::Error> {
    DynatraceSource::new(
        &server.uri(),
        apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string()),
    )
}

fn astra(server: &MockServer) -> Result<AstraSource, apitokens::Error> {
    AstraSource::new(
        &server.uri(),
        ACCOUNT,
        USER,
        apitokens::astra::Credentials::new(ASTRA_TOKEN.to_string()),
    )
}

fn json(status: u16, body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(body)
}

fn query(request: &Request) -> Vec<(String, String)> {
    request
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

#[tokio::test]
async fn dynatrace_lists_every_page_and_later_pages_carry_only_the_key()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let page = |ids: &[&str], next: Option<&str>| {
        let tokens: Vec<_> = ids
            .iter()
            .map(|id| serde_json::json!({"id": id, "name": format!("n-{id}"), "expirationDate": "2031-01-25T05:57:01.123+01:00"}))
            .collect();
        json(
            200,
            serde_json::json!({"apiTokens": tokens, "nextPageKey": next, "pageSize": 2, "totalCount": 5}),
        )
    };
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens"))
        .and(query_param("nextPageKey", "key-2"))
        .respond_with(page(&["c", "d"], Some("key-3")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens"))
        .and(query_param("nextPageKey", "key-3"))
        .respond_with(page(&["e"], None))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/api/v2/apiTokens"))
        .and(query_param("pageSize", "100"))
        .respond_with(page(&["a", "b"], Some("key-2")))
        .mount(&server)
        .await;

    let source: Source = dynatrace(&server)?.with_page_size(100)?.into();
    let tokens = source.list_all().await?;
    let ids: Vec<&str> = tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    assert!(tokens.iter().all(|t| t.vendor == Vendor::Dynatrace));
    assert_eq!(tokens[4].name.as_deref(), Some("n-e"));
    // A +01:00 expiry arrives as UTC.
    assert_eq!(
        tokens[0].expires_at.map(|t| t.to_rfc3339()),
        Some("2031-01-25T04:57:01.123+00:00".to_string())
    );

    let requests = server.received_requests().await.ok_or("recording is off")?;
    assert_eq!(requests.len(), 3);
    let first = query(&requests[0]);
    assert!(
        first.iter().any(|(k, v)| k == "pageSize" && v == "100"),
        "{first:?}"
    );
    assert!(first.iter().any(|(k, v)| k == "fields"
        && v.contains("+expirationDate")
        && v.contains("+lastUsedDate")));
    for later in &requests[1..] {
        let pairs = query(later);
        assert_eq!(
            pairs.len(),
            1,
            "a later page sent more than nextPageKey: {pairs:?}"
        );
        assert_eq!(pairs[0].0, "nextPageKey");
    }
    Ok(())
}

#[tokio::test]
async fn astra_lists_every_page_through_continue() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let list_path = format!("/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens");
    let item = |id: &str| {
        serde_json::json!({"type": "application/astra-token", "version": "1.0", "id": id, "name": format!("n-{id}"),
            "userID": USER, "metadata": {"labels": [{"name": "team", "value": "storage"}],
            "creationTimestamp": "2022-10-06T22:58:16.305662+02:00", "createdBy": USER}})
    };
    let page = |ids: &[&str], next: Option<&str>| {
        let items: Vec<_> = ids.iter().map(|id| item(id)).collect();
        let mut metadata = serde_json::json!({});
        if let Some(next) = next {
            metadata["continue"] = serde_json::json!(next);
        }
        json(
            200,
            serde_json::json!({"items": items, "metadata": metadata}),
        )
    };
    Mock::given(method("GET"))
        .and(path(list_path.as_str()))
        .and(query_param("continue", "c2"))
        .respond_with(page(&["3", "4"], Some("c3")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(list_path.as_str()))
        .and(query_param("continue", "c3"))
        .respond_with(page(&["5"], None))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(list_path.as_str()))
        .respond_with(page(&["1", "2"], Some("c2")))
        .mount(&server)
        .await;

    let source: Source = astra(&server)?.with_page_size(2)?.into();
    let tokens: Vec<_> = source.list().try_collect().await?;
    let ids: Vec<&str> = tokens.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3", "4", "5"]);
    let token = &tokens[0];
    assert_eq!(token.vendor, Vendor::Astra);
    assert_eq!(token.owner.as_deref(), Some(USER));
    assert_eq!(
        token.labels.get("team").map(String::as_str),
        Some("storage")
    );
    // A +02:00 timestamp arrives as UTC.
    assert_eq!(
        token.created_at.map(|t| t.to_rfc3339()),
        Some("2022-10-06T20:58:16.305662+00:00".to_string())
    );
    assert_eq!(token.expires_at, None);
    assert_eq!(token.enabled, None);
    let requests = server.received_requests().await.ok_or("recording is off")?;
    assert_eq!(requests.len(), 3);
    assert!(
        query(&requests[0])
            .iter()
            .any(|(k, v)| k == "limit" && v == "2")
    );
    Ok(())
}

#[tokio::test]
async fn errors_are_classified_per_status_with_the_vendor_message()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    let cases = [
        (400, ErrorKind::InvalidRequest),
        (401, ErrorKind::Unauthorized),
        (403, ErrorKind::Forbidden),
        (404, ErrorKind::NotFound),
        (429, ErrorKind::RateLimited),
        (503, ErrorKind::Server),
    ];
    for (status, _) in cases {
        Mock::given(path(format!("/api/v2/apiTokens/s{status}")))
            .respond_with(
                json(status, serde_json::json!({"error": {"code": status, "message": format!("dt says {status}")}}))
                    .insert_header("retry-after", "30"),
            )
            .mount(&server)
            .await;
        let problem = serde_json::json!({"type": format!("https://astra.netapp.io/problems/{status}"),
            "title": "Problem", "detail": format!("astra says {status}"), "status": status.to_string(),
            "correlationID": "0a9bc3f1-46a6-4a2e-9c1d-2f9f1c6f4e11"});
        Mock::given(path(format!(
            "/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens/s{status}"
        )))
        .respond_with(
            ResponseTemplate::new(status)
                .set_body_raw(problem.to_string(), "application/problem+json"),
        )
        .mount(&server)
        .await;
    }
    // Classification only: a retry of 429/503 would wait out `retry-after`.
    let no_retries = apitokens::Policy::default().with_retry(apitokens::RetryPolicy::none());
    let dynatrace = Source::from(dynatrace(&server)?.with_policy(no_retries.clone())?);
    let astra = Source::from(astra(&server)?.with_policy(no_retries)?);
    for (status, kind) in cases {
        let Err(error) = dynatrace.get(&format!("s{status}")).await else {
            return Err(format!("dynatrace {status} succeeded").into());
        };
        assert_eq!(error.kind(), kind, "{error}");
        assert_eq!(error.status(), Some(status));
        assert_eq!(error.message(), Some(format!("dt says {status}").as_str()));
        assert!(
            error.to_string().starts_with("dynatrace getApiToken: "),
            "{error}"
        );
        assert_eq!(error.retry_after().map(|d| d.as_secs()), Some(30));

        let Err(error) = astra.get(&format!("s{status}")).await else {
            return Err(format!("astra {status} succeeded").into());
        };
        assert_eq!(error.kind(), kind, "{error}");
        assert_eq!(error.status(), Some(status));
        assert_eq!(
            error.request_id(),
            Some("0a9bc3f1-46a6-4a2e-9c1d-2f9f1c6f4e11"),
            "{status}: {error}"
        );
        assert!(
            error.to_string().contains(&format!("astra says {status}")),
            "{error}"
        );
    }
    Ok(())
}

#[tokio::test]
async fn dynatrace_constraint_violations_and_bodiless_404s()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(path("/api/v2/apiTokens/bad"))
        .respond_with(json(400, serde_json::json!({"error": {"code": 400, "message": "Constraints violated.",
            "constraintViolations": [{"path": "id", "message": "must match a token ID", "parameterLocation": "PATH"}]}})))
        .mount(&server)
        .await;
    Mock::given(path("/api/v2/apiTokens/gone"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let source = dynatrace(&server)?;

    let error = source.get("bad").await.err().ok_or("expected an error")?;
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert_eq!(error.violations().len(), 1);
    assert_eq!(error.violations()[0].field.as_deref(), Some("id"));
    assert_eq!(error.violations()[0].location.as_deref(), Some("PATH"));
    assert_eq!(
        error.to_string(),
        "dynatrace getApiToken: invalid request (HTTP 400): Constraints violated.; id: must match a token ID"
    );

    let error = source.get("gone").await.err().ok_or("expected an error")?;
    assert!(error.is_not_found(), "{error}");
    assert_eq!(
        error.to_string(),
        "dynatrace getApiToken: not found (HTTP 404)"
    );
    Ok(())
}

#[tokio::test]
async fn a_heterogeneous_set_lists_together_and_a_failing_source_does_not_stop_the_others()
-> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start().await;
    Mock::given(path("/api/v2/apiTokens"))
        .respond_with(json(
            200,
            serde_json::json!({"apiTokens": [{"id": "dt-1"}], "totalCount": 1}),
        ))
        .mount(&server)
        .await;
    Mock::given(path(format!("/accounts/{ACCOUNT}/core/v1/users/{USER}/tokens")))
        .respond_with(ResponseTemplate::new(401).set_body_raw(
            r#"{"type":"https://astra.netapp.io/problems/3","title":"Missing bearer token","detail":"The request is missing the required bearer token.","status":"401"}"#,
            "application/problem+json",
        ))
        .mount(&server)
        .await;
    let sources = vec![
        Source::from(dynatrace(&server)?),
        Source::from(astra(&server)?),
    ];
    let results: Vec<_> =
        futures::StreamExt::collect(apitokens::list_all_sources(&sources, 2)).await;
    let tokens: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].id, "dt-1");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].vendor(), Some(Vendor::Astra));
    assert!(errors[0].is_auth());
    Ok(())
}

#[test]
fn sources_refuse_plain_http_to_remote_hosts() {
    let credentials = apitokens::dynatrace::Credentials::new(DT_TOKEN.to_string());
    let error = DynatraceSource::new("http://abc12345.live.dynatrace.com", credentials).err();
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("plain http:// is only allowed for loopback hosts"),
        "{message}"
    );
    assert!(!message.contains(DT_TOKEN));
}

/// Answers Dynatrace listings with `pages` pages of `per_page` tokens, the
/// page number in `nextPageKey`, and counts the requests as they arrive.
struct PagedTokens {
    pages: usize,
    per_page: usize,
    started: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    delay: std::time::Duration,
}

impl wiremock::Respond for PagedTokens {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.started
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let page: usize = request
            .url
            .query_pairs()
            .find(|(key, _)| key == "nextPageKey")
            .and_then(|(_, value)| value.parse().ok())
            .unwrap_or(0);
        let tokens: Vec<_> = (0..self.per_page)
            .map(|i| serde_json::json!({"id": format!("dt0c01.T{page}X{i}"), "name": "paged"}))
            .collect();
        let next = (page + 1 < self.pages).then(|| (page + 1).to_string());
        json(
            200,
            serde_json::json!({"apiTokens": tokens, "nextPageKey": next, "pageSize": self.per_page, "totalCount": self.pages * self.per_page}),
        )
        .set_delay(self.delay)
    }
}

async fn paged_server(
    pages: usize,
    per_page: usize,
    delay: std::time::Duration,
) -> (MockServer, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let server = MockServer::start().await;
    let started = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    Mock::given(path("/api/v2/apiTokens"))
        .respond_with(PagedTokens {
            pages,
            per_page,
            started: started.clone(),
            delay,
        })
        .mount(&server)
        .await;
    (server, started)
}

fn requests(counter: &std::sync::atomic::AtomicUsize) -> usize {
    counter.load(std::sync::atomic::Ordering::SeqCst)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listing_sources_together_never_runs_more_than_the_concurrency_at_once()
-> Result<(), Box<dyn std::error::Error>> {
    // Each answer takes 1 s, so a third source could only start a second
    // after the first two did; 200 ms after they have, exactly two have.
    let mut servers = Vec::new();
    let mut sources = Vec::new();
    for _ in 0..4 {
        let (server, started) = paged_server(1, 1, std::time::Duration::from_secs(1)).await;
        sources.push(Source::from(dynatrace(&server)?));
        servers.push((server, started));
    }
    let started = || servers.iter().map(|(_, s)| requests(s)).sum::<usize>();
    let listing = tokio::spawn({
        let sources = sources.clone();
        async move {
            let results: Vec<_> =
                futures::StreamExt::collect(apitokens::list_all_sources(&sources, 2)).await;
            results
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while started() < 2 && std::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(started(), 2, "sources listing at once, concurrency 2");
    let results = listing.await?;
    assert_eq!(results.len(), 4);
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(started(), 4);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_consumer_holds_the_listing_back_and_dropping_the_stream_stops_it()
-> Result<(), Box<dyn std::error::Error>> {
    // 50 pages of 100 tokens; the listing may run ahead of the consumer by
    // about one default page (512 tokens), never by the whole source.
    let (server, pages_requested) = paged_server(50, 100, std::time::Duration::ZERO).await;
    let sources = vec![Source::from(dynatrace(&server)?)];
    let mut stream = apitokens::list_all_sources(&sources, 4);
    let first = futures::StreamExt::next(&mut stream).await;
    assert!(matches!(first, Some(Ok(_))), "{first:?}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let ahead = requests(&pages_requested);
    assert!(
        (1..=8).contains(&ahead),
        "{ahead} of 50 pages fetched for one token consumed"
    );
    drop(stream);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        requests(&pages_requested),
        ahead,
        "pages fetched after the stream was dropped"
    );
    Ok(())
}
