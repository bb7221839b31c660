#!/usr/bin/env bash
# Resident memory of `./aura360 serve` with a large knowledge base, against the same server with the starter
# knowledge base only, measured in the same run. Usage: bench/memory.sh [--quick] [--chunks N] [--seconds N]
#   Two fresh homes: one gets N synthetic chunks written into its served collection first (bench fill-collection:
#   clustered vectors, ~600 characters of en/es text each; default 100,000, 10,000 with --quick), the other only the
#   starter knowledge base the server loads itself. Each server is started, driven by bench/load.sh (--quick
#   warm-up, then --seconds of advice at 32 connections: filtered hybrid searches over the whole collection), and
#   measured at the end: VmRSS and VmHWM (peak) of the JVM, the PSS of the embedded PostgreSQL's processes.
# Prints key=value: chunks, rss_jvm_mb, peak_jvm_mb, pss_db_mb, rss_total_mb for the large base, the same with
# _starter for the baseline, rss_jvm_ratio (large / starter), heap_committed_mb, heap_used_mb and heap_max_mb of the
# large run, collection_chunks (what the collection held after the fill) and fill_seconds.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
chunks=100000; seconds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) chunks=10000; seconds=10; shift ;;
    --chunks) chunks="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: bench/memory.sh [--quick] [--chunks N] [--seconds N]" >&2; exit 2 ;;
  esac
done
java_home="$("$root/.mvn/find-jdk.sh")"
work="$(mktemp -d "${TMPDIR:-/tmp}/aura360-memory.XXXXXX")"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

kib() { sed -n "s/^$2:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$1/status"; }
pss_kib() { sed -n 's/^Pss:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

measure() { # $1 home, $2 key suffix: starts a server on the home, loads it, prints its memory, stops it
  local home="$1" suffix="$2" port log="$work/server$2.log"
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  AURA_HOME="$home" AURA_MANAGEMENT_PORT=$((port + 1)) "$root/aura360" serve --port "$port" >"$log" 2>&1 &
  server=$!
  local deadline=$(( $(date +%s) + 900 ))
  until grep -q ' ready on http' "$log"; do
    if ! kill -0 "$server" 2>/dev/null || [ "$(date +%s)" -ge "$deadline" ]; then
      echo "the server did not start:" >&2; tail -30 "$log" >&2; exit 1
    fi
    sleep 0.2
  done
  AURA_HOME="$home" "$root/bench/load.sh" --url "http://127.0.0.1:$port" --quick --seconds "$seconds" >"$work/load$suffix.txt"
  local postmaster pss=0 p
  postmaster=$(pgrep -f -- "-D $home/postgres/data" | head -1 || true)
  if [ -n "$postmaster" ]; then
    for p in "$postmaster" $(pgrep -P "$postmaster" || true); do pss=$(( pss + $(pss_kib "$p") )); done
  fi
  local rss peak
  rss=$(kib "$server" VmRSS); peak=$(kib "$server" VmHWM)
  echo "rss_jvm_mb$suffix=$(( rss / 1024 ))"
  echo "peak_jvm_mb$suffix=$(( peak / 1024 ))"
  echo "pss_db_mb$suffix=$(( pss / 1024 ))"
  echo "rss_total_mb$suffix=$(( (rss + pss) / 1024 ))"
  echo "advice_rps$suffix=$(sed -n 's/^advice_rps=//p' "$work/load$suffix.txt")"
  echo "errors$suffix=$(sed -n 's/^errors=//p' "$work/load$suffix.txt")"
  if [ -z "$suffix" ]; then
    "$java_home/bin/jcmd" "$server" GC.heap_info 2>/dev/null |
      sed -n 's/.*heap .*committed \([0-9]*\)K, used \([0-9]*\)K.*/heap_committed_mb=\1 heap_used_mb=\2/p' |
      awk '{ split($1, c, "="); split($2, u, "="); printf "heap_committed_mb=%d\nheap_used_mb=%d\n", c[2] / 1024, u[2] / 1024 }'
    "$java_home/bin/jcmd" "$server" VM.flags 2>/dev/null | tr ' ' '\n' |
      awk -F= '/^-XX:MaxHeapSize=/ { printf "heap_max_mb=%d\n", $2 / 1048576 }'
  fi
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

mkdir -p "$work/large" "$work/starter"
AURA_HOME="$work/large" "$root/aura360" token --user "$(cat /proc/sys/kernel/random/uuid)" >/dev/null # builds the jar if needed
"$root/bench/java-main.sh" io.aura360.bench.Bench fill-collection --index "$work/large/index" --chunks "$chunks" |
  grep -E '^(collection_chunks|fill_seconds)='
echo "chunks=$chunks"
measure "$work/large" "" >"$work/large.txt"; cat "$work/large.txt"
measure "$work/starter" "_starter" >"$work/starter.txt"; cat "$work/starter.txt"
awk -F= '{ v[$1] = $2 } END { if (v["rss_jvm_mb_starter"] > 0) printf "rss_jvm_ratio=%.2f\n", v["rss_jvm_mb"] / v["rss_jvm_mb_starter"] }' \
  "$work/large.txt" "$work/starter.txt"
