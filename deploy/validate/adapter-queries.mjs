// Turns the prometheus-adapter rule found in rendered manifests (a ConfigMap with a config.yaml of `rules`) into
// a `promtool test rules` file: its query, with the adapter's template fields filled the way the adapter fills
// them for one pod, must give that pod's p95 of API requests and ignore the slow actuator and SSE requests.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, parseAllDocuments } from 'yaml';

const [manifests, out] = process.argv.slice(2);
const tests = [];
for (const doc of parseAllDocuments(readFileSync(manifests, 'utf8'))) {
	const object = doc.toJS();
	if (object?.kind !== 'ConfigMap' || !object.data?.['config.yaml']) continue;
	for (const rule of parse(object.data['config.yaml']).rules ?? []) {
		const series = /^(\w+)/.exec(rule.seriesQuery)[1];
		const expr = rule.metricsQuery
			.replaceAll('<<.Series>>', series)
			.replaceAll('<<.LabelMatchers>>', 'namespace="aura360",pod="aura360-gateway-0"')
			.replaceAll('<<.GroupBy>>', 'namespace, pod');
		if (expr.includes('<<')) throw new Error(`${rule.name.as}: unknown template field in ${rule.metricsQuery}`);
		tests.push({ interval: '1m', input_series: inputFor(series), promql_expr_test: [
			{ expr, eval_time: '5m', exp_samples: [{ labels: '{namespace="aura360", pod="aura360-gateway-0"}', value: 0.475 }] },
		] });
	}
}
if (!tests.length) throw new Error(`${manifests}: no prometheus-adapter rules`);
writeFileSync(out, JSON.stringify({ rule_files: [], tests }, null, 1));
console.log(`${tests.length} prometheus-adapter rule(s): test written to ${out}`);

/**
 * One pod whose API requests all take under 0.5 s (p95 0.475 s by linear interpolation) while its probes and
 * an SSE stream take a minute.
 */
function inputFor(series) {
	const pod = 'application="aura360-gateway",namespace="aura360",pod="aura360-gateway-0"';
	const bucket = (uri, le, values) => ({ series: `${series}{${pod},uri="${uri}",le="${le}"}`, values });
	return [
		bucket('/api/v1/holistic/advice', '0.5', '0+60x10'),
		bucket('/api/v1/holistic/advice', '+Inf', '0+60x10'),
		...['/actuator/health/readiness', '/readyz', '/livez', '/api/v1/holistic/requests/{id}/events'].flatMap((uri) => [
			bucket(uri, '0.5', '0x10'),
			bucket(uri, '+Inf', '0+60x10'),
		]),
	];
}
