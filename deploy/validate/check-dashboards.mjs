// Checks the Grafana dashboards: the committed JSON is what deploy/grafana/dashboards.mjs generates, every
// panel reads a provisioned datasource, ids and uids are unique. Writes every PromQL query (Grafana variables
// replaced by values) as recording rules to the file given as the last argument, for `promtool check rules`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const [grafanaDir, rulesOut] = process.argv.slice(2);
const problems = [];

const generated = mkdtempSync(join(tmpdir(), 'aura360-dashboards-'));
execFileSync(process.execPath, [join(grafanaDir, 'dashboards.mjs'), generated]);
const committedDir = join(grafanaDir, 'dashboards');
const committed = readdirSync(committedDir).filter((f) => f.endsWith('.json')).sort();
const expected = readdirSync(generated).sort();
if (committed.join() !== expected.join()) problems.push(`dashboards/ holds ${committed} but dashboards.mjs writes ${expected}`);
for (const file of expected) {
	const want = readFileSync(join(generated, file), 'utf8');
	let have = '';
	try { have = readFileSync(join(committedDir, file), 'utf8'); } catch { /* reported above */ }
	if (have !== want) problems.push(`${file} differs from what dashboards.mjs generates: run node deploy/grafana/dashboards.mjs`);
}

const provisioned = parse(readFileSync(join(grafanaDir, 'provisioning/datasources/datasources.yaml'), 'utf8'))
	.datasources.map((d) => d.uid);
// Grafana's own variables and the dashboards' template variables, replaced so that promtool can parse the query.
const substitutions = [[/\$__rate_interval/g, '5m'], [/\$__interval/g, '1m'], [/\$(category|model|application)\b/g, '.*']];
const rules = [];
const uids = new Set();
for (const file of committed) {
	let dashboard;
	try { dashboard = JSON.parse(readFileSync(join(committedDir, file), 'utf8')); }
	catch (error) { problems.push(`${file}: ${error.message}`); continue; }
	if (uids.has(dashboard.uid)) problems.push(`${file}: uid ${dashboard.uid} used twice`);
	uids.add(dashboard.uid);
	const ids = new Set();
	for (const panel of dashboard.panels ?? []) {
		if (ids.has(panel.id)) problems.push(`${file}: panel id ${panel.id} used twice`);
		ids.add(panel.id);
		for (const target of panel.targets ?? []) {
			const uid = target.datasource?.uid ?? panel.datasource?.uid;
			if (!provisioned.includes(uid)) problems.push(`${file} "${panel.title}": datasource ${uid} is not provisioned`);
			const expr = substitutions.reduce((e, [pattern, value]) => e.replace(pattern, value), target.expr ?? '');
			if (!expr) problems.push(`${file} "${panel.title}": empty query`);
			rules.push({ record: `dashboard:${dashboard.uid.replace(/-/g, '_')}:${panel.id}_${target.refId}`, expr });
		}
	}
	for (const variable of dashboard.templating?.list ?? []) {
		const match = /^label_values\((.+), *\w+\)$/.exec(variable.definition ?? '');
		if (!match) problems.push(`${file}: variable ${variable.name} is not a label_values() query`);
		else rules.push({ record: `dashboard:${dashboard.uid.replace(/-/g, '_')}:var_${variable.name}`, expr: match[1] });
	}
}
writeFileSync(rulesOut, JSON.stringify({ groups: [{ name: 'dashboard-queries', rules }] }, null, 1));
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}
console.log(`${committed.length} dashboards, ${rules.length} queries written to ${rulesOut}`);
