// Schema-checks rendered Kubernetes manifests (multi-document YAML files given as arguments) against the
// Kubernetes OpenAPI schemas compiled into `kubernetes-models` (types, required fields, enums; unknown fields
// through known-fields.mjs), then checks that the objects fit together: every selector selects a Deployment's
// pods, every HPA targets a Deployment, every Ingress a Service, every referenced ConfigMap exists, every
// container is non-root with probes and resource requests, every Job is a Helm hook and every CronJob forbids
// overlapping runs. Exits 1 when any file has a problem.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

import { declarationOf, unknownFields } from './known-fields.mjs';

function modulePathOf(apiVersion, kind) {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : [null, apiVersion];
	return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
}

async function modelOf(modulePath, kind) {
	try {
		return (await import(modulePath))[kind];
	}
	catch {
		return null;
	}
}

const matches = (selector, labels) =>
	Object.entries(selector ?? {}).every(([key, value]) => labels?.[key] === value);

function crossCheck(objects, problems) {
	const byKind = (kind) => objects.filter((o) => o.kind === kind);
	const deployments = byKind('Deployment');
	// pods of one-off work: the smoke hook Job and the re-embedding CronJob
	const jobPods = [
		...byKind('Job').map((j) => [`Job ${j.metadata.name}`, j.spec.template]),
		...byKind('CronJob').map((c) => [`CronJob ${c.metadata.name}`, c.spec.jobTemplate.spec.template]),
	];
	const podLabels = [...deployments.map((d) => d.spec.template.metadata.labels), ...jobPods.map(([, t]) => t.metadata.labels)];
	const selects = (selector) => podLabels.some((labels) => matches(selector, labels));
	for (const service of byKind('Service')) {
		if (!selects(service.spec.selector)) problems.push(`Service ${service.metadata.name} selects no pods`);
		// a job's pod has no readiness probe, so a Service selecting it would send it traffic
		for (const [name, template] of jobPods) {
			if (matches(service.spec.selector, template.metadata.labels)) problems.push(`Service ${service.metadata.name} selects the pods of ${name}`);
		}
	}
	for (const cronJob of byKind('CronJob')) {
		if (cronJob.spec.concurrencyPolicy !== 'Forbid') problems.push(`CronJob ${cronJob.metadata.name}: concurrencyPolicy is not Forbid`);
	}
	for (const job of byKind('Job')) {
		if (!job.metadata.annotations?.['helm.sh/hook']) problems.push(`Job ${job.metadata.name}: not a Helm hook (it would run once, at install only)`);
	}
	for (const pdb of byKind('PodDisruptionBudget')) {
		if (!selects(pdb.spec.selector.matchLabels)) problems.push(`PodDisruptionBudget ${pdb.metadata.name} selects no pods`);
	}
	for (const policy of byKind('NetworkPolicy')) {
		if (!selects(policy.spec.podSelector.matchLabels)) problems.push(`NetworkPolicy ${policy.metadata.name} selects no pods`);
		const peers = [...(policy.spec.ingress ?? []).flatMap((r) => r.from ?? []), ...(policy.spec.egress ?? []).flatMap((r) => r.to ?? [])];
		for (const peer of peers.filter((p) => p.podSelector && !p.namespaceSelector)) {
			if (!selects(peer.podSelector.matchLabels)) problems.push(`NetworkPolicy ${policy.metadata.name}: a peer selects no pods`);
		}
	}
	for (const hpa of byKind('HorizontalPodAutoscaler')) {
		const target = hpa.spec.scaleTargetRef;
		if (!deployments.some((d) => target.kind === 'Deployment' && d.metadata.name === target.name)) {
			problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name} targets a missing ${target.kind} ${target.name}`);
		}
		if (hpa.spec.minReplicas > hpa.spec.maxReplicas) problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: minReplicas > maxReplicas`);
	}
	const services = new Set(byKind('Service').map((s) => s.metadata.name));
	for (const ingress of byKind('Ingress')) {
		for (const path of (ingress.spec.rules ?? []).flatMap((r) => r.http?.paths ?? [])) {
			if (!services.has(path.backend.service?.name)) problems.push(`Ingress ${ingress.metadata.name} routes to a missing Service`);
		}
	}
	const configMaps = new Set(byKind('ConfigMap').map((c) => c.metadata.name));
	for (const [name, template] of jobPods) {
		const pod = template.spec;
		if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${name}: pods may run as root`);
		if (!['Never', 'OnFailure'].includes(pod.restartPolicy)) problems.push(`${name}: restartPolicy must be Never or OnFailure`);
		for (const container of pod.containers) {
			for (const source of container.envFrom ?? []) {
				if (source.configMapRef && !configMaps.has(source.configMapRef.name)) problems.push(`${name} container ${container.name}: missing ConfigMap ${source.configMapRef.name}`);
			}
			if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problems.push(`${name} container ${container.name}: no cpu/memory requests`);
		}
	}
	for (const deployment of deployments) {
		const pod = deployment.spec.template.spec;
		const name = `Deployment ${deployment.metadata.name}`;
		if (!matches(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)) problems.push(`${name}: selector does not match its pods`);
		if (pod.securityContext?.runAsNonRoot !== true) problems.push(`${name}: pods may run as root`);
		for (const container of pod.containers) {
			const where = `${name} container ${container.name}`;
			for (const source of container.envFrom ?? []) {
				if (source.configMapRef && !configMaps.has(source.configMapRef.name)) problems.push(`${where}: missing ConfigMap ${source.configMapRef.name}`);
			}
			for (const probe of ['livenessProbe', 'readinessProbe']) {
				if (!container[probe]) problems.push(`${where}: no ${probe}`);
			}
			const ports = new Set((container.ports ?? []).map((p) => p.name));
			for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
				const port = container[probe]?.httpGet?.port;
				if (typeof port === 'string' && !ports.has(port)) problems.push(`${where}: ${probe} names unknown port ${port}`);
			}
			if (!container.resources?.requests?.cpu || !container.resources?.requests?.memory) problems.push(`${where}: no cpu/memory requests`);
		}
	}
}

let failed = false;
for (const file of process.argv.slice(2)) {
	const problems = [];
	const objects = [];
	for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
		if (doc.errors.length) {
			problems.push(...doc.errors.map((e) => `YAML: ${e.message}`));
			continue;
		}
		const object = doc.toJS();
		if (object == null) continue;
		const id = `${object.kind} ${object.metadata?.name}`;
		const modulePath = modulePathOf(object.apiVersion, object.kind);
		const Model = await modelOf(modulePath, object.kind);
		if (!Model) {
			problems.push(`${id}: unknown apiVersion/kind ${object.apiVersion}/${object.kind}`);
			continue;
		}
		try {
			new Model(object).validate();
		}
		catch (error) {
			problems.push(`${id}: ${error.message}`);
		}
		for (const field of unknownFields(object, declarationOf(modulePath))) {
			problems.push(`${id}: unknown field ${field}`);
		}
		objects.push(object);
	}
	crossCheck(objects, problems);
	const kinds = [...new Set(objects.map((o) => o.kind))].sort().join(', ');
	if (problems.length) {
		failed = true;
		console.error(`${file}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
	}
	else {
		console.log(`${file}: ${objects.length} objects valid (${kinds})`);
	}
}
process.exit(failed ? 1 : 0);
