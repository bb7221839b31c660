#!/usr/bin/env bash
# Ingestion throughput (chunks/s) vs the embedding ceiling measured in the same run (target ratio >= 0.85).
# Usage: bench/ingest.sh [--quick] [--help]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/bench/java-main.sh" io.aura360.bench.Bench ingest --knowledge "$root/knowledge" "$@"
