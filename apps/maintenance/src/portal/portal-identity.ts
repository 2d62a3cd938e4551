import { Identity } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PortalReportRow } from './portal.entity';

/** The session and label a PORTAL_REPORTER identity stands for; anyone else is refused. */
export function portalSessionOf(identity: Identity): { sessionId: string; labelId: string; campusId: string } {
  const sessionId = identity.subject.startsWith('portal:') ? identity.subject.slice('portal:'.length) : '';
  if (!identity.portalLabelId || !sessionId || identity.campusIds.length !== 1) throw forbidden();
  return { sessionId, labelId: identity.portalLabelId, campusId: identity.campusIds[0] };
}

/** Follow-up codes are bearer secrets: only their hash is stored, so a database read does not reveal them. */
export const followUpHash = (code: string) => createHash('sha256').update(code).digest('hex');

/** A portal session acts only on the orders its own reports opened or joined. */
export async function assertPortalReportOf(manager: EntityManager, identity: Identity, workOrderId: string): Promise<void> {
  const { sessionId } = portalSessionOf(identity);
  if (!(await manager.existsBy(PortalReportRow, { sessionId, workOrderId }))) throw forbidden();
}
