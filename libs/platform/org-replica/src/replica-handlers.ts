import {
  BuildingChangedV1,
  CampusChangedV1,
  DepartmentChangedV1,
  EventContract,
  EventData,
  FloorChangedV1,
  LocationChangedV1,
  StaffChangedV1,
  TeamChangedV1,
} from '@houqin/contracts';
import { CloudEvent, ConsumerGroup, EventHandler } from '@houqin/platform-events';
import { EntityManager } from 'typeorm';

/**
 * Upserts the full state an event carries, unless the replica already holds a newer one (an older event
 * replayed after a newer one must not roll the copy back).
 */
async function upsertNewer(manager: EntityManager, table: string, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  const snake = columns.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`));
  const updates = snake.filter((c) => c !== 'id').map((c) => `"${c}" = EXCLUDED."${c}"`);
  await manager.query(
    `INSERT INTO ${table} (${snake.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')} WHERE ${table}.updated_at <= EXCLUDED.updated_at`,
    columns.map((c) => row[c]),
  );
}

/** Every service that keeps an org replica consumes into `<service>.org-replica`. */
const OrgReplicaGroup = ConsumerGroup('org-replica', "keeps the service's copy of the org directory (ADR 0007)");

abstract class ReplicaHandler<C extends EventContract> implements EventHandler<C> {
  abstract readonly contract: C;
  protected abstract readonly table: string;
  protected abstract columns(data: EventData<C>): Record<string, unknown>;

  handle(event: CloudEvent<EventData<C>>, manager: EntityManager): Promise<void> {
    return upsertNewer(manager, this.table, this.columns(event.data));
  }
}

@OrgReplicaGroup
export class CampusReplicaHandler extends ReplicaHandler<typeof CampusChangedV1> {
  readonly contract = CampusChangedV1;
  protected readonly table = 'org_campus_replica';
  protected columns(d: EventData<typeof CampusChangedV1>) {
    return { id: d.id, code: d.code, name: d.name, active: d.active, updatedAt: d.updatedAt };
  }
}

@OrgReplicaGroup
export class DepartmentReplicaHandler extends ReplicaHandler<typeof DepartmentChangedV1> {
  readonly contract = DepartmentChangedV1;
  protected readonly table = 'org_department_replica';
  protected columns(d: EventData<typeof DepartmentChangedV1>) {
    return { id: d.id, campusId: d.campusId, name: d.name, costCentreCode: d.costCentreCode, hisCode: d.hisCode, active: d.active, updatedAt: d.updatedAt };
  }
}

@OrgReplicaGroup
export class BuildingReplicaHandler extends ReplicaHandler<typeof BuildingChangedV1> {
  readonly contract = BuildingChangedV1;
  protected readonly table = 'org_building_replica';
  protected columns(d: EventData<typeof BuildingChangedV1>) {
    return { id: d.id, campusId: d.campusId, code: d.code, name: d.name, updatedAt: d.updatedAt };
  }
}

@OrgReplicaGroup
export class FloorReplicaHandler extends ReplicaHandler<typeof FloorChangedV1> {
  readonly contract = FloorChangedV1;
  protected readonly table = 'org_floor_replica';
  protected columns(d: EventData<typeof FloorChangedV1>) {
    return { id: d.id, buildingId: d.buildingId, campusId: d.campusId, level: d.level, name: d.name, updatedAt: d.updatedAt };
  }
}

@OrgReplicaGroup
export class LocationReplicaHandler extends ReplicaHandler<typeof LocationChangedV1> {
  readonly contract = LocationChangedV1;
  protected readonly table = 'org_location_replica';
  protected columns(d: EventData<typeof LocationChangedV1>) {
    const { id, campusId, buildingId, floorId, parentId, departmentId, kind, code, name, active, updatedAt } = d;
    return { id, campusId, buildingId, floorId, parentId, departmentId, kind, code, name, hisCode: d.hisCode ?? null, active, updatedAt };
  }
}

@OrgReplicaGroup
export class TeamReplicaHandler extends ReplicaHandler<typeof TeamChangedV1> {
  readonly contract = TeamChangedV1;
  protected readonly table = 'org_team_replica';
  protected columns(d: EventData<typeof TeamChangedV1>) {
    return { id: d.id, campusId: d.campusId, name: d.name, trade: d.trade, leadId: d.leadId ?? null, active: d.active, updatedAt: d.updatedAt };
  }
}

@OrgReplicaGroup
export class StaffReplicaHandler extends ReplicaHandler<typeof StaffChangedV1> {
  readonly contract = StaffChangedV1;
  protected readonly table = 'org_staff_replica';
  protected columns(d: EventData<typeof StaffChangedV1>) {
    const { id, campusId, departmentId, teamId, employeeNo, name, jobTitle, active, updatedAt } = d;
    return { id, campusId, departmentId, teamId, employeeNo, name, jobTitle, active, updatedAt };
  }
}

export const ORG_REPLICA_HANDLERS = [
  CampusReplicaHandler,
  DepartmentReplicaHandler,
  BuildingReplicaHandler,
  FloorReplicaHandler,
  LocationReplicaHandler,
  TeamReplicaHandler,
  StaffReplicaHandler,
];
