#!/usr/bin/env bash
# Installs every tool the build needs (and, with BOOTSTRAP_TEST_TOOLS=1, the test tools),
# skipping what is already present. `make run` and `make test` call it first.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_LEPTOS_VERSION=0.3.10
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = .*"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)
AIOSMTPD_VERSION=1.4.6
OPENAPI_VALIDATOR_VERSION=0.9.0
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH"

say() { printf '[bootstrap] %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -qF "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (no_downloads; about 15 minutes on 2 cores)"
  cargo install cargo-leptos@"$CARGO_LEPTOS_VERSION" --locked --features no_downloads
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (matches the pinned wasm-bindgen crate)"
  cargo install wasm-bindgen-cli@"$WASM_BINDGEN_VERSION" --force
fi

if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.installed ]; then
  say "installing end2end npm packages (binaryen's wasm-opt, Playwright)"
  (cd end2end && npm ci --no-audit --no-fund)
  touch end2end/node_modules/.installed
fi

if ! command -v zopfli >/dev/null; then
  say "installing zopfli from Debian (smaller gzip files for the site's WebAssembly)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq zopfli >/dev/null
fi

if [ "${BOOTSTRAP_TEST_TOOLS:-0}" = 1 ]; then
  if [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium from Debian (for the browser tests)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -d /usr/share/fonts/opentype/ipafont-gothic ]; then
    say "installing a Japanese font from Debian (the browser tests' screenshots of Japanese pages)"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-ipafont-gothic >/dev/null
  fi
  if ! .tools/smtp/bin/python -c 'import aiosmtpd' 2>/dev/null; then
    say "installing aiosmtpd $AIOSMTPD_VERSION (the SMTP server of the mail tests)"
    python3 -m venv .tools/smtp
    .tools/smtp/bin/pip install --quiet "aiosmtpd==$AIOSMTPD_VERSION"
  fi
  if ! .tools/openapi/bin/openapi-spec-validator --help >/dev/null 2>&1; then
    say "installing openapi-spec-validator $OPENAPI_VALIDATOR_VERSION (checks the API's OpenAPI document)"
    python3 -m venv .tools/openapi
    .tools/openapi/bin/pip install --quiet "openapi-spec-validator==$OPENAPI_VALIDATOR_VERSION"
  fi
fi
say "tools ready"
