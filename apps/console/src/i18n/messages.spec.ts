import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * Every word the console shows exists in zh-CN and in English: the same keys in both, every key the code names
 * present, and every value of the schema's enums the pages translate (a new status in the API fails here first).
 */
const SRC = join(__dirname, '..');
const SCHEMA = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leaves(value, `${prefix}${key}.`)));
const lookup = (tree: Tree, path: string): string | Tree | undefined =>
  path.split('.').reduce<string | Tree | undefined>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), tree);
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith('.spec.ts') ? [readFileSync(path, 'utf8')] : [];
  });
const enumValues = (name: string): string[] => {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(SCHEMA)?.[1];
  if (!body) throw new Error(`enum ${name} is not in the schema`);
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[A-Z_]+$/.test(line));
};

describe('console messages', () => {
  const code = sources(SRC).join('\n');
  const namespaces = Object.keys(zhCN).join('|');

  it('has the same keys in English as in zh-CN', () => {
    expect(leaves(en).sort()).toEqual(leaves(zhCN).sort());
    expect(leaves(zhCN).filter((key) => !String(lookup(zhCN, key)).trim())).toEqual([]);
  });

  it('has every key the code names, in both languages', () => {
    const named = [...code.matchAll(new RegExp(`['"]((?:${namespaces})\\.[A-Za-z0-9_.]+)['"]`, 'g'))].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(20);
    const missing = [...new Set(named)].filter((key) => typeof lookup(zhCN, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('translates every value of the enums the pages show by key', () => {
    const enums: Record<string, string> = {
      'workOrder.statuses': 'WorkOrderStatus',
      'workOrder.priorities': 'WorkOrderPriority',
      'workOrder.sources': 'WorkOrderSource',
      'workOrder.actionNames': 'WorkOrderAction',
      'workOrder.pauseReasons': 'ClockPauseReason',
    };
    // Keys built from the console's own values rather than the schema's.
    const own: Record<string, string[]> = { 'sla.clocks': ['response', 'resolution'] };
    const prefixes = [...code.matchAll(new RegExp(`\`((?:${namespaces})\\.[A-Za-z0-9_.]+)\\.\\$\\{`, 'g'))].map((m) => m[1]);
    expect(new Set(prefixes)).toEqual(new Set([...Object.keys(enums), ...Object.keys(own)]));
    for (const messages of [zhCN, en]) {
      for (const [prefix, name] of Object.entries(enums)) expect(Object.keys(lookup(messages, prefix) as Tree).sort()).toEqual(enumValues(name).sort());
      for (const [prefix, keys] of Object.entries(own)) expect(Object.keys(lookup(messages, prefix) as Tree).sort()).toEqual(keys.sort());
    }
  });
});
