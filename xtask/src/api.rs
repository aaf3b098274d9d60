//! The public API of a generated client, item by item, and what a
//! regeneration adds, changes or removes in it. `cargo xtask check` and
//! `generate` print this summary beside the diff, so that a reviewer sees at a
//! glance how the crate's version must move (README, "Versioning").
//!
//! Items are compared by path and signature only: documentation, bodies and
//! attributes other than `derive` and `non_exhaustive` are not API.

use std::collections::{BTreeMap, BTreeSet};

/// What kind of public item a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Module,
    Struct,
    Field,
    Enum,
    Variant,
    Function,
    Method,
    TraitImpl,
    Trait,
    TypeAlias,
    Const,
    Reexport,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::Module => "mod",
            Kind::Struct => "struct",
            Kind::Field => "field",
            Kind::Enum => "enum",
            Kind::Variant => "variant",
            Kind::Function => "fn",
            Kind::Method => "method",
            Kind::TraitImpl => "impl",
            Kind::Trait => "trait",
            Kind::TypeAlias => "type",
            Kind::Const => "const",
            Kind::Reexport => "use",
        }
    }
}

/// One public item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Item {
    pub(crate) kind: Kind,
    /// One line: what a caller relies on (a field's type, a method's signature).
    pub(crate) signature: String,
    /// The path of the item it belongs to (a field's struct, a method's type).
    parent: Option<String>,
    /// Whether adding a member breaks callers: a struct whose fields are all
    /// public (it can be built with a literal) or an enum (it can be matched
    /// exhaustively), unless `#[non_exhaustive]`.
    closed: bool,
}

/// A file's public items by path (`types::Token::name`).
pub(crate) type Api = BTreeMap<String, Item>;

/// The public items of `source`: `pub` items at the top level and in `pub`
/// inline modules, with the `pub` fields, variants and methods they carry and
/// the trait impls of their types.
pub(crate) fn public_items(source: &str) -> Result<Api, String> {
    let file = syn::parse_file(source).map_err(|e| format!("not valid Rust: {e}"))?;
    let mut api = Api::new();
    collect(&file.items, "", None, &mut api);
    Ok(api)
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn non_exhaustive(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

/// The attributes that are API: derives (which traits a type has) and `non_exhaustive`.
fn api_attrs(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive") || a.path().is_ident("non_exhaustive"))
        .cloned()
        .collect()
}

fn insert(api: &mut Api, path: String, item: Item) {
    // Two items under one path (e.g. a method in two impl blocks of one
    // generic type) are told apart by signature; a change then shows as a
    // removal and an addition.
    let path = if api.contains_key(&path) {
        format!("{path} [{}]", item.signature)
    } else {
        path
    };
    api.insert(path, item);
}

fn collect(items: &[syn::Item], prefix: &str, parent: Option<&str>, api: &mut Api) {
    let item = |kind, signature, parent: Option<&str>| Item {
        kind,
        signature,
        parent: parent.map(str::to_string),
        closed: false,
    };
    for entry in items {
        match entry {
            syn::Item::Mod(module) if is_pub(&module.vis) => {
                let path = format!("{prefix}{}", module.ident);
                insert(api, path.clone(), item(Kind::Module, String::new(), parent));
                if let Some((_, content)) = &module.content {
                    collect(content, &format!("{path}::"), Some(&path), api);
                }
            }
            syn::Item::Struct(definition) if is_pub(&definition.vis) => {
                let path = format!("{prefix}{}", definition.ident);
                let mut header = definition.clone();
                header.attrs = api_attrs(&definition.attrs);
                header.fields = syn::Fields::Unit;
                header.semi_token = Some(Default::default());
                let all_public = definition.fields.iter().all(|f| is_pub(&f.vis));
                insert(
                    api,
                    path.clone(),
                    Item {
                        closed: all_public && !non_exhaustive(&definition.attrs),
                        ..item(Kind::Struct, one_line(&[syn::Item::Struct(header)]), parent)
                    },
                );
                for (index, field) in definition.fields.iter().enumerate() {
                    if is_pub(&field.vis) {
                        let name = field
                            .ident
                            .as_ref()
                            .map_or_else(|| index.to_string(), ToString::to_string);
                        insert(
                            api,
                            format!("{path}::{name}"),
                            item(Kind::Field, type_text(&field.ty), Some(&path)),
                        );
                    }
                }
            }
            syn::Item::Enum(definition) if is_pub(&definition.vis) => {
                let path = format!("{prefix}{}", definition.ident);
                let mut header = definition.clone();
                header.attrs = api_attrs(&definition.attrs);
                header.variants.clear();
                insert(
                    api,
                    path.clone(),
                    Item {
                        closed: !non_exhaustive(&definition.attrs),
                        ..item(Kind::Enum, one_line(&[syn::Item::Enum(header)]), parent)
                    },
                );
                for variant in &definition.variants {
                    insert(
                        api,
                        format!("{path}::{}", variant.ident),
                        item(Kind::Variant, fields_text(&variant.fields), Some(&path)),
                    );
                }
            }
            syn::Item::Fn(function) if is_pub(&function.vis) => {
                insert(
                    api,
                    format!("{prefix}{}", function.sig.ident),
                    item(Kind::Function, signature_text(&function.sig), parent),
                );
            }
            syn::Item::Impl(block) => collect_impl(block, prefix, api),
            syn::Item::Trait(definition) if is_pub(&definition.vis) => {
                // A trait's items are its signature: adding one breaks implementers.
                let mut header = definition.clone();
                header.attrs = Vec::new();
                for member in &mut header.items {
                    match member {
                        syn::TraitItem::Fn(function) => {
                            function.attrs.clear();
                            function.default = None;
                            function.semi_token = Some(Default::default());
                        }
                        syn::TraitItem::Const(constant) => {
                            constant.attrs.clear();
                            constant.default = None;
                        }
                        syn::TraitItem::Type(alias) => {
                            alias.attrs.clear();
                            alias.default = None;
                        }
                        _ => {}
                    }
                }
                insert(
                    api,
                    format!("{prefix}{}", definition.ident),
                    item(Kind::Trait, one_line(&[syn::Item::Trait(header)]), parent),
                );
            }
            syn::Item::Type(alias) if is_pub(&alias.vis) => {
                insert(
                    api,
                    format!("{prefix}{}", alias.ident),
                    item(Kind::TypeAlias, type_text(&alias.ty), parent),
                );
            }
            syn::Item::Const(constant) if is_pub(&constant.vis) => {
                insert(
                    api,
                    format!("{prefix}{}", constant.ident),
                    item(Kind::Const, type_text(&constant.ty), parent),
                );
            }
            syn::Item::Use(import) if is_pub(&import.vis) => {
                let mut bare = import.clone();
                bare.attrs = Vec::new();
                let text = one_line(&[syn::Item::Use(bare)]);
                insert(
                    api,
                    format!("{prefix}{text}"),
                    item(Kind::Reexport, String::new(), parent),
                );
            }
            _ => {}
        }
    }
}

/// Inherent impls contribute their `pub` methods and constants; a trait impl
/// is one item (its methods are the trait's), with its associated types.
fn collect_impl(block: &syn::ItemImpl, prefix: &str, api: &mut Api) {
    let self_name = match &*block.self_ty {
        syn::Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string()),
        _ => None,
    }
    .unwrap_or_else(|| type_text(&block.self_ty));
    let owner = format!("{prefix}{self_name}");
    if let Some((trait_path, _)) = &block.trait_ {
        let mut header = block.clone();
        header.attrs = Vec::new();
        header.items.retain_mut(|member| match member {
            syn::ImplItem::Type(alias) => {
                alias.attrs.clear();
                true
            }
            _ => false,
        });
        let trait_name = one_line_path(trait_path);
        insert(
            api,
            format!("{owner}::impl {trait_name}"),
            Item {
                kind: Kind::TraitImpl,
                signature: one_line(&[syn::Item::Impl(header)]),
                parent: Some(owner),
                closed: false,
            },
        );
        return;
    }
    for member in &block.items {
        let (name, kind, signature) = match member {
            syn::ImplItem::Fn(function) if is_pub(&function.vis) => (
                function.sig.ident.to_string(),
                Kind::Method,
                signature_text(&function.sig),
            ),
            syn::ImplItem::Const(constant) if is_pub(&constant.vis) => (
                constant.ident.to_string(),
                Kind::Const,
                type_text(&constant.ty),
            ),
            _ => continue,
        };
        insert(
            api,
            format!("{owner}::{name}"),
            Item {
                kind,
                signature,
                parent: Some(owner.clone()),
                closed: false,
            },
        );
    }
}

/// Items printed by prettyplease (the formatter of the generated code), on one line.
fn one_line(items: &[syn::Item]) -> String {
    let mut file: syn::File = syn::parse_quote!();
    file.items = items.to_vec();
    let text = prettyplease::unparse(&file);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Line-break, trailing-comma and empty-body noise of the stand-in items.
    text.replace("( ", "(")
        .replace(" )", ")")
        .replace(",)", ")")
        .replace(", }", " }")
        .replace(", {}", " {}")
        .trim_end_matches([';', ' '])
        .trim_end_matches("{}")
        .trim_end_matches([',', ' '])
        .to_string()
}

fn type_text(ty: &syn::Type) -> String {
    // `type T = …;` is the smallest item that prints a type.
    let alias: syn::ItemType = syn::parse_quote!(type T = #ty;);
    let text = one_line(&[syn::Item::Type(alias)]);
    text.strip_prefix("type T = ").unwrap_or(&text).to_string()
}

fn one_line_path(path: &syn::Path) -> String {
    type_text(&syn::parse_quote!(#path))
}

fn signature_text(signature: &syn::Signature) -> String {
    let function: syn::ItemFn = syn::parse_quote!(pub #signature {});
    one_line(&[syn::Item::Fn(function)])
}

fn fields_text(fields: &syn::Fields) -> String {
    match fields {
        syn::Fields::Unit => String::new(),
        syn::Fields::Unnamed(unnamed) => format!(
            "({})",
            unnamed
                .unnamed
                .iter()
                .map(|f| type_text(&f.ty))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        syn::Fields::Named(named) => format!(
            "{{ {} }}",
            named
                .named
                .iter()
                .map(|f| format!(
                    "{}: {}",
                    f.ident
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    type_text(&f.ty)
                ))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// How a regeneration moves the version (README, "Versioning").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Impact {
    /// No public item added, changed or removed: documentation or bodies only.
    None,
    /// Public items added, nothing a caller relies on changed.
    Additive,
    /// A public item removed or changed, or a member added to a closed type.
    Breaking,
}

/// One line of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    Added {
        path: String,
        item: Item,
        /// Members added with it (its fields, methods, impls), not listed.
        members: usize,
    },
    Removed {
        path: String,
        item: Item,
        members: usize,
    },
    Changed {
        path: String,
        before: Item,
        after: Item,
    },
}

impl Change {
    fn impact(&self, old: &Api) -> Impact {
        match self {
            Change::Removed { .. } | Change::Changed { .. } => Impact::Breaking,
            Change::Added { item, .. } => {
                let closed_parent = item
                    .parent
                    .as_ref()
                    .and_then(|parent| old.get(parent))
                    .is_some_and(|parent| parent.closed);
                if matches!(item.kind, Kind::Field | Kind::Variant) && closed_parent {
                    Impact::Breaking
                } else {
                    Impact::Additive
                }
            }
        }
    }
}

/// What differs between two versions of a file's public API, a new or
/// removed item's members folded into it.
pub(crate) fn compare(old: &Api, new: &Api) -> (Vec<Change>, Impact) {
    let added = one_side(new, old);
    let removed = one_side(old, new);
    let mut changes = Vec::new();
    for (path, (item, members)) in added {
        changes.push(Change::Added {
            path,
            item,
            members,
        });
    }
    for (path, (item, members)) in removed {
        changes.push(Change::Removed {
            path,
            item,
            members,
        });
    }
    for (path, before) in old {
        if let Some(after) = new.get(path)
            && (after.signature != before.signature || after.kind != before.kind)
        {
            changes.push(Change::Changed {
                path: path.clone(),
                before: before.clone(),
                after: after.clone(),
            });
        }
    }
    changes.sort_by(|a, b| a.path().cmp(b.path()));
    let impact = changes
        .iter()
        .map(|change| change.impact(old))
        .max()
        .unwrap_or(Impact::None);
    (changes, impact)
}

/// The items of `this` that `other` lacks, each with the number of such items
/// beneath it; an item whose parent is also new is counted, not listed.
fn one_side(this: &Api, other: &Api) -> BTreeMap<String, (Item, usize)> {
    let only: BTreeSet<&String> = this.keys().filter(|p| !other.contains_key(*p)).collect();
    let mut shown: BTreeMap<String, (Item, usize)> = BTreeMap::new();
    let mut folded: Vec<String> = Vec::new();
    for path in &only {
        let Some(item) = this.get(*path) else {
            continue;
        };
        let mut top = (*path).clone();
        while let Some(parent) = this.get(&top).and_then(|i| i.parent.clone())
            && only.contains(&parent)
        {
            top = parent;
        }
        if top == **path {
            shown.entry(top).or_insert_with(|| (item.clone(), 0));
        } else {
            folded.push(top);
        }
    }
    for top in folded {
        if let Some((_, members)) = shown.get_mut(&top) {
            *members += 1;
        }
    }
    shown
}

impl Change {
    fn path(&self) -> &str {
        match self {
            Change::Added { path, .. }
            | Change::Removed { path, .. }
            | Change::Changed { path, .. } => path,
        }
    }
}

/// The summary a reviewer reads: one headline, then one line per change.
pub(crate) fn report(file: &str, old: &str, new: &str) -> String {
    let (old, new) = match (public_items(old), public_items(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            return format!("public API of {file}: cannot compare ({e})\n");
        }
    };
    let (changes, impact) = compare(&old, &new);
    let verdict = match impact {
        Impact::None => "no public item added, changed or removed (a patch release)",
        Impact::Additive => "additive (pre-1.0: a patch release; from 1.0: a minor release)",
        Impact::Breaking => "breaking (pre-1.0: a minor release; from 1.0: a major release)",
    };
    let mut out = format!("public API of {file}: {verdict}\n");
    let width = changes
        .iter()
        .map(|c| c.path().chars().count())
        .max()
        .unwrap_or(0);
    for change in &changes {
        let line = match change {
            Change::Added {
                path,
                item,
                members,
            } => format!(
                "  + {:<7} {path:<width$}  {}{}",
                item.kind.label(),
                item.signature,
                with_members(*members)
            ),
            Change::Removed {
                path,
                item,
                members,
            } => format!(
                "  - {:<7} {path:<width$}  {}{}",
                item.kind.label(),
                item.signature,
                with_members(*members)
            ),
            Change::Changed {
                path,
                before,
                after,
            } => format!(
                "  ~ {:<7} {path:<width$}  {}  =>  {}",
                after.kind.label(),
                before.signature,
                after.signature
            ),
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn with_members(members: usize) -> String {
    match members {
        0 => String::new(),
        1 => " (and 1 member)".to_string(),
        n => format!(" (and {n} members)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = r#"
        pub mod types {
            /// A token.
            #[derive(Clone, Debug)]
            pub struct Token {
                pub id: String,
                pub name: Option<String>,
            }
            #[derive(Clone, Copy)]
            pub enum Kind { Personal, Service }
            impl From<&Token> for Token {
                fn from(value: &Token) -> Self { value.clone() }
            }
            pub(crate) struct Hidden;
        }
        pub struct Client {
            pub(crate) baseurl: String,
        }
        impl Client {
            /// Gets a token.
            pub fn get_token(&self) -> builder::GetToken<'_> { builder::GetToken::new(self) }
            fn private_helper(&self) {}
        }
        mod private {
            pub struct NotReachable;
        }
    "#;

    fn api(source: &str) -> Api {
        public_items(source).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn only_public_items_are_collected() {
        let items = api(OLD);
        let paths: Vec<&str> = items.keys().map(String::as_str).collect();
        assert_eq!(
            paths,
            [
                "Client",
                "Client::get_token",
                "types",
                "types::Kind",
                "types::Kind::Personal",
                "types::Kind::Service",
                "types::Token",
                "types::Token::id",
                "types::Token::impl From<&Token>",
                "types::Token::name",
            ]
        );
        assert_eq!(items["types::Token::name"].signature, "Option<String>");
        assert_eq!(
            items["Client::get_token"].signature,
            "pub fn get_token(&self) -> builder::GetToken<'_>"
        );
        assert_eq!(
            items["types::Token"].signature,
            "#[derive(Clone, Debug)] pub struct Token"
        );
        assert!(items["types::Token"].closed, "all fields public");
        let long = api(
            "impl Client {\n    pub fn new(\n        baseurl: &str,\n        \
                        inner: ::apitokens_core::Settings<crate::Credentials>,\n    ) -> Self {\n        \
                        todo!()\n    }\n}",
        );
        assert_eq!(
            long["Client::new"].signature,
            "pub fn new(baseurl: &str, inner: ::apitokens_core::Settings<crate::Credentials>) -> Self"
        );
        assert!(!items["Client"].closed, "private fields");
    }

    #[test]
    fn documentation_and_bodies_are_not_api() {
        let new = OLD
            .replace("/// A token.", "/// A token, as the vendor returns it.")
            .replace(
                "fn private_helper(&self) {}",
                "fn private_helper(&self) { let _ = 1; }",
            );
        let (changes, impact) = compare(&api(OLD), &api(&new));
        assert_eq!(changes, []);
        assert_eq!(impact, Impact::None);
    }

    #[test]
    fn a_new_operation_is_additive_and_listed_once() {
        let new = OLD.replace(
            "fn private_helper",
            "pub fn list_tokens(&self) -> builder::ListTokens<'_> { todo!() }\n\
             fn private_helper",
        ) + "pub mod builder { pub struct ListTokens<'a> { client: &'a super::Client }\n\
               impl<'a> ListTokens<'a> { pub fn limit(self, value: u32) -> Self { self } } }";
        let (changes, impact) = compare(&api(OLD), &api(&new));
        let added: Vec<(&str, usize)> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Added { path, members, .. } => Some((path.as_str(), *members)),
                _ => None,
            })
            .collect();
        // The new module's struct and method fold into the module.
        assert_eq!(added, [("Client::list_tokens", 0), ("builder", 2)]);
        assert_eq!(changes.len(), 2);
        assert_eq!(impact, Impact::Additive);
    }

    #[test]
    fn type_changes_removals_and_new_fields_of_closed_types_break() {
        let new = OLD
            .replace(
                "pub name: Option<String>,",
                "pub name: String,\npub owner: String,",
            )
            .replace(
                "pub enum Kind { Personal, Service }",
                "pub enum Kind { Personal }",
            );
        let summary = report("generated.rs", OLD, &new);
        assert_eq!(
            summary,
            "public API of generated.rs: breaking (pre-1.0: a minor release; from 1.0: a major release)\n\
             \x20 - variant types::Kind::Service\n\
             \x20 ~ field   types::Token::name    Option<String>  =>  String\n\
             \x20 + field   types::Token::owner   String\n"
        );
        // A field added to a struct with private fields is no break.
        let client = OLD.replace(
            "pub(crate) baseurl: String,",
            "pub(crate) baseurl: String,\npub timeout: u64,",
        );
        assert_eq!(compare(&api(OLD), &api(&client)).1, Impact::Additive);
    }

    #[test]
    fn every_committed_client_parses_and_exposes_its_client() {
        let root = crate::workspace_root();
        for vendor in crate::vendors::VENDORS {
            let path = root.join(vendor.output_path());
            let code = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let items = api(&code);
            assert_eq!(items.get("Client").map(|i| i.kind), Some(Kind::Struct));
            assert!(
                items.keys().any(|p| p.starts_with("builder::")),
                "{}: builders are public API",
                vendor.output_path()
            );
            assert!(
                !items.keys().any(|p| p.contains("OPERATIONS")),
                "pub(crate) items are not API"
            );
        }
    }
}
