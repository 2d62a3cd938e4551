import { MaterialsRole } from '@houqin/contracts';
import {
  consolidateDemand,
  DemandSourceKind,
  DuplicateKind,
  duplicateVerdict,
  PendingPurchase,
  PurchaseLineStatus,
  PurchaseRequestStatus,
  requireApprovable,
  requireNotPlanner,
  requireRequestStatus,
  statusAfterOrdering,
} from './purchase-request-rules';

const source = (kind: DemandSourceKind, quantity: number, departmentId: string | null = null) => ({
  kind,
  departmentId,
  requisitionId: null,
  quantity,
  note: null,
});
const pending = (kind: DuplicateKind, documentNumber: string, quantity: number, itemId = 'gloves', warehouseId = 'east'): PendingPurchase => ({
  kind,
  warehouseId,
  documentId: documentNumber,
  documentNumber,
  lineId: `${documentNumber}-1`,
  itemId,
  quantity,
});

describe('purchase request rules', () => {
  it('consolidates demand into one line per item, in first-seen order, keeping every share', () => {
    const lines = consolidateDemand([
      { itemId: 'gloves', source: source(DemandSourceKind.DEPARTMENT, 600, 'cardiology') },
      { itemId: 'masks', source: source(DemandSourceKind.REPLENISHMENT, 50) },
      { itemId: 'gloves', source: source(DemandSourceKind.DEPARTMENT, 600, 'orthopaedics') },
    ]);
    expect(lines.map((line) => [line.itemId, line.quantity, line.sources.length])).toEqual([
      ['gloves', 1200, 2],
      ['masks', 50, 1],
    ]);
  });

  it('merges into a request awaiting approval before flagging anything further along, naming the largest twin', () => {
    expect(duplicateVerdict('gloves', 'east', [])).toBeNull();
    expect(duplicateVerdict('gloves', 'east', [pending(DuplicateKind.OPEN_REQUEST, 'CS-2', 10, 'masks')])).toBeNull();
    // Another warehouse's request cannot absorb the line: flagged instead.
    const elsewhere = pending(DuplicateKind.OPEN_REQUEST, 'CS-3', 10, 'gloves', 'east-ward-store');
    expect(duplicateVerdict('gloves', 'east', [elsewhere])).toEqual({ action: 'FLAG', of: elsewhere });
    const onOrder = pending(DuplicateKind.ON_ORDER, 'CG-1', 1200);
    const open = pending(DuplicateKind.OPEN_REQUEST, 'CS-2', 10);
    expect(duplicateVerdict('gloves', 'east', [onOrder, open])).toEqual({ action: 'MERGE', into: open });
    const approved = pending(DuplicateKind.APPROVED_REQUEST, 'CS-1', 300);
    expect(duplicateVerdict('gloves', 'east', [approved, onOrder])).toEqual({ action: 'FLAG', of: onOrder });
  });

  it('keeps the planner away from approving and ordering their own request', () => {
    const request = { number: 'CS-1', createdBySubject: 'planner' };
    const identity = (subject: string) => ({ subject, staffId: null, name: subject, roles: [MaterialsRole.MATERIALS_MANAGER, MaterialsRole.PURCHASER], campusIds: [] });
    expect(() => requireNotPlanner(identity('planner'), request, 'approve')).toThrow(expect.objectContaining({ code: 'PURCHASE_SELF_APPROVAL' }));
    expect(() => requireNotPlanner(identity('planner'), request, 'order')).toThrow(expect.objectContaining({ code: 'PURCHASE_ORDER_BY_PLANNER' }));
    expect(() => requireNotPlanner(identity('office'), request, 'approve')).not.toThrow();
  });

  it('approves only settled requests with something to buy, in the states that allow it', () => {
    const line = (status: PurchaseLineStatus) => ({ status, itemLabel: '手套 (G1)', duplicateOfNumber: 'CG-1' });
    expect(() => requireApprovable({ number: 'CS-1' }, [line(PurchaseLineStatus.OPEN), line(PurchaseLineStatus.FLAGGED)])).toThrow(
      expect.objectContaining({ code: 'PURCHASE_DUPLICATE_UNRESOLVED' }),
    );
    expect(() => requireApprovable({ number: 'CS-1' }, [line(PurchaseLineStatus.DROPPED), line(PurchaseLineStatus.MERGED)])).toThrow(
      expect.objectContaining({ code: 'PURCHASE_REQUEST_EMPTY' }),
    );
    expect(() => requireApprovable({ number: 'CS-1' }, [line(PurchaseLineStatus.OPEN), line(PurchaseLineStatus.DROPPED)])).not.toThrow();
    expect(() => requireRequestStatus({ number: 'CS-1', status: PurchaseRequestStatus.APPROVED }, 'approve')).toThrow(
      expect.objectContaining({ code: 'PURCHASE_REQUEST_STATE' }),
    );
    expect(() => requireRequestStatus({ number: 'CS-1', status: PurchaseRequestStatus.APPROVED }, 'cancel')).not.toThrow();
  });

  it('is ordered once every open line is on orders, and approved again when an order gives quantities back', () => {
    const line = (status: PurchaseLineStatus, quantity: number, quantityOrdered: number) => ({ status, quantity, quantityOrdered });
    expect(statusAfterOrdering([line(PurchaseLineStatus.OPEN, 10, 10), line(PurchaseLineStatus.DROPPED, 5, 0)])).toBe(PurchaseRequestStatus.ORDERED);
    expect(statusAfterOrdering([line(PurchaseLineStatus.OPEN, 10, 10), line(PurchaseLineStatus.OPEN, 5, 4)])).toBe(PurchaseRequestStatus.APPROVED);
  });
});
