#!/usr/bin/env bash
# HNSW vs exact search at 100k x 384 clustered vectors (20k with --quick): recall@10 unfiltered and with a
# category+locale filter, queries/s ratio and p50/p99 latency. Options: --quick, --m M, --beam B, --ef EF, --help.
set -euo pipefail
exec "$(cd "$(dirname "$0")" && pwd)/java-main.sh" io.aura360.bench.Bench search "$@"
