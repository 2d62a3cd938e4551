import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import { approvedQuantities, LineBalance, outstandingAfter, planRequisitionIssue, requireDistinctItems } from './requisition-lines';

const label = (itemId: string) => `物资 ${itemId}`;
const line = (itemId: string, requested: number, approved = requested, issued = 0): LineBalance => ({ itemId, requested, approved, issued });

describe('approvedQuantities', () => {
  const lines = [line('gloves', 20), line('masks', 10, 6)];

  it('lowers named lines, keeps the rest, and may strike a line with 0', () => {
    expect(approvedQuantities(lines, [{ itemId: 'gloves', quantity: 12 }], 'SL-1', label)).toEqual(
      new Map([
        ['gloves', 12],
        ['masks', 6],
      ]),
    );
    expect(approvedQuantities(lines, [{ itemId: 'masks', quantity: 0 }], 'SL-1', label).get('masks')).toBe(0);
  });

  it('never raises above what is approved so far', () => {
    const error = domainErrorOf(() => approvedQuantities(lines, [{ itemId: 'masks', quantity: 7 }], 'SL-1', label));
    expect(error.code).toBe('REQUISITION_APPROVAL_EXCEEDS_REQUEST');
    expect(error.params).toEqual({ item: '物资 masks', limit: 6, quantity: 7 });
  });

  it('refuses items not on the requisition, items named twice, and striking everything', () => {
    expect(codeOf(() => approvedQuantities(lines, [{ itemId: 'gowns', quantity: 1 }], 'SL-1', label))).toBe('REQUISITION_ITEM_NOT_ON_REQUISITION');
    expect(
      codeOf(() =>
        approvedQuantities(
          lines,
          [
            { itemId: 'gloves', quantity: 1 },
            { itemId: 'gloves', quantity: 2 },
          ],
          'SL-1',
          label,
        ),
      ),
    ).toBe('INVALID_INPUT');
    const strikeAll = [
      { itemId: 'gloves', quantity: 0 },
      { itemId: 'masks', quantity: 0 },
    ];
    expect(codeOf(() => approvedQuantities(lines, strikeAll, 'SL-1', label))).toBe('REQUISITION_NOTHING_APPROVED');
  });
});

describe('backorder arithmetic', () => {
  // 20 gloves approved, 8 issued: 12 outstanding; 10 masks approved, none issued.
  const lines = [line('gloves', 20, 20, 8), line('masks', 10)];

  it('issues part of what is outstanding and keeps the rest on backorder', () => {
    const planned = planRequisitionIssue(lines, [{ itemId: 'gloves', quantity: 5 }], 'SL-1', label);
    expect(planned).toEqual([{ itemId: 'gloves', quantity: 5, issuedAfter: 13, outstandingAfter: 7 }]);
    expect(outstandingAfter(lines, planned)).toBe(7 + 10);
  });

  it('issues exactly what is outstanding, which leaves nothing owed', () => {
    const planned = planRequisitionIssue(
      lines,
      [
        { itemId: 'gloves', quantity: 12 },
        { itemId: 'masks', quantity: 10 },
      ],
      'SL-1',
      label,
    );
    expect(outstandingAfter(lines, planned)).toBe(0);
  });

  it('never issues more than a line still owes, nor items it does not have', () => {
    const error = domainErrorOf(() => planRequisitionIssue(lines, [{ itemId: 'gloves', quantity: 13 }], 'SL-1', label));
    expect(error.code).toBe('REQUISITION_ISSUE_EXCEEDS_OUTSTANDING');
    expect(error.params).toEqual({ item: '物资 gloves', approved: 20, issued: 8, outstanding: 12, requested: 13 });
    expect(error.messages['zh-CN']).toBe('超出待发数量：物资 gloves 批准 20，已发 8，尚待发 12，本次发放 13');
    expect(codeOf(() => planRequisitionIssue(lines, [{ itemId: 'gowns', quantity: 1 }], 'SL-1', label))).toBe('REQUISITION_ITEM_NOT_ON_REQUISITION');
    expect(codeOf(() => planRequisitionIssue([line('gloves', 5, 0)], [{ itemId: 'gloves', quantity: 1 }], 'SL-1', label))).toBe(
      'REQUISITION_ISSUE_EXCEEDS_OUTSTANDING',
    );
  });

  it('refuses one item on two lines', () => {
    expect(codeOf(() => requireDistinctItems('lines', [{ itemId: 'a' }, { itemId: 'b' }, { itemId: 'a' }]))).toBe('INVALID_INPUT');
  });
});
