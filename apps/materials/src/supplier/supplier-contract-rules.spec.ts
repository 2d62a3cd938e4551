import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import {
  contractStatus,
  findPriceOverlap,
  lastPricedDay,
  pricesOn,
  requireDayOrder,
  requireTerminationDay,
  requireWithinMarket,
  SupplierContractStatus,
  sharedDays,
  yuan,
} from './supplier-contract-rules';

const EAST = 'east';
const WEST = 'west';
const year2026 = { validFrom: '2026-01-01', validTo: '2026-12-31', terminatedOn: null };

describe('yuan', () => {
  it('shows fen as yuan with two decimals, without float rounding', () => {
    expect(yuan(1250)).toBe('12.50');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(0)).toBe('0.00');
    expect(yuan(123456789)).toBe('1234567.89');
    expect(yuan(-30)).toBe('-0.30');
  });
});

describe('contract validity', () => {
  it('prices from validFrom to validTo inclusive', () => {
    expect(lastPricedDay(year2026)).toBe('2026-12-31');
    expect(pricesOn(year2026, '2026-01-01')).toBe(true);
    expect(pricesOn(year2026, '2026-12-31')).toBe(true);
    expect(pricesOn(year2026, '2025-12-31')).toBe(false);
    expect(pricesOn(year2026, '2027-01-01')).toBe(false);
  });

  it('prices nothing from the day of its termination on', () => {
    const terminated = { ...year2026, terminatedOn: '2026-07-01' };
    expect(lastPricedDay(terminated)).toBe('2026-06-30');
    expect(pricesOn(terminated, '2026-06-30')).toBe(true);
    expect(pricesOn(terminated, '2026-07-01')).toBe(false);
    // Terminated before it started: it never priced a day. After its end: the end still counts.
    expect(lastPricedDay({ ...year2026, terminatedOn: '2026-01-01' })).toBeNull();
    expect(lastPricedDay({ ...year2026, terminatedOn: '2027-03-01' })).toBe('2026-12-31');
  });

  it('tells upcoming, in force, expired and terminated apart', () => {
    expect(contractStatus(year2026, '2025-12-31')).toBe(SupplierContractStatus.UPCOMING);
    expect(contractStatus(year2026, '2026-06-01')).toBe(SupplierContractStatus.IN_FORCE);
    expect(contractStatus(year2026, '2027-01-01')).toBe(SupplierContractStatus.EXPIRED);
    const terminated = { ...year2026, terminatedOn: '2026-07-01' };
    expect(contractStatus(terminated, '2026-06-30')).toBe(SupplierContractStatus.IN_FORCE);
    expect(contractStatus(terminated, '2026-07-01')).toBe(SupplierContractStatus.TERMINATED);
  });
});

describe('contract price ceiling (合同价不得高于市场批发价)', () => {
  it('allows up to the market wholesale price and refuses above it, in both languages', () => {
    expect(() => requireWithinMarket({ unitPriceFen: 1800, marketPriceFen: 1800 }, '医用外科口罩 (MSK-01)')).not.toThrow();
    const error = domainErrorOf(() => requireWithinMarket({ unitPriceFen: 1850, marketPriceFen: 1800 }, '医用外科口罩 (MSK-01)'));
    expect(error.code).toBe('CONTRACT_PRICE_ABOVE_MARKET');
    expect(error.messages['zh-CN']).toBe('医用外科口罩 (MSK-01) 的合同价 18.50 元高于签约时的市场批发价 18.00 元，合同价不得高于市场批发价');
    expect(error.messages.en).toContain('(¥18.50) is above the market wholesale price surveyed at signing (¥18.00)');
  });
});

describe('one contract price per supplier, item and campus a day', () => {
  const other = (campusId: string | null, period: { validFrom: string; validTo: string; terminatedOn: string | null }, itemId = 'gloves') => ({
    contractNo: 'HT-2026-001',
    campusId,
    itemId,
    period,
  });
  const candidate = (campusId: string | null, validFrom: string, validTo: string, itemIds = ['gloves']) => ({
    campusId,
    period: { validFrom, validTo, terminatedOn: null },
    itemIds,
  });

  it('finds the shared days of two periods', () => {
    expect(sharedDays(year2026, { validFrom: '2026-06-01', validTo: '2027-05-31', terminatedOn: null })).toEqual({ from: '2026-06-01', to: '2026-12-31' });
    expect(sharedDays(year2026, { validFrom: '2027-01-01', validTo: '2027-12-31', terminatedOn: null })).toBeNull();
  });

  it('lets a group-wide contract meet every campus, and campus contracts only their own', () => {
    const existing = [other(null, year2026)];
    expect(findPriceOverlap(candidate(EAST, '2026-03-01', '2026-03-31'), existing)).toEqual({
      itemId: 'gloves',
      otherContractNo: 'HT-2026-001',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(findPriceOverlap(candidate(null, '2026-12-31', '2027-12-31'), [other(WEST, year2026)])).toMatchObject({ from: '2026-12-31', to: '2026-12-31' });
    expect(findPriceOverlap(candidate(EAST, '2026-03-01', '2026-03-31'), [other(WEST, year2026)])).toBeNull();
    expect(findPriceOverlap(candidate(EAST, '2026-03-01', '2026-03-31'), [other(EAST, year2026)])).not.toBeNull();
  });

  it('lets contracts follow each other, and another item share the days', () => {
    expect(findPriceOverlap(candidate(null, '2027-01-01', '2027-12-31'), [other(null, year2026)])).toBeNull();
    expect(findPriceOverlap(candidate(null, '2026-01-01', '2026-12-31', ['masks']), [other(null, year2026)])).toBeNull();
  });

  it('counts a terminated contract only up to the day before its termination', () => {
    const terminated = other(null, { ...year2026, terminatedOn: '2026-07-01' });
    expect(findPriceOverlap(candidate(null, '2026-07-01', '2026-12-31'), [terminated])).toBeNull();
    expect(findPriceOverlap(candidate(null, '2026-06-30', '2026-12-31'), [terminated])).toMatchObject({ from: '2026-06-30', to: '2026-06-30' });
  });
});

describe('termination day', () => {
  const contract = { contractNo: 'HT-2026-001', ...year2026 };

  it('is today or later, and not after the last valid day', () => {
    expect(() => requireTerminationDay(contract, '2026-06-01', '2026-06-01')).not.toThrow();
    expect(() => requireTerminationDay(contract, '2026-12-31', '2026-06-01')).not.toThrow();
    const past = domainErrorOf(() => requireTerminationDay(contract, '2026-05-31', '2026-06-01'));
    expect(past.code).toBe('INVALID_DATE_RANGE');
    expect(past.messages.en).toBe('on (2026-05-31) must be on or after today (2026-06-01)');
    expect(domainErrorOf(() => requireTerminationDay(contract, '2027-01-01', '2026-06-01')).messages['zh-CN']).toBe(
      'on（2027-01-01）必须不晚于validTo（2026-12-31）',
    );
  });

  it('happens once', () => {
    const error = domainErrorOf(() => requireTerminationDay({ ...contract, terminatedOn: '2026-07-01' }, '2026-06-15', '2026-06-01'));
    expect(error.code).toBe('SUPPLIER_CONTRACT_TERMINATED');
    expect(error.messages['zh-CN']).toBe('供货合同 HT-2026-001 已于 2026-07-01 终止');
  });
});

describe('requireDayOrder', () => {
  it('accepts the same day either way', () => {
    expect(() => requireDayOrder({ field: 'validTo', value: '2026-01-01' }, 'on or after', { field: 'validFrom', value: '2026-01-01' })).not.toThrow();
    expect(codeOf(() => requireDayOrder({ field: 'validTo', value: '2025-12-31' }, 'on or after', { field: 'validFrom', value: '2026-01-01' }))).toBe(
      'INVALID_DATE_RANGE',
    );
  });
});
