//! `completions` and `man`: the command line described for shells and `man`,
//! generated from the same clap definition that parses it.

use std::path::Path;

use clap::CommandFactory;

use super::*;
use crate::cli::Cli;

pub(crate) fn completions(shell: clap_complete::Shell) -> Status {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "apitokens", &mut script);
    emit(&script)
}

/// The main page to stdout; with `dir`, every page (the main one and one
/// per command, as `man apitokens-list` finds them) written there.
pub(crate) fn man(dir: Option<&Path>) -> Status {
    // No page for clap's `help` command: `generate_to` writes none either.
    let command = Cli::command().disable_help_subcommand(true);
    let Some(dir) = dir else {
        let mut page = Vec::new();
        return match clap_mangen::Man::new(command).render(&mut page) {
            Ok(()) => emit(&page),
            Err(error) => {
                say!("error: cannot render the manual page: {error}");
                Status::Failed
            }
        };
    };
    match std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(command, dir)) {
        Ok(()) => {
            say!("wrote the manual pages to {}", dir.display());
            Status::Ok
        }
        Err(error) => {
            say!(
                "error: cannot write the manual pages to {}: {error}",
                dir.display()
            );
            Status::Failed
        }
    }
}
