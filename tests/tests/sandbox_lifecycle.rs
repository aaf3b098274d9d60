//! The whole token lifecycle through the facade, for every vendor, against
//! the sandbox (which enforces auth, signatures and each vendor's rules):
//! create → get → list shows it → update → rotate → revoke → get is not found.
//! The same run is captured at TRACE level and every output checked for secrets.
//!
//! This file holds that one test alone: `capture_trace` scopes its subscriber
//! to the test's thread, and a test logging on another thread of the same
//! process at the same time can leave tracing's per-callsite cache saying
//! "no one listens", so the capture came back empty now and then.

use apitokens::{
    AstraSource, DynatraceSource, EmrServerlessSparkSource, ErrorKind, Expiry, ExposeSecret,
    NewToken, Source, TokenUpdate,
};
use apitokens_sandbox::{RunningSandbox, Sandbox};

fn sources(sandbox: &RunningSandbox) -> Result<Vec<Source>, apitokens::Error> {
    let credentials = sandbox.credentials();
    let dynatrace = DynatraceSource::new(
        sandbox.dynatrace_environment_url(),
        apitokens::dynatrace::Credentials::new(credentials.dynatrace_token().clone()),
    )?;
    let astra = AstraSource::new(
        sandbox.astra_url(),
        credentials.astra_account_id(),
        credentials.astra_user_id(),
        apitokens::astra::Credentials::new(credentials.astra_token().clone()),
    )?;
    let emr = EmrServerlessSparkSource::with_endpoint(
        sandbox.emr_endpoint(),
        credentials.region(),
        credentials.workspace_id(),
        credentials.livy_compute_id(),
        credentials.sts_access_key(),
    )?;
    Ok(vec![dynatrace.into(), astra.into(), emr.into()])
}

fn new_token(source: &Source) -> NewToken {
    match source {
        Source::Dynatrace(_) => NewToken::named("lifecycle")
            .with_scopes(["metrics.read", "logs.read"])
            .with_expiry(Expiry::AfterDays(30)),
        Source::Astra(_) => NewToken::named("lifecycle").with_label("purpose", "test"),
        _ => NewToken::named("lifecycle").with_expiry(Expiry::AfterDays(7)),
    }
}

/// Runs the lifecycle on one source; returns every secret it saw, and the
/// `Debug`/`Display` of every value it got back.
async fn lifecycle(
    source: &Source,
) -> Result<(Vec<String>, Vec<String>), Box<dyn std::error::Error>> {
    let vendor = source.vendor();
    let capabilities = source.capabilities();
    let created = source.create(&new_token(source)).await?;
    let mut secrets = vec![created.secret().expose_secret().to_string()];
    let mut shown = vec![format!("{created:?} {created:#?} {created}")];
    let id = created.token.id.clone();
    if capabilities.lookup {
        let found = source.lookup(created.secret()).await?;
        assert_eq!(found.id, id, "{vendor}: lookup by secret");
        shown.push(format!("{found:?}"));
    }

    let fetched = source.get(&id).await?;
    assert_eq!(fetched.name.as_deref(), Some("lifecycle"), "{vendor}");
    let listed = source.list_all().await?;
    assert!(
        listed.iter().any(|t| t.id == id),
        "{vendor}: the list lacks the new token"
    );
    for token in &listed {
        if let Some(secret) = token.secret() {
            secrets.push(secret.expose_secret().to_string());
        }
    }

    if capabilities.rename {
        source
            .update(&id, &TokenUpdate::new().name("lifecycle-renamed"))
            .await?;
        assert_eq!(
            source.get(&id).await?.name.as_deref(),
            Some("lifecycle-renamed"),
            "{vendor}"
        );
    } else {
        let refused = source
            .update(&id, &TokenUpdate::new().name("x"))
            .await
            .err()
            .ok_or("update succeeded")?;
        assert_eq!(refused.kind(), ErrorKind::Unsupported, "{vendor}");
    }
    if capabilities.enable_disable {
        source
            .update(&id, &TokenUpdate::new().enabled(false))
            .await?;
        assert_eq!(source.get(&id).await?.enabled, Some(false), "{vendor}");
    }
    if capabilities.refresh {
        let refreshed = source.refresh(&id).await?;
        shown.push(format!("{refreshed:?} {refreshed}"));
        assert_ne!(
            refreshed.secret().expose_secret(),
            created.secret().expose_secret(),
            "{vendor}"
        );
        secrets.push(refreshed.secret().expose_secret().to_string());
    }

    let pending = source
        .begin_rotation(&id)
        .await
        .map_err(|e| e.to_string())?;
    shown.push(format!("{pending:?}"));
    let rotation = pending.finish().await.map_err(|e| e.to_string())?;
    shown.push(format!("{rotation:?} {rotation:#?}"));
    assert_eq!(rotation.old_id, id);
    let new_id = rotation.new.token.id.clone();
    assert_ne!(new_id, id, "{vendor}");
    secrets.push(rotation.new.secret().expose_secret().to_string());
    let old = source
        .get(&id)
        .await
        .err()
        .ok_or("the old token survived its rotation")?;
    assert!(old.is_not_found(), "{vendor}: {old}");
    let replacement = source.get(&new_id).await?;
    let expected_name = if capabilities.rename {
        "lifecycle-renamed"
    } else {
        "lifecycle"
    };
    assert_eq!(
        replacement.name.as_deref(),
        Some(expected_name),
        "{vendor}: the name was not kept"
    );
    if capabilities.enable_disable {
        assert_eq!(
            replacement.enabled,
            Some(false),
            "{vendor}: the replacement of a disabled token is disabled too"
        );
    }
    if capabilities.scopes {
        let mut scopes = replacement.scopes.clone();
        scopes.sort();
        assert_eq!(
            scopes,
            ["logs.read", "metrics.read"],
            "{vendor}: the scopes were not kept"
        );
    }
    if capabilities.expiry.after_days || capabilities.expiry.at {
        assert!(
            replacement.expires_at.is_some(),
            "{vendor}: the expiry policy was not kept"
        );
    }

    source.revoke(&new_id).await?;
    let gone = source
        .get(&new_id)
        .await
        .err()
        .ok_or("a revoked token is still there")?;
    assert!(gone.is_not_found(), "{vendor}: {gone}");
    shown.push(format!("{gone:?} {gone}"));
    // A rotation of a token that is gone fails at its first step, showing its error.
    let failed = source
        .begin_rotation(&new_id)
        .await
        .err()
        .ok_or("rotated a revoked token")?;
    shown.push(format!("{failed:?} {failed}"));
    Ok((secrets, shown))
}

#[test]
fn the_whole_lifecycle_for_every_vendor_leaks_no_secret_at_trace_level()
-> Result<(), Box<dyn std::error::Error>> {
    let (result, logs) = apitokens_tests::capture_trace(|| {
        // One thread: `capture_trace` sets the subscriber for the calling
        // thread only, and spawned tasks (listings, connections, the sandbox)
        // must log into it too, or the capture depends on scheduling.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        runtime.block_on(async {
            let sandbox = Sandbox::builder().with_demo_data().start().await?;
            let credentials = sandbox.credentials();
            let mut secrets = vec![
                credentials.dynatrace_token().expose_secret().to_string(),
                credentials.astra_token().expose_secret().to_string(),
                credentials.access_key_secret().expose_secret().to_string(),
            ];
            let mut shown = vec![format!("{sandbox:?}"), format!("{credentials:?}")];
            for source in sources(&sandbox)? {
                shown.push(format!("{source:?}"));
                let (seen, printed) = lifecycle(&source).await?;
                secrets.extend(seen);
                shown.extend(printed);
                // Errors are part of what users see: provoke one per vendor.
                let error = source
                    .get("does-not-exist")
                    .await
                    .err()
                    .ok_or("found a missing token")?;
                shown.push(format!("{error:?} {error}"));
                for token in source.list_all().await? {
                    shown.push(format!(
                        "{token:?} {token} {}",
                        serde_json::to_string(&token)?
                    ));
                    if let Some(secret) = token.secret() {
                        secrets.push(secret.expose_secret().to_string());
                    }
                }
            }
            sandbox.stop().await?;
            Ok::<_, Box<dyn std::error::Error>>((secrets, shown))
        })
    });
    let (secrets, shown) = result?;
    assert!(
        logs.lines().count() > 10,
        "TRACE captured almost nothing: {logs}"
    );
    for secret in secrets.iter().filter(|s| s.len() >= 8) {
        assert!(
            !logs.contains(secret.as_str()),
            "a secret is in the TRACE logs"
        );
        for text in &shown {
            assert!(
                !text.contains(secret.as_str()),
                "a secret is in Debug/Display/JSON: {text}"
            );
        }
    }
    Ok(())
}
