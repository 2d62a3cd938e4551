import { Injectable } from '@nestjs/common';
import { DomainError, inactive, notFound, ReferenceMismatch } from '@houqin/platform-errors';
import { EntityManager, In } from 'typeorm';
import { CampusReplicaRow, DepartmentReplicaRow, LocationReplicaRow, StaffReplicaRow, TeamReplicaRow } from './replica-tables';

type Named = { id: string; name: string; active: boolean; campusId: string };

/**
 * Reads the service's copy of the org directory. The `require…` methods are how a use case checks a
 * reference: it must exist, be active and (where a campus is given) belong to that campus.
 * A record created in org a moment ago may not have arrived yet; the caller then gets NOT_FOUND and retries.
 */
@Injectable()
export class OrgDirectoryReplica {
  async requireCampus(manager: EntityManager, id: string): Promise<CampusReplicaRow> {
    const row = await manager.findOneBy(CampusReplicaRow, { id });
    if (!row) throw notFound('Campus', id);
    if (!row.active) throw inactive('Campus', row.name);
    return row;
  }

  async requireLocation(manager: EntityManager, id: string): Promise<LocationReplicaRow> {
    return this.check(await manager.findOneBy(LocationReplicaRow, { id }), 'Location', id);
  }

  async requireDepartment(manager: EntityManager, id: string, campusId: string): Promise<DepartmentReplicaRow> {
    return this.onCampus(this.check(await manager.findOneBy(DepartmentReplicaRow, { id }), 'Department', id), campusId, '科室', 'department');
  }

  async requireTeam(manager: EntityManager, id: string, campusId: string): Promise<TeamReplicaRow> {
    return this.onCampus(this.check(await manager.findOneBy(TeamReplicaRow, { id }), 'Team', id), campusId, '班组', 'team');
  }

  async requireStaff(manager: EntityManager, id: string, campusId: string): Promise<StaffReplicaRow> {
    return this.onCampus(this.check(await manager.findOneBy(StaffReplicaRow, { id }), 'Staff', id), campusId, '人员', 'staff member');
  }

  /** The department responsible for a location: its own, else the nearest ancestor's (a bed → its ward). */
  async departmentOf(manager: EntityManager, location: LocationReplicaRow): Promise<string | null> {
    let current: LocationReplicaRow | null = location;
    for (let depth = 0; current && depth < 8; depth++) {
      if (current.departmentId) return current.departmentId;
      current = current.parentId ? await manager.findOneBy(LocationReplicaRow, { id: current.parentId }) : null;
    }
    return null;
  }

  /**
   * The department charged for work at a location: the one chosen (active, same campus), else the
   * location's own or its nearest ancestor's; DEPARTMENT_REQUIRED when there is none to fall back on.
   */
  async chargedDepartment(manager: EntityManager, location: LocationReplicaRow, chosenDepartmentId: string | null): Promise<string> {
    if (chosenDepartmentId) return (await this.requireDepartment(manager, chosenDepartmentId, location.campusId)).id;
    const departmentId = await this.departmentOf(manager, location);
    if (!departmentId) throw new DomainError('DEPARTMENT_REQUIRED', { location: location.name });
    return departmentId;
  }

  locations(manager: EntityManager, ids: readonly string[]): Promise<LocationReplicaRow[]> {
    return ids.length ? manager.findBy(LocationReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  staff(manager: EntityManager, ids: readonly string[]): Promise<StaffReplicaRow[]> {
    return ids.length ? manager.findBy(StaffReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  private check<T extends Named>(row: T | null, entity: string, id: string): T {
    if (!row) throw notFound(entity, id);
    if (!row.active) throw inactive(entity, row.name);
    return row;
  }

  private onCampus<T extends Named>(row: T, campusId: string, zh: string, en: string): T {
    if (row.campusId !== campusId) {
      throw new ReferenceMismatch(`${zh}“${row.name}”不属于该院区`, `The ${en} "${row.name}" belongs to another campus`);
    }
    return row;
  }
}
