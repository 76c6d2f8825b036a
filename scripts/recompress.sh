#!/usr/bin/env bash
# Re-gzips the site's static files at gzip's best level (cargo-leptos's `--precompress` gzip
# is about 17% larger on the WebAssembly); its brotli files are already at quality 11.
set -euo pipefail
cd "$(dirname "$0")/.."
for file in target/site/pkg/*.css target/site/pkg/*.js target/site/pkg/*.wasm; do
  [ -e "$file" ] || continue
  gzip -9 -n -c "$file" > "$file.gz.tmp"
  mv "$file.gz.tmp" "$file.gz"
done
