//! A new secret is delivered before anything is revoked: `create`, `rotate`
//! and `refresh` when stdout fails (a full disk, a closed pipe), a revoke
//! that fails, a disabled token, `--keep-old` and an interrupt. Each case
//! ends with the tokens stderr says exist, checked against the sandbox, and
//! no secret is lost without its token revoked.

mod common;

use std::error::Error;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use apitokens_sandbox::DynatraceToken;
use common::{Harness, TestResult, code, json, stderr, stdout};

/// stdout on a full disk: every write fails with ENOSPC.
fn full_disk() -> std::io::Result<Stdio> {
    let file = std::fs::OpenOptions::new().write(true).open("/dev/full")?;
    Ok(Stdio::from(file))
}

/// stdout on a pipe nobody reads: every write fails with EPIPE.
fn closed_pipe() -> std::io::Result<Stdio> {
    let (reader, writer) = std::io::pipe()?;
    drop(reader);
    Ok(Stdio::from(writer))
}

fn broken_stdouts() -> std::io::Result<Vec<(&'static str, Stdio)>> {
    Ok(vec![
        ("/dev/full", full_disk()?),
        ("a closed pipe", closed_pipe()?),
    ])
}

fn run_with(harness: &Harness, args: &[&str], out: Stdio) -> Result<Output, Box<dyn Error>> {
    Ok(harness
        .process(args)?
        .stdout(out)
        .stderr(Stdio::piped())
        .output()?)
}

/// Whether the Dynatrace token `id` exists, asked through the CLI.
fn dt_exists(harness: &Harness, id: &str) -> Result<bool, Box<dyn Error>> {
    let output = harness.run(&["get", "dt", id, "-f", "json"])?;
    match code(&output) {
        0 => Ok(true),
        2 if stderr(&output).contains("not found") => Ok(false),
        _ => Err(format!("get {id}: {}", stderr(&output)).into()),
    }
}

/// The token IDs stderr last says exist ("tokens that exist now: A, B").
fn said_to_exist(err: &str) -> Vec<String> {
    let Some((_, rest)) = err.rsplit_once("tokens that exist now: ") else {
        return Vec::new();
    };
    let list = rest.lines().next().unwrap_or_default();
    let list = list.split(" — ").next().unwrap_or_default();
    list.split(", ").map(str::to_string).collect()
}

fn seed(harness: &Harness, token: DynatraceToken) -> String {
    harness.sandbox().add_dynatrace_token(token).id
}

#[test]
fn a_rotation_whose_secret_cannot_be_written_keeps_the_old_token() -> TestResult {
    let harness = Harness::start()?;
    let old = seed(
        &harness,
        DynatraceToken::named("deploy").scopes(["metrics.read"]),
    );
    let count = harness.sandbox().dynatrace_token_count();
    for (what, out) in broken_stdouts()? {
        let output = run_with(&harness, &["rotate", "dt", &old], out)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{what}: {err}");
        assert!(err.contains("cannot write the new secret"), "{what}: {err}");
        assert_eq!(said_to_exist(&err), [old.as_str()], "{what}: {err}");
        assert!(!err.contains("store the secret"), "{what}: {err}");
        assert_eq!(
            harness.sandbox().dynatrace_token_count(),
            count,
            "{what}: the undelivered new token was revoked"
        );
        assert!(dt_exists(&harness, &old)?, "{what}: the old token was kept");
    }
    Ok(())
}

#[test]
fn a_created_token_whose_secret_cannot_be_written_is_revoked() -> TestResult {
    let harness = Harness::start()?;
    let count = harness.sandbox().dynatrace_token_count();
    for (what, out) in broken_stdouts()? {
        let args = ["create", "dt", "--name", "lost", "--scope", "metrics.read"];
        let output = run_with(&harness, &args, out)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{what}: {err}");
        assert!(err.contains("no new token exists"), "{what}: {err}");
        assert_eq!(harness.sandbox().dynatrace_token_count(), count, "{what}");
    }
    Ok(())
}

#[test]
fn a_refreshed_secret_that_cannot_be_written_is_reported_with_its_token() -> TestResult {
    let harness = Harness::start()?;
    let listed = json(&harness.run(&["list", "--source", "spark", "-f", "json"])?)?;
    let id = listed[0]["id"].as_str().ok_or("no Livy token")?.to_string();
    let count = harness.sandbox().livy_token_count();
    for (what, out) in broken_stdouts()? {
        let output = run_with(&harness, &["refresh", "spark", &id], out)?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{what}: {err}");
        assert!(
            err.contains(&format!(
                "token {id} exists with a new secret that was not delivered"
            )),
            "{what}: {err}"
        );
        assert_eq!(harness.sandbox().livy_token_count(), count, "{what}");
    }
    assert_eq!(
        code(&harness.run(&["get", "spark", &id])?),
        0,
        "still there"
    );
    Ok(())
}

#[test]
fn a_failed_revoke_of_the_old_token_comes_after_the_secret_was_delivered() -> TestResult {
    let harness = Harness::start()?;
    // Dynatrace refuses to delete the token a request authenticates with.
    let old = harness.credentials().dynatrace_token_id().to_string();
    let count = harness.sandbox().dynatrace_token_count();
    let output = harness.run(&["rotate", "dt", &old])?;
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    let secret = stdout(&output).trim_end().to_string();
    let new = secret
        .rsplit_once('.')
        .map(|(id, _)| id)
        .ok_or("no secret")?;
    assert!(err.contains("store the secret"), "{err}");
    assert_eq!(said_to_exist(&err), [old.as_str(), new], "{err}");
    assert_eq!(harness.sandbox().dynatrace_token_count(), count + 1);
    assert!(dt_exists(&harness, &old)? && dt_exists(&harness, new)?);
    Ok(())
}

#[test]
fn a_disabled_token_is_replaced_by_a_disabled_one() -> TestResult {
    let harness = Harness::start()?;
    let old = seed(
        &harness,
        DynatraceToken::named("paused")
            .scopes(["metrics.read"])
            .disabled(),
    );
    let output = harness.run(&["rotate", "dt", &old, "-f", "json"])?;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let rotated = json(&output)?;
    assert_eq!(rotated[0]["enabled"], false);
    let new = rotated[0]["id"].as_str().ok_or("id")?;
    assert_eq!(said_to_exist(&stderr(&output)), [new]);
    let got = json(&harness.run(&["get", "dt", new, "-f", "json"])?)?;
    assert_eq!(got[0]["enabled"], false, "disabled in the sandbox too");
    assert!(!dt_exists(&harness, &old)?);
    Ok(())
}

#[test]
fn keep_old_rotates_in_two_phases() -> TestResult {
    let harness = Harness::start()?;
    let old = seed(
        &harness,
        DynatraceToken::named("deploy").scopes(["metrics.read"]),
    );
    let output = harness.run(&["rotate", "dt", &old, "--keep-old", "-f", "json"])?;
    let err = stderr(&output);
    assert_eq!(code(&output), 0, "{err}");
    let rotated = json(&output)?;
    let new = rotated[0]["id"].as_str().ok_or("id")?;
    assert_eq!(rotated[0]["replaces"], old.as_str());
    assert_eq!(said_to_exist(&err), [old.as_str(), new], "{err}");
    assert!(dt_exists(&harness, &old)? && dt_exists(&harness, new)?);
    let revoked = harness.run(&["revoke", "dt", &old, "--yes"])?;
    assert_eq!(code(&revoked), 0, "{}", stderr(&revoked));
    assert!(!dt_exists(&harness, &old)? && dt_exists(&harness, new)?);
    Ok(())
}

#[cfg(unix)]
#[test]
fn an_interrupt_between_create_and_revoke_loses_no_secret() -> TestResult {
    // Each request takes 200 ms, so the signal sent when the new token
    // appears lands while the rotation is still confirming it.
    let harness = Harness::start_with_latency(Duration::from_millis(200))?;
    for signal in ["-INT", "-TERM"] {
        let old = seed(
            &harness,
            DynatraceToken::named("deploy").scopes(["metrics.read"]),
        );
        let count = harness.sandbox().dynatrace_token_count();
        let child = harness
            .process(&["rotate", "dt", &old])?
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        let started = Instant::now();
        while harness.sandbox().dynatrace_token_count() == count {
            if started.elapsed() > Duration::from_secs(30) {
                return Err("the rotation never created its token".into());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        let sent = std::process::Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status()?;
        assert!(sent.success());
        let output = child.wait_with_output()?;
        let err = stderr(&output);
        assert_eq!(code(&output), 2, "{signal}: {err}");
        assert!(err.contains("interrupted"), "{signal}: {err}");
        let secret = stdout(&output).trim_end().to_string();
        if secret.is_empty() {
            // Interrupted before the delivery: the new token was revoked.
            assert_eq!(said_to_exist(&err), [old.as_str()], "{signal}: {err}");
            assert_eq!(harness.sandbox().dynatrace_token_count(), count);
        } else {
            // Delivered first: both are kept, and the output says so.
            let new = secret.rsplit_once('.').map(|(id, _)| id).ok_or("id")?;
            assert_eq!(said_to_exist(&err), [old.as_str(), new], "{signal}: {err}");
            assert_eq!(harness.sandbox().dynatrace_token_count(), count + 1);
        }
        assert!(dt_exists(&harness, &old)?, "{signal}");
    }
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_second_interrupt_stops_at_once() -> TestResult {
    let harness = Harness::start_with_latency(Duration::from_millis(200))?;
    let old = seed(
        &harness,
        DynatraceToken::named("deploy").scopes(["metrics.read"]),
    );
    let count = harness.sandbox().dynatrace_token_count();
    let child = harness
        .process(&["rotate", "dt", &old])?
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let started = Instant::now();
    while harness.sandbox().dynatrace_token_count() == count {
        if started.elapsed() > Duration::from_secs(30) {
            return Err("the rotation never created its token".into());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let pid = child.id().to_string();
    for _ in 0..2 {
        assert!(
            std::process::Command::new("kill")
                .args(["-INT", &pid])
                .status()?
                .success()
        );
        // Lets the first interrupt be noted before the second comes.
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output()?;
    let err = stderr(&output);
    assert_eq!(code(&output), 130, "{err}");
    assert!(err.contains("interrupted again"), "{err}");
    assert!(err.contains("apitokens list"), "{err}");
    Ok(())
}

/// Reads one request (head and `content-length` body).
fn read_request(stream: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() >= end + 4 + length {
                return Ok(buffer);
            }
        }
        let read = stream.read(&mut chunk)?;
        if read == 0 {
            return Ok(buffer);
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

fn relay(mut client: TcpStream, upstream: SocketAddr, fail: bool) -> std::io::Result<()> {
    let request = read_request(&mut client)?;
    if fail {
        client.write_all(b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")?;
        return Ok(());
    }
    // One request per upstream connection: the answer says `connection: close`.
    let line_end = request
        .windows(2)
        .position(|w| w == b"\r\n")
        .unwrap_or(request.len());
    let mut server = TcpStream::connect(upstream)?;
    server.write_all(&request[..line_end + 2])?;
    server.write_all(b"connection: close\r\n")?;
    server.write_all(&request[line_end + 2..])?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer)?;
    client.write_all(&answer)
}

/// A proxy to `upstream` that answers HTTP 500 to the `GET` of a Livy token
/// after the first `skip` ones: the read-back of a token just created.
fn read_back_failing_proxy(upstream: SocketAddr, skip: usize) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    let seen = Arc::new(AtomicUsize::new(0));
    std::thread::spawn(move || {
        for client in listener.incoming() {
            let Ok(client) = client else { return };
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                let mut peek = [0u8; 512];
                let read = client.peek(&mut peek).unwrap_or(0);
                let line = String::from_utf8_lossy(&peek[..read]).to_string();
                let token_get = line.starts_with("GET ") && line.contains("/token/lctk-");
                let fail = token_get && seen.fetch_add(1, Ordering::SeqCst) == skip;
                let _ = relay(client, upstream, fail);
            });
        }
    });
    Ok(url)
}

#[test]
fn an_emr_read_back_failure_revokes_the_new_token() -> TestResult {
    let harness = Harness::start()?;
    let gateway = harness.gateways()?.remove(0);
    let count = harness.sandbox().livy_token_count();
    let config = |name: &str, skip: usize| -> Result<std::path::PathBuf, Box<dyn Error>> {
        let proxy = read_back_failing_proxy(harness.sandbox().address(), skip)?;
        let text = harness
            .gateway_source("spark-gw", &gateway)
            .replace(harness.url(), &proxy);
        harness.write(name, &text)
    };

    // create: PUT, then the failing GET.
    let path = config("create.toml", 0)?;
    let output = harness
        .command()
        .args(["create", "spark-gw", "--name", "unread", "--config"])
        .arg(&path)
        .output()?;
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    assert!(err.contains("no new token exists"), "{err}");
    assert_eq!(stdout(&output), "");
    assert_eq!(harness.sandbox().livy_token_count(), count);

    // rotate: the old token is read twice (locate, rotation), then the
    // replacement's read-back fails.
    let listed = json(&harness.run(&["list", "--source", "spark", "-f", "json"])?)?;
    let old = listed
        .as_array()
        .and_then(|rows| {
            rows.iter().find(|row| {
                row["location"]
                    .as_str()
                    .is_some_and(|l| l.ends_with(&gateway))
            })
        })
        .and_then(|row| row["id"].as_str())
        .ok_or("no Livy token on the gateway")?
        .to_string();
    let path = config("rotate.toml", 2)?;
    let output = harness
        .command()
        .args(["rotate", "spark-gw", &old, "--config"])
        .arg(&path)
        .output()?;
    let err = stderr(&output);
    assert_eq!(code(&output), 2, "{err}");
    assert!(err.contains("was revoked again"), "{err}");
    assert_eq!(said_to_exist(&err), [old.as_str()], "{err}");
    assert_eq!(stdout(&output), "");
    assert_eq!(harness.sandbox().livy_token_count(), count);
    assert_eq!(code(&harness.run(&["get", "spark", &old])?), 0);
    Ok(())
}
