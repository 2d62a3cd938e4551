import { DomainError } from '@houqin/platform-errors';
import { LotAllocator, LotBalance } from './lot-allocator';

const lot = (lotId: string, receivedAt: string, quantityRemaining: number, unitCostFen: number, expiresOn: string | null = null): LotBalance => ({
  lotId,
  receivedAt: new Date(receivedAt),
  expiresOn,
  quantityRemaining,
  unitCostFen,
});
const TODAY = '2026-11-23';

// Demo-like valves: 12 bought at 35.00 yuan in March, 20 at 38.00 yuan in May.
const march = lot('0190a000-0000-7000-8000-000000000001', '2025-03-03T02:00:00Z', 12, 3500);
const may = lot('0190a000-0000-7000-8000-000000000002', '2025-05-12T02:00:00Z', 20, 3800);

describe('LotAllocator, FIFO', () => {
  const allocator = { allocate: (lots: LotBalance[], quantity: number) => new LotAllocator().allocate(lots, quantity, 'FIFO', TODAY) };

  it('draws from the oldest lot first, whatever order the lots come in', () => {
    const result = allocator.allocate([may, march], 5);
    expect(result).toEqual({ kind: 'allocated', draws: [{ lotId: march.lotId, quantity: 5, unitCostFen: 3500 }], costFen: 17500, available: 32 });
  });

  it('spans lots when the oldest does not hold enough, each part at its own cost', () => {
    const result = allocator.allocate([march, may], 15);
    expect(result).toEqual({
      kind: 'allocated',
      draws: [
        { lotId: march.lotId, quantity: 12, unitCostFen: 3500 },
        { lotId: may.lotId, quantity: 3, unitCostFen: 3800 },
      ],
      costFen: 12 * 3500 + 3 * 3800,
      available: 32,
    });
  });

  it('depletes every lot exactly when asked for all the stock', () => {
    const result = allocator.allocate([march, may], 32);
    expect(result.kind).toBe('allocated');
    if (result.kind !== 'allocated') return;
    expect(result.draws.map((d) => d.quantity)).toEqual([12, 20]);
    expect(result.costFen).toBe(12 * 3500 + 20 * 3800);
  });

  it('takes exactly the oldest lot when the request equals it, leaving the next untouched', () => {
    const result = allocator.allocate([march, may], 12);
    expect(result.kind === 'allocated' && result.draws).toEqual([{ lotId: march.lotId, quantity: 12, unitCostFen: 3500 }]);
  });

  it('reports a shortage and draws nothing when the lots together hold too little', () => {
    const lots = [march, may];
    const snapshot = structuredClone(lots);
    expect(allocator.allocate(lots, 33)).toEqual({ kind: 'shortage', requested: 33, available: 32 });
    expect(lots).toEqual(snapshot);
  });

  it('reports a shortage with nothing available when there are no lots', () => {
    expect(allocator.allocate([], 1)).toEqual({ kind: 'shortage', requested: 1, available: 0 });
  });

  it('skips used-up lots', () => {
    const empty = lot('0190a000-0000-7000-8000-000000000000', '2025-01-01T00:00:00Z', 0, 1000);
    const result = allocator.allocate([empty, march], 2);
    expect(result.kind === 'allocated' && result.draws).toEqual([{ lotId: march.lotId, quantity: 2, unitCostFen: 3500 }]);
  });

  it('breaks ties between lots received at the same moment by lot id', () => {
    const a = lot('0190a000-0000-7000-8000-00000000000a', '2025-03-03T02:00:00Z', 1, 100);
    const b = lot('0190a000-0000-7000-8000-00000000000b', '2025-03-03T02:00:00Z', 1, 200);
    const result = allocator.allocate([b, a], 1);
    expect(result.kind === 'allocated' && result.draws).toEqual([{ lotId: a.lotId, quantity: 1, unitCostFen: 100 }]);
  });

  it('does not reorder the caller’s array', () => {
    const lots = [may, march];
    allocator.allocate(lots, 1);
    expect(lots).toEqual([may, march]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects a requested quantity of %p', (quantity) => {
    expect(() => allocator.allocate([march], quantity)).toThrow(DomainError);
    try {
      allocator.allocate([march], quantity);
    } catch (error) {
      expect((error as DomainError).code).toBe('QUANTITY_NOT_POSITIVE');
    }
  });

  it('refuses lots that are already negative instead of hiding the corruption', () => {
    expect(() => allocator.allocate([lot('0190a000-0000-7000-8000-0000000000ff', '2025-01-01T00:00:00Z', -2, 100)], 1)).toThrow(/invalid remaining/);
  });

  it('never draws more than a lot holds', () => {
    const lots = [march, may, lot('0190a000-0000-7000-8000-000000000003', '2025-06-01T00:00:00Z', 7, 3900)];
    for (let quantity = 1; quantity <= 39; quantity++) {
      const result = allocator.allocate(lots, quantity);
      expect(result.kind).toBe('allocated');
      if (result.kind !== 'allocated') continue;
      expect(result.draws.reduce((sum, d) => sum + d.quantity, 0)).toBe(quantity);
      for (const draw of result.draws) expect(draw.quantity).toBeLessThanOrEqual(lots.find((l) => l.lotId === draw.lotId)!.quantityRemaining);
    }
    expect(allocator.allocate(lots, 40).kind).toBe('shortage');
  });
});

describe('LotAllocator, FEFO and expiry', () => {
  const allocator = new LotAllocator();
  // Masks: an older lot that expires late, a newer one that expires sooner, one already expired, one undated.
  const oldLate = lot('0190a000-0000-7000-8000-000000000011', '2026-01-10T02:00:00Z', 100, 80, '2028-01-01');
  const newSoon = lot('0190a000-0000-7000-8000-000000000012', '2026-06-10T02:00:00Z', 50, 90, '2027-01-31');
  const expired = lot('0190a000-0000-7000-8000-000000000013', '2025-01-10T02:00:00Z', 30, 70, '2026-11-22');
  const undated = lot('0190a000-0000-7000-8000-000000000014', '2025-12-10T02:00:00Z', 10, 75, null);

  it('draws the lot that expires first, whatever its age, and undated lots last', () => {
    const result = allocator.allocate([oldLate, newSoon, undated], 160, 'FEFO', TODAY);
    expect(result.kind === 'allocated' && result.draws.map((d) => [d.lotId, d.quantity])).toEqual([
      [newSoon.lotId, 50],
      [oldLate.lotId, 100],
      [undated.lotId, 10],
    ]);
  });

  it('never issues an expired lot, under either policy; a lot expiring today is still issued', () => {
    expect(allocator.allocate([expired, newSoon], 60, 'FEFO', TODAY)).toEqual({ kind: 'shortage', requested: 60, available: 50 });
    expect(allocator.allocate([expired, newSoon], 10, 'FIFO', TODAY)).toMatchObject({ draws: [{ lotId: newSoon.lotId, quantity: 10 }] });
    expect(allocator.allocate([expired], 5, 'FIFO', '2026-11-22')).toMatchObject({ kind: 'allocated', draws: [{ lotId: expired.lotId, quantity: 5 }] });
  });
});
