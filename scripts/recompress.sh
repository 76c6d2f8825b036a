#!/usr/bin/env bash
# Re-gzips the site's static files with zopfli (gzip-compatible, about 5% smaller than
# `gzip -9`; cargo-leptos's `--precompress` gzip is larger still). Falls back to `gzip -9`
# where zopfli is missing. Its brotli files are already at quality 11.
set -euo pipefail
cd "$(dirname "$0")/.."
for file in target/site/pkg/*.css target/site/pkg/*.js target/site/pkg/*.wasm; do
  [ -e "$file" ] || continue
  if command -v zopfli >/dev/null; then
    zopfli -c "$file" > "$file.gz.tmp"
  else
    gzip -9 -n -c "$file" > "$file.gz.tmp"
  fi
  mv "$file.gz.tmp" "$file.gz"
done
