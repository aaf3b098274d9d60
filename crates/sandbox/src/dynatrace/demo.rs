//! The Dynatrace credentials every sandbox has, the demo inventory, and bulk seeding.

use chrono::{DateTime, Duration, Utc};
use serde_json::{Map, Value};

use super::{Store, Token};

/// The owner of the credentials' token (and of the tokens it creates).
pub(super) const ADMIN_OWNER: &str = "platform-admin@example.com";

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// The admin token (apiTokens.read + apiTokens.write) the credentials carry.
pub(super) fn admin_token(now: DateTime<Utc>) -> Token {
    Token::new(
        "sandbox-admin",
        ADMIN_OWNER,
        &["apiTokens.read", "apiTokens.write"],
        now - days(400),
    )
}

struct DtDemo {
    name: &'static str,
    owner: &'static str,
    scopes: &'static [&'static str],
    created_days_ago: i64,
    /// Days from now (negative: expired); `None`: never expires.
    expires_in_days: Option<i64>,
    /// `None`: never used.
    last_used_hours_ago: Option<i64>,
    enabled: bool,
    personal: bool,
}

const DT_DEMO: &[DtDemo] = &[
    DtDemo {
        name: "ci-deploy-pipeline",
        owner: "ci-bot@example.com",
        scopes: &[
            "WriteConfig",
            "ReadConfig",
            "settings.read",
            "settings.write",
        ],
        created_days_ago: 300,
        expires_in_days: Some(12),
        last_used_hours_ago: Some(2),
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "log-ingest-k8s",
        owner: "jane.doe@example.com",
        scopes: &["logs.ingest", "metrics.ingest", "openTelemetryTrace.ingest"],
        created_days_ago: 380,
        expires_in_days: Some(-6),
        last_used_hours_ago: Some(7 * 24),
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "metrics-dashboard-reader",
        owner: "john.smith@example.com",
        scopes: &["metrics.read", "entities.read"],
        created_days_ago: 500,
        expires_in_days: None,
        last_used_hours_ago: Some(140 * 24),
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "token-rotation-bot",
        owner: "secops@example.com",
        scopes: &["apiTokens.read", "apiTokens.write"],
        created_days_ago: 90,
        expires_in_days: Some(275),
        last_used_hours_ago: None,
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "legacy-integration",
        owner: "john.smith@example.com",
        scopes: &["DataExport", "ReadConfig"],
        created_days_ago: 900,
        expires_in_days: None,
        last_used_hours_ago: Some(420 * 24),
        enabled: false,
        personal: false,
    },
    DtDemo {
        name: "john-laptop",
        owner: "john.smith@example.com",
        scopes: &["apiTokens.read", "metrics.read", "settings.read"],
        created_days_ago: 20,
        expires_in_days: Some(25),
        last_used_hours_ago: Some(20),
        enabled: true,
        personal: true,
    },
    DtDemo {
        name: "terraform-settings",
        owner: ADMIN_OWNER,
        scopes: &[
            "settings.read",
            "settings.write",
            "ReadConfig",
            "WriteConfig",
        ],
        created_days_ago: 200,
        expires_in_days: None,
        last_used_hours_ago: Some(110 * 24),
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "synthetic-monitor",
        owner: "ci-bot@example.com",
        scopes: &["ExternalSyntheticIntegration", "syntheticExecutions.write"],
        created_days_ago: 45,
        expires_in_days: Some(3),
        last_used_hours_ago: Some(1),
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "unused-experiment",
        owner: "intern@example.com",
        scopes: &["metrics.read"],
        created_days_ago: 180,
        expires_in_days: None,
        last_used_hours_ago: None,
        enabled: true,
        personal: false,
    },
    DtDemo {
        name: "audit-reader",
        owner: "secops@example.com",
        scopes: &["apiTokens.read", "auditLogs.read"],
        created_days_ago: 30,
        expires_in_days: Some(60),
        last_used_hours_ago: Some(5 * 24),
        enabled: true,
        personal: false,
    },
];

/// Adds the demo inventory: varied owners, scopes, expiries and uses, a
/// disabled token, a personal access token and a dashboard-sharing token.
pub(super) fn seed(store: &mut Store, now: DateTime<Utc>) {
    for (index, demo) in DT_DEMO.iter().enumerate() {
        let created = now - days(demo.created_days_ago) - Duration::minutes(index as i64 * 37);
        let mut token = Token::new(demo.name, demo.owner, demo.scopes, created);
        token.enabled = demo.enabled;
        token.personal_access_token = demo.personal;
        token.expiration = demo.expires_in_days.map(|d| now + days(d));
        token.last_used = demo
            .last_used_hours_ago
            .map(|h| now - Duration::hours(h) - Duration::minutes(index as i64 * 7));
        token.last_used_ip = token
            .last_used
            .map(|_| format!("10.0.{}.{}", index + 1, 10 + index * 3));
        if demo.name == "terraform-settings" {
            token.modified = Some(now - days(150));
        }
        store.insert(token);
    }
    // A dashboard-sharing token, with the metadata such tokens carry.
    let mut sharing = Token::new(
        "dashboard-share-ops-overview",
        "jane.doe@example.com",
        &["ViewDashboard"],
        now - days(60),
    );
    let mut metadata = Map::new();
    metadata.insert(
        "dashboardId".into(),
        Value::String("82402bab-7370-4359-924d-88ed13c8919a".into()),
    );
    sharing.additional_metadata = Some(metadata);
    store.insert(sharing);
}

const BULK_OWNERS: &[&str] = &[
    "john.smith@example.com",
    "jane.doe@example.com",
    "ci-bot@example.com",
    "secops@example.com",
    "platform-admin@example.com",
    "data-team@example.com",
    "sre-oncall@example.com",
    "intern@example.com",
    "release-bot@example.com",
    "observability@example.com",
    "mobile-team@example.com",
];

const BULK_SCOPES: &[&[&str]] = &[
    &["metrics.read"],
    &["metrics.ingest", "logs.ingest"],
    &["entities.read", "problems.read"],
    &["settings.read", "settings.write"],
    &["ReadConfig", "WriteConfig"],
    &["apiTokens.read"],
    &["DataExport", "events.read"],
    &["openTelemetryTrace.ingest"],
    &["apiTokens.read", "apiTokens.write"],
];

/// `n` varied tokens: owners, scopes, ages over two years, a sixth never
/// expiring, a sixth expired, some disabled, some personal, a quarter never used.
pub(super) fn bulk_tokens(n: usize, now: DateTime<Utc>) -> Vec<Token> {
    (0..n)
        .map(|index| {
            let i = index as i64;
            let created =
                now - days(i % 730) - Duration::minutes(i % 1440) - Duration::seconds(i % 60);
            let mut token = Token::new(
                &format!(
                    "bulk-{}-{index:06}",
                    ["ingest", "reader", "ci", "export", "ops"][index % 5]
                ),
                BULK_OWNERS[index % BULK_OWNERS.len()],
                BULK_SCOPES[index % BULK_SCOPES.len()],
                created,
            );
            token.expiration = match index % 6 {
                0 => None,
                1 => Some(now + days(i % 30 + 1)),
                2 => Some(now - days(i % 90 + 1)),
                _ => Some(now + days(i % 365 + 31)),
            };
            token.last_used =
                (index % 4 != 0).then(|| now - days(i % 200) - Duration::hours(i % 24));
            token.last_used_ip = token
                .last_used
                .map(|_| format!("10.{}.{}.{}", index % 7, (index / 7) % 250, index % 250 + 1));
            token.enabled = index % 23 != 0;
            token.personal_access_token = index % 11 == 0;
            token
        })
        .collect()
}
