import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const STAMP = '.build-stamp';

/**
 * Builds the web console (Vite) into `dist/console` when its sources changed since the last build, with the
 * manifest of its operations (`trusted-documents.json`, Apollo's persisted-query format) the gateway runs them
 * from. `npm start` and the test run call it once; an unchanged console costs one hash of its sources.
 */
export function ensureConsoleBuild(options: { root: string; log?: (line: string) => void }): string {
  const { root } = options;
  const app = join(root, 'apps', 'console');
  const out = join(root, 'dist', 'console');
  // This file is the recipe: a change to it (precompression, the manifest) rebuilds too.
  const stamp = sourcesHash(root, [join(app, 'src'), join(app, 'index.html'), join(app, 'vite.config.mts'), join(root, 'package-lock.json'), __filename]);
  if (existsSync(join(out, STAMP)) && readFileSync(join(out, STAMP), 'utf8') === stamp) return out;
  options.log?.('building the web console (Vite) into dist/console');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(app, 'vite.config.mts'), '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Jest runs with NODE_ENV=test, which would make React and Ant Design development builds.
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  precompress(out);
  writeFileSync(join(out, 'trusted-documents.json'), JSON.stringify(consoleManifest(join(app, 'src', 'gql', 'persisted-documents.json')), null, 2));
  writeFileSync(join(out, STAMP), stamp);
  return out;
}

/** The operation of a persisted document's body (which may begin with the fragments it spreads). */
export const operationOf = (body: string): OperationDefinitionNode | undefined =>
  parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The console's operations as an apollo-persisted-query-manifest: id = sha256 of the body, as the gateway checks. */
export function consoleManifest(persistedDocumentsPath: string) {
  const persisted = JSON.parse(readFileSync(persistedDocumentsPath, 'utf8')) as Record<string, string>;
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: Object.entries(persisted).map(([id, body]) => {
      const operation = operationOf(body);
      return { id: id.replace(/^sha256:/, ''), name: operation?.name?.value ?? null, type: operation?.operation ?? 'query', body };
    }),
  };
}

/** A `.gz` beside every script, style sheet and page: the gateway sends those to browsers that accept gzip. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|css|html|svg|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
  }
}

function sourcesHash(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== 'node_modules') visit(join(path, entry));
    } else {
      hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  paths.forEach(visit);
  return hash.digest('hex');
}
