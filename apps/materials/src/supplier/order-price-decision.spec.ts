import { domainErrorOf } from '@houqin/platform-errors';
import { decideOrderPrice } from './order-price-decision';
import { PriceExceptionFacts, PriceExceptionStatus } from './price-exception-rules';

const labels = { item: '丁腈手套 (GLV-N-M)', supplier: '国药控股 (SUP-GYKG)' };
const contract = { contractId: 'contract-1', contractNo: 'HT-2026-001', unitPriceFen: 65 };
const line = { supplierId: 'supplier', campusId: 'east', itemId: 'gloves', quantity: 500, unitPriceFen: 65, on: '2026-06-15', priceExceptionId: null };
const exception: PriceExceptionFacts = {
  id: 'ex-1',
  status: PriceExceptionStatus.APPROVED,
  supplierId: 'supplier',
  campusId: 'east',
  itemId: 'gloves',
  unitPriceFen: 80,
  maxQuantity: 1000,
  validUntil: '2026-07-01',
  requestedBySubject: 'buyer-zhang',
  requestedByStaffId: null,
};
const onContract = { contractId: 'contract-1', contractNo: 'HT-2026-001', contractPriceFen: 65 };

describe('decideOrderPrice', () => {
  it('passes a price at or below the contract price on the contract, leaving a named exception unused', () => {
    expect(decideOrderPrice(line, contract, null, labels)).toEqual({ ...onContract, priceExceptionId: null });
    expect(decideOrderPrice({ ...line, unitPriceFen: 60 }, contract, null, labels)).toEqual({ ...onContract, priceExceptionId: null });
    expect(decideOrderPrice({ ...line, priceExceptionId: 'ex-1' }, contract, exception, labels)).toEqual({ ...onContract, priceExceptionId: null });
  });

  it('refuses a price above the contract without an exception, naming both prices and the contract', () => {
    const error = domainErrorOf(() => decideOrderPrice({ ...line, unitPriceFen: 78 }, contract, null, labels));
    expect(error.code).toBe('PRICE_ABOVE_CONTRACT');
    expect(error.params).toEqual({ item: labels.item, priceYuan: '0.78', contractPriceYuan: '0.65', contractNo: 'HT-2026-001' });
    expect(error.messages['zh-CN']).toBe('丁腈手套 (GLV-N-M) 单价 0.78 元高于合同 HT-2026-001 的合同价 0.65 元，须经超合同价例外审批');
  });

  it('refuses any price off contract without an exception', () => {
    const error = domainErrorOf(() => decideOrderPrice({ ...line, unitPriceFen: 1 }, null, null, labels));
    expect(error.code).toBe('PRICE_OFF_CONTRACT');
    expect(error.messages.en).toBe(
      '国药控股 (SUP-GYKG) has no valid contract price for 丁腈手套 (GLV-N-M) (off-contract purchase); it needs an approved price exception',
    );
  });

  it('passes above the contract, or off contract, on a usable exception, still naming the contract', () => {
    const above = { ...line, unitPriceFen: 80, priceExceptionId: 'ex-1' };
    expect(decideOrderPrice(above, contract, exception, labels)).toEqual({ ...onContract, priceExceptionId: 'ex-1' });
    expect(decideOrderPrice(above, null, exception, labels)).toEqual({ contractId: null, contractNo: null, contractPriceFen: null, priceExceptionId: 'ex-1' });
  });

  it('refuses an exception that does not exist, cannot cover the line, or is named twice', () => {
    const above = { ...line, unitPriceFen: 80, priceExceptionId: 'ex-1' };
    const reason = (fn: () => unknown) => {
      const error = domainErrorOf(fn);
      expect(error.code).toBe('PRICE_EXCEPTION_NOT_USABLE');
      return error.params.reason;
    };
    expect(reason(() => decideOrderPrice(above, contract, null, labels))).toBe('it does not exist');
    expect(reason(() => decideOrderPrice({ ...above, unitPriceFen: 81 }, contract, exception, labels))).toBe('it allows at most ¥0.80, the line asks ¥0.81');
    expect(reason(() => decideOrderPrice(above, contract, { ...exception, status: PriceExceptionStatus.USED }, labels))).toBe(
      'it was already used by a purchase order',
    );
    expect(reason(() => decideOrderPrice(above, contract, exception, labels, true))).toBe('it is named on more than one line; it covers one');
    expect(domainErrorOf(() => decideOrderPrice(above, contract, null, labels)).messages['zh-CN']).toBe('超合同价例外 ex-1 不能使用：不存在');
  });
});
