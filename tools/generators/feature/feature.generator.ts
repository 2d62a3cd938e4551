import { formatFiles, generateFiles, GeneratorCallback, Tree } from '@nx/devkit';
import { join } from 'node:path';
import { featureNames, requireKebabCase, serviceNames } from '../common/naming';
import { regenerateRegistries } from '../common/registries';
import { SourceFile } from '../common/source-edits';

export interface FeatureOptions {
  service: string;
  name: string;
  zh?: string;
  skipRegistries?: boolean;
}

/**
 * `nx g @houqin/tools:feature <service> <name>`: a feature folder in the house dialect (docs/conventions.md): entity,
 * GraphQL model, inputs, repository, resolver, module, one use case with its spec, its migration, its event contract
 * and an integration test; registered in the service's module, definition, errors and contracts index.
 */
export async function featureGenerator(tree: Tree, options: FeatureOptions): Promise<GeneratorCallback> {
  addFeature(tree, options);
  await formatFiles(tree);
  return () => {
    if (!options.skipRegistries) regenerateRegistries(tree.root);
  };
}

/** The feature without formatting, for the service generator to compose. */
export function addFeature(tree: Tree, options: FeatureOptions): void {
  const service = requireKebabCase('service', options.service);
  const feature = requireKebabCase('feature', options.name);
  const app = `apps/${service}`;
  if (!tree.exists(`${app}/service.json`))
    throw new Error(`there is no service "${service}" (no ${app}/service.json); create it with \`nx g @houqin/tools:service\``);
  if (tree.exists(`${app}/src/${feature}`)) throw new Error(`${app}/src/${feature} already exists`);
  if (feature === service)
    throw new Error(`a feature cannot be named like its service (${service}): both modules would be ${serviceNames(service).Service}Module`);
  const contract = `libs/contracts/src/${service}/${feature}-events.ts`;
  if (tree.exists(contract)) throw new Error(`${contract} already exists`);

  const names = { ...serviceNames(service), ...featureNames(feature), timestamp: Date.now() };
  generateFiles(tree, join(__dirname, 'files', 'app'), `${app}/src`, names);
  generateFiles(tree, join(__dirname, 'files', 'test'), `${app}/test`, names);
  generateFiles(tree, join(__dirname, 'files', 'contracts'), `libs/contracts/src/${service}`, names);

  const { Feature, FEATURE, timestamp } = names;
  const migration = `Create${Feature}${timestamp}`;
  new SourceFile(tree, `${app}/src/${service}.module.ts`)
    .addImport(`${Feature}Module`, `./${feature}/${feature}.module`)
    .appendToArray('imports', `${Feature}Module`)
    .save();
  new SourceFile(tree, `${app}/src/${service}.definition.ts`)
    .addImport(`${Feature}Row`, `./${feature}/${feature}.entity`)
    .addImport(migration, `./migrations/${timestamp}-create-${feature}`)
    .appendToArray('entities', `${Feature}Row`)
    .appendToArray('migrations', migration)
    .save();
  const zh = options.zh ?? names.featureWords;
  new SourceFile(tree, `${app}/src/${service}.errors.ts`)
    .appendToObjectArgument(
      'defineServiceErrors',
      `${FEATURE}_NAME_TAKEN: { 'zh-CN': '本院区已有名为“{name}”的${zh}', en: 'Another ${names.featureWords} on this campus is already named "{name}"' }`,
    )
    .appendToObjectArgument('defineServiceEntities', `${Feature}: '${zh}'`)
    .save();
  const index = `libs/contracts/src/${service}/index.ts`;
  tree.write(index, `${tree.read(index, 'utf8') ?? ''}export * from './${feature}-events';\n`);
}
