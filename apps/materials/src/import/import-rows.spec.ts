import { ItemCategory } from '../catalogue/item';
import { BALANCE_COLUMNS, BalanceItem, validateBalanceRows } from './balance-rows';
import { CATALOGUE_COLUMNS, validateCatalogueRows } from './catalogue-rows';
import { MAX_ROWS } from './import-job';
import { describeProblem, ImportProblem } from './import-problem';
import { ColumnSpec, readTable, Table } from './import-table';
import { parseCsv } from './sheet';

function table<K extends string>(csv: string, columns: readonly ColumnSpec<K>[]): Table<K> {
  const { table, problems } = readTable(parseCsv(csv), columns);
  if (!table) throw new Error(JSON.stringify(problems));
  return table;
}
const where = (problems: ImportProblem[]) => problems.map((p) => [p.row, p.column, p.code]);

describe('readTable', () => {
  it('matches headers in English or Chinese, ignoring case, spaces, full-width brackets and *', () => {
    const t = table('物资编码*, 数量 ,单价（元）,EXPIRESON\nA,1,2,\n', BALANCE_COLUMNS);
    expect([...t.headers.entries()]).toEqual([
      ['itemCode', '物资编码*'],
      ['quantity', '数量'],
      ['unitCost', '单价（元）'],
      ['expiresOn', 'EXPIRESON'],
    ]);
    expect(t.rows).toEqual([{ row: 2, values: { itemCode: 'A', quantity: '1', unitCost: '2', expiresOn: '', batchNo: '', receivedOn: '' } }]);
  });

  it('stops at a wrong header: unknown, twice, or a required column missing', () => {
    const { table: none, problems } = readTable(parseCsv('code,名称,name,备注\nA,b,c,d\n'), CATALOGUE_COLUMNS);
    expect(none).toBeNull();
    expect(where(problems)).toEqual([
      [1, 'name', 'IMPORT_COLUMN_DUPLICATE'],
      [1, '备注', 'IMPORT_COLUMN_UNKNOWN'],
      [1, 'unit', 'IMPORT_COLUMN_MISSING'],
      [1, 'category', 'IMPORT_COLUMN_MISSING'],
    ]);
    expect(describeProblem(problems[1]).reasonZh).toBe('无法识别的列“备注”，可用的列：code, name, nameEn, unit, category, tracksExpiry, durable');
  });

  it('finds the header below blank rows, and refuses files with no data or too many rows', () => {
    expect(table('\n,,\ncode,name,unit,category\nA,b,个,OFFICE\n', CATALOGUE_COLUMNS).rows[0].row).toBe(4);
    expect(where(readTable(parseCsv('code,name,unit,category\n\n'), CATALOGUE_COLUMNS).problems)).toEqual([[null, null, 'IMPORT_NO_ROWS']]);
    const big = parseCsv(`code\n${'A\n'.repeat(MAX_ROWS + 1)}`);
    expect(readTable(big, CATALOGUE_COLUMNS).problems[0]).toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', params: { rows: MAX_ROWS + 1 } });
  });
});

describe('validateCatalogueRows', () => {
  const HEADER = 'code,name,nameEn,unit,category,tracksExpiry\n';

  it('turns good rows into items, with categories in English or Chinese and yes/no flags', () => {
    const { rows, problems } = validateCatalogueRows(
      table(`${HEADER}VAL-DN20,截止阀 DN20,Gate valve,个,SPARE_PART,\nMASK-N95,N95 口罩,,只,防护用品,是\n`, CATALOGUE_COLUMNS),
      new Set(),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        code: 'VAL-DN20',
        name: '截止阀 DN20',
        nameEn: 'Gate valve',
        unit: '个',
        category: ItemCategory.SPARE_PART,
        tracksExpiry: false,
        durable: false,
      },
      { row: 3, code: 'MASK-N95', name: 'N95 口罩', nameEn: null, unit: '只', category: ItemCategory.PROTECTIVE, tracksExpiry: true, durable: false },
    ]);
  });

  it('reports every problem of every row with its row, column and reason in both languages', () => {
    const csv =
      `${HEADER}` +
      'BAD CODE,名称,,个,OFFICE,\n' + // row 2: space in the code
      `OK-1,${'长'.repeat(101)},,,家具,也许\n` + // row 3: name too long, unit empty, unknown category, bad flag
      'OK-2,纱布,,卷,CONSUMABLE,N\n' + // row 4: fine
      'OK-2,纱布,,卷,CONSUMABLE,N\n' + // row 5: repeats row 4
      'TAKEN,手套,,副,protective,1\n'; // row 6: already in the catalogue
    const { rows, problems } = validateCatalogueRows(table(csv, CATALOGUE_COLUMNS), new Set(['TAKEN']));
    expect(rows.map((r) => r.row)).toEqual([4]);
    expect(where(problems)).toEqual([
      [2, 'code', 'IMPORT_VALUE_INVALID'],
      [3, 'name', 'TEXT_TOO_LONG'],
      [3, 'unit', 'TEXT_REQUIRED'],
      [3, 'category', 'IMPORT_VALUE_INVALID'],
      [3, 'tracksExpiry', 'IMPORT_VALUE_INVALID'],
      [5, 'code', 'IMPORT_DUPLICATE_CODE'],
      [6, 'code', 'IMPORT_CODE_EXISTS'],
    ]);
    const reasons = problems.map(describeProblem);
    expect(reasons[0].reasonEn).toBe('"BAD CODE" is not a valid item code (letters, digits and - _ . /, at most 32, no spaces)');
    expect(reasons[2].reasonZh).toBe('unit 不能为空');
    expect(reasons[5]).toMatchObject({
      reasonZh: '物资编码 OK-2 在文件中重复（第 4 行已有）',
      reasonEn: 'The item code OK-2 appears more than once in the file (first in row 4)',
    });
    expect(reasons[6].reasonEn).toBe('The catalogue already has an item with code TAKEN');
  });
});

describe('validateBalanceRows', () => {
  const TODAY = '2026-05-01';
  const items = new Map<string, BalanceItem>([
    ['GLOVE', { id: '00000000-0000-7000-8000-000000000001', code: 'GLOVE', name: '检查手套', tracksExpiry: true }],
    ['VALVE', { id: '00000000-0000-7000-8000-000000000002', code: 'VALVE', name: '截止阀', tracksExpiry: false }],
  ]);
  const HEADER = '物资编码,数量,单价(元),有效期至,批号,入库日期\n';

  it('turns good rows into lots: yuan to fen exactly, dates as YYYY-MM-DD, several lots of one item', () => {
    const { rows, problems } = validateBalanceRows(
      table(`${HEADER}GLOVE,100,0.35,2027/3/1,B1,2026-01-15\nGLOVE,20,12,2026-05-01,,\nVALVE,3,35.5,,,\n`, BALANCE_COLUMNS),
      items,
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { row: 2, itemId: items.get('GLOVE')!.id, quantity: 100, unitCostFen: 35, expiresOn: '2027-03-01', batchNo: 'B1', receivedOn: '2026-01-15' },
      { row: 3, itemId: items.get('GLOVE')!.id, quantity: 20, unitCostFen: 1200, expiresOn: '2026-05-01', batchNo: null, receivedOn: null },
      { row: 4, itemId: items.get('VALVE')!.id, quantity: 3, unitCostFen: 3550, expiresOn: null, batchNo: null, receivedOn: null },
    ]);
  });

  it('reports unknown items, bad quantities and prices, missing or past expiry dates and future receipt dates', () => {
    const csv =
      HEADER +
      'NOPE,1,1,,,\n' + // row 2
      'VALVE,0,1.234,,,\n' + // row 3
      'VALVE,2.5,-1,2026-02-30,,\n' + // row 4
      'GLOVE,5,1,,,\n' + // row 5: tracks expiry
      'GLOVE,5,1,2026-04-30,,2026-05-02\n' + // row 6: expired, received tomorrow
      'VALVE,,,,,\n'; // row 7
    const { rows, problems } = validateBalanceRows(table(csv, BALANCE_COLUMNS), items, TODAY);
    expect(rows).toEqual([]);
    expect(where(problems)).toEqual([
      [2, '物资编码', 'IMPORT_ITEM_UNKNOWN'],
      [3, '数量', 'IMPORT_VALUE_INVALID'],
      [3, '单价(元)', 'IMPORT_VALUE_INVALID'],
      [4, '数量', 'IMPORT_VALUE_INVALID'],
      [4, '单价(元)', 'IMPORT_VALUE_INVALID'],
      [4, '有效期至', 'IMPORT_VALUE_INVALID'],
      [5, '有效期至', 'EXPIRY_REQUIRED'],
      [6, '有效期至', 'LOT_EXPIRED'],
      [6, '入库日期', 'DATE_IN_FUTURE'],
      [7, '数量', 'TEXT_REQUIRED'],
      [7, '单价(元)', 'TEXT_REQUIRED'],
    ]);
    const reasons = problems.map(describeProblem);
    expect(reasons[0].reasonZh).toBe('物资目录中没有编码为 NOPE 的物资，请先导入物资目录');
    expect(reasons[2].reasonZh).toBe('“1.234”不是有效的单价（元，不小于零，最多两位小数）');
    expect(reasons[6].reasonEn).toBe('检查手套 (GLOVE) needs an expiry date on every lot');
    expect(reasons[7].reasonZh).toBe('检查手套 (GLOVE) 的批次已于 2026-04-30 过期，不能入库');
  });

  it('refuses a price above what an integer number of fen holds', () => {
    const { problems } = validateBalanceRows(table(`${HEADER}VALVE,1,99999999.99,,,\n`, BALANCE_COLUMNS), items, TODAY);
    expect(where(problems)).toEqual([[2, '单价(元)', 'IMPORT_VALUE_INVALID']]);
  });
});
