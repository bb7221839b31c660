#!/usr/bin/env bash
# Chaos run (loopback only, bounded): steady advice load against the three services in split mode while parts are
# taken away in turn. Everything it uses is its own and on 127.0.0.1: a PostgreSQL cluster it initialises in a
# temporary directory (never the machine's shared server), a redis-server, a model endpoint (answering, or hanging
# during the model-hang fault) and a fault
# proxy between the gateway and the agents (bench/chaos_fakes.py), and `serve --service vector|agents|gateway`.
#
# Faults, each in its own window of load (one synchronous advice call a second), taken away a third into the
# window and given back two thirds in (or at once, for the restarts):
#   none              the baseline of the same run
#   vector-down       the vector service stopped, then started again
#   model-hang        the hosted model accepts and never answers, and every profile's first step asks it
#   agents-5xx        the proxy answers every call to the agents 503
#   redis-down        redis-server shut down, then started again
#   postgres-restart  PostgreSQL stopped (fast) and started again 3 s later
#   kill-9            the gateway killed with SIGKILL mid-request and started again at once
#
# Per fault it prints key=value lines and, at the end, a table: sent, answered (completed, not degraded),
# degraded, failed_with_cause (FAILED with an error type), not_accepted (no request row: refused while a part was
# down, or cut before the row was written; the client got an error or no answer), lost (a request_id the client was
# given that never ended: must be 0), stuck (a request still open after the completion budget and a lease: must be
# 0), max_responses (most response rows of one request: must be 1) and p99_ms of the calls that got an HTTP answer.
# Usage: bench/chaos.sh [--quick]   (40 s windows; --quick: 15 s)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=40 per_fault=8
if [ "${1:-}" = "--quick" ]; then seconds=15 per_fault=5; fi
faults=(none vector-down model-hang agents-5xx redis-down postgres-restart kill-9)

java="$(sh "$root/.mvn/find-jdk.sh")/bin/java"
jar="$root/app/target/aura360.jar"
[ -f "$jar" ] || "$root/mvnw" -B -q -DskipTests package >&2
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

work="$(mktemp -d)"
chmod 755 "$work" # the postgres user reaches its data directory below
cleanup() {
  for pidfile in "$work"/*.pid; do
    if [ -f "$pidfile" ]; then kill -9 "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  as_postgres "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# initdb and postgres refuse to run as root
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# ---- the parts -----------------------------------------------------------------------------------------------
pgport=$(free_port); rport=$(free_port); mport=$(free_port); pport=$(free_port)
vport=$(free_port); aport=$(free_port); gport=$(free_port)

mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres "$work/pg"
as_postgres "$pgbin/initdb" -D "$work/pg/data" -A trust -U postgres >/dev/null
postgres_ctl() {
  as_postgres "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
    -o "-p $pgport -k $work/pg -c listen_addresses=127.0.0.1" "$@" >/dev/null
}
postgres_ctl start
sql() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d chaos -tAqc "$1"; }
psql -h 127.0.0.1 -p "$pgport" -U postgres -qc "create database chaos" >/dev/null

redis_start() {
  redis-server --bind 127.0.0.1 --port "$rport" --save '' --appendonly no >>"$work/redis.log" 2>&1 &
  echo $! >"$work/redis.pid"
  for _ in $(seq 1 50); do redis-cli -p "$rport" ping >/dev/null 2>&1 && return; sleep 0.1; done
}
redis_start
: >"$work/model.mode"
python3 "$root/bench/chaos_fakes.py" model "$mport" "$work/model.mode" 2>>"$work/fakes.log" &
echo $! >"$work/model.pid"
: >"$work/agents.mode"
python3 "$root/bench/chaos_fakes.py" proxy "$pport" "$aport" "$work/agents.mode" 2>>"$work/fakes.log" &
echo $! >"$work/proxy.pid"

AURA_SERVICE_KEY="chaos-$(cat /proc/sys/kernel/random/uuid)"
export AURA_SERVICE_KEY
mkdir -p "$work/vector" "$work/agents" "$work/gateway"
# Short leases so a killed gateway's jobs are taken over within seconds; the default 60 s completion budget (a
# loaded 2-core machine answers in tens of seconds even without a fault).
budget=60
gateway_settings='{"aura": {"gateway": {"sync-budget": "10s", "completion-budget": "'$budget's",
  "jobs": {"lease": "4s", "heartbeat": "1s", "poll-interval": "1s"}}}}'

# start NAME: one service in the background, its log per start (so a restart waits for its own "ready")
start() {
  local name="$1" log
  log="$work/$1.$(date +%s%N).log"
  case "$name" in
    vector) env AURA_HOME="$work/vector" "$java" --enable-native-access=ALL-UNNAMED -Xmx1500m -jar "$jar" \
              serve --service vector --port "$vport" >"$log" 2>&1 & ;;
    agents) env AURA_HOME="$work/agents" AURA_VECTOR_URL="http://127.0.0.1:$vport" \
              AURA_REDIS_URL="redis://127.0.0.1:$rport" AURA_LLM_PROVIDER=openai \
              AURA_LLM_BASE_URL="http://127.0.0.1:$mport/v1" AURA_LLM_MODEL=wedged-model AURA_LLM_API_KEY=chaos \
              "$java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$jar" \
              serve --service agents --port "$aport" >"$log" 2>&1 & ;;
    gateway) env AURA_HOME="$work/gateway" AURA_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/chaos" \
              AURA_DB_USER=postgres AURA_AGENTS_URL="http://127.0.0.1:$pport" \
              AURA_REDIS_URL="redis://127.0.0.1:$rport" SPRING_APPLICATION_JSON="$gateway_settings" \
              "$java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$jar" \
              serve --service gateway --port "$gport" >"$log" 2>&1 & ;;
  esac
  echo $! >"$work/$name.pid"
  for _ in $(seq 1 600); do
    grep -q " ready on http" "$log" 2>/dev/null && return
    kill -0 "$(cat "$work/$name.pid")" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name did not start in 300 s" >&2; exit 1
}
stop() { kill "-${2:-TERM}" "$(cat "$work/$1.pid")"; while kill -0 "$(cat "$work/$1.pid")" 2>/dev/null; do sleep 0.2; done; }

start vector; start agents; start gateway

# ---- faults: inject_NAME a third into the window, repair_NAME two thirds in ---------------------------------
inject_none() { :; }
repair_none() { :; }
inject_vector-down() { stop vector; }
repair_vector-down() { start vector; }
# The model hangs from the moment the first steps ask for it until they no longer do.
inject_model-hang() {
  echo hang >"$work/model.mode"
  sql "create table if not exists chaos_pipelines as select name, pipeline from holistic_agent_profiles"
  sql "update holistic_agent_profiles set pipeline = jsonb_set(pipeline, '{0,model}', '\"default\"')"
}
repair_model-hang() {
  sql "update holistic_agent_profiles p set pipeline = s.pipeline from chaos_pipelines s where s.name = p.name"
  : >"$work/model.mode"
}
inject_agents-5xx() { echo 5xx >"$work/agents.mode"; }
repair_agents-5xx() { : >"$work/agents.mode"; }
inject_redis-down() { redis-cli -p "$rport" shutdown nosave >/dev/null 2>&1 || true; }
repair_redis-down() { redis_start; }
inject_postgres-restart() { postgres_ctl -m fast stop; sleep 3; postgres_ctl start; }
repair_postgres-restart() { :; }
inject_kill-9() { stop gateway KILL; start gateway; }
repair_kill-9() { :; }

# ---- load and report -----------------------------------------------------------------------------------------
# A fault's users: fresh ones (the free tier allows 10 a day each), their tokens made up front, in parallel.
users() {
  local u tokens=()
  for _ in $(seq 1 "$2"); do
    u="$(cat /proc/sys/kernel/random/uuid)"
    ( echo "$u $(AURA_HOME="$work/gateway" "$java" -jar "$jar" token --user "$u" --ttl PT1H)" >>"$work/$1.users" ) &
    tokens+=($!)
  done
  wait "${tokens[@]}"
}

# One synchronous advice call a second for $seconds (so faults and kills find some in flight).
load() {
  local fault="$1" i=0 u t c calls=() categories=(mind body soul)
  mapfile -t pool <"$work/$fault.users"
  : >"$work/$fault.calls"
  for _ in $(seq 1 "$seconds"); do
    read -r u t <<<"${pool[$((i % ${#pool[@]}))]}"
    c=${categories[$((i % 3))]}
    ( curl -s -o "$work/$fault.$i.body" -w '%{http_code} %{time_total}\n' --max-time 60 \
        -X POST "http://127.0.0.1:$gport/api/v1/holistic/advice" -H "Authorization: Bearer $t" \
        -H 'Content-Type: application/json' \
        -d "{\"user_id\":\"$u\",\"category\":\"$c\",\"metadata\":{\"message\":\"how can I sleep better\"}}" \
        >>"$work/$fault.calls" || true ) &
    calls+=($!)
    i=$((i + 1)); sleep 1
  done
  wait "${calls[@]}"
}

report() {
  local fault="$1" ids accepted lost=0 where
  ids="'$(cut -d' ' -f1 "$work/$fault.users" | paste -sd, | sed "s/,/','/g")'"
  where="user_id::text in ($ids)"
  # Everything must have ended within the completion budget plus a lease after the load stopped.
  for _ in $(seq 1 $((budget + 10))); do
    [ "$(sql "select count(*) from holistic_requests where $where and status in ('PENDING','PROCESSING')")" = 0 ] && break
    sleep 1
  done
  accepted=$(cat "$work/$fault".*.body 2>/dev/null | grep -o '"request_id":"[^"]*"' | cut -d'"' -f4 | sort -u)
  for id in $accepted; do
    [ "$(sql "select count(*) from holistic_requests where id = '$id' and status in ('COMPLETED','FAILED')")" = 1 ] ||
      lost=$((lost + 1))
  done
  local sent rows
  sent=$(wc -l <"$work/$fault.calls")
  rows=$(sql "select count(*) from holistic_requests where $where")
  echo "fault=$fault"
  echo "$fault.sent=$sent"
  echo "$fault.answered=$(sql "select count(*) from holistic_requests where $where and status = 'COMPLETED' and not degraded")"
  echo "$fault.degraded=$(sql "select count(*) from holistic_requests where $where and status = 'COMPLETED' and degraded")"
  echo "$fault.failed_with_cause=$(sql "select count(*) from holistic_requests where $where and status = 'FAILED' and error_type is not null")"
  echo "$fault.causes=$(sql "select coalesce(string_agg(error_type || ':' || n, ','), '-') from (select error_type, count(*) n from holistic_requests where $where and status = 'FAILED' group by 1 order by 1) x")"
  echo "$fault.not_accepted=$((sent - rows))"
  echo "$fault.http_statuses=$(cut -d' ' -f1 "$work/$fault.calls" | sort | uniq -c | awk '{ printf "%s%s:%s", (NR > 1 ? "," : ""), $2, $1 }')"
  echo "$fault.lost=$lost"
  echo "$fault.stuck=$(sql "select count(*) from holistic_requests where $where and status in ('PENDING','PROCESSING')")"
  echo "$fault.max_responses=$(sql "select coalesce(max(n), 0) from (select count(*) n from holistic_responses s join holistic_requests r on r.id = s.request_id where r.$where group by s.request_id) x")"
  awk '$1 != "000" { printf "%.1f\n", $2 * 1000 }' "$work/$fault.calls" | sort -n |
    awk -v f="$fault" '{ v[NR] = $1 } END { r = int(0.99 * NR + 0.999999); if (r < 1) r = 1; printf "%s.p99_ms=%.0f\n", f, (NR ? v[r] : 0) }'
}

for fault in warm-up "${faults[@]}"; do : >"$work/$fault.users"; users "$fault" "$per_fault"; done

# Warm-up, not reported: one call per category, one after the other, so the baseline is not the JIT's.
while read -r u t; do
  for c in mind body soul; do
    curl -s -o /dev/null --max-time 120 -X POST "http://127.0.0.1:$gport/api/v1/holistic/advice" \
      -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
      -d "{\"user_id\":\"$u\",\"category\":\"$c\"}" || true
  done
done < <(head -1 "$work/warm-up.users")

for fault in "${faults[@]}"; do
  ( sleep $((seconds / 3)); "inject_$fault"; sleep $((seconds / 3)); "repair_$fault" ) >>"$work/faults.log" 2>&1 &
  injector=$!
  load "$fault"
  wait "$injector" || { echo "$fault: injecting or repairing failed" >&2; tail -20 "$work/faults.log" >&2; exit 1; }
  report "$fault" | tee "$work/$fault.report"
done

echo
echo "| fault | sent | answered | degraded | failed with cause | not accepted | lost | stuck | max responses | p99 |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for fault in "${faults[@]}"; do
  v() { sed -n "s/^$fault\.$1=//p" "$work/$fault.report"; }
  echo "| $fault | $(v sent) | $(v answered) | $(v degraded) | $(v failed_with_cause) | $(v not_accepted) | $(v lost) | $(v stuck) | $(v max_responses) | $(v p99_ms) ms |"
done
