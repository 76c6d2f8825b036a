#!/usr/bin/env python3
"""The web admin's people search over a million accounts (run by `make bench`).

On each engine (a fresh SQLite file, then a fresh database on the local PostgreSQL server),
starts the release server, seeds 1,000,000 accounts (70% active, 25% waiting for activation,
5% expired) in one statement, makes a staff account with `registration createsuperuser`, logs
it in, and measures `/admin/users/` with wrk on one connection (so each latency is one
request's server time plus the loopback): the first page, prefix searches, a state filter and
a page deep in the list. Prints one Markdown table for both engines and writes
bench/results/admin-search.md. Goal: p99 under 50 ms.
"""
import os, re, sqlite3, subprocess, sys, tempfile, time, urllib.parse, urllib.request

import pg

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "registration")
PORT = 3197
USERS = int(os.environ.get("ADMIN_BENCH_USERS", "1000000"))
SECONDS = int(os.environ.get("ADMIN_BENCH_SECONDS", "5"))
PASSWORD = "Correct-Horse-42"
PG_SERVER = os.environ.get("ADMIN_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
PG_DATABASE = "admin_bench"


def env(database_url):
    return {**os.environ, "ACCOUNT_ACTIVATION_DAYS": "7", "DATABASE_URL": database_url,
            "EMAIL_URL": "memory://", "LEPTOS_SITE_ADDR": f"127.0.0.1:{PORT}",
            "LEPTOS_SITE_ROOT": os.path.join(ROOT, "target", "site"), "RUST_LOG": "error",
            "RATE_LIMITS_ENABLED": "false"}


def seed_sql(now_ms, users_count=None):
    """One statement for the accounts and one for their profiles; `{series}` yields i = 1..USERS
    (or `users_count`): 70% active, 25% waiting for activation, 5% expired."""
    total = users_count or USERS
    day = 86_400_000
    users = f"""INSERT INTO users (username, username_normalized, email, email_normalized, password,
            is_active, date_joined)
        SELECT 'Seed' || i, 'seed' || i, 'seed' || i || '@example.com', 'seed' || i || '@example.com', '!',
               i % 20 < 14, {now_ms} - (CASE WHEN i % 20 = 19 THEN {30 * day} ELSE 0 END) - ({total} - i) * 10
        FROM {{series}}"""
    profiles = """INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
        SELECT id, 'k' || id, is_active, TRUE FROM users WHERE username LIKE 'Seed%'"""
    return users, profiles


class Sqlite:
    name = "SQLite"

    def __init__(self, work):
        self.path = os.path.join(work, "bench.db")
        self.url = f"sqlite://{self.path}"

    def prepare(self):
        pass

    def seed(self, now_ms):
        users, profiles = seed_sql(now_ms)
        series = f"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {USERS}) SELECT i FROM n)"
        with sqlite3.connect(self.path) as conn:
            conn.execute(users.replace("{series}", series))
            conn.execute(profiles)

    def query(self, sql):
        with sqlite3.connect(self.path) as conn:
            return conn.execute(sql).fetchone()


class Postgres:
    name = "PostgreSQL"

    def __init__(self, work):
        self.url = f"{PG_SERVER}/{PG_DATABASE}"

    def prepare(self):
        pg.fresh_database(PG_DATABASE, PG_SERVER)

    def seed(self, now_ms):
        users, profiles = seed_sql(now_ms)
        pg.psql(self.url, users.replace("{series}", f"generate_series(1, {USERS}) AS i"))
        pg.psql(self.url, profiles)
        for table in ("users", "registration_profiles"):
            pg.psql(self.url, f"VACUUM ANALYZE {table}")

    def query(self, sql):
        return tuple(pg.psql(self.url, sql).split("|"))


def log_in(base):
    body = urllib.parse.urlencode({"username": "benchstaff", "password": PASSWORD}).encode()
    request = urllib.request.Request(base + "/accounts/login/", data=body, method="POST")
    opener = urllib.request.build_opener(NoRedirect)
    response = opener.open(request)
    cookie = next(c.split(";")[0] for c in response.headers.get_all("Set-Cookie") if c.startswith("sessionid="))
    return cookie


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, req, fp, code, msg, headers):
        return fp


def wrk(url, cookie):
    out = subprocess.run(["wrk", "-t1", "-c1", f"-d{SECONDS}s", "--latency", "-H", f"Cookie: {cookie}", url],
                         capture_output=True, text=True, check=True).stdout
    def pct(p):
        m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s*(\d+)", out)
    if non_2xx:
        raise SystemExit(f"admin bench: {url} answered {non_2xx.group(1)} errors")
    return pct(50), pct(99), float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def measure(engine, work):
    """Seeds `engine`, serves it and returns ({label: (p50, p99, req/s)}, seconds to seed)."""
    engine.prepare()
    subprocess.run([BINARY, "migrate"], env=env(engine.url), check=True, capture_output=True)
    started = time.time()
    engine.seed(int(time.time() * 1000))
    seeded = time.time() - started
    subprocess.run([BINARY, "createsuperuser", "--username", "benchstaff", "--email", "staff@example.com"],
                   input=PASSWORD + "\n", text=True, env=env(engine.url), check=True, capture_output=True)
    server = subprocess.Popen([BINARY, "serve"], env=env(engine.url), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/readyz")
                break
            except Exception:
                time.sleep(0.1)
        cookie = log_in(base)
        joined, uid = engine.query("SELECT date_joined, id FROM users ORDER BY date_joined DESC, id DESC "
                                   "LIMIT 1 OFFSET 500000")
        return {label: wrk(base + path.format(cursor=f"{joined}-{uid}"), cookie) for label, path in CASES}, seeded
    finally:
        server.terminate()
        server.wait()


CASES = [("first page", "/admin/users/"), ("prefix `seed12` (11,112 matches)", "/admin/users/?q=seed12"),
         ("prefix `seed9` (111,111 matches)", "/admin/users/?q=seed9"),
         ("prefix `seed123456` (1 match)", "/admin/users/?q=seed123456"),
         ("prefix `seed` (every account)", "/admin/users/?q=seed"),
         ("prefix `seed1` (111,112 matches, all old)", "/admin/users/?q=seed1"),
         ("prefix `seed1`, waiting for activation", "/admin/users/?q=seed1&state=pending"),
         ("waiting for activation", "/admin/users/?state=pending"),
         ("page after 500,000 rows", "/admin/users/?after={cursor}")]


def main():
    work = tempfile.mkdtemp(prefix="admin-bench.")
    results = {}
    for engine in (Sqlite(work), Postgres(work)):
        results[engine.name] = measure(engine, work)
    seeded = ", ".join(f"{name} seeded in {s:.1f} s" for name, (_, s) in results.items())
    lines = [f"People search over {USERS:,} accounts ({seeded}); wrk, 1 connection, {SECONDS} s each; "
             "goal p99 < 50 ms.", "",
             "| query | SQLite p50 ms | SQLite p99 ms | SQLite req/s | PostgreSQL p50 ms | PostgreSQL p99 ms | PostgreSQL req/s |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for label, _ in CASES:
        cells = " | ".join(f"{p50:.2f} | {p99:.2f} | {rps:.0f}" for p50, p99, rps in
                           (results[name][0][label] for name in ("SQLite", "PostgreSQL")))
        lines.append(f"| {label} | {cells} |")
    report = "\n".join(lines)
    print(report)
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "admin-search.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
