// Fails when a file (dashboard, alert rules, chart template) names an aura_* series that the services do not
// publish: promtool parses a misspelt metric without complaint, and the panel or alert then stays empty.
// Names defined here on purpose (recording rules, the adapter's output metric) are prefixed by a colon or
// listed in `produced`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const known = new Set(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'metric-names.txt'), 'utf8')
	.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')));
// series the deployment itself produces rather than the services
const produced = new Set(['aura_http_request_p95_seconds']);

const problems = [];
let count = 0;
for (const file of process.argv.slice(2)) {
	for (const [name] of readFileSync(file, 'utf8').matchAll(/(?<![:\w])aura_[a-z0-9_]+/g)) {
		count++;
		if (!known.has(name) && !produced.has(name)) problems.push(`${file}: unknown series ${name}`);
	}
}
if (problems.length) {
	console.error([...new Set(problems)].join('\n'));
	process.exit(1);
}
console.log(`${count} references to aura_* series, all published by the services`);
