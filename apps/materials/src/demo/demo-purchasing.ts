import { addDays } from '@houqin/platform-calendar';
import { RejectionReason } from '../purchasing/purchase-order-rules';
import { DEMO_ITEM_IDS, DEMO_SUPPLIER_IDS } from './demo-materials';

/**
 * Demo purchasing in East (计划 → 采购 → 验收), as plain data shaped like the GraphQL inputs. The seeds' story:
 * departments used to order separately from three suppliers and once bought 1,200 pairs of gloves twice; now the
 * group signs one contract per supplier (never above the market wholesale price), the planner pools the
 * departments' demand, and a second request for what is already on order is caught. Dates follow `today` (the
 * Beijing date of seeding), so contracts are in force and deliveries never expired whenever the demo starts.
 */

const I = DEMO_ITEM_IDS;
const S = DEMO_SUPPLIER_IDS;

export interface DemoContractPrice {
  itemId: string;
  unitPriceFen: number;
  marketPriceFen: number;
}

/** A group-wide 供货合同 (no campus), as createSupplierContract takes it. */
export interface DemoContract {
  supplierId: string;
  contractNo: string;
  title: string;
  validFrom: string;
  validTo: string;
  prices: DemoContractPrice[];
}

/**
 * 年度合同: from the first of this month to the last day before the same day next year. Prices are a little under
 * what the departments paid on their own (the demo receipts), market prices as surveyed at signing.
 */
export function demoContracts(today: string): DemoContract[] {
  const [year, month] = today.split('-');
  const validFrom = `${year}-${month}-01`;
  const validTo = addDays(`${Number(year) + 1}-${month}-01`, -1);
  const annual = (supplierId: string, code: string, title: string, prices: DemoContractPrice[]): DemoContract => ({
    supplierId,
    contractNo: `HT-${year}${month}-${code}`,
    title,
    validFrom,
    validTo,
    prices,
  });
  const price = (itemId: string, unitPriceFen: number, marketPriceFen: number): DemoContractPrice => ({ itemId, unitPriceFen, marketPriceFen });
  return [
    annual(S.hardware, 'WJ01', '五金机电备件及办公用品年度供货合同', [
      price(I.valveDn20, 3400, 3800),
      price(I.tap, 4000, 4500),
      price(I.ledTube, 1800, 2000),
      price(I.acFilter, 2500, 2800),
      price(I.chlorineTablets, 1450, 1600),
      price(I.a4Paper, 13000, 14500),
    ]),
    annual(S.protective, 'FH01', '医用防护用品年度供货合同', [
      price(I.valveDn20, 3700, 3900),
      price(I.surgicalMask, 1750, 1900),
      price(I.isolationGown, 1150, 1300),
      price(I.nitrileGloves, 62, 70),
    ]),
    annual(S.cleaning, 'BJ01', '保洁用品年度供货合同', [price(I.mop, 2700, 3000)]),
  ];
}

/** The contract price of a supplier's item in the demo contracts; undefined off contract. */
export function demoContractPrice(contracts: DemoContract[], supplierId: string, itemId: string): number | undefined {
  return contracts.find((contract) => contract.supplierId === supplierId)?.prices.find((line) => line.itemId === itemId)?.unitPriceFen;
}

/** A department's demand (科室需求), the department by its name in the org demo (East). */
export interface DemoDepartmentDemand {
  itemId: string;
  quantity: number;
  department: string;
  note?: string;
}

/** One inspected batch of a delivery, as receivePurchaseOrder takes it but by item instead of order line. */
export interface DemoInspectedBatch {
  itemId: string;
  delivered: number;
  accepted: number;
  rejected?: number;
  rejectionReason?: RejectionReason;
  rejectionNote?: string;
  batchNo: string;
  expiresOn: string | null;
}

export interface DemoDelivery {
  deliveryNoteNo: string;
  invoiceNo: string | null;
  batches: DemoInspectedBatch[];
}

/** requestPriceException's input, for East. */
export interface DemoPriceException {
  supplierId: string;
  itemId: string;
  unitPriceFen: number;
  maxQuantity: number;
  reason: string;
}

export interface DemoPurchasing {
  /**
   * 集中采购: cardiology's and orthopaedics' gloves and the warehouse's mask suggestion on one request, approved by
   * the materials office, ordered from the protective-gear supplier at contract prices, delivered twice.
   */
  consolidated: {
    demands: DemoDepartmentDemand[];
    /** Items put on the request in the quantity purchaseDemand suggests (补货建议), not a number fixed here. */
    replenish: string[];
    note: string;
    approvalComment: string;
    order: { supplierId: string; expectedOn: string; note: string };
    deliveries: DemoDelivery[];
  };
  /** Raised between the two deliveries, while the gloves are still owed: their line is flagged ON_ORDER and dropped. */
  duplicate: { demands: DemoDepartmentDemand[]; note: string; drop: { itemId: string; reason: string } };
  /** Raised while `duplicate` still waits for the office: merged into it, which is left for the office to approve. */
  merged: { demands: DemoDepartmentDemand[]; note: string };
  /** Bought above the contract price on an exception the purchaser asked for and the office approved. */
  aboveContract: {
    demands: DemoDepartmentDemand[];
    note: string;
    approvalComment: string;
    exception: DemoPriceException;
    exceptionComment: string;
    order: { supplierId: string; expectedOn: string; note: string };
  };
  /** 合同外采购 asked for and left to the office (PENDING). */
  offContract: DemoPriceException;
}

const CARDIOLOGY = '心血管内科';
const ORTHOPAEDICS = '骨科';
const LOGISTICS = '后勤保障部';

export function demoPurchasing(today: string): DemoPurchasing {
  const yymm = `${today.slice(2, 4)}${today.slice(5, 7)}`;
  const day = today.replace(/-/g, '');
  const glovesExpire = addDays(today, 3 * 365);
  return {
    consolidated: {
      demands: [
        { itemId: I.nitrileGloves, quantity: 600, department: CARDIOLOGY, note: '5病区、CCU 两个月用量' },
        { itemId: I.nitrileGloves, quantity: 600, department: ORTHOPAEDICS, note: '手术室、换药室两个月用量' },
      ],
      replenish: [I.surgicalMask],
      note: '东院区防护用品集中采购：心内科、骨科手套合并申报，口罩按应急储备补货建议',
      approvalComment: '同意，按年度合同价向康护采购',
      order: { supplierId: S.protective, expectedOn: addDays(today, 7), note: '手套一次到齐；口罩按月分批送货' },
      deliveries: [
        {
          deliveryNoteNo: `KH-${day}-01`,
          invoiceNo: null,
          batches: [
            { itemId: I.nitrileGloves, delivered: 500, accepted: 500, batchNo: `GLV-${yymm}A`, expiresOn: glovesExpire },
            {
              itemId: I.nitrileGloves,
              delivered: 300,
              accepted: 260,
              rejected: 40,
              rejectionReason: RejectionReason.DAMAGED,
              rejectionNote: '两箱外包装受潮压损，40 副拒收，供应商补发',
              batchNo: `GLV-${yymm}B`,
              expiresOn: glovesExpire,
            },
            { itemId: I.surgicalMask, delivered: 20, accepted: 20, batchNo: `MSK-${yymm}A`, expiresOn: addDays(today, 2 * 365) },
          ],
        },
        {
          deliveryNoteNo: `KH-${day}-02`,
          invoiceNo: `FP-${day}-0917`,
          batches: [{ itemId: I.nitrileGloves, delivered: 440, accepted: 440, batchNo: `GLV-${yymm}B`, expiresOn: glovesExpire }],
        },
      ],
    },
    duplicate: {
      demands: [
        { itemId: I.nitrileGloves, quantity: 600, department: ORTHOPAEDICS, note: '骨科再次报送的手套需求' },
        { itemId: I.isolationGown, quantity: 100, department: ORTHOPAEDICS, note: '隔离病房备用' },
      ],
      note: '骨科防护用品补充申报',
      drop: { itemId: I.nitrileGloves, reason: '骨科手套已在本月集中采购订单中（在途），重复申报，删除' },
    },
    merged: { demands: [{ itemId: I.isolationGown, quantity: 60, department: CARDIOLOGY, note: '5病区隔离病房启用' }], note: '心内科隔离衣' },
    aboveContract: {
      demands: [{ itemId: I.acFilter, quantity: 80, department: LOGISTICS, note: '空调季前集中更换滤网' }],
      note: '空调班换季滤网',
      approvalComment: '同意',
      exception: {
        supplierId: S.hardware,
        itemId: I.acFilter,
        unitPriceFen: 2750,
        maxQuantity: 80,
        reason: '合同型号滤网厂家停产，供应商以加厚替代型号供货，报价 27.50 元/片',
      },
      exceptionComment: '同意本批按替代型号价格采购，下次续签合同时调整',
      order: { supplierId: S.hardware, expectedOn: addDays(today, 10), note: '替代型号（加厚款），按超合同价例外执行' },
    },
    offContract: {
      supplierId: S.cleaning,
      itemId: I.chlorineTablets,
      unitPriceFen: 1550,
      maxQuantity: 40,
      reason: '华东五金含氯消毒片断货，洁康可三日内供货，申请合同外采购 40 瓶',
    },
  };
}
