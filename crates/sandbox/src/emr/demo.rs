//! The EMR credentials' RAM user, its keys, its workspace and gateway, and the
//! demo inventory.

use chrono::{DateTime, Duration, Utc};

use super::ids;
use super::{Gateway, Key, Token, Workspace};

/// The RAM user behind the credentials' AccessKeys.
pub(super) const RAM_USER: &str = "sandbox-admin";

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// An AccessKey pair of the RAM user.
pub(super) fn access_key() -> Key {
    Key {
        id: ids::access_key_id(false),
        secret: ids::access_key_secret(30),
        security_token: None,
        user: RAM_USER.to_string(),
    }
}

/// Temporary (STS) credentials of the same RAM user.
pub(super) fn sts_key() -> Key {
    Key {
        id: ids::access_key_id(true),
        secret: ids::access_key_secret(44),
        security_token: Some(format!("CAIS{}", ids::access_key_secret(120))),
        user: RAM_USER.to_string(),
    }
}

/// The credentials' gateway.
pub(super) fn gateway(now: DateTime<Utc>) -> Gateway {
    Gateway::new("sandbox-gateway", RAM_USER, now - days(120))
}

/// Adds the demo inventory: tokens expiring soon, expired, never expiring,
/// unused or never used on the credentials' gateway, and a second gateway.
pub(super) fn seed(workspace: &mut Workspace, now: DateTime<Utc>) {
    let token =
        |name: &str, by: &str, created: i64, expiry: Option<i64>, used_hours: Option<i64>| {
            let token = Token::new(name, by, now - days(created));
            let mut token = match expiry {
                Some(days) => token.expiring_after(days),
                None => token,
            };
            token.last_used = used_hours.map(|h| now - Duration::hours(h));
            token
        };
    if let Some(gateway) = workspace.gateways.first_mut() {
        gateway.tokens = vec![
            // Expires in 10 days.
            token("airflow", "alice", 20, Some(30), Some(1)),
            // Never expires, unused for 130 days.
            token("jupyter-alice", "alice", 300, None, Some(130 * 24)),
            // Expired 10 days ago.
            token("adhoc-test", "bob", 40, Some(30), Some(35 * 24)),
            // Never expires, never used.
            token("superset", RAM_USER, 60, None, None),
            // Expires in 5 days, never used.
            token("ci-smoke", "ci-bot", 2, Some(7), None),
        ];
    }
    let mut analytics = Gateway::new("analytics-gateway", "bob", now - days(90));
    analytics.tokens = vec![
        token("dbt-nightly", "bob", 80, Some(90), Some(12)),
        token("notebook-shared", "bob", 85, None, Some(101 * 24)),
    ];
    workspace.gateways.push(analytics);
}
