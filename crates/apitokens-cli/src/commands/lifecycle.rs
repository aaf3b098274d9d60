//! `create`, `update`, `revoke`, `rotate` and `refresh`, and delivering a new secret.

use super::*;

/// A new secret with its token, as `create --format json` prints it.
#[derive(Debug, Serialize)]
pub(crate) struct SecretRow<'a> {
    #[serde(flatten)]
    token: TokenRow,
    /// The new secret: shown this once.
    secret: &'a str,
    /// The token this one replaces (`rotate`).
    #[serde(skip_serializing_if = "Option::is_none")]
    replaces: Option<&'a str>,
}

/// Writes a new secret to stdout (and only there) and flushes it. It counts
/// as delivered only when both succeed: unlike [`emit`], a closed pipe is an
/// error here, since the secret reached no one. On success its details go to
/// stderr.
pub(crate) fn deliver_secret(
    target: &Target,
    created: &CreatedToken,
    format: SecretFormat,
    what: &str,
    replaces: Option<&str>,
) -> Result<(), String> {
    let token = &created.token;
    let secret = created.secret().expose_secret();
    let bytes = match format {
        SecretFormat::Text => format!("{secret}\n").into_bytes(),
        SecretFormat::Json => {
            let row = TokenRow::new(&target.name, token);
            let rows = [SecretRow {
                token: row,
                secret,
                replaces,
            }];
            let mut out = Vec::new();
            output::print_json(&mut out, &rows)
                .map_err(|error| format!("cannot format the new token as JSON: {error}"))?;
            out
        }
    };
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(&bytes)
        .and_then(|()| stdout.flush())
        .map_err(|error| format!("cannot write the new secret to stdout: {error}"))?;
    let name = token
        .name
        .as_deref()
        .map_or_else(String::new, |n| format!(" {n:?}"));
    say!(
        "{what} {} token {}{name} in {}: store the secret printed on stdout now, it is not shown again",
        token.vendor,
        token.id,
        target.name
    );
    Ok(())
}

/// Revokes `id`, a token just made whose secret was not delivered (`why`),
/// and says which tokens exist; always [`Status::Failed`].
pub(crate) async fn discard_new(target: &Target, source: &Source, id: &str, why: &str) -> Status {
    match source.revoke(id).await {
        Ok(()) => say!(
            "error: {} ({}): {why}: revoked the new token {id} again: no new token exists",
            target.name,
            target.vendor
        ),
        Err(error) => {
            say!("{}", failure_line(target, &Failure::Api(error)));
            say!(
                "error: {} ({}): {why}, and revoking the new token {id} failed: it exists, its secret was never delivered; revoke it with `apitokens revoke {} {id} --yes`",
                target.name,
                target.vendor,
                target.name
            );
        }
    }
    Status::Failed
}

pub(crate) async fn create(context: &Context<'_>, config: &Config, args: CreateArgs) -> Status {
    let target = match one(context, config, &args.source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let mut new = NewToken::named(args.name).with_scopes(args.scopes);
    // The vendor's expiry forms decide how a period is sent, and what to
    // suggest when it cannot be (whole days only, say).
    let expiry = target.adapter.capabilities().expiry;
    let vendor_name = target.adapter.display_name();
    if args.expires_at.is_some() && !expiry.at && expiry.after_days {
        say!(
            "error: {} ({}): --expires-at: {vendor_name} tokens expire a whole number of days after creation, not at a given time: use --expires-in with whole days, e.g. 30d",
            target.name,
            target.vendor
        );
        return Status::Failed;
    }
    if let Some(period) = args.expires_in {
        const DAY: u64 = 86_400;
        let seconds = period.as_secs();
        let whole_days = u32::try_from(seconds / DAY)
            .ok()
            .filter(|&days| seconds % DAY == 0 && days > 0);
        if whole_days.is_none() && !expiry.at && expiry.after_days {
            let rounded_up = seconds.div_ceil(DAY).max(1);
            say!(
                "error: {} ({}): --expires-in {}: {vendor_name} tokens expire after whole days: use whole days, e.g. {rounded_up}d",
                target.name,
                target.vendor,
                humantime::format_duration(period)
            );
            return Status::Failed;
        }
        new = new.with_expiry(match whole_days {
            Some(days) if expiry.after_days || !expiry.at => Expiry::AfterDays(days),
            _ => {
                let at = chrono::Duration::from_std(period)
                    .ok()
                    .and_then(|period| context.now.checked_add_signed(period));
                let Some(at) = at else {
                    return config_errors(&[ConfigError(
                        "--expires-in: the period ends beyond the dates that can be written"
                            .to_string(),
                    )]);
                };
                Expiry::At(at)
            }
        });
    }
    if let Some(at) = args.expires_at {
        new = new.with_expiry(Expiry::At(at));
    }
    if args.personal {
        new = new.with_personal_access_token(true);
    }
    for (key, value) in args.labels {
        new = new.with_label(key, value);
    }
    if let Some(variable) = &args.secret_env {
        match (context.env)(variable).filter(|v| !v.is_empty()) {
            Some(secret) => new = new.with_secret(SecretString::from(secret)),
            None => {
                return config_errors(&[ConfigError(format!(
                    "--secret-env: environment variable {variable} is not set"
                ))]);
            }
        }
    }
    let interrupts = Interrupts::watch();
    let source = match target.for_create(args.gateway.as_deref()).await {
        Ok(source) => source,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let created = match source.create(&new).await {
        Ok(created) => created,
        Err(error) => {
            let made = error.created_id().map(str::to_string);
            say!("{}", failure_line(&target, &Failure::Api(error)));
            return match made {
                // Created, but its secret was not read (EMR's read-back).
                Some(id) => discard_new(&target, &source, &id, "its secret was not read").await,
                None => Status::Failed,
            };
        }
    };
    let undelivered = if interrupts.seen() {
        Some("interrupted before the secret was delivered".to_string())
    } else {
        deliver_secret(
            &target,
            &created,
            args.secret_format.format,
            "created",
            None,
        )
        .err()
    };
    match undelivered {
        None => Status::Ok,
        Some(why) => discard_new(&target, &source, &created.token.id, &why).await,
    }
}

pub(crate) async fn update(context: &Context<'_>, config: &Config, args: UpdateArgs) -> Status {
    let target = match one(context, config, &args.source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let mut change = TokenUpdate::new();
    if let Some(name) = args.name {
        change = change.name(name);
    }
    if args.enable {
        change = change.enabled(true);
    }
    if args.disable {
        change = change.enabled(false);
    }
    if !args.scopes.is_empty() {
        change = change.scopes(args.scopes);
    }
    let result = async {
        let (source, _) = target.locate(&args.id).await?;
        source.update(&args.id, &change).await?;
        Ok::<_, Failure>(source.get(&args.id).await?)
    }
    .await;
    match result {
        Ok(token) => {
            say!(
                "updated {} token {} in {}",
                token.vendor,
                token.id,
                target.name
            );
            print_one(context, &target, token, args.format)
        }
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}

pub(crate) async fn revoke(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    yes: bool,
    ignore_not_found: bool,
) -> Status {
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    // `--ignore-not-found`: a token that is already gone is what revoking wants.
    let already_gone = |failure: &Failure| match failure {
        Failure::Api(error) if ignore_not_found && error.is_not_found() => {
            say!(
                "note: {} ({}): token {id} does not exist (already revoked?); nothing to do (--ignore-not-found)",
                target.name,
                target.vendor
            );
            true
        }
        _ => false,
    };
    let (source, token) = match target.locate(id).await {
        Ok(found) => found,
        Err(failure) if already_gone(&failure) => return Status::Ok,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let described = format!(
        "{} token {}{} in {}",
        token.vendor,
        token.id,
        token
            .name
            .as_deref()
            .map_or_else(String::new, |n| format!(" {n:?}")),
        target.name
    );
    if !yes {
        if !context.stdin_is_terminal {
            say!(
                "error: not revoking {described} without confirmation: pass --yes when stdin is not a terminal"
            );
            return Status::Failed;
        }
        eprint!(
            "{}",
            crate::terminal::escape(&format!(
                "Revoke {described}? This cannot be undone. [y/N] "
            ))
        );
        let mut answer = String::new();
        let _ = io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            say!("not revoked");
            return Status::Failed;
        }
    }
    match source.revoke(id).await.map_err(Failure::Api) {
        Ok(()) => {
            say!("revoked {described}");
            Status::Ok
        }
        // Revoked by someone else between the look-up and the revoke.
        Err(failure) if already_gone(&failure) => Status::Ok,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}

/// Create → confirm → deliver the new secret → only then revoke the old
/// token. A secret that cannot be delivered (or an interrupt before it is)
/// gets its token revoked again; the old one is kept. A vendor's native
/// rotation revokes the old token as it issues the new one: the new secret
/// is then delivered with no old token to fall back to (an interrupt lets
/// the delivery finish), and `--keep-old` is refused before anything is sent.
pub(crate) async fn rotate(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: SecretFormat,
    keep_old: bool,
) -> Status {
    let interrupts = Interrupts::watch();
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    if keep_old && target.adapter.capabilities().native_rotation {
        say!(
            "error: {} ({}): --keep-old cannot be honoured: {} rotates natively, revoking the old token when it issues the new one; rotate without --keep-old, or create a second token and revoke {id} later",
            target.name,
            target.vendor,
            target.adapter.display_name()
        );
        return Status::Failed;
    }
    let source = match target.locate(id).await {
        Ok((source, _)) => source,
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            return Status::Failed;
        }
    };
    let pending = match source.begin_rotation(id).await {
        Ok(pending) => pending,
        Err(error) => return rotation_failed(&target, format, &error),
    };
    let new_id = pending.new_token().token.id.clone();
    if pending.old_revoked() {
        let delivered = deliver_secret(
            &target,
            pending.new_token(),
            format,
            "rotated: new",
            Some(id),
        );
        return match delivered {
            Ok(()) => {
                say!(
                    "the vendor revoked the old token {id} when it issued the new one; tokens that exist now: {new_id}"
                );
                Status::Ok
            }
            Err(why) => {
                say!(
                    "error: {} ({}): {why}: the vendor revoked the old token {id} when it issued the new token {new_id}, whose secret was not delivered; rotate it again with `apitokens rotate {} {new_id}`, or revoke it",
                    target.name,
                    target.vendor,
                    target.name
                );
                Status::Failed
            }
        };
    }
    let undelivered = if interrupts.seen() {
        Some("interrupted before the new secret was delivered".to_string())
    } else {
        deliver_secret(
            &target,
            pending.new_token(),
            format,
            "rotated: new",
            Some(id),
        )
        .err()
    };
    if let Some(why) = undelivered {
        return match pending.abandon().await {
            Ok(_) => {
                say!(
                    "error: {} ({}): {why}: revoked the new token {new_id} again and kept the old token; tokens that exist now: {id}",
                    target.name,
                    target.vendor
                );
                Status::Failed
            }
            Err(error) => {
                say!("error: {} ({}): {why}", target.name, target.vendor);
                rotation_failed(&target, format, &error)
            }
        };
    }
    let both = format!("tokens that exist now: {id}, {new_id}");
    if keep_old {
        drop(pending.keep_both());
        say!(
            "kept the old token {id} (--keep-old): revoke it with `apitokens revoke {} {id}` once the new secret is in use; {both}",
            target.name
        );
        return Status::Ok;
    }
    if interrupts.seen() {
        drop(pending.keep_both());
        say!(
            "error: {} ({}): interrupted after the new secret was delivered, before the old token was revoked; {both}",
            target.name,
            target.vendor
        );
        return Status::Failed;
    }
    match pending.finish().await {
        Ok(rotation) => {
            say!(
                "revoked the old token {}; tokens that exist now: {new_id}",
                rotation.old_id
            );
            Status::Ok
        }
        Err(error) => rotation_failed(&target, format, &error),
    }
}

/// Reports a rotation that stopped part-way (its error says which tokens
/// exist). A replacement that still exists and whose secret was not yet
/// delivered gets it delivered now, so that no secret is lost.
pub(crate) fn rotation_failed(
    target: &Target,
    format: SecretFormat,
    error: &RotationError,
) -> Status {
    let hint = crate::sources::hint_for(target, &error.error);
    say!(
        "error: {} ({}): {error}{} — check {hint}",
        target.name,
        target.vendor,
        crate::sources::root_cause(&error.error)
    );
    let revoke_hint = |new_id: &str| {
        format!(
            "revoke it with `apitokens revoke {} {new_id} --yes`",
            target.name
        )
    };
    match (&error.new, &error.new_id) {
        // Delivered before the old token's revoke was tried.
        _ if error.step == RotationStep::RevokeOld => {}
        (Some(new), _) => match deliver_secret(
            target,
            new,
            format,
            "partly rotated: new",
            Some(&error.old_id),
        ) {
            Ok(()) => {}
            Err(why) => say!(
                "error: {} ({}): {why}: the new token {} exists and its secret is lost; {}",
                target.name,
                target.vendor,
                new.token.id,
                revoke_hint(&new.token.id)
            ),
        },
        (None, Some(new_id)) if error.new_exists() => say!(
            "error: {} ({}): the new token {new_id} exists but its secret was never read; {}",
            target.name,
            target.vendor,
            revoke_hint(new_id)
        ),
        _ => {}
    }
    Status::Failed
}

pub(crate) async fn refresh(
    context: &Context<'_>,
    config: &Config,
    source: &str,
    id: &str,
    format: SecretFormat,
) -> Status {
    let _interrupts = Interrupts::watch();
    let target = match one(context, config, source) {
        Ok(target) => target,
        Err(status) => return status,
    };
    let result = async {
        let (source, _) = target.locate(id).await?;
        Ok::<_, Failure>(source.refresh(id).await?)
    }
    .await;
    match result {
        // An interrupt lets the delivery finish: the previous secret no
        // longer works, so the new one must reach the caller.
        Ok(created) => match deliver_secret(&target, &created, format, "refreshed", None) {
            Ok(()) => Status::Ok,
            Err(why) => {
                say!(
                    "error: {} ({}): {why}: token {id} exists with a new secret that was not delivered, and its previous secret no longer works; get another with `apitokens refresh {} {id}`, or revoke it",
                    target.name,
                    target.vendor,
                    target.name
                );
                Status::Failed
            }
        },
        Err(failure) => {
            say!("{}", failure_line(&target, &failure));
            Status::Failed
        }
    }
}
