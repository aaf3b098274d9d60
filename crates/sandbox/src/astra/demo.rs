//! The Astra credentials' account and user, and the demo inventory.

use chrono::{DateTime, Duration, Utc};

use super::ids;
use super::{Store, Token, User};

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// The user whose token the credentials carry, created long ago, and that
/// token's secret.
pub(super) fn admin_user(user_id: &str, now: DateTime<Utc>) -> (User, String) {
    let credential = Token::new("Sandbox admin", user_id, now - days(200));
    let secret = credential.secret.clone();
    let user = User {
        id: user_id.to_string(),
        created: now - days(720),
        tokens: vec![credential],
    };
    (user, secret)
}

/// Adds the demo inventory: labelled tokens of the credentials' user, and a
/// second user of the account with tokens of their own.
pub(super) fn seed(store: &mut Store, account_id: &str, user_id: &str, now: DateTime<Utc>) {
    let labelled = |name: &str, created: i64, labels: &[(&str, &str)]| {
        let mut token = Token::new(name, user_id, now - days(created));
        token.labels = labels
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        token
    };
    let mut backup = labelled(
        "Backup Automation",
        150,
        &[("team", "storage"), ("env", "prod")],
    );
    backup.modified = now - days(20);
    backup.modified_by = Some(user_id.to_string());
    for token in [
        labelled("Snapshot Script", 400, &[]),
        backup,
        labelled("Volume Checker", 10, &[("team", "storage")]),
        labelled("Old CI token", 700, &[("owner", "ci")]),
    ] {
        store.add_token(account_id, token);
    }
    // A second user of the account, with tokens of their own.
    let colleague = ids::astra_id();
    store.add_user(
        account_id,
        User {
            id: colleague.clone(),
            created: now - days(365),
            tokens: vec![
                Token::new("Grafana exporter", &colleague, now - days(240)),
                Token::new("Restore drill", &colleague, now - days(35)),
            ],
        },
    );
}
