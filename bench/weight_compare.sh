#!/usr/bin/env bash
# The register page's weight at two revisions, built the same way in one run: the page's HTML
# as the server renders it, and the browser bundle (release `wasm-release` profile,
# wasm-bindgen, `wasm-opt -Oz`), each compressed with plain `gzip -6` (what a stock server or
# CDN does). Usage: bench/weight_compare.sh BASE_REV [NEW_REV, default: the working tree].
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASE=${1:?usage: bench/weight_compare.sh BASE_REV [NEW_REV]}
NEW=${2:-}
WORK=$(mktemp -d -t weight.XXXXXX)
trap 'git -C "$ROOT" worktree remove --force "$WORK/base" >/dev/null 2>&1 || true; [ -n "$NEW" ] && git -C "$ROOT" worktree remove --force "$WORK/new" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"
export CARGO_TARGET_DIR="$ROOT/target"
PORT=3190

gz() { gzip -6 -n -c "$1" | wc -c; }

# measure TREE LABEL: prints "LABEL html_gz wasm_gz js_gz total_gz" (bytes).
measure() {
  local tree=$1 label=$2 out="$WORK/$2"
  mkdir -p "$out"
  # Both trees build into one target directory, where a tree cargo finds fresh would keep the
  # other's artifact: each build starts from a touched crate root.
  touch "$tree/src/lib.rs" "$tree/src/main.rs"
  (cd "$tree" && CARGO_TARGET_DIR="$ROOT/target/front" cargo build --quiet --lib --target wasm32-unknown-unknown \
    --profile wasm-release --no-default-features --features hydrate)
  wasm-bindgen --target web --no-typescript --out-name registration --out-dir "$out" \
    "$ROOT/target/front/wasm32-unknown-unknown/wasm-release/registration.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
    --enable-multivalue --enable-mutable-globals "$out/registration_bg.wasm" -o "$out/opt.wasm"
  (cd "$tree" && cargo build --quiet --features ssr --bin registration)
  cp "$CARGO_TARGET_DIR/debug/registration" "$out/server"
  mkdir -p "$out/site/pkg" && touch "$out/site/pkg/registration.css"
  LEPTOS_SITE_ADDR="127.0.0.1:$PORT" LEPTOS_SITE_ROOT="$out/site" DATABASE_URL="sqlite://$out/db.sqlite" \
    EMAIL_URL=memory:// RUST_LOG=error "$out/server" serve >"$out/log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.2; done
  curl -sf -H 'Accept-Language: en' "http://127.0.0.1:$PORT/accounts/register/" >"$out/page.html"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local html wasm js
  html=$(gz "$out/page.html"); wasm=$(gz "$out/opt.wasm"); js=$(gz "$out/registration.js")
  echo "$label $html $wasm $js $((html + wasm + js))"
}

git -C "$ROOT" worktree add --detach "$WORK/base" "$BASE" >/dev/null
if [ -n "$NEW" ]; then
  git -C "$ROOT" worktree add --detach "$WORK/new" "$NEW" >/dev/null
  NEW_TREE="$WORK/new"
else
  NEW_TREE="$ROOT"
fi
base=$(measure "$WORK/base" base)
new=$(measure "$NEW_TREE" new)
echo "| register page, gzip -6 | HTML | WebAssembly | JS | total |"
echo "|---|---|---|---|---|"
for row in "$base" "$new"; do
  read -r label html wasm js total <<<"$row"
  printf '| %s | %.1f KB | %.1f KB | %.1f KB | %.1f KB |\n' "$label" \
    "$(echo "$html/1024" | bc -l)" "$(echo "$wasm/1024" | bc -l)" "$(echo "$js/1024" | bc -l)" "$(echo "$total/1024" | bc -l)"
done
read -r _ _ _ _ base_total <<<"$base"
read -r _ _ _ _ new_total <<<"$new"
printf 'growth: %.1f KB\n' "$(echo "($new_total-$base_total)/1024" | bc -l)"
