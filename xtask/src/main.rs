//! `cargo xtask`: the workspace's code generation and checks.
//!
//! - `cargo xtask generate` regenerates every vendor client crate from `specs/`.
//! - `cargo xtask check` fails, with a unified diff, when a generated file is stale,
//!   and sums up the public items the regeneration adds, changes or removes.
//!
//! The arguments are parsed by hand: two argument-less subcommands do not
//! justify clap's build time in a tool every contributor compiles.

mod api;
mod bench;
mod codegen;
mod normalize;
mod rules;
mod sandbox_run;
mod tools;
mod vendors;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  generate   regenerate every client crate's src/generated.rs from specs/
  check      fail when a generated file differs from what `generate` would write; print
             the diff and the public items it adds, changes or removes
  lint       run the Redocly gate (redocly.yaml) on every spec; any error or warning fails
  interop    generate TypeScript types and Python clients from every spec and use them
  docs       render every spec to standalone HTML in target/docs/
  bench      build in release, start the sandbox, measure, print one table (docs/BENCHMARKS.md)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = match std::env::current_dir()
        .map_err(|e| format!("cannot read the current directory: {e}"))
        .and_then(|dir| workspace_root_from(&dir))
    {
        Ok(root) => root,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["generate"] => generate(&root),
        ["check"] => check(&root),
        ["lint"] => tools::lint(&root),
        ["interop"] => tools::interop(&root),
        ["docs"] => tools::docs(&root),
        ["bench", rest @ ..] => bench::bench(&root, rest),
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

/// The workspace root of the checkout `start` is in: the nearest directory at
/// or above `start` whose `Cargo.toml` has a `[workspace]` table, as cargo
/// finds it. Found at run time, never from the compile-time
/// `CARGO_MANIFEST_DIR`: with a shared target directory, one xtask binary
/// serves several checkouts and must act on the one it is run in.
fn workspace_root_from(start: &Path) -> Result<PathBuf, String> {
    for dir in start.ancestors() {
        let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
            continue;
        };
        // The header on its own line is enough to recognise a workspace
        // manifest; a TOML parser would be a dependency for one lookup.
        if manifest.lines().any(|line| line.trim() == "[workspace]") {
            return Ok(dir.to_path_buf());
        }
    }
    Err(format!(
        "no Cargo workspace at or above {}; run `cargo xtask` inside the apitokens checkout",
        start.display()
    ))
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
            std::fs::write(&target, &code)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("wrote     {}", vendor.output_path());
            print!("{}", api::report(&vendor.output_path(), &current, &code));
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
            print!("{}", api::report(&vendor.output_path(), &current, &code));
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
pub(crate) fn workspace_root() -> PathBuf {
    // Tests run in the xtask crate's directory, inside the checkout under test.
    let dir = std::env::current_dir().unwrap_or_default();
    workspace_root_from(&dir).unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_nearest_workspace_above_the_current_directory() {
        let base = std::env::temp_dir().join(format!("xtask-root-{}", std::process::id()));
        let member = base.join("checkout/crates/member/src");
        let write = |path: PathBuf, text: &str| {
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        std::fs::create_dir_all(&member).unwrap_or_else(|e| panic!("{e}"));
        write(
            base.join("checkout/Cargo.toml"),
            "[workspace]\nmembers = [\"crates/*\"]\n",
        );
        write(
            base.join("checkout/crates/member/Cargo.toml"),
            "[package]\nname = \"member\"\n\n[dependencies]\n",
        );
        let found = workspace_root_from(&member);
        let outside = workspace_root_from(&base);
        let _ = std::fs::remove_dir_all(&base);
        assert_eq!(found, Ok(base.join("checkout")));
        assert!(
            outside.is_err_and(|e| e.starts_with("no Cargo workspace at or above")),
            "a directory outside any workspace has no root"
        );
    }

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
