/**
 * SCHEDULED → IN_PROGRESS → COMPLETED; SCHEDULED or IN_PROGRESS → MISSED when not completed by `dueBy` (the
 * job); SCHEDULED → CANCELLED when its route is deactivated. Its own file so the entity can name it without
 * loading the lifecycle, which names the entity.
 */
export enum InspectionRoundStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}
