/** Where a complaint about a contractor stands. */
export enum ComplaintStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}

/** Waiting to be accepted: the complaint-response job watches their deadline. */
export const AWAITING_RESPONSE: readonly ComplaintStatus[] = [ComplaintStatus.OPEN, ComplaintStatus.REOPENED];
