#!/usr/bin/env bash
# Runs the Playwright suite against the release build, with a fresh database and mail dir.
set -euo pipefail
cd "$(dirname "$0")/.."
E2E_DIR=$(mktemp -d -t registration-e2e.XXXXXX)
export E2E_DIR
trap 'rm -rf "$E2E_DIR"' EXIT
cd end2end
npx playwright test "$@"
