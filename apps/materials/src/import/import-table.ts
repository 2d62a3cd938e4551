import { MAX_ROWS } from './import-job';
import { ImportProblem, problem } from './import-problem';
import { SheetRow } from './sheet';

/** A column an import reads: its key, the headers it goes by (English key first, then Chinese), whether rows need it. */
export interface ColumnSpec<K extends string> {
  key: K;
  headers: readonly string[];
  required: boolean;
}

/** A data row: each known column's cell, trimmed ('' when empty or absent). */
export interface TableRow<K extends string> {
  row: number;
  values: Record<K, string>;
}

/** The file read against its columns: the header as written in the file for each column it has, and the data rows. */
export interface Table<K extends string> {
  headers: Map<K, string>;
  rows: TableRow<K>[];
}

/** Headers match ignoring case, spaces, full-width brackets and the * templates mark required columns with. */
const normalise = (header: string) => header.replace(/[\s*]/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();

/**
 * Finds the header (the first non-blank row) and maps the rows below it to columns. Blank rows are skipped but
 * keep their numbers, so the report's row is the one the user sees. An unknown header is a problem, not ignored:
 * a misspelt optional column (批号 as 批次号) would otherwise drop its values without a word. Any header problem
 * stops here, since no row can be read reliably against a wrong header.
 */
export function readTable<K extends string>(sheet: SheetRow[], specs: readonly ColumnSpec<K>[]): { table: Table<K> | null; problems: ImportProblem[] } {
  const nonBlank = sheet.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (nonBlank.length <= 1) return { table: null, problems: [problem(null, null, 'IMPORT_NO_ROWS')] };
  if (nonBlank.length - 1 > MAX_ROWS)
    return { table: null, problems: [problem(null, null, 'IMPORT_TOO_MANY_ROWS', { max: MAX_ROWS, rows: nonBlank.length - 1 })] };

  const [header, ...data] = nonBlank;
  const byName = new Map(specs.flatMap((spec) => spec.headers.map((name) => [normalise(name), spec] as const)));
  const known = specs.map((spec) => spec.headers[0]).join(', ');
  const indexOf = new Map<K, number>();
  const headers = new Map<K, string>();
  const problems: ImportProblem[] = [];
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (!name) return;
    const spec = byName.get(normalise(name));
    if (!spec) problems.push(problem(header.row, name, 'IMPORT_COLUMN_UNKNOWN', { column: name, known }));
    else if (indexOf.has(spec.key)) problems.push(problem(header.row, name, 'IMPORT_COLUMN_DUPLICATE', { column: name }));
    else {
      indexOf.set(spec.key, index);
      headers.set(spec.key, name);
    }
  });
  for (const spec of specs) {
    if (spec.required && !indexOf.has(spec.key)) problems.push(problem(header.row, spec.headers[0], 'IMPORT_COLUMN_MISSING', { column: spec.headers[0] }));
  }
  if (problems.length) return { table: null, problems };

  const rows = data.map((row) => {
    const values = {} as Record<K, string>;
    for (const spec of specs) {
      const index = indexOf.get(spec.key);
      values[spec.key] = index === undefined ? '' : (row.cells[index] ?? '').trim();
    }
    return { row: row.row, values };
  });
  return { table: { headers, rows }, problems: [] };
}
