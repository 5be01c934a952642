#!/usr/bin/env bash
# Coopera on a three-node MariaDB Galera cluster, on this machine and loopback addresses only:
#   three Galera nodes (Debian's mariadb-server and galera-4), HAProxy for the database and for two
#   Coopera nodes started from the built jar, a bounded load of API writes and reads, and during the
#   load: kill -9 of the database writer node and its return, SIGTERM of a Coopera node and its
#   restart, the whole database stopped for 60 s. Before that, the same load on one Coopera node
#   against one plain MariaDB, for the throughput comparison.
# It reports (target/cluster/report.md) and asserts: no acknowledged write lost, no duplicate, the
# error rate and the time to recover of each fault (goal: under 10 s after the database returns).
#
# Run by `./mvnw verify -Pcluster` (after the jar is built), or directly:
#   bash src/test/cluster/cluster.sh target/coopera-*.jar
# Settings (environment): USERS (20), PHASE_SECONDS (30), OUTAGE_SECONDS (60), BASELINE (1: run the
# single-node comparison first).
set -euo pipefail

JAR=$(readlink -f "${1:?usage: cluster.sh path/to/coopera.jar}")
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=${CLUSTER_WORK:-$(pwd)/target/cluster}
USERS=${USERS:-20}
PHASE_SECONDS=${PHASE_SECONDS:-30}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-60}
BASELINE=${BASELINE:-1}
RUN=$(date +%s)
DB_PASSWORD=cluster-secret
APP_LOG_OPTS="--logging.level.root=warn --logging.level.org.coopera=info"
PIDS=()

log() { echo "cluster: $(date +%T) $*" | tee -a "$WORK/events.log"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

cleanup() {
  set +e
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  # nodes restarted inside the faults' subshell are not in PIDS: their pid files are
  for f in "$WORK"/app*.pid "$WORK"/db*/server.pid "$WORK"/haproxy-*.pid; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null; done
  pkill -9 -f "$WORK/" 2>/dev/null
}
trap cleanup EXIT

# --- 1. what a clean machine lacks ----------------------------------------------------------------
need=()
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
[ -e /usr/lib/galera/libgalera_smm.so ] || need+=(galera-4)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v rsync >/dev/null || need+=(rsync)
command -v mariabackup >/dev/null || need+=(mariadb-backup)
if [ ${#need[@]} -gt 0 ]; then
  echo "cluster: installing ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # Debian starts a stock server on 3306; this test runs its own
  as_root service mariadb stop >/dev/null 2>&1 || true
  as_root service haproxy stop >/dev/null 2>&1 || true
fi
export PATH=/usr/sbin:$PATH
# the jar needs Java 21+: the JDK Maven ran with (JAVA_HOME), not whatever `java` comes first on the PATH
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' || { echo "cluster: needs Java 21 or later ($JAVA)" >&2; exit 2; }

rm -rf "$WORK"; mkdir -p "$WORK"
: > "$WORK/events.log"
log "work directory $WORK, $USERS users, $PHASE_SECONDS s per phase, database outage $OUTAGE_SECONDS s"
log "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/')"

# --- 2. MariaDB nodes -------------------------------------------------------------------------------
db_port() { echo $((3320 + $1)); }   # 3321-3323 (and 3320 for the plain MariaDB); HAProxy listens on 3310

db_config() {   # node, galera (1) or plain (0)
  local n=$1 galera=$2 dir=$WORK/db$1
  mkdir -p "$dir/data" "$dir/tmp"
  cat > "$dir/my.cnf" <<CNF
[mariadbd]
user = root
datadir = $dir/data
tmpdir = $dir/tmp
socket = $dir/mysqld.sock
pid-file = $dir/mysqld.pid
log-error = $dir/error.log
bind-address = 127.0.0.1
port = $(db_port "$n")
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
max_allowed_packet = 64M
innodb_buffer_pool_size = 128M
innodb_log_file_size = 48M
innodb_flush_log_at_trx_commit = 2
binlog_format = ROW
default_storage_engine = InnoDB
innodb_autoinc_lock_mode = 2
skip-name-resolve
CNF
  if [ "$galera" = 1 ]; then
    cat >> "$dir/my.cnf" <<CNF
# the migrations create triggers: refused to a non-SUPER account under wsrep without this
log_bin_trust_function_creators = 1
wsrep_on = ON
wsrep_provider = /usr/lib/galera/libgalera_smm.so
wsrep_cluster_name = coopera-test
wsrep_cluster_address = gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_node_name = db$n
wsrep_node_address = 127.0.0.1:$((4570 + n))
wsrep_provider_options = "gmcast.listen_addr=tcp://127.0.0.1:$((4570 + n));ist.recv_addr=127.0.0.1:$((4580 + n));gcache.size=256M"
wsrep_sst_receive_address = 127.0.0.1:$((4590 + n))
wsrep_sst_method = mariabackup
wsrep_sst_auth = root:$DB_PASSWORD
CNF
  fi
  mariadb-install-db --defaults-file="$dir/my.cnf" --auth-root-authentication-method=normal >"$dir/install.log" 2>&1
}

db_start() {    # node, extra options...
  local n=$1; shift
  local dir=$WORK/db$n
  mariadbd --defaults-file="$dir/my.cnf" "$@" >>"$dir/stdout.log" 2>&1 &
  echo $! > "$dir/server.pid"
  PIDS+=($!)
}

# administration through the node's socket: a fresh data directory knows root@localhost only, and
# skip-name-resolve makes a loopback TCP connection root@127.0.0.1
db_sql() {      # node, sql
  mariadb --protocol=socket -S "$WORK/db$1/mysqld.sock" -uroot -p"$DB_PASSWORD" -N -B -e "$2"
}
db_sql_initial() {
  mariadb --protocol=socket -S "$WORK/db$1/mysqld.sock" -uroot -N -B -e "$2"
}

db_wait_synced() {  # node, timeout seconds
  local n=$1 limit=${2:-120} i
  for ((i = 0; i < limit * 2; i++)); do
    if [ "$(db_sql "$n" "SHOW STATUS LIKE 'wsrep_local_state'" 2>/dev/null | awk '{print $2}')" = 4 ]; then return 0; fi
    sleep 0.5
  done
  log "db$n did not reach Synced"; tail -30 "$WORK/db$n/error.log"; return 1
}

db_wait_up() {  # node
  local i
  for ((i = 0; i < 240; i++)); do
    db_sql "$1" "SELECT 1" >/dev/null 2>&1 && return 0
    db_sql_initial "$1" "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  log "db$1 did not start"; tail -30 "$WORK/db$1/error.log"; return 1
}

db_prepare() {  # node: root password, haproxy check user, database and application account
  db_sql_initial "$1" "ALTER USER 'root'@'localhost' IDENTIFIED BY '$DB_PASSWORD'; FLUSH PRIVILEGES" 2>/dev/null || true
  db_sql "$1" "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
    CREATE USER IF NOT EXISTS 'haproxy'@'127.0.0.1';
    CREATE DATABASE IF NOT EXISTS coopera CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'coopera'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON coopera.* TO 'coopera'@'127.0.0.1'"
}

# a node that was killed: find its last committed position, then start it so that it rejoins by IST
db_recover_and_start() {
  local n=$1 dir=$WORK/db$1 position
  mariadbd --defaults-file="$dir/my.cnf" --wsrep-recover --log-error="$dir/recover.log" >/dev/null 2>&1 || true
  position=$(grep -o 'Recovered position: .*' "$dir/recover.log" | tail -1 | awk '{print $3}')
  log "db$n recovered position ${position:-none}"
  if [ -n "$position" ]; then db_start "$n" --wsrep-start-position="$position"; else db_start "$n"; fi
}

# --- 3. HAProxy ---------------------------------------------------------------------------------------
haproxy_db() {  # writer first, the others as backups
  cat > "$WORK/haproxy-db.cfg" <<CFG
global
    maxconn 2000
defaults
    mode tcp
    timeout connect 2s
    timeout client 1h
    timeout server 1h
listen galera
    bind 127.0.0.1:3310
    option mysql-check user haproxy
    default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions
$(for n in "$@"; do
    if [ "$n" = "$1" ]; then echo "    server db$n 127.0.0.1:$(db_port "$n") check"; else echo "    server db$n 127.0.0.1:$(db_port "$n") check backup"; fi
  done)
CFG
  haproxy -f "$WORK/haproxy-db.cfg" -D -p "$WORK/haproxy-db.pid"
}

haproxy_app() {
  cat > "$WORK/haproxy-app.cfg" <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 2s
    timeout client 5m
    timeout server 5m
    retries 3
    option redispatch
    retry-on conn-failure empty-response 503
frontend web
    bind 127.0.0.1:8080
    default_backend coopera
backend coopera
    balance roundrobin
    cookie COOPERA_NODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
$(for n in "$@"; do echo "    server app$n 127.0.0.1:$((8080 + n)) check cookie app$n"; done)
CFG
  haproxy -f "$WORK/haproxy-app.cfg" -D -p "$WORK/haproxy-app.pid"
}

stop_haproxy() { for f in "$WORK"/haproxy-*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null; rm -f "$f"; done; sleep 0.5; }

# --- 4. Coopera nodes ---------------------------------------------------------------------------------
app_start() {   # node
  local n=$1
  "$JAVA" -Xmx512m -jar "$JAR" --server.port=$((8080 + n)) \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:3310/coopera" \
    --spring.datasource.username=coopera --spring.datasource.password="$DB_PASSWORD" \
    --spring.datasource.hikari.connection-timeout=3000 \
    --spring.liquibase.contexts=default,demo --coopera.reports.node="app$n" \
    --coopera.shutdown.drain-delay=3s --coopera.security.totp.encryption-key=Y2x1c3Rlci10ZXN0LWtleS0zMi1ieXRlcy0xMjM0NTY= \
    $APP_LOG_OPTS >>"$WORK/app$n.log" 2>&1 &
  echo $! > "$WORK/app$n.pid"
  PIDS+=($!)
}

app_wait_ready() {  # node
  local n=$1 i
  for ((i = 0; i < 480; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:$((8080 + n))/actuator/health/readiness" 2>/dev/null && return 0
    sleep 0.5
  done
  log "app$n not ready"; tail -40 "$WORK/app$n.log"; return 1
}

token() {   # an API token of the demo manager, written straight into the database
  local t; t=cpa_$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)
  local hash; hash=$(printf '%s' "$t" | sha256sum | awk '{print $1}')
  local extra_cols="" extra_vals=""
  if [ "$(db_sql "$1" "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema='coopera' AND table_name='api_token' AND column_name='read_only'")" = 1 ]; then
    extra_cols=", read_only"; extra_vals=", 0"
  fi
  db_sql "$1" "INSERT INTO coopera.api_token (user_id, name, token_hash, token_hint, created_at$extra_cols)
    SELECT id, 'cluster-test-$RUN', '$hash', '${t:0:8}', UTC_TIMESTAMP(6)$extra_vals FROM coopera.user_account WHERE username = 'gestionnaire'"
  echo "$t"
}

phase() { echo "$1" > "$WORK/phase"; log "phase: $1"; }

load() {    # label seconds
  "$JAVA" "$HERE/ClusterLoad.java" load http://127.0.0.1:8080 "$TOKEN" "$RUN" "$USERS" "$2" "$WORK/phase" "$WORK/$1"
}

# === A. baseline: one Coopera node, one plain MariaDB ===================================================
if [ "$BASELINE" = 1 ]; then
  log "A. one Coopera node on one MariaDB $(mariadbd --version | awk '{print $3}')"
  db_config 0 0
  db_start 0; db_wait_up 0; db_prepare 0
  haproxy_db 0
  app_start 1; app_wait_ready 1
  haproxy_app 1
  TOKEN=$(token 0)
  phase baseline; load single "$PHASE_SECONDS"
  kill "$(cat "$WORK/app1.pid")"; wait "$(cat "$WORK/app1.pid")" 2>/dev/null || true
  stop_haproxy
  kill "$(cat "$WORK/db0/server.pid")"; wait "$(cat "$WORK/db0/server.pid")" 2>/dev/null || true
  rm -f "$WORK/phase"
fi

# === B. the cluster ======================================================================================
log "B. two Coopera nodes on a three-node Galera cluster"
for n in 1 2 3; do db_config "$n" 1; done
db_start 1 --wsrep-new-cluster; db_wait_up 1; db_prepare 1; db_wait_synced 1
db_start 2; db_start 3; db_wait_synced 2 300; db_wait_synced 3 300
log "cluster size $(db_sql 1 "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')"
haproxy_db 1 2 3
# both Coopera nodes start together on the empty database: Liquibase must run once
app_start 1; app_start 2
app_wait_ready 1; app_wait_ready 2
haproxy_app 1 2
log "changesets applied: $(db_sql 1 "SELECT COUNT(*) FROM coopera.DATABASECHANGELOG"), distinct: $(db_sql 1 "SELECT COUNT(DISTINCT ID, AUTHOR, FILENAME) FROM coopera.DATABASECHANGELOG")"
TOKEN=$(token 1)

( # the faults, while the load runs
  phase steady; sleep "$PHASE_SECONDS"
  phase kill-db-writer; kill -9 "$(cat "$WORK/db1/server.pid")"; log "db1 killed (-9)"
  sleep "$PHASE_SECONDS"
  phase db-writer-back; db_recover_and_start 1; db_wait_synced 1 300 && log "db1 synced again"
  sleep "$PHASE_SECONDS"
  phase sigterm-app; kill -TERM "$(cat "$WORK/app1.pid")"; log "app1 SIGTERM"
  while kill -0 "$(cat "$WORK/app1.pid")" 2>/dev/null; do sleep 0.2; done; log "app1 exited"
  app_start 1; app_wait_ready 1 && log "app1 ready again"
  sleep 5
  phase database-down
  for n in 3 2 1; do kill -TERM "$(cat "$WORK/db$n/server.pid")"; sleep 1; done
  for n in 3 2 1; do while kill -0 "$(cat "$WORK/db$n/server.pid")" 2>/dev/null; do sleep 0.2; done; done
  log "whole database stopped"
  sleep "$OUTAGE_SECONDS"
  phase database-back
  db_start 1 --wsrep-new-cluster; db_wait_up 1; db_wait_synced 1
  date +%s%3N > "$WORK/database-back.ms"; log "database back (db1 bootstrapped)"
  db_start 2; db_start 3
  sleep "$PHASE_SECONDS"
  phase end
) &
FAULTS=$!
START_MS=$(date +%s%3N); echo "$START_MS" > "$WORK/load-start.ms"
# until the faults' last phase ("end"), at most this long: a node restarting under load can take minutes
load cluster $((PHASE_SECONDS * 4 + OUTAGE_SECONDS + 600))
wait $FAULTS || true
db_wait_synced 2 300 || true; db_wait_synced 3 300 || true

# === C. verdict ===========================================================================================
log "verifying the ledger"
VERIFY=0
"$JAVA" "$HERE/ClusterLoad.java" verify http://127.0.0.1:8080 "$TOKEN" "$RUN" "$WORK/cluster" || VERIFY=$?
# recovery after the database returned: from database-back to the first successful write after it
BACK_MS=$(( $(cat "$WORK/database-back.ms") - START_MS ))
RECOVERY_MS=$(awk -F, -v back="$BACK_MS" 'NR > 1 && $4 == "write" && $5 >= 200 && $5 < 300 && $1 >= back { if (min == "" || $2 < min) min = $2 } END { print (min == "" ? -1 : min - back) }' "$WORK/cluster/requests.csv")
log "first write after the database returned: ${RECOVERY_MS} ms"
for n in 1 2 3; do echo "db$n: $(db_sql "$n" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | awk '{print $2}') size $(db_sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | awk '{print $2}')"; done | tee -a "$WORK/events.log"

{
  echo "# Cluster test $(date -u +%FT%TZ)"
  echo
  echo "Machine: $(nproc) cores; load at the end: $(uptime | sed 's/.*load average: //'); $USERS users, $PHASE_SECONDS s per phase, database outage $OUTAGE_SECONDS s."
  echo
  [ -f "$WORK/single/summary.csv" ] && { echo "## One node, one MariaDB"; echo; echo '```'; cat "$WORK/single/summary.csv"; echo '```'; echo; }
  echo "## Two nodes, three-node Galera, with faults"; echo; echo '```'; cat "$WORK/cluster/summary.csv"; echo '```'; echo
  echo "Ledger: $(cat "$WORK/cluster/verify.txt" 2>/dev/null)"
  echo "Recovery after the database returned: ${RECOVERY_MS} ms to the first successful write."
  echo; echo "## Events"; echo; echo '```'; cat "$WORK/events.log"; echo '```'
} > "$WORK/report.md"
cat "$WORK/report.md"

fail=0
[ "$VERIFY" = 0 ] || { echo "cluster: FAILED: acknowledged writes lost or duplicated"; fail=1; }
[ "$RECOVERY_MS" -ge 0 ] && [ "$RECOVERY_MS" -le 10000 ] || { echo "cluster: FAILED: no write within 10 s of the database's return"; fail=1; }
exit $fail
