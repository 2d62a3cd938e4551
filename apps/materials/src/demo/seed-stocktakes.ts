import { SeedSend } from '@houqin/platform-local-infra';
import { StocktakeStatus } from '../stocktake/stocktake-lifecycle';
import { DEMO_STOCKTAKE_ORDER, DemoStocktake } from './demo-stocktakes';

type Actor = 'clerk' | 'office' | 'storekeeper';

export interface StocktakeSeedContext {
  /** As the group admin: reads where each stocktake ended. */
  send: SeedSend;
  people: Record<Actor, SeedSend>;
  eastWarehouseId: string;
}

interface Stocktake {
  id: string;
  number: string;
  status: string;
  lineCount: number;
  countedLineCount: number;
  stockAdjustmentId: string | null;
  lines: { item: { id: string }; lotId: string | null; batchNo: string | null }[];
  accuracy: { itemAccuracy: number | null } | null;
}

const STOCKTAKE = `id number status lineCount countedLineCount stockAdjustmentId lines { item { id } lotId batchNo } accuracy { itemAccuracy }`;

/** The seed stops, loudly, the moment a stocktake is not where the story needs it. */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`stocktake demo: ${what}`);
}
const checkStatus = (stocktake: Stocktake, status: string) =>
  check(stocktake.status === status, `stocktake ${stocktake.number} (${stocktake.id}) is ${stocktake.status}, not ${status}`);

/** The counts as recordStocktakeCounts takes them: a batch on the label becomes its lot on the count sheet. */
function countsOn(sheet: Stocktake, plan: DemoStocktake) {
  return plan.counts.map(({ itemId, batchNo, countedQuantity }) => {
    if (batchNo === undefined) return { itemId, countedQuantity };
    const lines = sheet.lines.filter((line) => line.item.id === itemId && line.batchNo === batchNo);
    check(lines.length === 1, `${sheet.number} has ${lines.length} lines of item ${itemId} batch ${batchNo}, not one`);
    return { itemId, lotId: lines[0].lotId, countedQuantity };
  });
}

/**
 * East's stocktakes, each step as the person whose job it is: 周涛 (`east-admin`) or 钱雅琴 (`east-materials`)
 * starts, 孙红梅 (`east-storekeeper`) counts blind and finishes, 钱雅琴 — who neither started nor counted the
 * month-end count — approves its variances into one adjustment.
 */
export async function seedStocktakes(context: StocktakeSeedContext): Promise<string> {
  const { send, people, eastWarehouseId } = context;
  const ends: [Stocktake, DemoStocktake][] = [];
  for (const plan of DEMO_STOCKTAKE_ORDER) {
    const { startStocktake: started } = await people[plan.startedBy]<{ startStocktake: Stocktake }>(
      `mutation($input: StartStocktakeInput!) { startStocktake(input: $input) { ${STOCKTAKE} } }`,
      { input: { warehouseId: eastWarehouseId, ...plan.start } },
    );
    checkStatus(started, 'COUNTING');
    const { recordStocktakeCounts: counted } = await people[plan.countedBy]<{ recordStocktakeCounts: Stocktake }>(
      `mutation($input: RecordStocktakeCountsInput!) { recordStocktakeCounts(input: $input) { ${STOCKTAKE} } }`,
      { input: { stocktakeId: started.id, counts: countsOn(started, plan) } },
    );
    checkStatus(counted, 'COUNTING');
    check(counted.countedLineCount === plan.counts.length, `${counted.number} has ${counted.countedLineCount} lines counted, not ${plan.counts.length}`);
    let ended = counted;
    if (plan.approval) {
      // Every line of the sheet is counted: nothing is taken as 0 behind the demo's back.
      check(counted.countedLineCount === counted.lineCount, `${counted.number} has ${counted.lineCount - counted.countedLineCount} lines not counted`);
      const { finishStocktakeCounting: finished } = await people[plan.countedBy]<{ finishStocktakeCounting: Stocktake }>(
        `mutation($id: ID!) { finishStocktakeCounting(id: $id, countMissingAsZero: false) { ${STOCKTAKE} } }`,
        { id: counted.id },
      );
      checkStatus(finished, 'REVIEW');
      ended = (
        await people[plan.approval.by]<{ approveStocktake: Stocktake }>(
          `mutation($id: ID!, $comment: String) { approveStocktake(id: $id, comment: $comment) { ${STOCKTAKE} } }`,
          { id: finished.id, comment: plan.approval.comment },
        )
      ).approveStocktake;
      checkStatus(ended, 'APPROVED');
      check(ended.stockAdjustmentId !== null, `${ended.number} was approved without an adjustment: its counts should differ from the books`);
    } else {
      check(counted.countedLineCount < counted.lineCount, `${counted.number} is fully counted: the console should show a count in progress`);
    }
    ends.push([ended, plan]);
  }

  // Where each ends, read back as the console shows it.
  for (const [stocktake, plan] of ends) {
    const { stocktake: read } = await send<{ stocktake: Stocktake }>(`query($id: ID!) { stocktake(id: $id) { ${STOCKTAKE} } }`, { id: stocktake.id });
    checkStatus(read, plan.status);
    if (plan.status === StocktakeStatus.APPROVED) {
      const accuracy = read.accuracy?.itemAccuracy;
      check(accuracy !== null && accuracy !== undefined && accuracy < 1, `${read.number} has an accuracy of ${accuracy}, not below 100%`);
    }
  }
  const told = ends.map(
    ([stocktake]) =>
      `${stocktake.number} ${stocktake.status} (${stocktake.countedLineCount} of ${stocktake.lineCount} lines counted${stocktake.stockAdjustmentId ? ', variances adjusted' : ''})`,
  );
  return `stocktakes in East: ${told.join(', ')}`;
}
