import { ItemCategory } from '../catalogue/item';
import { ImportProblem } from './import-problem';
import { ColumnSpec, Table } from './import-table';
import { RowReader } from './row-reader';

export type CatalogueColumn = 'code' | 'name' | 'nameEn' | 'unit' | 'category' | 'tracksExpiry' | 'durable';

export const CATALOGUE_COLUMNS: readonly ColumnSpec<CatalogueColumn>[] = [
  { key: 'code', headers: ['code', '物资编码', '编码'], required: true },
  { key: 'name', headers: ['name', '物资名称', '名称'], required: true },
  { key: 'nameEn', headers: ['nameEn', '英文名称'], required: false },
  { key: 'unit', headers: ['unit', '单位'], required: true },
  { key: 'category', headers: ['category', '类别'], required: true },
  { key: 'tracksExpiry', headers: ['tracksExpiry', '效期管理'], required: false },
  { key: 'durable', headers: ['durable', '领新交旧'], required: false },
];

/** A valid catalogue row, ready to become an item. */
export interface CatalogueRow {
  row: number;
  code: string;
  name: string;
  nameEn: string | null;
  unit: string;
  category: ItemCategory;
  tracksExpiry: boolean;
  /** 领新交旧: issued only against the old one returned. */
  durable: boolean;
}

/** The codes the rows name, to look up in the catalogue before `validateCatalogueRows`. */
export const catalogueCodes = (table: Table<CatalogueColumn>) => table.rows.map((row) => row.values.code).filter(Boolean);

/**
 * Every row checked as `createItem` would (same lengths, same categories), plus what a bulk file adds: the code's
 * format, and a code unique within the file and new to the catalogue (`existingCodes`: those of the file's codes
 * already there). Codes compare exactly, as the unique index does.
 */
export function validateCatalogueRows(table: Table<CatalogueColumn>, existingCodes: ReadonlySet<string>): { rows: CatalogueRow[]; problems: ImportProblem[] } {
  const rows: CatalogueRow[] = [];
  const problems: ImportProblem[] = [];
  const firstRowOf = new Map<string, number>();
  for (const source of table.rows) {
    const cells = new RowReader(table, source);
    const code = cells.itemCode('code');
    const name = cells.text('name', 100);
    const nameEn = cells.optionalText('nameEn', 100);
    const unit = cells.text('unit', 32);
    const category = cells.category('category');
    const tracksExpiry = cells.flag('tracksExpiry');
    const durable = cells.flag('durable');
    if (code !== undefined) {
      const firstRow = firstRowOf.get(code);
      if (firstRow !== undefined) cells.fail('code', 'IMPORT_DUPLICATE_CODE', { code, firstRow });
      else {
        firstRowOf.set(code, source.row);
        if (existingCodes.has(code)) cells.fail('code', 'IMPORT_CODE_EXISTS', { code });
      }
    }
    if (cells.problems.length) problems.push(...cells.problems);
    else
      rows.push({
        row: source.row,
        code: code!,
        name: name!,
        nameEn: nameEn!,
        unit: unit!,
        category: category!,
        tracksExpiry: tracksExpiry!,
        durable: durable!,
      });
  }
  return { rows, problems };
}
