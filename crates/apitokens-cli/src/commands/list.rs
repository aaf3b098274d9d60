//! `list` and `get`, and the listing every reading command shares.

use super::*;

/// Lists `targets`, at most `concurrency` at a time, and hands `each` what
/// they find in the targets' order: each target's tokens as its pages arrive,
/// then its outcome. `each` may stop the listing (e.g. the output is gone).
///
/// The facade's one fan-out ([`apitokens::list_in_order`]) does the work:
/// each target on its own task, memory bounded whatever a source holds (a
/// target waits once it is two chunks ahead of `each`), permits taken in the
/// targets' order. Stopping drops the stream, which cancels every listing.
pub(crate) async fn for_each_listed(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
    mut each: impl FnMut(&Target, Listing) -> ControlFlow<()>,
) {
    let progress = progress_bar(context, targets.len());
    let connected = targets.iter().map(|t| t.connected().clone()).collect();
    let mut batches = apitokens::list_in_order(connected, concurrency);
    let mut found = 0usize;
    while let Some((index, batch)) = batches.next().await {
        let Some(target) = targets.get(index) else {
            continue;
        };
        let (listing, done) = match batch {
            Batch::Tokens(tokens) => {
                found += tokens.len();
                (Listing::Tokens(tokens), false)
            }
            Batch::Done(outcome) => (Listing::Done(outcome.map_err(Failure::from)), true),
            _ => continue,
        };
        if progress.suspend(|| each(target, listing)).is_break() {
            break;
        }
        if done {
            tracing::debug!(source = %target.name, "listed");
            progress.inc(1);
            progress.set_message(format!(
                "{found} tokens, last: {}",
                crate::terminal::escape(&target.name)
            ));
        }
    }
    progress.finish_and_clear();
}

/// A spinner on stderr when it is a terminal; hidden otherwise.
pub(crate) fn progress_bar(context: &Context<'_>, targets: usize) -> ProgressBar {
    let draw = if context.stderr_is_terminal {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let progress = ProgressBar::with_draw_target(Some(targets as u64), draw);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} reading sources {pos}/{len} {wide_msg}")
    {
        progress.set_style(style);
    }
    progress.enable_steady_tick(std::time::Duration::from_millis(100));
    progress
}

/// Every token of `targets`, at most `concurrency` sources at a time, in
/// the targets' order then by name; and the failures, one stderr line each,
/// in the targets' order (printed by [`report()`] after the output, where a
/// terminal user sees them). A failing source keeps the tokens of the pages
/// read before its failure. Collects everything: for tables (column widths),
/// CSV and the audit; `list --format json` streams instead.
pub(crate) async fn inventory(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
) -> (Vec<Listed>, Vec<String>) {
    let (listed, failures) = inventory_by_source(context, targets, concurrency).await;
    (listed, failures.into_iter().map(|(_, line)| line).collect())
}

/// [`inventory`], each failure with the name of its source.
pub(crate) async fn inventory_by_source(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
) -> (Vec<Listed>, Vec<(String, String)>) {
    let mut listed = Vec::new();
    let mut failures = Vec::new();
    let mut current: Vec<apitokens::Token> = Vec::new();
    for_each_listed(context, targets, concurrency, |target, listing| {
        match listing {
            Listing::Tokens(tokens) => current.extend(tokens),
            Listing::Done(outcome) => {
                let mut tokens = std::mem::take(&mut current);
                tokens.sort_by(|a, b| {
                    let name = |t: &apitokens::Token| t.name.clone().unwrap_or_default();
                    name(a)
                        .to_lowercase()
                        .cmp(&name(b).to_lowercase())
                        .then_with(|| a.id.cmp(&b.id))
                });
                listed.extend(tokens.into_iter().map(|token| Listed {
                    source: target.name.clone(),
                    token,
                }));
                if let Err(failure) = outcome {
                    failures.push((target.name.clone(), failure_line(target, &failure)));
                }
            }
        }
        ControlFlow::Continue(())
    })
    .await;
    (listed, failures)
}

pub(crate) async fn list(context: &Context<'_>, config: &Config, args: ListArgs) -> Status {
    let format = Format::resolve(args.format, context.stdout_is_terminal);
    list_as(context, config, &args.selection, format).await
}

pub(crate) async fn list_as(
    context: &Context<'_>,
    config: &Config,
    selection: &Selection,
    format: Format,
) -> Status {
    let targets = match select(context, config, selection) {
        Ok(targets) => targets,
        Err(status) => return status,
    };
    let concurrency = usize::from(selection.concurrency);
    match format {
        Format::Json => {
            let array = output::JsonArray::new(io::stdout());
            return list_json_streamed(context, &targets, concurrency, array).await;
        }
        Format::Jsonl => {
            let lines = output::JsonLines::new(io::stdout());
            return list_json_streamed(context, &targets, concurrency, lines).await;
        }
        _ => {}
    }
    let (tokens, failures) = inventory(context, &targets, concurrency).await;
    let mut out = Vec::new();
    let written = output::print_tokens(&mut out, &tokens, format, context.now);
    let status = write_result(written, &out);
    status.max(report(&failures))
}

/// `list --format json` and `jsonl`: the rows are written as the pages
/// arrive, in the targets' order and each source's own order (not sorted by
/// name, unlike the table and CSV), so memory stays bounded however many
/// tokens a source holds. A closed pipe (`| head`) stops the listing quietly.
pub(crate) async fn list_json_streamed(
    context: &Context<'_>,
    targets: &[Target],
    concurrency: usize,
    mut array: impl output::JsonStream,
) -> Status {
    let mut failures = Vec::new();
    let mut write_error = None;
    for_each_listed(context, targets, concurrency, |target, listing| {
        match listing {
            Listing::Tokens(tokens) => {
                let rows = tokens
                    .iter()
                    .map(|token| TokenRow::new(&target.name, token));
                if let Err(error) = array.extend_rows(rows) {
                    write_error = Some(error);
                    return ControlFlow::Break(());
                }
            }
            Listing::Done(Err(failure)) => failures.push(failure_line(target, &failure)),
            Listing::Done(Ok(())) => {}
        }
        ControlFlow::Continue(())
    })
    .await;
    let written = match write_error {
        Some(error) => Err(error),
        None => array.finish_rows(),
    };
    let status = match written {
        Ok(()) => Status::Ok,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(error) => {
            say!("error: cannot write the output: {error}");
            Status::Failed
        }
    };
    status.max(report(&failures))
}

pub(crate) fn write_result(written: io::Result<()>, out: &[u8]) -> Status {
    match written {
        Ok(()) => {
            let status = emit(out);
            if output::take_cut() {
                say!("note: cells cut with … to fit; --format wide prints them whole");
            }
            status
        }
        Err(error) => {
            say!("error: cannot format the output: {error}");
            Status::Failed
        }
    }
}

pub(crate) async fn get(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: Option<Format>,
) -> Status {
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    match target.locate(id).await {
        Ok((_, token)) => print_one(context, &target, token, format),
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}

pub(crate) fn print_one(
    context: &Context<'_>,
    target: &Target,
    token: apitokens::Token,
    format: Option<Format>,
) -> Status {
    let format = Format::resolve(format, context.stdout_is_terminal);
    let listed = [Listed {
        source: target.name.clone(),
        token,
    }];
    let mut out = Vec::new();
    let written = match format {
        Format::Table => output::print_token_details(&mut out, &listed[0], context.now),
        _ => output::print_tokens(&mut out, &listed, format, context.now),
    };
    write_result(written, &out)
}
