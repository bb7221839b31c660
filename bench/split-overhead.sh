#!/usr/bin/env bash
# Split mode vs all-in-one, measured in the same run on loopback: sequential advice latency of `./aura360 serve`
# (one process, in-process adapters) and of `serve --service vector|agents|gateway` (three processes, HTTP with
# the service key), one after the other so they never compete for the CPU. Each mode gets a fresh AURA_HOME
# (embedded PostgreSQL, Lucene index) and the same dev JWT secret.
# Usage: bench/split-overhead.sh [--quick]
# Prints key=value lines: both modes' advice p50/p90/p99 (and their HTTP floor), the split/all ratio, the
# internal HTTP calls per request (read from the live agent profiles) and the overhead per call.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
quick=()
if [ "${1:-}" = "--quick" ]; then quick=(--quick); shift; fi

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
all=$(AURA_HOME="$work/all" "$root/bench/advice-latency.sh" "${quick[@]}" "http://localhost:$port")
stop_all

# Split: three processes.
key="bench-$(cat /proc/sys/kernel/random/uuid)"
vport=$(free_port); aport=$(free_port); gport=$(free_port)
AURA_HOME="$work/vector" AURA_SERVICE_KEY="$key" start vector --service vector --port "$vport"
AURA_HOME="$work/agents" AURA_SERVICE_KEY="$key" AURA_VECTOR_URL="http://127.0.0.1:$vport" \
  start agents --service agents --port "$aport"
AURA_HOME="$work/gateway" AURA_SERVICE_KEY="$key" AURA_AGENTS_URL="http://127.0.0.1:$aport" \
  start gateway --service gateway --port "$gport"
await_ready vector; await_ready agents; await_ready gateway
split=$(AURA_HOME="$work/gateway" "$root/bench/advice-latency.sh" "${quick[@]}" "http://localhost:$gport")

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
