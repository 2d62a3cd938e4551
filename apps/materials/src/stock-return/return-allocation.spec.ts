import { IssuedDraw, planReturn } from './return-allocation';

const draw = (drawNo: number, quantity: number, unitCostFen: number, returned = 0): IssuedDraw => ({
  stockIssueLotId: `draw-${drawNo}`,
  lotId: `lot-${drawNo}`,
  drawNo,
  quantity,
  unitCostFen,
  returned,
});

describe('planReturn', () => {
  // An issue of 15 that took 12 from an old lot at 35.00 and then 3 from a newer one at 38.00.
  const issue = [draw(1, 12, 3500), draw(2, 3, 3800)];

  it('puts stock back into the latest draw first, at the drawn unit costs', () => {
    expect(planReturn(issue, 5)).toEqual({
      kind: 'planned',
      puts: [
        { stockIssueLotId: 'draw-2', lotId: 'lot-2', quantity: 3, unitCostFen: 3800 },
        { stockIssueLotId: 'draw-1', lotId: 'lot-1', quantity: 2, unitCostFen: 3500 },
      ],
      costFen: 3 * 3800 + 2 * 3500,
    });
  });

  it('skips what earlier returns already put back into a draw', () => {
    expect(planReturn([draw(1, 12, 3500, 1), draw(2, 3, 3800, 3)], 4)).toEqual({
      kind: 'planned',
      puts: [{ stockIssueLotId: 'draw-1', lotId: 'lot-1', quantity: 4, unitCostFen: 3500 }],
      costFen: 14_000,
    });
  });

  it('allows exactly what is left to return, and not one more', () => {
    const drawn = [draw(1, 12, 3500, 5), draw(2, 3, 3800, 3)];
    expect(planReturn(drawn, 7)).toMatchObject({ kind: 'planned', costFen: 7 * 3500 });
    expect(planReturn(drawn, 8)).toEqual({ kind: 'exceeds', issued: 15, returned: 8, returnable: 7, requested: 8 });
  });

  it('refuses an item the issue did not draw', () => {
    expect(planReturn([], 1)).toEqual({ kind: 'exceeds', issued: 0, returned: 0, returnable: 0, requested: 1 });
  });

  it('does not depend on the order the draws are listed in', () => {
    expect(planReturn([...issue].reverse(), 5)).toEqual(planReturn(issue, 5));
  });

  it('rejects a quantity that is not a positive whole number', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => planReturn(issue, bad)).toThrow(expect.objectContaining({ code: 'QUANTITY_NOT_POSITIVE' }));
  });
});
