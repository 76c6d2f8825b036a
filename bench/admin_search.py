#!/usr/bin/env python3
"""The web admin's people search over a million accounts (run by `make bench`).

Starts the release server on a fresh SQLite database, seeds 1,000,000 accounts (70% active,
25% waiting for activation, 5% expired) in one statement, makes a staff account with
`registration createsuperuser`, logs it in, and measures `/admin/users/` with wrk on one
connection (so each latency is one request's server time plus the loopback): the first page,
a prefix search, a state filter and a page deep in the list. Prints a Markdown table and writes
bench/results/admin-search.md. Goal: p99 under 50 ms.
"""
import os, re, sqlite3, subprocess, sys, tempfile, time, urllib.parse, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "registration")
PORT = 3197
USERS = int(os.environ.get("ADMIN_BENCH_USERS", "1000000"))
SECONDS = int(os.environ.get("ADMIN_BENCH_SECONDS", "5"))
PASSWORD = "Correct-Horse-42"


def env(db):
    return {**os.environ, "ACCOUNT_ACTIVATION_DAYS": "7", "DATABASE_URL": f"sqlite://{db}",
            "EMAIL_URL": "memory://", "LEPTOS_SITE_ADDR": f"127.0.0.1:{PORT}",
            "LEPTOS_SITE_ROOT": os.path.join(ROOT, "target", "site"), "RUST_LOG": "error",
            "RATE_LIMITS_ENABLED": "false"}


def seed(db):
    day = 86_400_000
    now = int(time.time() * 1000)
    with sqlite3.connect(db) as conn:
        conn.execute(f"""INSERT INTO users (username, username_normalized, email, email_normalized, password,
                is_active, date_joined)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {USERS})
            SELECT 'Seed' || i, 'seed' || i, 'seed' || i || '@example.com', 'seed' || i || '@example.com', '!',
                   i % 20 < 14, {now} - (i % 20 = 19) * 30 * {day} - ({USERS} - i) * 10 FROM n""")
        conn.execute("""INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
            SELECT id, 'k' || id, is_active, 1 FROM users WHERE username LIKE 'Seed%'""")


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


def main():
    work = tempfile.mkdtemp(prefix="admin-bench.")
    db = os.path.join(work, "bench.db")
    subprocess.run([BINARY, "migrate"], env=env(db), check=True, capture_output=True)
    started = time.time()
    seed(db)
    seeded = time.time() - started
    subprocess.run([BINARY, "createsuperuser", "--username", "benchstaff", "--email", "staff@example.com"],
                   input=PASSWORD + "\n", text=True, env=env(db), check=True, capture_output=True)
    server = subprocess.Popen([BINARY, "serve"], env=env(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{PORT}"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "/readyz")
                break
            except Exception:
                time.sleep(0.1)
        cookie = log_in(base)
        with sqlite3.connect(db) as conn:
            joined, uid = conn.execute("SELECT date_joined, id FROM users ORDER BY date_joined DESC, id DESC "
                                       "LIMIT 1 OFFSET 500000").fetchone()
        cases = [("first page", "/admin/users/"), ("prefix `seed12` (11,112 matches)", "/admin/users/?q=seed12"),
                 ("prefix `seed9` (111,111 matches)", "/admin/users/?q=seed9"),
                 ("prefix `seed123456` (1 match)", "/admin/users/?q=seed123456"),
                 ("prefix `seed` (every account)", "/admin/users/?q=seed"),
                 ("prefix `seed1` (111,112 matches, all old)", "/admin/users/?q=seed1"),
                 ("waiting for activation", "/admin/users/?state=pending"),
                 ("page after 500,000 rows", f"/admin/users/?after={joined}-{uid}")]
        lines = [f"People search over {USERS:,} accounts (SQLite, seeded in {seeded:.1f} s); wrk, 1 connection, "
                 f"{SECONDS} s each; goal p99 < 50 ms.", "", "| query | p50 ms | p99 ms | req/s |", "|---|---:|---:|---:|"]
        for label, path in cases:
            p50, p99, rps = wrk(base + path, cookie)
            lines.append(f"| {label} | {p50:.2f} | {p99:.2f} | {rps:.0f} |")
        report = "\n".join(lines)
        print(report)
        os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
        with open(os.path.join(ROOT, "bench", "results", "admin-search.md"), "w") as f:
            f.write(report + "\n")
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    sys.exit(main())
