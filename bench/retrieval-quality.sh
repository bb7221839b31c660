#!/usr/bin/env bash
# nDCG@10 and recall@10 of BM25, dense and hybrid search on knowledge/eval and on the external BEIR sets.
# Usage: bench/retrieval-quality.sh [--quick] [--split all|dev|test] [--external DIR] [--sets knowledge,medquad-dev,...]
#   DIR defaults to ../shared/eval (absent = skipped)
# --quick samples 150 queries of each external set over their relevant documents plus 800 others.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
exec "$root/bench/java-main.sh" io.aura360.bench.Bench retrieval-quality --knowledge "$root/knowledge" "$@"
