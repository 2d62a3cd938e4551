import { DomainError } from '@houqin/platform-errors';

/** A requisition line's quantities: requested ≥ approved ≥ issued ≥ 0; the difference approved − issued is owed. */
export interface LineBalance {
  itemId: string;
  requested: number;
  approved: number;
  issued: number;
}

/** What a requisition's errors call an item: "name (code)", or the id of an item the catalogue does not have. */
export type ItemLabel = (itemId: string) => string;

/** Approved units not yet issued (欠发): what the store still owes while the requisition awaits issue. */
export const outstandingOf = (line: LineBalance): number => line.approved - line.issued;

/** Refuses a list naming one item twice: each item is one line with one quantity (and one note). */
export function requireDistinctItems(field: string, lines: readonly { itemId: string }[]): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.itemId)) throw new DomainError('INVALID_INPUT', { detail: `${field}: item ${line.itemId} appears more than once` });
    seen.add(line.itemId);
  }
}

function lineFor(lines: readonly LineBalance[], itemId: string, number: string, label: ItemLabel): LineBalance {
  const line = lines.find((candidate) => candidate.itemId === itemId);
  if (!line) throw new DomainError('REQUISITION_ITEM_NOT_ON_REQUISITION', { number, item: label(itemId) });
  return line;
}

/**
 * An approver may lower quantities (a head cuts 20 boxes to 10), never raise them above what is approved so
 * far, and may strike a line with 0; striking every line is a rejection, not an approval. Lines not named keep
 * their quantity. Returns the approved quantity of every line.
 */
export function approvedQuantities(
  lines: readonly LineBalance[],
  changes: readonly { itemId: string; quantity: number }[],
  number: string,
  label: ItemLabel,
): Map<string, number> {
  requireDistinctItems('lines', changes);
  const approved = new Map(lines.map((line) => [line.itemId, line.approved]));
  for (const change of changes) {
    const line = lineFor(lines, change.itemId, number, label);
    if (change.quantity > line.approved) {
      throw new DomainError('REQUISITION_APPROVAL_EXCEEDS_REQUEST', { item: label(change.itemId), limit: line.approved, quantity: change.quantity });
    }
    approved.set(change.itemId, change.quantity);
  }
  if ([...approved.values()].every((quantity) => quantity === 0)) throw new DomainError('REQUISITION_NOTHING_APPROVED');
  return approved;
}

/** One line of an issue against a requisition, with what the line has been issued and still owes afterwards. */
export interface PlannedIssue {
  itemId: string;
  quantity: number;
  issuedAfter: number;
  outstandingAfter: number;
}

/**
 * Checks an issue against the requisition's backorder: every item must be on the requisition and no line may
 * get more than it still owes (approved − issued). Partial issues are the point: what is not issued now stays
 * outstanding for the next issue. `request` has one entry per item (merged by the caller).
 */
export function planRequisitionIssue(
  lines: readonly LineBalance[],
  request: readonly { itemId: string; quantity: number }[],
  number: string,
  label: ItemLabel,
): PlannedIssue[] {
  return request.map(({ itemId, quantity }) => {
    const line = lineFor(lines, itemId, number, label);
    const outstanding = outstandingOf(line);
    if (quantity > outstanding) {
      throw new DomainError('REQUISITION_ISSUE_EXCEEDS_OUTSTANDING', {
        item: label(itemId),
        approved: line.approved,
        issued: line.issued,
        outstanding,
        requested: quantity,
      });
    }
    return { itemId, quantity, issuedAfter: line.issued + quantity, outstandingAfter: outstanding - quantity };
  });
}

/** Units still owed over the whole requisition once `planned` is issued. */
export function outstandingAfter(lines: readonly LineBalance[], planned: readonly PlannedIssue[]): number {
  return lines.reduce((sum, line) => sum + (planned.find((issue) => issue.itemId === line.itemId)?.outstandingAfter ?? outstandingOf(line)), 0);
}
