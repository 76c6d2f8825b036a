"""The local PostgreSQL server for the benchmarks: a fresh database, and pending registrations
seeded straight into it (what `bench.seed` does for SQLite files)."""
import hashlib, os, subprocess, time

SERVER = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")


def psql(url, sql):
    """Runs `sql` (one statement or a script, read from standard input); returns its output."""
    done = subprocess.run(["psql", url, "-v", "ON_ERROR_STOP=1", "-qAt"], input=sql, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: psql failed: {done.stderr.strip()}")
    return done.stdout.strip()


def fresh_database(name, server=SERVER):
    """Drops and creates `name` on `server`; returns its URL."""
    psql(f"{server}/postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"{server}/postgres", f"CREATE DATABASE {name}")
    return f"{server}/{name}"


def seed(url, n, tag):
    """Inserts n users waiting for activation, joined now; returns their mailed keys (the
    database keeps their SHA-256 digests, as the app does)."""
    keys = [hashlib.sha1(os.urandom(20)).hexdigest() for _ in range(n)]
    rows = "\n".join(f"{tag}{i},{hashlib.sha256(k.encode()).hexdigest()}" for i, k in enumerate(keys))
    now_ms = int(time.time() * 1000)
    script = f"""CREATE TEMP TABLE seed (name TEXT, digest TEXT);
COPY seed FROM STDIN WITH (FORMAT csv);
{rows}
\\.
INSERT INTO users (username, username_normalized, email, email_normalized, password, is_active, date_joined)
    SELECT name, name, name || '@example.com', name || '@example.com', '!', FALSE, {now_ms} FROM seed;
INSERT INTO registration_profiles (user_id, activation_key, activated, key_hashed)
    SELECT u.id, s.digest, FALSE, TRUE FROM seed s JOIN users u ON u.username_normalized = s.name;
ANALYZE users;
ANALYZE registration_profiles;
"""
    psql(url, script)
    return keys
