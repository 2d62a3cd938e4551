import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Registrations {
  consumerGroups: { groupId: string; handlers: { type: string; does: string }[] }[];
  jobs: { name: string; intervalMs: number }[];
  operations: { operation: string; roles: string[] }[];
}

/**
 * What a service's modules register: consumer groups, scheduled jobs and the roles of each query and mutation. One
 * process per service (GraphQL type names are global in a process), through `print-subgraph-schema.ts --registrations`.
 */
export function registrationsOf(service: string): Registrations {
  const output = execFileSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'print-subgraph-schema.ts'), service, '--registrations'], {
    cwd: join(__dirname, '..', '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output) as Registrations;
}
