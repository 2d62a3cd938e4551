import { Injectable } from '@nestjs/common';
import { DomainError, EntityName, inactive, notFound, ReferenceMismatch } from '@houqin/platform-errors';
import { EntityManager, In } from 'typeorm';
import {
  BuildingReplicaRow,
  CampusReplicaRow,
  DepartmentReplicaRow,
  FloorReplicaRow,
  LocationReplicaRow,
  StaffReplicaRow,
  TeamReplicaRow,
} from './replica-tables';

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

  /** A location that exists and is active; with `campusId`, also on that campus. */
  async requireLocation(manager: EntityManager, id: string, campusId?: string): Promise<LocationReplicaRow> {
    const location = this.check(await manager.findOneBy(LocationReplicaRow, { id }), 'Location', id);
    return campusId ? this.onCampus(location, campusId, '位置', 'location') : location;
  }

  /** A building on the campus; one on another campus is NOT_FOUND, as it was when buildings were known only through locations. */
  async requireBuilding(manager: EntityManager, buildingId: string, campusId: string): Promise<BuildingReplicaRow> {
    const building = await manager.findOneBy(BuildingReplicaRow, { id: buildingId, campusId });
    if (!building) throw notFound('Building', buildingId);
    return building;
  }

  /** A floor on the campus, like `requireBuilding`. */
  async requireFloor(manager: EntityManager, floorId: string, campusId: string): Promise<FloorReplicaRow> {
    const floor = await manager.findOneBy(FloorReplicaRow, { id: floorId, campusId });
    if (!floor) throw notFound('Floor', floorId);
    return floor;
  }

  async requireDepartment(manager: EntityManager, id: string, campusId: string): Promise<DepartmentReplicaRow> {
    const [checked] = await this.checkDepartments(manager, [{ id, campusId }]);
    if (checked instanceof DomainError) throw checked;
    return checked;
  }

  /** `requireDepartment` for several at once, in one query: each the department, or the error it would throw. */
  async checkDepartments(manager: EntityManager, refs: readonly { id: string; campusId: string }[]): Promise<(DepartmentReplicaRow | DomainError)[]> {
    const ids = [...new Set(refs.map((ref) => ref.id))];
    const rows = new Map((ids.length ? await manager.findBy(DepartmentReplicaRow, { id: In(ids) }) : []).map((row) => [row.id, row]));
    return refs.map(({ id, campusId }) => {
      try {
        return this.onCampus(this.check(rows.get(id) ?? null, 'Department', id), campusId, '科室', 'department');
      } catch (error) {
        if (error instanceof DomainError) return error;
        throw error;
      }
    });
  }

  async requireTeam(manager: EntityManager, id: string, campusId: string): Promise<TeamReplicaRow> {
    return this.onCampus(this.check(await manager.findOneBy(TeamReplicaRow, { id }), 'Team', id), campusId, '班组', 'team');
  }

  async requireStaff(manager: EntityManager, id: string, campusId: string): Promise<StaffReplicaRow> {
    return this.onCampus(this.check(await manager.findOneBy(StaffReplicaRow, { id }), 'Staff', id), campusId, '人员', 'staff member');
  }

  /** The location and its ancestors (a bed, its ward, ...), nearest first; at most 8 levels, read in one statement. */
  async ancestry(manager: EntityManager, location: LocationReplicaRow): Promise<LocationReplicaRow[]> {
    if (!location.parentId) return [location];
    const known = await this.withAncestors(manager, [location.parentId]);
    return this.chainOf(location, known);
  }

  /**
   * `requireLocation` and `ancestry` for several locations at once (a batch of events), in one statement: each id's
   * chain, nearest first, or the error `requireLocation` would throw.
   */
  async locationChains(manager: EntityManager, ids: readonly string[]): Promise<Map<string, LocationReplicaRow[] | DomainError>> {
    const known = ids.length ? await this.withAncestors(manager, ids) : new Map<string, LocationReplicaRow>();
    const chains = new Map<string, LocationReplicaRow[] | DomainError>();
    for (const id of ids) {
      try {
        chains.set(id, this.chainOf(this.check(known.get(id) ?? null, 'Location', id), known));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        chains.set(id, error);
      }
    }
    return chains;
  }

  /** The locations and all their ancestors (up to 8 levels), by id. */
  private async withAncestors(manager: EntityManager, ids: readonly string[]): Promise<Map<string, LocationReplicaRow>> {
    const rows = await manager
      .createQueryBuilder(LocationReplicaRow, 'l')
      .where(
        `l.id IN (WITH RECURSIVE up(id, parent_id, depth) AS (
            SELECT id, parent_id, 1 FROM org_location_replica WHERE id = ANY(:ids)
            UNION ALL SELECT p.id, p.parent_id, up.depth + 1 FROM org_location_replica p JOIN up ON p.id = up.parent_id WHERE up.depth < 8)
          SELECT id FROM up)`,
        { ids: [...new Set(ids)] },
      )
      .getMany();
    return new Map(rows.map((row) => [row.id, row]));
  }

  private chainOf(location: LocationReplicaRow, known: ReadonlyMap<string, LocationReplicaRow>): LocationReplicaRow[] {
    const chain = [location];
    for (let parent = location.parentId ? known.get(location.parentId) : undefined; parent && chain.length < 8; parent = parent.parentId ? known.get(parent.parentId) : undefined) {
      chain.push(parent);
    }
    return chain;
  }

  /**
   * The department charged for work at a location (given with its `ancestry`): the one chosen (active, same
   * campus), else the location's own or its nearest ancestor's (a bed → its ward's); DEPARTMENT_REQUIRED when
   * there is none to fall back on.
   */
  async chargedDepartment(manager: EntityManager, ancestry: readonly LocationReplicaRow[], chosenDepartmentId: string | null): Promise<string> {
    const [location] = ancestry;
    if (chosenDepartmentId) return (await this.requireDepartment(manager, chosenDepartmentId, location.campusId)).id;
    const departmentId = ancestry.find((l) => l.departmentId)?.departmentId;
    if (!departmentId) throw new DomainError('DEPARTMENT_REQUIRED', { location: location.name });
    return departmentId;
  }

  buildings(manager: EntityManager, ids: readonly string[]): Promise<BuildingReplicaRow[]> {
    return ids.length ? manager.findBy(BuildingReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  floors(manager: EntityManager, ids: readonly string[]): Promise<FloorReplicaRow[]> {
    return ids.length ? manager.findBy(FloorReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  locations(manager: EntityManager, ids: readonly string[]): Promise<LocationReplicaRow[]> {
    return ids.length ? manager.findBy(LocationReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  staff(manager: EntityManager, ids: readonly string[]): Promise<StaffReplicaRow[]> {
    return ids.length ? manager.findBy(StaffReplicaRow, { id: In([...ids]) }) : Promise.resolve([]);
  }

  private check<T extends Named>(row: T | null, entity: EntityName, id: string): T {
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
