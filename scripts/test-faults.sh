#!/usr/bin/env bash
# Fault tests (a measurement of behaviour under outages, on a throw-away stack of its own: own state folder, own
# loopback ports, stopped on exit). Needs the packaged API (make build-backend) and Node for the load program.
#
#   (a) PostgreSQL stalled (SIGSTOP): a request answers 503 problem within the bound, readiness DOWN; SIGCONT, UP
#   (b) Keycloak stopped: cached keys keep valid tokens working, a token needing the provider is 503 within ~3 s,
#       readiness DOWN; Keycloak restarted, UP again and new tokens work
#   (c) two API replicas on one database: concurrent PATCHes with the same version give one 200 and one 409 with
#       currentVersion, FAULTS_ROUNDS rounds
#   (d) kill -9 of PostgreSQL and of the API during a visit-creating load, each logical create retried with its
#       Idempotency-Key until a 2xx: no acknowledged write missing, no duplicates, book numbers gapless
#
#   FAULTS="a c" scripts/test-faults.sh     # some scenarios only
# Prints `N passed, N failed` and exits non-zero when a check failed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export STATE_DIR=$ROOT/.state/faults CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
export DB_PORT=${FAULTS_DB_PORT:-26433} KC_PORT=${FAULTS_KC_PORT:-27180} KC_MANAGEMENT_PORT=${FAULTS_KC_MANAGEMENT_PORT:-27190}
export API_PORT=${FAULTS_API_PORT:-26080} SPA_PORT=${FAULTS_SPA_PORT:-26173}
API2_PORT=${FAULTS_API2_PORT:-26081}
export TIEPDAN_DEMO_DATA=true
unset KEYCLOAK_URL DB_URL            # always this run's own Keycloak and PostgreSQL
STACK="$ROOT/scripts/stack.sh"
BENCH_DIR="$ROOT/tools/bench"
SCENARIOS=${FAULTS:-a b c d}
BOUND=${FAULTS_BOUND_SECONDS:-6}    # a request or readiness answer about an outage comes within this
API_URL=http://localhost:$API_PORT
API2_URL=http://localhost:$API2_PORT
KC_URL=http://localhost:$KC_PORT
API2_STATE=$STATE_DIR/api2
PG_DATA=$STATE_DIR/postgres/data
PASSED=0
FAILED=0

log() { printf '\033[1;34m[faults]\033[0m %s\n' "$*" >&2; }
pass() { PASSED=$((PASSED + 1)); printf '\033[1;32mPASS\033[0m %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '\033[1;31mFAIL\033[0m %s\n' "$*"; }
check() { if [ "$1" = 0 ]; then pass "$2"; else fail "$2"; fi; }
api2() { STATE_DIR=$API2_STATE API_PORT=$API2_PORT DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/tiepdan" \
  KEYCLOAK_URL=$KC_URL "$STACK" "$@"; }
pg_pids() { # the postmaster and all its children
  local pm; pm=$(head -n1 "$PG_DATA/postmaster.pid" 2>/dev/null) || return 0
  echo "$pm"; pgrep -P "$pm" || true
}
STOPPED_PIDS=""
KC_STOPPED=""
resume_keycloak() { [ -z "$KC_STOPPED" ] || kill -CONT -- "-$KC_STOPPED" 2>/dev/null || true; KC_STOPPED=""; }
resume_postgres() { [ -z "$STOPPED_PIDS" ] || kill -CONT $STOPPED_PIDS 2>/dev/null || true; STOPPED_PIDS=""; }
stop_all() {
  resume_postgres; resume_keycloak
  api2 stop api >/dev/null 2>&1 || true
  "$STACK" stop api keycloak postgres >/dev/null 2>&1 || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
# timed URL [curl args...]: sets STATUS, TIME_MS, BODY, HEADERS of one bounded request
timed() {
  local url=$1; shift
  local t0; t0=$(now_ms)
  STATUS=$(curl -s -m 30 -o "$STATE_DIR/body" -D "$STATE_DIR/headers" -w '%{http_code}' "$@" "$url") || true
  TIME_MS=$(( $(now_ms) - t0 ))
  BODY=$(cat "$STATE_DIR/body" 2>/dev/null); HEADERS=$(cat "$STATE_DIR/headers" 2>/dev/null)
}
is_503_problem() {
  [ "$STATUS" = 503 ] && grep -qi '^content-type: application/problem+json' <<<"$HEADERS" \
    && grep -qi '^retry-after: [0-9]' <<<"$HEADERS" && grep -q '/problems/service-unavailable' <<<"$BODY"
}
token() { # token USER: a password-grant token of the demo realm (as bench-visits.mjs gets it)
  curl -fsS -m 10 -d grant_type=password -d client_id=tiepdan-cli -d "username=$1" -d password=demo \
    "$KC_URL/realms/tiepdan/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}
wait_ready() { # wait_ready URL SECONDS: sets UP_MS, returns non-zero if not ready in time
  local t0; t0=$(now_ms)
  until [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$1/q/health/ready")" = 200 ]; do
    [ $(( $(now_ms) - t0 )) -lt $(( $2 * 1000 )) ] || return 1
    sleep 0.5
  done
  UP_MS=$(( $(now_ms) - t0 ))
}

# ---------------------------------------------------------------------------------------------------------------
stop_all                              # leftovers of an interrupted run
rm -rf "$STATE_DIR/postgres" "$API2_STATE"
mkdir -p "$STATE_DIR" "$API2_STATE"
[ -f "$ROOT/backend/target/quarkus-app/quarkus-run.jar" ] || (cd "$ROOT/backend" && ./mvnw -q -B package -DskipTests) \
  || { fail "build the API"; exit 1; }
[ -d "$BENCH_DIR/node_modules" ] || npm ci --prefix "$BENCH_DIR" --no-audit --no-fund >&2
export FAULTS_API_URL=$API_URL FAULTS_API2_URL=$API2_URL FAULTS_KC_URL=$KC_URL
export FAULTS_DB_URL="postgres://tiepdan:tiepdan@127.0.0.1:$DB_PORT/tiepdan" FAULTS_ACKED=$STATE_DIR/acked.json

t0=$SECONDS
"$STACK" start postgres keycloak api || { fail "stack start"; exit 1; }
log "stack ready in $((SECONDS - t0)) s (API $API_URL, Keycloak $KC_URL, PostgreSQL 127.0.0.1:$DB_PORT)"
TOKEN=$(token canbo.tranbien)
[ -n "$TOKEN" ] || { fail "token from Keycloak"; exit 1; }
AUTH=(-H "Authorization: Bearer $TOKEN" -H 'Accept: application/json')

scenario_a() {
  log "(a) PostgreSQL stalled with SIGSTOP"
  timed "$API_URL/api/v1/visits?size=1" "${AUTH[@]}"
  [ "$STATUS" = 200 ] || { fail "(a) visits readable before the stall (HTTP $STATUS)"; return; }
  STOPPED_PIDS=$(pg_pids | tr '\n' ' ')
  kill -STOP $STOPPED_PIDS
  timed "$API_URL/api/v1/visits?size=1" "${AUTH[@]}"
  is_503_problem && [ "$TIME_MS" -lt $((BOUND * 1000)) ]
  check $? "(a) request while PostgreSQL is stalled: HTTP $STATUS in $(secs "$TIME_MS") s (bound ${BOUND} s)"
  timed "$API_URL/q/health/ready"
  [ "$STATUS" = 503 ] && [ "$TIME_MS" -lt $((BOUND * 1000)) ]
  check $? "(a) readiness while stalled: HTTP $STATUS in $(secs "$TIME_MS") s"
  resume_postgres
  if wait_ready "$API_URL" 30; then pass "(a) readiness UP again $(secs "$UP_MS") s after SIGCONT"
  else fail "(a) readiness not UP within 30 s after SIGCONT"; fi
  timed "$API_URL/api/v1/visits?size=1" "${AUTH[@]}"
  check "$([ "$STATUS" = 200 ]; echo $?)" "(a) requests served again after SIGCONT (HTTP $STATUS)"
}

scenario_b() {
  # Keycloak unreachable. By default it is stalled (SIGSTOP: connections hang, the harder case for time bounds,
  # and it is back at once); FAULTS_KC_RESTART=1 stops it and starts it again (~80 s, new realm keys).
  if [ -n "${FAULTS_KC_RESTART:-}" ]; then
    log "(b) Keycloak stopped"; "$STACK" stop keycloak
  else
    log "(b) Keycloak stalled with SIGSTOP"; KC_STOPPED=$(cat "$STATE_DIR/pids/keycloak.pgid"); kill -STOP -- "-$KC_STOPPED"
  fi
  timed "$API_URL/api/v1/me" "${AUTH[@]}"
  check "$([ "$STATUS" = 200 ]; echo $?)" "(b) a valid token keeps working with the cached keys: HTTP $STATUS in $(secs "$TIME_MS") s"
  # The same token under a key id the API has never seen: checking it needs the provider's JWKS.
  local header payload rest forged
  header=$(printf '{"alg":"RS256","typ":"JWT","kid":"unknown-%s"}' "$RANDOM" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  payload=${TOKEN#*.}; forged="$header.$payload"
  timed "$API_URL/api/v1/me" -H "Authorization: Bearer $forged"
  is_503_problem && [ "$TIME_MS" -lt 3000 ]
  check $? "(b) a token needing the unreachable provider: HTTP $STATUS in $(secs "$TIME_MS") s (bound 3 s)"
  sleep 5                               # the OIDC readiness result is cached for 5 s
  timed "$API_URL/q/health/ready"
  [ "$STATUS" = 503 ] && grep -q 'OIDC provider' <<<"$BODY" && [ "$TIME_MS" -lt $((BOUND * 1000)) ]
  check $? "(b) readiness with Keycloak stopped: HTTP $STATUS in $(secs "$TIME_MS") s"
  local t0=$SECONDS
  if [ -n "${FAULTS_KC_RESTART:-}" ]; then
    "$STACK" start keycloak >/dev/null || { fail "(b) Keycloak restart"; return; }
  else
    resume_keycloak
  fi
  if wait_ready "$API_URL" 30; then pass "(b) readiness UP again $(secs "$UP_MS") s after Keycloak was back ($((SECONDS - t0)) s to bring it back)"
  else fail "(b) readiness not UP within 30 s after Keycloak was back"; fi
  [ -z "${FAULTS_KC_RESTART:-}" ] || sleep 10   # forced-jwk-refresh-interval: the new keys may be fetched again
  TOKEN=$(token canbo.tranbien); AUTH=(-H "Authorization: Bearer $TOKEN" -H 'Accept: application/json')
  timed "$API_URL/api/v1/me" "${AUTH[@]}"
  check "$([ "$STATUS" = 200 ]; echo $?)" "(b) a token of the restarted Keycloak works: HTTP $STATUS"
}

scenario_c() {
  log "(c) two API replicas on one database"
  api2 start api || { fail "(c) second API replica did not start"; return; }
  node "$BENCH_DIR/faults.mjs" replicas > "$STATE_DIR/c.out"; cat "$STATE_DIR/c.out"
  PASSED=$((PASSED + $(grep -c '^PASS' "$STATE_DIR/c.out"))); FAILED=$((FAILED + $(grep -c '^FAIL' "$STATE_DIR/c.out")))
  api2 stop api
}

crash_postgres() { local pids; pids=$(pg_pids | tr '\n' ' '); log "kill -9 PostgreSQL ($pids)"; kill -KILL $pids; }
crash_api() {
  local pgid; pgid=$(cat "$STATE_DIR/pids/api.pgid"); log "kill -9 API (group $pgid)"; kill -KILL -- "-$pgid"
  for _ in $(seq 1 40); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.25; done   # gone before the restart
}
scenario_d() {
  log "(d) kill -9 of PostgreSQL and of the API under a visit-creating load"
  FAULTS_LOAD_SECONDS=${FAULTS_LOAD_SECONDS:-45} node "$BENCH_DIR/faults.mjs" load > "$STATE_DIR/d.out" &
  local load=$!
  sleep 8;  crash_postgres; sleep 2; "$STACK" start postgres >/dev/null || fail "(d) PostgreSQL restart"
  sleep 10; crash_api; sleep 1; "$STACK" start api >/dev/null || fail "(d) API restart"
  wait "$load"
  node "$BENCH_DIR/faults.mjs" verify >> "$STATE_DIR/d.out"; cat "$STATE_DIR/d.out"
  PASSED=$((PASSED + $(grep -c '^PASS' "$STATE_DIR/d.out"))); FAILED=$((FAILED + $(grep -c '^FAIL' "$STATE_DIR/d.out")))
}

for s in $SCENARIOS; do
  case "$s" in a) scenario_a ;; b) scenario_b ;; c) scenario_c ;; d) scenario_d ;; *) fail "unknown scenario $s" ;; esac
done
log "done in $((SECONDS - t0)) s; logs in $STATE_DIR/logs/"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
