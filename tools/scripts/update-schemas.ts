/**
 * `npm run schema`: regenerates each subgraph's SDL, the composed supergraph the gateway serves and its API schema
 * (the console's typed documents are generated from it).
 * `npm run schema -- --check`: fails (exit 1) when the committed files differ from the code (CI runs it).
 * Composition errors fail both.
 */
import { writeFileSync } from 'node:fs';
import { API_SCHEMA_PATH, composeSupergraph, printSubgraphSchema, readIfExists, subgraphSchemaPath, SUPERGRAPH_PATH } from './schemas';
import { SUBGRAPHS } from './subgraphs';

const check = process.argv.includes('--check');
const printed = new Map(SUBGRAPHS.map((s) => [s.name as string, printSubgraphSchema(s.name)]));
const { supergraph, apiSchema } = composeSupergraph((name) => printed.get(name) as string);
const files = [...[...printed].map(([name, sdl]) => [subgraphSchemaPath(name), sdl]), [SUPERGRAPH_PATH, supergraph], [API_SCHEMA_PATH, apiSchema]];
const drifted = files.filter(([path, content]) => readIfExists(path) !== content).map(([path]) => path);
if (check) {
  if (drifted.length) {
    console.error(`schema drift: ${drifted.join(', ')} differ from the code. Run \`npm run schema\` and commit.`);
    process.exit(1);
  }
  console.log('schemas up to date');
} else {
  for (const [path, content] of files) writeFileSync(path, content);
  console.log(drifted.length ? `updated ${drifted.join(', ')}` : 'schemas up to date');
}
