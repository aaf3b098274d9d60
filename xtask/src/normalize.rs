//! In-memory normalisations that make a faithful vendor spec digestible for
//! progenitor 0.15.1. The files in `specs/` are never changed: other teams
//! feed them to their own generators. Each step is small, documented in
//! `specs/README.md`, and tested below.
//!
//! 1. [`inline_response_refs`]: responses referenced from `components` are
//!    copied into each operation, so the steps below can edit them per operation.
//! 2. [`json_media_types`]: `application/<x>+json` (Astra's
//!    `application/astra-token+json`, RFC 7807 `application/problem+json`) is
//!    JSON; progenitor types only `application/json` and treats the rest as bytes.
//! 3. [`one_error_schema`]: progenitor needs every error response of an
//!    operation to share one body type; a documented error without a body
//!    (Dynatrace's 404 on some pages) gets the operation's error schema.
//! 4. [`tolerant_schemas`]: vendors add fields and enum values without notice,
//!    and do not always keep their own documented formats.
//!    `additionalProperties: false` would become `deny_unknown_fields`, a
//!    string enum a closed Rust enum, and a `pattern` or length limit a
//!    validating newtype; any of them would fail a whole response (and hide
//!    every token of an inventory). All are opened; enum values move into the
//!    doc comment. Validating input is the vendor's job. The specs' response
//!    schemas already accept every shape the vendors are known to send
//!    (`tests/tests/vendor_samples.rs`); this step stays as the Rust clients'
//!    margin against the next deviation, and keeps request-side enums and
//!    patterns plain `String`s for the builders.
//!
//! With limits gone, every `type: string, format: password` schema is a plain
//! string that the generator settings turn into `apitokens_core::Secret`.

use openapiv3::{
    AdditionalProperties, MediaType, OpenAPI, Operation, ReferenceOr, Response, Schema, SchemaKind,
    StatusCode, Type,
};

/// Applies every normalisation, in order.
pub(crate) fn for_progenitor(spec: &mut OpenAPI) {
    inline_response_refs(spec);
    json_media_types(spec);
    one_error_schema(spec);
    tolerant_schemas(spec);
}

/// The inline item of a reference-or-item (openapiv3 offers `as_mut` only for boxes).
fn item_mut<T>(reference_or: &mut ReferenceOr<T>) -> Option<&mut T> {
    match reference_or {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { .. } => None,
    }
}

fn operations_mut(spec: &mut OpenAPI) -> impl Iterator<Item = &mut Operation> {
    spec.paths
        .paths
        .values_mut()
        .filter_map(item_mut)
        .flat_map(|item| {
            [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.options,
                &mut item.head,
                &mut item.patch,
                &mut item.trace,
            ]
            .into_iter()
            .filter_map(Option::as_mut)
        })
}

/// Step 1: replaces `$ref: '#/components/responses/X'` with a copy of X.
pub(crate) fn inline_response_refs(spec: &mut OpenAPI) {
    let shared = spec
        .components
        .as_ref()
        .map(|c| c.responses.clone())
        .unwrap_or_default();
    let resolve = |response: &mut ReferenceOr<Response>| {
        if let ReferenceOr::Reference { reference } = response {
            let name = reference.trim_start_matches("#/components/responses/");
            if let Some(ReferenceOr::Item(item)) = shared.get(name) {
                *response = ReferenceOr::Item(item.clone());
            }
        }
    };
    for operation in operations_mut(spec) {
        operation.responses.responses.values_mut().for_each(resolve);
        operation.responses.default.iter_mut().for_each(resolve);
    }
}

/// Whether a media type is JSON: `application/json` or `application/<x>+json`,
/// with or without parameters.
pub(crate) fn is_json_media_type(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or_default().trim();
    essence == "application/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Step 2: renames JSON media types to `application/json` in request and
/// response bodies; other media types are kept.
pub(crate) fn json_media_types(spec: &mut OpenAPI) {
    fn rename(content: &mut indexmap::IndexMap<String, MediaType>) {
        let renamed = std::mem::take(content)
            .into_iter()
            .map(|(media_type, value)| {
                let key = if is_json_media_type(&media_type)
                    && !media_type.starts_with("application/json")
                {
                    "application/json".to_string()
                } else {
                    media_type
                };
                (key, value)
            });
        // The first JSON body wins if a spec offers several.
        for (key, value) in renamed {
            content.entry(key).or_insert(value);
        }
    }
    for operation in operations_mut(spec) {
        if let Some(ReferenceOr::Item(body)) = operation.request_body.as_mut() {
            rename(&mut body.content);
        }
        let responses = operation
            .responses
            .responses
            .values_mut()
            .chain(operation.responses.default.as_mut());
        for response in responses.filter_map(item_mut) {
            rename(&mut response.content);
        }
    }
    if let Some(components) = spec.components.as_mut() {
        for body in components.request_bodies.values_mut().filter_map(item_mut) {
            rename(&mut body.content);
        }
    }
}

fn is_error(status: &StatusCode) -> bool {
    match status {
        StatusCode::Code(code) => *code >= 400,
        StatusCode::Range(range) => *range >= 4,
    }
}

/// Step 3: gives bodiless error responses the operation's error body schema.
/// (Different error schemas in one operation are refused earlier, by the rules.)
pub(crate) fn one_error_schema(spec: &mut OpenAPI) {
    for operation in operations_mut(spec) {
        let errors = || {
            operation
                .responses
                .responses
                .iter()
                .filter(|(status, _)| is_error(status))
        };
        let shared = errors()
            .filter_map(|(_, response)| response.as_item())
            .find_map(|response| response.content.get("application/json").cloned());
        let Some(shared) = shared else { continue };
        for (status, response) in operation.responses.responses.iter_mut() {
            if let (true, ReferenceOr::Item(response)) = (is_error(status), response)
                && response.content.is_empty()
            {
                let media = MediaType {
                    schema: shared.schema.clone(),
                    ..Default::default()
                };
                response
                    .content
                    .insert("application/json".to_string(), media);
            }
        }
    }
}

/// Calls `visit` on every schema of the document, nested ones included.
fn for_each_schema(spec: &mut OpenAPI, visit: &mut dyn FnMut(&mut Schema)) {
    fn walk_ref(schema: &mut ReferenceOr<Schema>, visit: &mut dyn FnMut(&mut Schema)) {
        if let ReferenceOr::Item(schema) = schema {
            walk(schema, visit);
        }
    }
    fn walk_box(schema: &mut ReferenceOr<Box<Schema>>, visit: &mut dyn FnMut(&mut Schema)) {
        if let ReferenceOr::Item(schema) = schema {
            walk(schema, visit);
        }
    }
    fn walk_additional(
        extra: &mut Option<AdditionalProperties>,
        visit: &mut dyn FnMut(&mut Schema),
    ) {
        if let Some(AdditionalProperties::Schema(schema)) = extra {
            walk_ref(schema, visit);
        }
    }
    fn walk(schema: &mut Schema, visit: &mut dyn FnMut(&mut Schema)) {
        visit(schema);
        match &mut schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                object
                    .properties
                    .values_mut()
                    .for_each(|p| walk_box(p, visit));
                walk_additional(&mut object.additional_properties, visit);
            }
            SchemaKind::Type(Type::Array(array)) => {
                array.items.iter_mut().for_each(|i| walk_box(i, visit));
            }
            SchemaKind::OneOf { one_of: list }
            | SchemaKind::AllOf { all_of: list }
            | SchemaKind::AnyOf { any_of: list } => {
                list.iter_mut().for_each(|s| walk_ref(s, visit));
            }
            SchemaKind::Not { not } => walk_ref(not, visit),
            SchemaKind::Any(any) => {
                any.properties.values_mut().for_each(|p| walk_box(p, visit));
                walk_additional(&mut any.additional_properties, visit);
                any.items.iter_mut().for_each(|i| walk_box(i, visit));
                for list in [&mut any.one_of, &mut any.all_of, &mut any.any_of] {
                    list.iter_mut().for_each(|s| walk_ref(s, visit));
                }
                if let Some(not) = any.not.as_mut() {
                    walk_ref(not, visit);
                }
            }
            SchemaKind::Type(_) => {}
        }
    }
    fn walk_content(
        content: &mut indexmap::IndexMap<String, MediaType>,
        visit: &mut dyn FnMut(&mut Schema),
    ) {
        for media in content.values_mut() {
            if let Some(schema) = media.schema.as_mut() {
                walk_ref(schema, visit);
            }
        }
    }
    fn walk_parameter(parameter: &mut openapiv3::Parameter, visit: &mut dyn FnMut(&mut Schema)) {
        use openapiv3::Parameter;
        let data = match parameter {
            Parameter::Query { parameter_data, .. }
            | Parameter::Header { parameter_data, .. }
            | Parameter::Path { parameter_data, .. }
            | Parameter::Cookie { parameter_data, .. } => parameter_data,
        };
        match &mut data.format {
            openapiv3::ParameterSchemaOrContent::Schema(schema) => walk_ref(schema, visit),
            openapiv3::ParameterSchemaOrContent::Content(content) => walk_content(content, visit),
        }
    }

    if let Some(components) = spec.components.as_mut() {
        components
            .schemas
            .values_mut()
            .for_each(|s| walk_ref(s, visit));
        for response in components.responses.values_mut().filter_map(item_mut) {
            walk_content(&mut response.content, visit);
        }
        for body in components.request_bodies.values_mut().filter_map(item_mut) {
            walk_content(&mut body.content, visit);
        }
        for parameter in components.parameters.values_mut().filter_map(item_mut) {
            walk_parameter(parameter, visit);
        }
    }
    for item in spec.paths.paths.values_mut().filter_map(item_mut) {
        for parameter in item.parameters.iter_mut().filter_map(item_mut) {
            walk_parameter(parameter, visit);
        }
    }
    for operation in operations_mut(spec) {
        for parameter in operation.parameters.iter_mut().filter_map(item_mut) {
            walk_parameter(parameter, visit);
        }
        if let Some(ReferenceOr::Item(body)) = operation.request_body.as_mut() {
            walk_content(&mut body.content, visit);
        }
        let responses = operation
            .responses
            .responses
            .values_mut()
            .chain(operation.responses.default.as_mut());
        for response in responses.filter_map(item_mut) {
            walk_content(&mut response.content, visit);
        }
    }
}

/// Step 4: opens closed objects and string enums.
pub(crate) fn tolerant_schemas(spec: &mut OpenAPI) {
    for_each_schema(spec, &mut |schema| {
        let known_values = match &mut schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                if object.additional_properties == Some(AdditionalProperties::Any(false)) {
                    object.additional_properties = None;
                }
                None
            }
            SchemaKind::Any(any) => {
                if any.additional_properties == Some(AdditionalProperties::Any(false)) {
                    any.additional_properties = None;
                }
                None
            }
            SchemaKind::Type(Type::String(string)) => {
                string.pattern = None;
                string.min_length = None;
                string.max_length = None;
                if string.enumeration.is_empty() {
                    return;
                }
                let values: Vec<String> = std::mem::take(&mut string.enumeration)
                    .into_iter()
                    .flatten()
                    .map(|value| format!("`{value}`"))
                    .collect();
                Some(values.join(", "))
            }
            _ => None,
        };
        if let Some(values) = known_values.filter(|v: &String| !v.is_empty()) {
            let description = schema
                .schema_data
                .description
                .get_or_insert_with(String::new);
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(&format!(
                "Known values: {values}. Others may be added by the vendor."
            ));
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(yaml: &str) -> OpenAPI {
        match serde_yaml::from_str(yaml) {
            Ok(spec) => spec,
            Err(e) => panic!("test spec does not parse: {e}"),
        }
    }

    fn to_json(spec: &OpenAPI) -> serde_json::Value {
        serde_json::to_value(spec).unwrap_or_default()
    }

    const OPERATION: &str = r##"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/astra-token+json:
              schema: {$ref: "#/components/schemas/Thing"}
        "400":
          $ref: "#/components/responses/Problem"
        "404":
          description: no body
components:
  responses:
    Problem:
      description: problem
      content:
        application/problem+json:
          schema: {$ref: "#/components/schemas/Problem"}
  schemas:
    Thing:
      type: object
      additionalProperties: false
      properties:
        kind: {type: string, enum: [a, b], description: The kind.}
        code: {type: string, pattern: "^[0-9]+$", minLength: 1, maxLength: 7}
        secret: {type: string, format: password, minLength: 16}
    Problem:
      type: object
      properties:
        title: {type: string}
"##;

    fn normalized() -> serde_json::Value {
        let mut s = spec(OPERATION);
        for_progenitor(&mut s);
        to_json(&s)
    }

    #[test]
    fn plus_json_media_types_become_application_json() {
        assert!(is_json_media_type("application/json; charset=utf-8"));
        assert!(is_json_media_type("application/problem+json"));
        assert!(is_json_media_type("application/astra-token+json"));
        assert!(!is_json_media_type("text/html"));
        assert!(!is_json_media_type("application/octet-stream"));
        let json = normalized();
        let ok = &json["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"];
        assert!(ok.get("application/json").is_some(), "{ok}");
        assert!(ok.get("application/astra-token+json").is_none());
    }

    #[test]
    fn response_refs_are_inlined_and_errors_share_one_schema() {
        let json = normalized();
        let responses = &json["paths"]["/things/{id}"]["get"]["responses"];
        let problem = serde_json::json!({"$ref": "#/components/schemas/Problem"});
        assert_eq!(
            responses["400"]["content"]["application/json"]["schema"],
            problem
        );
        assert_eq!(
            responses["404"]["content"]["application/json"]["schema"],
            problem
        );
        assert_eq!(responses["404"]["description"], "no body");
    }

    #[test]
    fn closed_objects_and_enums_are_opened() {
        let json = normalized();
        let thing = &json["components"]["schemas"]["Thing"];
        assert!(thing.get("additionalProperties").is_none(), "{thing}");
        let kind = &thing["properties"]["kind"];
        assert!(kind.get("enum").is_none(), "{kind}");
        assert_eq!(
            kind["description"],
            "The kind.\n\nKnown values: `a`, `b`. Others may be added by the vendor."
        );
    }

    #[test]
    fn secrets_become_plain_password_strings() {
        let json = normalized();
        let secret = &json["components"]["schemas"]["Thing"]["properties"]["secret"];
        assert_eq!(
            secret,
            &serde_json::json!({"type": "string", "format": "password"})
        );
    }
}
