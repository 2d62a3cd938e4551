import {
  checkAcceptedAgainstOrder,
  checkInspectedBatch,
  deliveredOnTime,
  PurchaseOrderStatus,
  RejectionReason,
  requireNotPurchaser,
  requireOrderStatus,
  statusAfterReceipt,
} from './purchase-order-rules';

const batch = (delivered: number, accepted: number, rejected: number, rejectionReason: RejectionReason | null = null) => ({
  orderLineId: 'l1',
  item: '手套 (G1)',
  delivered,
  accepted,
  rejected,
  rejectionReason,
});

describe('purchase order rules', () => {
  it('checks that an inspected batch adds up and that a rejection says why', () => {
    expect(() => checkInspectedBatch(batch(10, 8, 2, RejectionReason.DAMAGED))).not.toThrow();
    expect(() => checkInspectedBatch(batch(10, 8, 1))).toThrow(expect.objectContaining({ code: 'RECEIPT_QUANTITIES_MISMATCH' }));
    expect(() => checkInspectedBatch(batch(0, 0, 0))).toThrow(expect.objectContaining({ code: 'RECEIPT_QUANTITIES_MISMATCH' }));
    expect(() => checkInspectedBatch(batch(10, 8, 2))).toThrow(expect.objectContaining({ code: 'RECEIPT_REJECTION_REASON_REQUIRED' }));
  });

  it('never accepts more than the order still owes', () => {
    const line = { item: '手套 (G1)', ordered: 100, accepted: 80 };
    expect(() => checkAcceptedAgainstOrder({ number: 'CG-1' }, line, 20)).not.toThrow();
    expect(() => checkAcceptedAgainstOrder({ number: 'CG-1' }, line, 21)).toThrow(
      expect.objectContaining({ code: 'RECEIPT_EXCEEDS_ORDER', params: expect.objectContaining({ outstanding: 20 }) }),
    );
  });

  it('moves from ordered to partly received to received by what was accepted, rejections not counting', () => {
    expect(statusAfterReceipt([{ quantityOrdered: 10, quantityAccepted: 0 }])).toBe(PurchaseOrderStatus.ORDERED);
    expect(
      statusAfterReceipt([
        { quantityOrdered: 10, quantityAccepted: 10 },
        { quantityOrdered: 5, quantityAccepted: 0 },
      ]),
    ).toBe(PurchaseOrderStatus.PARTIALLY_RECEIVED);
    expect(
      statusAfterReceipt([
        { quantityOrdered: 10, quantityAccepted: 10 },
        { quantityOrdered: 5, quantityAccepted: 5 },
      ]),
    ).toBe(PurchaseOrderStatus.RECEIVED);
  });

  it('measures on-time delivery on the Beijing calendar day', () => {
    expect(deliveredOnTime('2026-11-20', null)).toBeNull();
    // Beijing is UTC+8: 15:59 UTC is still the 20th there, 16:01 UTC already the 21st.
    expect(deliveredOnTime('2026-11-20', new Date('2026-11-20T15:59:00Z'))).toBe(true);
    expect(deliveredOnTime('2026-11-20', new Date('2026-11-20T16:01:00Z'))).toBe(false);
  });

  it('cancels only untouched orders, closes only partly received ones, and keeps the purchaser from inspecting', () => {
    expect(() => requireOrderStatus({ number: 'CG-1', status: PurchaseOrderStatus.PARTIALLY_RECEIVED }, 'cancel')).toThrow(
      expect.objectContaining({ code: 'PURCHASE_ORDER_STATE' }),
    );
    expect(() => requireOrderStatus({ number: 'CG-1', status: PurchaseOrderStatus.ORDERED }, 'close')).toThrow(
      expect.objectContaining({ code: 'PURCHASE_ORDER_STATE' }),
    );
    expect(() => requireOrderStatus({ number: 'CG-1', status: PurchaseOrderStatus.PARTIALLY_RECEIVED }, 'close')).not.toThrow();
    expect(() => requireNotPurchaser({ subject: 'wu' }, { number: 'CG-1', orderedBySubject: 'wu' })).toThrow(
      expect.objectContaining({ code: 'RECEIPT_BY_PURCHASER' }),
    );
  });
});
