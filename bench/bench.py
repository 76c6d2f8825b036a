#!/usr/bin/env python3
"""Side-by-side benchmark: this app (release build) and the reference Django peer, same load,
same machine, one run. Prints a ratio table; writes bench/results/<date>.json and
docs/benchmarks.md.

Scenarios: the register page under load (16 connections); activation with a fresh valid key
per request and with unknown keys (16 connections); registration and login POSTs (8
connections, production hashing: Argon2id m=7 MiB t=5 p=1 here, PBKDF2-SHA256 600,000
iterations in the reference); the register page while registrations run; cleanupregistration
of 10,000 and 100,000 expired registrations; cold start; the register page's weight (raw,
gzip, brotli) and the time until its hydrated form validates a field in headless Chromium.
Each load figure is the median of RUNS runs of DURATION seconds after a warm-up, with wrk
(Debian); server RSS peak and CPU seconds come from /proc, wrk's own CPU from rusage.
"""
import datetime, gzip, hashlib, json, os, re, resource, shutil, signal, sqlite3, subprocess, sys, tempfile, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER = os.path.join(ROOT, "..", "shared", "peers", "django")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
OURS_PORT, PEER_PORT = 3201, 3202
CLEANUP_SIZES = [int(n) for n in os.environ.get("BENCH_CLEANUP_SIZES", "10000,100000").split(",") if n]
BINARY = os.path.join(ROOT, "target", "release", "registration")
PEER_HOME = os.environ.get("PEER_HOME", os.path.join(os.path.expanduser("~"), ".cache", "registration-reference-peer"))


def ensure_port_free(port):
    """Refuse to start when another process listens on `port`: the load would measure it."""
    import socket
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"bench: port {port} is already in use (a server left from an earlier run?)")


def wait_for(url, timeout=60.0):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return time.monotonic() - started
        except Exception:
            time.sleep(0.005)
    raise SystemExit(f"bench: {url} did not answer within {timeout}s")


def tree(pid):
    """pid and its descendants (gunicorn runs a master and workers)."""
    out = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    children = {}
    for line in out.split("\n"):
        if line.strip():
            p, pp = map(int, line.split())
            children.setdefault(pp, []).append(p)
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def usage(pid):
    """(peak RSS in MB summed over the tree, CPU seconds summed over the tree)."""
    rss, cpu, tick = 0, 0.0, os.sysconf("SC_CLK_TCK")
    for p in tree(pid):
        try:
            status = open(f"/proc/{p}/status").read()
            rss += int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / tick
        except (FileNotFoundError, AttributeError):
            pass
    return rss / 1024, cpu


LUA = os.path.join(ROOT, "bench", "lua", "post.lua")
ACTIVATE_LUA = os.path.join(ROOT, "bench", "lua", "activate.lua")
PASSWORD = "Zebra-Lamp-8812"
REGISTER_FORM = "username={user}&email={user}%40example.com&password1=" + PASSWORD + "&password2=" + PASSWORD


def wrk_command(url, connections, seconds, post=None, script=LUA, headers=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    for header in headers:
        command[1:1] = ["-H", header]
    if post:
        command[1:1] = ["-s", script]
        command += ["--", *post]
    return command


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wrk(url, connections, post=None, script=LUA, headers=()):
    cpu_before = children_cpu()
    out = subprocess.run(wrk_command(url, connections, DURATION, post, script, headers), capture_output=True, text=True,
                         check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    def pct(p):
        m = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(m.group(1)), m.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    errors = sum(int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\s*:?\s*(\d+)", out))
    result = {"rps": rps, "p50_ms": pct(50), "p99_ms": pct(99), "errors": errors,
              "wrk_cpu_s": round(children_cpu() - cpu_before, 2)}
    statuses = re.search(r"statuses: redirects=(\d+) others=(\d+) exhausted=(\d+)", out)
    if statuses:
        result.update(zip(("redirects", "other_statuses", "keys_exhausted"), map(int, statuses.groups())))
    classes = re.search(r"status classes: 2xx=(\d+) 3xx=(\d+) 4xx=(\d+) 5xx=(\d+)", out)
    if classes:
        result["statuses"] = dict(zip(("2xx", "3xx", "4xx", "5xx"), map(int, classes.groups())))
    if result["errors"]:
        FAILURES.append(f"{url}: {result['errors']} failed answers {result.get('statuses', '')}")
    return result


FAILURES = []  # loads with failed answers: reported with the table, never silently averaged in


def median_run(url, pid, connections=16, post=None, script=LUA, headers=()):
    subprocess.run(wrk_command(url, connections, 2, post, script, headers), capture_output=True)  # warm-up
    before = usage(pid)[1]
    runs = sorted((wrk(url, connections, post, script, headers) for _ in range(RUNS)), key=lambda r: r["rps"])
    rss, cpu = usage(pid)
    result = dict(runs[len(runs) // 2])
    result.update(rss_peak_mb=round(rss, 1), cpu_s=round(cpu - before, 2))
    return result


def csrf(base, path):
    """(token, cookie) for the reference peer's forms; empty for ours (no token needed)."""
    with urllib.request.urlopen(base + path) as r:
        html = r.read().decode()
        cookie = next((c.split(";")[0].split("=", 1)[1] for c in r.headers.get_all("Set-Cookie") or []
                       if c.startswith("csrftoken=")), "")
    m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return (m.group(1), cookie) if m else ("", "")


def post_args(base, path, template):
    token, cookie = csrf(base, path)
    return [path, template, token, cookie] if token else [path, template]


def count_users(db, table):
    with sqlite3.connect(db, timeout=60) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def login_user(base, db, table, active_column):
    """Registers `benchlogin` through the form and activates it in the database."""
    register_login_user(base)
    with sqlite3.connect(db, timeout=60) as conn:
        changed = conn.execute(f"UPDATE {table} SET {active_column} = 1 WHERE username = 'benchlogin'").rowcount
    if changed != 1:
        raise SystemExit(f"bench: could not prepare the login user at {base}")


def register_login_user(base):
    """Registers `benchlogin` through the form (still to be activated)."""
    args = post_args(base, "/accounts/register/", REGISTER_FORM.replace("{user}", "benchlogin"))
    body = args[1] + (f"&csrfmiddlewaretoken={args[2]}" if len(args) > 2 else "")
    req = urllib.request.Request(base + "/accounts/register/", data=body.encode(), method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded",
                                          **({"Cookie": f"csrftoken={args[3]}"} if len(args) > 3 else {})})
    try:
        urllib.request.urlopen(req)
    except urllib.error.HTTPError:
        pass


def seed(db, kind, n, tag, days_ago=0.0, active=False):
    """Inserts n users with registrations (pending unless active) straight into a database;
    returns their activation keys."""
    joined = time.time() - days_ago * 86400
    keys = [hashlib.sha1(os.urandom(20)).hexdigest() for _ in range(n)]
    with sqlite3.connect(db, timeout=60) as conn:
        users, profiles = ("users", "registration_profiles") if kind == "ours" else \
            ("auth_user", "registration_registrationprofile")
        base = conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {users}").fetchone()[0]
        names = [(base + i + 1, f"{tag}{i}", f"{tag}{i}@example.com") for i in range(n)]
        if kind == "ours":
            conn.executemany("INSERT INTO users (id, username, username_normalized, email, email_normalized, password, "
                             "is_active, date_joined) VALUES (?, ?, ?, ?, ?, '!', ?, ?)",
                             [(i, u, u, e, e, int(active), int(joined * 1000)) for i, u, e in names])
        else:
            stamp = datetime.datetime.fromtimestamp(joined, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
            conn.executemany("INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, "
                             "last_name, email, is_staff, is_active, date_joined) VALUES (?, '!', NULL, 0, ?, '', '', ?, 0, ?, ?)",
                             [(i, u, e, int(active), stamp) for i, u, e in names])
        if kind == "ours":  # keys at rest are SHA-256 digests of the mailed keys
            conn.executemany("INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed) "
                             "VALUES (?, ?, ?, 1)",
                             [(names[j][0], hashlib.sha256(keys[j].encode()).hexdigest(), int(active))
                              for j in range(n)])
        else:
            conn.executemany(f"INSERT INTO {profiles} (user_id, activation_key, activated) VALUES (?, ?, ?)",
                             [(names[j][0], keys[j], int(active)) for j in range(n)])
    return keys


def fresh_activations(base, pid, db, kind, per_run, seeder=None, keys_at=None):
    """Activation with a fresh, valid key per request: a key file per run, prepared beforehand
    by `seeder(n, tag)` (default: `seed` into the SQLite file `db`), written next to `keys_at`."""
    seeder = seeder or (lambda n, tag: seed(db, kind, n, tag))
    files = []
    for run in range(RUNS + 1):
        path = f"{keys_at or db}.keys{run}"
        with open(path, "w") as f:
            f.write("\n".join(seeder(per_run, f"act{run}x")) + "\n")
        files.append(path)
    subprocess.run(wrk_command(base + "/", 16, 2, [files[0], "2"], ACTIVATE_LUA), capture_output=True)
    before = usage(pid)[1]
    runs = sorted((wrk(base + "/", 16, [path, "2"], ACTIVATE_LUA) for path in files[1:]), key=lambda r: r["rps"])
    rss, cpu = usage(pid)
    result = dict(runs[len(runs) // 2])
    result.update(rss_peak_mb=round(rss, 1), cpu_s=round(cpu - before, 2), keys_per_run=per_run)
    if result.get("other_statuses") or result.get("keys_exhausted"):
        FAILURES.append(f"{kind} fresh activations: {result.get('other_statuses')} answers were not activations, "
                        f"{result.get('keys_exhausted')} requests ran out of keys")
    return result


def peer_env(db):
    return dict(os.environ, ACCOUNT_ACTIVATION_DAYS="7", DATABASE_URL=f"sqlite:///{db}", EMAIL_URL="console:")


def cleanup(kind, n, workdir):
    """cleanupregistration of n expired pending registrations next to 1,000 active users."""
    db = f"{workdir}/cleanup-{kind}-{n}.db"
    if kind == "ours":
        env = dict(os.environ, ACCOUNT_ACTIVATION_DAYS="7", DATABASE_URL=f"sqlite://{db}", RUST_LOG="warn")
        subprocess.run([BINARY, "migrate"], env=env, check=True, capture_output=True)
        command = [BINARY, "cleanupregistration"]
    else:
        env = dict(peer_env(db), DJANGO_SETTINGS_MODULE="peer.settings", PYTHONPATH=PEER)
        subprocess.run([os.path.join(PEER_HOME, ".venv", "bin", "python"), os.path.join(PEER, "manage.py"), "migrate",
                        "--noinput", "-v", "0"], env=env, cwd=PEER_HOME, check=True)
        command = [os.path.join(PEER, "cleanup.sh")]
    seed(db, kind, n, "old", days_ago=30)
    seed(db, kind, 1000, "kept", days_ago=30, active=True)
    output = tempfile.TemporaryFile()
    started = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.DEVNULL)
    peak_mb = peak_rss_while(proc)
    seconds = time.monotonic() - started
    status = proc.returncode
    output.seek(0)
    out = output.read().decode()
    left = count_users(db, "users" if kind == "ours" else "auth_user")
    correct = status == 0 and left == 1000 and (kind != "ours" or f"Deleted user count={n}" in out)
    if not correct:
        raise SystemExit(f"bench: {kind} cleanup of {n} left {left} users (exit {status}): {out[-300:]}")
    for leftover in (db, db + "-wal", db + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
    return {"seconds": round(seconds, 3), "rss_peak_mb": round(peak_mb, 1), "deleted": n}


def peak_rss_while(proc):
    """Peak RSS in MB of a running process until it ends: its own VmHWM (a child's ru_maxrss
    would include this script's size)."""
    peak_kb = 0
    while proc.poll() is None:
        try:
            peak_kb = max(peak_kb, int(re.search(r"VmHWM:\s+(\d+)", open(f"/proc/{proc.pid}/status").read()).group(1)))
        except (FileNotFoundError, AttributeError, ProcessLookupError):
            pass
        time.sleep(0.002)
    return peak_kb / 1024


def page_during_registrations(base, pid, register_post):
    """p99 of the register page (4 connections) while 8 connections register."""
    load = subprocess.Popen(wrk_command(base + "/accounts/register/", 8, DURATION + 2, register_post),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    try:
        return wrk(base + "/accounts/register/", 4)
    finally:
        load.wait()


def page_weight(base):
    def fetch(path, encoding):
        req = urllib.request.Request(base + path, headers={"Accept-Encoding": encoding})
        with urllib.request.urlopen(req) as r:
            body = r.read()
            return body, r.headers.get("Content-Encoding")
    html, _ = fetch("/accounts/register/", "identity")
    assets = re.findall(r'(?:href|src)="(/pkg/[^"]+)"', html.decode()) + re.findall(r'"(/?pkg/[^"]+\.wasm)"', html.decode())
    raw, gz, br = len(html), len(gzip.compress(html)), len(gzip.compress(html))
    files = {}
    for path in sorted(set("/" + a.lstrip("/") for a in assets)):
        body_raw, _ = fetch(path, "identity")
        body_gz, gz_enc = fetch(path, "gzip")
        body_br, br_enc = fetch(path, "br")
        sizes = (len(body_raw), len(body_gz) if gz_enc else len(gzip.compress(body_raw)),
                 len(body_br) if br_enc else len(gzip.compress(body_raw)))
        files[path] = dict(zip(("raw", "gzip", "br"), sizes))
        raw, gz, br = raw + sizes[0], gz + sizes[1], br + sizes[2]
    return {"raw_kb": round(raw / 1024, 1), "gzip_kb": round(gz / 1024, 1), "br_kb": round(br / 1024, 1),
            "wire_kb": round(br / 1024, 1), "files": files}


def hydration_time(base):
    """Median ms from navigation to the hydrated form answering, in headless Chromium."""
    env = dict(os.environ, NODE_PATH=os.path.join(ROOT, "end2end", "node_modules"))
    out = subprocess.run(["node", os.path.join(ROOT, "bench", "hydration.cjs"), base, "7"], env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"bench: hydration timing failed: {out.stderr.strip()[-300:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def start_ours(workdir, binary=BINARY, database_url=None):
    ensure_port_free(OURS_PORT)
    env = dict(os.environ, ACCOUNT_ACTIVATION_DAYS="7", LEPTOS_SITE_ADDR=f"127.0.0.1:{OURS_PORT}",
               LEPTOS_SITE_ROOT=os.path.join(ROOT, "target", "site"),
               DATABASE_URL=database_url or f"sqlite://{workdir}/ours.db",
               EMAIL_URL=f"file://{workdir}/mail", RATE_LIMITS_ENABLED="false", RUST_LOG="warn",
               # The reference activates on GET; so does this run, to compare the same work.
               ACTIVATE_ON_GET="true")
    started = time.monotonic()
    log = open(os.path.join(workdir, "ours.log"), "w")  # warnings and errors, for failed loads
    proc = subprocess.Popen([binary, "serve"], env=env,
                            stdout=log, stderr=log)
    wait_for(f"http://127.0.0.1:{OURS_PORT}/accounts/register/")
    return proc, time.monotonic() - started


def start_peer(workdir):
    ensure_port_free(PEER_PORT)
    env = dict(os.environ, ACCOUNT_ACTIVATION_DAYS="7", DATABASE_URL=f"sqlite:///{workdir}/peer.db",
               EMAIL_URL="console:")
    subprocess.run([os.path.join(PEER, "setup.sh")], env=env, check=True)
    started = time.monotonic()
    proc = subprocess.Popen([os.path.join(PEER, "run.sh"), str(PEER_PORT)], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(f"http://127.0.0.1:{PEER_PORT}/accounts/register/", timeout=180)
    return proc, time.monotonic() - started


def stop(proc):
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except (PermissionError, ProcessLookupError):
        proc.terminate()
    proc.wait(timeout=30)


def main():
    if not shutil.which("wrk"):
        raise SystemExit("bench: wrk is missing (make bench installs it)")
    workdir = tempfile.mkdtemp(prefix="registration-bench.")
    results = {"date": datetime.date.today().isoformat(), "runs": RUNS, "seconds": DURATION,
               "machine": {"cores": os.cpu_count()}, "ours": {}, "peer": {}}
    ours, results["ours"]["cold_start_s"] = start_ours(workdir)
    try:
        peer, results["peer"]["cold_start_s"] = start_peer(workdir)
    except BaseException:
        stop(ours)  # never leave our server running on the bench port
        raise
    dbs = {"ours": (f"{workdir}/ours.db", "users", "is_active"),
           "peer": (f"{workdir}/peer.db", "auth_user", "is_active")}
    try:
        for name, port, pid in (("ours", OURS_PORT, ours.pid), ("peer", PEER_PORT, peer.pid)):
            base = f"http://127.0.0.1:{port}"
            db, table, active = dbs[name]
            results[name]["register_page"] = median_run(base + "/accounts/register/", pid)
            results[name]["activation_fresh"] = fresh_activations(base, pid, db, name, 100_000 if name == "ours" else 8_000)
            results[name]["activation_unknown"] = median_run(base + "/", pid, 16, ["random", "2"], ACTIVATE_LUA)
            results[name]["page_weight"] = page_weight(base)
            if name == "ours":  # the reference has no browser-side validation to time
                results[name]["hydration"] = hydration_time(base)
            register_post = post_args(base, "/accounts/register/", REGISTER_FORM)
            before = count_users(db, table)
            results[name]["registration"] = median_run(base + "/accounts/register/", pid, 8, register_post)
            results[name]["registration"]["users_created"] = count_users(db, table) - before
            results[name]["page_during_registrations"] = page_during_registrations(base, pid, register_post)
            login_user(base, db, table, active)
            login_post = post_args(base, "/accounts/login/", f"username=benchlogin&password={PASSWORD}")
            results[name]["login"] = median_run(base + "/accounts/login/", pid, 8, login_post)
            with sqlite3.connect(db, timeout=60) as conn:
                logged_in = conn.execute(f"SELECT last_login FROM {table} WHERE username = 'benchlogin'").fetchone()[0]
            if logged_in is None:
                raise SystemExit(f"bench: the login load at {base} did not log in")
    finally:
        stop(ours)
        stop(peer)
    for n in CLEANUP_SIZES:
        for name in ("ours", "peer"):
            results[name][f"cleanup_{n}"] = cleanup(name, n, workdir)
    results["failures"] = FAILURES
    write(results)
    if FAILURES:
        log = open(os.path.join(workdir, "ours.log")).read().strip().splitlines()
        print("bench: our server's last log lines:\n" + "\n".join(log[-20:]))
        raise SystemExit("bench: some loads had failed answers (listed above); the figures do not count")


def write(results):
    o, p = results["ours"], results["peer"]
    rows = [
        ("register page req/s (16 conn)", o["register_page"]["rps"], p["register_page"]["rps"], "higher"),
        ("register page p99 ms", o["register_page"]["p99_ms"], p["register_page"]["p99_ms"], "lower"),
        ("server RSS peak MB (page load)", o["register_page"]["rss_peak_mb"], p["register_page"]["rss_peak_mb"], "lower"),
        ("server RSS peak MB (after registrations)", o["registration"]["rss_peak_mb"],
         p["registration"]["rss_peak_mb"], "lower"),
        ("server CPU s (whole load)", o["register_page"]["cpu_s"], p["register_page"]["cpu_s"], "lower"),
        ("activation req/s, fresh key each (16 conn)", o["activation_fresh"]["rps"], p["activation_fresh"]["rps"], "higher"),
        ("activation req/s, unknown keys (16 conn)", o["activation_unknown"]["rps"], p["activation_unknown"]["rps"],
         "higher"),
        ("registration req/s (8 conn)", o["registration"]["rps"], p["registration"]["rps"], "higher"),
        ("login req/s (8 conn)", o["login"]["rps"], p["login"]["rps"], "higher"),
        ("register page p99 ms during registrations", o["page_during_registrations"]["p99_ms"],
         p["page_during_registrations"]["p99_ms"], "lower"),
        *[(f"cleanupregistration of {int(k[8:]):,} s", o[k]["seconds"], p[k]["seconds"], "lower")
          for k in sorted(o, key=lambda k: int(k[8:]) if k.startswith("cleanup_") else 0) if k.startswith("cleanup_")],
        *[(f"cleanupregistration of {int(k[8:]):,} peak RSS MB", o[k]["rss_peak_mb"], p[k]["rss_peak_mb"], "lower")
          for k in sorted(o, key=lambda k: int(k[8:]) if k.startswith("cleanup_") else 0) if k.startswith("cleanup_")],
        ("cold start s", o["cold_start_s"], p["cold_start_s"], "lower"),
        ("register page KB raw (HTML+CSS+JS+WASM)", o["page_weight"]["raw_kb"], p["page_weight"]["raw_kb"], "lower"),
        ("register page KB gzip", o["page_weight"].get("gzip_kb", o["page_weight"]["wire_kb"]),
         p["page_weight"].get("gzip_kb", p["page_weight"]["wire_kb"]), "lower"),
        ("register page KB brotli", o["page_weight"]["wire_kb"], p["page_weight"]["wire_kb"], "lower"),
    ]
    lines = ["| measure | ours | reference | ours ÷ reference |", "|---|---|---|---|"]
    for label, a, b, _ in rows:
        lines.append(f"| {label} | {a:.2f} | {b:.2f} | {a / b if b else float('nan'):.2f} |")
    if "hydration" in o:
        lines.append(f"| ms until the hydrated form validates a field (Chromium, cold cache) | "
                     f"{o['hydration']['median_ms']:.0f} | none: no browser-side validation | |")
    loadgen = [(k, v["wrk_cpu_s"]) for k, v in o.items() if isinstance(v, dict) and "wrk_cpu_s" in v]
    if loadgen:
        lines.append("\nwrk's own CPU seconds (median run of each load on ours): "
                     + ", ".join(f"{k} {s:.1f}" for k, s in loadgen) + ".")
    for failure in results.get("failures", []):
        lines.append(f"\nFAILED ANSWERS: {failure}.")
    table = "\n".join(lines)
    print(table)
    path = os.path.join(ROOT, "bench", "results", f"{results['date']}.json")
    with open(path, "w") as f:
        json.dump(results, f, indent=2)
    os.makedirs(os.path.join(ROOT, "docs"), exist_ok=True)
    doc = os.path.join(ROOT, "docs", "benchmarks.md")
    # Sections after the generated part (the analysis) are kept as they are.
    kept = open(doc).read().split("\n## ", 1) if os.path.exists(doc) else []
    with open(doc, "w") as f:
        f.write(f"# Benchmarks\n\nLatest `make bench` ({results['date']}, {results['machine']['cores']} cores, "
                f"median of {results['runs']} runs of {results['seconds']} s, wrk with 2 threads):\n\n{table}\n\n"
                "Reference: django-registration-redux 2.13 on Django 4.2, gunicorn with 2 sync workers, SQLite.\n"
                "Ours: the release build, SQLite, rate limits off, Argon2id (m=7 MiB, t=5, p=1); the reference\n"
                "hashes with PBKDF2-SHA256, 600,000 iterations. Raw figures: `bench/results/`.\n")
        if len(kept) == 2:
            f.write("\n## " + kept[1])
    print(f"bench: wrote {path} and docs/benchmarks.md")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--table":
        write(json.load(open(sys.argv[2])))  # re-render a stored result
    else:
        main()
