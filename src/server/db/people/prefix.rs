//! The people search by prefix: the newest accounts whose username or address starts with
//! it, in a state, after a cursor.
//!
//! Reading every match of a broad prefix and sorting them costs as much as it has matches
//! (111,112 for `seed1` among a million accounts). Instead the accounts are taken in blocks of
//! 4,096 ids (`id >> 12`) and three indexes lead with the block: `users_block_username` and
//! `users_block_email` on `(block, prefix column, date_joined)`, and `users_block_joined` on
//! `(block, date_joined)`. A search then costs a few seeks per block plus the matches of
//! the few blocks that hold the page:
//!
//! 1. A broad prefix of recent accounts fills its page from the newest `WINDOW` rows alone.
//! 2. Otherwise one statement lists the blocks that hold a match, each with the join date of
//!    its newest account after the cursor (an upper bound for its matches).
//! 3. The page is read from the blocks with the newest accounts, 1, then 2, 4… of them, until
//!    its last row is newer than any account of the blocks left out: then no match left out
//!    can belong on the page, whatever order accounts joined in.

use super::{after, query, state_condition, PersonRow, Search, StateFilter, ACCOUNTS, COLUMNS, HIT_ACCOUNTS};
use crate::on_pool;
use crate::server::db::{Engine, Pool};

/// How many of the newest rows a broad prefix is looked for in first.
const WINDOW: i64 = 5_000;

/// A block of ids holding a match, and the join date of its newest account after the cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, sqlx::FromRow)]
struct Block {
    block: i64,
    newest: i64,
}

/// One page of the prefix's matches (one more row than `limit` tells there is a next page).
pub(super) async fn search(pool: &Pool, search: &Search<'_>) -> Result<Vec<PersonRow>, sqlx::Error> {
    if search.state == StateFilter::All {
        let newest = query(pool, search, &in_window(pool.engine())).await?;
        if newest.len() as i64 > search.limit {
            return Ok(newest);
        }
    }
    let blocks = blocks(pool, search).await?;
    let wanted = (search.limit + 1).max(1) as usize;
    let mut taken = 1;
    loop {
        let read = taken.min(blocks.len());
        if read == 0 {
            return Ok(Vec::new());
        }
        let rows = in_blocks(pool, search, &blocks[..read]).await?;
        if settled(&rows, wanted, blocks.get(read)) {
            return Ok(rows);
        }
        taken *= 2;
    }
}

/// Whether `rows`, the newest matches of the blocks read, newest first, are the page: all of
/// them were read, or a full page whose last row is newer than the newest account of the
/// next block (the blocks come newest first, so of every block left out).
fn settled(rows: &[PersonRow], wanted: usize, next: Option<&Block>) -> bool {
    match next {
        None => true,
        Some(next) => rows.len() >= wanted && rows[wanted - 1].date_joined > next.newest,
    }
}

/// A page of the prefix's matches among the newest `WINDOW` rows after the cursor: the date
/// index holds both search columns, so the look reads index entries only (stopping at a full
/// page), and joins the matches alone.
fn in_window(engine: Engine) -> String {
    format!(
        "WITH newest AS (SELECT date_joined, id, username_normalized, email_normalized FROM users u
           WHERE {after} ORDER BY date_joined DESC, id DESC LIMIT {WINDOW}),
         hits AS (SELECT date_joined, id FROM newest u WHERE (({name}) OR ({address}))
           AND CAST($4 AS BIGINT) IS NOT NULL ORDER BY date_joined DESC, id DESC LIMIT $3)
         {COLUMNS} {HIT_ACCOUNTS} ORDER BY u.date_joined DESC, u.id DESC",
        after = after(engine),
        name = starts_with(engine, "username_normalized"),
        address = starts_with(engine, "email_normalized"),
    )
}

/// The blocks holding a match (in any state), newest first: a seek per block and column for
/// the match, and one for the newest account after the cursor (blocks without one are left
/// out).
async fn blocks(pool: &Pool, search: &Search<'_>) -> Result<Vec<Block>, sqlx::Error> {
    let engine = pool.engine();
    let sql = format!(
        "WITH RECURSIVE n(block) AS (SELECT (SELECT MAX(id) FROM users) >> 12
           UNION ALL SELECT block - 1 FROM n WHERE block > 0),
         found AS (SELECT block, (SELECT u.date_joined FROM users u WHERE (u.id >> 12) = n.block AND {after}
             ORDER BY u.date_joined DESC, u.id DESC LIMIT 1) AS newest FROM n
           WHERE EXISTS (SELECT 1 FROM users u WHERE (u.id >> 12) = n.block AND {name})
              OR EXISTS (SELECT 1 FROM users u WHERE (u.id >> 12) = n.block AND {address}))
         SELECT block, newest FROM found
         WHERE newest IS NOT NULL AND CAST($3 AS BIGINT) IS NOT NULL AND CAST($4 AS BIGINT) IS NOT NULL
         ORDER BY newest DESC, block DESC",
        after = after(engine),
        name = starts_with(engine, "username_normalized"),
        address = starts_with(engine, "email_normalized"),
    );
    on_pool!(pool, c => bind_search!(sqlx::query_as(&sql), search).fetch_all(c).await)
}

/// The newest matches in `blocks`: each column's newest `$3` from its block index (sorted
/// from the index entries: `+ 0` keeps the planner from walking the date index instead), the
/// newest of both without duplicates, joined to their rows.
async fn in_blocks(
    pool: &Pool,
    search: &Search<'_>,
    blocks: &[Block],
) -> Result<Vec<PersonRow>, sqlx::Error> {
    let engine = pool.engine();
    let branch = |column: &str, alias: &str| {
        format!(
            "SELECT date_joined, id FROM (SELECT u.date_joined, u.id {ACCOUNTS}
               WHERE (u.id >> 12) {among} AND {matches} AND {after} AND ({state})
               ORDER BY u.date_joined + 0 DESC, u.id DESC LIMIT $3) AS {alias}",
            among = among_blocks(engine),
            matches = starts_with(engine, column),
            after = after(engine),
            state = state_condition(search.state),
        )
    };
    let sql = format!(
        "WITH hits AS ({names} UNION {addresses} ORDER BY date_joined DESC, id DESC LIMIT $3)
         {COLUMNS} {HIT_ACCOUNTS} WHERE CAST($4 AS BIGINT) IS NOT NULL ORDER BY u.date_joined DESC, u.id DESC",
        names = branch("username_normalized", "by_name"),
        addresses = branch("email_normalized", "by_address"),
    );
    let list = blocks.iter().map(|b| b.block.to_string()).collect::<Vec<_>>().join(",");
    on_pool!(pool, c => bind_search!(sqlx::query_as(&sql), search).bind(&list).fetch_all(c).await)
}

/// `$7`, a comma-separated list of blocks, as a condition on a block.
fn among_blocks(engine: Engine) -> &'static str {
    match engine {
        Engine::Postgres => "= ANY(CAST(string_to_array($7, ',') AS BIGINT[]))",
        Engine::Sqlite => "IN (SELECT value FROM json_each('[' || $7 || ']'))",
    }
}

/// `u.column` starts with the prefix: `[$1, $2)` in code-point order (SQLite's default;
/// PostgreSQL's through `COLLATE "C"`, as its indexes are made).
fn starts_with(engine: Engine, column: &str) -> String {
    let c = if engine == Engine::Postgres { " COLLATE \"C\"" } else { "" };
    format!("u.{column}{c} >= $1 AND u.{column}{c} < $2")
}

#[cfg(test)]
mod tests {
    use super::{settled, Block, PersonRow};

    fn row(date_joined: i64) -> PersonRow {
        PersonRow {
            id: date_joined,
            username: format!("user{date_joined}"),
            email: format!("user{date_joined}@example.com"),
            is_active: true,
            is_staff: false,
            date_joined,
            last_login: None,
            activated: Some(true),
            key_issued_at: date_joined,
        }
    }

    fn next(newest: i64) -> Block {
        Block { block: 0, newest }
    }

    #[test]
    fn the_last_block_read_settles_the_page_however_few_rows_it_gave() {
        assert!(settled(&[row(5)], 3, None));
        assert!(settled(&[], 3, None));
    }

    #[test]
    fn a_full_page_newer_than_every_account_left_out_is_the_page() {
        assert!(settled(&[row(30), row(20), row(10)], 3, Some(&next(9))));
    }

    #[test]
    fn a_block_left_out_may_hold_a_row_of_the_page() {
        assert!(!settled(&[row(30), row(20), row(10)], 3, Some(&next(15))), "a newer account left out");
        assert!(
            !settled(&[row(30), row(20), row(10)], 3, Some(&next(10))),
            "a tie is ordered by id: read on"
        );
        assert!(!settled(&[row(30), row(20)], 3, Some(&next(1))), "not a full page yet");
    }
}
