import { MaterialsRole } from '@houqin/contracts';
import { CampusScope, Identity, Role } from '@houqin/platform-auth';
import { addDays, daysBetween } from '@houqin/platform-calendar';
import { DomainError, requireCreditCode } from '@houqin/platform-errors';
import {
  checkAcceptedAgainstOrder,
  checkInspectedBatch,
  PurchaseOrderStatus,
  RejectionReason,
  requireNotPurchaser,
  statusAfterReceipt,
} from '../purchasing/purchase-order-rules';
import {
  consolidateDemand,
  DemandSourceKind,
  DuplicateKind,
  duplicateVerdict,
  PendingPurchase,
  PurchaseLineStatus,
  requireApprovable,
  requireNotPlanner,
} from '../purchasing/purchase-request-rules';
import { AdjustmentReason, checkAdjustmentLine } from '../stock-adjustment/adjustment-rules';
import { ItemRow } from '../catalogue/item.entity';
import { STOCK_KEEPERS } from '../materials.roles';
import { ExpiryThreshold, LotExpiry } from '../expiry/lot-expiry';
import { LotAllocator } from '../stock-issue/lot-allocator';
import { IssuedDraw, planReturn } from '../stock-return/return-allocation';
import { checkReceivedLot } from '../stock/goods-receipt-booking';
import { StockTransferStatus } from '../stock-transfer/stock-transfer.entity';
import { checkNewForOld } from '../requisition/new-for-old';
import { Caller, requireApprover, requireMayCancel } from '../requisition/requisition-access';
import { REQUISITION_LIFECYCLE, RequisitionAction, RequisitionStatus, statusAfterApproval, statusAfterIssue } from '../requisition/requisition-lifecycle';
import { approvedQuantities, LineBalance, outstandingAfter, planRequisitionIssue } from '../requisition/requisition-lines';
import { ApprovalRoute, approvalRoute, CostBasis, requisitionValue } from '../requisition/requisition-policy';
import { coverOf, replenishmentFor } from '../stock/stock-cover';
import { optionalPhone, requireSupplierCode } from '../supplier/create-supplier.use-case';
import { decideOrderPrice } from '../supplier/order-price-decision';
import { PRICE_EXCEPTION_LIFECYCLE, PriceExceptionAction, PriceExceptionFacts, PriceExceptionStatus } from '../supplier/price-exception-rules';
import { contractStatus, requireWithinMarket, SupplierContractStatus } from '../supplier/supplier-contract-rules';
import { booksVisible, requireIndependentApprover, StocktakeStatus } from '../stocktake/stocktake-lifecycle';
import { countSheet, expectedAtCount, lineForCount, SnapshotLot } from '../stocktake/stocktake-sheet';
import { accuracyOf, CountedLine, planLine, varianceOf } from '../stocktake/stocktake-variance';
import {
  DEMO_EAST_USE,
  DEMO_ITEM_IDS,
  DEMO_ITEMS,
  DEMO_PEOPLE,
  DEMO_PROTECTIVE_REQUISITION,
  DEMO_REQUISITION_POLICIES,
  DEMO_REQUISITIONS,
  DEMO_SUPPLIERS,
  DemoPerson,
  DemoRequisition,
  demoStock,
} from './demo-materials';
import { demoMovements } from './demo-movements';
import { demoContractPrice, demoContracts, demoPurchasing } from './demo-purchasing';
import { DEMO_STOCKTAKE_ORDER, DEMO_STOCKTAKES, DemoStocktake } from './demo-stocktakes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const campusIds = { east: '01930000-0000-7000-8000-0000000000e1', west: '01930000-0000-7000-8000-0000000000e2', south: '01930000-0000-7000-8000-0000000000e3' };

describe('demo materials', () => {
  const stock = demoStock(campusIds);
  const allIds = [
    ...DEMO_ITEMS.map((item) => item.id),
    ...stock.flatMap((s) => [s.warehouse.id, ...s.receipts.flatMap((r) => [r.id, ...r.lines.map((l) => l.lotId)])]),
    ...DEMO_SUPPLIERS.map((supplier) => supplier.id),
    ...demoMovements('2026-11-24').receipts.flatMap((r) => [r.id, ...r.lines.map((l) => l.lotId)]),
  ];

  it('uses valid, unique ids that do not change between calls', () => {
    for (const id of allIds) expect(id).toMatch(UUID);
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(demoStock(campusIds)).toEqual(stock);
    // The movements' dates follow the day of seeding; their ids do not.
    const ids = (today: string) => demoMovements(today).receipts.flatMap((r) => [r.id, ...r.lines.map((l) => l.lotId)]);
    expect(ids('2027-03-01')).toEqual(ids('2026-11-24'));
  });

  it('has unique item codes and only lots of catalogue items', () => {
    expect(new Set(DEMO_ITEMS.map((item) => item.code)).size).toBe(DEMO_ITEMS.length);
    const known = new Set(DEMO_ITEMS.map((item) => item.id));
    for (const line of stock.flatMap((s) => s.receipts.flatMap((r) => r.lines))) expect(known.has(line.itemId)).toBe(true);
  });

  it('dates every lot of an item that tracks expiry (receipts refuse one without)', () => {
    const tracked = new Set(DEMO_ITEMS.filter((item) => item.tracksExpiry).map((item) => item.id));
    expect(tracked.has(DEMO_ITEM_IDS.nitrileGloves) && tracked.has(DEMO_ITEM_IDS.surgicalMask)).toBe(true);
    for (const line of stock.flatMap((s) => s.receipts.flatMap((r) => r.lines)).filter((l) => tracked.has(l.itemId))) expect(line.expiresOn).not.toBeNull();
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

  describe("East's requisitions, replayed through the service's own rules", () => {
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const eastLots = east.receipts.flatMap((r) => r.lines);
    const bases = new Map<string, CostBasis>();
    for (const lot of eastLots) {
      const basis = bases.get(lot.itemId) ?? { valueFen: 0, quantity: 0 };
      bases.set(lot.itemId, { valueFen: basis.valueFen + lot.quantity * lot.unitCostFen, quantity: basis.quantity + lot.quantity });
    }
    const items = new Map(DEMO_ITEMS.map((item) => [item.id, item]));
    const label = (itemId: string) => items.get(itemId)?.code ?? itemId;
    const policy = DEMO_REQUISITION_POLICIES.find((p) => p.campus === 'east')!;
    const CARDIOLOGY = 'cardiology';
    // The demo logins' roles (tools/scripts/demo-logins.ts); the head shares the nurse's department.
    const person = (who: DemoPerson, roles: Role[], departmentId: string | null, campusId = campusIds.east): Caller => ({
      identity: { subject: `local:${DEMO_PEOPLE[who]}`, staffId: `staff:${who}`, name: who, roles, campusIds: [campusId] } satisfies Identity,
      departmentId,
    });
    const people: Record<DemoPerson, Caller> = {
      nurse: person('nurse', [Role.REQUESTER], CARDIOLOGY),
      head: person('head', [Role.DEPARTMENT_HEAD], CARDIOLOGY),
      office: person('office', [MaterialsRole.MATERIALS_MANAGER], 'materials-office'),
      storekeeper: person('storekeeper', [MaterialsRole.STOREKEEPER], 'logistics'),
      clerk: person('clerk', [Role.CAMPUS_ADMIN], 'logistics'),
      planner: person('planner', [MaterialsRole.PLANNER], 'logistics'),
      purchaser: person('purchaser', [MaterialsRole.PURCHASER], 'logistics'),
      westAdmin: person('westAdmin', [Role.CAMPUS_ADMIN], 'west-logistics', campusIds.west),
    };

    /** Takes the requisition's steps as the use cases would: who may, what each step allows, where it ends. */
    function replay(requisition: DemoRequisition) {
      const number = requisition.reason;
      const lines: LineBalance[] = requisition.lines.map((l) => ({ itemId: l.itemId, requested: l.quantity, approved: l.quantity, issued: 0 }));
      const parties = {
        number,
        status: RequisitionStatus.SUBMITTED,
        campusId: campusIds.east,
        departmentId: CARDIOLOGY,
        departmentName: '心血管内科',
        requesterStaffId: people.nurse.identity.staffId!,
        submittedBySubject: people[requisition.submittedBy].identity.subject,
        departmentApproverSubject: null as string | null,
        departmentApproverStaffId: null as string | null,
      };
      const routes: ApprovalRoute[] = [];
      const issued = new Map<string, number>();
      for (const step of requisition.steps) {
        const caller = people[step.by];
        if (step.action === 'approve') {
          const approvalStep = requireApprover(parties, caller, 'approve');
          expect(approvalStep).toBe(step.by === 'head' ? 'DEPARTMENT' : 'MATERIALS_OFFICE');
          const approved = approvedQuantities(lines, step.lines ?? [], number, label);
          for (const line of lines) line.approved = approved.get(line.itemId)!;
          if (step.by === 'head') {
            const approvedLines = lines.filter((l) => l.approved > 0).map((l) => ({ itemId: l.itemId, quantity: l.approved }));
            const categories = approvedLines.map((l) => items.get(l.itemId)!.category);
            const { route } = approvalRoute(policy, requisitionValue(approvedLines, bases), categories);
            routes.push(route);
            parties.departmentApproverSubject = caller.identity.subject;
            parties.departmentApproverStaffId = caller.identity.staffId;
            parties.status = statusAfterApproval(RequisitionAction.APPROVE_DEPARTMENT, route !== ApprovalRoute.DEPARTMENT_ONLY);
          } else {
            parties.status = statusAfterApproval(RequisitionAction.APPROVE_MATERIALS_OFFICE, true);
          }
        } else if (step.action === 'reject') {
          requireApprover(parties, caller, 'reject');
          parties.status = RequisitionStatus.REJECTED;
        } else if (step.action === 'cancel') {
          REQUISITION_LIFECYCLE.targets(parties.status, RequisitionAction.CANCEL, parties);
          requireMayCancel(parties, caller);
          parties.status = RequisitionStatus.CANCELLED;
        } else {
          REQUISITION_LIFECYCLE.targets(parties.status, RequisitionAction.ISSUE, parties);
          const planned = planRequisitionIssue(lines, step.lines, number, label);
          checkNewForOld(
            planned.map((p) => ({ itemId: p.itemId, durable: items.get(p.itemId)!.durable === true, issuing: p.quantity, exemptLeft: 0 })),
            (step.returnedOld ?? []).map((unit) => ({ ...unit, note: unit.note ?? null })),
            label,
          );
          parties.status = statusAfterIssue(outstandingAfter(lines, planned));
          for (const p of planned) {
            lines.find((l) => l.itemId === p.itemId)!.issued = p.issuedAfter;
            issued.set(p.itemId, (issued.get(p.itemId) ?? 0) + p.quantity);
          }
        }
      }
      return { status: parties.status, routes, issued };
    }

    it('ends each requisition where it says, every step taken by the one whose job it is', () => {
      for (const requisition of DEMO_REQUISITIONS) expect([requisition.reason, replay(requisition).status]).toEqual([requisition.reason, requisition.status]);
    });

    it('shows every state, both approval routes, a paper form and a new-for-old issue with the old units handed back', () => {
      expect(new Set(DEMO_REQUISITIONS.map((r) => r.status))).toEqual(
        new Set([
          RequisitionStatus.SUBMITTED,
          RequisitionStatus.DEPT_APPROVED,
          RequisitionStatus.APPROVED,
          RequisitionStatus.PARTIALLY_ISSUED,
          RequisitionStatus.ISSUED,
          RequisitionStatus.REJECTED,
          RequisitionStatus.CANCELLED,
        ]),
      );
      const routes = new Set(DEMO_REQUISITIONS.flatMap((r) => replay(r).routes));
      expect(routes).toEqual(new Set([ApprovalRoute.DEPARTMENT_ONLY, ApprovalRoute.DEPARTMENT_AND_MATERIALS_OFFICE]));
      expect(DEMO_REQUISITIONS.some((r) => r.submittedBy === 'clerk')).toBe(true);
      const exchanged = DEMO_REQUISITIONS.flatMap((r) => r.steps).flatMap((step) => (step.action === 'issue' ? (step.returnedOld ?? []) : []));
      expect(exchanged.map((unit) => unit.itemId)).toContain(DEMO_ITEM_IDS.mop);
    });

    it('issues no more than East holds, and no masks or valves (the mask reserve and the repair scenario count on them)', () => {
      const totals = new Map<string, number>();
      for (const requisition of DEMO_REQUISITIONS) {
        for (const [itemId, quantity] of replay(requisition).issued) totals.set(itemId, (totals.get(itemId) ?? 0) + quantity);
      }
      for (const [itemId, quantity] of totals) expect(quantity).toBeLessThanOrEqual(bases.get(itemId)!.quantity);
      expect(totals.has(DEMO_ITEM_IDS.surgicalMask)).toBe(false);
      expect(totals.has(DEMO_ITEM_IDS.valveDn20)).toBe(false);
    });

    it('acts as eight different people', () => {
      expect(new Set(Object.values(DEMO_PEOPLE)).size).toBe(Object.keys(DEMO_PEOPLE).length);
    });
  });

  describe("suppliers, contracts and purchasing in East, replayed through the service's own rules", () => {
    const today = '2026-11-24';
    const contracts = demoContracts(today);
    const plan = demoPurchasing(today);
    const I = DEMO_ITEM_IDS;
    const items = new Map(DEMO_ITEMS.map((item) => [item.id, item]));
    const label = (itemId: string) => items.get(itemId)?.code ?? itemId;
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const eastHeld = (itemId: string) => east.receipts.flatMap((r) => r.lines).reduce((sum, l) => sum + (l.itemId === itemId ? l.quantity : 0), 0);
    const maskUse = DEMO_EAST_USE.lines.find((l) => l.itemId === I.surgicalMask)!.quantity;
    const maskPolicy = east.reorderPoints.find((p) => p.itemId === I.surgicalMask)!;
    /** What purchaseDemand suggests for East's masks once the emergency department has used them. */
    const suggestedMasks = replenishmentFor(
      {
        reorderPoint: maskPolicy.reorderPoint,
        maxLevel: maskPolicy.maxLevel ?? null,
        leadTimeDays: maskPolicy.leadTimeDays ?? 0,
        reserveDays: maskPolicy.reserveDays ?? null,
      },
      { available: eastHeld(I.surgicalMask) - maskUse, inTransit: 0, onOrder: 0 },
      maskUse / 90,
    )!.suggestedQuantity;
    const priceOf = (supplierId: string, itemId: string) => {
      const contract = contracts.find((c) => c.supplierId === supplierId)!;
      const unitPriceFen = demoContractPrice(contracts, supplierId, itemId);
      return unitPriceFen === undefined ? null : { contractId: contract.contractNo, contractNo: contract.contractNo, unitPriceFen };
    };
    const labels = (itemId: string) => ({ item: label(itemId), supplier: 'supplier' });
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof DomainError) return error.code;
        throw error;
      }
      return null;
    };
    // The demo logins of the purchasing steps (tools/scripts/demo-logins.ts).
    const who = (person: DemoPerson, role: Role): Identity => ({
      subject: `local:${DEMO_PEOPLE[person]}`,
      staffId: `staff:${person}`,
      name: person,
      roles: [role],
      campusIds: [campusIds.east],
    });
    const planner = who('planner', MaterialsRole.PLANNER);
    const purchaser = who('purchaser', MaterialsRole.PURCHASER);
    const office = who('office', MaterialsRole.MATERIALS_MANAGER);
    const storekeeper = who('storekeeper', MaterialsRole.STOREKEEPER);

    it('lists the three suppliers named on the demo deliveries, with valid, unique codes and credit codes', () => {
      for (const supplier of DEMO_SUPPLIERS) {
        expect(supplier.id).toMatch(UUID);
        expect(requireSupplierCode(supplier.code)).toBe(supplier.code);
        expect(requireCreditCode('creditCode', supplier.creditCode)).toBe(supplier.creditCode);
        expect(optionalPhone(supplier.phone)).toBe(supplier.phone);
      }
      for (const key of ['code', 'name', 'creditCode'] as const) expect(new Set(DEMO_SUPPLIERS.map((s) => s[key])).size).toBe(3);
      expect(new Set(stock.flatMap((s) => s.receipts.map((r) => r.supplierName)))).toEqual(new Set(DEMO_SUPPLIERS.map((s) => s.name)));
    });

    it('gives each supplier one group-wide annual contract in force on the day of seeding, whenever that is', () => {
      for (const day of [today, '2026-12-31', '2027-01-01', '2028-02-29']) {
        const signed = demoContracts(day);
        expect(signed.map((c) => c.supplierId).sort()).toEqual(DEMO_SUPPLIERS.map((s) => s.id).sort());
        expect(new Set(signed.map((c) => c.contractNo)).size).toBe(signed.length);
        for (const contract of signed) {
          expect(contractStatus({ ...contract, terminatedOn: null }, day)).toBe(SupplierContractStatus.IN_FORCE);
          expect(daysBetween(contract.validFrom, contract.validTo)).toBeGreaterThanOrEqual(364);
          expect(daysBetween(contract.validFrom, contract.validTo)).toBeLessThanOrEqual(365);
        }
      }
    });

    it('prices exactly the items each supplier delivered, never above the market price, nor above what departments paid alone', () => {
      for (const contract of contracts) {
        const supplier = DEMO_SUPPLIERS.find((s) => s.id === contract.supplierId)!;
        const delivered = stock.flatMap((s) => s.receipts.filter((r) => r.supplierName === supplier.name).flatMap((r) => r.lines));
        expect(new Set(contract.prices.map((p) => p.itemId))).toEqual(new Set(delivered.map((l) => l.itemId)));
        expect(new Set(contract.prices.map((p) => p.itemId)).size).toBe(contract.prices.length);
        for (const line of contract.prices) {
          expect(() => requireWithinMarket(line, label(line.itemId))).not.toThrow();
          const paid = delivered.filter((l) => l.itemId === line.itemId).map((l) => l.unitCostFen);
          expect(line.unitPriceFen).toBeLessThanOrEqual(Math.min(...paid));
        }
      }
    });

    it("pools two departments' 1,200 pairs of gloves and the masks East's reserve asks for, ordered at contract prices", () => {
      const { consolidated } = plan;
      const gloves = consolidated.demands.filter((d) => d.itemId === I.nitrileGloves);
      expect(new Set(gloves.map((d) => d.department)).size).toBe(2);
      const demands = [
        ...consolidated.demands.map((d) => ({
          itemId: d.itemId,
          source: { kind: DemandSourceKind.DEPARTMENT, departmentId: d.department, requisitionId: null, quantity: d.quantity, note: null },
        })),
        ...consolidated.replenish.map((itemId) => ({
          itemId,
          source: { kind: DemandSourceKind.REPLENISHMENT, departmentId: null, requisitionId: null, quantity: suggestedMasks, note: null },
        })),
      ];
      const lines = consolidateDemand(demands);
      expect(lines.map((l) => [l.itemId, l.quantity, l.sources.length])).toEqual([
        [I.nitrileGloves, 1200, 2],
        [I.surgicalMask, suggestedMasks, 1],
      ]);
      for (const line of lines) {
        const contract = priceOf(consolidated.order.supplierId, line.itemId)!;
        const question = {
          supplierId: consolidated.order.supplierId,
          campusId: campusIds.east,
          itemId: line.itemId,
          quantity: line.quantity,
          unitPriceFen: contract.unitPriceFen,
          on: today,
          priceExceptionId: null,
        };
        expect(decideOrderPrice(question, contract, null, labels(line.itemId))).toMatchObject({
          contractPriceFen: contract.unitPriceFen,
          priceExceptionId: null,
        });
      }
      expect(consolidated.order.expectedOn >= today).toBe(true);
    });

    /** The pooled order's lines through its deliveries, as receivePurchaseOrder books them. */
    function receiveAll() {
      const order = { number: 'CG-demo' };
      const lines = new Map([
        [I.nitrileGloves, { quantityOrdered: 1200, quantityAccepted: 0, quantityRejected: 0 }],
        [I.surgicalMask, { quantityOrdered: suggestedMasks, quantityAccepted: 0, quantityRejected: 0 }],
      ]);
      const after: { status: PurchaseOrderStatus; glovesOwed: number }[] = [];
      for (const delivery of plan.consolidated.deliveries) {
        for (const batch of delivery.batches) {
          checkInspectedBatch({ orderLineId: batch.itemId, item: label(batch.itemId), rejected: 0, rejectionReason: null, ...batch });
          expect(batch.batchNo).toBeTruthy();
          if (items.get(batch.itemId)!.tracksExpiry) expect(batch.expiresOn! > today).toBe(true);
        }
        for (const [itemId, line] of lines) {
          const accepted = delivery.batches.filter((b) => b.itemId === itemId).reduce((sum, b) => sum + b.accepted, 0);
          checkAcceptedAgainstOrder(order, { item: label(itemId), ordered: line.quantityOrdered, accepted: line.quantityAccepted }, accepted);
          line.quantityAccepted += accepted;
          line.quantityRejected += delivery.batches.filter((b) => b.itemId === itemId).reduce((sum, b) => sum + (b.rejected ?? 0), 0);
        }
        const gloves = lines.get(I.nitrileGloves)!;
        after.push({ status: statusAfterReceipt([...lines.values()]), glovesOwed: gloves.quantityOrdered - gloves.quantityAccepted });
      }
      return { lines, after };
    }

    it('receives gloves complete in two deliveries after rejecting damaged ones, masks in part and still short of their reserve', () => {
      const { lines, after } = receiveAll();
      expect(after.map((a) => a.status)).toEqual([PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.PARTIALLY_RECEIVED]);
      const [first] = plan.consolidated.deliveries;
      expect(first.batches.some((b) => b.itemId === I.nitrileGloves && b.rejectionReason === RejectionReason.DAMAGED && b.rejected! > 0)).toBe(true);
      expect(lines.get(I.nitrileGloves)).toEqual({ quantityOrdered: 1200, quantityAccepted: 1200, quantityRejected: 40 });
      const masks = lines.get(I.surgicalMask)!;
      expect(masks.quantityAccepted).toBeGreaterThan(0);
      expect(masks.quantityAccepted).toBeLessThan(masks.quantityOrdered);
      // The mask reserve demo holds: days of cover stay under 30 with the first masks on the shelf.
      const cover = coverOf(eastHeld(I.surgicalMask) - maskUse + masks.quantityAccepted, maskUse, maskPolicy.reserveDays!, today);
      expect(cover.belowReserve).toBe(true);
    });

    it('flags gloves asked for again while on order (dropped), and merges gowns into the request still waiting for the office', () => {
      const { duplicate, merged } = plan;
      const glovesOwed = receiveAll().after[0].glovesOwed;
      expect(glovesOwed).toBeGreaterThan(0);
      const onOrder: PendingPurchase = {
        kind: DuplicateKind.ON_ORDER,
        warehouseId: 'east',
        documentId: 'order',
        documentNumber: 'CG-demo',
        lineId: 'ol',
        itemId: I.nitrileGloves,
        quantity: glovesOwed,
      };
      expect(duplicateVerdict(duplicate.drop.itemId, 'east', [onOrder])).toEqual({ action: 'FLAG', of: onOrder });
      const others = duplicate.demands.filter((d) => d.itemId !== duplicate.drop.itemId);
      expect(others.length).toBeGreaterThan(0);
      for (const demand of others) expect(duplicateVerdict(demand.itemId, 'east', [onOrder])).toBeNull();
      // With the duplicate dropped, the office can approve what is left (it waits for them in the console).
      const settled = [
        { status: PurchaseLineStatus.DROPPED, itemLabel: label(duplicate.drop.itemId), duplicateOfNumber: 'CG-demo' },
        ...others.map((d) => ({ status: PurchaseLineStatus.OPEN, itemLabel: label(d.itemId), duplicateOfNumber: null })),
      ];
      expect(() => requireApprovable({ number: 'CS-demo' }, settled)).not.toThrow();
      for (const demand of merged.demands) {
        const waiting: PendingPurchase = {
          kind: DuplicateKind.OPEN_REQUEST,
          warehouseId: 'east',
          documentId: 'r',
          documentNumber: 'CS-demo',
          lineId: 'l',
          itemId: demand.itemId,
          quantity: 100,
        };
        expect(others.map((d) => d.itemId)).toContain(demand.itemId);
        expect(duplicateVerdict(demand.itemId, 'east', [waiting])).toEqual({ action: 'MERGE', into: waiting });
      }
    });

    it('orders above the contract price only on the approved exception, and asks for one off contract', () => {
      const { aboveContract, offContract } = plan;
      const { exception } = aboveContract;
      const contract = priceOf(exception.supplierId, exception.itemId)!;
      expect(exception.unitPriceFen).toBeGreaterThan(contract.unitPriceFen);
      const [demand] = aboveContract.demands;
      expect(aboveContract.demands.map((d) => d.itemId)).toEqual([exception.itemId]);
      expect(aboveContract.order.supplierId).toBe(exception.supplierId);
      const question = {
        supplierId: exception.supplierId,
        campusId: campusIds.east,
        itemId: exception.itemId,
        quantity: demand.quantity,
        unitPriceFen: exception.unitPriceFen,
        on: today,
        priceExceptionId: null,
      };
      expect(codeOf(() => decideOrderPrice(question, contract, null, labels(exception.itemId)))).toBe('PRICE_ABOVE_CONTRACT');
      const facts: PriceExceptionFacts = {
        id: 'exception',
        status: PriceExceptionStatus.PENDING,
        supplierId: exception.supplierId,
        campusId: campusIds.east,
        itemId: exception.itemId,
        unitPriceFen: exception.unitPriceFen,
        maxQuantity: exception.maxQuantity,
        validUntil: null,
        requestedBySubject: purchaser.subject,
        requestedByStaffId: purchaser.staffId,
      };
      expect(codeOf(() => PRICE_EXCEPTION_LIFECYCLE.check(PriceExceptionAction.APPROVE, purchaser, facts))).toBe('PRICE_EXCEPTION_SELF_APPROVAL');
      expect(() => PRICE_EXCEPTION_LIFECYCLE.check(PriceExceptionAction.APPROVE, office, facts)).not.toThrow();
      const approved = { ...facts, status: PriceExceptionStatus.APPROVED as const, validUntil: today };
      expect(decideOrderPrice({ ...question, priceExceptionId: approved.id }, contract, approved, labels(exception.itemId)).priceExceptionId).toBe(approved.id);

      expect(priceOf(offContract.supplierId, offContract.itemId)).toBeNull();
      const offQuestion = { ...question, supplierId: offContract.supplierId, itemId: offContract.itemId, unitPriceFen: offContract.unitPriceFen };
      expect(codeOf(() => decideOrderPrice(offQuestion, null, null, labels(offContract.itemId)))).toBe('PRICE_OFF_CONTRACT');
    });

    it('plans, approves, orders and receives with four different people', () => {
      expect(new Set([planner, office, purchaser, storekeeper].map((p) => p.subject)).size).toBe(4);
      const request = { number: 'CS-demo', createdBySubject: planner.subject };
      expect(codeOf(() => requireNotPlanner(planner, request, 'approve'))).toBe('PURCHASE_SELF_APPROVAL');
      expect(() => requireNotPlanner(office, request, 'approve')).not.toThrow();
      expect(() => requireNotPlanner(purchaser, request, 'order')).not.toThrow();
      const order = { number: 'CG-demo', orderedBySubject: purchaser.subject };
      expect(codeOf(() => requireNotPurchaser(purchaser, order))).toBe('RECEIPT_BY_PURCHASER');
      expect(() => requireNotPurchaser(storekeeper, order)).not.toThrow();
    });
  });

  describe("East's stocktakes, replayed through the service's own rules", () => {
    const today = '2026-11-24';
    const I = DEMO_ITEM_IDS;
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const items = new Map(DEMO_ITEMS.map((item) => [item.id, item]));
    const label = (itemId: string) => items.get(itemId)?.code ?? itemId;
    const batchOf = new Map(east.receipts.flatMap((r) => r.lines.map((l) => [l.lotId, l.batchNo])));
    const { monthEnd, inProgress } = DEMO_STOCKTAKES;

    /** East's lots when the stocktakes start: the demo deliveries less every issue before them, drawn as the service draws. */
    function eastLots(): SnapshotLot[] {
      const lots: SnapshotLot[] = east.receipts.flatMap((r) =>
        r.lines.map((l) => ({
          id: l.lotId,
          itemId: l.itemId,
          receivedAt: new Date(r.receivedAt),
          expiresOn: l.expiresOn,
          quantityRemaining: l.quantity,
          unitCostFen: l.unitCostFen,
        })),
      );
      const issued = [...DEMO_REQUISITIONS.flatMap((r) => r.steps).flatMap((step) => (step.action === 'issue' ? step.lines : [])), ...DEMO_EAST_USE.lines];
      for (const { itemId, quantity } of issued) {
        const own = lots.filter((lot) => lot.itemId === itemId);
        const allocation = new LotAllocator().allocateLots(own, quantity, items.get(itemId)!.tracksExpiry === true, today);
        if (allocation.kind !== 'allocated') throw new Error(`East cannot issue ${quantity} of ${label(itemId)}`);
        for (const draw of allocation.draws) own.find((lot) => lot.id === draw.lotId)!.quantityRemaining -= draw.quantity;
      }
      return lots;
    }
    const lots = eastLots();
    const policies = new Set(east.reorderPoints.map((p) => p.itemId));
    /** What startStocktake puts on the sheet: the items named, and those of the categories named with stock or a policy in East. */
    const inScope = (plan: DemoStocktake) =>
      DEMO_ITEMS.filter(
        (item) =>
          plan.start.itemIds?.includes(item.id) ||
          (plan.start.categories?.includes(item.category) &&
            (policies.has(item.id) || lots.some((lot) => lot.itemId === item.id && lot.quantityRemaining > 0))),
      );

    /** The plan's counts on its count sheet, each against the ledger when entered (nothing moves during the demo's counts). */
    function counted(plan: DemoStocktake) {
      const sheet = countSheet(
        inScope(plan).map((item) => ({ id: item.id, code: item.code, tracksExpiry: item.tracksExpiry === true })),
        lots,
      );
      const lines = plan.counts.map(({ itemId, batchNo, countedQuantity }) => {
        // The counter reads the batch on the label; the seed finds its lot on the sheet the same way.
        const lotId =
          batchNo === undefined ? null : (sheet.find((line) => line.itemId === itemId && line.lotId && batchOf.get(line.lotId) === batchNo)?.lotId ?? batchNo);
        const line = lineForCount(sheet, { itemId, lotId }, { number: 'PD-demo', item: label });
        const expected = expectedAtCount(line, lots);
        const variance = planLine({ ...line, expectedQuantity: expected.quantity, countedQuantity }, lots);
        const figures: CountedLine = {
          itemId,
          bookQuantity: line.bookQuantity,
          expectedQuantity: expected.quantity,
          countedQuantity,
          expectedValueFen: expected.valueFen,
          varianceValueFen: variance.valueFen,
        };
        return { line, figures, variance };
      });
      return { sheet, lines };
    }

    it('counts no item whose stock the other demos or the end-to-end test check, nor one purchasing delivers', () => {
      const purchasing = demoPurchasing(today);
      const delivered = purchasing.consolidated.deliveries.flatMap((d) => d.batches.map((b) => b.itemId));
      const countedItems = DEMO_STOCKTAKE_ORDER.flatMap((plan) => inScope(plan).map((item) => item.id));
      expect(new Set(countedItems).size).toBe(countedItems.length);
      for (const itemId of [I.surgicalMask, I.valveDn20, ...policies, ...delivered]) expect(countedItems).not.toContain(itemId);
      expect(inScope(monthEnd).map((item) => item.code)).toEqual(['CLN-CL-TAB', 'OFF-A4', 'CLN-MOP']);
    });

    it('counts every line of the month-end sheet once, within a unit or two of the shelf: a shortfall on a lot, a surplus', () => {
      const { sheet, lines } = counted(monthEnd);
      expect(lines).toHaveLength(sheet.length);
      expect(new Set(lines.map(({ line }) => line)).size).toBe(sheet.length);
      for (const { figures, variance } of lines) {
        expect(figures.expectedQuantity).toBeGreaterThan(0);
        expect(figures.countedQuantity).toBeGreaterThanOrEqual(0);
        expect(Math.abs(varianceOf(figures))).toBeLessThanOrEqual(2);
        expect(variance.problem).toBeNull();
      }
      const short = lines.filter(({ figures }) => varianceOf(figures) < 0);
      const over = lines.filter(({ figures }) => varianceOf(figures) > 0);
      expect(short.map(({ line }) => [label(line.itemId), line.lotId === null])).toEqual([['CLN-CL-TAB', false]]);
      expect(items.get(short[0].line.itemId)!.tracksExpiry).toBe(true);
      expect(over.map(({ line }) => label(line.itemId))).toEqual(['OFF-A4']);
    });

    it('books one adjustment and an accuracy below 100%, the figures the end-to-end test expects of materialsKpis', () => {
      const { lines } = counted(monthEnd);
      const changes = lines.flatMap(({ variance }) => variance.changes);
      const chlorine = lots.find((lot) => lot.itemId === I.chlorineTablets)!;
      const paper = lots.find((lot) => lot.itemId === I.a4Paper)!;
      expect(changes).toEqual([
        { lotId: chlorine.id, quantityDelta: -2, unitCostFen: 1500 },
        { lotId: paper.id, quantityDelta: 1, unitCostFen: 13_500 },
      ]);
      // Disinfectant 56 × 15.00, mops 38 × 28.00, paper 18 × 135.00 expected; 2 × 15.00 short, 1 × 135.00 over.
      expect(accuracyOf(lines.map(({ figures }) => figures))).toEqual({
        itemsCounted: 3,
        itemsMatched: 1,
        itemAccuracy: 1 / 3,
        bookValueFen: 433_400,
        varianceValueFen: 16_500,
        valueAccuracy: 1 - 16_500 / 433_400,
      });
    });

    it('leaves the spare-part count in progress with some lines counted', () => {
      const { sheet, lines } = counted(inProgress);
      expect(inProgress).toMatchObject({ status: StocktakeStatus.COUNTING, approval: null });
      expect(monthEnd.status).toBe(StocktakeStatus.APPROVED);
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.length).toBeLessThan(sheet.length);
      expect(new Set(lines.map(({ line }) => line)).size).toBe(lines.length);
      for (const { figures } of lines) expect(Math.abs(varianceOf(figures))).toBeLessThanOrEqual(2);
    });

    it('is started, counted and approved by three people, the approver neither starting nor counting', () => {
      const who = (person: DemoPerson, role: Role): Identity => ({
        subject: `local:${DEMO_PEOPLE[person]}`,
        staffId: `staff:${person}`,
        name: person,
        roles: [role],
        campusIds: [campusIds.east],
      });
      const roles: Record<'clerk' | 'office' | 'storekeeper', Role> = {
        clerk: Role.CAMPUS_ADMIN,
        office: MaterialsRole.MATERIALS_MANAGER,
        storekeeper: MaterialsRole.STOREKEEPER,
      };
      const stocktake = { number: 'PD-demo', startedBySubject: who(monthEnd.startedBy, roles[monthEnd.startedBy]).subject };
      const counters = new Set([who(monthEnd.countedBy, roles[monthEnd.countedBy]).subject]);
      const approver = who(monthEnd.approval.by, roles[monthEnd.approval.by]);
      expect(new Set([stocktake.startedBySubject, ...counters, approver.subject]).size).toBe(3);
      expect(() => requireIndependentApprover(stocktake, approver, counters)).not.toThrow();
      for (const person of [monthEnd.startedBy, monthEnd.countedBy]) {
        expect(() => requireIndependentApprover(stocktake, who(person, MaterialsRole.MATERIALS_MANAGER), counters)).toThrow(
          expect.objectContaining({ code: 'STOCKTAKE_SELF_APPROVAL' }),
        );
      }
      // The counter counts blind; the approver sees the variance report.
      expect(booksVisible(StocktakeStatus.REVIEW, who(monthEnd.countedBy, roles[monthEnd.countedBy]), counters)).toBe(false);
      expect(booksVisible(StocktakeStatus.REVIEW, approver, counters)).toBe(true);
    });
  });
  describe("stock on the move (transfers, a return, a write-off, lots near expiry), replayed through the service's own rules", () => {
    const today = '2026-11-24';
    /** Noon in Beijing on a date: the clock the expiry job and the allocator read. */
    const noonOf = (date: string) => new Date(`${date}T04:00:00.000Z`);
    const plan = demoMovements(today);
    const I = DEMO_ITEM_IDS;
    const items = new Map(DEMO_ITEMS.map((item) => [item.id, item]));
    const label = (itemId: string) => items.get(itemId)?.code ?? itemId;
    const itemRow = (itemId: string): ItemRow => {
      const item = items.get(itemId)!;
      return {
        ...item,
        tracksExpiry: item.tracksExpiry === true,
        durable: item.durable === true,
        active: true,
        createdAt: noonOf(today),
        updatedAt: noonOf(today),
      };
    };
    const east = stock.find((s) => s.warehouse.campusId === campusIds.east)!;
    const west = stock.find((s) => s.warehouse.campusId === campusIds.west)!;
    const received = plan.receipts.flatMap((r) => r.lines.map((l) => ({ ...l, receivedAt: r.receivedAt })));
    const lotOf = (lotId: string) => received.find((lot) => lot.lotId === lotId)!;
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof DomainError) return error.code;
        throw error;
      }
      return null;
    };
    const who = (person: DemoPerson, role: Role, campusId: string): Identity => ({
      subject: `local:${DEMO_PEOPLE[person]}`,
      staffId: `staff:${person}`,
      name: person,
      roles: [role],
      campusIds: [campusId],
    });

    it('receives into East only lots the service accepts, in the past, each dated; an expired lot it would refuse', () => {
      for (const lot of received) {
        expect(codeOf(() => checkReceivedLot(itemRow(lot.itemId), lot.expiresOn, today))).toBeNull();
        expect(items.get(lot.itemId)!.tracksExpiry).toBe(true);
        expect(Date.parse(lot.receivedAt)).toBeLessThan(noonOf(today).getTime());
      }
      // Why the demo has no expired lot to write off (过期报废): receipts refuse one.
      expect(codeOf(() => checkReceivedLot(itemRow(I.alcohol75), addDays(today, -1), today))).toBe('LOT_EXPIRED');
    });

    it("sends West an item it does not stock from East's own lots: one received by West's admin, one left in transit", () => {
      const sent = new Set(plan.transfers.flatMap((t) => t.lines.map((l) => l.itemId)));
      const westStocked = new Set(west.receipts.flatMap((r) => r.lines.map((l) => l.itemId)));
      for (const itemId of sent) expect(westStocked.has(itemId)).toBe(false);
      // FEFO from East's lots of them, transfer after transfer, all lines or none: each goes in full.
      const lots = received.map((l) => ({
        id: l.lotId,
        itemId: l.itemId,
        receivedAt: new Date(l.receivedAt),
        expiresOn: l.expiresOn,
        quantityRemaining: l.quantity,
        unitCostFen: l.unitCostFen,
      }));
      for (const transfer of plan.transfers) {
        expect([transfer.from, transfer.to]).toEqual(['east', 'west']);
        for (const line of transfer.lines) {
          const own = lots.filter((lot) => lot.itemId === line.itemId);
          const allocation = new LotAllocator().allocateLots(own, line.quantity, items.get(line.itemId)!.tracksExpiry === true, today);
          expect([label(line.itemId), allocation.kind]).toEqual([label(line.itemId), 'allocated']);
          if (allocation.kind === 'allocated')
            for (const draw of allocation.draws) own.find((lot) => lot.id === draw.lotId)!.quantityRemaining -= draw.quantity;
        }
      }
      expect(plan.transfers.map((t) => [t.status, t.receivedBy])).toEqual([
        [StockTransferStatus.RECEIVED, 'westAdmin'],
        [StockTransferStatus.IN_TRANSIT, null],
      ]);
      // The source campus's storekeeper sends; the destination campus's admin receives (receiveStockTransfer's scope rule).
      const storekeeper = who('storekeeper', MaterialsRole.STOREKEEPER, campusIds.east);
      const westAdmin = who('westAdmin', Role.CAMPUS_ADMIN, campusIds.west);
      for (const [identity, campus] of [
        [storekeeper, campusIds.east],
        [westAdmin, campusIds.west],
      ] as const) {
        expect(STOCK_KEEPERS).toContain(identity.roles[0]);
        expect(CampusScope.of(identity).allows(campus)).toBe(true);
      }
      expect(CampusScope.of(storekeeper).allows(campusIds.west)).toBe(false);
    });

    it("returns part of cardiology's protective gear issue, credited at the cost the issue drew it at", () => {
      const { stockReturn } = plan;
      expect(stockReturn.requisition).toBe(DEMO_PROTECTIVE_REQUISITION);
      expect(DEMO_REQUISITIONS).toContain(stockReturn.requisition);
      expect(stockReturn.department).toBe('心血管内科');
      const issues = stockReturn.requisition.steps.flatMap((step) => (step.action === 'issue' ? [step] : []));
      expect(issues).toHaveLength(1);
      // East's lots as the issue found them: the deliveries less the requisitions issued before it.
      const lots = east.receipts.flatMap((r) =>
        r.lines.map((l) => ({
          id: l.lotId,
          itemId: l.itemId,
          receivedAt: new Date(r.receivedAt),
          expiresOn: l.expiresOn,
          quantityRemaining: l.quantity,
          unitCostFen: l.unitCostFen,
        })),
      );
      const issueFrom = (lines: { itemId: string; quantity: number }[]) =>
        lines.flatMap(({ itemId, quantity }) => {
          const own = lots.filter((lot) => lot.itemId === itemId);
          const allocation = new LotAllocator().allocateLots(own, quantity, items.get(itemId)!.tracksExpiry === true, today);
          if (allocation.kind !== 'allocated') throw new Error(`East cannot issue ${quantity} of ${label(itemId)}`);
          for (const draw of allocation.draws) own.find((lot) => lot.id === draw.lotId)!.quantityRemaining -= draw.quantity;
          return allocation.draws.map((draw) => ({ itemId, ...draw }));
        });
      for (const requisition of DEMO_REQUISITIONS.slice(0, DEMO_REQUISITIONS.indexOf(stockReturn.requisition))) {
        for (const step of requisition.steps) if (step.action === 'issue') issueFrom(step.lines);
      }
      const draws = issueFrom(issues[0].lines).map(({ itemId, lotId, quantity, unitCostFen }, index) => {
        const draw: IssuedDraw = { stockIssueLotId: `draw-${index}`, lotId, drawNo: index + 1, quantity, unitCostFen, returned: 0 };
        return { itemId, draw };
      });
      let creditFen = 0;
      for (const line of stockReturn.lines) {
        const returned = planReturn(
          draws.filter((d) => d.itemId === line.itemId).map((d) => d.draw),
          line.quantity,
        );
        expect([label(line.itemId), returned.kind]).toEqual([label(line.itemId), 'planned']);
        if (returned.kind === 'planned') creditFen += returned.costFen;
      }
      expect(creditFen).toBe(stockReturn.creditFen);
      // Part of the issue, not all of it.
      const issued = issues[0].lines.reduce((sum, line) => sum + line.quantity, 0);
      expect(stockReturn.lines.reduce((sum, line) => sum + line.quantity, 0)).toBeLessThan(issued);
    });

    it('writes off damaged stock by the campus admin, taking from a lot East received', () => {
      const { writeOff } = plan;
      expect(writeOff.reason).toBe(AdjustmentReason.DAMAGED);
      expect(DEMO_PEOPLE[writeOff.by]).toBe('east-admin');
      for (const line of writeOff.lines) {
        const lot = lotOf(line.lotId);
        expect(lot).toBeDefined();
        const adjusted = { lotId: lot.lotId, item: label(lot.itemId), quantityRemaining: lot.quantity, expiresOn: lot.expiresOn };
        expect(codeOf(() => checkAdjustmentLine(writeOff.reason, line.quantityDelta, adjusted, today))).toBeNull();
        expect(codeOf(() => checkAdjustmentLine(writeOff.reason, -line.quantityDelta, adjusted, today))).toBe('ADJUSTMENT_DIRECTION');
      }
    });

    it('puts lots in the 7-, 30- and 90-day bands, one alert each; the soonest is quarantined the day after its date', () => {
      const expiry = new LotExpiry(noonOf(today));
      for (const lot of plan.expiring) {
        const { expiresOn } = lotOf(lot.lotId);
        expect(expiry.daysLeft(expiresOn!)).toBe(lot.daysLeft);
        expect(expiry.step(expiresOn!)).toMatchObject({ kind: 'alert', announce: lot.threshold });
      }
      expect(new Set(plan.expiring.map((lot) => lot.threshold))).toEqual(new Set([ExpiryThreshold.DAYS_7, ExpiryThreshold.DAYS_30, ExpiryThreshold.DAYS_90]));
      expect(plan.expiring.map((lot) => lot.daysLeft)).toEqual([...plan.expiring.map((lot) => lot.daysLeft)].sort((a, b) => a - b));
      // Within the 90 days expiringLots is asked for in the end-to-end test.
      for (const lot of plan.expiring) expect(lot.daysLeft).toBeLessThanOrEqual(90);
      const soonest = lotOf(plan.expiring[0].lotId);
      expect(new LotExpiry(noonOf(soonest.expiresOn!)).step(soonest.expiresOn!).kind).toBe('alert');
      expect(new LotExpiry(noonOf(addDays(soonest.expiresOn!, 1))).step(soonest.expiresOn!)).toEqual({ kind: 'quarantine' });
      // Nothing is past its date at seeding, so nothing can be written off as expired yet.
      for (const lot of received) {
        const adjusted = { lotId: lot.lotId, item: label(lot.itemId), quantityRemaining: lot.quantity, expiresOn: lot.expiresOn };
        expect(codeOf(() => checkAdjustmentLine(AdjustmentReason.EXPIRED_WRITE_OFF, -1, adjusted, today))).toBe('ADJUSTMENT_LOT_NOT_EXPIRED');
      }
    });

    it('moves no stock the other demos or the end-to-end test count, and items of its own are on no count sheet', () => {
      const moved = new Set([
        ...plan.transfers.flatMap((t) => t.lines.map((l) => l.itemId)),
        ...plan.stockReturn.lines.map((l) => l.itemId),
        ...plan.writeOff.lines.map((l) => lotOf(l.lotId).itemId),
        ...plan.expiring.map((l) => lotOf(l.lotId).itemId),
      ]);
      const stocktaken = DEMO_STOCKTAKE_ORDER.flatMap((plan) => [...(plan.start.itemIds ?? []), ...plan.counts.map((c) => c.itemId)]);
      for (const itemId of [I.surgicalMask, I.valveDn20, I.chlorineTablets, I.a4Paper, I.mop, ...stocktaken]) expect(moved.has(itemId)).toBe(false);
      // The items only East holds arrive after the stocktakes and in neither of their categories.
      const delivered = new Set(stock.flatMap((s) => s.receipts.flatMap((r) => r.lines.map((l) => l.itemId))));
      const categories = new Set(DEMO_STOCKTAKE_ORDER.flatMap((plan) => plan.start.categories ?? []));
      for (const itemId of new Set(received.map((l) => l.itemId))) {
        expect(delivered.has(itemId)).toBe(false);
        expect(categories.has(items.get(itemId)!.category)).toBe(false);
      }
    });
  });
});
