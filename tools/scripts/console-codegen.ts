/**
 * `npm run console:codegen`: regenerates the console's typed documents (apps/console/src/gql) from its queries
 * and the API schema, with each operation's id (operation-ids.json: name → sha256 id, what the console sends).
 * `--check`: fails (exit 1) when the committed files differ (the static checks run it, like the schema's).
 */
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { operationOf } from '@houqin/platform-local-infra';
import { ROOT } from './schemas';

export const GQL_DIR = join(ROOT, 'apps', 'console', 'src', 'gql');

/**
 * Typed documents from the composed API schema (apps/console/schema.graphql, written by `npm run schema`).
 * Each operation gets a sha256 id: the console sends only the id, and the gateway runs the body it finds in the
 * manifest built from persisted-documents.json (trusted documents). __typename is added here, as Apollo's cache
 * would, so the body the gateway runs is exactly the one the cache expects.
 */
const config: CodegenConfig = {
  schema: 'apps/console/schema.graphql',
  documents: ['apps/console/src/**/*.{ts,tsx}', '!apps/console/src/gql/**'],
  generates: {
    'apps/console/src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' }, fragmentMasking: false },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' }, useTypeImports: true },
    },
  },
};

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  process.chdir(ROOT);
  const files = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
  const persisted = files.find((f) => f.filename.endsWith('persisted-documents.json'));
  if (!persisted) throw new Error('console codegen: no persisted-documents.json');
  files.push({ filename: join(GQL_DIR, 'operation-ids.json'), content: `${JSON.stringify(operationIds(JSON.parse(persisted.content)), null, 2)}\n` });
  const written = files.map((f) => ({ path: join(ROOT, relative(ROOT, f.filename)), content: f.content }));
  const drifted = written.filter((f) => (existsSync(f.path) ? readFileSync(f.path, 'utf8') : '') !== f.content).map((f) => relative(ROOT, f.path));
  if (check) {
    if (drifted.length) {
      console.error(`console codegen drift: ${drifted.join(', ')} differ from the queries. Run \`npm run console:codegen\` and commit.`);
      process.exit(1);
    }
    console.log('console documents up to date');
    return;
  }
  for (const f of written) {
    mkdirSync(dirname(f.path), { recursive: true });
    writeFileSync(f.path, f.content);
  }
  console.log(drifted.length ? `updated ${drifted.join(', ')}` : 'console documents up to date');
}

/** Operation name → id, as the console's link looks it up; names are unique (codegen refuses duplicates). */
function operationIds(persisted: Record<string, string>): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [id, body] of Object.entries(persisted)) {
    const name = operationOf(body)?.name?.value;
    if (!name) throw new Error(`console codegen: every operation needs a name: ${body.slice(0, 80)}`);
    ids[name] = id;
  }
  return Object.fromEntries(Object.entries(ids).sort(([a], [b]) => a.localeCompare(b)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
