#!/usr/bin/env bash
# Reports/dashboard benchmark (a measurement, not a test): a separate database tiepdan_bench on the PostgreSQL of
# `make run` (port 5433, .state/run), migrated by the API started against it (TIEPDAN_DEMO_DATA=false), five years
# of generated data (tools/bench/generate-reports.sql: 131 units, sessions every working day, ≥1 000 000 visits,
# ≥200 000 petitions, ≥200 000 cases with decisions, events and deadlines), then per request 1 warm-up + 7 timed
# runs (min/median/max, PASS/FAIL on the median):
#   GET /api/v1/dashboard/overview?period=2025-Y            (province, a full year; target < 1 s)
#   GET /api/v1/dashboard/trends?from=2022-01-01&to=2026-12-31 (province, five years; reported)
#   GET /api/v1/reports/forms/01-TCD?period=2025-Y           (province; target < 2 s; "not available (404)" when
#                                                             the build has no form engine)
# The database is dropped and recreated on every run (idempotent); the API (and Keycloak, unless KEYCLOAK_URL
# points at a running one) are stopped on exit, PostgreSQL too when this script started it.
#
#   make bench-reports
#   KEYCLOAK_URL=http://localhost:28180 scripts/bench-reports.sh      # use an already running Keycloak
#   BENCH_VISITS=200000 BENCH_PETITIONS=50000 BENCH_CASES=50000 scripts/bench-reports.sh   # a smaller data set
#   BENCH_SKIP_GENERATE=1 scripts/bench-reports.sh                     # measure the existing tiepdan_bench again
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK="$ROOT/scripts/stack.sh"
RUN_STATE=$ROOT/.state/run
BENCH_STATE=$ROOT/.state/bench-reports
export CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
DB_PORT=${DB_PORT:-5433} DB_USER=${DB_USER:-tiepdan} DB_PASSWORD=${DB_PASSWORD:-tiepdan}
BENCH_DB=${BENCH_DB:-tiepdan_bench}
API_PORT=${BENCH_API_PORT:-28090}
KC_PORT=${BENCH_KC_PORT:-38190}
RUNS=${BENCH_RUNS:-7}
RESULT=$BENCH_STATE/result.txt
VISITS=${BENCH_VISITS:-1050000} MATTERS=${BENCH_MATTERS:-750000}
PETITIONS=${BENCH_PETITIONS:-210000} CASES=${BENCH_CASES:-205000}
[ "$MATTERS" -le "$VISITS" ] || MATTERS=$VISITS

die() { printf "\033[1;31m[bench-reports] %s\033[0m\n" "$*" >&2; exit 1; }
log() { printf '\033[1;34m[bench-reports]\033[0m %s\n' "$*" >&2; }
command -v psql >/dev/null || die "psql (PostgreSQL client) is needed"
command -v curl >/dev/null || die "curl is needed"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || die "build the API first: make build-backend"

started_pg=
# The API aligns the stored due dates of running deadlines at start (DeadlineRefresh): every one on the first start
# of a database (no fingerprint yet) and after a calendar or rule change, otherwise only rows without a due date.
# Generous timeouts cover a first start on the generated data.
export QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=${QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT:-1800s}
export API_START_TIMEOUT=${API_START_TIMEOUT:-1200}
bench_stack() { STATE_DIR=$BENCH_STATE API_PORT=$API_PORT KC_PORT=$KC_PORT KC_MANAGEMENT_PORT=$((KC_PORT + 900)) \
  DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD \
  DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/$BENCH_DB" TIEPDAN_DEMO_DATA=false "$STACK" "$@"; }
cleanup() {
  bench_stack stop api keycloak >/dev/null 2>&1 || true
  [ -z "$started_pg" ] || STATE_DIR=$RUN_STATE DB_PORT=$DB_PORT "$STACK" stop postgres >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$BENCH_STATE"
bench_stack stop api keycloak >/dev/null 2>&1 || true     # leftovers of an interrupted run

# 1. The PostgreSQL of `make run` (started here when it is not running).
if [ ! -f "$RUN_STATE/pids/postgres.pgid.managed" ]; then
  STATE_DIR=$RUN_STATE DB_PORT=$DB_PORT DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD "$STACK" start postgres
  started_pg=1
fi
export PGHOST=127.0.0.1 PGPORT=$DB_PORT PGUSER=$DB_USER PGPASSWORD=$DB_PASSWORD
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

t0=$SECONDS
if [ -z "${BENCH_SKIP_GENERATE:-}" ]; then
  # 2. A fresh database, migrated by the API.
  log "recreating database $BENCH_DB"
  psql_q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB"
fi
[ -n "${KEYCLOAK_URL:-}" ] && log "using the running Keycloak at $KEYCLOAK_URL"
bench_stack start keycloak api
KC=${KEYCLOAK_URL:-http://localhost:$KC_PORT}
API=http://localhost:$API_PORT

if [ -z "${BENCH_SKIP_GENERATE:-}" ]; then
  # 3. Five years of data, set-based.
  log "generating: $VISITS visits ($MATTERS matters), $PETITIONS petitions, $CASES cases"
  g0=$SECONDS
  psql_q -d "$BENCH_DB" -v visits="$VISITS" -v matters="$MATTERS" -v petitions="$PETITIONS" -v cases="$CASES" \
    -f "$ROOT/tools/bench/generate-reports.sql" | tee "$BENCH_STATE/generate.log" >&2
  GEN_SECONDS=$((SECONDS - g0))
  log "generated in ${GEN_SECONDS} s; restarting the API (it aligns the stored deadline due dates once)"
  r0=$SECONDS
  bench_stack stop api
  bench_stack start api
  log "API restarted in $((SECONDS - r0)) s"
else
  GEN_SECONDS="(skipped)"
fi
COUNTS=$(psql -X -At -d "$BENCH_DB" -c "select 'units=' || (select count(*) from org_unit) || ' sessions=' || \
  (select count(*) from reception_session) || ' visits=' || (select count(*) from reception_visit) || ' petitions=' || \
  (select count(*) from petition) || ' cases=' || (select count(*) from case_file) || ' case_events=' || \
  (select count(*) from case_event) || ' decisions=' || (select count(*) from case_decision) || ' deadlines=' || \
  (select count(*) from legal_deadline)")

# 4. Measurements with real tokens.
token() {
  curl -fsS -d grant_type=password -d client_id=tiepdan-cli -d username="$1" -d password=demo \
    "$KC/realms/tiepdan/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
LINES=()
measure() { # measure LABEL USER PATH TARGET_SECONDS
  local label=$1 user=$2 path=$3 target=$4 tok out code times=() i
  tok=$(token "$user") || die "no token for $user from $KC"
  out=$(curl -s -o "$BENCH_STATE/last-body.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $tok" "$API$path")
  code=${out%% *}
  if [ "$code" = 404 ]; then
    LINES+=("$(printf '%-52s %s' "$label" "not available (404)")"); return
  fi
  [ "$code" = 200 ] || { LINES+=("$(printf '%-52s %s' "$label" "HTTP $code: $(head -c 300 "$BENCH_STATE/last-body.json")")"); return; }
  for i in $(seq 1 "$RUNS"); do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $tok" "$API$path")
    [ "${out%% *}" = 200 ] || die "$label run $i: HTTP ${out%% *}"
    times+=("${out#* }")
  done
  local sorted min med max verdict
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  min=$(echo "$sorted" | head -1); max=$(echo "$sorted" | tail -1)
  med=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
  if [ "$target" = - ]; then verdict="(no target)"
  elif awk "BEGIN{exit !($med < $target)}"; then verdict="PASS (< ${target} s)"
  else verdict="FAIL (>= ${target} s)"; fi
  LINES+=("$(printf '%-52s min %6.3f  median %6.3f  max %6.3f s  %s' "$label" "$min" "$med" "$max" "$verdict")")
}
measure "dashboard overview, province, 2025-Y" danvan "/api/v1/dashboard/overview?period=2025-Y" 1
measure "dashboard trends, province, 2022-01..2026-12" danvan "/api/v1/dashboard/trends?from=2022-01-01&to=2026-12-31" "${BENCH_TRENDS_TARGET:-3}"
measure "dashboard trends, province, 2025 (the page's)" danvan "/api/v1/dashboard/trends?from=2025-01-01&to=2025-12-31" 1
measure "form 01-TCD, province, 2025-Y" thanhtra "/api/v1/reports/forms/01-TCD?period=2025-Y" 2
measure "form 01-XLD, province, 2025-Y" thanhtra "/api/v1/reports/forms/01-XLD?period=2025-Y" -
measure "form 01-KQGQ, province, 2025-Y" thanhtra "/api/v1/reports/forms/01-KQGQ?period=2025-Y" -
measure "form 03-KQGQ, province, 2025-Y" thanhtra "/api/v1/reports/forms/03-KQGQ?period=2025-Y" -

{
  echo "bench-reports $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores; database $BENCH_DB"
  echo "data: $COUNTS"
  echo "generation: ${GEN_SECONDS} s; total so far $((SECONDS - t0)) s; 1 warm-up + $RUNS runs each"
  printf '%s\n' "${LINES[@]}"
} | tee "$RESULT"
log "result kept in $RESULT"
