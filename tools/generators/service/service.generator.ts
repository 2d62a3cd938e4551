import { formatFiles, generateFiles, GeneratorCallback, Tree } from '@nx/devkit';
import { join } from 'node:path';
import { addFeature } from '../feature/feature.generator';
import { featureNames, requireKebabCase, serviceNames } from '../common/naming';
import { regenerateRegistries } from '../common/registries';

export interface ServiceOptions {
  name: string;
  port: number;
  description?: string;
  feature?: string;
  featureZh?: string;
  skipRegistries?: boolean;
}

/** Ports no service may take: the gateway's, and local mode's PostgreSQL and Kafka (tools/scripts/start.ts). */
const RESERVED_PORTS = new Map([
  [4000, 'the gateway'],
  [55432, 'local PostgreSQL'],
  [59092, 'local Kafka'],
  [59093, 'local Kafka (controller)'],
]);

/**
 * `nx g @houqin/tools:service <name> --port <port>`: a whole service in apps/<name> (entry point, telemetry, module,
 * definition, errors, roles, migrations, demo seed, migration drift test) with one example feature, and its contracts
 * folder. Everything else finds it: local start, tests and schema composition read apps/*\/service.json, the event
 * and error catalogues are built from what it declares. Afterwards it regenerates the schemas (the gateway's
 * supergraph) and the catalogues, so the new service composes, and the drift checks pass, from the first commit.
 * It refuses an existing name, a name that is not kebab-case and a taken port, and then writes nothing.
 */
export async function serviceGenerator(tree: Tree, options: ServiceOptions): Promise<GeneratorCallback> {
  const service = requireKebabCase('service', options.name);
  const app = `apps/${service}`;
  if (tree.exists(app)) throw new Error(`${app} already exists: choose another name`);
  if (tree.exists(`libs/contracts/src/${service}`)) throw new Error(`libs/contracts/src/${service} already exists: choose another name`);
  const port = requireFreePort(tree, options.port);

  const feature = requireKebabCase('feature', options.feature ?? `${service}-record`);
  const names = { ...serviceNames(service), ...featureNames(feature) };
  const description = options.description ?? `${names.Service}: describe what the ${service} service does in apps/${service}/service.json`;
  generateFiles(tree, join(__dirname, 'files'), app, { ...names, port, description: description.replace(/"/g, '\\"') });
  generateFiles(tree, join(__dirname, 'contracts-files'), `libs/contracts/src/${service}`, names);
  const services = 'libs/contracts/src/services.ts';
  tree.write(services, `${tree.read(services, 'utf8') ?? ''}export * from './${service}';\n`);
  addFeature(tree, { service, name: feature, zh: options.featureZh });
  await formatFiles(tree);
  return () => {
    if (!options.skipRegistries) regenerateRegistries(tree.root);
  };
}

function requireFreePort(tree: Tree, value: unknown): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`--port must be a whole number from 1024 to 65535, not "${String(value)}"`);
  const reserved = RESERVED_PORTS.get(port);
  if (reserved) throw new Error(`port ${port} is taken by ${reserved}`);
  for (const app of tree.children('apps')) {
    const manifest = tree.read(`apps/${app}/service.json`, 'utf8');
    if (manifest && (JSON.parse(manifest) as { port: number }).port === port) throw new Error(`port ${port} is taken by the ${app} service`);
  }
  return port;
}
