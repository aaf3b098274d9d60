//! `apitokens list` against a hostile or huge Dynatrace on loopback: a
//! listing whose cursors loop ends with a clear error, and `--format json`
//! writes tokens as the pages arrive instead of holding the whole listing.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{TestResult, code, json, stderr};

const TOKEN: &str = "dt0c01.LISTINGTEST.SECRETSECRETSECRETSECRETSECRET";
/// Cursors carry this, so a test can tell if an output quotes one.
const CURSOR_MARK: &str = "CURSORVALUE";

/// How a server pages.
#[derive(Clone)]
enum Paging {
    /// Every page hands out the same `nextPageKey`.
    Repeating,
    /// Every page hands out a new `nextPageKey`, forever.
    FreshForever,
    /// Page 1 at once; page 2 (the last) only once `release` says so.
    StallBeforeLastPage(Arc<Mutex<mpsc::Receiver<()>>>),
}

/// A Dynatrace list endpoint on loopback (plain HTTP/1.1, keep-alive), one
/// thread per connection. Page `n` holds tokens `dt0c01.P{n}T0..2`.
fn serve(paging: Paging) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    std::thread::spawn(move || {
        let served = Arc::new(Mutex::new(0u32));
        for stream in listener.incoming().flatten() {
            let (paging, served) = (paging.clone(), Arc::clone(&served));
            std::thread::spawn(move || answer(stream, &paging, &served));
        }
    });
    Ok(url)
}

fn answer(mut stream: TcpStream, paging: &Paging, served: &Mutex<u32>) {
    let mut reader = match stream.try_clone() {
        Ok(clone) => BufReader::new(clone),
        Err(_) => return,
    };
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        // Headers to the blank line; list requests have no body.
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header == "\r\n" {
                break;
            }
        }
        let page = match served.lock() {
            Ok(mut served) => {
                *served += 1;
                *served
            }
            Err(_) => return,
        };
        let next = match paging {
            Paging::Repeating => Some(format!("{CURSOR_MARK}-same")),
            Paging::FreshForever => Some(format!("{CURSOR_MARK}-{page}")),
            Paging::StallBeforeLastPage(release) => {
                if page == 1 {
                    Some("p2".to_string())
                } else {
                    if let Ok(release) = release.lock() {
                        let _ = release.recv();
                    }
                    None
                }
            }
        };
        let tokens: Vec<_> = (0..3)
            .map(|i| serde_json::json!({"id": format!("dt0c01.P{page}T{i}"), "name": format!("page {page}")}))
            .collect();
        let body = serde_json::json!({"apiTokens": tokens, "nextPageKey": next, "pageSize": 3, "totalCount": 6})
            .to_string();
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        if stream.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

/// A config with one Dynatrace source `dt` at `url`, plus `extra` keys.
fn config(dir: &tempfile::TempDir, url: &str, extra: &str) -> std::io::Result<PathBuf> {
    let path = dir.path().join("apitokens.toml");
    std::fs::write(
        &path,
        format!(
            "[[source]]\nname = \"dt\"\nvendor = \"dynatrace\"\nurl = \"{url}\"\ntoken_env = \"{}\"\n{extra}",
            common::DT_ENV
        ),
    )?;
    Ok(path)
}

/// `apitokens --config <config> list --format json`, killed after 60 s if it
/// has not ended (a safety net against a listing without end, not a timing
/// assertion: the bounds here end it in milliseconds).
fn list_json(config: &PathBuf) -> Result<std::process::Output, Box<dyn std::error::Error>> {
    let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
    command
        .env_remove("RUST_LOG")
        .env(common::DT_ENV, TOKEN)
        .args(["list", "--format", "json", "--config"])
        .arg(config)
        .timeout(Duration::from_secs(60));
    Ok(command.output()?)
}

#[test]
fn a_repeated_cursor_ends_the_listing_with_a_clear_error_and_no_cursor() -> TestResult {
    let url = serve(Paging::Repeating)?;
    let dir = tempfile::tempdir()?;
    let output = list_json(&config(&dir, &url, "")?)?;
    let errors = stderr(&output);
    assert_eq!(code(&output), 2, "{errors}");
    assert!(
        errors.starts_with(
            "error: dt (dynatrace): dynatrace listApiTokens: the listing did not end: "
        ),
        "{errors}"
    );
    assert!(
        errors
            .contains("the nextPageKey returned with page 2 repeats the one returned with page 1"),
        "{errors}"
    );
    assert!(
        errors.contains("— check max_pages and list_timeout in the source's config entry"),
        "{errors}"
    );
    let rows = json(&output)?;
    assert_eq!(rows.as_array().map(Vec::len), Some(6), "both pages' tokens");
    let everything = format!("{errors}{}", common::stdout(&output));
    assert!(!everything.contains(CURSOR_MARK), "{everything}");
    assert!(!everything.contains(TOKEN));
    Ok(())
}

#[test]
fn fresh_cursors_forever_end_at_the_configured_page_ceiling() -> TestResult {
    let url = serve(Paging::FreshForever)?;
    let dir = tempfile::tempdir()?;
    let output = list_json(&config(&dir, &url, "max_pages = 5\n")?)?;
    let errors = stderr(&output);
    assert_eq!(code(&output), 2, "{errors}");
    assert!(errors.contains("more than 5 pages (max_pages)"), "{errors}");
    assert!(!errors.contains(CURSOR_MARK), "{errors}");
    assert_eq!(json(&output)?.as_array().map(Vec::len), Some(15));
    Ok(())
}

#[test]
fn list_json_writes_the_first_page_before_the_listing_ends() -> TestResult {
    let (release, released) = mpsc::channel();
    let url = serve(Paging::StallBeforeLastPage(Arc::new(Mutex::new(released))))?;
    let dir = tempfile::tempdir()?;
    // A source that collects every page first fails page 2 after this
    // timeout and prints `[]`: the test then fails instead of hanging.
    let config = config(&dir, &url, "timeout = \"20s\"\n")?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_apitokens"))
        .env_remove("RUST_LOG")
        .env(common::DT_ENV, TOKEN)
        .args(["list", "--format", "json", "--config"])
        .arg(&config)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut reader = BufReader::new(stdout);
    let mut seen = String::new();
    // Page 2 is not answered until `release`, so whatever arrives here was
    // written while the listing was still running.
    let first_page = ["dt0c01.P1T0", "dt0c01.P1T1", "dt0c01.P1T2"];
    while !first_page.iter().all(|id| seen.contains(id)) {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            let _ = release.send(());
            return Err(format!("the output ended without page 1's tokens: {seen}").into());
        }
        seen.push_str(&line);
    }
    assert!(!seen.contains("dt0c01.P2"), "page 2 was not served yet");
    release.send(())?;
    reader.read_to_string(&mut seen)?;
    let status = child.wait()?;
    assert_eq!(status.code(), Some(0));
    let rows: serde_json::Value = serde_json::from_str(&seen)?;
    let ids: Vec<&str> = rows
        .as_array()
        .ok_or("not an array")?
        .iter()
        .filter_map(|row| row["id"].as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "dt0c01.P1T0",
            "dt0c01.P1T1",
            "dt0c01.P1T2",
            "dt0c01.P2T0",
            "dt0c01.P2T1",
            "dt0c01.P2T2"
        ]
    );
    Ok(())
}

#[test]
fn list_jsonl_writes_the_first_page_before_the_listing_ends() -> TestResult {
    let (release, released) = mpsc::channel();
    let url = serve(Paging::StallBeforeLastPage(Arc::new(Mutex::new(released))))?;
    let dir = tempfile::tempdir()?;
    let config = config(&dir, &url, "timeout = \"20s\"\n")?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_apitokens"))
        .env_remove("RUST_LOG")
        .env(common::DT_ENV, TOKEN)
        .args(["list", "--format", "jsonl", "--config"])
        .arg(&config)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let mut reader = BufReader::new(stdout);
    let mut lines = Vec::new();
    // Page 2 is not answered until `release`: these three lines were
    // written while the listing was still running.
    while lines.len() < 3 {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            let _ = release.send(());
            return Err(format!("the output ended without page 1's tokens: {lines:?}").into());
        }
        lines.push(line);
    }
    release.send(())?;
    let mut rest = String::new();
    reader.read_to_string(&mut rest)?;
    let status = child.wait()?;
    assert_eq!(status.code(), Some(0));
    lines.extend(rest.lines().map(|line| format!("{line}\n")));
    let mut ids = Vec::new();
    for line in &lines {
        assert!(line.ends_with('\n') && !line.trim_end().contains('\n'));
        let row: serde_json::Value = serde_json::from_str(line)?;
        ids.push(row["id"].as_str().ok_or("no id")?.to_string());
    }
    assert_eq!(
        ids,
        [
            "dt0c01.P1T0",
            "dt0c01.P1T1",
            "dt0c01.P1T2",
            "dt0c01.P2T0",
            "dt0c01.P2T1",
            "dt0c01.P2T2"
        ]
    );
    Ok(())
}
