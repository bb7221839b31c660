#!/usr/bin/env bash
# Embedding throughput: our provider vs a raw ONNX Runtime session call on the same batch (target ratio >= 0.9).
# Usage: bench/embed.sh [--quick] [--batch N] [--help]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
exec "$root/bench/java-main.sh" io.aura360.bench.Bench embed --knowledge "$root/knowledge" "$@"
