#!/usr/bin/env bash
# Builds the bench module (and what it depends on, tests skipped) and runs one of its main classes.
# Usage: bench/java-main.sh CLASS [args...]   e.g. bench/java-main.sh io.aura360.bench.embed.EmbedBenchmark --quick
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cls="$1"; shift
"$root/mvnw" -B -q -pl bench -am package -DskipTests -Dspotless.check.skip=true >&2
cp_file="$root/bench/target/classpath.txt"
"$root/mvnw" -B -q -pl bench dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >&2 ||
  { "$root/mvnw" -B -q -pl bench -am dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2; }
java_home="$("$root/.mvn/find-jdk.sh")"
exec "$java_home/bin/java" -Xmx4g -cp "$root/bench/target/classes:$(cat "$cp_file")" "$cls" "$@"
