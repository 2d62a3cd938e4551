import { runSeed } from '@houqin/platform-local-infra';
import { DEMO_ITEMS, demoStock } from './demo-materials';

/** Materials learns the campuses from org's events; right after org's seed they may still be on their way. */
async function onceReplicated<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 60 || !String(error).includes('NOT_FOUND')) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Seeds the demo catalogue, one warehouse per campus with two deliveries each, and reorder points. */
runSeed('materials', async ({ send }) => {
  const existing = await send<{ items: { totalCount: number } }>(`{ items(first: 1) { totalCount } }`);
  if (existing.items.totalCount > 0) return 'already seeded';
  const campuses = await send<{ campuses: { edges: { node: { id: string; code: string } }[] } }>(`{ campuses(first: 20) { edges { node { id code } } } }`);
  const idOf = (code: string) => {
    const found = campuses.campuses.edges.find((e) => e.node.code === code);
    if (!found) throw new Error(`campus ${code} is missing: seed org first`);
    return found.node.id;
  };
  for (const item of DEMO_ITEMS) await send(`mutation($input: CreateItemInput!) { createItem(input: $input) { id } }`, { input: item });
  let lots = 0;
  for (const stock of demoStock({ east: idOf('EAST'), west: idOf('WEST'), south: idOf('SOUTH') })) {
    await onceReplicated(() => send(`mutation($input: CreateWarehouseInput!) { createWarehouse(input: $input) { id } }`, { input: stock.warehouse }));
    for (const receipt of stock.receipts) {
      await send(`mutation($input: ReceiveGoodsInput!) { receiveGoods(input: $input) { id } }`, {
        input: { id: receipt.id, warehouseId: stock.warehouse.id, supplierName: receipt.supplierName, receivedAt: receipt.receivedAt, lines: receipt.lines },
      });
      lots += receipt.lines.length;
    }
    for (const point of stock.reorderPoints) {
      await send(`mutation($input: SetReorderPointInput!) { setReorderPoint(input: $input) { onHand } }`, {
        input: { warehouseId: stock.warehouse.id, ...point },
      });
    }
  }
  return `${DEMO_ITEMS.length} items, 3 warehouses, ${lots} stock lots`;
});
