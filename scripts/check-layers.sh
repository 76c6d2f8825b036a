#!/usr/bin/env bash
# The layering rules that `make test` holds the code to (see the README's Layout):
#   ui/ and api/ never reach into the server's HTTP door or its session handling;
#   domain/ is pure: no database, web framework or mail crate, and nothing of the server.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
refuse() { # refuse DIR PATTERN WHY
  if grep -rnE "$2" "$1" --include='*.rs'; then
    echo "layering: $1 must not name $2 ($3)" >&2
    status=1
  fi
}
refuse src/ui 'server::(http|session)' 'pages read context values the server provides'
refuse src/api 'server::(http|session)' 'server functions call use cases through server::door'
refuse src/domain '\b(sqlx|axum|lettre|tokio)::|crate::server' 'the domain is pure and compiles to WebAssembly'
refuse src/server/services 'axum::|leptos_axum|crate::server::http' 'use cases know nothing of HTTP'
exit $status
