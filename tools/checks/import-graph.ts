import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * Two rules of docs/conventions.md that the compiler does not see, checked on a service's `src/` folder:
 * no import cycle between its files (type-only imports count too: a cycle of types is still two files that
 * cannot be understood, moved or tested apart), and its core aggregate's folder imports no sibling feature
 * folder (siblings extend the aggregate, never the other way round).
 */

/** A service's core aggregate folder and the reference-data folders it is keyed by (and so may import). */
export interface CoreFolder {
  folder: string;
  mayImport: string[];
}

/**
 * The services' cores. Materials' stock ledger is keyed by items and warehouses, which know nothing of stock:
 * those two are its reference data, every other folder builds on the ledger.
 */
export const CORE_FOLDERS: Record<string, CoreFolder> = {
  maintenance: { folder: 'work-order', mayImport: [] },
  materials: { folder: 'stock', mayImport: ['catalogue', 'warehouse'] },
};

/** Every `.ts` file under `srcDir`, each with the files of `srcDir` it imports (relative imports only). */
export function importGraph(srcDir: string): Map<string, string[]> {
  const root = resolve(srcDir);
  const graph = new Map<string, string[]>();
  for (const file of tsFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveImport(dirname(file), specifier))
      .filter((target): target is string => target !== null && target.startsWith(root + sep));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Each import cycle as the files in it (relative to `srcDir`, sorted), found as strongly connected components. */
export function findImportCycles(srcDir: string): string[][] {
  const graph = importGraph(srcDir);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)!.includes(file)) cycles.push(component.map((f) => relative(srcDir, f)).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** Imports from the core folder into a sibling feature folder it may not use, as `from -> to` (relative to `srcDir`). */
export function findCoreFolderImports(srcDir: string, core: CoreFolder): string[] {
  const root = resolve(srcDir);
  const allowed = new Set([core.folder, 'common', ...core.mayImport]);
  const found: string[] = [];
  for (const [file, targets] of importGraph(srcDir)) {
    if (topFolder(root, file) !== core.folder) continue;
    for (const target of targets) {
      const folder = topFolder(root, target);
      if (folder !== null && !allowed.has(folder)) found.push(`${relative(srcDir, file)} -> ${relative(srcDir, target)}`);
    }
  }
  return found.sort();
}

/** The feature folder a file sits in, or null for the service's own top-level files (module, definition). */
function topFolder(root: string, file: string): string | null {
  const parts = relative(root, file).split(sep);
  return parts.length > 1 ? parts[0] : null;
}

function resolveImport(fromDir: string, specifier: string): string | null {
  const base = resolve(fromDir, specifier);
  // Source files only: a JSON import (the console's operation ids) is data, not a module that could close a cycle.
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx'), ...(/\.tsx?$/.test(base) ? [base] : [])]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
