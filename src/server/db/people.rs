//! Queries of the web admin's people pages: search by username or address prefix, filter by
//! state, newest first, a page at a time after a `(date_joined, id)` cursor (keyset
//! pagination: every page costs the same however deep). Indexes: `users_joined` on
//! `(date_joined, id)` carrying both search columns, and `users_username_joined` and `users_email_joined` on
//! `(prefix column, date_joined[, id])` for the prefixes (range conditions, which both engines
//! answer from a b-tree without reading the table).

use super::{to_millis, Engine, Pool};
use crate::on_pool;
use chrono::{DateTime, Utc};

/// Which accounts a list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StateFilter {
    #[default]
    All,
    /// Waiting for activation, within the activation period.
    Pending,
    /// Never activated, past the activation period.
    Expired,
    Active,
    /// Inactive after an activation (or never registered through the form).
    Deactivated,
    Staff,
}

/// One row of the list.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonRow {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub is_active: bool,
    pub is_staff: bool,
    pub date_joined: i64,
    pub last_login: Option<i64>,
    /// Whether the registration was activated (`None`: no registration profile).
    pub activated: Option<bool>,
    /// When the current activation key was issued (joined, or renewed).
    pub key_issued_at: i64,
}

/// A search: the prefix (lower-cased), the state, the cursor, the page size.
#[derive(Clone, Debug)]
pub struct Search<'a> {
    pub prefix: &'a str,
    pub state: StateFilter,
    /// The last row of the page before: `(date_joined, id)`.
    pub after: Option<(i64, i64)>,
    pub limit: i64,
    /// Keys issued at or before this instant have expired.
    pub expired_before: DateTime<Utc>,
}

/// What a row of the list is made of (`u`: the account, `p`: its registration).
const COLUMNS: &str = "SELECT u.id, u.username, u.email, u.is_active, u.is_staff, u.date_joined,
    u.last_login, p.activated, COALESCE(p.key_renewed_at, u.date_joined) AS key_issued_at";

/// Every account, with its registration.
const ACCOUNTS: &str = "FROM users u LEFT JOIN registration_profiles p ON p.user_id = u.id";

/// The accounts of a `hits (date_joined, id)` list, with their registrations.
const HIT_ACCOUNTS: &str =
    "FROM hits JOIN users u ON u.id = hits.id LEFT JOIN registration_profiles p ON p.user_id = u.id";

fn state_condition(state: StateFilter) -> &'static str {
    match state {
        StateFilter::All => "TRUE",
        StateFilter::Pending => {
            "u.is_active = FALSE AND p.activated = FALSE AND COALESCE(p.key_renewed_at, u.date_joined) > $4"
        }
        StateFilter::Expired => {
            "u.is_active = FALSE AND p.activated = FALSE AND COALESCE(p.key_renewed_at, u.date_joined) <= $4"
        }
        StateFilter::Active => "u.is_active = TRUE",
        StateFilter::Deactivated => "u.is_active = FALSE AND (p.activated IS NULL OR p.activated = TRUE)",
        StateFilter::Staff => "u.is_staff = TRUE",
    }
}

/// One page of accounts, newest first (one more row than `limit` tells there is a next page).
pub async fn search(pool: &Pool, search: &Search<'_>) -> Result<Vec<PersonRow>, sqlx::Error> {
    let sql = if search.prefix.is_empty() {
        // The date index gives the page in order.
        format!("{COLUMNS} {ACCOUNTS} WHERE CAST($1 AS TEXT) = '' AND CAST($2 AS TEXT) IS NOT NULL AND {after}
             AND ({state}) AND CAST($4 AS BIGINT) IS NOT NULL ORDER BY u.date_joined DESC, u.id DESC LIMIT $3",
            after = after(pool.engine()), state = state_condition(search.state))
    } else if search.state == StateFilter::All {
        // A broad prefix fills its page from the newest rows at once; a narrow one is read
        // from the prefix indexes. The newest WINDOW rows tell which: a full page among them is
        // the page (every match outside the window is older).
        let newest = query(pool, search, &prefix_in_window(pool.engine())).await?;
        if newest.len() as i64 > search.limit {
            return Ok(newest);
        }
        return prefix_page(pool, search).await;
    } else {
        // A state narrows the prefix's matches further: they are read and sorted (`+ 0` keeps
        // the planner from walking the whole date index instead).
        let ranges = prefix_ranges(pool.engine(), "u.");
        format!(
            "{COLUMNS} {ACCOUNTS} WHERE ({ranges}) AND {after} AND ({state}) AND CAST($4 AS BIGINT) IS NOT NULL
             ORDER BY u.date_joined + 0 DESC, u.id DESC LIMIT $3",
            after = after(pool.engine()),
            state = state_condition(search.state)
        )
    };
    query(pool, search, &sql).await
}

/// A search's parameters `$1`..`$6` bound to `$query`.
macro_rules! bind_search {
    ($query:expr, $search:expr) => {{
        let search: &Search<'_> = $search;
        // Every string starting with the prefix sorts before the prefix followed by U+10FFFF.
        let upper = format!("{}\u{10FFFF}", search.prefix);
        let (joined, id) = search.after.unwrap_or((i64::MAX, i64::MAX));
        // Not kept prepared: each search is planned for its own prefix and cursor (a plan made
        // for unknown values reads a broad prefix's every match on PostgreSQL).
        $query
            .persistent(false)
            .bind(search.prefix)
            .bind(upper)
            .bind(search.limit + 1)
            .bind(to_millis(search.expired_before))
            .bind(joined)
            .bind(id)
    }};
}

async fn query(pool: &Pool, search: &Search<'_>, sql: &str) -> Result<Vec<PersonRow>, sqlx::Error> {
    on_pool!(pool, c => bind_search!(sqlx::query_as(sql), search).fetch_all(c).await)
}

/// After the cursor `($5, $6)`, newest first. PostgreSQL turns the row comparison into one
/// range of `users_joined`; SQLite reads the `OR` as a range too.
fn after(engine: Engine) -> &'static str {
    match engine {
        Engine::Postgres => "((u.date_joined, u.id) < ($5, $6))",
        Engine::Sqlite => "(u.date_joined < $5 OR (u.date_joined = $5 AND u.id < $6))",
    }
}

/// The prefix `[$1, $2)` on the username or the address, in code-point order (SQLite's
/// default; PostgreSQL's through `COLLATE "C"`, as its indexes are made).
fn prefix_ranges(engine: Engine, table: &str) -> String {
    let c = if engine == Engine::Postgres { " COLLATE \"C\"" } else { "" };
    format!(
        "({table}username_normalized{c} >= $1 AND {table}username_normalized{c} < $2)
        OR ({table}email_normalized{c} >= $1 AND {table}email_normalized{c} < $2)"
    )
}

/// How many of the newest rows a broad prefix is looked for in first.
const WINDOW: i64 = 5_000;

/// A page of a prefix's matches among the newest `WINDOW` rows after the cursor: the date
/// index holds both search columns, so the look reads index entries only (stopping at a full
/// page), and joins the matches alone.
fn prefix_in_window(engine: Engine) -> String {
    format!(
        "WITH newest AS (SELECT date_joined, id, username_normalized, email_normalized FROM users u
           WHERE {after} ORDER BY date_joined DESC, id DESC LIMIT {WINDOW}),
         hits AS (SELECT date_joined, id FROM newest u WHERE ({ranges}) AND CAST($4 AS BIGINT) IS NOT NULL
           ORDER BY date_joined DESC, id DESC LIMIT $3)
         {COLUMNS} {HIT_ACCOUNTS} ORDER BY u.date_joined DESC, u.id DESC",
        after = after(engine),
        ranges = prefix_ranges(engine, "u.")
    )
}

/// A page of a prefix's matches. Each column's newest `limit + 1` come from its
/// `(prefix, date_joined, id)` index alone (sorted from the index entries: `+ 0` keeps the
/// planner from walking the date index instead), joined to their rows; the two columns are
/// read at once, on two connections, as a broad prefix has to read every one of its index
/// entries. The newest of both, without duplicates, make the page.
async fn prefix_page(pool: &Pool, search: &Search<'_>) -> Result<Vec<PersonRow>, sqlx::Error> {
    let engine = pool.engine();
    let (names, addresses) =
        (prefix_hits(engine, "username_normalized"), prefix_hits(engine, "email_normalized"));
    let (by_name, by_address) = tokio::try_join!(hits(pool, search, &names), hits(pool, search, &addresses))?;
    Ok(newest(by_name, by_address, search.limit + 1))
}

/// A column's newest `$3` matches after the cursor, whole.
fn prefix_hits(engine: Engine, column: &str) -> String {
    let c = if engine == Engine::Postgres { " COLLATE \"C\"" } else { "" };
    format!(
        "WITH hits AS (SELECT date_joined, id FROM users u WHERE u.{column}{c} >= $1 AND u.{column}{c} < $2
         AND {after} AND CAST($4 AS BIGINT) IS NOT NULL ORDER BY date_joined + 0 DESC, id DESC LIMIT $3)
         {COLUMNS} {HIT_ACCOUNTS}",
        after = after(engine)
    )
}

/// A branch's rows. On PostgreSQL without parallel workers: the two branches already run at
/// once, and a branch's workers would only contend for the same cores (two branches at once:
/// 28 ms each with workers, 17 ms without).
async fn hits(pool: &Pool, search: &Search<'_>, sql: &str) -> Result<Vec<PersonRow>, sqlx::Error> {
    let Pool::Postgres(pg) = pool else {
        return query(pool, search, sql).await;
    };
    let mut tx = pg.begin().await?;
    sqlx::query("SET LOCAL max_parallel_workers_per_gather = 0").execute(&mut *tx).await?;
    let rows = bind_search!(sqlx::query_as(sql), search).fetch_all(&mut *tx).await?;
    tx.commit().await?;
    Ok(rows)
}

/// The newest `limit` rows of two lists, each account once.
fn newest(a: Vec<PersonRow>, b: Vec<PersonRow>, limit: i64) -> Vec<PersonRow> {
    let mut all: Vec<PersonRow> = a.into_iter().chain(b).collect();
    all.sort_unstable_by_key(|row| std::cmp::Reverse((row.date_joined, row.id)));
    all.dedup_by_key(|row| row.id);
    all.truncate(limit.max(0) as usize);
    all
}

/// One account, with its registration.
pub async fn person(pool: &Pool, user_id: i64) -> Result<Option<PersonRow>, sqlx::Error> {
    let sql = format!("{COLUMNS} {ACCOUNTS} WHERE u.id = $1");
    on_pool!(pool, c => sqlx::query_as(&sql).bind(user_id).fetch_optional(c).await)
}

/// An account's mails in the outbox, newest first, with their delivery state (`sent`,
/// `failed`, `retrying` after a failed attempt, or `queued`).
pub async fn mails_to(pool: &Pool, address: &str, limit: i64) -> Result<Vec<MailRow>, sqlx::Error> {
    let sql = "SELECT id, subject,
        CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed'
             WHEN attempts > 0 THEN 'retrying' ELSE 'queued' END AS status,
        CAST(attempts AS BIGINT) AS attempts, last_error, created_at FROM email_outbox
        WHERE lower(recipient) = lower($1) ORDER BY id DESC LIMIT $2";
    on_pool!(pool, c => sqlx::query_as(sql).bind(address).bind(limit).fetch_all(c).await)
}

/// One outbox message as the admin shows it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct MailRow {
    pub id: i64,
    pub subject: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

#[cfg(test)]
mod tests {
    use super::{newest, PersonRow};

    fn row(date_joined: i64, id: i64) -> PersonRow {
        PersonRow {
            id,
            username: format!("user{id}"),
            email: format!("user{id}@example.com"),
            is_active: true,
            is_staff: false,
            date_joined,
            last_login: None,
            activated: Some(true),
            key_issued_at: date_joined,
        }
    }

    fn ids(rows: Vec<PersonRow>) -> Vec<i64> {
        rows.into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn an_account_matched_by_both_columns_is_listed_once_and_the_newest_come_first() {
        let by_name = vec![row(30, 3), row(10, 1)];
        let by_address = vec![row(30, 3), row(20, 2), row(5, 9)];
        assert_eq!(ids(newest(by_name, by_address, 3)), vec![3, 2, 1]);
    }

    #[test]
    fn equal_join_times_are_ordered_by_id() {
        assert_eq!(ids(newest(vec![row(7, 4)], vec![row(7, 8), row(7, 6)], 10)), vec![8, 6, 4]);
    }
}
