import { MaintenanceRole } from '@houqin/contracts';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { forbidden } from '@houqin/platform-errors';
import { WorkOrderRow } from './work-order.entity';

/** Dispatchers and admins act on any order of their campuses; others only on their own part of it. */
const SUPERVISORS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN, MaintenanceRole.DISPATCHER];

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

/** The first responder's fields on the order (首问负责制). */
export const ownerFields = (identity: Identity) => ({ ownerSubject: identity.subject, ownerName: identity.name, ownerStaffId: identity.staffId });

/** The owner as events name actors, or null before anyone took it. */
export const ownerOf = (row: Pick<WorkOrderRow, 'ownerSubject' | 'ownerName' | 'ownerStaffId'>) =>
  row.ownerSubject ? { subject: row.ownerSubject, staffId: row.ownerStaffId, name: row.ownerName ?? row.ownerSubject } : null;

/** 首问负责制: the owner closes the loop; admins may close for them, other dispatchers may not. */
export function assertOwnerOrAdmin(identity: Identity, row: WorkOrderRow): void {
  if (hasAnyRole(identity, [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN])) return;
  if (row.ownerSubject !== null && row.ownerSubject !== identity.subject) throw forbidden();
}
