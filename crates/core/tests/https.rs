//! HTTPS through the clients core builds: a TLS handshake with a local rustls
//! server whose certificate (`tests/fixtures/localhost.crt`, self-signed for
//! `localhost` and 127.0.0.1, valid until 2126) is trusted only when given.
//!
//! Regenerate the fixture with
//! `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500
//! -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1
//! -addext basicConstraints=critical,CA:FALSE -addext keyUsage=critical,digitalSignature
//! -addext extendedKeyUsage=serverAuth -keyout localhost.key -out localhost.crt`.
#![cfg(any(feature = "rustls", feature = "aws-lc-rs", feature = "native-tls"))]

use std::error::Error;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;

use apitokens_core::Policy;
use apitokens_core::http::{client_builder, connect};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

const CERT: &[u8] = include_bytes!("fixtures/localhost.crt");
const KEY: &[u8] = include_bytes!("fixtures/localhost.key");

/// The server's thread: how its one connection ended.
type Server = std::thread::JoinHandle<Result<(), String>>;

/// A one-connection HTTPS server on loopback (ring, whatever the client uses)
/// answering `200 ok`; returns its port and its thread.
fn serve_once() -> Result<(u16, Server), Box<dyn Error>> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(
            vec![CertificateDer::from_pem_slice(CERT)?],
            PrivateKeyDer::from_pem_slice(KEY)?,
        )?;
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    let server = std::thread::spawn(move || {
        let (tcp, _) = listener.accept().map_err(|e| e.to_string())?;
        let connection = rustls::ServerConnection::new(config).map_err(|e| e.to_string())?;
        let mut tls = rustls::StreamOwned::new(connection, tcp);
        // Reading completes the handshake, then gets the request's head.
        let mut request = Vec::new();
        let mut buffer = [0_u8; 1024];
        while !request.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = tls.read(&mut buffer).map_err(|e| e.to_string())?;
            if n == 0 {
                return Err("the client closed the connection".into());
            }
            request.extend_from_slice(&buffer[..n]);
        }
        tls.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok")
            .map_err(|e| e.to_string())?;
        tls.conn.send_close_notify();
        tls.flush().map_err(|e| e.to_string())?;
        Ok(())
    });
    Ok((port, server))
}

#[tokio::test]
async fn a_core_client_completes_a_tls_handshake_with_a_trusted_server()
-> Result<(), Box<dyn Error>> {
    let (port, server) = serve_once()?;
    let client = client_builder(&Policy::default())
        .no_proxy()
        .tls_certs_merge([reqwest::Certificate::from_pem(CERT)?])
        .build()?;
    let response = client
        .get(format!("https://localhost:{port}/"))
        .send()
        .await?;
    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await?, "ok");
    server.join().map_err(|_| "the server panicked")??;
    Ok(())
}

#[tokio::test]
async fn a_client_from_connect_refuses_an_untrusted_certificate() -> Result<(), Box<dyn Error>> {
    let (port, server) = serve_once()?;
    let (base, client) = connect(&Policy::default(), &format!("https://localhost:{port}"))?;
    let refused = client.get(format!("{base}/")).send().await;
    let error = refused
        .err()
        .ok_or("an untrusted certificate was accepted")?;
    assert!(error.is_connect(), "{error:?}");
    let mut chain = Vec::new();
    let mut source: Option<&dyn Error> = Some(&error);
    while let Some(e) = source {
        chain.push(e.to_string());
        source = e.source();
    }
    assert!(
        chain.iter().any(|e| e.contains("certificate")),
        "not a certificate error: {chain:?}"
    );
    // The server saw the handshake fail.
    assert!(server.join().map_err(|_| "the server panicked")?.is_err());
    Ok(())
}

/// With the default `rustls` feature alone, building a client installs ring
/// as rustls's process default (reqwest has no provider of its own then).
#[cfg(all(
    feature = "rustls",
    not(feature = "aws-lc-rs"),
    not(feature = "native-tls")
))]
#[test]
fn building_a_client_installs_ring_as_the_default_provider() -> Result<(), Box<dyn Error>> {
    let _client = client_builder(&Policy::default()).build()?;
    let installed = rustls::crypto::CryptoProvider::get_default().ok_or("no provider installed")?;
    let ring = rustls::crypto::ring::default_provider();
    let suites = |p: &rustls::crypto::CryptoProvider| {
        p.cipher_suites
            .iter()
            .map(|s| s.suite())
            .collect::<Vec<_>>()
    };
    assert_eq!(suites(installed), suites(&ring));
    assert_eq!(
        format!("{:?}", installed.secure_random),
        format!("{:?}", ring.secure_random)
    );
    Ok(())
}
