import { Injectable } from '@nestjs/common';
import { RequisitionIssuedV1 } from '@houqin/contracts';
import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { DomainError, notFound, optionalText, requirePositiveInt, requireUuid } from '@houqin/platform-errors';
import { TransitionRunner } from '@houqin/platform-lifecycle';
import { ItemRepository } from '../catalogue/item.repository';
import { requireLines } from '../common/input-rules';
import { mergeIssueLines } from '../stock-issue/issue-lines';
import { IssueStock } from '../stock-issue/issue-stock.use-case';
import { WarehouseRow } from '../warehouse/warehouse.entity';
import { checkNewForOld, OLD_UNIT_CONDITIONS, OldUnit } from './new-for-old';
import { REQUISITION_LIFECYCLE, RequisitionAction, statusAfterIssue } from './requisition-lifecycle';
import { outstandingAfter, planRequisitionIssue } from './requisition-lines';
import { itemLabel } from '../catalogue/item-label';
import { balanceOf, requisitionFacts, RequisitionSteps } from './requisition-steps';
import { RequisitionIssueRow, RequisitionLineRow, RequisitionOldUnitRow, RequisitionRow } from './requisition.entity';
import { IssueRequisitionInput } from './requisition.inputs';

const MAX_LINES = 50;

/**
 * 按申领单发放: a storekeeper issues some or all of what a requisition still owes, as an ordinary 出库单 (FIFO/FEFO,
 * charged to the department, all or nothing on shortage). The rest stays on backorder for later issues. Durable
 * items go out new-for-old (领新交旧). The requisition row stays locked until commit, so two storekeepers issuing
 * its last units at once queue, and the second sees what the first issued.
 */
@Injectable()
export class IssueRequisition {
  constructor(
    private readonly transitions: TransitionRunner,
    private readonly items: ItemRepository,
    private readonly issueStock: IssueStock,
    private readonly steps: RequisitionSteps,
  ) {}

  async execute(identity: Identity, input: IssueRequisitionInput): Promise<RequisitionRow> {
    const id = requireUuid('id', input.id);
    const note = optionalText('note', input.note, 500);
    const request = mergeIssueLines(
      requireLines('lines', input.lines, MAX_LINES).map((line, index) => ({
        itemId: requireUuid(`lines[${index}].itemId`, line.itemId),
        quantity: requirePositiveInt(`lines[${index}].quantity`, line.quantity),
      })),
    );
    const returnedOld = input.returnedOld ?? [];
    if (returnedOld.length > MAX_LINES) throw new DomainError('INVALID_INPUT', { detail: `returnedOld: at most ${MAX_LINES} entries` });
    const oldUnits: OldUnit[] = returnedOld.map((unit, index) => {
      if (!OLD_UNIT_CONDITIONS.includes(unit.condition)) throw new DomainError('INVALID_INPUT', { detail: `returnedOld[${index}].condition` });
      return {
        itemId: requireUuid(`returnedOld[${index}].itemId`, unit.itemId),
        quantity: requirePositiveInt(`returnedOld[${index}].quantity`, unit.quantity),
        condition: unit.condition,
        note: optionalText(`returnedOld[${index}].note`, unit.note, 500),
      };
    });
    const items = await this.items.findByIds([...request, ...oldUnits].map((line) => line.itemId));
    const unknown = [...request, ...oldUnits].find((line) => !items.has(line.itemId));
    if (unknown) throw notFound('Item', unknown.itemId);
    const label = itemLabel(items);

    let stockIssueId!: string;
    let eventLines: { itemId: string; quantity: number; outstanding: number; exchangeExemptUsed: number }[] = [];
    const eventOldUnits = oldUnits.map(({ itemId, quantity, condition }) => ({ itemId, quantity, condition }));
    return this.transitions.run(identity, REQUISITION_LIFECYCLE, {
      ...this.steps.step(identity, id, note),
      action: RequisitionAction.ISSUE,
      apply: async (row, at, manager) => {
        const lines = await this.steps.lines(manager, id);
        const balances = lines.map(balanceOf);
        const planned = planRequisitionIssue(balances, request, row.number, label);
        const lineOf = (itemId: string) => lines.find((line) => line.itemId === itemId)!;
        const exemptUsed = checkNewForOld(
          planned.map((issue) => ({
            itemId: issue.itemId,
            durable: items.get(issue.itemId)!.durable,
            issuing: issue.quantity,
            exemptLeft: lineOf(issue.itemId).exchangeExemptQuantity - lineOf(issue.itemId).exchangeExemptUsed,
          })),
          oldUnits,
          label,
        );

        const warehouse = await manager.findOneByOrFail(WarehouseRow, { id: row.warehouseId });
        const { issue } = await this.issueStock.issueWithin(manager, identity, {
          campusId: row.campusId,
          warehouse,
          departmentId: row.departmentId,
          workOrderId: null,
          note: note ? `申领单 ${row.number}: ${note}` : `申领单 ${row.number}`,
          lines: planned.map(({ itemId, quantity }) => ({ itemId, quantity })),
          onShortage: 'reject',
        });
        // A 'reject' request either throws INSUFFICIENT_STOCK or issues every line.
        stockIssueId = issue!.id;

        for (const entry of planned) {
          const line = lineOf(entry.itemId);
          await manager.update(
            RequisitionLineRow,
            { id: line.id },
            { quantityIssued: entry.issuedAfter, exchangeExemptUsed: line.exchangeExemptUsed + (exemptUsed.get(entry.itemId) ?? 0) },
          );
        }
        const link: RequisitionIssueRow = {
          id: uuidv7(),
          requisitionId: id,
          stockIssueId,
          campusId: row.campusId,
          issuedAt: at,
          issuedBySubject: identity.subject,
          issuedByName: identity.name,
        };
        await manager.insert(RequisitionIssueRow, link);
        const oldUnitRows: RequisitionOldUnitRow[] = oldUnits.map((unit) => ({
          id: uuidv7(),
          requisitionId: id,
          requisitionIssueId: link.id,
          campusId: row.campusId,
          departmentId: row.departmentId,
          ...unit,
          recordedAt: at,
          recordedBySubject: identity.subject,
          recordedByName: identity.name,
        }));
        if (oldUnitRows.length) await manager.insert(RequisitionOldUnitRow, oldUnitRows);

        row.status = statusAfterIssue(outstandingAfter(balances, planned));
        eventLines = planned.map((entry) => ({
          itemId: entry.itemId,
          quantity: entry.quantity,
          outstanding: entry.outstandingAfter,
          exchangeExemptUsed: exemptUsed.get(entry.itemId) ?? 0,
        }));
      },
      audit: (row, before) => ({ before, after: { ...row, stockIssueId, lines: eventLines, oldUnits: eventOldUnits } }),
      event: {
        contract: RequisitionIssuedV1,
        data: (row, at) => ({ ...requisitionFacts(row, identity, at), stockIssueId, lines: eventLines, oldUnits: eventOldUnits }),
      },
    });
  }
}
