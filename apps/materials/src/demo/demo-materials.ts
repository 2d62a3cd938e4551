import { creditCodeCheckCharacter } from '@houqin/platform-errors';
import { ItemCategory } from '../catalogue/item';
import { OldUnitCondition } from '../requisition/new-for-old';
import { RequisitionStatus } from '../requisition/requisition-lifecycle';

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
  /** 效期管理: every lot carries an expiry date and issues first-expired-first-out. */
  tracksExpiry?: boolean;
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
  n95Respirator: '01940000-0000-7000-8000-000000000111',
  alcohol75: '01940000-0000-7000-8000-000000000112',
} as const;

const I = DEMO_ITEM_IDS;

export const DEMO_ITEMS: readonly DemoItem[] = [
  { id: I.valveDn20, code: 'VAL-DN20', name: '截止阀 DN20', nameEn: 'Globe valve DN20', unit: '个', category: ItemCategory.SPARE_PART },
  { id: I.tap, code: 'TAP-STD', name: '水龙头', nameEn: 'Tap', unit: '个', category: ItemCategory.SPARE_PART },
  { id: I.ledTube, code: 'LED-T8-12', name: 'LED 灯管 T8 1.2米', nameEn: 'LED tube T8 1.2 m', unit: '支', category: ItemCategory.SPARE_PART },
  { id: I.acFilter, code: 'AC-FILTER', name: '空调滤网', nameEn: 'Air-conditioner filter', unit: '片', category: ItemCategory.SPARE_PART },
  {
    id: I.surgicalMask,
    code: 'PPE-MASK-SURG',
    name: '医用外科口罩',
    nameEn: 'Surgical mask',
    unit: '盒',
    category: ItemCategory.PROTECTIVE,
    tracksExpiry: true,
  },
  { id: I.isolationGown, code: 'PPE-GOWN-ISO', name: '隔离衣', nameEn: 'Isolation gown', unit: '件', category: ItemCategory.PROTECTIVE, tracksExpiry: true },
  { id: I.nitrileGloves, code: 'PPE-GLOVE-NBR', name: '丁腈手套', nameEn: 'Nitrile gloves', unit: '副', category: ItemCategory.PROTECTIVE, tracksExpiry: true },
  {
    id: I.chlorineTablets,
    code: 'CLN-CL-TAB',
    name: '含氯消毒片',
    nameEn: 'Chlorine disinfectant tablets',
    unit: '瓶',
    category: ItemCategory.CLEANING,
    tracksExpiry: true,
  },
  { id: I.a4Paper, code: 'OFF-A4', name: 'A4 复印纸', nameEn: 'A4 copy paper', unit: '箱', category: ItemCategory.OFFICE },
  { id: I.mop, code: 'CLN-MOP', name: '拖把', nameEn: 'Mop', unit: '把', category: ItemCategory.CLEANING, durable: true },
  // Only East holds these (demo-movements.ts): N95s it sends to West, alcohol with lots near their expiry.
  {
    id: I.n95Respirator,
    code: 'PPE-N95',
    name: '医用防护口罩 N95',
    nameEn: 'N95 medical respirator',
    unit: '只',
    category: ItemCategory.PROTECTIVE,
    tracksExpiry: true,
  },
  {
    id: I.alcohol75,
    code: 'CON-ALC-75',
    name: '75% 医用酒精 500ml',
    nameEn: '75% medical alcohol 500 ml',
    unit: '瓶',
    category: ItemCategory.CONSUMABLE,
    tracksExpiry: true,
  },
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
/** The demo deliveries number their receipts and lots from 1; demo-movements.ts from 101. */
export const demoId = (campus: CampusKey, kind: 'warehouse' | 'receipt' | 'lot', n: number) =>
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

export interface DemoSupplier {
  id: string;
  code: string;
  name: string;
  /** 统一社会信用代码, with its GB 32100-2015 check character. */
  creditCode: string;
  contactName: string;
  phone: string;
}

/** Made-up companies with well-formed codes: the first 17 characters are invented, the check character computed. */
const creditCode = (first17: string): string => first17 + creditCodeCheckCharacter(first17);

/**
 * The three suppliers the departments used to order from separately (the seeds' story), now on the group's list.
 * Their names are those on the demo deliveries.
 */
const suppliers = {
  hardware: {
    id: '01940000-0000-7000-8000-000000000201',
    code: 'SUP-HDWJ',
    name: '华东五金机电有限公司',
    creditCode: creditCode('91310115MA1H7K2L0'),
    contactName: '沈建华',
    phone: '021-58881234',
  },
  protective: {
    id: '01940000-0000-7000-8000-000000000202',
    code: 'SUP-KHFH',
    name: '康护医用防护用品有限公司',
    creditCode: creditCode('91320583MA1N4QX61'),
    contactName: '刘芳',
    phone: '0512-57701234',
  },
  cleaning: {
    id: '01940000-0000-7000-8000-000000000203',
    code: 'SUP-JKBJ',
    name: '洁康保洁用品有限公司',
    creditCode: creditCode('91330106MA2H0C7P3'),
    contactName: '马俊',
    phone: '0571-88231234',
  },
} satisfies Record<string, DemoSupplier>;

export const DEMO_SUPPLIERS: readonly DemoSupplier[] = Object.values(suppliers);
export const DEMO_SUPPLIER_IDS = { hardware: suppliers.hardware.id, protective: suppliers.protective.id, cleaning: suppliers.cleaning.id } as const;

/** Two deliveries per campus: spring (older, cheaper valves) and early summer (dearer valves, PPE top-up). */
function receiptsFor(campus: CampusKey): { supplierName: string; receivedAt: string; lines: LotSpec[] }[] {
  const spring = {
    supplierName: suppliers.hardware.name,
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
    supplierName: suppliers.protective.name,
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
    supplierName: suppliers.cleaning.name,
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

/**
 * The demo's people, by demo login (tools/scripts/demo-logins.ts; `npm start` hands the seed their tokens): each
 * step is taken by the one whose job it is, so nobody approves their own requisition or both steps, and planning,
 * approving, ordering and receiving a purchase are four people (计划、采购两条线).
 */
export const DEMO_PEOPLE = {
  /** 王丽, nurse on 5病区 (心内科): asks for her ward. */
  nurse: 'east-nurse',
  /** 陈秀兰, 5病区护士长: approves for the department. */
  head: 'east-head',
  /** 钱雅琴, 物资科: approves after the department when the campus policy asks for it. */
  office: 'east-materials',
  /** 孙红梅, East's storekeeper: issues. */
  storekeeper: 'east-storekeeper',
  /** 周涛, East's campus admin: enters paper forms (补录). */
  clerk: 'east-admin',
  /** 邓晓峰, the group's planner: raises purchase requests (计划). */
  planner: 'group-planner',
  /** 叶文斌, the group's purchaser: signs contracts, asks for price exceptions, orders (采购). */
  purchaser: 'group-purchaser',
  /** 高明, West's campus admin: receives what East transfers to West (调拨入库). */
  westAdmin: 'west-admin',
} as const;
export type DemoPerson = keyof typeof DEMO_PEOPLE;

type Lines = { itemId: string; quantity: number }[];

/** One step after submission, as the GraphQL mutation of the same name takes it. */
export type DemoRequisitionStep =
  | { action: 'approve'; by: 'head' | 'office'; comment: string; /** Lowered lines (approvers never raise). */ lines?: Lines }
  | { action: 'reject'; by: 'head' | 'office'; reason: string }
  | {
      action: 'issue';
      by: 'storekeeper';
      lines: Lines;
      /** 领新交旧: old units of durable items handed back. */
      returnedOld?: { itemId: string; quantity: number; condition: OldUnitCondition; note?: string }[];
      note?: string;
    }
  | { action: 'cancel'; by: 'nurse'; reason: string };

export interface DemoRequisition {
  campus: CampusKey;
  /** The nurse asks for herself; the campus admin enters her paper form (补录). */
  submittedBy: 'nurse' | 'clerk';
  /** The org demo's staff member it is for (the nurse), by employee number; the department is theirs. */
  requesterEmployeeNo: string;
  reason: string;
  lines: { itemId: string; quantity: number; note?: string }[];
  steps: DemoRequisitionStep[];
  /** Where the steps leave it; the seed checks the service agrees. */
  status: RequisitionStatus;
}

const nurseAsks = (reason: string, lines: DemoRequisition['lines'], steps: DemoRequisitionStep[], status: RequisitionStatus): DemoRequisition => ({
  campus: 'east',
  submittedBy: 'nurse',
  requesterEmployeeNo: 'E3057',
  reason,
  lines,
  steps,
  status,
});
const head = (comment: string, lines?: Lines): DemoRequisitionStep => ({ action: 'approve', by: 'head', comment, lines });
const office = (comment: string): DemoRequisitionStep => ({ action: 'approve', by: 'office', comment });

/** 5病区's monthly protective gear, issued in part (gloves on backorder); some of its gowns come back later (退库). */
export const DEMO_PROTECTIVE_REQUISITION: DemoRequisition = nurseAsks(
  '病区防护用品月度申领',
  [
    { itemId: I.nitrileGloves, quantity: 500, note: '治疗室、换药室' },
    { itemId: I.isolationGown, quantity: 20 },
  ],
  [
    head('同意'),
    office('同意，手套按周分批发放'),
    {
      action: 'issue',
      by: 'storekeeper',
      lines: [
        { itemId: I.nitrileGloves, quantity: 300 },
        { itemId: I.isolationGown, quantity: 20 },
      ],
      note: '手套先发 300 副，余 200 副下周发放',
    },
  ],
  RequisitionStatus.PARTIALLY_ISSUED,
);

/**
 * 科室申领 of nurse 王丽 (East, 心内科 5病区), one in every state, oldest first. Protective gear goes to the
 * materials office after the head (East's policy keeps PROTECTIVE out of the head's own limit); cleaning and
 * office supplies under ¥500 need only the head; mops go out new-for-old (领新交旧). Masks and valves are never
 * issued here: the mask reserve and the repair scenario count on their stock.
 */
export const DEMO_REQUISITIONS: readonly DemoRequisition[] = [
  {
    campus: 'east',
    submittedBy: 'clerk',
    requesterEmployeeNo: 'E3057',
    reason: '护士站打印用纸',
    lines: [{ itemId: I.a4Paper, quantity: 2 }],
    steps: [{ action: 'cancel', by: 'nurse', reason: '已从科室余量调剂' }],
    status: RequisitionStatus.CANCELLED,
  },
  nurseAsks(
    '病区保洁工具更换',
    [{ itemId: I.mop, quantity: 2, note: '旧拖把 2 把交回' }],
    [
      head('同意，旧拖把交库房'),
      {
        action: 'issue',
        by: 'storekeeper',
        lines: [{ itemId: I.mop, quantity: 2 }],
        returnedOld: [
          { itemId: I.mop, quantity: 1, condition: OldUnitCondition.WORN_OUT },
          { itemId: I.mop, quantity: 1, condition: OldUnitCondition.BROKEN, note: '拖把杆断裂' },
        ],
      },
    ],
    RequisitionStatus.ISSUED,
  ),
  nurseAsks(
    '护士站打印用纸及消毒片',
    [
      { itemId: I.a4Paper, quantity: 2 },
      { itemId: I.chlorineTablets, quantity: 4 },
    ],
    [
      head('同意'),
      {
        action: 'issue',
        by: 'storekeeper',
        lines: [
          { itemId: I.a4Paper, quantity: 2 },
          { itemId: I.chlorineTablets, quantity: 4 },
        ],
      },
    ],
    RequisitionStatus.ISSUED,
  ),
  DEMO_PROTECTIVE_REQUISITION,
  nurseAsks(
    '备用隔离衣',
    [{ itemId: I.isolationGown, quantity: 100 }],
    [head('同意'), { action: 'reject', by: 'office', reason: '本月已领隔离衣 20 件，请按实际用量申领' }],
    RequisitionStatus.REJECTED,
  ),
  nurseAsks('下月治疗室手套', [{ itemId: I.nitrileGloves, quantity: 300 }], [head('同意'), office('同意')], RequisitionStatus.APPROVED),
  nurseAsks(
    '隔离病房启用',
    [
      { itemId: I.isolationGown, quantity: 40 },
      { itemId: I.surgicalMask, quantity: 20 },
    ],
    [head('隔离衣先领 30 件', [{ itemId: I.isolationGown, quantity: 30 }])],
    RequisitionStatus.DEPT_APPROVED,
  ),
  nurseAsks(
    '5病区本周防护用品',
    [
      { itemId: I.nitrileGloves, quantity: 200, note: '治疗室' },
      { itemId: I.surgicalMask, quantity: 10 },
    ],
    [],
    RequisitionStatus.SUBMITTED,
  ),
];

/**
 * East's emergency department has been using masks: 250 issued leaves 50, about 18 days at that rate — short of
 * the 30-day reserve, so the demo shows days of cover, a reserve alert and a replenishment suggestion.
 */
export const DEMO_EAST_USE = { department: '急诊科', lines: [{ itemId: I.surgicalMask, quantity: 250 }] };
