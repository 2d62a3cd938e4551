/** Where a work order stands. Its own file so the entity can name it without loading the lifecycle, which names the entity. */
export enum WorkOrderStatus {
  SUBMITTED = 'SUBMITTED',
  DISPATCHED = 'DISPATCHED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  SIGNED_OFF = 'SIGNED_OFF',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
