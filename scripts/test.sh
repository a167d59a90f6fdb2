#!/usr/bin/env bash
# Runs the test suites. `scripts/test.sh all` is `make test`: it installs what it needs, starts one Keycloak and a
# throw-away stack on test ports (so a running `make run` is not disturbed), and stops everything at the end.
#   scripts/test.sh all|backend|frontend|openapi|e2e|faults
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

export STATE_DIR=${TEST_STATE_DIR:-$ROOT/.state/test}
export CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
export DB_PORT=${TEST_DB_PORT:-15433} KC_PORT=${TEST_KC_PORT:-18180} KC_MANAGEMENT_PORT=${TEST_KC_MANAGEMENT_PORT:-19100}
export API_PORT=${TEST_API_PORT:-18080} SPA_PORT=${TEST_SPA_PORT:-15173}
unset DB_URL KEYCLOAK_URL
MVNW="$ROOT/backend/mvnw -B -f $ROOT/backend/pom.xml"
STACK="$ROOT/scripts/stack.sh"
declare -a RESULTS=()

step() { printf '\n\033[1;36m==> %s\033[0m\n' "$*"; }
record() { RESULTS+=("$1"); }

frontend_deps() {
  if [ ! -f frontend/node_modules/.package-lock.json ] || [ frontend/package-lock.json -nt frontend/node_modules/.package-lock.json ]; then
    step "npm ci (frontend)"; (cd frontend && npm ci --no-audit --no-fund)
  fi
}
lint_deps() {
  if [ ! -d tools/openapi-lint/node_modules ] || [ tools/openapi-lint/package-lock.json -nt tools/openapi-lint/node_modules/.package-lock.json ]; then
    step "npm ci (openapi lint)"; (cd tools/openapi-lint && npm ci --no-audit --no-fund)
  fi
}
chromium_path() {
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return 0; }; done
  return 1
}
ensure_chromium() {
  chromium_path >/dev/null && return 0
  step "installing Debian's chromium for the browser tests"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  command -v apt-get >/dev/null || { echo "chromium is missing: install it with your package manager (Debian: apt-get install chromium)" >&2; exit 1; }
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  chromium_path >/dev/null || { echo "chromium could not be installed" >&2; exit 1; }
}

suite_frontend() {
  frontend_deps
  step "frontend: lint";       (cd frontend && npm run -s lint)
  step "frontend: type-check"; (cd frontend && npm run -s typecheck)
  step "frontend: unit tests (Vitest)"; (cd frontend && npm run -s test)
  record "frontend lint, types, unit: passed"
}
suite_backend() { # expects KEYCLOAK_URL when a shared Keycloak is running; starts its own otherwise
  step "backend: unit and API tests (real PostgreSQL, real Keycloak)"
  $MVNW verify
  record "backend tests: passed"
}
suite_api_types() {
  frontend_deps
  step "frontend: generated API types match the OpenAPI document"
  (cd frontend && npm run -s check:api)
  record "API types up to date: passed"
}
suite_openapi() {
  lint_deps
  [ -f backend/target/openapi/openapi.yaml ] || $MVNW -q package -DskipTests
  step "OpenAPI lint (Spectral)"
  (cd tools/openapi-lint && npm run -s lint)
  record "OpenAPI lint: passed"
}
suite_e2e() {
  ensure_chromium; frontend_deps
  [ -f backend/target/quarkus-app/quarkus-run.jar ] || $MVNW -q package -DskipTests
  step "e2e: starting a throw-away stack on test ports"
  rm -rf "$STATE_DIR/postgres"
  "$STACK" start postgres keycloak api
  (cd frontend && TIEPDAN_OIDC_AUTHORITY="http://localhost:$KC_PORT/realms/tiepdan" npm run -s build)
  "$STACK" start spa-preview
  step "e2e: browser tests in headless Chromium"
  (cd frontend && SPA_URL="http://localhost:$SPA_PORT" CHROMIUM_PATH="$(chromium_path)" npm run -s e2e)
  record "browser e2e: passed"
}

suite_faults() {
  step "fault tests: PostgreSQL stalled and killed, Keycloak stalled, two replicas, kill -9 of the API (own stack)"
  "$STACK" stop >/dev/null 2>&1 || true
  "$ROOT/scripts/test-faults.sh"
  record "fault tests: passed"
}

cleanup() { "$STACK" stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
started=$SECONDS
case "${1:-all}" in
  all)
    ensure_chromium
    suite_frontend
    "$STACK" start keycloak
    export KEYCLOAK_URL="http://localhost:$KC_PORT"
    suite_backend
    unset KEYCLOAK_URL
    suite_api_types
    suite_openapi
    suite_e2e
    suite_faults ;;
  backend) suite_backend ;;
  frontend) suite_frontend; [ -f backend/target/openapi/openapi.json ] && suite_api_types || true ;;
  openapi) suite_openapi ;;
  e2e) suite_e2e ;;
  faults) suite_faults ;;
  *) echo "usage: $0 all|backend|frontend|openapi|e2e|faults" >&2; exit 2 ;;
esac
printf '\n\033[1;32mAll requested suites passed in %ss\033[0m\n' "$((SECONDS - started))"
printf '  %s\n' "${RESULTS[@]}"
