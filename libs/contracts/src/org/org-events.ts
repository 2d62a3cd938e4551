import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from '../event-contract';

/** Org directory changes. Each payload is the entity's full current state, so consumers can upsert a replica. */
const campus = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export const CampusChangedV1 = defineEvent({
  type: 'org.campus.changed.v1',
  topic: 'org.campus.v1',
  producer: 'org',
  compacted: true,
  description: 'A campus was created or updated (full state).',
  schema: campus,
});

const department = z.object({
  id: uuid,
  campusId: uuid,
  name: z.string(),
  nameEn: z.string().nullable(),
  costCentreCode: z.string(),
  hisCode: z.string().nullable(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export const DepartmentChangedV1 = defineEvent({
  type: 'org.department.changed.v1',
  topic: 'org.department.v1',
  producer: 'org',
  compacted: true,
  description: 'A department (cost centre) was created or updated (full state).',
  schema: department,
});

const building = z.object({ id: uuid, campusId: uuid, code: z.string(), name: z.string(), updatedAt: isoDateTime });
export const BuildingChangedV1 = defineEvent({
  type: 'org.building.changed.v1',
  topic: 'org.building.v1',
  producer: 'org',
  compacted: true,
  description: 'A building (楼栋) was created or updated (full state).',
  schema: building,
});

const floor = z.object({ id: uuid, buildingId: uuid, campusId: uuid, level: z.number().int(), name: z.string(), updatedAt: isoDateTime });
export const FloorChangedV1 = defineEvent({
  type: 'org.floor.changed.v1',
  topic: 'org.floor.v1',
  producer: 'org',
  compacted: true,
  description: 'A floor (楼层) of a building was created or updated (full state); level is the storey number, negative below ground (B1 = -1).',
  schema: floor,
});

const location = z.object({
  id: uuid,
  campusId: uuid,
  buildingId: uuid,
  floorId: uuid.nullable(),
  parentId: uuid.nullable(),
  departmentId: uuid.nullable(),
  kind: z.enum(['WARD', 'ROOM', 'BED', 'AREA']),
  code: z.string(),
  name: z.string(),
  /** The HIS's code at the location's own level (PV1-3); absent in events from before it existed. */
  hisCode: z.string().nullable().optional(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export const LocationChangedV1 = defineEvent({
  type: 'org.location.changed.v1',
  topic: 'org.location.v1',
  producer: 'org',
  compacted: true,
  description: 'A location (ward, room, bed or area) was created or updated (full state).',
  schema: location,
});

const staff = z.object({
  id: uuid,
  campusId: uuid,
  departmentId: uuid.nullable(),
  teamId: uuid.nullable(),
  employeeNo: z.string(),
  name: z.string(),
  jobTitle: z.string().nullable(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export const StaffChangedV1 = defineEvent({
  type: 'org.staff.changed.v1',
  topic: 'org.staff.v1',
  producer: 'org',
  compacted: true,
  description: 'A staff member was created or updated (full state).',
  schema: staff,
});

const team = z.object({
  id: uuid,
  campusId: uuid,
  name: z.string(),
  trade: z.string(),
  /** 班组长: the staff member alerts about the crew's work reach first (absent in events from before it existed). */
  leadId: uuid.nullable().optional(),
  active: z.boolean(),
  updatedAt: isoDateTime,
});
export const TeamChangedV1 = defineEvent({
  type: 'org.team.changed.v1',
  topic: 'org.team.v1',
  producer: 'org',
  compacted: true,
  description: 'A team (crew) was created or updated (full state).',
  schema: team,
});
