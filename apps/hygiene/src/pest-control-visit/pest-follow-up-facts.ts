import { PestFollowUpRow } from './pest-control-visit.entity';

/** What every event of a follow-up says about it. */
export const pestFollowUpFacts = (row: PestFollowUpRow, at: Date) => ({
  pestFollowUpId: row.id,
  pestControlVisitId: row.visitId,
  findingId: row.findingId,
  campusId: row.campusId,
  locationId: row.locationId,
  pest: row.pest,
  dueOn: row.dueOn,
  occurredAt: at.toISOString(),
});
