import { domainErrorCode } from '@houqin/platform-errors';
import { applyReturn, fullyReturned, LinenLine, linenShortfalls, lossRate, outstanding, requireLinenCounts, settle } from './linen-lines';
import { LinenKind } from './linen-kind';

const { BED_SHEET, PILLOWCASE, PATIENT_GOWN } = LinenKind;
const collected = (kind: LinenKind, n: number): LinenLine => ({ kind, collected: n, returned: 0, lost: 0 });

describe('linen counts', () => {
  it('takes each kind once with a whole number above zero', () => {
    expect(requireLinenCounts([{ kind: BED_SHEET, quantity: 40 }])).toEqual([{ kind: BED_SHEET, quantity: 40 }]);
    expect(domainErrorCode(() => requireLinenCounts([]))).toBe('TEXT_REQUIRED');
    expect(
      domainErrorCode(() =>
        requireLinenCounts([
          { kind: BED_SHEET, quantity: 2 },
          { kind: BED_SHEET, quantity: 3 },
        ]),
      ),
    ).toBe('LINEN_KIND_REPEATED');
    expect(domainErrorCode(() => requireLinenCounts([{ kind: BED_SHEET, quantity: 0 }]))).toBe('QUANTITY_NOT_POSITIVE');
    expect(domainErrorCode(() => requireLinenCounts([{ kind: BED_SHEET, quantity: 1.5 }]))).toBe('QUANTITY_NOT_POSITIVE');
  });
});

describe('returns against a collection', () => {
  const lines = [collected(BED_SHEET, 40), collected(PILLOWCASE, 20)];

  it('adds what came back and leaves the rest outstanding', () => {
    const after = applyReturn(lines, [{ kind: BED_SHEET, quantity: 38 }]);
    expect(after.map(outstanding)).toEqual([2, 20]);
    expect(fullyReturned(after)).toBe(false);
    expect(
      fullyReturned(
        applyReturn(after, [
          { kind: BED_SHEET, quantity: 2 },
          { kind: PILLOWCASE, quantity: 20 },
        ]),
      ),
    ).toBe(true);
    expect(lines.map(outstanding)).toEqual([40, 20]);
  });

  it('refuses more than is outstanding and a kind never collected', () => {
    expect(domainErrorCode(() => applyReturn(lines, [{ kind: BED_SHEET, quantity: 41 }]))).toBe('LINEN_RETURN_EXCEEDS_OUTSTANDING');
    expect(domainErrorCode(() => applyReturn(lines, [{ kind: PATIENT_GOWN, quantity: 1 }]))).toBe('LINEN_RETURN_EXCEEDS_OUTSTANDING');
  });

  it('writes off what is outstanding when settled', () => {
    const settled = settle(
      applyReturn(lines, [
        { kind: BED_SHEET, quantity: 37 },
        { kind: PILLOWCASE, quantity: 20 },
      ]),
    );
    expect(settled).toEqual([
      { kind: BED_SHEET, collected: 40, returned: 37, lost: 3 },
      { kind: PILLOWCASE, collected: 20, returned: 20, lost: 0 },
    ]);
    expect(fullyReturned(settled)).toBe(true);
  });
});

describe('shortfall against par', () => {
  const par = new Map([
    [BED_SHEET, 100],
    [PILLOWCASE, 50],
  ]);

  it('is short when more than a fifth of the par is at the laundry, for kinds with a par only', () => {
    const atLaundry = new Map([
      [BED_SHEET, 21],
      [PILLOWCASE, 10],
      [PATIENT_GOWN, 300],
    ]);
    expect(linenShortfalls(par, atLaundry)).toEqual([{ kind: BED_SHEET, par: 100, outstanding: 21 }]);
    expect(linenShortfalls(par, new Map([[BED_SHEET, 20]]))).toEqual([]);
  });
});

describe('loss rate', () => {
  it('is lost per collected, rounded to four places, and none without collections', () => {
    expect(lossRate(300, 4)).toBe(0.0133);
    expect(lossRate(0, 0)).toBeNull();
  });
});
