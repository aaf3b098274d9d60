//! Which command runs: `demo`, `schema`, `completions` and `man` need no
//! configuration; every other command reads it first. Kept apart from
//! `commands` so that `demo` (which runs commands against its sandbox) and
//! `commands` do not import each other.

use crate::audit::Finding;
use crate::cli::{Command, ConfigCommand, SchemaOf};
use crate::commands::{self, Context, Status};
use crate::config;
#[cfg(feature = "demo")]
use crate::demo;
use crate::output::TokenRow;

/// Runs `command`.
pub(crate) async fn run(context: &Context<'_>, command: Command) -> Status {
    match command {
        #[cfg(feature = "demo")]
        Command::Demo { format, report, .. } => {
            return demo::run(context, format, report).await;
        }
        Command::Schema { of } => {
            let schema = match of {
                SchemaOf::Token => schemars::schema_for!(TokenRow),
                SchemaOf::Finding => schemars::schema_for!(Finding),
            };
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            return commands::emit(format!("{text}\n").as_bytes());
        }
        Command::Config(ConfigCommand::Check { .. }) => return commands::config_check(context),
        Command::Completions { shell } => return commands::completions(shell),
        Command::Man { dir } => return commands::man(dir.as_deref()),
        _ => {}
    }
    let path = config::locate(context.config_flag.as_deref(), context.env);
    let config = match config::load(&path) {
        Ok(config) => config,
        Err(errors) => return commands::config_errors(&errors),
    };
    match command {
        Command::List(args) => commands::list(context, &config, args).await,
        Command::Get {
            source, id, format, ..
        } => commands::get(context, &config, &source, &id, format).await,
        Command::Audit(args) => commands::audit(context, &config, args).await,
        Command::Report(args) => commands::report_page(context, &config, args).await,
        Command::Create(args) => commands::create(context, &config, args).await,
        Command::Update(args) => commands::update(context, &config, args).await,
        Command::Revoke {
            source,
            id,
            yes,
            ignore_not_found,
            ..
        } => commands::revoke(context, &config, &source, &id, yes, ignore_not_found).await,
        Command::Rotate {
            source,
            id,
            keep_old,
            secret_format,
            ..
        } => {
            commands::rotate(
                context,
                &config,
                &source,
                &id,
                secret_format.format,
                keep_old,
            )
            .await
        }
        Command::Refresh {
            source,
            id,
            secret_format,
            ..
        } => commands::refresh(context, &config, &source, &id, secret_format.format).await,
        #[cfg(feature = "demo")]
        Command::Demo { .. } => Status::Ok,
        Command::Schema { .. }
        | Command::Config(_)
        | Command::Completions { .. }
        | Command::Man { .. } => Status::Ok,
    }
}
