#!/usr/bin/env python3
"""The app against this machine's own ceilings, in one run (run by `make bench`).

- Hash ceiling: Argon2id with the production parameters on one thread and on every core
  (`examples/ceilings.rs hash`), nothing else running. Registration and login over HTTP
  (8 connections, SQLite) are held against the every-core figure; the register page's p99
  while registrations run shows whether hashing on every core still yields to page loads.
- HTTP ceiling: a bare axum handler answering the register page's exact bytes
  (`examples/ceilings.rs http`), under the same wrk load as the real page (16 connections).
- Write ceiling: the activation's conditional `UPDATE … RETURNING` alone, through the app's
  pool and pragmas from 16 tasks (`examples/ceilings.rs write`), on a copy of the database
  the app's fresh-key activations ran on, with keys of its own; fresh-key activation over
  HTTP (16 connections) is held against it.
- The same on PostgreSQL (the local server, a fresh database): fresh-key activation over HTTP
  against the claim alone there; the issue's goal is also an absolute 3,000 req/s.
- Compression cost: a page rendered for each request (the login form with a `next`), asked
  for with and without `Accept-Encoding: gzip`; gzipping it must cost under 5% of its
  throughput.

Each load figure is the median of bench.RUNS runs of bench.DURATION seconds after a warm-up.
Prints one Markdown table and writes bench/results/ceilings.md.
"""
import os, sqlite3, subprocess, sys, tempfile, urllib.request

import bench, pg

CEILINGS = os.path.join(bench.ROOT, "target", "release", "examples", "ceilings")
BARE_PORT = 3203


def hash_ceiling():
    out = subprocess.run([CEILINGS, "hash", "5"], capture_output=True, text=True, check=True).stdout
    rates = dict(line.split() for line in out.strip().splitlines())
    return float(rates["1"]), max(float(rate) for rate in rates.values()), max(int(n) for n in rates)


def page_bytes(base, workdir):
    path = os.path.join(workdir, "register.html")
    request = urllib.request.Request(base + "/accounts/register/", headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(request) as answer, open(path, "wb") as f:
        f.write(answer.read())
    return path


def expect_gzip(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})) as answer:
        if answer.headers.get("Content-Encoding") != "gzip":
            raise SystemExit(f"ceilings: {url} did not come gzipped")


def write_ceiling(db, workdir):
    copy = os.path.join(workdir, "write-ceiling.db")
    with sqlite3.connect(db, timeout=60) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    return claims_per_second(f"sqlite://{copy}", bench.seed(copy, "ours", 300_000, "ceil"), workdir)


def claims_per_second(url, keys, workdir):
    """The claim alone on `url` (`examples/ceilings.rs write`), each of `keys` claimed once."""
    path = os.path.join(workdir, "write-ceiling.keys")
    with open(path, "w") as f:
        f.write("\n".join(keys) + "\n")
    out = subprocess.run([CEILINGS, "write", url, path, str(bench.DURATION)],
                         capture_output=True, text=True, check=True).stdout
    figures = dict(line.split() for line in out.strip().splitlines())
    if figures["refused"] != "0":
        raise SystemExit(f"ceilings: {figures['refused']} keys of the write ceiling activated nothing")
    return float(figures["activations_per_second"])


def bare_page(page):
    bench.ensure_port_free(BARE_PORT)
    bare = subprocess.Popen([CEILINGS, "http", page, f"127.0.0.1:{BARE_PORT}"], start_new_session=True)
    try:
        bench.wait_for(f"http://127.0.0.1:{BARE_PORT}/accounts/register/")
        return bench.median_run(f"http://127.0.0.1:{BARE_PORT}/accounts/register/", bare.pid)
    finally:
        bench.stop(bare)


def on_postgres(workdir):
    """Fresh-key activation over HTTP on the local PostgreSQL server, and the claim alone there
    (its database seeded after the HTTP runs, keys of its own)."""
    url = pg.fresh_database("registration_ceilings")
    subprocess.run([bench.BINARY, "migrate"], env=dict(os.environ, DATABASE_URL=url), check=True, capture_output=True)
    app, _ = bench.start_ours(workdir, database_url=url)
    try:
        fresh = bench.fresh_activations(f"http://127.0.0.1:{bench.OURS_PORT}", app.pid, url, "ours", 100_000,
                                        seeder=lambda n, tag: pg.seed(url, n, tag), keys_at=f"{workdir}/pg")
    finally:
        bench.stop(app)
    return fresh, claims_per_second(url, pg.seed(url, 300_000, "ceil"), workdir)


def main():
    workdir = tempfile.mkdtemp(prefix="registration-ceilings.")
    one, every, cores = hash_ceiling()
    app, _ = bench.start_ours(workdir)
    base = f"http://127.0.0.1:{bench.OURS_PORT}"
    db = f"{workdir}/ours.db"
    try:
        page = bench.median_run(base + "/accounts/register/", app.pid)
        bare = bare_page(page_bytes(base, workdir))
        dynamic = base + "/accounts/login/?next=/accounts/profile/"
        expect_gzip(dynamic)
        plain = bench.median_run(dynamic, app.pid)
        gzipped = bench.median_run(dynamic, app.pid, headers=["Accept-Encoding: gzip"])
        fresh = bench.fresh_activations(base, app.pid, db, "ours", 100_000)
        write = write_ceiling(db, workdir)
        register_post = bench.post_args(base, "/accounts/register/", bench.REGISTER_FORM)
        registration = bench.median_run(base + "/accounts/register/", app.pid, 8, register_post)
        during = bench.page_during_registrations(base, app.pid, register_post)
        bench.login_user(base, db, "users", "is_active")
        login_post = bench.post_args(base, "/accounts/login/", f"username=benchlogin&password={bench.PASSWORD}")
        login = bench.median_run(base + "/accounts/login/", app.pid, 8, login_post)
        with sqlite3.connect(db, timeout=60) as conn:
            if conn.execute("SELECT last_login FROM users WHERE username = 'benchlogin'").fetchone()[0] is None:
                raise SystemExit("ceilings: the login load did not log in")
    finally:
        bench.stop(app)
    fresh_pg, write_pg = on_postgres(workdir)
    if bench.FAILURES:
        raise SystemExit("ceilings: some loads had failed answers: " + "; ".join(bench.FAILURES))
    rows = [
        ("register page req/s (16 conn)", page["rps"], "bare handler, same bytes", bare["rps"], 0.70),
        ("page rendered per request, gzipped, req/s (16 conn)", gzipped["rps"], "the same page plain",
         plain["rps"], 0.95),
        ("fresh-key activation req/s (16 conn)", fresh["rps"], "the claim alone, 16 tasks", write, 0.60),
        ("fresh-key activation on PostgreSQL req/s (16 conn)", fresh_pg["rps"],
         "the claim alone on PostgreSQL, 16 tasks", write_pg, "≥ 60%, and ≥ 3,000 req/s"),
        ("registration req/s (8 conn)", registration["rps"], f"Argon2id on {cores} cores", every, 0.90),
        ("login req/s (8 conn)", login["rps"], f"Argon2id on {cores} cores", every, 0.90),
    ]
    lines = [f"The app against this machine's ceilings ({bench.RUNS} runs of {bench.DURATION} s, medians; "
             f"Argon2id on one thread: {one:.1f}/s).", "",
             "| figure | app | ceiling | ceiling value | app / ceiling | goal |", "|---|---:|---|---:|---:|---:|"]
    for label, ours, ceiling, value, goal in rows:
        goal = goal if isinstance(goal, str) else f"≥ {goal:.0%}"
        lines.append(f"| {label} | {ours:,.1f} | {ceiling} | {value:,.1f} | {ours / value:.0%} | {goal} |")
    lines.append(f"| register page p99 ms while 8 connections register | {during['p99_ms']:.2f} | — | — | — | ≤ 25 ms |")
    lines.append(f"| server RSS peak MB after registrations and logins | {login['rss_peak_mb']:.1f} | — | — | — | — |")
    report = "\n".join(lines)
    print(report)
    os.makedirs(os.path.join(bench.ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(bench.ROOT, "bench", "results", "ceilings.md"), "w") as f:
        f.write(report + "\n")


if __name__ == "__main__":
    sys.exit(main())
