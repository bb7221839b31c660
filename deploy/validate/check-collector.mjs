// Checks an OpenTelemetry Collector config the way the collector does before it starts: every pipeline names
// receivers, processors and exporters that are configured, of component types the contrib distribution has,
// every configured component is used, memory_limiter runs first and batch last. (No collector binary ships
// through apt, npm or Maven Central, so this is the validation CI can run.)
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

// The components of otelcol-contrib that this config may use; extend when a new one is needed.
const KNOWN = {
	receivers: ['otlp', 'fluentforward', 'prometheus', 'filelog', 'hostmetrics'],
	processors: ['memory_limiter', 'batch', 'resource', 'attributes', 'transform', 'filter', 'groupbyattrs', 'tail_sampling',
		'k8sattributes'],
	exporters: ['otlp', 'otlphttp', 'prometheus', 'prometheusremotewrite', 'debug'],
	extensions: ['health_check', 'pprof', 'zpages'],
};
const SIGNALS = ['traces', 'metrics', 'logs'];

const file = process.argv[2];
const config = parse(readFileSync(file, 'utf8'));
const problems = [];
const used = { receivers: new Set(), processors: new Set(), exporters: new Set() };

for (const kind of Object.keys(KNOWN)) {
	for (const id of Object.keys(config[kind] ?? {})) {
		const type = id.split('/')[0];
		if (!KNOWN[kind].includes(type)) problems.push(`${kind}.${id}: unknown component type ${type}`);
	}
}
const pipelines = config.service?.pipelines ?? {};
if (!Object.keys(pipelines).length) problems.push('service.pipelines is empty');
for (const [name, pipeline] of Object.entries(pipelines)) {
	if (!SIGNALS.includes(name.split('/')[0])) problems.push(`pipeline ${name}: not traces, metrics or logs`);
	for (const kind of ['receivers', 'processors', 'exporters']) {
		const ids = pipeline[kind] ?? [];
		if (kind !== 'processors' && !ids.length) problems.push(`pipeline ${name}: no ${kind}`);
		for (const id of ids) {
			if (!(id in (config[kind] ?? {}))) problems.push(`pipeline ${name}: ${kind} ${id} is not configured`);
			used[kind].add(id);
		}
	}
	const processors = pipeline.processors ?? [];
	if (processors.length && processors[0] !== 'memory_limiter') problems.push(`pipeline ${name}: memory_limiter must come first`);
	if (processors.length && processors.at(-1) !== 'batch') problems.push(`pipeline ${name}: batch must come last`);
}
for (const kind of Object.keys(used)) {
	for (const id of Object.keys(config[kind] ?? {})) {
		if (!used[kind].has(id)) problems.push(`${kind}.${id} is configured but in no pipeline`);
	}
}
for (const id of config.service?.extensions ?? []) {
	if (!(id in (config.extensions ?? {}))) problems.push(`service.extensions: ${id} is not configured`);
}
if (problems.length) {
	console.error(`${file}:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(`${file}: ${Object.keys(pipelines).length} pipelines valid`);
