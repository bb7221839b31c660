#!/usr/bin/env bash
# Split mode vs all-in-one, measured in the same run on loopback: sequential advice latency of `./aura360 serve`
# (one process, in-process adapters) and of `serve --service vector|agents|gateway` (three processes, HTTP with
# the service key), one after the other so they never compete for the CPU. Each mode gets a fresh AURA_HOME
# (embedded PostgreSQL, Lucene index) and the same dev JWT secret.
# Usage: bench/split-overhead.sh [--quick] [--warm SECONDS]
# Each mode is warmed up first, the same way: the load benchmark's advice mix (bench/load/advice.lua, premium users)
# through wrk at 8 connections, in 15 s rounds until the JIT compilers settle (their threads used under 5 % of a
# core per JVM in the last round) or --warm seconds (default 240, 10 with --quick) have passed. Three JVMs on two
# cores each compile their own copy of the hot code: after 60 requests the split mode's compilers were still busy
# and the run printed 16 ms per internal call (docs/performance.md, part 13). Each mode's warm-up time is printed.
# Prints key=value lines: both modes' advice p50/p90/p99 (and their HTTP floor), the split/all ratio, the
# internal HTTP calls per request (read from the live agent profiles) and the overhead per call; then, from the
# split services' own metrics over the measured run, each hop's mean time seen by the caller, by the callee, and
# the difference (the hop itself: client, connection, request parsing and the bodies' JSON on both sides).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
quick=(); warm=240
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=(--quick); warm=10; shift ;;
    --warm) warm="$2"; shift 2 ;;
    *) echo "usage: bench/split-overhead.sh [--quick] [--warm SECONDS]" >&2; exit 2 ;;
  esac
done
# shellcheck source=load/wrk.sh
. "$root/bench/load/wrk.sh"
need_wrk

# Latency is measured, not budgeted: a slow answer must not turn into a 202 on a loaded machine.
export AURA_SYNC_BUDGET_MS=30000
work="$(mktemp -d "${TMPDIR:-/tmp}/aura360-split-bench.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() { # $1 = log name, rest = serve arguments; env comes from the caller
  "$root/aura360" serve "${@:2}" >"$work/$1.log" 2>&1 &
  pids+=("$!")
}

await_ready() { # $1 = log name
  for _ in $(seq 1 480); do
    grep -q ' ready on http' "$work/$1.log" 2>/dev/null && return 0
    if grep -q 'could not start' "$work/$1.log" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "$1 did not start:" >&2; tail -30 "$work/$1.log" >&2; exit 1
}

jit_ticks() { # CPU ticks of the JIT compiler threads of the JVMs $@
  for pid in "$@"; do
    for task in /proc/"$pid"/task/*; do
      case "$(cat "$task/comm" 2>/dev/null)" in
        C1\ CompilerThre*|C2\ CompilerThre*) sed 's/^.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }' ;;
      esac
    done
  done | awk '{ s += $1 } END { print s + 0 }'
}

warm_up() { # $1 = label, $2 = base URL, $3 = the AURA_HOME holding its dev secret, rest = the mode's JVMs
  python3 "$root/bench/load/prepare.py" "$2" "$3/jwt-secret" 300 0.33 "$work/users.txt" >/dev/null
  local spent=0 round=15 jvms=$(( $# - 3 )) before after hz; hz=$(getconf CLK_TCK)
  [ "$warm" -lt "$round" ] && round=$warm
  before=$(jit_ticks "${@:4}")
  while [ "$spent" -lt "$warm" ]; do
    wrk_advice_mix "$2" "$work/users.txt" "${round}s" 8 >/dev/null
    spent=$(( spent + round )); after=$(jit_ticks "${@:4}")
    [ $(( (after - before) * 100 )) -lt $(( round * hz * 5 * jvms )) ] && break # 5 % per JVM
    before=$after
  done
  echo "${1}_warm_up_s=$spent"
}

# Mean seconds of one observed HTTP exchange since the last call, per "side uri": $1 = management port,
# $2 = client|server, $3 = uri. Reads the Prometheus sums and counts; keeps the previous reading in $work.
mean_since() {
  local file="$work/metrics-$1-$2-${3//\//_}"
  local now; now=$(curl -s "http://127.0.0.1:$1/actuator/prometheus" |
    awk -v side="$2" -v uri="$3" '$1 ~ "^http_" side "_requests_seconds_(sum|count)" && index($1, "uri=\"" uri "\"") && index($1, "outcome=\"SUCCESS\"") {
      if ($1 ~ /_sum/) s += $2; else c += $2 } END { printf "%.6f %d\n", s, c }')
  local before; before=$(cat "$file" 2>/dev/null || echo "0 0")
  echo "$now" >"$file"
  awk -v b="$before" -v n="$now" 'BEGIN { split(b, x, " "); split(n, y, " ");
    c = y[2] - x[2]; printf "%.3f\n", (c > 0) ? (y[1] - x[1]) * 1000 / c : 0 }'
}

stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}

"$root/aura360" token --user "$(cat /proc/sys/kernel/random/uuid)" >/dev/null # builds the jar if needed
mkdir -p "$work/all" "$work/gateway" "$work/agents" "$work/vector"
AURA_HOME="$work/all" "$root/aura360" token --user "$(cat /proc/sys/kernel/random/uuid)" >/dev/null
cp "$work/all/jwt-secret" "$work/gateway/jwt-secret" # tokens signed for one mode are valid in the other

# All in one.
port=$(free_port)
AURA_HOME="$work/all" start all --port "$port"
await_ready all
warm_all=$(warm_up all_in_one "http://127.0.0.1:$port" "$work/all" "${pids[@]}")
all=$(AURA_HOME="$work/all" "$root/bench/advice-latency.sh" "${quick[@]}" "http://localhost:$port")
stop_all

# Split: three processes.
key="bench-$(cat /proc/sys/kernel/random/uuid)"
vport=$(free_port); aport=$(free_port); gport=$(free_port)
vmgmt=$(free_port); amgmt=$(free_port); gmgmt=$(free_port)
AURA_HOME="$work/vector" AURA_SERVICE_KEY="$key" start vector --service vector --port "$vport" --management-port "$vmgmt"
AURA_HOME="$work/agents" AURA_SERVICE_KEY="$key" AURA_VECTOR_URL="http://127.0.0.1:$vport" \
  start agents --service agents --port "$aport" --management-port "$amgmt"
AURA_HOME="$work/gateway" AURA_SERVICE_KEY="$key" AURA_AGENTS_URL="http://127.0.0.1:$aport" \
  start gateway --service gateway --port "$gport" --management-port "$gmgmt"
await_ready vector; await_ready agents; await_ready gateway
warm_split=$(warm_up split "http://127.0.0.1:$gport" "$work/gateway" "${pids[@]}")
hops() { # each hop's mean since the last call: caller's view, callee's view
  mean_since "$gmgmt" client /agents/v1/runs; mean_since "$amgmt" server /agents/v1/runs
  mean_since "$amgmt" client /vector/v1/search; mean_since "$vmgmt" server /vector/v1/search
}
hops >/dev/null
split=$(AURA_HOME="$work/gateway" "$root/bench/advice-latency.sh" "${quick[@]}" "http://localhost:$gport")
read -r run_client run_server search_client search_server < <(hops | paste -sd' ')

# Internal HTTP calls per advice request: the agents run (the gateway sends the profiles with it) and one vector
# search per distinct question of a pipeline: advice-latency.sh sends a message, which every step searches for,
# so steps with the same top_k and min_confidence share one search (RequestSearches). advice-latency.sh asks
# mind, body and soul in turn; the pipeline per category with the most distinct searches, read through the admin API.
admin=$(AURA_HOME="$work/gateway" "$root/aura360" token --user "$(cat /proc/sys/kernel/random/uuid)" --scopes admin)
searches=$(curl -s -H "Authorization: Bearer $admin" "http://127.0.0.1:$gport/api/v1/admin/agent-profiles" |
  python3 -c 'import json, sys
profiles = [p for p in json.load(sys.stdin) if p["enabled"]]
def searches(p):
    return len({(s["retrieval"]["top_k"], s["retrieval"].get("min_confidence")) for s in p["pipeline"]})
print(sum(max((searches(p) for p in profiles if p["category"] == c), default=0) for c in ("mind", "body", "soul")))')
stop_all

value() { echo "$2" | sed -n "s/^$1=//p"; }
echo "calls=$(value calls "$all")"
echo "$warm_all"
echo "$warm_split"
for p in p50 p90 p99; do
  echo "all_in_one_advice_${p}_ms=$(value "advice_${p}_ms" "$all")"
  echo "split_advice_${p}_ms=$(value "advice_${p}_ms" "$split")"
done
echo "all_in_one_http_floor_p50_ms=$(value health_p50_ms "$all")"
echo "split_http_floor_p50_ms=$(value health_p50_ms "$split")"
awk -v a="$(value advice_p50_ms "$all")" -v s="$(value advice_p50_ms "$split")" \
    -v a9="$(value advice_p99_ms "$all")" -v s9="$(value advice_p99_ms "$split")" -v searches="$searches" 'BEGIN {
  hops = 1 + searches / 3
  printf "split_over_all_in_one_p50=%.2f\nsplit_over_all_in_one_p99=%.2f\n", s / a, s9 / a9
  printf "internal_http_calls_per_request=%.2f\n", hops
  printf "split_overhead_p50_ms=%.1f\nper_hop_overhead_p50_ms=%.2f\n", s - a, (s - a) / hops
}'
awk -v rc="$run_client" -v rs="$run_server" -v sc="$search_client" -v ss="$search_server" 'BEGIN {
  printf "hop_gateway_agents_caller_mean_ms=%.2f\nhop_gateway_agents_callee_mean_ms=%.2f\nhop_gateway_agents_mean_ms=%.2f\n", rc, rs, rc - rs
  printf "hop_agents_vector_caller_mean_ms=%.2f\nhop_agents_vector_callee_mean_ms=%.2f\nhop_agents_vector_mean_ms=%.2f\n", sc, ss, sc - ss
}'
