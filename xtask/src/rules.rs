//! Rules every spec in `specs/` must keep before a client is generated from it.
//! They guard what the generated clients and the other teams' generators rely
//! on; each violation names the operation or example at fault.
//!
//! - OpenAPI 3.0.x;
//! - every operation: a camelCase, unique `operationId`, a summary, a
//!   description, a tag, a security requirement naming a declared scheme, a
//!   success (2xx) response and at least one declared error (4xx/5xx) response;
//!   all its JSON error bodies share one schema (progenitor types one error
//!   type per operation);
//! - every `{param}` of a path is declared as a required path parameter;
//! - `x-idempotent` (whether sending the call twice has the effect of sending
//!   it once, so a client may resend it after a lost answer) is a boolean, and
//!   every POST, PUT and PATCH operation states it: the method does not say
//!   (EMR's create is a PUT that mints a token per call). Absent, it follows
//!   the method ([`is_idempotent`]);
//! - every example (media types, parameters, schemas) validates against its
//!   schema, with undeclared properties treated as errors.

use std::collections::BTreeSet;

use openapiv3::{OpenAPI, ReferenceOr, StatusCode};
use serde_json::{Map, Value};

use crate::normalize::is_json_media_type;

/// Returns every rule violation of the spec (empty when it is clean).
pub(crate) fn check(raw: &Value, spec: &OpenAPI) -> Vec<String> {
    let mut violations = Vec::new();
    if !spec.openapi.starts_with("3.0.") {
        violations.push(format!(
            "`openapi` is {}, but progenitor and this repo use 3.0.x",
            spec.openapi
        ));
    }
    check_operations(spec, &mut violations);
    check_examples(raw, &mut violations);
    violations
}

/// The methods whose operations must state `x-idempotent`.
const STATE_CHANGING: [&str; 3] = ["post", "put", "patch"];

/// Whether an operation may be sent again after a lost answer: its
/// `x-idempotent`, or else what HTTP says of its method (GET, HEAD, PUT,
/// DELETE and OPTIONS are idempotent).
pub(crate) fn is_idempotent(method: &str, operation: &openapiv3::Operation) -> bool {
    match operation.extensions.get("x-idempotent") {
        Some(Value::Bool(declared)) => *declared,
        _ => matches!(method, "get" | "head" | "put" | "delete" | "options"),
    }
}

fn is_camel_case(id: &str) -> bool {
    id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_alphanumeric())
}

fn check_operations(spec: &OpenAPI, violations: &mut Vec<String>) {
    let schemes: BTreeSet<&String> = spec
        .components
        .as_ref()
        .map(|c| c.security_schemes.keys().collect())
        .unwrap_or_default();
    let mut ids = BTreeSet::new();
    for (path, method, operation) in spec.operations() {
        let at = format!("{} {path}", method.to_uppercase());
        let id = match operation.operation_id.as_deref() {
            Some(id) if is_camel_case(id) => id,
            Some(id) => {
                violations.push(format!("{at}: operationId `{id}` is not camelCase"));
                id
            }
            None => {
                violations.push(format!("{at}: missing operationId"));
                continue;
            }
        };
        let at = format!("{at} ({id})");
        if !ids.insert(id.to_string()) {
            violations.push(format!("{at}: duplicate operationId"));
        }
        if operation
            .summary
            .as_deref()
            .unwrap_or_default()
            .trim()
            .is_empty()
        {
            violations.push(format!("{at}: missing summary"));
        }
        if operation
            .description
            .as_deref()
            .unwrap_or_default()
            .trim()
            .is_empty()
        {
            violations.push(format!("{at}: missing description"));
        }
        if operation.tags.is_empty() {
            violations.push(format!("{at}: missing tag"));
        }
        match operation.extensions.get("x-idempotent") {
            Some(Value::Bool(_)) => {}
            Some(other) => violations.push(format!(
                "{at}: `x-idempotent` must be true or false, not {other}"
            )),
            None if STATE_CHANGING.contains(&method) => violations.push(format!(
                "{at}: a {} must state `x-idempotent` (may it be sent again after a lost answer?)",
                method.to_uppercase()
            )),
            None => {}
        }
        let security = operation.security.as_ref().or(spec.security.as_ref());
        match security {
            None => violations.push(format!("{at}: no security requirement")),
            Some(requirements) => {
                for name in requirements.iter().flat_map(|r| r.keys()) {
                    if !schemes.contains(name) {
                        violations.push(format!("{at}: security scheme `{name}` is not declared"));
                    }
                }
            }
        }
        let statuses: Vec<&StatusCode> = operation.responses.responses.keys().collect();
        let success =
            |s: &&StatusCode| matches!(s, StatusCode::Code(200..=299) | StatusCode::Range(2));
        let error = |s: &&StatusCode| matches!(s, StatusCode::Code(400..) | StatusCode::Range(4..));
        if !statuses.iter().any(success) {
            violations.push(format!("{at}: no success (2xx) response"));
        }
        if !statuses.iter().any(error) {
            violations.push(format!("{at}: no error (4xx/5xx) response is declared"));
        }
        let error_schemas: BTreeSet<String> = operation
            .responses
            .responses
            .iter()
            .filter(|(status, _)| error(status))
            .filter_map(|(_, response)| resolve_response(spec, response))
            .flat_map(|response| response.content.iter())
            .filter(|(media_type, _)| is_json_media_type(media_type))
            .map(|(_, media)| serde_json::to_string(&media.schema).unwrap_or_default())
            .collect();
        if error_schemas.len() > 1 {
            violations.push(format!(
                "{at}: its error responses use {} different JSON schemas; use one error schema per operation",
                error_schemas.len()
            ));
        }
        let declared: BTreeSet<String> = operation
            .parameters
            .iter()
            .chain(
                spec.paths
                    .paths
                    .get(path)
                    .and_then(ReferenceOr::as_item)
                    .map(|i| i.parameters.iter())
                    .into_iter()
                    .flatten(),
            )
            .filter_map(|p| resolve_parameter(spec, p))
            .filter(|p| {
                matches!(p, openapiv3::Parameter::Path { .. }) && p.parameter_data_ref().required
            })
            .map(|p| p.parameter_data_ref().name.clone())
            .collect();
        for name in path.split('{').skip(1).filter_map(|s| s.split('}').next()) {
            if !declared.contains(name) {
                violations.push(format!(
                    "{at}: path parameter `{name}` is not declared as a required path parameter"
                ));
            }
        }
    }
}

fn resolve_response<'a>(
    spec: &'a OpenAPI,
    response: &'a ReferenceOr<openapiv3::Response>,
) -> Option<&'a openapiv3::Response> {
    match response {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/responses/")?;
            spec.components.as_ref()?.responses.get(name)?.as_item()
        }
    }
}

fn resolve_parameter<'a>(
    spec: &'a OpenAPI,
    parameter: &'a ReferenceOr<openapiv3::Parameter>,
) -> Option<&'a openapiv3::Parameter> {
    match parameter {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            spec.components.as_ref()?.parameters.get(name)?.as_item()
        }
    }
}

/// Converts an OpenAPI 3.0 schema object into a JSON Schema (draft 4, whose
/// keywords 3.0 follows): `$ref`s point at `definitions`, `nullable` becomes a
/// `null` type, and objects that list properties get
/// `additionalProperties: false` unless they say otherwise (so that an example
/// with a misspelt or undeclared field fails).
pub(crate) fn to_json_schema(schema: &Value, in_all_of: bool) -> Value {
    match schema {
        Value::Object(object) => {
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
                                    .map(|(k, v)| (k.clone(), to_json_schema(v, false)))
                                    .collect()
                            })
                            .unwrap_or_default();
                        out.insert(key.clone(), Value::Object(properties));
                    }
                    "allOf" => {
                        let list = value
                            .as_array()
                            .map(|l| l.iter().map(|s| to_json_schema(s, true)).collect())
                            .unwrap_or_default();
                        out.insert(key.clone(), Value::Array(list));
                    }
                    "items" | "not" | "additionalProperties" if value.is_object() => {
                        out.insert(key.clone(), to_json_schema(value, false));
                    }
                    "oneOf" | "anyOf" => {
                        let list = value
                            .as_array()
                            .map(|l| l.iter().map(|s| to_json_schema(s, false)).collect())
                            .unwrap_or_default();
                        out.insert(key.clone(), Value::Array(list));
                    }
                    "nullable" | "example" | "discriminator" | "xml" | "externalDocs"
                    | "deprecated" | "readOnly" | "writeOnly" => {}
                    k if k.starts_with("x-") => {}
                    _ => {
                        out.insert(key.clone(), value.clone());
                    }
                }
            }
            if object.get("nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(typ)) = out.get("type").cloned() {
                    out.insert("type".into(), serde_json::json!([typ, "null"]));
                }
                if let Some(Value::Array(values)) = out.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            if object.contains_key("properties")
                && !object.contains_key("additionalProperties")
                && !in_all_of
            {
                out.insert("additionalProperties".into(), Value::Bool(false));
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// Every `(where, example, schema)` triple of the document.
fn examples(raw: &Value) -> Vec<(String, Value, Value)> {
    fn walk(value: &Value, at: &str, out: &mut Vec<(String, Value, Value)>) {
        match value {
            Value::Object(object) => {
                // Media types and parameters: `schema` beside `example(s)`.
                if let Some(schema) = object.get("schema") {
                    if let Some(example) = object.get("example") {
                        out.push((format!("{at}/example"), example.clone(), schema.clone()));
                    }
                    if let Some(Value::Object(named)) = object.get("examples") {
                        for (name, example) in named {
                            if let Some(value) = example.get("value") {
                                out.push((
                                    format!("{at}/examples/{name}"),
                                    value.clone(),
                                    schema.clone(),
                                ));
                            }
                        }
                    }
                }
                // Schemas: an `example` beside schema keywords.
                let is_schema = [
                    "type",
                    "properties",
                    "items",
                    "allOf",
                    "oneOf",
                    "anyOf",
                    "$ref",
                ]
                .iter()
                .any(|k| object.contains_key(*k));
                if is_schema
                    && !object.contains_key("schema")
                    && let Some(example) = object.get("example")
                {
                    out.push((format!("{at}/example"), example.clone(), value.clone()));
                }
                for (key, child) in object {
                    if key != "example" && key != "examples" {
                        walk(
                            child,
                            &format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                            out,
                        );
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(raw, "#", &mut out);
    out
}

fn check_examples(raw: &Value, violations: &mut Vec<String>) {
    let definitions: Map<String, Value> = raw
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|schemas| {
            schemas
                .iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v, false)))
                .collect()
        })
        .unwrap_or_default();
    for (at, example, schema) in examples(raw) {
        let mut schema = to_json_schema(&schema, false);
        if let Value::Object(object) = &mut schema {
            object.insert("definitions".into(), Value::Object(definitions.clone()));
        }
        let validator = match jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(&schema)
        {
            Ok(validator) => validator,
            Err(e) => {
                violations.push(format!("{at}: its schema is not valid JSON Schema: {e}"));
                continue;
            }
        };
        for error in validator.iter_errors(&example) {
            violations.push(format!(
                "example {at} does not match its schema at `{}`: {error}",
                error.instance_path()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn violations(yaml: &str) -> Vec<String> {
        let raw: Value = serde_yaml::from_str(yaml).unwrap_or_default();
        let spec: OpenAPI = match serde_json::from_value(raw.clone()) {
            Ok(spec) => spec,
            Err(e) => panic!("test spec does not parse: {e}"),
        };
        check(&raw, &spec)
    }

    const GOOD: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
security: [{key: []}]
paths:
  /things/{id}:
    get:
      operationId: getThing
      summary: Gets a thing.
      description: Gets a thing.
      tags: [things]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}, example: abc}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
              example: {name: x, when: "2020-11-12T08:15:30.144Z", note: null}
        "404":
          description: missing
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Problem"}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: Authorization}
  schemas:
    Thing:
      type: object
      properties:
        name: {type: string, example: x}
        when: {type: string, format: date-time}
        note: {type: string, nullable: true}
    Problem:
      type: object
      properties:
        title: {type: string}
"##;

    #[test]
    fn a_clean_spec_passes() {
        assert_eq!(violations(GOOD), Vec::<String>::new());
    }

    #[test]
    fn operation_rules_name_the_operation() {
        let bad = GOOD
            .replace("operationId: getThing", "operationId: get_thing")
            .replace("      summary: Gets a thing.\n", "")
            .replace(
                "{name: id, in: path, required: true",
                "{name: key, in: path, required: true",
            )
            .replace("\"404\":", "\"204\":");
        let found = violations(&bad);
        let expected = [
            "GET /things/{id}: operationId `get_thing` is not camelCase",
            "GET /things/{id} (get_thing): missing summary",
            "GET /things/{id} (get_thing): no error (4xx/5xx) response is declared",
            "GET /things/{id} (get_thing): path parameter `id` is not declared as a required path parameter",
        ];
        for message in expected {
            assert!(
                found.iter().any(|f| f == message),
                "missing {message:?} in {found:#?}"
            );
        }
    }

    #[test]
    fn undeclared_security_schemes_are_refused() {
        let found = violations(&GOOD.replace("security: [{key: []}]", "security: [{token: []}]"));
        assert!(
            found
                .iter()
                .any(|f| f.contains("security scheme `token` is not declared")),
            "{found:#?}"
        );
    }

    #[test]
    fn examples_must_match_their_schema() {
        let found = violations(&GOOD.replace("example: {name: x,", "example: {name: 5, extra: 1,"));
        assert_eq!(found.len(), 2, "{found:#?}");
        assert!(found.iter().all(|f| f.starts_with(
            "example #/paths/~1things~1{id}/get/responses/200/content/application~1json/example"
        )));
        let found = violations(&GOOD.replace("2020-11-12T08:15:30.144Z", "yesterday"));
        assert_eq!(found.len(), 1, "{found:#?}");
        let found = violations(&GOOD.replace("example: abc", "example: 5"));
        assert_eq!(found.len(), 1, "{found:#?}");
        let found =
            violations(&GOOD.replace("{type: string, example: x}", "{type: string, example: 7}"));
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn nullable_allows_null() {
        let found = violations(&GOOD.replace(
            "note: {type: string, nullable: true}",
            "note: {type: string}",
        ));
        assert_eq!(found.len(), 1, "{found:#?}");
    }

    #[test]
    fn state_changing_operations_state_their_idempotency() {
        let post = GOOD.replace("    get:\n", "    post:\n");
        assert_eq!(
            violations(&post),
            [
                "POST /things/{id} (getThing): a POST must state `x-idempotent` (may it be sent again after a lost answer?)"
            ]
        );
        let declared = post.replace(
            "      operationId: getThing\n",
            "      operationId: getThing\n      x-idempotent: false\n",
        );
        assert_eq!(violations(&declared), Vec::<String>::new());
        let not_a_bool = declared.replace("x-idempotent: false", "x-idempotent: \"no\"");
        assert_eq!(
            violations(&not_a_bool),
            ["POST /things/{id} (getThing): `x-idempotent` must be true or false, not \"no\""]
        );
    }

    #[test]
    fn idempotency_is_declared_or_follows_the_method() {
        let operation = |yaml: &str| -> openapiv3::Operation {
            serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("{e}"))
        };
        let plain = operation("responses: {}");
        let not_idempotent = operation("{x-idempotent: false, responses: {}}");
        let idempotent = operation("{x-idempotent: true, responses: {}}");
        for method in ["get", "head", "put", "delete", "options"] {
            assert!(is_idempotent(method, &plain), "{method}");
        }
        assert!(!is_idempotent("post", &plain) && !is_idempotent("patch", &plain));
        assert!(!is_idempotent("put", &not_idempotent));
        assert!(is_idempotent("post", &idempotent));
    }

    #[test]
    fn one_error_schema_per_operation() {
        let two = GOOD.replace(
            "components:\n",
            "        \"400\":\n          description: bad\n          content:\n            application/problem+json:\n              schema: {$ref: \"#/components/schemas/Thing\"}\ncomponents:\n",
        );
        let found = violations(&two);
        assert!(
            found.iter().any(|f| f.contains("2 different JSON schemas")),
            "{found:#?}"
        );
    }
}
