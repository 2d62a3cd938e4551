import { ItemCategory } from '../catalogue/item';

/**
 * Demo catalogue and stock, as plain data shaped like the createItem / createWarehouse / receiveGoods /
 * setReorderPoint inputs, so the seeder only sends it. Ids are fixed so the demo (and any bookmark or test
 * built on it) is the same on every machine. Prices are plausible hospital contract prices in fen.
 */

export interface DemoItem {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  category: ItemCategory;
  /** 领新交旧: issued on a requisition only for an old one handed back. */
  durable?: boolean;
}

export const DEMO_ITEM_IDS = {
  valveDn20: '01940000-0000-7000-8000-000000000101',
  tap: '01940000-0000-7000-8000-000000000102',
  ledTube: '01940000-0000-7000-8000-000000000103',
  acFilter: '01940000-0000-7000-8000-000000000104',
  surgicalMask: '01940000-0000-7000-8000-000000000105',
  isolationGown: '01940000-0000-7000-8000-000000000106',
  nitrileGloves: '01940000-0000-7000-8000-000000000107',
  chlorineTablets: '01940000-0000-7000-8000-000000000108',
  a4Paper: '01940000-0000-7000-8000-000000000109',
  mop: '01940000-0000-7000-8000-000000000110',
} as const;

const I = DEMO_ITEM_IDS;

export const DEMO_ITEMS: readonly DemoItem[] = [
  { id: I.valveDn20, code: 'VAL-DN20', name: '截止阀 DN20', nameEn: 'Globe valve DN20', unit: '个', category: ItemCategory.SPARE_PART },
  { id: I.tap, code: 'TAP-STD', name: '水龙头', nameEn: 'Tap', unit: '个', category: ItemCategory.SPARE_PART },
  { id: I.ledTube, code: 'LED-T8-12', name: 'LED 灯管 T8 1.2米', nameEn: 'LED tube T8 1.2 m', unit: '支', category: ItemCategory.SPARE_PART },
  { id: I.acFilter, code: 'AC-FILTER', name: '空调滤网', nameEn: 'Air-conditioner filter', unit: '片', category: ItemCategory.SPARE_PART },
  { id: I.surgicalMask, code: 'PPE-MASK-SURG', name: '医用外科口罩', nameEn: 'Surgical mask', unit: '盒', category: ItemCategory.PROTECTIVE },
  { id: I.isolationGown, code: 'PPE-GOWN-ISO', name: '隔离衣', nameEn: 'Isolation gown', unit: '件', category: ItemCategory.PROTECTIVE },
  { id: I.nitrileGloves, code: 'PPE-GLOVE-NBR', name: '丁腈手套', nameEn: 'Nitrile gloves', unit: '副', category: ItemCategory.PROTECTIVE },
  { id: I.chlorineTablets, code: 'CLN-CL-TAB', name: '含氯消毒片', nameEn: 'Chlorine disinfectant tablets', unit: '瓶', category: ItemCategory.CLEANING },
  { id: I.a4Paper, code: 'OFF-A4', name: 'A4 复印纸', nameEn: 'A4 copy paper', unit: '箱', category: ItemCategory.OFFICE },
  { id: I.mop, code: 'CLN-MOP', name: '拖把', nameEn: 'Mop', unit: '把', category: ItemCategory.CLEANING, durable: true },
];

export interface DemoLot {
  lotId: string;
  itemId: string;
  quantity: number;
  unitCostFen: number;
  expiresOn: string | null;
  batchNo: string | null;
}

export interface DemoReceipt {
  id: string;
  supplierName: string;
  /** ISO instant; older receipts are drawn first (FIFO). */
  receivedAt: string;
  lines: DemoLot[];
}

export interface DemoWarehouseStock {
  warehouse: { id: string; campusId: string; code: string; name: string };
  receipts: DemoReceipt[];
  reorderPoints: { itemId: string; reorderPoint: number; maxLevel?: number; leadTimeDays?: number; reserveDays?: number }[];
}

export interface DemoCampusIds {
  east: string;
  west: string;
  south: string;
}

export type CampusKey = keyof DemoCampusIds;

/** Fixed per campus: the block in every demo id of that campus's warehouse, receipts and lots. */
const CAMPUS_BLOCK: Record<CampusKey, string> = { east: '1', west: '2', south: '3' };
const demoId = (campus: CampusKey, kind: 'warehouse' | 'receipt' | 'lot', n: number) =>
  `01940000-000${CAMPUS_BLOCK[campus]}-7000-8${{ warehouse: '001', receipt: '002', lot: '003' }[kind]}-${n.toString().padStart(12, '0')}`;

const CAMPUS_NAMES: Record<CampusKey, { code: string; name: string }> = {
  east: { code: 'WH-EAST', name: '东院区总库' },
  west: { code: 'WH-WEST', name: '西院区总库' },
  south: { code: 'WH-SOUTH', name: '南院区总库' },
};

type LotSpec = Omit<DemoLot, 'lotId'>;
const lot = (itemId: string, quantity: number, unitCostFen: number, expiresOn: string | null = null, batchNo: string | null = null): LotSpec => ({
  itemId,
  quantity,
  unitCostFen,
  expiresOn,
  batchNo,
});

/** Two deliveries per campus: spring (older, cheaper valves) and early summer (dearer valves, PPE top-up). */
function receiptsFor(campus: CampusKey): { supplierName: string; receivedAt: string; lines: LotSpec[] }[] {
  const spring = {
    supplierName: '华东五金机电有限公司',
    receivedAt: '2025-03-03T02:00:00.000Z',
    lines: [
      lot(I.valveDn20, 12, 3500, null, 'VAL-2503'),
      lot(I.tap, 30, 4200),
      lot(I.ledTube, 80, 1850),
      lot(I.acFilter, 40, 2600),
      lot(I.chlorineTablets, 60, 1500, '2027-02-28', 'CL-2502'),
      lot(I.a4Paper, 20, 13500),
    ],
  };
  const summer = {
    supplierName: '康护医用防护用品有限公司',
    receivedAt: '2025-05-12T02:00:00.000Z',
    lines: [
      lot(I.valveDn20, 20, 3800, null, 'VAL-2505'),
      lot(I.surgicalMask, campus === 'east' ? 300 : 200, 1800, '2027-04-30', 'MSK-2504'),
      lot(I.isolationGown, 150, 1200, '2028-04-30', 'GWN-2504'),
      lot(I.nitrileGloves, 1200, 65, '2028-03-31', 'GLV-2503'),
    ],
  };
  // Last, so the lots of the earlier deliveries keep their ids.
  const cleaning = {
    supplierName: '洁康保洁用品有限公司',
    receivedAt: '2025-06-09T02:00:00.000Z',
    lines: [lot(I.mop, 40, 2800)],
  };
  return [spring, summer, cleaning];
}

/** Warehouses, receipts (with lot ids) and reorder points of the three demo campuses. */
export function demoStock(campusIds: DemoCampusIds): DemoWarehouseStock[] {
  return (Object.keys(CAMPUS_BLOCK) as CampusKey[]).map((campus) => {
    let lotNo = 0;
    return {
      warehouse: { id: demoId(campus, 'warehouse', 1), campusId: campusIds[campus], ...CAMPUS_NAMES[campus] },
      receipts: receiptsFor(campus).map((receipt, index) => ({
        id: demoId(campus, 'receipt', index + 1),
        ...receipt,
        lines: receipt.lines.map((line) => ({ lotId: demoId(campus, 'lot', ++lotNo), ...line })),
      })),
      reorderPoints: [
        { itemId: I.valveDn20, reorderPoint: 10 },
        // 应急储备: 30 days of masks and gowns (the seeds' figure), a week's delivery time.
        { itemId: I.surgicalMask, reorderPoint: 100, maxLevel: 600, leadTimeDays: 7, reserveDays: 30 },
        { itemId: I.isolationGown, reorderPoint: 50, maxLevel: 300, leadTimeDays: 7, reserveDays: 30 },
        { itemId: I.nitrileGloves, reorderPoint: 400 },
      ],
    };
  });
}

/** 审批权限 per campus: what a department head approves without the materials office (see docs/materials.md). */
export const DEMO_REQUISITION_POLICIES: readonly { campus: CampusKey; autoApproveLimitFen: number; autoApproveCategories: ItemCategory[] }[] = [
  { campus: 'east', autoApproveLimitFen: 50_000, autoApproveCategories: [ItemCategory.CLEANING, ItemCategory.OFFICE] },
  { campus: 'west', autoApproveLimitFen: 30_000, autoApproveCategories: [ItemCategory.CLEANING] },
  { campus: 'south', autoApproveLimitFen: 50_000, autoApproveCategories: [ItemCategory.CLEANING, ItemCategory.OFFICE] },
];

export interface DemoRequisition {
  campus: CampusKey;
  /** The org demo's staff member it is for, by employee number; the department is theirs. */
  requesterEmployeeNo: string;
  reason: string;
  lines: { itemId: string; quantity: number; note?: string }[];
  /** Set for a requisition the department then withdrew. */
  cancelReason?: string;
}

/**
 * 科室申领 of nurse 王丽 (East, 心内科 5病区), entered as paper forms (补录): the seed acts as the group admin
 * only, so requisitions wait for the head of cardiology, or were withdrawn. Protective gear goes to the
 * materials office after the head; mops and disinfectant under ¥500 need only the head (East's policy);
 * mops go out new-for-old (领新交旧).
 */
export const DEMO_REQUISITIONS: readonly DemoRequisition[] = [
  {
    campus: 'east',
    requesterEmployeeNo: 'E3057',
    reason: '5病区本周防护用品',
    lines: [
      { itemId: I.nitrileGloves, quantity: 200, note: '治疗室' },
      { itemId: I.surgicalMask, quantity: 10 },
    ],
  },
  {
    campus: 'east',
    requesterEmployeeNo: 'E3057',
    reason: '病区保洁工具更换',
    lines: [
      { itemId: I.mop, quantity: 2, note: '旧拖把 2 把已磨损，领新交旧' },
      { itemId: I.chlorineTablets, quantity: 4 },
    ],
  },
  {
    campus: 'east',
    requesterEmployeeNo: 'E3057',
    reason: '护士站打印用纸',
    lines: [{ itemId: I.a4Paper, quantity: 2 }],
    cancelReason: '已从科室余量调剂',
  },
];

/**
 * East's emergency department has been using masks: 250 issued leaves 50, about 18 days at that rate — short of
 * the 30-day reserve, so the demo shows days of cover, a reserve alert and a replenishment suggestion.
 */
export const DEMO_EAST_USE = { department: '急诊科', lines: [{ itemId: I.surgicalMask, quantity: 250 }] };
