import { Identity } from '@houqin/platform-auth';

/** Someone an alert is for: a staff member (the team lead, by the directory) or a signed-in person (by IdP subject). */
export interface Person {
  key: string;
  name: string;
}

/**
 * One key per person whichever way they were found: staff members by their staff record, others by their IdP
 * subject. A lead named in org before ever signing in gets the same key their later sign-ins will have.
 */
export const personKey = (who: Pick<Identity, 'staffId' | 'subject'>): string => (who.staffId ? `staff:${who.staffId}` : `subject:${who.subject}`);
export const staffKey = (staffId: string): string => `staff:${staffId}`;
