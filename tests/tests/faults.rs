//! The fault matrix: every fault against every vendor, through the facade,
//! with the exact outcome, the number of attempts and an upper bound on the
//! time taken. The fault server is a raw TCP server on loopback, so it can
//! also reset connections and cut bodies short. Documented in docs/FAULTS.md.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use apitokens::emr_serverless_spark::signing::AccessKey;
use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, ErrorKind, Policy, RetryPolicy, Source,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    DelayPastTimeout,
    ResetConnection,
    CloseMidBody,
    MalformedJson,
    TruncatedJson,
    WrongContentType,
    HtmlErrorPage,
    Empty500,
    TooManyRequestsThenSuccess,
    TooManyRequestsForever,
    UnavailableWithRetryAfter,
    EmrErrorCodeIn200,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Vendor {
    Dynatrace,
    Astra,
    Emr,
}

const ASTRA_USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";

fn success_body(vendor: Vendor) -> String {
    match vendor {
        Vendor::Dynatrace => r#"{"id":"dt0c01.A","name":"a"}"#.to_string(),
        Vendor::Astra => serde_json::json!({"type": "application/astra-token", "version": "1.0",
            "id": "822fab12-c224-5d1f-8118-5fb5d2def8b9", "name": "a", "userID": ASTRA_USER, "metadata": {}})
        .to_string(),
        Vendor::Emr => r#"{"requestId":"R","code":"1000000","message":"ok","data":{"tokenId":"lctk-1","name":"a"}}"#
            .to_string(),
    }
}

fn response(status: &str, content_type: &str, body: &str, extra: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n{extra}\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Reads one request (head and `content-length` body).
async fn read_request(stream: &mut TcpStream) -> std::io::Result<()> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let read = stream.read(&mut chunk).await?;
        if read == 0 {
            return Ok(());
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                return Ok(());
            }
        }
    }
}

async fn serve(
    mut stream: TcpStream,
    fault: Fault,
    vendor: Vendor,
    attempt: usize,
) -> std::io::Result<()> {
    read_request(&mut stream).await?;
    let ok = success_body(vendor);
    let bytes = match fault {
        Fault::DelayPastTimeout => {
            tokio::time::sleep(Duration::from_secs(2)).await;
            response("200 OK", "application/json", &ok, "")
        }
        Fault::ResetConnection => {
            // SO_LINGER 0: closing sends a TCP reset.
            stream.set_zero_linger()?;
            return Ok(());
        }
        Fault::CloseMidBody => {
            let mut bytes = response("200 OK", "application/json", &ok, "");
            bytes.truncate(bytes.len() - ok.len() / 2);
            bytes
        }
        Fault::MalformedJson => response("200 OK", "application/json", "{\"id\": [unclosed", ""),
        Fault::TruncatedJson => response("200 OK", "application/json", &ok[..ok.len() / 2], ""),
        Fault::WrongContentType => response("200 OK", "text/plain", &ok, ""),
        Fault::HtmlErrorPage => response(
            "500 Internal Server Error",
            "text/html",
            "<html><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>",
            "",
        ),
        Fault::Empty500 => response("500 Internal Server Error", "application/json", "", ""),
        Fault::TooManyRequestsThenSuccess if attempt == 0 => {
            response("429 Too Many Requests", "application/json", "", "")
        }
        Fault::TooManyRequestsThenSuccess => response("200 OK", "application/json", &ok, ""),
        Fault::TooManyRequestsForever => {
            response("429 Too Many Requests", "application/json", "", "")
        }
        Fault::UnavailableWithRetryAfter if attempt == 0 => response(
            "503 Service Unavailable",
            "application/json",
            "",
            "retry-after: 1\r\n",
        ),
        Fault::UnavailableWithRetryAfter => response("200 OK", "application/json", &ok, ""),
        Fault::EmrErrorCodeIn200 => response(
            "200 OK",
            "application/json",
            r#"{"requestId":"R","code":"040003","message":"livy compute token not exist"}"#,
            "",
        ),
    };
    stream.write_all(&bytes).await?;
    stream.shutdown().await
}

/// Starts a fault server; returns its URL and the attempt counter.
async fn fault_server(fault: Fault, vendor: Vendor) -> std::io::Result<(String, Arc<AtomicUsize>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    let attempts = Arc::new(AtomicUsize::new(0));
    let counter = attempts.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let attempt = counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(serve(stream, fault, vendor, attempt));
        }
    });
    Ok((url, attempts))
}

fn source(vendor: Vendor, url: &str) -> Result<Source, apitokens::Error> {
    let policy = Policy::default()
        .with_request_timeout(Duration::from_millis(400))
        .with_total_timeout(Duration::from_secs(4))
        .with_retry(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        );
    Ok(match vendor {
        Vendor::Dynatrace => {
            let credentials = apitokens::dynatrace::Credentials::new("dt0c01.F.SECRET".to_string());
            DynatraceSource::new(url, credentials)?
                .with_policy(policy)?
                .into()
        }
        Vendor::Astra => {
            let credentials = apitokens::astra::Credentials::new("astra-secret".to_string());
            AstraSource::new(url, "acct", ASTRA_USER, credentials)?
                .with_policy(policy)?
                .into()
        }
        Vendor::Emr => {
            let key = AccessKey::new("LTAI-id", "secret".to_string());
            EmrServerlessSparkSource::with_endpoint(url, "cn-hangzhou", "w-1", "lc-1", key)?
                .with_policy(policy)?
                .into()
        }
    })
}

/// What a fault must end in: `None` for success, else the error kind.
fn expected(fault: Fault, vendor: Vendor) -> (Option<ErrorKind>, usize, Duration) {
    let quick = Duration::from_secs(2);
    match fault {
        // A timeout is the caller's deadline: not retried.
        Fault::DelayPastTimeout => (Some(ErrorKind::Transport), 1, quick),
        // A reset before any answer is a connection failure: retried, then reported.
        Fault::ResetConnection => (Some(ErrorKind::Transport), 4, quick),
        Fault::CloseMidBody => (Some(ErrorKind::Transport), 1, quick),
        Fault::MalformedJson | Fault::TruncatedJson => (Some(ErrorKind::Decode), 1, quick),
        // The body is the documented JSON: the content type does not matter.
        Fault::WrongContentType => (None, 1, quick),
        Fault::HtmlErrorPage | Fault::Empty500 => (Some(ErrorKind::Server), 1, quick),
        Fault::TooManyRequestsThenSuccess => (None, 2, quick),
        Fault::TooManyRequestsForever => (Some(ErrorKind::RateLimited), 4, quick),
        Fault::UnavailableWithRetryAfter => (None, 2, Duration::from_secs(3)),
        // Only Alibaba answers errors in an HTTP 200 envelope; the other
        // vendors read the body as a token with unknown fields and no name.
        Fault::EmrErrorCodeIn200 if vendor == Vendor::Emr => (Some(ErrorKind::Vendor), 1, quick),
        Fault::EmrErrorCodeIn200 if vendor == Vendor::Dynatrace => (None, 1, quick),
        Fault::EmrErrorCodeIn200 => (Some(ErrorKind::Decode), 1, quick),
    }
}

const FAULTS: [Fault; 12] = [
    Fault::DelayPastTimeout,
    Fault::ResetConnection,
    Fault::CloseMidBody,
    Fault::MalformedJson,
    Fault::TruncatedJson,
    Fault::WrongContentType,
    Fault::HtmlErrorPage,
    Fault::Empty500,
    Fault::TooManyRequestsThenSuccess,
    Fault::TooManyRequestsForever,
    Fault::UnavailableWithRetryAfter,
    Fault::EmrErrorCodeIn200,
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_against_every_vendor() -> Result<(), Box<dyn std::error::Error>> {
    let only = std::env::var("FAULT_ONLY").ok();
    let mut cases = Vec::new();
    for fault in FAULTS
        .into_iter()
        .filter(|f| only.as_deref().is_none_or(|o| format!("{f:?}") == o))
    {
        for vendor in [Vendor::Dynatrace, Vendor::Astra, Vendor::Emr] {
            // Clients are built before any clock starts: building one loads the
            // platform's trust roots, which would eat into the short timeouts.
            let (url, attempts) = fault_server(fault, vendor).await?;
            let source = source(vendor, &url)?;
            cases.push(tokio::spawn(async move {
                let id = if vendor == Vendor::Astra {
                    "822fab12-c224-5d1f-8118-5fb5d2def8b9"
                } else {
                    "lctk-1"
                };
                let started = Instant::now();
                let result = source.get(id).await;
                let elapsed = started.elapsed();
                let (kind, expected_attempts, bound) = expected(fault, vendor);
                let outcome = result.as_ref().err().map(|e| e.kind());
                let mut problems = Vec::new();
                if outcome != kind {
                    problems.push(format!(
                        "outcome {outcome:?} (expected {kind:?}): {result:?}"
                    ));
                }
                let made = attempts.load(Ordering::SeqCst);
                if made != expected_attempts {
                    problems.push(format!("{made} attempts (expected {expected_attempts})"));
                }
                if elapsed > bound {
                    problems.push(format!("took {elapsed:?} (bound {bound:?})"));
                }
                if let Err(error) = &result {
                    let shown = error.to_string();
                    if shown.contains("<html")
                        || shown.contains("SECRET")
                        || shown.contains("astra-secret")
                    {
                        problems.push(format!("the error quotes a body or a secret: {shown}"));
                    }
                }
                Ok::<_, String>(
                    problems
                        .into_iter()
                        .map(|p| format!("{fault:?} × {vendor:?}: {p}"))
                        .collect::<Vec<_>>(),
                )
            }));
        }
    }
    let mut failures = Vec::new();
    for case in cases {
        failures.extend(case.await??);
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        FAULTS.len() * 3,
        failures.join("\n")
    );
    Ok(())
}
