#!/usr/bin/env bash
# Reception-book benchmark (a measurement, not a test): a throw-away stack on its own ports and state folder, demo
# data on, BENCH_VISITS visits (default 1 000 000) seeded straight into PostgreSQL, then BENCH_DESKS desks (20)
# recording visits through POST /api/v1/visits for BENCH_SECONDS (60), then search/list/lookup latency.
# The stack is stopped on exit; the summary is printed and kept in .state/bench/visits-result.txt.
#
#   BENCH_VISITS=200000 BENCH_SECONDS=30 make bench-visits
#   BENCH_PHASES="seed search" scripts/bench-visits.sh # some phases only (seed create search, or all)
#   BENCH_KEEP_DB=1 scripts/bench-visits.sh            # reuse the seeded database of the previous run
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export STATE_DIR=$ROOT/.state/bench CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
export DB_PORT=25433 KC_PORT=38180 KC_MANAGEMENT_PORT=39100 API_PORT=28080 SPA_PORT=25173
export TIEPDAN_DEMO_DATA=true
unset KEYCLOAK_URL DB_URL            # always this run's own Keycloak and PostgreSQL
STACK="$ROOT/scripts/stack.sh"
BENCH_DIR="$ROOT/tools/bench"
PHASES=${BENCH_PHASES:-all}

die() { printf "\033[1;31m[bench-visits] %s\033[0m\n" "$*" >&2; exit 1; }
log() { printf '\033[1;34m[bench-visits]\033[0m %s\n' "$*" >&2; }
stop_stack() { "$STACK" stop api keycloak postgres >/dev/null 2>&1 || true; }
trap stop_stack EXIT
trap 'exit 130' INT TERM

stop_stack                           # leftovers of an interrupted run
[ -n "${BENCH_KEEP_DB:-}" ] || rm -rf "$STATE_DIR/postgres"
mkdir -p "$STATE_DIR"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || die "build the API first: make build-backend"
[ -d "$BENCH_DIR/node_modules" ] || npm ci --prefix "$BENCH_DIR" --no-audit --no-fund >&2

t0=$SECONDS
"$STACK" start postgres keycloak api
log "stack ready in $((SECONDS - t0)) s (API http://localhost:$API_PORT, Keycloak http://localhost:$KC_PORT)"

export BENCH_DB_URL="postgres://${DB_USER:-tiepdan}:${DB_PASSWORD:-tiepdan}@127.0.0.1:$DB_PORT/${DB_NAME:-tiepdan}"
export BENCH_API_URL="http://localhost:$API_PORT" BENCH_KC_URL="http://localhost:$KC_PORT"
export BENCH_RESULT="$STATE_DIR/visits-result.txt"
node "$BENCH_DIR/bench-visits.mjs" token       # fail early when Keycloak does not hand out a token
# shellcheck disable=SC2086
node "$BENCH_DIR/bench-visits.mjs" $PHASES
