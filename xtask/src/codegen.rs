//! Spec → Rust: parse, check the rules, normalise, run progenitor, format.

use std::path::Path;

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle, TypeImpl};

use crate::{normalize, rules, vendors::Vendor};

/// The Rust type that replaces every `type: string, format: password` schema:
/// a string that never shows in `Debug` (see `crates/core`).
pub(crate) const SECRET_TYPE: &str = "::apitokens_core::Secret";

/// The row type of every crate's `OPERATIONS` table, and the table's type:
/// defined once in `crates/core`, with the look-ups the hooks use.
const OPERATION_TYPE: &str = "::apitokens_core::Operation";
const OPERATIONS_TYPE: &str = "::apitokens_core::Operations";

/// Loads a spec as both a JSON value (for the rules, which need the raw
/// document: examples, unknown keys) and a typed `openapiv3::OpenAPI`.
pub(crate) fn load_spec(path: &Path) -> Result<(serde_json::Value, openapiv3::OpenAPI), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let raw: serde_json::Value = serde_yaml::from_str(&text)
        .map_err(|e| format!("{} is not valid YAML: {e}", path.display()))?;
    let spec: openapiv3::OpenAPI = serde_json::from_value(raw.clone()).map_err(|e| {
        format!(
            "{} is not a valid OpenAPI 3.0 document: {e}",
            path.display()
        )
    })?;
    Ok((raw, spec))
}

/// Produces the full text of one vendor's `generated.rs`.
pub(crate) fn generate_vendor(root: &Path, vendor: &Vendor) -> Result<String, String> {
    let spec_path = vendor.spec_path();
    let (raw, mut spec) = load_spec(&root.join(&spec_path))?;
    let violations = rules::check(&raw, &spec);
    if !violations.is_empty() {
        return Err(format!(
            "{spec_path} breaks {} rule(s):\n  - {}",
            violations.len(),
            violations.join("\n  - ")
        ));
    }
    let operations = format_rust(&operation_table(&spec))?;
    normalize::for_progenitor(&mut spec);
    let code = render(&spec).map_err(|e| format!("{spec_path}: {e}"))?;
    Ok(format!(
        "// @generated from {spec_path} by `cargo xtask generate`. Do not edit: change the spec\n\
         // (or the xtask's normalisations) and regenerate.\n\n{code}\n{operations}"
    ))
}

/// progenitor's name for an operation: its `operationId` in snake_case, as in
/// `OperationInfo::operation_id`.
pub(crate) fn snake_case(operation_id: &str) -> String {
    let mut out = String::with_capacity(operation_id.len() + 4);
    for (i, c) in operation_id.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Facts of the faithful spec that the hand-written hooks need and that
/// progenitor does not carry (or that normalisation replaced): the media types
/// each operation answers with and accepts, Alibaba's `x-acs-action`, and
/// whether the call may be sent again (`x-idempotent`, else by method).
fn operation_table(spec: &openapiv3::OpenAPI) -> String {
    let mut rows = String::new();
    for (_, method, operation) in spec.operations() {
        let Some(id) = operation.operation_id.as_deref() else {
            continue;
        };
        let mut accept: Vec<&str> = Vec::new();
        for response in operation
            .responses
            .responses
            .values()
            .filter_map(|r| r.as_item())
        {
            for media_type in response.content.keys() {
                if !accept.contains(&media_type.as_str()) {
                    accept.push(media_type);
                }
            }
        }
        let body = match &operation.request_body {
            Some(openapiv3::ReferenceOr::Item(body)) => Some(body),
            Some(openapiv3::ReferenceOr::Reference { reference }) => spec
                .components
                .as_ref()
                .and_then(|c| {
                    c.request_bodies
                        .get(reference.trim_start_matches("#/components/requestBodies/"))
                })
                .and_then(|b| b.as_item()),
            None => None,
        };
        let content_type = match body.and_then(|b| b.content.keys().next()) {
            Some(media_type) => format!("Some({media_type:?})"),
            None => "None".to_string(),
        };
        let action = match operation
            .extensions
            .get("x-acs-action")
            .and_then(|v| v.as_str())
        {
            Some(action) => format!("Some({action:?})"),
            None => "None".to_string(),
        };
        rows.push_str(&format!(
            "    {OPERATION_TYPE} {{ id: {:?}, operation_id: {id:?}, accept: {:?}, content_type: {content_type}, acs_action: {action}, idempotent: {} }},\n",
            snake_case(id),
            accept.join(", "),
            rules::is_idempotent(method, operation),
        ));
    }
    format!(
        "/// Every operation of the spec, in spec order, for the hand-written request hooks.\n\
         pub(crate) const OPERATIONS: {OPERATIONS_TYPE} = {OPERATIONS_TYPE}::new(&[\n{rows}]);\n"
    )
}

/// The progenitor settings shared by every vendor client.
fn settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        // Builder style keeps optional query parameters optional at the call site.
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        // Every vendor authenticates or signs each request: a missing
        // `ClientHooks` implementation must be a compile error.
        .with_hooks(HooksMode::Expected)
        .with_inner_type(quote_path("::apitokens_core::Settings<crate::Credentials>"))
        // What the facade and the CLI emit is described by a JSON Schema.
        .with_derive("schemars::JsonSchema")
        .with_conversion(
            schemars08::schema::SchemaObject {
                instance_type: Some(schemars08::schema::InstanceType::String.into()),
                format: Some("password".to_string()),
                ..Default::default()
            },
            SECRET_TYPE,
            std::iter::empty::<TypeImpl>(),
        );
    settings
}

fn quote_path(path: &str) -> proc_macro2::TokenStream {
    // A constant path: parsing it cannot fail.
    path.parse().unwrap_or_default()
}

/// Formats Rust source with prettyplease, the formatter progenitor's output uses.
fn format_rust(source: &str) -> Result<String, String> {
    let file =
        syn::parse_file(source).map_err(|e| format!("the xtask produced invalid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}

/// Runs progenitor and formats its output with prettyplease.
pub(crate) fn render(spec: &openapiv3::OpenAPI) -> Result<String, String> {
    // progenitor panics on spec shapes it does not support; turn that into an
    // error naming the spec instead of a backtrace.
    let tokens = std::panic::catch_unwind(|| Generator::new(&settings()).generate_tokens(spec))
        .map_err(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            format!("progenitor cannot generate a client from this spec (it panicked: {message})")
        })?
        .map_err(|e| format!("progenitor rejected the spec: {e}"))?;
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("progenitor produced invalid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}
