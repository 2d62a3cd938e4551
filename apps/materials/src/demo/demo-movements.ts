import { addDays } from '@houqin/platform-calendar';
import { AdjustmentReason } from '../stock-adjustment/adjustment-rules';
import { ExpiryThreshold } from '../expiry/lot-expiry';
import { StockTransferStatus } from '../stock-transfer/stock-transfer.entity';
import { CampusKey, DEMO_ITEM_IDS, DEMO_PROTECTIVE_REQUISITION, DEMO_SUPPLIERS, DemoLot, DemoReceipt, DemoRequisition, demoId } from './demo-materials';

/**
 * Stock moving after the demo's deliveries, requisitions, purchasing and stocktakes, as plain data shaped like the
 * GraphQL inputs: 调拨 from East to West, a 退库 from cardiology, a 报损 and lots near their expiry (近效期). It runs
 * last and moves no stock another demo or the end-to-end test counts: N95 respirators and alcohol that only East
 * holds, and gowns (whose stock nothing checks) coming back from cardiology. Dates follow `today` (the Beijing date
 * of seeding), so the lots are as near their expiry whenever the demo starts.
 */

const I = DEMO_ITEM_IDS;

/** A 调拨单 as dispatchStockTransfer takes it, by campus, and who takes each step. */
export interface DemoTransfer {
  from: CampusKey;
  to: CampusKey;
  /** 孙红梅 (`east-storekeeper`) sends it. */
  dispatchedBy: 'storekeeper';
  /** 高明 (`west-admin`) receives it; null: left in transit. */
  receivedBy: 'westAdmin' | null;
  lines: { itemId: string; quantity: number }[];
  note: string;
  /** Where it ends; the seed checks the service agrees. */
  status: StockTransferStatus;
}

/** A 退库 of part of a requisition's issue, booked by the store. */
export interface DemoReturn {
  /** The requisition whose (only) issue the stock went out on. */
  requisition: DemoRequisition;
  /** The department credited: the issue's, by its name in the org demo. */
  department: string;
  by: 'storekeeper';
  lines: { itemId: string; quantity: number }[];
  reason: string;
  /** The credit in fen: the units at the cost the issue drew them at (demo-materials.spec.ts replays it). */
  creditFen: number;
}

/** An adjustStock input less the warehouse (East's). */
export interface DemoWriteOff {
  /** 周涛 (`east-admin`): adjustments are campus admins' only. */
  by: 'clerk';
  reason: AdjustmentReason;
  note: string;
  lines: { lotId: string; quantityDelta: number }[];
}

/** A demo lot that `expiringLots` shows and the expiry job alerts on. */
export interface DemoExpiringLot {
  lotId: string;
  daysLeft: number;
  /** The nearest threshold it has passed: the one alert the job raises for it, and its band in the console. */
  threshold: ExpiryThreshold;
}

export interface DemoMovements {
  /** Into East, like the demo deliveries (as the group admin, with fixed ids). */
  receipts: DemoReceipt[];
  /** In the order they are sent. */
  transfers: DemoTransfer[];
  stockReturn: DemoReturn;
  writeOff: DemoWriteOff;
  /** Soonest expiry first, as `expiringLots` lists them. */
  expiring: DemoExpiringLot[];
}

/** Units of each lot of the alcohol delivery, by days left until its expiry date. */
const ALCOHOL_LOTS: readonly { daysLeft: number; quantity: number; threshold: ExpiryThreshold }[] = [
  // Receipts refuse a lot already past its date (LOT_EXPIRED), so none is expired when seeded and there is nothing
  // to write off yet: this one expires tomorrow, the expiry job quarantines it the day after (过期隔离), and it
  // waits in the console for its 过期报废.
  { daysLeft: 1, quantity: 6, threshold: ExpiryThreshold.DAYS_7 },
  { daysLeft: 5, quantity: 24, threshold: ExpiryThreshold.DAYS_7 },
  { daysLeft: 25, quantity: 60, threshold: ExpiryThreshold.DAYS_30 },
  { daysLeft: 80, quantity: 120, threshold: ExpiryThreshold.DAYS_90 },
];
/** 75% alcohol keeps two years: its batch number is its production date. */
const SHELF_LIFE_DAYS = 730;

const supplierName = (code: string) => DEMO_SUPPLIERS.find((supplier) => supplier.code === code)!.name;

export function demoMovements(today: string): DemoMovements {
  const n95Lot: DemoLot = {
    lotId: demoId('east', 'lot', 101),
    itemId: I.n95Respirator,
    quantity: 600,
    unitCostFen: 450,
    expiresOn: '2028-08-31',
    batchNo: 'N95-2508',
  };
  const alcoholLots: DemoLot[] = ALCOHOL_LOTS.map(({ daysLeft, quantity }, index) => {
    const expiresOn = addDays(today, daysLeft);
    return {
      lotId: demoId('east', 'lot', 102 + index),
      itemId: I.alcohol75,
      quantity,
      unitCostFen: 650,
      expiresOn,
      batchNo: `ALC-${addDays(expiresOn, -SHELF_LIFE_DAYS).replace(/-/g, '')}`,
    };
  });
  // The lot furthest from its date: damage is no reason to draw on the near-expiry stock.
  const damagedLot = alcoholLots[alcoholLots.length - 1];
  return {
    receipts: [
      // East keeps N95s for its fever clinic; West has none of its own.
      { id: demoId('east', 'receipt', 101), supplierName: supplierName('SUP-KHFH'), receivedAt: '2025-09-15T02:00:00.000Z', lines: [n95Lot] },
      // Delivered most of a year ago, four batches; they now come within 90, 30 and 7 days of their dates.
      { id: demoId('east', 'receipt', 102), supplierName: supplierName('SUP-JKBJ'), receivedAt: `${addDays(today, -300)}T02:00:00.000Z`, lines: alcoholLots },
    ],
    transfers: [
      {
        from: 'east',
        to: 'west',
        dispatchedBy: 'storekeeper',
        receivedBy: 'westAdmin',
        lines: [{ itemId: I.n95Respirator, quantity: 200 }],
        note: '西院区发热门诊 N95 储备不足，东院区调拨支援',
        status: StockTransferStatus.RECEIVED,
      },
      {
        from: 'east',
        to: 'west',
        dispatchedBy: 'storekeeper',
        receivedBy: null,
        lines: [{ itemId: I.n95Respirator, quantity: 100 }],
        note: '第二批，随周五物流车送西院区',
        status: StockTransferStatus.IN_TRANSIT,
      },
    ],
    stockReturn: {
      requisition: DEMO_PROTECTIVE_REQUISITION,
      department: '心血管内科',
      by: 'storekeeper',
      lines: [{ itemId: I.isolationGown, quantity: 4 }],
      reason: '隔离衣尺码偏大（L 码），4 件未拆封退库',
      // Drawn from the May gowns at 12.00 each.
      creditFen: 4 * 1200,
    },
    writeOff: {
      by: 'clerk',
      reason: AdjustmentReason.DAMAGED,
      note: '搬运时整箱跌落，2 瓶破裂渗漏',
      lines: [{ lotId: damagedLot.lotId, quantityDelta: -2 }],
    },
    expiring: ALCOHOL_LOTS.map(({ daysLeft, threshold }, index) => ({ lotId: alcoholLots[index].lotId, daysLeft, threshold })),
  };
}
