//! `cargo xtask`: the workspace's code generation and checks.
//!
//! - `cargo xtask generate` regenerates every vendor client crate from `specs/`.
//! - `cargo xtask check` fails, with a unified diff, when a generated file is stale.
//!
//! The arguments are parsed by hand: two argument-less subcommands do not
//! justify clap's build time in a tool every contributor compiles.

mod bench;
mod codegen;
mod normalize;
mod rules;
mod tools;
mod vendors;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate   regenerate every client crate's src/generated.rs from specs/
  check      fail when a generated file differs from what `generate` would write
  lint       run the Redocly gate (redocly.yaml) on every spec; any error or warning fails
  interop    generate TypeScript types and Python clients from every spec and use them
  docs       render every spec to standalone HTML in target/docs/
  bench      build in release, start the sandbox, measure, print one table (docs/BENCHMARKS.md)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate"] => generate(&workspace_root()),
        ["check"] => check(&workspace_root()),
        ["lint"] => tools::lint(&workspace_root()),
        ["interop"] => tools::interop(&workspace_root()),
        ["docs"] => tools::docs(&workspace_root()),
        ["bench", rest @ ..] => bench::bench(&workspace_root(), rest),
        ["help" | "--help" | "-h"] | [] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => Err(format!("unknown arguments {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's manifest directory.
fn workspace_root() -> PathBuf {
    let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    xtask_dir.parent().unwrap_or(xtask_dir).to_path_buf()
}

/// Writes every vendor's generated client, only touching files that change so
/// that cargo does not rebuild crates whose code is the same.
fn generate(root: &Path) -> Result<(), String> {
    let mut failures = Vec::new();
    for vendor in vendors::VENDORS {
        let code = match codegen::generate_vendor(root, vendor) {
            Ok(code) => code,
            Err(message) => {
                failures.push(message);
                continue;
            }
        };
        let target = root.join(vendor.output_path());
        let current = std::fs::read_to_string(&target).unwrap_or_default();
        if current == code {
            println!("unchanged {}", vendor.output_path());
        } else {
            std::fs::write(&target, code)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("wrote     {}", vendor.output_path());
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// Generates every client in memory and compares it with the committed file.
fn check(root: &Path) -> Result<(), String> {
    let mut stale = Vec::new();
    for vendor in vendors::VENDORS {
        let code = codegen::generate_vendor(root, vendor)?;
        let target = root.join(vendor.output_path());
        let current = std::fs::read_to_string(&target).unwrap_or_default();
        if current != code {
            let diff = similar::TextDiff::from_lines(&current, &code);
            print!(
                "{}",
                diff.unified_diff().context_radius(3).header(
                    &format!("{} (committed)", vendor.output_path()),
                    &format!(
                        "{} (generated from {})",
                        vendor.output_path(),
                        vendor.spec_path()
                    ),
                )
            );
            stale.push(vendor.output_path());
        } else {
            println!("up to date {}", vendor.output_path());
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "stale generated code in {}; run `cargo xtask generate` and commit the result",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spec_keeps_the_rules_and_generates_deterministically() {
        let root = workspace_root();
        for vendor in vendors::VENDORS {
            let first = codegen::generate_vendor(&root, vendor);
            let second = codegen::generate_vendor(&root, vendor);
            match (first, second) {
                (Ok(first), Ok(second)) => {
                    assert_eq!(first, second, "{} is not deterministic", vendor.spec);
                    assert!(
                        first.starts_with("// @generated from specs/"),
                        "{} lacks its marker",
                        vendor.spec
                    );
                }
                (Err(e), _) | (_, Err(e)) => panic!("{e}"),
            }
        }
    }

    #[test]
    fn a_spec_edit_makes_the_committed_code_stale() {
        // What `check` compares: the generated text changes with the spec.
        let root = workspace_root();
        let Some(vendor) = vendors::VENDORS.first() else {
            return;
        };
        let path = root.join(vendor.spec_path());
        let (_, mut spec) = match codegen::load_spec(&path) {
            Ok(loaded) => loaded,
            Err(e) => panic!("{e}"),
        };
        normalize::for_progenitor(&mut spec);
        let before = codegen::render(&spec);
        spec.info.version.push_str("-edited");
        let after = codegen::render(&spec);
        assert!(before.is_ok() && after.is_ok());
        assert_ne!(before, after);
    }
}
