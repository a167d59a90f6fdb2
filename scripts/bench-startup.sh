#!/usr/bin/env bash
# Start-up figures for the closing notes (a measurement, not a test): the stack from nothing to ready, twice
# (cold: no Keycloak augmentation cache; warm: everything reused), the API's own start time and its idle memory.
# Uses its own state folder and ports so a running `make run` is not disturbed. Prints a small table.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export STATE_DIR=$ROOT/.state/bench CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
export DB_PORT=25433 KC_PORT=28180 KC_MANAGEMENT_PORT=29100 API_PORT=28080 SPA_PORT=25173
STACK="$ROOT/scripts/stack.sh"
trap '"$STACK" stop >/dev/null 2>&1 || true' EXIT

measure_stack() {
  local t0=$SECONDS
  "$STACK" start postgres keycloak api spa >/dev/null 2>"$STATE_DIR/bench-start.log"
  echo $((SECONDS - t0))
}
rm -rf "$STATE_DIR"; mkdir -p "$STATE_DIR"
cold=$(measure_stack)
api_start=$(grep -o 'started in [0-9.]*s' "$STATE_DIR/logs/api.log" | tail -1 | grep -o '[0-9.]*')
sleep 20   # let the API settle before reading its idle memory
api_pgid=$(cat "$STATE_DIR/pids/api.pgid")
api_rss_kb=$(ps -o rss= -g "$api_pgid" | awk '{s+=$1} END {print s}')
kc_rss_kb=$(ps -o rss= -g "$(cat "$STATE_DIR/pids/keycloak.pgid")" | awk '{s+=$1} END {print s}')
"$STACK" stop >/dev/null 2>&1
warm=$(measure_stack)
"$STACK" stop >/dev/null 2>&1

printf '\n%-46s %s\n' "measure" "value"
printf '%-46s %ss\n' "stack to ready, first start (new data dir)" "$cold"
printf '%-46s %ss\n' "stack to ready, second start (reused)" "$warm"
printf '%-46s %ss\n' "API start (Quarkus 'started in')" "$api_start"
printf '%-46s %s MiB\n' "API idle RSS" "$((api_rss_kb / 1024))"
printf '%-46s %s MiB\n' "Keycloak idle RSS" "$((kc_rss_kb / 1024))"
echo "(2 shared cores: expect ±30% between runs; downloads are cached in $CACHE_DIR and not part of these figures)"
