//! Shared by the sandbox's integration tests: raw HTTP helpers, ACS3 signing
//! of hand-made requests, and validation of bodies against `specs/*.yaml`.
#![allow(dead_code)]

use std::error::Error;
use std::path::PathBuf;

use apitokens_emr_serverless_spark::signing::{self, AccessKey};
use apitokens_sandbox::{RunningSandbox, Sandbox};
use chrono::{DateTime, Utc};
use secrecy::ExposeSecret;
use serde_json::{Map, Value, json};

pub(crate) type TestResult = Result<(), Box<dyn Error>>;

pub(crate) const EMR_VERSION: &str = "2023-08-08";

pub(crate) async fn demo() -> Result<RunningSandbox, Box<dyn Error>> {
    Ok(Sandbox::builder().with_demo_data().start().await?)
}

/// One HTTP answer, read whole.
#[derive(Debug)]
pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) content_type: Option<String>,
    pub(crate) headers: reqwest::header::HeaderMap,
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }

    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub(crate) fn http() -> reqwest::Client {
    // In a workspace build reqwest's TLS is rustls without a provider of its own.
    apitokens_core::http::install_default_crypto_provider();
    reqwest::Client::new()
}

pub(crate) async fn send(request: reqwest::RequestBuilder) -> Result<Reply, Box<dyn Error>> {
    let response = request.send().await?;
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let content_type = headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let body = response.bytes().await?.to_vec();
    Ok(Reply {
        status,
        content_type,
        headers,
        body,
    })
}

pub(crate) async fn execute(request: reqwest::Request) -> Result<Reply, Box<dyn Error>> {
    send(reqwest::RequestBuilder::from_parts(http(), request)).await
}

/// A Dynatrace call with `Authorization: Api-Token <token>`.
pub(crate) async fn dynatrace(
    sandbox: &RunningSandbox,
    method: reqwest::Method,
    path_and_query: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Result<Reply, Box<dyn Error>> {
    let url = format!("{}/api/v2{path_and_query}", sandbox.url());
    let mut request = http().request(method, url);
    if let Some(token) = token {
        request = request.header("authorization", format!("Api-Token {token}"));
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    send(request).await
}

/// The sandbox's admin Dynatrace token.
pub(crate) fn dt_admin(sandbox: &RunningSandbox) -> String {
    sandbox
        .credentials()
        .dynatrace_token()
        .expose_secret()
        .to_string()
}

/// An Astra call under the credentials' account and user (`tail` follows `/tokens`).
pub(crate) async fn astra(
    sandbox: &RunningSandbox,
    method: reqwest::Method,
    tail: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Result<Reply, Box<dyn Error>> {
    let c = sandbox.credentials();
    let url = format!(
        "{}/accounts/{}/core/v1/users/{}/tokens{tail}",
        sandbox.url(),
        c.astra_account_id(),
        c.astra_user_id()
    );
    let mut request = http().request(method, url);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/astra-token+json")
            .body(body.to_string());
    }
    send(request).await
}

pub(crate) fn astra_token(sandbox: &RunningSandbox) -> String {
    sandbox
        .credentials()
        .astra_token()
        .expose_secret()
        .to_string()
}

/// The path of the credentials' Livy Gateway, plus `tail`.
pub(crate) fn gateway_path(sandbox: &RunningSandbox, tail: &str) -> String {
    let c = sandbox.credentials();
    format!(
        "/api/interactive/v1/workspace/{}/livycompute/{}{tail}",
        c.workspace_id(),
        c.livy_compute_id()
    )
}

/// How to sign a hand-made EMR request.
pub(crate) struct Signer {
    pub(crate) key: AccessKey,
    pub(crate) now: DateTime<Utc>,
    pub(crate) nonce: String,
}

impl Signer {
    /// The credentials' AccessKey, now, with a fresh nonce.
    pub(crate) fn new(sandbox: &RunningSandbox) -> Self {
        Self::with_key(sandbox.credentials().access_key())
    }

    pub(crate) fn with_key(key: AccessKey) -> Self {
        Self {
            key,
            now: Utc::now(),
            nonce: uuid::Uuid::new_v4().simple().to_string(),
        }
    }
}

/// A signed EMR request, built like the client builds it (JSON body, then the
/// ACS3 signature), ready to be tampered with before sending.
pub(crate) fn emr_request(
    sandbox: &RunningSandbox,
    method: reqwest::Method,
    path_and_query: &str,
    action: &str,
    body: Option<&Value>,
    signer: &Signer,
) -> Result<reqwest::Request, Box<dyn Error>> {
    let url = format!("{}{path_and_query}", sandbox.url());
    let mut request = http().request(method, url);
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    let mut request = request.build()?;
    signing::sign_request(
        &mut request,
        &signer.key,
        action,
        EMR_VERSION,
        signer.now,
        &signer.nonce,
    )?;
    Ok(request)
}

/// A correctly signed EMR call, sent.
pub(crate) async fn emr(
    sandbox: &RunningSandbox,
    method: reqwest::Method,
    path_and_query: &str,
    action: &str,
    body: Option<&Value>,
) -> Result<Reply, Box<dyn Error>> {
    let request = emr_request(
        sandbox,
        method,
        path_and_query,
        action,
        body,
        &Signer::new(sandbox),
    )?;
    execute(request).await
}

// ---------------------------------------------------------------------------
// specs/*.yaml as JSON Schema

/// One vendor's OpenAPI document, for validating what the sandbox answers.
pub(crate) struct Spec {
    name: &'static str,
    raw: Value,
    definitions: Map<String, Value>,
}

impl Spec {
    pub(crate) fn load(file: &'static str) -> Result<Self, Box<dyn Error>> {
        let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", "specs", file]
            .iter()
            .collect();
        let text = std::fs::read_to_string(&path)?;
        let raw: Value = serde_yaml::from_str(&text)?;
        let definitions = raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .map(|schemas| {
                schemas
                    .iter()
                    .map(|(k, v)| (k.clone(), to_json_schema(v)))
                    .collect()
            })
            .unwrap_or_default();
        Ok(Self {
            name: file,
            raw,
            definitions,
        })
    }

    fn resolve<'a>(&'a self, value: &'a Value) -> &'a Value {
        match value.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference
                .strip_prefix('#')
                .and_then(|pointer| self.raw.pointer(pointer))
                .unwrap_or(&Value::Null),
            None => value,
        }
    }

    /// The declared response of `method path` for `status` (exact, then `4XX`/`5XX`).
    fn response(&self, method: &str, path: &str, status: u16) -> Result<&Value, String> {
        let operation = self
            .raw
            .get("paths")
            .and_then(|paths| paths.get(path))
            .and_then(|item| item.get(method.to_ascii_lowercase()))
            .ok_or_else(|| format!("{}: no operation {method} {path}", self.name))?;
        let responses = operation
            .get("responses")
            .ok_or_else(|| format!("{method} {path}: no responses"))?;
        let class = format!("{}XX", status / 100);
        let response = responses
            .get(status.to_string())
            .or_else(|| responses.get(&class))
            .or_else(|| responses.get("default"))
            .ok_or_else(|| format!("{method} {path}: status {status} is not declared"))?;
        Ok(self.resolve(response))
    }

    /// Checks a reply against the declared response of `method path`: status,
    /// media type and body schema. Returns the operation's name for reports.
    pub(crate) fn check(&self, method: &str, path: &str, reply: &Reply) -> Result<(), String> {
        let response = self.response(method, path, reply.status)?;
        let Some(content) = response.get("content").and_then(Value::as_object) else {
            return if reply.body.is_empty() {
                Ok(())
            } else {
                Err(format!(
                    "{method} {path} {}: declared without a body, got {} bytes",
                    reply.status,
                    reply.body.len()
                ))
            };
        };
        let media_type = reply
            .content_type
            .as_deref()
            .and_then(|ct| ct.split(';').next())
            .map(|ct| ct.trim().to_ascii_lowercase())
            .ok_or_else(|| format!("{method} {path} {}: no Content-Type", reply.status))?;
        let declared = content.get(&media_type).ok_or_else(|| {
            format!(
                "{method} {path} {}: media type {media_type} not declared (declared: {:?})",
                reply.status,
                content.keys().collect::<Vec<_>>()
            )
        })?;
        let schema = declared
            .get("schema")
            .ok_or_else(|| format!("{method} {path}: no schema"))?;
        let body: Value = serde_json::from_slice(&reply.body)
            .map_err(|e| format!("{method} {path} {}: body is not JSON: {e}", reply.status))?;
        self.validate(schema, &body)
            .map_err(|e| format!("{method} {path} {}: {e}\nbody: {body}", reply.status))
    }

    /// Validates `instance` against the component schema `name`.
    pub(crate) fn check_schema(&self, name: &str, instance: &Value) -> Result<(), String> {
        self.validate(
            &json!({"$ref": format!("#/components/schemas/{name}")}),
            instance,
        )
    }

    fn validate(&self, schema: &Value, instance: &Value) -> Result<(), String> {
        let mut schema = to_json_schema(schema);
        if let Value::Object(object) = &mut schema {
            object.insert(
                "definitions".into(),
                Value::Object(self.definitions.clone()),
            );
        }
        let validator = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|e| format!("the schema is not valid JSON Schema: {e}"))?;
        let errors: Vec<String> = validator
            .iter_errors(instance)
            .map(|e| format!("at `{}`: {e}", e.instance_path()))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }
}

/// OpenAPI 3.0 schema → JSON Schema draft 4: `#/components/schemas` refs to
/// `#/definitions`, `nullable` adds `null`, OpenAPI-only keywords dropped, and
/// objects that list properties closed unless they say otherwise (so a
/// misspelt or undeclared field in a response fails).
pub(crate) fn to_json_schema(schema: &Value) -> Value {
    let Value::Object(object) = schema else {
        return schema.clone();
    };
    let mut out = Map::new();
    for (key, value) in object {
        match key.as_str() {
            "$ref" => {
                let target = value
                    .as_str()
                    .unwrap_or_default()
                    .replace("#/components/schemas/", "#/definitions/");
                out.insert(key.clone(), Value::String(target));
            }
            "properties" => {
                let properties = value
                    .as_object()
                    .map(|p| {
                        p.iter()
                            .map(|(k, v)| (k.clone(), to_json_schema(v)))
                            .collect()
                    })
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(properties));
            }
            "items" | "not" | "additionalProperties" if value.is_object() => {
                out.insert(key.clone(), to_json_schema(value));
            }
            "allOf" | "oneOf" | "anyOf" => {
                let list = value
                    .as_array()
                    .map(|l| l.iter().map(to_json_schema).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Array(list));
            }
            "nullable" | "example" | "examples" | "discriminator" | "xml" | "externalDocs"
            | "deprecated" | "readOnly" | "writeOnly" | "description" => {}
            k if k.starts_with("x-") => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if object.get("nullable") == Some(&Value::Bool(true)) {
        if let Some(Value::String(typ)) = out.get("type").cloned() {
            out.insert("type".into(), json!([typ, "null"]));
        }
        if let Some(Value::Array(values)) = out.get_mut("enum") {
            values.push(Value::Null);
        }
    }
    if object.contains_key("properties") && !object.contains_key("additionalProperties") {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    Value::Object(out)
}

/// A GitLab call under `/api/v4` with `PRIVATE-TOKEN: <token>`.
pub(crate) async fn gitlab(
    sandbox: &RunningSandbox,
    method: reqwest::Method,
    path_and_query: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Result<Reply, Box<dyn Error>> {
    let url = format!("{}{path_and_query}", sandbox.vendors().gitlab.api_url());
    let mut request = http().request(method, url);
    if let Some(token) = token {
        request = request.header("private-token", token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    send(request).await
}

/// The sandbox's GitLab administrator token and plain user's token.
pub(crate) fn gitlab_tokens(sandbox: &RunningSandbox) -> (String, String) {
    let c = sandbox.vendors().gitlab.credentials();
    (
        c.admin_token().expose_secret().to_string(),
        c.user_token().expose_secret().to_string(),
    )
}
