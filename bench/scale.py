#!/usr/bin/env python3
"""Scale curves (run by `make bench`): the same loads on databases that already hold 10,000,
100,000 and 1,000,000 accounts (70% active, 25% waiting for activation, 5% expired; the
people bench's population), on SQLite and on the local PostgreSQL server.

Loads, each the median of bench.RUNS runs of bench.DURATION seconds after a warm-up: the
register page (16 connections), activation with a fresh key each (16), activation with
unknown keys (16), registration (8) and login (8). Goals: no figure of the largest
population more than 10% below the smallest's, and every p99 within twice the smallest's.
Prints one Markdown table and writes bench/results/scale.md.
"""
import os, sqlite3, subprocess, sys, tempfile, time

import admin_search, bench, pg

SIZES = [int(n) for n in os.environ.get("BENCH_SCALE_SIZES", "10000,100000,1000000").split(",") if n]
LOADS = ["register page", "fresh-key activation", "unknown-key activation", "registration", "login"]


class Sqlite:
    name = "SQLite"

    def __init__(self, workdir, size):
        self.path = os.path.join(workdir, f"scale-{size}.db")
        self.url = f"sqlite://{self.path}"

    def populate(self, size):
        users, profiles = admin_search.seed_sql(int(time.time() * 1000), size)
        series = f"(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {size}) SELECT i FROM n)"
        with sqlite3.connect(self.path) as conn:
            conn.execute(users.replace("{series}", series))
            conn.execute(profiles)

    def pending(self, n, tag):
        return bench.seed(self.path, "ours", n, tag)

    def run(self, sql):
        with sqlite3.connect(self.path, timeout=60) as conn:
            return conn.execute(sql).fetchone() or ()

    def drop(self):
        for leftover in (self.path, self.path + "-wal", self.path + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)


class Postgres:
    name = "PostgreSQL"

    def __init__(self, workdir, size):
        self.url = pg.fresh_database("registration_scale")

    def populate(self, size):
        users, profiles = admin_search.seed_sql(int(time.time() * 1000), size)
        pg.psql(self.url, users.replace("{series}", f"generate_series(1, {size}) AS i"))
        pg.psql(self.url, profiles)
        pg.psql(self.url, "VACUUM ANALYZE users")
        pg.psql(self.url, "VACUUM ANALYZE registration_profiles")

    def pending(self, n, tag):
        return pg.seed(self.url, n, tag)

    def run(self, sql):
        return tuple(pg.psql(self.url, sql).split("|"))

    def drop(self):
        pass


def loads(engine, workdir):
    """The five loads against the app serving `engine`."""
    app, _ = bench.start_ours(workdir, database_url=engine.url)
    base = f"http://127.0.0.1:{bench.OURS_PORT}"
    try:
        figures = {"register page": bench.median_run(base + "/accounts/register/", app.pid)}
        figures["fresh-key activation"] = bench.fresh_activations(
            base, app.pid, None, "ours", 60_000, seeder=engine.pending, keys_at=f"{workdir}/scale")
        figures["unknown-key activation"] = bench.median_run(base + "/", app.pid, 16, ["random", "2"], bench.ACTIVATE_LUA)
        register_post = bench.post_args(base, "/accounts/register/", bench.REGISTER_FORM)
        figures["registration"] = bench.median_run(base + "/accounts/register/", app.pid, 8, register_post)
        log_in_user(base, engine)
        login_post = bench.post_args(base, "/accounts/login/", f"username=benchlogin&password={bench.PASSWORD}")
        figures["login"] = bench.median_run(base + "/accounts/login/", app.pid, 8, login_post)
        if engine.run("SELECT last_login FROM users WHERE username = 'benchlogin'")[0] in (None, ""):
            raise SystemExit(f"scale: the login load on {engine.name} did not log in")
    finally:
        bench.stop(app)
    return figures


def log_in_user(base, engine):
    """Registers `benchlogin` through the form and activates it in the database."""
    bench.register_login_user(base)
    engine.run("UPDATE users SET is_active = TRUE WHERE username = 'benchlogin'")


def measure(kind, size, workdir):
    engine = kind(workdir, size)
    failures_before = len(bench.FAILURES)
    subprocess.run([bench.BINARY, "migrate"], env=dict(os.environ, DATABASE_URL=engine.url),
                   check=True, capture_output=True)
    started = time.time()
    engine.populate(size)
    print(f"scale: {engine.name} with {size:,} accounts seeded in {time.time() - started:.1f} s", flush=True)
    try:
        return loads(engine, workdir)
    finally:
        engine.drop()
        bench.FAILURES[failures_before:] = [f"{engine.name}, {size:,} accounts: {failure}"
                                            for failure in bench.FAILURES[failures_before:]]


def table(results):
    smallest, largest = SIZES[0], SIZES[-1]
    head = " | ".join(f"{size:,} req/s | p99 ms" for size in SIZES)
    lines = [f"Loads on populated databases ({bench.RUNS} runs of {bench.DURATION} s, medians). Goals: the "
             f"{largest:,}-account figure within 10% of the {smallest:,}-account one, its p99 within 2×.", "",
             f"| engine | load | {head} | largest ÷ smallest req/s | largest ÷ smallest p99 |",
             "|---|---|" + "---:|---:|" * len(SIZES) + "---:|---:|"]
    for engine, by_size in results.items():
        for load in LOADS:
            cells = " | ".join(f"{by_size[s][load]['rps']:,.1f} | {by_size[s][load]['p99_ms']:.2f}" for s in SIZES)
            small, large = by_size[smallest][load], by_size[largest][load]
            lines.append(f"| {engine} | {load} | {cells} | {large['rps'] / small['rps']:.2f} | "
                         f"{large['p99_ms'] / small['p99_ms']:.2f} |")
    return "\n".join(lines)


def main():
    workdir = tempfile.mkdtemp(prefix="registration-scale.")
    results = {}
    for kind in (Sqlite, Postgres):
        results[kind.name] = {size: measure(kind, size, workdir) for size in SIZES}
    report = table(results) + "".join(f"\n\nFAILED ANSWERS: {failure}." for failure in bench.FAILURES)
    print(report)
    with open(os.path.join(bench.ROOT, "bench", "results", "scale.md"), "w") as f:
        f.write(report + "\n")
    if bench.FAILURES:
        raise SystemExit("scale: some loads had failed answers (listed above); the figures do not count")


if __name__ == "__main__":
    sys.exit(main())
