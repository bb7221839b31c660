#!/usr/bin/env bash
# Chaos run (loopback only, bounded): steady advice load against a real `serve` on a fresh PostgreSQL database
# while parts are taken away in turn. Per fault it prints key=value lines: sent, answered, degraded,
# failed_with_cause, no_http_answer (connection refused while down, or cut by the kill: the request may still complete), lost (accepted but no outcome:
# must be 0), stuck (still open after the completion budget: must be 0) and the p99 of the advice calls that got
# an HTTP answer during the fault. The `none` phase is the baseline of the same run.
# Faults so far: none, kill-9 (the serving process is killed mid-request and restarted).
# Usage: bench/chaos.sh [--quick]   env: CHAOS_PORT (18300), CHAOS_PG (postgresql://postgres@127.0.0.1:5432/postgres)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=40
if [ "${1:-}" = "--quick" ]; then seconds=15; fi
port="${CHAOS_PORT:-18300}"
pg="${CHAOS_PG:-postgresql://postgres@127.0.0.1:5432/postgres}"
case "$pg" in
  *@127.*|*@localhost*|*@\[::1\]*) ;;
  *) echo "refusing a non-loopback database: $pg" >&2; exit 2 ;;
esac
java="$(sh "$root/.mvn/find-jdk.sh")/bin/java"
jar="$root/app/target/aura360.jar"
[ -f "$jar" ] || "$root/mvnw" -B -q -DskipTests package >&2

work="$(mktemp -d)"
db="chaos_$(date +%s)_$$"
psql "$pg" -qc "create database $db" >/dev/null
dburl="jdbc:postgresql://127.0.0.1:5432/$db"
sql() { psql "${pg%/*}/$db" -tAqc "$1"; }
server=""
cleanup() {
  [ -n "$server" ] && kill -9 "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  psql "$pg" -qc "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

export AURA_HOME="$work/home" AURA_DB_URL="$dburl" AURA_DB_USER=postgres
# Short leases so a killed process's jobs are taken over within seconds; a 15 s completion budget.
export SPRING_APPLICATION_JSON='{"aura": {"gateway": {"sync-budget": "10s", "completion-budget": "15s",
  "jobs": {"lease": "4s", "heartbeat": "1s", "poll-interval": "1s"}}}}'

start() {
  "$java" --enable-native-access=ALL-UNNAMED -Xmx1g -jar "$jar" serve --port "$port" >>"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 480); do
    grep -q " ready on http" "$work/serve.log" 2>/dev/null && { : >"$work/serve.log.mark"; return; }
    kill -0 "$server" 2>/dev/null || { tail -20 "$work/serve.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "serve did not start in 240 s" >&2; exit 1
}

# A fault's users: 8 fresh ones (the free tier allows 10 a day each), their tokens made up front.
users() {
  : >"$work/$1.users"
  for _ in $(seq 1 8); do
    u="$(cat /proc/sys/kernel/random/uuid)"
    echo "$u $("$java" -jar "$jar" token --user "$u" --ttl PT1H)" >>"$work/$1.users"
  done
}

# Steady load: 1 request a second for $seconds, each a synchronous advice call (so a kill finds some in flight).
load() {
  fault="$1"; i=0
  mapfile -t pool <"$work/$fault.users"
  : >"$work/$fault.calls"
  for _ in $(seq 1 "$seconds"); do
    read -r u t <<<"${pool[$((i % ${#pool[@]}))]}"
    c=(mind body soul); c=${c[$((i % 3))]}
    ( curl -s -o "$work/$fault.$i.body" -w '%{http_code} %{time_total}\n' --max-time 60 \
        -X POST "http://127.0.0.1:$port/api/v1/holistic/advice" -H "Authorization: Bearer $t" \
        -H 'Content-Type: application/json' \
        -d "{\"user_id\":\"$u\",\"category\":\"$c\",\"metadata\":{\"message\":\"how can I sleep better\"}}" \
        >>"$work/$fault.calls" || true ) &
    i=$((i + 1)); sleep 1
  done
  wait_calls
}
wait_calls() { for p in $(jobs -p); do [ "$p" = "$server" ] || wait "$p" 2>/dev/null || true; done; }

report() {
  fault="$1"; ids="'$(cut -d' ' -f1 "$work/$fault.users" | paste -sd, | sed "s/,/','/g")'"
  # Everything must have ended within the completion budget plus a lease after the load stopped.
  for _ in $(seq 1 60); do
    [ "$(sql "select count(*) from holistic_requests where user_id::text in ($ids) and status in ('PENDING','PROCESSING')")" = 0 ] && break
    sleep 1
  done
  accepted=$(grep -lE '"request_id"' "$work/$fault".*.body 2>/dev/null | xargs -r cat | grep -o '"request_id":"[^"]*"' | cut -d'"' -f4 | sort -u)
  lost=0
  for id in $accepted; do
    [ "$(sql "select count(*) from holistic_requests where id = '$id' and status in ('COMPLETED','FAILED')")" = 1 ] || lost=$((lost + 1))
  done
  sent=$(wc -l <"$work/$fault.calls")
  echo "fault=$fault"
  echo "$fault.sent=$sent"
  echo "$fault.answered=$(sql "select count(*) from holistic_requests where user_id::text in ($ids) and status = 'COMPLETED' and not degraded")"
  echo "$fault.degraded=$(sql "select count(*) from holistic_requests where user_id::text in ($ids) and status = 'COMPLETED' and degraded")"
  echo "$fault.failed_with_cause=$(sql "select count(*) from holistic_requests where user_id::text in ($ids) and status = 'FAILED' and error_type is not null")"
  echo "$fault.no_http_answer=$(awk '$1 == "000"' "$work/$fault.calls" | wc -l)"
  echo "$fault.lost=$lost"
  echo "$fault.stuck=$(sql "select count(*) from holistic_requests where user_id::text in ($ids) and status in ('PENDING','PROCESSING')")"
  echo "$fault.responses_per_request_max=$(sql "select coalesce(max(n), 0) from (select count(*) n from holistic_responses s join holistic_requests r on r.id = s.request_id where r.user_id::text in ($ids) group by s.request_id) x")"
  awk '$1 != "000" { printf "%.1f\n", $2 * 1000 }' "$work/$fault.calls" | sort -n |
    awk -v f="$fault" '{ v[NR] = $1 } END { r = int(0.99 * NR + 0.999999); if (r < 1) r = 1; printf "%s.p99_ms=%.1f\n", f, (NR ? v[r] : 0) }'
}

start
users none; users kill-9

load none
report none

# kill -9 a third into the window, with calls in flight; restart at once; the load goes on meanwhile.
( sleep $((seconds / 3)); kill -9 "$server"; echo killed >"$work/killed" ) &
killer=$!
load kill-9 &
loader=$!
wait "$killer"
wait "$server" 2>/dev/null || true
start
wait "$loader"
report kill-9

none_p99=$(grep -h . /dev/null; awk '$1 != "000" { print $2 }' "$work/none.calls" | sort -n | awk '{ v[NR] = $1 } END { r = int(0.99 * NR + 0.999999); print (NR ? v[r] : 0) }')
kill_p99=$(awk '$1 != "000" { print $2 }' "$work/kill-9.calls" | sort -n | awk '{ v[NR] = $1 } END { r = int(0.99 * NR + 0.999999); print (NR ? v[r] : 0) }')
awk -v k="$kill_p99" -v n="$none_p99" 'BEGIN { printf "kill-9.p99_over_none=%.1f\n", (n > 0 ? k / n : 0) }'
