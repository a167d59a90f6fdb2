#!/usr/bin/env bash
# Starts and stops the local TiếpDân stack without Docker: PostgreSQL (binaries from a Maven artifact), Keycloak
# (the keycloak-quarkus-dist zip from Maven Central), the API (the packaged Quarkus app) and the SPA (Vite).
#
#   scripts/stack.sh start [postgres|keycloak|api|spa|spa-preview ...]   start (all of run's services by default)
#   scripts/stack.sh stop  [service ...]                                 stop what this script started, newest first
#   scripts/stack.sh run                                                 start all, print URLs, stop all on Ctrl-C
#   scripts/stack.sh status
#
# Every process is started in its own session and its process group id kept under $STATE_DIR/pids, so `stop`
# ends exactly what was started here and nothing else. Downloads live in $CACHE_DIR and data in $STATE_DIR: a
# second start reuses both. All ports and URLs can be overridden by environment variables (README "Configuration").
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE_DIR=${STATE_DIR:-$ROOT/.state/run}
CACHE_DIR=${CACHE_DIR:-$ROOT/.state/cache}
PG_VERSION=${PG_VERSION:-17.6.0}
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.7.3}

DB_PORT=${DB_PORT:-5433}
DB_NAME=${DB_NAME:-tiepdan}
DB_USER=${DB_USER:-tiepdan}
DB_PASSWORD=${DB_PASSWORD:-tiepdan}
KC_PORT=${KC_PORT:-8180}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9100}
API_PORT=${API_PORT:-8080}
SPA_PORT=${SPA_PORT:-5173}
KEYCLOAK_URL=${KEYCLOAK_URL:-}          # set to use an already running Keycloak (realm tiepdan imported)
DB_URL=${DB_URL:-}                      # set to use an external PostgreSQL instead of the local one

KC_URL=${KEYCLOAK_URL:-http://localhost:$KC_PORT}
API_URL=http://localhost:$API_PORT
SPA_URL=http://localhost:$SPA_PORT
MVNW="$ROOT/backend/mvnw"

log() { printf '\033[1;34m[stack]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[stack] %s\033[0m\n' "$*" >&2; exit 1; }

mkdir -p "$STATE_DIR/pids" "$STATE_DIR/logs" "$CACHE_DIR"

# ---------- process bookkeeping ----------
pidfile() { echo "$STATE_DIR/pids/$1.pgid"; }
running() { local f; f=$(pidfile "$1"); [ -f "$f" ] && kill -0 -- "-$(cat "$f")" 2>/dev/null; }
launch() { # launch NAME command... : own session, output to the log
  local name=$1; shift
  setsid "$@" >"$STATE_DIR/logs/$name.log" 2>&1 < /dev/null &
  echo $! >"$(pidfile "$name")"
}
terminate() { # terminate NAME: TERM to the whole process group, KILL after 20 s
  local name=$1 f pgid
  f=$(pidfile "$name"); [ -f "$f" ] || return 0
  pgid=$(cat "$f")
  if kill -0 -- "-$pgid" 2>/dev/null; then
    log "stopping $name"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -f "$f"
}
wait_http() { # wait_http NAME URL SECONDS
  local name=$1 url=$2 limit=$3 start=$SECONDS
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! running "$name"; then tail -n 40 "$STATE_DIR/logs/$name.log" >&2 || true; die "$name exited; log: $STATE_DIR/logs/$name.log"; fi
    [ $((SECONDS - start)) -lt "$limit" ] || { tail -n 40 "$STATE_DIR/logs/$name.log" >&2; die "$name not ready after ${limit}s"; }
    sleep 1
  done
  log "$name ready in $((SECONDS - start))s ($url)"
}
fetch_artifact() { # fetch_artifact GROUP:ARTIFACT:VERSION[:TYPE[:CLASSIFIER]] DIR: Maven Central through the wrapper
  "$MVNW" -q -B -f "$ROOT/backend/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="$1" -DoutputDirectory="$2" -Dmdep.overWriteIfNewer=true >&2
}

# ---------- PostgreSQL ----------
pg_home() { echo "$CACHE_DIR/postgresql-$PG_VERSION"; }
pg_as() { # initdb and postgres refuse to run as root: run them in a user namespace, where root is not root
  if [ "$(id -u)" = 0 ]; then unshare -U "$@"; else "$@"; fi
}
pg_install() {
  local home arch; home=$(pg_home)
  [ -x "$home/bin/pg_ctl" ] && return 0
  case "$(uname -m)" in
    x86_64) arch=amd64; txz=postgres-linux-x86_64.txz ;;
    aarch64) arch=arm64v8; txz=postgres-linux-arm_64.txz ;;
    *) die "no PostgreSQL binaries for $(uname -m); set DB_URL to an external PostgreSQL" ;;
  esac
  log "fetching PostgreSQL $PG_VERSION binaries (Maven artifact io.zonky.test.postgres)"
  local tmp; tmp=$(mktemp -d)
  fetch_artifact "io.zonky.test.postgres:embedded-postgres-binaries-linux-$arch:$PG_VERSION" "$tmp"
  (cd "$tmp" && jar xf ./*.jar && mkdir -p "$home.partial" && tar -xJf ./*.txz -C "$home.partial")
  rm -rf "$tmp" "$home"; mv "$home.partial" "$home"
}
start_postgres() {
  if [ -n "$DB_URL" ]; then log "using the external database $DB_URL"; return 0; fi
  local home data; home=$(pg_home); data="$STATE_DIR/postgres/data"
  if [ -f "$data/postmaster.pid" ] && pg_as "$home/bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "postgres already running"; return 0
  fi
  pg_install
  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a PostgreSQL cluster in $data"
    mkdir -p "$data" "$STATE_DIR/postgres/run"
    printf '%s\n' "$DB_PASSWORD" >"$STATE_DIR/postgres/pwfile"
    pg_as "$home/bin/initdb" -D "$data" -U "$DB_USER" --pwfile="$STATE_DIR/postgres/pwfile" \
      --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$STATE_DIR/logs/initdb.log" 2>&1 \
      || { cat "$STATE_DIR/logs/initdb.log" >&2; die "initdb failed"; }
    rm -f "$STATE_DIR/postgres/pwfile"
    echo "CREATE DATABASE $DB_NAME" | pg_as "$home/bin/postgres" --single -D "$data" postgres >"$STATE_DIR/logs/createdb.log" 2>&1
  fi
  mkdir -p "$STATE_DIR/postgres/run"
  pg_as "$home/bin/pg_ctl" -D "$data" -l "$STATE_DIR/logs/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $DB_PORT -k $STATE_DIR/postgres/run" start >/dev/null \
    || { tail -n 30 "$STATE_DIR/logs/postgres.log" >&2; die "PostgreSQL did not start (port $DB_PORT taken?)"; }
  touch "$(pidfile postgres).managed"
  log "postgres ready on 127.0.0.1:$DB_PORT (data in $data)"
}
stop_postgres() {
  local data="$STATE_DIR/postgres/data"
  [ -f "$(pidfile postgres).managed" ] || return 0
  if [ -f "$data/postmaster.pid" ]; then
    log "stopping postgres"
    pg_as "$(pg_home)/bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -f "$(pidfile postgres).managed"
}

# ---------- Keycloak ----------
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
find_java21() {
  local candidate
  for candidate in ${KC_JAVA_HOME:-} ${JAVA_HOME:-} /usr/lib/jvm/* /opt/java/* ; do
    [ -x "$candidate/bin/java" ] || continue
    [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null && { echo "$candidate"; return 0; }
  done
  return 1
}
kc_home() { echo "$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"; }
kc_install() {
  local home; home=$(kc_home)
  [ -x "$home/bin/kc.sh" ] && return 0
  log "fetching Keycloak $KEYCLOAK_VERSION (org.keycloak:keycloak-quarkus-dist, about 180 MB, once)"
  local tmp; tmp=$(mktemp -d)
  fetch_artifact "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" "$tmp"
  (cd "$tmp" && jar xf ./*.zip)
  rm -rf "$home"; mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$home"; rm -rf "$tmp"
  chmod +x "$home"/bin/*.sh
}
start_keycloak() {
  if [ -n "$KEYCLOAK_URL" ]; then log "using the running Keycloak at $KEYCLOAK_URL"; return 0; fi
  if running keycloak; then log "keycloak already running"; return 0; fi
  local java; java=$(find_java21) || die "Keycloak needs Java 21 or newer, and none was found in /usr/lib/jvm.
  Install one (for example Temurin 21: 'apt-get install temurin-21-jdk' from the Adoptium repository, or
  'apt-get install openjdk-21-jdk-headless' on Ubuntu 24.04 / Debian 13) or set KC_JAVA_HOME to its folder."
  kc_install
  local home; home=$(kc_home)
  mkdir -p "$home/data/import"
  cp "$ROOT/infra/keycloak/tiepdan-realm.json" "$home/data/import/tiepdan-realm.json"
  log "starting keycloak on $KC_URL (Java $(java_major "$java") from $java)"
  launch keycloak env JAVA_HOME="$java" PATH="$java/bin:$PATH" \
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    TIEPDAN_SPA_URL="$SPA_URL" JAVA_OPTS_KC_HEAP="${KC_HEAP:--Xms64m -Xmx512m}" \
    "$home/bin/kc.sh" start-dev --db=dev-mem --http-host=127.0.0.1 --http-port="$KC_PORT" \
    --http-management-port="$KC_MANAGEMENT_PORT" --hostname="http://localhost:$KC_PORT" --health-enabled=true \
    --import-realm
  wait_http keycloak "$KC_URL/realms/tiepdan/.well-known/openid-configuration" "${KC_START_TIMEOUT:-300}"
}

# ---------- API ----------
# DEMO KEY of the identity vault (DOMAIN.md §8.1), for local use only: production sets its own TIEPDAN_VAULT_KEY.
DEMO_VAULT_KEY="REVNTy1PTkxZLXRpZXBkYW4tdmF1bHQta2V5LTAwMDE="

start_api() {
  if running api; then log "api already running"; return 0; fi
  local jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || die "the API is not built: run 'make build-backend' (make run does it)"
  log "starting the API on $API_URL"
  launch api env API_PORT="$API_PORT" \
    DB_URL="${DB_URL:-jdbc:postgresql://127.0.0.1:$DB_PORT/$DB_NAME}" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    OIDC_URL="$KC_URL/realms/tiepdan" CORS_ORIGINS="$SPA_URL" \
    TIEPDAN_DEMO_DATA="${TIEPDAN_DEMO_DATA:-true}" \
    TIEPDAN_VAULT_KEY="${TIEPDAN_VAULT_KEY:-$DEMO_VAULT_KEY}" \
    java -Duser.timezone=UTC ${API_JAVA_OPTS:--Xmx512m} -jar "$jar"
  wait_http api "$API_URL/q/health/ready" "${API_START_TIMEOUT:-120}"
}

# ---------- SPA ----------
spa_env() {
  echo BACKEND_URL="$API_URL" SPA_PORT="$SPA_PORT" \
    TIEPDAN_OIDC_AUTHORITY="$KC_URL/realms/tiepdan" TIEPDAN_OIDC_CLIENT_ID=tiepdan-web
}
start_spa() { # the Vite dev server: edits show at once
  if running spa; then log "spa already running"; return 0; fi
  [ -d "$ROOT/frontend/node_modules" ] || (cd "$ROOT/frontend" && npm ci --no-audit --no-fund >&2)
  log "starting the SPA (vite dev) on $SPA_URL"
  launch spa env $(spa_env) npm --prefix "$ROOT/frontend" run dev
  wait_http spa "$SPA_URL/" 120
}
start_spa_preview() { # the production build, as the e2e tests use it
  if running spa; then log "spa already running"; return 0; fi
  log "starting the SPA (vite preview of the build) on $SPA_URL"
  launch spa env $(spa_env) npm --prefix "$ROOT/frontend" run preview
  wait_http spa "$SPA_URL/" 120
}

# ---------- commands ----------
start() {
  local services=("$@"); [ ${#services[@]} -gt 0 ] || services=(postgres keycloak api spa)
  for s in "${services[@]}"; do
    case "$s" in
      postgres) start_postgres ;; keycloak) start_keycloak ;; api) start_api ;;
      spa) start_spa ;; spa-preview) start_spa_preview ;;
      *) die "unknown service $s" ;;
    esac
  done
}
stop() {
  local services=("$@"); [ ${#services[@]} -gt 0 ] || services=(spa api keycloak postgres)
  for s in "${services[@]}"; do
    case "$s" in
      postgres) stop_postgres ;; spa-preview) terminate spa ;; *) terminate "$s" ;;
    esac
  done
}
status() {
  for s in keycloak api spa; do running "$s" && echo "$s: running" || echo "$s: stopped"; done
  [ -f "$(pidfile postgres).managed" ] && echo "postgres: running" || echo "postgres: stopped"
}
banner() {
  cat <<EOM

  TiếpDân is running (demo data, LOCAL USE ONLY)
    SPA          $SPA_URL
    API          $API_URL/api/v1/me     Swagger UI $API_URL/q/swagger-ui
    Keycloak     $KC_URL  (admin console: ${KC_ADMIN:-admin} / ${KC_ADMIN_PASSWORD:-admin})
    PostgreSQL   ${DB_URL:-127.0.0.1:$DB_PORT/$DB_NAME (user $DB_USER)}
    Logs         $STATE_DIR/logs/

  Demo logins (password: demo)
    chutich.tranbien  Chủ tịch UBND phường Trấn Biên (unit_leader)
    canbo.tranbien    cán bộ tiếp công dân, Trấn Biên (reception_officer)
    xuly.tranbien     cán bộ xử lý đơn, Trấn Biên (petition_handler)
    baomat.tranbien   quản lý tài liệu mật, Trấn Biên (confidential_custodian)
    canbo.phuly / chutich.phuly   xã Phú Lý
    giamdoc.snnmt     Sở Nông nghiệp và Môi trường (unit_leader)
    thanhtra          Thanh tra tỉnh (inspector)
    danvan            Ban Tuyên giáo và Dân vận (mobilization_viewer)
    noivu             Sở Nội vụ (home_affairs_inspector)
    kiemtra           kiểm tra nội bộ (auditor)
    quantri           quản trị hệ thống (admin)

  Ctrl-C (or 'make stop' in another terminal) stops everything started here.
EOM
}
run() {
  trap 'trap - INT TERM EXIT; echo; stop; exit 0' INT TERM EXIT
  start postgres keycloak api spa
  banner
  while true; do
    for s in keycloak api spa; do
      [ -f "$(pidfile "$s")" ] && ! running "$s" && { log "$s stopped unexpectedly; see $STATE_DIR/logs/$s.log"; exit 1; }
    done
    sleep 2
  done
}

cmd=${1:-run}; shift || true
case "$cmd" in
  start) start "$@" ;; stop) stop "$@" ;; run) run ;; status) status ;;
  *) die "usage: $0 start|stop|run|status [service...]" ;;
esac
