// Dashboards as code: `node deploy/grafana/dashboards.mjs` writes dashboards/*.json (Grafana schema 39).
// Edit the panels here, never the JSON; deploy/validate.sh fails when the two differ and checks every query
// with promtool. Metric names are the ones the services publish at /actuator/prometheus.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROMETHEUS = { type: 'prometheus', uid: 'prometheus' };
const RATE = '$__rate_interval';

/** One PromQL query of a panel; `legend` is Grafana's legend format. */
const q = (expr, legend) => ({ expr, legendFormat: legend ?? '__auto' });

const quantiles = (metric, by, selector = '') => [0.5, 0.95, 0.99].map((p) =>
	q(`histogram_quantile(${p}, sum by (${by}, le) (rate(${metric}_bucket${selector}[${RATE}])))`,
		`p${p * 100} {{${by.split(', ').join('}} {{')}}}`));

function timeseries(title, unit, targets, description) {
	return { type: 'timeseries', title, description, unit, targets };
}

function stat(title, unit, target, description) {
	return { type: 'stat', title, description, unit, targets: [target] };
}

/** Lays panels out two per row (stats four per row), numbering ids, as Grafana would store them. */
function layout(panels) {
	let x = 0;
	let y = 0;
	let rowHeight = 0;
	return panels.map((panel, index) => {
		const w = panel.type === 'stat' ? 6 : 12;
		const h = panel.type === 'stat' ? 4 : 8;
		if (x + w > 24) {
			x = 0;
			y += rowHeight;
			rowHeight = 0;
		}
		const gridPos = { h, w, x, y };
		x += w;
		rowHeight = Math.max(rowHeight, h);
		const { unit, targets, description, ...rest } = panel;
		return {
			id: index + 1,
			...rest,
			...(description ? { description } : {}),
			datasource: PROMETHEUS,
			gridPos,
			fieldConfig: { defaults: { unit }, overrides: [] },
			options: panel.type === 'stat' ? { reduceOptions: { calcs: ['lastNotNull'] } }
				: { legend: { displayMode: 'table', placement: 'bottom', calcs: ['mean', 'max'] }, tooltip: { mode: 'multi' } },
			targets: targets.map((target, i) => ({ refId: String.fromCharCode(65 + i), datasource: PROMETHEUS, ...target })),
		};
	});
}

function variable(name, label, query) {
	return {
		name, label, type: 'query', datasource: PROMETHEUS, query,
		definition: query, includeAll: true, multi: true, allValue: '.*', refresh: 2, sort: 1,
		current: { selected: true, text: ['All'], value: ['$__all'] },
	};
}

function dashboard(uid, title, description, variables, panels) {
	return {
		uid, title, description, tags: ['aura360'], editable: false, schemaVersion: 39, version: 1,
		time: { from: 'now-3h', to: 'now' }, refresh: '30s', timezone: 'utc', graphTooltip: 1,
		templating: { list: variables }, annotations: { list: [] }, links: [], panels: layout(panels),
	};
}

const advice = '{category=~"$category"}';
const adviceStatus = (status) => `{category=~"$category", status=~"${status}"}`;

const dashboards = {
	'aura360-advice.json': dashboard('aura360-advice', 'AURA360 / Advice',
		'Advice requests at the gateway: latency per category, outcomes, retries, degraded answers, quotas, outbox.',
		[variable('category', 'Category', 'label_values(aura_advice_requests_seconds_count, category)')],
		[
			stat('Advice requests/s', 'reqps', q(`sum(rate(aura_advice_requests_seconds_count${advice}[${RATE}]))`)),
			stat('Failed share', 'percentunit',
				q(`sum(rate(aura_advice_requests_seconds_count${adviceStatus('FAILED|ERROR')}[${RATE}])) / sum(rate(aura_advice_requests_seconds_count${advice}[${RATE}]))`)),
			stat('Degraded share', 'percentunit',
				q(`sum(rate(aura_advice_degraded_total${advice}[${RATE}])) / sum(rate(aura_advice_requests_seconds_count${advice}[${RATE}]))`)),
			stat('Outbox lag', 's', q('max(aura_outbox_lag_seconds)'), 'Age of the oldest event not yet published.'),
			timeseries('Advice latency per category', 's', quantiles('aura_advice_requests_seconds', 'category', advice),
				'From arrival to the answer (or the 202 when the 12 s synchronous budget runs out).'),
			timeseries('Advice requests by status', 'reqps',
				[q(`sum by (category, status) (rate(aura_advice_requests_seconds_count${advice}[${RATE}]))`, '{{category}} {{status}}')],
				'COMPLETED, PROCESSING (202), FAILED, REJECTED (quota, auth, lookup), ERROR.'),
			timeseries('Agent retries', 'short', [
				q(`sum(rate(aura_agent_retries_total[${RATE}]))`, 'retries/s'),
				q(`sum(rate(aura_agent_retries_total[${RATE}])) / sum(rate(aura_advice_requests_seconds_count[${RATE}]))`, 'retries per request'),
			], 'Calls to the agents repeated after a recoverable failure.'),
			timeseries('Degraded answers per category', 'percentunit',
				[q(`sum by (category) (rate(aura_advice_degraded_total${advice}[${RATE}])) / sum by (category) (rate(aura_advice_requests_seconds_count${advice}[${RATE}]))`, '{{category}}')],
				'Answers built from fallback evidence because the vector service was down.'),
			timeseries('Quota rejections', 'reqps',
				[q(`sum by (tier, reason) (rate(aura_quota_rejections_total[${RATE}]))`, '{{tier}} {{reason}}')]),
			timeseries('Synchronous budget expiries (202)', 'reqps',
				[q(`sum(rate(aura_budget_expiries_total[${RATE}]))`, '202/s')]),
			timeseries('Outbox', 'short', [
				q('max(aura_outbox_lag_seconds)', 'lag (s)'),
				q('sum(aura_outbox_pending)', 'pending events'),
			]),
			timeseries('Answers per day by category and outcome (analytics)', 'short', [
				q('sum by (category, outcome) (increase(aura_analytics_responses_total[1d]))', '{{category}} {{outcome}}'),
				q('sum(increase(aura_analytics_events_dead_lettered_total[1d]))', 'dead-lettered events'),
			], 'Counted once per holistic.response.created by the analytics consumer (Redis only); the exact daily '
				+ 'counts per tier and language are at GET /api/v1/admin/analytics/responses.'),
		]),

	'aura360-models.json': dashboard('aura360-models', 'AURA360 / Models and search',
		'Model calls and tokens in the agents, embeddings, search and ingestion in the vector service.',
		[variable('model', 'Model', 'label_values(aura_model_calls_seconds_count, model)')],
		[
			timeseries('Model call latency', 's', quantiles('aura_model_calls_seconds', 'model', '{model=~"$model"}')),
			timeseries('Model calls by outcome', 'reqps',
				[q(`sum by (model, outcome) (rate(aura_model_calls_seconds_count{model=~"$model"}[${RATE}]))`, '{{model}} {{outcome}}')]),
			timeseries('Tokens per second', 'short',
				[q(`sum by (model, type) (rate(aura_model_tokens_total{model=~"$model"}[${RATE}]))`, '{{model}} {{type}}')],
				'type=input (prompt) or output (completion).'),
			timeseries('Tokens per call', 'short',
				[q(`sum by (model, type) (rate(aura_model_tokens_total{model=~"$model"}[${RATE}])) / on (model) group_left sum by (model) (rate(aura_model_calls_seconds_count{model=~"$model"}[${RATE}]))`, '{{model}} {{type}}')]),
			timeseries('Embedding latency', 's', quantiles('aura_embedding_seconds', 'model')),
			timeseries('Search latency', 's', quantiles('aura_search_seconds', 'mode, backend'),
				'Evidence search in the vector service, by mode (hybrid, dense, bm25) and backend (lucene, qdrant).'),
			timeseries('Searches per second', 'reqps',
				[q(`sum by (mode, backend) (rate(aura_search_seconds_count[${RATE}]))`, '{{mode}} {{backend}}')]),
			timeseries('Ingestion throughput', 'short',
				[q(`sum(rate(aura_ingest_chunks_total[${RATE}]))`, 'chunks/s')]),
		]),

	'aura360-services.json': dashboard('aura360-services', 'AURA360 / Services',
		'HTTP, JVM and database pool of the gateway, agents and vector services.',
		[variable('application', 'Service', 'label_values(http_server_requests_seconds_count, application)')],
		[
			timeseries('HTTP requests', 'reqps',
				[q(`sum by (application, status) (rate(http_server_requests_seconds_count{application=~"$application"}[${RATE}]))`, '{{application}} {{status}}')]),
			timeseries('HTTP 5xx share', 'percentunit',
				[q(`sum by (application) (rate(http_server_requests_seconds_count{application=~"$application", status=~"5.."}[${RATE}])) / sum by (application) (rate(http_server_requests_seconds_count{application=~"$application"}[${RATE}]))`, '{{application}}')]),
			timeseries('HTTP p99 by route', 's',
				[q(`histogram_quantile(0.99, sum by (application, uri, le) (rate(http_server_requests_seconds_bucket{application=~"$application"}[${RATE}])))`, '{{application}} {{uri}}')]),
			timeseries('Instances up', 'short', [q('sum by (service) (up{job="aura360"})', '{{service}}')]),
			timeseries('JVM heap used', 'bytes',
				[q('sum by (application, pod) (jvm_memory_used_bytes{application=~"$application", area="heap"})', '{{application}} {{pod}}')]),
			timeseries('GC pause time', 's',
				[q(`sum by (application) (rate(jvm_gc_pause_seconds_sum{application=~"$application"}[${RATE}]))`, '{{application}}')]),
			timeseries('Live threads', 'short',
				[q('sum by (application) (jvm_threads_live_threads{application=~"$application"})', '{{application}}')]),
			timeseries('Database connections', 'short', [
				q('sum by (application) (hikaricp_connections_active{application=~"$application"})', '{{application}} active'),
				q('sum by (application) (hikaricp_connections_pending{application=~"$application"})', '{{application}} pending'),
			]),
		]),
};

const out = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'dashboards');
for (const [file, json] of Object.entries(dashboards)) {
	writeFileSync(join(out, file), JSON.stringify(json, null, 2) + '\n');
}
