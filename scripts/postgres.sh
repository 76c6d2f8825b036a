#!/usr/bin/env bash
# Makes sure the PostgreSQL server of the tests answers (TEST_POSTGRES_URL, default
# postgres://postgres@127.0.0.1:5432/postgres). Starts a local Debian cluster if one exists
# but is down; otherwise fails loudly, since the PostgreSQL tests must not be skipped.
set -euo pipefail
URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

answers() { psql "$URL" -Atqc 'SELECT 1' >/dev/null 2>&1; }

if ! command -v psql >/dev/null; then
  echo "[postgres] psql is missing; installing postgresql-client" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client >/dev/null
fi
if answers; then exit 0; fi
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  for version in /etc/postgresql/*; do
    echo "[postgres] starting the local cluster $(basename "$version")/main" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(basename "$version")" main start || true
  done
  for _ in $(seq 1 30); do answers && exit 0; sleep 1; done
fi
echo "[postgres] PostgreSQL does not answer at $URL; the PostgreSQL tests cannot run" >&2
exit 1
