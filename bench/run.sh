#!/usr/bin/env bash
# Benchmarks and evaluations. Usage: bench/run.sh NAME [--quick] [args]
#   agents-eval      the agents scenario set through the real pipeline and knowledge base (table; CI gates it)
#   crisis-eval      the crisis detector on the held-out dev set and ordinary requests (gated) and the frozen test
#                    sets (reported): recall, false alarms and p50 latency per layer and combined, per language, per
#                    category, tricks slice; --pooled: the development sets each left out of training
#                    (how training choices are decided), without the frozen sets
#   advice-latency   sequential advice latency against a running ./aura360 serve, vs the HTTP floor
#   load             many-user advice throughput with wrk (starts ./aura360 serve), vs liveness in the same run
#   memory           resident memory of the server with 100,000 chunks indexed (--quick: 10,000) under load, vs the
#                    same server with the starter knowledge base only (bench/memory.sh)
#   chaos            steady load against the split services while parts are taken away in turn (vector down,
#                    hanging model, agents 5xx, Redis down, PostgreSQL restart, kill -9): per fault sent,
#                    answered, degraded, failed with cause, not accepted, lost, stuck, p99 (bench/chaos.sh)
#   embed | search | ingest | retrieval-quality | retrieval-fusion-sweep | split-overhead
#                    bench/NAME.sh: key=value lines, each with the baseline measured in the same run
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
name="${1:-}"; shift || true
case "$name" in
  agents-eval)
    # verify, not test: the app tests need the gateway's test-jar as packaged (the whole test-classes directory
    # brings a second Spring Boot application onto their classpath).
    "$root/mvnw" -B -q -pl app -am verify -DskipITs -Dtest=AgentsEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null ||
      { cat "$root/app/target/agents-eval.txt" 2>/dev/null; echo "agents-eval: gates failed" >&2; exit 1; }
    cat "$root/app/target/agents-eval.txt" ;;
  crisis-eval)
    if [ "${1:-}" = "--pooled" ]; then
      "$root/mvnw" -B -q -pl agents -am test -Dtest=CrisisPooledStudy -Dsurefire.failIfNoSpecifiedTests=false \
        -Dcrisis.eval.pooled=true >/dev/null || { echo "crisis-eval --pooled failed" >&2; exit 1; }
      cat "$root/agents/target/crisis-pooled.txt"; exit 0
    fi
    "$root/mvnw" -B -q -pl agents -am test -Dtest=CrisisEvaluationGateTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dcrisis.eval.test=true >/dev/null ||
      { cat "$root/agents/target/crisis-eval.txt" 2>/dev/null; echo "crisis-eval: dev gates failed" >&2; exit 1; }
    cat "$root/agents/target/crisis-eval.txt" ;;
  advice-latency|load|memory|chaos|embed|search|ingest|retrieval-quality|retrieval-fusion-sweep|split-overhead)
    [ -x "$root/bench/$name.sh" ] || { echo "bench/$name.sh is not written yet" >&2; exit 2; }
    exec "$root/bench/$name.sh" "$@" ;;
  *)
    echo "usage: bench/run.sh agents-eval|crisis-eval|advice-latency|load|memory|chaos|embed|search|ingest|retrieval-quality|retrieval-fusion-sweep|split-overhead [--quick]" >&2
    exit 2 ;;
esac
