import { DEMO_ITEM_IDS, DEMO_ITEMS, DEMO_REQUISITION_POLICIES, DEMO_REQUISITIONS, demoStock } from './demo-materials';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const campusIds = { east: '01930000-0000-7000-8000-0000000000e1', west: '01930000-0000-7000-8000-0000000000e2', south: '01930000-0000-7000-8000-0000000000e3' };

describe('demo materials', () => {
  const stock = demoStock(campusIds);
  const allIds = [
    ...DEMO_ITEMS.map((item) => item.id),
    ...stock.flatMap((s) => [s.warehouse.id, ...s.receipts.flatMap((r) => [r.id, ...r.lines.map((l) => l.lotId)])]),
  ];

  it('uses valid, unique ids that do not change between calls', () => {
    for (const id of allIds) expect(id).toMatch(UUID);
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(demoStock(campusIds)).toEqual(stock);
  });

  it('has unique item codes and only lots of catalogue items', () => {
    expect(new Set(DEMO_ITEMS.map((item) => item.code)).size).toBe(DEMO_ITEMS.length);
    const known = new Set(DEMO_ITEMS.map((item) => item.id));
    for (const line of stock.flatMap((s) => s.receipts.flatMap((r) => r.lines))) expect(known.has(line.itemId)).toBe(true);
  });

  it('gives East two DN20 valve lots, the cheaper one received first', () => {
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const valveLots = east.receipts.flatMap((r) =>
      r.lines.filter((l) => l.itemId === DEMO_ITEM_IDS.valveDn20).map((l) => ({ ...l, receivedAt: r.receivedAt })),
    );
    expect(valveLots.map((l) => [l.quantity, l.unitCostFen])).toEqual([
      [12, 3500],
      [20, 3800],
    ]);
    expect(valveLots[0].receivedAt < valveLots[1].receivedAt).toBe(true);
  });

  it('has requisitions of stocked catalogue items, one line per item, with a durable item going out new-for-old', () => {
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const stocked = new Set(east.receipts.flatMap((r) => r.lines.map((l) => l.itemId)));
    for (const requisition of DEMO_REQUISITIONS) {
      const items = requisition.lines.map((line) => line.itemId);
      expect(new Set(items).size).toBe(items.length);
      for (const itemId of items) expect(stocked.has(itemId)).toBe(true);
    }
    expect(DEMO_ITEMS.filter((item) => item.durable).map((item) => item.id)).toEqual([DEMO_ITEM_IDS.mop]);
    expect(DEMO_REQUISITIONS.some((r) => r.lines.some((l) => l.itemId === DEMO_ITEM_IDS.mop))).toBe(true);
    expect(new Set(DEMO_REQUISITION_POLICIES.map((p) => p.campus))).toEqual(new Set(['east', 'west', 'south']));
  });
});
