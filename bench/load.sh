#!/usr/bin/env bash
# Advice throughput under many-user load, with the liveness probe of the same server as the baseline.
# Usage: bench/load.sh [--quick] [--connections N] [--users N] [--seconds N] [--warm N] [--port P] [--url URL]
#   Without --url it starts `./aura360 serve` on its embedded defaults in a fresh AURA_HOME (first start, then a
#   restart for the later-start time) and stops it at the end; with --url it targets a running server whose dev
#   secret is in $AURA_HOME (default ~/.aura360), and measures the CPU of the process listening on that port.
# A response slower than 30 s is a socket error (wrk --timeout); wrk keeps no latency sample for it.
# Warm-up (default 90 s, --warm N; 5 s with --quick): on two cores the JIT compiler still used a fifth of the machine
# 15 s after the first request, so a shorter warm-up measures the compiler as much as the server.
# Load: wrk (Debian package `wrk`, installed with apt-get when missing) with bench/load/advice.lua: premium dev tokens
# of --users users (default 3000; a third of them get a filled-in profile first), categories mind/body/soul, es/en,
# short messages, one request in 20 from 100 repeat users. Warm-up first (not counted), then liveness, then advice.
# Prints key=value lines: advice_rps, p50/p95/p99_ms, errors (anything but 200, socket errors included; split into status_202, status_other and socket_errors),
# liveness_rps, ratio_vs_liveness, cpu_ms_per_request (JVM + embedded PostgreSQL, from /proc; also split into
# cpu_ms_jvm_per_request and cpu_ms_db_per_request), db_statements_per_request
# (pg_stat_statements calls when the extension can be created, else db_transactions_per_request from
# pg_stat_database; with statements also db_top_N_per_request: the eight statements that cost PostgreSQL the most
# time, in ms and calls per request), and the load average before and after (the machine is shared: compare ratios,
# not absolutes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
connections=32; users=3000; seconds=30; warm=90; quick=false; url=""; port=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true; seconds=10; warm=5; shift ;;
    --connections) connections="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warm) warm="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    *) echo "usage: bench/load.sh [--quick] [--connections N] [--users N] [--seconds N] [--warm N] [--port P] [--url URL]" >&2
       exit 2 ;;
  esac
done
case "$url" in
  ""|http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "refusing to load a non-loopback address: $url" >&2; exit 2 ;;
esac
# shellcheck source=load/wrk.sh
. "$root/bench/load/wrk.sh"
need_wrk
threads=$(wrk_threads "$connections")

work="$(mktemp -d "${TMPDIR:-/tmp}/aura360-load.XXXXXX")"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

home="${AURA_HOME:-$HOME/.aura360}"
start_server() { # sets server (the JVM's pid) and started_s (seconds until ready); not in a subshell
  local begin; begin=$(date +%s.%N)
  AURA_HOME="$home" "$root/aura360" serve --port "$port" >"$work/server.log" 2>&1 &
  server=$!
  # Up to 15 minutes: under a load average of 20 on 2 cores a start took 5.5 minutes.
  local deadline=$(( $(date +%s) + 900 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if grep -q ' ready on http' "$work/server.log"; then
      started_s=$(awk -v b="$begin" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - b }'); return 0
    fi
    if ! kill -0 "$server" 2>/dev/null; then break; fi
    sleep 0.1
  done
  echo "the server did not start:" >&2; tail -30 "$work/server.log" >&2; exit 1
}
stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

if [ -z "$url" ]; then
  home="$work/home"; mkdir -p "$home"
  [ -n "$port" ] || port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  AURA_HOME="$home" "$root/aura360" token --user "$(cat /proc/sys/kernel/random/uuid)" >/dev/null # builds the jar if needed
  start_server; echo "first_start_s=$started_s"
  if [ "$quick" = false ]; then stop_server; start_server; echo "later_start_s=$started_s"; fi
  url="http://127.0.0.1:$port"
  jvm=$server
else
  port="${url##*:}"; port="${port%%/*}"
  jvm=$(ss -ltnpH "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
fi

# The processes whose CPU counts: the JVM and the embedded PostgreSQL of its data directory (postmaster, its
# backends, and through cutime/cstime the children that already exited).
postmaster=$(pgrep -f -- "-D $home/postgres/data" | head -1 || true)
proc_ticks() { # utime + stime of $1 (fields 12, 13 after the command name), with cutime + cstime (14, 15) if $2
  sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk -v kids="${2:-}" '{ t = $12 + $13; if (kids) t += $14 + $15; print t }'
}
jvm_ticks() { proc_ticks "$jvm" | awk '{ s += $1 } END { print s + 0 }'; }
db_ticks() {
  [ -n "$postmaster" ] || { echo 0; return; }
  { proc_ticks "$postmaster" yes; for p in $(pgrep -P "$postmaster" || true); do proc_ticks "$p"; done; } |
    awk '{ s += $1 } END { print s + 0 }'
}

pg_port=$(grep -o 'embedded PostgreSQL ready on port [0-9]*' "$work/server.log" 2>/dev/null | grep -o '[0-9]*$' || true)
if [ -z "$pg_port" ] && [ -f "$home/postgres/data/postmaster.pid" ]; then # --url: the running server's own
  pg_port=$(sed -n 4p "$home/postgres/data/postmaster.pid")
fi
psql_q() { psql -X -q -At -h 127.0.0.1 -p "$pg_port" -U postgres -d aura360 -c "$1" 2>/dev/null; }
db_mode=none
if [ -n "$pg_port" ]; then
  if psql_q "create extension if not exists pg_stat_statements" >/dev/null && psql_q "select pg_stat_statements_reset()" >/dev/null; then
    db_mode=statements
  else
    db_mode=transactions
  fi
fi
db_count() {
  case "$db_mode" in
    statements) psql_q "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'aura360'" ;;
    transactions) psql_q "select xact_commit + xact_rollback from pg_stat_database where datname = 'aura360'" ;;
    *) echo 0 ;;
  esac
}

python3 "$root/bench/load/prepare.py" "$url" "$home/jwt-secret" "$users" 0.33 "$work/users.txt"

wrk_advice() { wrk_advice_mix "$url" "$work/users.txt" "$1" "$connections"; }
value() { echo "$2" | sed -n "s/^$1=//p"; }

wrk_advice "${warm}s" >/dev/null # warm-up: JIT, pools, caches
live=$(wrk -t"$threads" -c"$connections" --timeout 30s -d"$(( seconds / 3 > 5 ? seconds / 3 : 5 ))s" -s "$root/bench/load/livez.lua" "$url/livez")

load_before=$(cut -d' ' -f1 /proc/loadavg)
[ "$db_mode" = statements ] && psql_q "select pg_stat_statements_reset()" >/dev/null # the advice run's statements only
jvm_before=$(jvm_ticks); pg_before=$(db_ticks); db_before=$(db_count)
advice=$(wrk_advice "${seconds}s")
jvm_after=$(jvm_ticks); pg_after=$(db_ticks); db_after=$(db_count)
load_after=$(cut -d' ' -f1 /proc/loadavg)

requests=$(value wrk_requests "$advice")
advice_rps=$(awk -v r="$requests" -v s="$(value wrk_seconds "$advice")" 'BEGIN { printf "%.1f", r / s }')
liveness_rps=$(awk -v r="$(value wrk_requests "$live")" -v s="$(value wrk_seconds "$live")" 'BEGIN { printf "%.1f", r / s }')
echo "connections=$connections"
echo "users=$users"
echo "seconds=$seconds"
echo "advice_rps=$advice_rps"
for k in p50_ms p95_ms p99_ms max_ms status_200 status_202; do echo "$k=$(value $k "$advice")"; done
echo "errors=$(( $(value status_202 "$advice") + $(value status_other "$advice") + $(value socket_errors "$advice") ))"
for k in status_other socket_errors; do echo "$k=$(value $k "$advice")"; done
echo "liveness_rps=$liveness_rps"
echo "liveness_p50_ms=$(value p50_ms "$live")"
echo "liveness_errors=$(value errors "$live")"
awk -v a="$advice_rps" -v l="$liveness_rps" 'BEGIN { printf "ratio_vs_liveness=%.4f\n", a / l }'
awk -v j="$(( jvm_after - jvm_before ))" -v d="$(( pg_after - pg_before ))" -v hz="$(getconf CLK_TCK)" -v r="$requests" \
  'BEGIN { printf "cpu_ms_per_request=%.2f\ncpu_ms_jvm_per_request=%.2f\ncpu_ms_db_per_request=%.2f\n", (j + d) * 1000 / hz / r, j * 1000 / hz / r, d * 1000 / hz / r }'
if [ -z "$postmaster" ]; then echo "cpu_scope=jvm-only"; fi
case "$db_mode" in
  statements) awk -v d="$(( db_after - db_before ))" -v r="$requests" 'BEGIN { printf "db_statements_per_request=%.2f\n", d / r }' ;;
  transactions) awk -v d="$(( db_after - db_before ))" -v r="$requests" 'BEGIN { printf "db_transactions_per_request=%.2f\n", d / r }' ;;
esac
if [ "$db_mode" = statements ]; then # where PostgreSQL's time goes: the costliest statements of the advice run
  psql_q "select round((total_exec_time + total_plan_time)::numeric / $requests, 3) || ' ms, ' ||
                 round(calls::numeric / $requests, 2) || ' calls: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 90)
          from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = 'aura360'
          order by total_exec_time + total_plan_time desc limit 8" | awk '{ printf "db_top_%d_per_request=%s\n", NR, $0 }' || true
fi
echo "loadavg_before=$load_before"
echo "loadavg_after=$load_after"
