//! The GitLab credentials' users and tokens, the demo inventory, and bulk seeding.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::{Store, Token, User};

/// The administrator (GitLab's first user, `root`) and a plain user.
const ADMIN: u64 = 1;
const USER: u64 = 2;
/// More users of the demo instance, owning demo and bulk tokens.
const COLLEAGUES: [u64; 3] = [3, 4, 5];

fn days(n: i64) -> Duration {
    Duration::days(n)
}

fn date_in(now: DateTime<Utc>, n: i64) -> Option<NaiveDate> {
    Some((now + days(n)).date_naive())
}

fn scopes(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// The users and the two tokens the credentials carry (both `api`, expiring
/// in 300 days); returns the administrator's ID and secret, then the plain user's.
pub(super) fn credentials(store: &mut Store, now: DateTime<Utc>) -> (u64, String, u64, String) {
    store.users.insert(ADMIN, User { admin: true });
    store.users.insert(USER, User { admin: false });
    for id in COLLEAGUES {
        store.users.insert(id, User { admin: false });
    }
    let mut secret_of = |name: &str, user_id: u64| {
        let token = Token::new(
            name,
            user_id,
            scopes(&["api"]),
            now - days(60),
            date_in(now, 300),
        );
        store.insert(token).secret.clone()
    };
    let admin = secret_of("Sandbox admin", ADMIN);
    let user = secret_of("Sandbox user", USER);
    (ADMIN, admin, USER, user)
}

/// The demo inventory: what an audit looks for (expiring soon, expired, never
/// used, unused for long, revoked, no expiry, `api`/`sudo`/`admin_mode` scopes),
/// for the administrator, the plain user and a colleague.
pub(super) fn seed(store: &mut Store, admin: u64, user: u64, now: DateTime<Utc>) {
    let colleague = COLLEAGUES[0];
    let token = |name: &str, user_id: u64, names: &[&str], created: i64, expires: Option<i64>| {
        Token::new(
            name,
            user_id,
            scopes(names),
            now - days(created),
            expires.and_then(|n| date_in(now, n)),
        )
    };
    let used = |mut token: Token, days_ago: i64| {
        token.last_used = Some(now - days(days_ago));
        token
    };
    let mut revoked = used(token("Old laptop", user, &["api"], 400, Some(-20)), 390);
    revoked.revoked = true;
    let mut described = used(token("CI pipeline", admin, &["api"], 80, Some(12)), 1);
    described.description = Some("Deploys from the main branch".to_string());
    for token in [
        described,
        token("Sudo automation", admin, &["api", "sudo"], 30, Some(200)),
        used(
            token(
                "Admin console",
                admin,
                &["admin_mode", "read_api"],
                120,
                Some(5),
            ),
            3,
        ),
        used(
            token("Release notes bot", user, &["read_api"], 200, Some(-3)),
            10,
        ),
        token("Never used", user, &["read_user"], 45, None),
        revoked,
        used(
            token(
                "Registry push",
                colleague,
                &["read_registry", "write_registry"],
                300,
                Some(90),
            ),
            140,
        ),
        used(
            token(
                "Repository mirror",
                colleague,
                &["read_repository", "write_repository"],
                20,
                Some(340),
            ),
            0,
        ),
        token(
            "Runner registration",
            colleague,
            &["create_runner"],
            5,
            Some(25),
        ),
    ] {
        store.insert(token);
    }
}

/// Adds `n` tokens over the plain user and the colleagues, in a repeating
/// pattern of scopes, ages, expiries, uses and revocations.
pub(super) fn bulk(store: &mut Store, user: u64, n: usize, now: DateTime<Utc>) {
    const SCOPE_SETS: [&[&str]; 5] = [
        &["read_api"],
        &["api"],
        &["read_repository"],
        &["read_registry", "write_registry"],
        &["api", "sudo"],
    ];
    let owners = [user, COLLEAGUES[0], COLLEAGUES[1], COLLEAGUES[2]];
    for index in 0..n {
        let step = i64::try_from(index % 997).unwrap_or(0);
        let created = now - days(1 + step % 500);
        let expires = match index % 7 {
            0 => None,
            1 => date_in(now, -(1 + step % 30)),
            _ => date_in(now, 1 + step % 365),
        };
        let mut token = Token::new(
            &format!("automation-{index:06}"),
            owners[index % owners.len()],
            scopes(SCOPE_SETS[index % SCOPE_SETS.len()]),
            created,
            expires,
        );
        if index % 3 != 0 {
            token.last_used = Some(now - days(step % 200));
        }
        token.revoked = index % 11 == 0;
        store.insert(token);
    }
}
