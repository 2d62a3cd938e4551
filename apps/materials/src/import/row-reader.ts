import { ErrorCode, ErrorParams } from '@houqin/platform-errors';
import { ITEM_CATEGORIES, ItemCategory } from '../catalogue/item';
import { ImportProblem, problem } from './import-problem';
import { Table, TableRow } from './import-table';

/** Integer columns (quantities, fen) are Postgres `integer`. */
const INT_MAX = 2_147_483_647;
/** Letters, digits and - _ . / (as on suppliers' part numbers), no spaces: codes are typed into searches and scanners. */
const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;
const WHOLE = /^\d{1,10}$/;
/** Yuan with at most two decimals, read as text so 0.1 + 0.2 never happens: 12.5 → 1250 fen. */
const YUAN = /^(\d{1,8})(?:\.(\d{1,2}))?$/;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

const CATEGORY_LABELS_ZH: Record<ItemCategory, string> = {
  [ItemCategory.SPARE_PART]: '备品备件',
  [ItemCategory.CONSUMABLE]: '低值易耗品',
  [ItemCategory.PROTECTIVE]: '防护用品',
  [ItemCategory.CLEANING]: '保洁用品',
  [ItemCategory.OFFICE]: '办公用品',
};
const CATEGORY_BY_TEXT = new Map<string, ItemCategory>([
  ...ITEM_CATEGORIES.map((category) => [category.toLowerCase(), category] as const),
  ...ITEM_CATEGORIES.map((category) => [CATEGORY_LABELS_ZH[category], category] as const),
]);
const FLAGS = new Map<string, boolean>([
  ...['是', 'y', 'yes', 'true', '1'].map((text) => [text, true] as const),
  ...['否', 'n', 'no', 'false', '0'].map((text) => [text, false] as const),
]);

/** What an invalid value should have been, for IMPORT_VALUE_INVALID in both languages. */
const EXPECTED = {
  code: { expectedZh: '物资编码（字母、数字及 - _ . /，最多 32 位，不含空格）', expected: 'item code (letters, digits and - _ . /, at most 32, no spaces)' },
  category: {
    expectedZh: `类别（${ITEM_CATEGORIES.map((c) => CATEGORY_LABELS_ZH[c]).join('、')}，或 ${ITEM_CATEGORIES.join('、')}）`,
    expected: `category (${ITEM_CATEGORIES.join(', ')}, or ${ITEM_CATEGORIES.map((c) => CATEGORY_LABELS_ZH[c]).join(', ')})`,
  },
  flag: { expectedZh: '是否值（是/否、Y/N、true/false、1/0，空为否）', expected: 'yes/no value (是/否, Y/N, true/false, 1/0; empty is no)' },
  quantity: { expectedZh: '数量（大于零的整数）', expected: 'quantity (a whole number above zero)' },
  yuan: { expectedZh: '单价（元，不小于零，最多两位小数）', expected: 'unit cost (yuan, zero or more, at most 2 decimals)' },
  date: { expectedZh: '日期（YYYY-MM-DD）', expected: 'date (YYYY-MM-DD)' },
} as const;

/**
 * Reads one row's cells by column, collecting every problem of the row instead of stopping at the first, so one
 * report shows all that is wrong. Each reader returns undefined for an invalid value.
 */
export class RowReader<K extends string> {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly table: Table<K>,
    private readonly source: TableRow<K>,
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** The column's header as the file writes it. */
  column(key: K): string {
    return this.table.headers.get(key) ?? key;
  }

  fail(key: K, code: ErrorCode, params: ErrorParams = {}): undefined {
    this.problems.push(problem(this.source.row, this.column(key), code, params));
    return undefined;
  }

  private invalid(key: K, expected: keyof typeof EXPECTED): undefined {
    return this.fail(key, 'IMPORT_VALUE_INVALID', { value: this.source.values[key].slice(0, 40), ...EXPECTED[expected] });
  }

  text(key: K, max: number): string | undefined {
    const value = this.source.values[key];
    if (!value) return this.fail(key, 'TEXT_REQUIRED', { field: this.column(key) });
    if ([...value].length > max) return this.fail(key, 'TEXT_TOO_LONG', { field: this.column(key), max });
    return value;
  }

  optionalText(key: K, max: number): string | null | undefined {
    return this.source.values[key] ? this.text(key, max) : null;
  }

  itemCode(key: K): string | undefined {
    const value = this.text(key, 32);
    if (value === undefined) return undefined;
    return ITEM_CODE.test(value) ? value : this.invalid(key, 'code');
  }

  category(key: K): ItemCategory | undefined {
    const value = this.source.values[key];
    if (!value) return this.fail(key, 'TEXT_REQUIRED', { field: this.column(key) });
    return CATEGORY_BY_TEXT.get(value.toLowerCase()) ?? this.invalid(key, 'category');
  }

  /** Yes or no; empty is no. */
  flag(key: K): boolean | undefined {
    const value = this.source.values[key];
    if (!value) return false;
    return FLAGS.get(value.toLowerCase()) ?? this.invalid(key, 'flag');
  }

  quantity(key: K): number | undefined {
    const value = this.source.values[key];
    if (!value) return this.fail(key, 'TEXT_REQUIRED', { field: this.column(key) });
    const quantity = WHOLE.test(value) ? Number(value) : NaN;
    return quantity > 0 && quantity <= INT_MAX ? quantity : this.invalid(key, 'quantity');
  }

  /** A price in yuan, returned in fen. */
  yuanAsFen(key: K): number | undefined {
    const value = this.source.values[key];
    if (!value) return this.fail(key, 'TEXT_REQUIRED', { field: this.column(key) });
    const match = YUAN.exec(value);
    const fen = match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : NaN;
    return fen <= INT_MAX ? fen : this.invalid(key, 'yuan');
  }

  /** A calendar date that exists, YYYY-MM-DD (also 2026/3/1 as Excel shows it); null when empty. */
  optionalDate(key: K): string | null | undefined {
    const value = this.source.values[key];
    if (!value) return null;
    const match = DATE.exec(value);
    if (!match) return this.invalid(key, 'date');
    const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : this.invalid(key, 'date');
  }
}
