import { ImportProblem } from './import-problem';
import { ColumnSpec, Table } from './import-table';
import { RowReader } from './row-reader';

export type BalanceColumn = 'itemCode' | 'quantity' | 'unitCost' | 'expiresOn' | 'batchNo' | 'receivedOn';

export const BALANCE_COLUMNS: readonly ColumnSpec<BalanceColumn>[] = [
  { key: 'itemCode', headers: ['itemCode', '物资编码', 'code', '编码'], required: true },
  { key: 'quantity', headers: ['quantity', '数量'], required: true },
  { key: 'unitCost', headers: ['unitCost', '单价(元)', '单价'], required: true },
  { key: 'expiresOn', headers: ['expiresOn', '有效期至', '有效期'], required: false },
  { key: 'batchNo', headers: ['batchNo', '批号'], required: false },
  { key: 'receivedOn', headers: ['receivedOn', '入库日期'], required: false },
];

/** The catalogue entry a balance row names. */
export interface BalanceItem {
  id: string;
  code: string;
  name: string;
  tracksExpiry: boolean;
}

/** A valid opening-balance row, ready to become a lot. */
export interface BalanceRow {
  row: number;
  itemId: string;
  quantity: number;
  unitCostFen: number;
  expiresOn: string | null;
  batchNo: string | null;
  /** The original receipt date, which places the lot in FIFO order; null: the day of the import. */
  receivedOn: string | null;
}

/** The item codes the rows name, to look up before `validateBalanceRows`. */
export const balanceItemCodes = (table: Table<BalanceColumn>) => table.rows.map((row) => row.values.itemCode).filter(Boolean);

/**
 * Every row checked as `receiveGoods` checks a line: a known item, a positive whole quantity, a unit cost (in yuan
 * in the file, fen in the books), an expiry date on items that track it and none already past (`today`, Beijing
 * time), plus a receipt date not after today. An item may have several rows: one lot each (different expiry
 * dates, costs or batches).
 */
export function validateBalanceRows(
  table: Table<BalanceColumn>,
  items: ReadonlyMap<string, BalanceItem>,
  today: string,
): { rows: BalanceRow[]; problems: ImportProblem[] } {
  const rows: BalanceRow[] = [];
  const problems: ImportProblem[] = [];
  for (const source of table.rows) {
    const cells = new RowReader(table, source);
    const code = cells.text('itemCode', 32);
    const item = code === undefined ? undefined : items.get(code);
    if (code !== undefined && !item) cells.fail('itemCode', 'IMPORT_ITEM_UNKNOWN', { code });
    const quantity = cells.quantity('quantity');
    const unitCostFen = cells.yuanAsFen('unitCost');
    const expiresOn = cells.optionalDate('expiresOn');
    const batchNo = cells.optionalText('batchNo', 32);
    const receivedOn = cells.optionalDate('receivedOn');
    const label = item && `${item.name} (${item.code})`;
    // 效期管理: as at receipt, an expiring item needs its date, and an expired lot is not taken into stock.
    if (item?.tracksExpiry && expiresOn === null) cells.fail('expiresOn', 'EXPIRY_REQUIRED', { item: label! });
    if (label && expiresOn && expiresOn < today) cells.fail('expiresOn', 'LOT_EXPIRED', { item: label, expiresOn });
    if (receivedOn && receivedOn > today) cells.fail('receivedOn', 'DATE_IN_FUTURE', { field: cells.column('receivedOn'), value: receivedOn });
    if (cells.problems.length) problems.push(...cells.problems);
    else
      rows.push({
        row: source.row,
        itemId: item!.id,
        quantity: quantity!,
        unitCostFen: unitCostFen!,
        expiresOn: expiresOn!,
        batchNo: batchNo!,
        receivedOn: receivedOn!,
      });
  }
  return { rows, problems };
}
