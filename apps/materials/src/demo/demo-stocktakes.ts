import { ItemCategory } from '../catalogue/item';
import { StocktakeScope, StocktakeStatus } from '../stocktake/stocktake-lifecycle';
import { DEMO_ITEM_IDS } from './demo-materials';

/**
 * Demo stocktakes (盘点) in East, as plain data shaped like the GraphQL inputs. They run last in the seed, after
 * the requisitions and purchasing, and count only items nothing else in the demo asserts on (cleaning and office
 * supplies, spare parts other than the repair scenario's valves): the variances are small and change no figure the
 * other demos or the end-to-end test check. The counts are what the shelves hold after the demo's receipts and
 * issues, give or take the variances (demo-materials.spec.ts replays them).
 */

const I = DEMO_ITEM_IDS;

/** One count as the storekeeper enters it: an item tracking expiry by the batch on its label, any other as a whole. */
export interface DemoStocktakeCount {
  itemId: string;
  /** The counted lot's batch number (items tracking expiry are counted lot by lot); absent for an item counted whole. */
  batchNo?: string;
  countedQuantity: number;
}

export interface DemoStocktake {
  /** startStocktake's input, less the warehouse (East's). */
  start: { scope: StocktakeScope; itemIds?: string[]; categories?: ItemCategory[]; note: string };
  /** Who starts it: 周涛 (`east-admin`) or 钱雅琴 (`east-materials`). */
  startedBy: 'clerk' | 'office';
  /** 孙红梅 (`east-storekeeper`) counts blind. */
  countedBy: 'storekeeper';
  counts: DemoStocktakeCount[];
  /** Counting finished by the counter and the variances approved by the materials office; null: still counting. */
  approval: { by: 'office'; comment: string } | null;
  /** Where it ends; the seed checks the service agrees. */
  status: StocktakeStatus.APPROVED | StocktakeStatus.COUNTING;
}

export const DEMO_STOCKTAKES = {
  /**
   * 月底盘点 of cleaning and office supplies: two bottles of disinfectant tablets of batch CL-2502 are missing (盘亏,
   * counted by lot), one box of copy paper too many (盘盈), the mops match. Approved into one COUNT_DIFFERENCE
   * adjustment, so this month's 账物相符率 is below 100%.
   */
  monthEnd: {
    start: { scope: StocktakeScope.CYCLE, categories: [ItemCategory.CLEANING, ItemCategory.OFFICE], note: '东院区总库月底盘点：保洁用品、办公用品' },
    startedBy: 'clerk',
    countedBy: 'storekeeper',
    counts: [
      { itemId: I.chlorineTablets, batchNo: 'CL-2502', countedQuantity: 54 },
      { itemId: I.mop, countedQuantity: 38 },
      { itemId: I.a4Paper, countedQuantity: 19 },
    ],
    approval: { by: 'office', comment: '差异已核实：含氯消毒片 CL-2502 批破损 2 瓶未报损；复印纸多 1 箱系科室退回未办退库。同意按盘点数调整' },
    status: StocktakeStatus.APPROVED,
  },
  /** 备件周盘 of the technicians' common spare parts, begun by the materials office: taps and LED tubes counted, filters not yet. */
  inProgress: {
    start: { scope: StocktakeScope.CYCLE, itemIds: [I.tap, I.ledTube, I.acFilter], note: '水电、空调班常用备件周盘' },
    startedBy: 'office',
    countedBy: 'storekeeper',
    counts: [
      { itemId: I.tap, countedQuantity: 30 },
      { itemId: I.ledTube, countedQuantity: 80 },
    ],
    approval: null,
    status: StocktakeStatus.COUNTING,
  },
} satisfies Record<string, DemoStocktake>;

/** In the order the seed runs them: the month-end count is approved before the next one starts. */
export const DEMO_STOCKTAKE_ORDER: readonly DemoStocktake[] = [DEMO_STOCKTAKES.monthEnd, DEMO_STOCKTAKES.inProgress];
