import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { WorkOrderRow } from './work-order.entity';

/** Dispatchers and admins act on any order of their campuses; others only on their own part of it. */
const SUPERVISORS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, Role.DISPATCHER];

export const isSupervisor = (identity: Identity) => hasAnyRole(identity, SUPERVISORS);

/** A technician works only the orders assigned to them (or unassigned ones they take at acceptance). */
export function assertAssignedTechnician(identity: Identity, row: WorkOrderRow): void {
  if (isSupervisor(identity)) return;
  if (!identity.staffId || (row.technicianId !== null && row.technicianId !== identity.staffId)) throw forbidden();
}

/** A requester signs off, cancels or reopens only what they reported. */
export function assertRequesterOrSupervisor(identity: Identity, row: WorkOrderRow): void {
  if (isSupervisor(identity)) return;
  if (row.requesterSubject !== identity.subject) throw forbidden();
}
