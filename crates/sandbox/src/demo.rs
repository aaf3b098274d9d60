//! The credentials every sandbox has, the demo inventory, and bulk seeding.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};
use secrecy::SecretString;
use serde_json::{Map, Value};

use crate::server::VendorState;
use crate::{Credentials, RunningSandbox, astra, dynatrace, emr, exposed, ids, time};

const ADMIN_OWNER: &str = "platform-admin@example.com";
const RAM_USER: &str = "sandbox-admin";

fn days(n: i64) -> Duration {
    Duration::days(n)
}

/// The state a sandbox starts with, and the credentials it accepts.
pub(crate) fn initial_state(region: &str, demo: bool) -> (VendorState, Credentials) {
    let now = time::now();

    // Dynatrace: the admin token (apiTokens.read + apiTokens.write).
    let mut dynatrace = dynatrace::Store::default();
    let admin = dynatrace::Token::new(
        "sandbox-admin",
        ADMIN_OWNER,
        &["apiTokens.read", "apiTokens.write"],
        now - days(400),
    );
    let (admin_id, admin_secret) = (admin.id.clone(), admin.secret.clone());
    dynatrace.insert(admin);

    // Astra: one account, its user, and that user's token.
    let account_id = ids::astra_id();
    let user_id = ids::astra_id();
    let mut astra_store = astra::Store::default();
    let credential = astra::Token::new("Sandbox admin", &user_id, now - days(200));
    let astra_secret = credential.secret.clone();
    astra_store.add_user(
        &account_id,
        astra::User {
            id: user_id.clone(),
            created: now - days(720),
            tokens: vec![credential],
        },
    );

    // EMR: an AccessKey pair and STS credentials of one RAM user, a workspace and a gateway.
    let mut emr_store = emr::Store::new(region);
    let key = emr::Key {
        id: ids::access_key_id(false),
        secret: ids::access_key_secret(30),
        security_token: None,
        user: RAM_USER.to_string(),
    };
    let sts = emr::Key {
        id: ids::access_key_id(true),
        secret: ids::access_key_secret(44),
        security_token: Some(format!("CAIS{}", ids::access_key_secret(120))),
        user: RAM_USER.to_string(),
    };
    let gateway = emr::Gateway::new("sandbox-gateway", RAM_USER, now - days(120));
    let workspace_id = ids::emr_workspace();
    let gateway_id = gateway.id.clone();

    let credentials = Credentials {
        dynatrace_token: SecretString::from(admin_secret),
        dynatrace_token_id: admin_id,
        dynatrace_owner: ADMIN_OWNER.to_string(),
        astra_account_id: account_id.clone(),
        astra_user_id: user_id.clone(),
        astra_token: SecretString::from(astra_secret),
        access_key_id: key.id.clone(),
        access_key_secret: SecretString::from(key.secret.clone()),
        sts_access_key_id: sts.id.clone(),
        sts_access_key_secret: SecretString::from(sts.secret.clone()),
        sts_security_token: SecretString::from(sts.security_token.clone().unwrap_or_default()),
        ram_user: RAM_USER.to_string(),
        region: region.to_string(),
        workspace_id: workspace_id.clone(),
        livy_compute_id: gateway_id,
    };
    emr_store.add_key(key);
    emr_store.add_key(sts);

    let mut workspace = emr::Workspace {
        id: workspace_id,
        gateways: vec![gateway],
    };
    if demo {
        demo_dynatrace(&mut dynatrace, now);
        demo_astra(&mut astra_store, &account_id, &user_id, now);
        demo_emr(&mut workspace, now);
    }
    emr_store.add_workspace(workspace);
    let state = VendorState {
        dynatrace,
        astra: astra_store,
        emr: emr_store,
    };
    (state, credentials)
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

fn demo_dynatrace(store: &mut dynatrace::Store, now: DateTime<Utc>) {
    for (index, demo) in DT_DEMO.iter().enumerate() {
        let created = now - days(demo.created_days_ago) - Duration::minutes(index as i64 * 37);
        let mut token = dynatrace::Token::new(demo.name, demo.owner, demo.scopes, created);
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
    let mut sharing = dynatrace::Token::new(
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

fn demo_astra(store: &mut astra::Store, account_id: &str, user_id: &str, now: DateTime<Utc>) {
    let labelled = |name: &str, created: i64, labels: &[(&str, &str)]| {
        let mut token = astra::Token::new(name, user_id, now - days(created));
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
        astra::User {
            id: colleague.clone(),
            created: now - days(365),
            tokens: vec![
                astra::Token::new("Grafana exporter", &colleague, now - days(240)),
                astra::Token::new("Restore drill", &colleague, now - days(35)),
            ],
        },
    );
}

fn demo_emr(workspace: &mut emr::Workspace, now: DateTime<Utc>) {
    let token =
        |name: &str, by: &str, created: i64, expiry: Option<i64>, used_hours: Option<i64>| {
            let token = emr::Token::new(name, by, now - days(created));
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
    let mut analytics = emr::Gateway::new("analytics-gateway", "bob", now - days(90));
    analytics.tokens = vec![
        token("dbt-nightly", "bob", 80, Some(90), Some(12)),
        token("notebook-shared", "bob", 85, None, Some(101 * 24)),
    ];
    workspace.gateways.push(analytics);
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
pub(crate) fn bulk_dynatrace_tokens(n: usize, now: DateTime<Utc>) -> Vec<dynatrace::Token> {
    (0..n)
        .map(|index| {
            let i = index as i64;
            let created =
                now - days(i % 730) - Duration::minutes(i % 1440) - Duration::seconds(i % 60);
            let mut token = dynatrace::Token::new(
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

/// What the binary prints: URLs, demo credentials and how to use them.
pub(crate) fn describe(sandbox: &RunningSandbox) -> String {
    let c = sandbox.credentials();
    let url = sandbox.url();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "apitokens sandbox listening on {url}\n\
         A local, in-memory fake of three token APIs. The credentials below are this fake's own\n\
         demo credentials, printed on purpose; they are worthless anywhere else.\n"
    );
    let _ = writeln!(
        out,
        "Dynatrace (API v2 /apiTokens)\n  \
         environment URL  {url}   (the API is {url}/api/v2)\n  \
         API token        {}   (apiTokens.read, apiTokens.write)\n  \
         try: curl -H 'Authorization: Api-Token {}' '{url}/api/v2/apiTokens?fields=%2Bscopes,%2BexpirationDate'\n",
        exposed(&c.dynatrace_token),
        exposed(&c.dynatrace_token),
    );
    let _ = writeln!(
        out,
        "Astra Control (user API tokens)\n  \
         URL              {url}\n  \
         account ID       {}\n  \
         user ID          {}\n  \
         bearer token     {}\n  \
         try: curl -H 'Authorization: Bearer {}' '{url}/accounts/{}/core/v1/users/{}/tokens?count=true'\n",
        c.astra_account_id,
        c.astra_user_id,
        exposed(&c.astra_token),
        exposed(&c.astra_token),
        c.astra_account_id,
        c.astra_user_id,
    );
    let _ = writeln!(
        out,
        "EMR Serverless Spark (Livy Gateway tokens, ACS3-HMAC-SHA256 signed)\n  \
         endpoint         {url}\n  \
         region           {}\n  \
         workspace ID     {}\n  \
         Livy Gateway ID  {}\n  \
         AccessKey ID     {}\n  \
         AccessKey secret {}\n  \
         STS AccessKey    {} / {} / security token {}\n",
        c.region,
        c.workspace_id,
        c.livy_compute_id,
        c.access_key_id,
        exposed(&c.access_key_secret),
        c.sts_access_key_id,
        exposed(&c.sts_access_key_secret),
        exposed(&c.sts_security_token),
    );
    let _ = writeln!(
        out,
        "Point the clients at it:\n  \
         export DT_API_TOKEN='{}'\n  \
         export ASTRA_API_TOKEN='{}'\n  \
         export ALIBABA_CLOUD_ACCESS_KEY_ID='{}'\n  \
         export ALIBABA_CLOUD_ACCESS_KEY_SECRET='{}'\n\n  \
         apitokens::DynatraceSource::from_env(\"{url}\")\n  \
         apitokens::AstraSource::from_env(\"{url}\", \"{}\", \"{}\")\n  \
         apitokens::EmrServerlessSparkSource::with_endpoint(\"{url}\", \"{}\", \"{}\", \"{}\", credentials)\n  \
         (the generated clients: apitokens_dynatrace::Client::connect(\"{url}/api/v2\", …), \
         apitokens_astra::Client::connect(\"{url}\", …), apitokens_emr_serverless_spark::Client::connect(\"{url}\", …))",
        exposed(&c.dynatrace_token),
        exposed(&c.astra_token),
        c.access_key_id,
        exposed(&c.access_key_secret),
        c.astra_account_id,
        c.astra_user_id,
        c.region,
        c.workspace_id,
        c.livy_compute_id,
    );
    out
}
