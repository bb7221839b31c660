#!/usr/bin/env bash
# Builds the bench module (and what it depends on, tests skipped) and runs one of its main classes.
# Usage: bench/java-main.sh CLASS [args...]   e.g. bench/java-main.sh io.aura360.bench.Bench embed --quick
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cls="$1"; shift
cp_file="$root/bench/target/classpath.txt"
# One reactor run: packaging and the classpath together, so the project's own modules resolve to their
# target/*.jar without installing anything into ~/.m2 (bench is last in the reactor, so its classpath wins).
"$root/mvnw" -B -q -pl bench -am package dependency:build-classpath -DskipTests -Dspotless.check.skip=true \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >&2
java_home="$("$root/.mvn/find-jdk.sh")"
exec "$java_home/bin/java" -Xmx4g -cp "$root/bench/target/classes:$(cat "$cp_file")" "$cls" "$@"
