import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * After a generator has written its files: the subgraph schemas and the gateway's supergraph (`npm run schema`),
 * docs/events.md, docs/errors.md and docs/roles.md, so what was generated composes and passes the drift checks as it is.
 */
export function regenerateRegistries(root: string): void {
  for (const script of ['update-schemas.ts', 'event-catalogue.ts', 'error-catalogue.ts', 'role-catalogue.ts']) {
    execFileSync(process.execPath, ['-r', '@swc-node/register', join('tools', 'scripts', script)], { cwd: root, stdio: 'inherit' });
  }
}
