import { Injectable } from '@nestjs/common';
import { StockIssuedV1, StockShortageRecordedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, optionalUuid, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { UnitOfWork } from '@houqin/platform-events';
import { ChangeRecorder, changeEvent } from '@houqin/platform-lifecycle';
import { chinaToday } from '@houqin/platform-calendar';
import { EntityManager } from 'typeorm';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { ReorderWatch, takenByItem } from '../stock/reorder-watch';
import { lockLots } from '../stock/lot-locks';
import { StockLedger } from '../stock/stock-ledger';
import { StockLotRow } from '../stock/stock-lot.entity';
import { StockMovementKind } from '../stock/stock-movement.entity';
import { WarehouseRepository } from '../warehouse/warehouse.repository';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { ChargedDepartments } from './charged-department';
import { LotAllocator, LotDraw } from './lot-allocator';
import { IssueLine, mergeIssueLines } from './issue-lines';
import { StockIssueLineRow, StockIssueLotRow, StockIssueRow } from './stock-issue.entity';
import { IssueStockInput } from './stock-issue.inputs';
import { StockShortageRow } from './stock-shortage.entity';

const MAX_LINES = 100;

export interface IssueRequest {
  campusId: string;
  /** Null when the campus has no warehouse: every line is then a shortage. */
  warehouse: WarehouseRow | null;
  departmentId: string;
  workOrderId: string | null;
  note: string | null;
  lines: readonly IssueLine[];
  /** `reject`: all or nothing (a person is waiting for the answer). `record`: issue what stock allows, log the rest. */
  onShortage: 'reject' | 'record';
}

export interface IssueOutcome {
  issue: StockIssueRow | null;
  shortages: StockShortageRow[];
}

/** 出库: issues stock FIFO by lot to a department, by hand (execute) or for a completed work order (issueWithin). */
@Injectable()
export class IssueStock {
  private readonly allocator = new LotAllocator();
  private readonly ledger = new StockLedger();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly changes: ChangeRecorder,
    private readonly warehouses: WarehouseRepository,
    private readonly items: ItemRepository,
    private readonly chargedDepartments: ChargedDepartments,
    private readonly reorderWatch: ReorderWatch,
  ) {}

  async execute(identity: Identity, input: IssueStockInput): Promise<StockIssueRow> {
    const departmentId = requireUuid('departmentId', input.departmentId);
    const workOrderId = optionalUuid('workOrderId', input.workOrderId);
    const note = optionalText('note', input.note, 2000);
    const lines = mergeIssueLines(
      requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
        itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
        quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      })),
    );
    const warehouse = await this.warehouses.getVisible(identity, 'warehouseId', input.warehouseId);
    const items = await this.items.findByIds(lines.map((line) => line.itemId));
    const unknown = lines.find((line) => !items.has(line.itemId));
    if (unknown) throw notFound('Item', unknown.itemId);
    const { issue } = await this.unitOfWork.run((manager) =>
      this.issueWithin(manager, identity, { campusId: warehouse.campusId, warehouse, departmentId, workOrderId, note, lines, onShortage: 'reject' }),
    );
    // A 'reject' request either throws or issues every line.
    return issue!;
  }

  /** Runs in the caller's transaction: the use case's own, or an event consumer's (with its inbox row). */
  async issueWithin(manager: EntityManager, actor: Identity, request: IssueRequest): Promise<IssueOutcome> {
    const [outcome] = await this.issueAllWithin(manager, actor, [request]);
    return outcome;
  }

  /**
   * Several issues in the caller's transaction, in order, as `issueWithin` would make them one after another: each
   * draws from the lots the ones before it left. Set-based: one lock per warehouse, one insert per table.
   */
  async issueAllWithin(manager: EntityManager, actor: Identity, requests: readonly IssueRequest[]): Promise<IssueOutcome[]> {
    for (const checked of await this.chargedDepartments.check(manager, requests)) if (checked instanceof DomainError) throw checked;
    const now = new Date();
    const today = chinaToday(now);
    // Warehouses in id order and each one's lots in the fixed lot order: concurrent writers cannot deadlock.
    const itemsByWarehouse = new Map<string, Set<string>>();
    for (const { warehouse, lines } of requests) {
      if (warehouse) for (const line of lines) itemsByWarehouse.set(warehouse.id, (itemsByWarehouse.get(warehouse.id) ?? new Set()).add(line.itemId));
    }
    const lots: StockLotRow[] = [];
    for (const warehouseId of [...itemsByWarehouse.keys()].sort())
      lots.push(...(await lockLots(manager, warehouseId, [...itemsByWarehouse.get(warehouseId)!])));
    const remaining = new Map(lots.map((lot) => [lot.id, lot.quantityRemaining]));
    const items = await this.items.findByIds(
      requests.flatMap((request) => request.lines.map((line) => line.itemId)),
      manager,
    );

    const allocated = requests.map((request) => {
      const issued: { line: IssueLine; draws: LotDraw[]; costFen: number }[] = [];
      const short: { line: IssueLine; available: number }[] = [];
      for (const line of request.lines) {
        const itemLots = lots
          .filter((lot) => lot.warehouseId === request.warehouse?.id && lot.itemId === line.itemId && remaining.get(lot.id)! > 0)
          .map((lot) => ({ ...lot, quantityRemaining: remaining.get(lot.id)! }));
        const allocation = this.allocator.allocateLots(itemLots, line.quantity, items.get(line.itemId)?.tracksExpiry ?? false, today);
        if (allocation.kind === 'allocated') {
          issued.push({ line, draws: allocation.draws, costFen: allocation.costFen });
          for (const draw of allocation.draws) remaining.set(draw.lotId, remaining.get(draw.lotId)! - draw.quantity);
        } else short.push({ line, available: allocation.available });
      }
      return { request, issued, short };
    });
    const refused = allocated.find(({ request, short }) => short.length && request.onShortage === 'reject');
    if (refused) throw await this.insufficientStock(manager, refused.short[0].line, refused.short[0].available);

    const lotsById = new Map(lots.map((lot) => [lot.id, lot]));
    const issues = await this.writeIssues(
      manager,
      actor,
      allocated.filter(({ request, issued }) => request.warehouse && issued.length),
      now,
      lotsById,
    );
    const outcomes: IssueOutcome[] = [];
    for (const { request, short } of allocated) {
      const shortages: StockShortageRow[] = [];
      for (const { line, available } of short) shortages.push(await this.recordShortage(manager, actor, request, line, available, now));
      outcomes.push({ issue: issues.get(request) ?? null, shortages });
    }
    return outcomes;
  }

  private async insufficientStock(manager: EntityManager, line: IssueLine, available: number): Promise<DomainError> {
    const item = await this.items.findById(line.itemId, manager);
    return new DomainError('INSUFFICIENT_STOCK', { item: item ? `${item.name} (${item.code})` : line.itemId, requested: line.quantity, available });
  }

  /** The issues' documents, lot balances and ledger, audit entries and events, and the reorder check, each in one statement. */
  private async writeIssues(
    manager: EntityManager,
    actor: Identity,
    allocated: { request: IssueRequest; issued: { line: IssueLine; draws: LotDraw[]; costFen: number }[] }[],
    now: Date,
    lotsById: ReadonlyMap<string, StockLotRow>,
  ): Promise<Map<IssueRequest, StockIssueRow>> {
    const written = allocated.map(({ request, issued }) => {
      const warehouse = request.warehouse!;
      const issue: StockIssueRow = {
        id: uuidv7(),
        campusId: warehouse.campusId,
        warehouseId: warehouse.id,
        departmentId: request.departmentId,
        workOrderId: request.workOrderId,
        issuedAt: now,
        totalCostFen: issued.reduce((sum, entry) => sum + entry.costFen, 0),
        note: request.note,
        issuedBySubject: actor.subject,
        issuedByName: actor.name,
      };
      const lineRows: StockIssueLineRow[] = issued.map((entry, index) => ({
        id: uuidv7(),
        stockIssueId: issue.id,
        lineNo: index + 1,
        itemId: entry.line.itemId,
        quantity: entry.line.quantity,
        costFen: entry.costFen,
      }));
      const lotRows: StockIssueLotRow[] = issued
        .flatMap((entry, index) => entry.draws.map((draw) => ({ draw, stockIssueLineId: lineRows[index].id })))
        .map(({ draw, stockIssueLineId }, index) => ({ id: uuidv7(), stockIssueId: issue.id, stockIssueLineId, drawNo: index + 1, ...draw }));
      const lines = issued.map((entry) => ({ itemId: entry.line.itemId, quantity: entry.line.quantity, costFen: entry.costFen, lots: entry.draws }));
      return { request, warehouse, issue, lineRows, lotRows, lines };
    });
    if (!written.length) return new Map();
    await manager.insert(
      StockIssueRow,
      written.map((w) => w.issue),
    );
    await manager.insert(
      StockIssueLineRow,
      written.flatMap((w) => w.lineRows),
    );
    await manager.insert(
      StockIssueLotRow,
      written.flatMap((w) => w.lotRows),
    );
    await this.ledger.changeAll(
      manager,
      StockMovementKind.ISSUE,
      written.map(({ issue, lotRows }) => ({
        changes: lotRows.map((row) => ({ lot: { ...lotsById.get(row.lotId)!, unitCostFen: row.unitCostFen }, quantity: -row.quantity })),
        document: { type: 'StockIssue' as const, id: issue.id, at: now, actor, departmentId: issue.departmentId },
      })),
    );
    await this.changes.recordAll(
      manager,
      actor,
      written.map(({ issue, lines }) => ({
        audit: { action: 'stock.issued', entityType: 'StockIssue', entityId: issue.id, campusId: issue.campusId, before: null, after: { ...issue, lines } },
        events: [
          changeEvent(
            StockIssuedV1,
            {
              stockIssueId: issue.id,
              campusId: issue.campusId,
              warehouseId: issue.warehouseId,
              departmentId: issue.departmentId,
              workOrderId: issue.workOrderId,
              issuedAt: now.toISOString(),
              totalCostFen: issue.totalCostFen,
              lines,
            },
            issue.id,
          ),
        ],
      })),
      now,
    );
    const byWarehouse = new Map<string, { warehouse: WarehouseRow; taken: { itemId: string; quantity: number }[] }>();
    for (const { warehouse, lines } of written) {
      const entry = byWarehouse.get(warehouse.id) ?? { warehouse, taken: [] };
      entry.taken.push(...lines.map((line) => ({ itemId: line.itemId, quantity: -line.quantity })));
      byWarehouse.set(warehouse.id, entry);
    }
    for (const { warehouse, taken } of byWarehouse.values()) await this.reorderWatch.afterTaking(manager, warehouse, takenByItem(taken), now);
    return new Map(written.map((w) => [w.request, w.issue]));
  }

  private async recordShortage(
    manager: EntityManager,
    actor: Identity,
    request: IssueRequest,
    line: IssueLine,
    available: number,
    now: Date,
  ): Promise<StockShortageRow> {
    const shortage: StockShortageRow = {
      id: uuidv7(),
      campusId: request.campusId,
      warehouseId: request.warehouse?.id ?? null,
      departmentId: request.departmentId,
      workOrderId: request.workOrderId,
      itemId: line.itemId,
      requested: line.quantity,
      available,
      recordedAt: now,
    };
    await manager.insert(StockShortageRow, shortage);
    await this.changes.record(
      manager,
      actor,
      {
        audit: {
          action: 'stock.shortage-recorded',
          entityType: 'StockShortage',
          entityId: shortage.id,
          campusId: shortage.campusId,
          before: null,
          after: shortage,
        },
        // The published contract requires a warehouse; without one the row is the record (see the stockShortages query).
        events: shortage.warehouseId
          ? [
              changeEvent(
                StockShortageRecordedV1,
                {
                  shortageId: shortage.id,
                  campusId: shortage.campusId,
                  warehouseId: shortage.warehouseId,
                  departmentId: shortage.departmentId,
                  workOrderId: shortage.workOrderId,
                  itemId: shortage.itemId,
                  requested: shortage.requested,
                  available: shortage.available,
                  recordedAt: now.toISOString(),
                },
                shortage.id,
              ),
            ]
          : [],
      },
      now,
    );
    return shortage;
  }
}
