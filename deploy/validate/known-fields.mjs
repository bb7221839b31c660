// Finds fields that Kubernetes does not know (a misspelt `readinesProbe` passes a type check but is dropped
// by the API server), like kubeconform's -strict: it walks an object along the TypeScript declarations that
// kubernetes-models generates from the Kubernetes OpenAPI document, where every property is listed.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const interfaces = new Map();

/** Properties of the first interface declared in a .d.ts file: name -> declaration file of its type, or null. */
function interfaceOf(file) {
	if (interfaces.has(file)) return interfaces.get(file);
	const source = readFileSync(file, 'utf8');
	const imports = new Map();
	for (const [, names, from] of source.matchAll(/^import \{([^}]+)\} from "([^"]+)";$/gm)) {
		const target = from.startsWith('.') ? resolve(dirname(file), from.replace(/\.js$/, '.d.ts'))
			: fileURLToPath(import.meta.resolve(from)).replace(/\.js$/, '.d.ts');
		for (const name of names.split(',').map((n) => n.trim())) imports.set(name, target);
	}
	const body = /^export interface \w+[^{]*\{\n([\s\S]*?)^\}/m.exec(source);
	let properties = null;
	if (body) {
		properties = new Map();
		for (const [, name, type] of body[1].matchAll(/^ {4}"([^"]+)"\??: (.+?);?$/gm)) {
			const element = /^Array<(\w+)>$/.exec(type)?.[1] ?? type;
			properties.set(name, imports.get(element) ?? null);
		}
	}
	interfaces.set(file, properties);
	return properties;
}

/** Paths of the fields of `value` that the declaration in `file` does not have. */
export function unknownFields(value, file, path = '') {
	const properties = file && interfaceOf(file);
	if (!properties || value === null || typeof value !== 'object') return [];
	if (Array.isArray(value)) return value.flatMap((item, i) => unknownFields(item, file, `${path}[${i}]`));
	return Object.entries(value).flatMap(([key, child]) => properties.has(key)
		? unknownFields(child, properties.get(key), `${path}.${key}`)
		: [`${path}.${key}`.slice(1)]);
}

/** The declaration file of a kubernetes-models class module, e.g. kubernetes-models/apps/v1/Deployment. */
export const declarationOf = (modulePath) => fileURLToPath(import.meta.resolve(modulePath)).replace(/\.js$/, '.d.ts');
