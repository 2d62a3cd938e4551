import { Identity } from '@houqin/platform-auth';
import { LinenExchangeRow } from './linen-exchange.entity';

/** What every event of a collection says about it. */
export const linenExchangeFacts = (row: LinenExchangeRow, identity: Identity, at: Date) => ({
  linenExchangeId: row.id,
  campusId: row.campusId,
  departmentId: row.departmentId,
  contractorId: row.contractorId,
  collectedOn: row.collectedOn,
  occurredAt: at.toISOString(),
  actor: { subject: identity.subject, staffId: identity.staffId, name: identity.name },
});
