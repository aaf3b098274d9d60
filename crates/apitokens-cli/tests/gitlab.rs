//! The built binary with a `vendor = "gitlab"` entry, against GitLab's API
//! on loopback (wiremock): it lists across `x-next-page`, audits, rotates
//! with GitLab's native rotation (refusing `--keep-old`) and revokes, with
//! nothing in the CLI that names GitLab.

mod common;

use std::error::Error;
use std::process::Output;

use common::{TestResult, code, json, stderr, stdout};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN_ENV: &str = "TEST_GITLAB_TOKEN";
const TOKEN: &str = "glpat-CLITESTTOKEN000000";
const NEW_SECRET: &str = "glpat-NEWSECRETNEWSECRET";

fn token(id: i64, name: &str, scopes: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "id": id, "name": name, "revoked": false, "active": true,
        "created_at": "2024-01-01T00:00:00Z", "scopes": scopes, "user_id": 7,
        "last_used_at": "2024-02-01T00:00:00Z", "expires_at": "2099-01-01"
    })
}

/// GitLab on loopback, and a config with one GitLab entry for user 7.
struct GitLab {
    server: MockServer,
    runtime: tokio::runtime::Runtime,
    dir: tempfile::TempDir,
    config: std::path::PathBuf,
}

impl GitLab {
    fn start() -> Result<Self, Box<dyn Error>> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()?;
        let server = runtime.block_on(async {
            let server = MockServer::start().await;
            let list = || {
                Mock::given(method("GET"))
                    .and(path("/api/v4/personal_access_tokens"))
                    .and(query_param("user_id", "7"))
                    .and(header("PRIVATE-TOKEN", TOKEN))
            };
            list()
                .and(query_param_is_missing("page"))
                .respond_with(
                    ResponseTemplate::new(200)
                        .set_body_json(serde_json::json!([token(41, "deploy", &["api"])]))
                        .insert_header("x-next-page", "2"),
                )
                .mount(&server)
                .await;
            list()
                .and(query_param("page", "2"))
                .respond_with(
                    ResponseTemplate::new(200)
                        .set_body_json(serde_json::json!([token(43, "reader", &["read_api"])]))
                        .insert_header("x-next-page", ""),
                )
                .mount(&server)
                .await;
            for (id, name, scopes) in [(41, "deploy", ["api"]), (43, "reader", ["read_api"])] {
                Mock::given(method("GET"))
                    .and(path(format!("/api/v4/personal_access_tokens/{id}")))
                    .respond_with(
                        ResponseTemplate::new(200).set_body_json(token(id, name, &scopes)),
                    )
                    .mount(&server)
                    .await;
            }
            let mut rotated = token(42, "deploy", &["api"]);
            rotated["token"] = NEW_SECRET.into();
            Mock::given(method("POST"))
                .and(path("/api/v4/personal_access_tokens/41/rotate"))
                .respond_with(ResponseTemplate::new(200).set_body_json(rotated))
                .mount(&server)
                .await;
            Mock::given(method("DELETE"))
                .and(path("/api/v4/personal_access_tokens/43"))
                .respond_with(ResponseTemplate::new(204))
                .mount(&server)
                .await;
            server
        });
        let dir = tempfile::tempdir()?;
        let config = dir.path().join("apitokens.toml");
        std::fs::write(
            &config,
            format!(
                "[[source]]\nname = \"gl\"\nvendor = \"gitlab\"\nurl = \"{}/api/v4\"\ntoken_env = \"{TOKEN_ENV}\"\nuser_id = 7\n",
                server.uri()
            ),
        )?;
        Ok(Self {
            server,
            runtime,
            dir,
            config,
        })
    }

    fn run(&self, args: &[&str]) -> Result<Output, Box<dyn Error>> {
        let mut command = assert_cmd::cargo::cargo_bin_cmd!("apitokens");
        command
            .current_dir(self.dir.path())
            .env_remove("RUST_LOG")
            .env_remove("APITOKENS_CONFIG")
            .env(TOKEN_ENV, TOKEN)
            .args(common::with_config(args, &self.config));
        Ok(command.output()?)
    }

    /// The requests GitLab received with `method` whose path ends with `suffix`.
    fn received(&self, method: &str, suffix: &str) -> usize {
        let requests = self
            .runtime
            .block_on(self.server.received_requests())
            .unwrap_or_default();
        requests
            .iter()
            .filter(|r| r.method.as_str() == method && r.url.path().ends_with(suffix))
            .count()
    }
}

#[test]
fn list_and_audit_read_every_page() -> TestResult {
    let gitlab = GitLab::start()?;
    let listed = gitlab.run(&["list", "--format", "json"])?;
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    let rows = json(&listed)?;
    let rows = rows.as_array().ok_or("not an array")?;
    let ids: Vec<_> = rows.iter().map(|row| row["id"].as_str()).collect();
    assert_eq!(ids, [Some("41"), Some("43")]);
    assert!(rows.iter().all(|row| row["vendor"] == "gitlab"), "{rows:?}");
    assert!(!stdout(&listed).contains(TOKEN));

    let audited = gitlab.run(&["audit", "--format", "json"])?;
    assert_eq!(code(&audited), 1, "findings: {}", stderr(&audited));
    let findings = json(&audited)?;
    let findings = findings.as_array().ok_or("not an array")?;
    let broad: Vec<_> = findings
        .iter()
        .filter(|f| f["check"] == "broad-scopes")
        .map(|f| f["id"].as_str())
        .collect();
    assert_eq!(broad, [Some("41")], "{findings:?}");
    Ok(())
}

#[test]
fn rotate_uses_the_native_rotation_and_refuses_keep_old() -> TestResult {
    let gitlab = GitLab::start()?;
    let kept = gitlab.run(&["rotate", "gl", "41", "--keep-old"])?;
    assert_ne!(code(&kept), 0);
    assert!(
        stderr(&kept).contains("--keep-old cannot be honoured: GitLab rotates natively"),
        "{}",
        stderr(&kept)
    );
    assert_eq!(gitlab.received("POST", "/rotate"), 0);

    let rotated = gitlab.run(&["rotate", "gl", "41", "--format", "json"])?;
    assert_eq!(code(&rotated), 0, "{}", stderr(&rotated));
    let rows = json(&rotated)?;
    assert_eq!(rows[0]["secret"], NEW_SECRET);
    assert_eq!(rows[0]["id"], "42");
    assert_eq!(rows[0]["replaces"], "41");
    assert!(
        stderr(&rotated).contains("the vendor revoked the old token 41 when it issued the new one"),
        "{}",
        stderr(&rotated)
    );
    assert!(!stderr(&rotated).contains(NEW_SECRET));
    assert_eq!(gitlab.received("POST", "/rotate"), 1);
    // Nothing revoked by the CLI: GitLab revoked the old token itself.
    assert_eq!(gitlab.received("DELETE", ""), 0);
    Ok(())
}

#[test]
fn revoke_deletes_the_token() -> TestResult {
    let gitlab = GitLab::start()?;
    let revoked = gitlab.run(&["revoke", "gl", "43", "--yes"])?;
    assert_eq!(code(&revoked), 0, "{}", stderr(&revoked));
    assert!(
        stderr(&revoked).contains("revoked gitlab token 43"),
        "{}",
        stderr(&revoked)
    );
    assert_eq!(gitlab.received("DELETE", "/personal_access_tokens/43"), 1);
    Ok(())
}
