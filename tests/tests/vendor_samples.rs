//! The vendors' own response samples (`tests/fixtures/vendor-samples/`, with
//! their provenance in its `index.json`) against `specs/`. Each sample
//!
//! 1. validates against the spec as a non-Rust consumer would validate it:
//!    OpenAPI 3.0 semantics (objects open unless the spec closes them,
//!    `nullable` honoured), formats and patterns checked; and every key it
//!    carries is declared (else generated models would drop it);
//! 2. decodes with the generated client's types;
//! 3. maps through the facade, served on loopback by the operation it answers.
//!
//! A sample that fails is a bug in the spec or the facade, not a sample to skip.

use std::path::{Path, PathBuf};

use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, Error, ErrorKind, NewToken, Policy,
    RetryPolicy, SecretString, Source, TokenUpdate,
};
use futures::StreamExt;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};
use wiremock::matchers::{any, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

type TestResult = Result<(), Box<dyn std::error::Error>>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn samples_dir() -> PathBuf {
    root().join("tests/fixtures/vendor-samples")
}

/// What a sample answers: an operation's response, or one component schema.
enum Target {
    Response { operation: String, status: u16 },
    Schema(String),
}

struct Sample {
    file: String,
    vendor: String,
    body: Value,
    targets: Vec<Target>,
    /// What the facade should make of it: `ok`, `decode-error` or `vendor-error`
    /// (an HTTP 200 failure envelope); error statuses always expect an error.
    facade: String,
}

fn load_samples() -> Result<Vec<Sample>, Box<dyn std::error::Error>> {
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(samples_dir().join("index.json"))?)?;
    let entries = index
        .get("samples")
        .and_then(Value::as_array)
        .ok_or("index.json has no `samples` list")?;
    let mut samples = Vec::new();
    for entry in entries {
        let file = entry["file"].as_str().ok_or("a sample without `file`")?;
        for key in ["source", "version", "kind"] {
            if entry[key].as_str().is_none_or(str::is_empty) {
                return Err(format!("{file}: no provenance `{key}` in index.json").into());
            }
        }
        let vendor = file.split('/').next().unwrap_or_default().to_string();
        let body = serde_json::from_str(&std::fs::read_to_string(samples_dir().join(file))?)?;
        let mut targets = Vec::new();
        for target in entry["targets"].as_array().into_iter().flatten() {
            if let Some(schema) = target["schema"].as_str() {
                targets.push(Target::Schema(schema.to_string()));
            } else {
                let operation = target["operation"]
                    .as_str()
                    .ok_or("target without operation")?;
                let status = target["status"].as_u64().ok_or("target without status")?;
                targets.push(Target::Response {
                    operation: operation.to_string(),
                    status: u16::try_from(status)?,
                });
            }
        }
        if targets.is_empty() {
            return Err(format!("{file}: no targets").into());
        }
        samples.push(Sample {
            file: file.to_string(),
            vendor,
            body,
            targets,
            facade: entry["facade"].as_str().unwrap_or("ok").to_string(),
        });
    }
    Ok(samples)
}

/// One spec, as plain JSON.
struct Spec {
    raw: Value,
    definitions: Map<String, Value>,
    closed_definitions: Map<String, Value>,
}

impl Spec {
    fn load(vendor: &str) -> Result<Self, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(root().join(format!("specs/{vendor}.yaml")))?;
        let raw: Value = serde_yaml::from_str(&text)?;
        let convert_all = |convert: fn(&Value) -> Value| -> Map<String, Value> {
            raw.pointer("/components/schemas")
                .and_then(Value::as_object)
                .map(|schemas| {
                    schemas
                        .iter()
                        .map(|(name, schema)| (name.clone(), convert(schema)))
                        .collect()
                })
                .unwrap_or_default()
        };
        let definitions = convert_all(to_json_schema);
        let closed_definitions = convert_all(to_closed_json_schema);
        Ok(Self {
            raw,
            definitions,
            closed_definitions,
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

    /// The declared JSON media type and schema of an operation's response to
    /// `status` (exact, then `4XX`/`5XX`, then `default`).
    fn response(&self, operation: &str, status: u16) -> Result<(String, Value), String> {
        let found = self
            .raw
            .get("paths")
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|paths| paths.values())
            .filter_map(Value::as_object)
            .flat_map(|item| item.values())
            .find(|op| op.get("operationId").and_then(Value::as_str) == Some(operation))
            .ok_or_else(|| format!("no operation {operation}"))?;
        let responses = &found["responses"];
        let class = format!("{}XX", status / 100);
        let response = responses
            .get(status.to_string())
            .or_else(|| responses.get(&class))
            .or_else(|| responses.get("default"))
            .ok_or_else(|| format!("{operation}: status {status} is not declared"))?;
        let content = self
            .resolve(response)
            .get("content")
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{operation} {status}: declared without a body"))?;
        let (media_type, declared) = content
            .iter()
            .find(|(media_type, _)| {
                *media_type == "application/json" || media_type.ends_with("+json")
            })
            .ok_or_else(|| format!("{operation} {status}: no JSON media type"))?;
        Ok((media_type.clone(), declared["schema"].clone()))
    }

    /// Validates with OpenAPI's semantics (`closed`: false), or with every
    /// object closed, which finds keys the spec does not declare.
    fn validate(&self, schema: &Value, instance: &Value, closed: bool) -> Result<(), String> {
        let (mut schema, definitions) = if closed {
            (to_closed_json_schema(schema), &self.closed_definitions)
        } else {
            (to_json_schema(schema), &self.definitions)
        };
        if let Value::Object(object) = &mut schema {
            object.insert("definitions".into(), Value::Object(definitions.clone()));
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

/// OpenAPI 3.0 schema → JSON Schema draft 4, as OpenAPI validators for other
/// languages convert it: `#/components/schemas` refs to `#/definitions`,
/// `nullable: true` as "null or the schema", OpenAPI-only keywords dropped.
/// Objects stay open unless the spec closes them (OpenAPI's own default).
fn to_json_schema(schema: &Value) -> Value {
    convert(schema, false)
}

/// The same conversion with every object that lists properties closed
/// (unless it says otherwise): what a generated model keeps of a sample.
fn to_closed_json_schema(schema: &Value) -> Value {
    convert(schema, true)
}

fn convert(schema: &Value, closed: bool) -> Value {
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
                            .map(|(k, v)| (k.clone(), convert(v, closed)))
                            .collect()
                    })
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Object(properties));
            }
            "items" | "not" | "additionalProperties" if value.is_object() => {
                out.insert(key.clone(), convert(value, closed));
            }
            "allOf" | "oneOf" | "anyOf" => {
                let list = value
                    .as_array()
                    .map(|l| l.iter().map(|s| convert(s, closed)).collect())
                    .unwrap_or_default();
                out.insert(key.clone(), Value::Array(list));
            }
            "nullable" | "example" | "examples" | "discriminator" | "xml" | "externalDocs"
            | "deprecated" | "readOnly" | "writeOnly" => {}
            k if k.starts_with("x-") => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if closed && object.contains_key("properties") && !object.contains_key("additionalProperties") {
        out.insert("additionalProperties".into(), Value::Bool(false));
    }
    if object.get("nullable") == Some(&Value::Bool(true)) {
        json!({"anyOf": [{"type": "null"}, Value::Object(out)]})
    } else {
        Value::Object(out)
    }
}

fn decode_as<T: DeserializeOwned>(body: &Value) -> Result<(), String> {
    serde_json::from_value::<T>(body.clone())
        .map(drop)
        .map_err(|e| e.to_string())
}

/// Decodes a sample with the generated type of its target.
fn decode(vendor: &str, target: &Target, body: &Value) -> Result<(), String> {
    use apitokens::astra::types as astra;
    use apitokens::dynatrace::types as dt;
    use apitokens::emr_serverless_spark::types as emr;
    let (operation, status) = match target {
        Target::Schema(name) => {
            return match (vendor, name.as_str()) {
                ("astra", "Metadata") => decode_as::<astra::Metadata>(body),
                ("emr-serverless-spark", "AccessDeniedDetail") => {
                    decode_as::<emr::AccessDeniedDetail>(body)
                }
                _ => Err(format!("no generated type known for schema {name}")),
            };
        }
        Target::Response { operation, status } => (operation.as_str(), *status),
    };
    let error = status >= 400;
    match (vendor, operation, error) {
        ("astra", _, true) => decode_as::<astra::ProblemDetail>(body),
        ("astra", "getToken" | "updateToken", false) => decode_as::<astra::Token>(body),
        ("astra", "createToken", false) => decode_as::<astra::TokenCreated>(body),
        ("astra", "listTokens", false) => decode_as::<astra::TokenList>(body),
        ("dynatrace", _, true) => decode_as::<dt::ErrorEnvelope>(body),
        ("dynatrace", "getApiToken" | "lookupApiToken", false) => decode_as::<dt::ApiToken>(body),
        ("dynatrace", "listApiTokens", false) => decode_as::<dt::ApiTokenList>(body),
        ("dynatrace", "createApiToken", false) => decode_as::<dt::ApiTokenCreated>(body),
        ("emr-serverless-spark", _, true) => decode_as::<emr::ErrorResponse>(body),
        ("emr-serverless-spark", "getLivyComputeToken", false) => {
            decode_as::<emr::GetLivyComputeTokenResponse>(body)
        }
        ("emr-serverless-spark", "listLivyComputeToken", false) => {
            decode_as::<emr::ListLivyComputeTokenResponse>(body)
        }
        ("emr-serverless-spark", "createLivyComputeToken", false) => {
            decode_as::<emr::CreateLivyComputeTokenResponse>(body)
        }
        ("emr-serverless-spark", "refreshLivyComputeToken", false) => {
            decode_as::<emr::RefreshLivyComputeTokenResponse>(body)
        }
        ("emr-serverless-spark", "deleteLivyComputeToken", false) => {
            decode_as::<emr::DeleteLivyComputeTokenResponse>(body)
        }
        ("emr-serverless-spark", "listLivyCompute", false) => {
            decode_as::<emr::ListLivyComputeResponse>(body)
        }
        ("emr-serverless-spark", "getLivyCompute", false) => {
            decode_as::<emr::GetLivyComputeResponse>(body)
        }
        _ => Err(format!(
            "no generated type known for {vendor} {operation} {status}"
        )),
    }
}

const ACCOUNT: &str = "8c9ed8b7-b0d6-4ec2-a1a8-2b9ab1e6d2cd";
const USER: &str = "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b";
const ASTRA_ID: &str = "822fab12-c224-5d1f-8118-5fb5d2def8b9";
const DT_ID: &str = "dt0c01.ST2EY72KQINMH574WMNVI7YN";
const WORKSPACE: &str = "w-8adde60aa809701f";
const GATEWAY: &str = "lc-6mkvn01zrg8rqhhv";

/// No retries: an error sample is answered once and classified.
fn policy() -> Policy {
    Policy::default().with_retry(RetryPolicy::none())
}

/// Calls the facade method that performs `operation` against `uri`; `None`
/// when the facade does not expose the operation.
async fn call_facade(vendor: &str, operation: &str, uri: &str) -> Option<Result<(), Error>> {
    fn done<T>(result: Result<T, Error>) -> Result<(), Error> {
        result.map(drop)
    }
    async fn first(source: Source) -> Result<(), Error> {
        match source.list().next().await {
            Some(result) => done(result),
            None => Ok(()),
        }
    }
    let outcome = match vendor {
        "astra" => {
            let credentials = apitokens::astra::Credentials::new("QXN0cmFTYW1wbGVz".to_string());
            let source = match AstraSource::new(uri, ACCOUNT, USER, credentials)
                .and_then(|s| s.with_policy(policy()))
            {
                Ok(source) => source,
                Err(e) => return Some(Err(e)),
            };
            match operation {
                "getToken" => done(source.get(ASTRA_ID).await),
                "listTokens" => first(Source::Astra(source)).await,
                "createToken" => done(source.create(&NewToken::named("Snapshot Script")).await),
                "updateToken" => done(
                    source
                        .update(ASTRA_ID, &TokenUpdate::new().name("renamed"))
                        .await,
                ),
                "deleteToken" => done(source.revoke(ASTRA_ID).await),
                _ => return None,
            }
        }
        "dynatrace" => {
            let credentials =
                apitokens::dynatrace::Credentials::new("dt0c01.SAMPLES.SAMPLESECRET".to_string());
            let source = match DynatraceSource::new(uri, credentials)
                .and_then(|s| s.with_policy(policy()))
            {
                Ok(source) => source,
                Err(e) => return Some(Err(e)),
            };
            match operation {
                "getApiToken" => done(source.get(DT_ID).await),
                "lookupApiToken" => done(
                    source
                        .lookup(&SecretString::from("dt0c01.LOOKUP.SECRETPART"))
                        .await,
                ),
                "listApiTokens" => first(Source::Dynatrace(source)).await,
                "createApiToken" => done(
                    source
                        .create(&NewToken::named("tokenName").with_scopes(["metrics.read"]))
                        .await,
                ),
                "updateApiToken" => done(
                    source
                        .update(DT_ID, &TokenUpdate::new().name("renamed"))
                        .await,
                ),
                "deleteApiToken" => done(source.revoke(DT_ID).await),
                _ => return None,
            }
        }
        "emr-serverless-spark" => {
            let credentials = apitokens::emr_serverless_spark::Credentials::new(
                "LTAI5tSamplesKeyId".to_string(),
                "SamplesKeySecret".to_string(),
            );
            let source = match EmrServerlessSparkSource::with_endpoint(
                uri,
                "cn-hangzhou",
                WORKSPACE,
                GATEWAY,
                credentials,
            )
            .and_then(|s| s.with_policy(policy()))
            {
                Ok(source) => source,
                Err(e) => return Some(Err(e)),
            };
            match operation {
                "getLivyComputeToken" => done(source.get("lctk-xxxxxxxxxx").await),
                "listLivyComputeToken" => first(Source::EmrServerlessSpark(source)).await,
                "createLivyComputeToken" => done(source.create(&NewToken::named("test")).await),
                "refreshLivyComputeToken" => done(source.refresh("lctk-xxxxxxxxxx").await),
                "deleteLivyComputeToken" => done(source.revoke("lctk-xxxxxxxxxx").await),
                "listLivyCompute" => done(source.gateways().await),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(outcome)
}

/// The vendor's own words in an error sample, which the facade's error must carry.
fn vendor_message(body: &Value) -> Option<&str> {
    ["/Message", "/message", "/error/message", "/detail"]
        .iter()
        .find_map(|pointer| body.pointer(pointer).and_then(Value::as_str))
}

/// Serves `sample` as the answer to `operation` and checks what the facade makes of it.
async fn check_facade(
    sample: &Sample,
    operation: &str,
    status: u16,
    media_type: &str,
) -> Result<(), String> {
    let server = MockServer::start().await;
    // EMR's create and refresh read the token back: the page's GetLivyComputeToken answer.
    if matches!(
        operation,
        "createLivyComputeToken" | "refreshLivyComputeToken"
    ) && status < 400
    {
        let get = std::fs::read(
            samples_dir().join("emr-serverless-spark/get-livy-compute-token-200.json"),
        )
        .map_err(|e| e.to_string())?;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(200).set_body_raw(get, "application/json"))
            .mount(&server)
            .await;
    }
    let body = serde_json::to_vec(&sample.body).map_err(|e| e.to_string())?;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(status).set_body_raw(body, media_type))
        .mount(&server)
        .await;
    let Some(outcome) = call_facade(&sample.vendor, operation, &server.uri()).await else {
        return Ok(()); // The facade does not expose this operation.
    };
    let expected = if status >= 400 {
        "error"
    } else {
        sample.facade.as_str()
    };
    match (expected, outcome) {
        ("ok", Ok(())) => Ok(()),
        ("decode-error", Err(e)) if e.kind() == ErrorKind::Decode => Ok(()),
        ("vendor-error", Err(e)) if e.kind() != ErrorKind::Decode && e.vendor_code().is_some() => {
            Ok(())
        }
        ("error", Err(e)) => {
            if e.kind() == ErrorKind::Decode || e.status() != Some(status) {
                return Err(format!("facade: not read as HTTP {status}: {e}"));
            }
            match vendor_message(&sample.body) {
                Some(message) if !e.to_string().contains(message) => Err(format!(
                    "facade: the vendor's message {message:?} is lost: {e}"
                )),
                _ => Ok(()),
            }
        }
        (expected, Ok(())) => Err(format!("facade: expected {expected}, got success")),
        (expected, Err(e)) => Err(format!("facade: expected {expected}, got: {e}")),
    }
}

#[tokio::test]
async fn every_vendor_sample_validates_decodes_and_maps() -> TestResult {
    let samples = load_samples()?;
    let specs = [
        ("astra", Spec::load("astra")?),
        ("dynatrace", Spec::load("dynatrace")?),
        ("emr-serverless-spark", Spec::load("emr-serverless-spark")?),
    ];
    let mut failures = Vec::new();
    let mut checked = 0;
    for sample in &samples {
        let Some((_, spec)) = specs.iter().find(|(vendor, _)| *vendor == sample.vendor) else {
            failures.push(format!("{}: unknown vendor", sample.file));
            continue;
        };
        for target in &sample.targets {
            checked += 1;
            let what = match target {
                Target::Response { operation, status } => {
                    format!("{} as {operation} {status}", sample.file)
                }
                Target::Schema(name) => format!("{} as {name}", sample.file),
            };
            let (schema, media_type) = match target {
                Target::Response { operation, status } => match spec.response(operation, *status) {
                    Ok((media_type, schema)) => (schema, Some(media_type)),
                    Err(e) => {
                        failures.push(format!("{what}: {e}"));
                        continue;
                    }
                },
                Target::Schema(name) => (
                    json!({"$ref": format!("#/components/schemas/{name}")}),
                    None,
                ),
            };
            if let Err(e) = spec.validate(&schema, &sample.body, false) {
                failures.push(format!("{what}: the spec refuses it: {e}"));
            } else if let Err(e) = spec.validate(&schema, &sample.body, true) {
                // Valid, but generated models in other languages would drop these keys.
                failures.push(format!("{what}: keys the spec does not declare: {e}"));
            }
            if let Err(e) = decode(&sample.vendor, target, &sample.body) {
                failures.push(format!("{what}: the generated types refuse it: {e}"));
            }
            if let (Target::Response { operation, status }, Some(media_type)) = (target, media_type)
                && let Err(e) = check_facade(sample, operation, *status, &media_type).await
            {
                failures.push(format!("{what}: {e}"));
            }
        }
    }
    assert!(checked > 0);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

/// Every sample file is indexed (with provenance), every vendor has samples,
/// and the corpus covers each operation's success and error shapes where the
/// vendor's material has them.
#[test]
fn the_corpus_is_indexed_and_covers_every_vendor() -> TestResult {
    let samples = load_samples()?;
    for vendor in ["astra", "dynatrace", "emr-serverless-spark"] {
        let on_disk: Vec<String> = std::fs::read_dir(samples_dir().join(vendor))?
            .filter_map(Result::ok)
            .map(|entry| format!("{vendor}/{}", entry.file_name().to_string_lossy()))
            .collect();
        for file in &on_disk {
            assert!(
                samples.iter().any(|s| &s.file == file),
                "{file} is not in index.json"
            );
        }
        assert!(
            on_disk.len() >= 5,
            "{vendor}: only {} samples",
            on_disk.len()
        );
        let has = |error: bool| {
            samples.iter().filter(|s| s.vendor == vendor).any(|s| {
                s.targets.iter().any(
                    |t| matches!(t, Target::Response { status, .. } if (*status >= 400) == error),
                )
            })
        };
        assert!(
            has(false) && has(true),
            "{vendor}: success and error shapes"
        );
    }
    Ok(())
}

/// The conversion a non-Rust validator applies: `nullable` admits `null`
/// even around a `$ref` (which OpenAPI 3.0 writes as `allOf`), and objects
/// stay open.
#[test]
fn openapi_nullable_and_open_objects_convert_as_other_validators_do() {
    let converted = to_json_schema(&json!({
        "type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/X"}],
        "example": {}
    }));
    assert_eq!(
        converted,
        json!({"anyOf": [{"type": "null"}, {"type": "object", "allOf": [{"$ref": "#/definitions/X"}]}]})
    );
    let object =
        to_json_schema(&json!({"type": "object", "properties": {"example": {"type": "string"}}}));
    assert!(object.get("additionalProperties").is_none(), "{object}");
    let closed = to_closed_json_schema(&json!({"type": "object", "properties": {"a": {}}}));
    assert_eq!(closed["additionalProperties"], json!(false));
    assert_eq!(object["properties"]["example"], json!({"type": "string"}));
}
