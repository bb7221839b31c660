#!/usr/bin/env bash
# Tunes and compares hybrid fusion methods (RRF, CombSUM, CombMNZ per language relation) and the bge query
# instruction on the DEV half of knowledge/eval and the external BEIR sets; never on the test half.
# Usage: bench/retrieval-fusion-sweep.sh [--external DIR] [--sets a,b] [--sample-sets medquad-dev] [--quick]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
exec "$root/bench/java-main.sh" io.aura360.bench.Bench retrieval-fusion-sweep --knowledge "$root/knowledge" "$@"
