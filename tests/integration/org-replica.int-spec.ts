import { BuildingChangedV1, EventContract, EventData, FloorChangedV1, LocationChangedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { createServiceDataSource } from '@houqin/platform-database';
import { CloudEvent } from '@houqin/platform-events';
import {
  BuildingReplicaHandler,
  BuildingReplicaRow,
  FloorReplicaHandler,
  FloorReplicaRow,
  LocationReplicaHandler,
  LocationReplicaRow,
  ORG_REPLICA_ENTITIES,
  OrgDirectoryReplica,
  ORG_REPLICA_MIGRATIONS,
} from '@houqin/platform-org-replica';
import { createTestDatabase, eventually, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { DataSource, FindOptionsWhere } from 'typeorm';

/** An `org.*.changed` event as org's outbox would send it, keyed by the record it carries. */
const changed = <C extends EventContract>(contract: C, data: EventData<C> & { id: string; updatedAt: string }): CloudEvent<EventData<C>> => ({
  id: randomUUID(),
  type: contract.type,
  source: 'houqin/org',
  subject: data.id,
  time: data.updatedAt,
  traceparent: null,
  tracestate: null,
  data,
});

/** The org replica's rules against a real Postgres: newest state wins whatever the arrival order. */
describe('org replica (real Postgres)', () => {
  let dataSource: DataSource;
  const handler = new LocationReplicaHandler();
  const directory = new OrgDirectoryReplica();
  const campusId = randomUUID();
  const ward = randomUUID();
  const bed = randomUUID();
  const state = (
    id: string,
    name: string,
    updatedAt: string,
    extra: Partial<EventData<typeof LocationChangedV1>> = {},
  ): CloudEvent<EventData<typeof LocationChangedV1>> => ({
    id: randomUUID(),
    type: LocationChangedV1.type,
    source: 'houqin/org',
    subject: id,
    time: updatedAt,
    traceparent: null,
    tracestate: null,
    data: {
      id,
      campusId,
      buildingId: randomUUID(),
      floorId: null,
      parentId: null,
      departmentId: null,
      kind: 'WARD',
      code: name,
      name,
      active: true,
      updatedAt,
      ...extra,
    },
  });

  beforeAll(async () => {
    dataSource = createServiceDataSource({
      serviceName: 'replica-test',
      url: await createTestDatabase('replica'),
      entities: ORG_REPLICA_ENTITIES,
      migrations: ORG_REPLICA_MIGRATIONS,
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(() => dataSource?.destroy());

  it('keeps the newest state when an older event arrives after a newer one', async () => {
    await handler.handle(state(ward, '5病区（新）', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    await handler.handle(state(ward, '5病区', '2026-11-23T09:00:00.000Z'), dataSource.manager);
    expect((await dataSource.manager.findOneByOrFail(LocationReplicaRow, { id: ward })).name).toBe('5病区（新）');
    await handler.handle(state(ward, '5病区（停用）', '2026-11-23T11:00:00.000Z', { active: false }), dataSource.manager);
    const row = await dataSource.manager.findOneByOrFail(LocationReplicaRow, { id: ward });
    expect(row).toMatchObject({ name: '5病区（停用）', active: false });
    await expect(directory.requireLocation(dataSource.manager, ward)).rejects.toMatchObject({ code: 'REFERENCE_INACTIVE' });
  });

  it("finds a location's department on the nearest ancestor that has one", async () => {
    const department = randomUUID();
    const wing = randomUUID();
    await handler.handle(state(wing, '心内病区', '2026-11-23T10:00:00.000Z', { departmentId: department }), dataSource.manager);
    const lobby = randomUUID();
    await handler.handle(state(lobby, '无科室区域', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    await handler.handle(state(bed, '12床', '2026-11-23T10:00:00.000Z', { kind: 'BED', parentId: wing }), dataSource.manager);
    const bedRow = await directory.requireLocation(dataSource.manager, bed);
    const ancestry = await directory.ancestry(dataSource.manager, bedRow);
    expect(ancestry.map((l) => l.name)).toEqual(['12床', '心内病区']);
    expect(await directory.chargedDepartment(dataSource.manager, ancestry, null)).toBe(department);
    const lobbyRow = await directory.requireLocation(dataSource.manager, lobby);
    await expect(directory.chargedDepartment(dataSource.manager, [lobbyRow], null)).rejects.toMatchObject({ code: 'DEPARTMENT_REQUIRED' });
    await expect(directory.requireLocation(dataSource.manager, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reads the chain up to the top, nearest first, and stops at eight levels when parent links go round', async () => {
    const ids = Array.from({ length: 4 }, () => randomUUID());
    const [ward, room, bed2, other] = ids;
    await handler.handle(state(ward, '7病区', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    await handler.handle(state(room, '701室', '2026-11-23T10:00:00.000Z', { kind: 'ROOM', parentId: ward }), dataSource.manager);
    await handler.handle(state(bed2, '701-2床', '2026-11-23T10:00:00.000Z', { kind: 'BED', parentId: room }), dataSource.manager);
    await handler.handle(state(other, '8病区', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    const chain = await directory.ancestry(dataSource.manager, await directory.requireLocation(dataSource.manager, bed2));
    expect(chain.map((l) => l.name)).toEqual(['701-2床', '701室', '7病区']);
    // Bad data: two locations each other's parent. The chain ends rather than looping.
    await dataSource.query(`UPDATE org_location_replica SET parent_id = $2 WHERE id = $1`, [ward, other]);
    await dataSource.query(`UPDATE org_location_replica SET parent_id = $2 WHERE id = $1`, [other, room]);
    const looped = await directory.ancestry(dataSource.manager, await directory.requireLocation(dataSource.manager, bed2));
    expect(looped.map((l) => l.name)).toEqual(['701-2床', '701室', '7病区', '8病区', '701室', '7病区', '8病区', '701室']);
  });

  it('reads several locations with their chains at once, naming the ones it cannot give', async () => {
    const [ward, room, bedA, bedB, closed] = Array.from({ length: 5 }, () => randomUUID());
    await handler.handle(state(ward, '9病区', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    await handler.handle(state(room, '901室', '2026-11-23T10:00:00.000Z', { kind: 'ROOM', parentId: ward }), dataSource.manager);
    await handler.handle(state(bedA, '901-1床', '2026-11-23T10:00:00.000Z', { kind: 'BED', parentId: room }), dataSource.manager);
    await handler.handle(state(bedB, '9病区加床', '2026-11-23T10:00:00.000Z', { kind: 'BED', parentId: ward }), dataSource.manager);
    await handler.handle(state(closed, '901-2床', '2026-11-23T10:00:00.000Z', { kind: 'BED', parentId: room, active: false }), dataSource.manager);
    const missing = randomUUID();
    const chains = await directory.locationChains(dataSource.manager, [bedA, bedB, closed, missing]);
    const names = (id: string) => (chains.get(id) as { name: string }[]).map((l) => l.name);
    expect(names(bedA)).toEqual(['901-1床', '901室', '9病区']);
    expect(names(bedB)).toEqual(['9病区加床', '9病区']);
    expect(chains.get(closed)).toMatchObject({ code: 'REFERENCE_INACTIVE' });
    expect(chains.get(missing)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the newest building and floor, and finds them only on their own campus', async () => {
    const buildings = new BuildingReplicaHandler();
    const floors = new FloorReplicaHandler();
    const building = randomUUID();
    const floor = randomUUID();
    const buildingState = (name: string, updatedAt: string) => changed(BuildingChangedV1, { id: building, campusId, code: 'ZY1', name, updatedAt });
    const floorState = (name: string, updatedAt: string) => changed(FloorChangedV1, { id: floor, buildingId: building, campusId, level: 3, name, updatedAt });
    await buildings.handle(buildingState('住院楼', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    await floors.handle(floorState('3F 手术区', '2026-11-23T10:00:00.000Z'), dataSource.manager);
    // A backfilled state that arrives after a rename must not undo it.
    await buildings.handle(buildingState('1号住院楼', '2026-11-23T08:00:00.000Z'), dataSource.manager);
    await floors.handle(floorState('3F', '2026-11-23T08:00:00.000Z'), dataSource.manager);
    expect(await directory.requireBuilding(dataSource.manager, building, campusId)).toMatchObject({ id: building, code: 'ZY1', name: '住院楼' });
    expect(await directory.requireFloor(dataSource.manager, floor, campusId)).toMatchObject({ buildingId: building, level: 3, name: '3F 手术区' });
    expect((await directory.buildings(dataSource.manager, [building, randomUUID()])).map((b) => b.name)).toEqual(['住院楼']);
    expect((await directory.floors(dataSource.manager, [floor])).map((f) => f.name)).toEqual(['3F 手术区']);
    expect(await directory.buildings(dataSource.manager, [])).toEqual([]);
    await expect(directory.requireBuilding(dataSource.manager, building, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(directory.requireBuilding(dataSource.manager, randomUUID(), campusId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(directory.requireFloor(dataSource.manager, floor, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(directory.requireFloor(dataSource.manager, randomUUID(), campusId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

/** The same replica fed by org itself: org's outbox, the relay, real Kafka and maintenance's consumer. */
describe('buildings and floors from org in the maintenance replica (real processes, Postgres and Kafka)', () => {
  let platform: TestPlatform;
  let replica: DataSource;
  const directory = new OrgDirectoryReplica();
  const { data } = subgraphCaller(() => platform, 'org');
  const groupAdmin: Identity = { subject: 'xu', staffId: null, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
  const write = async (name: string, input: object): Promise<string> => {
    const result = await data(groupAdmin, `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input });
    return result[name].id;
  };
  /** The replica's row once it carries `name`. */
  const arrived = <T extends { id: string; name: string }>(row: new () => T, id: string, name: string) =>
    eventually(
      async () => {
        const found = await replica.manager.findOneBy(row, { id } as FindOptionsWhere<T>);
        return found?.name === name ? found : undefined;
      },
      60_000,
      `${name} in maintenance's replica`,
    );

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance'] });
    replica = createServiceDataSource({ serviceName: 'replica-reader', url: platform.databases.maintenance, entities: ORG_REPLICA_ENTITIES, migrations: [] });
    await replica.initialize();
  });
  afterAll(async () => {
    await replica?.destroy();
    await platform?.stop();
  });

  it('creates a building and a floor in org, renames both, and maintenance reads the new names', async () => {
    const campusId = await write('createCampus', { code: 'NORTH', name: '北院' });
    const buildingId = await write('createBuilding', { campusId, code: 'ZY', name: '住院楼' });
    const floorId = await write('createFloor', { buildingId, level: 3, name: '3F' });
    expect(await arrived(BuildingReplicaRow, buildingId, '住院楼')).toMatchObject({ campusId, code: 'ZY' });
    expect(await arrived(FloorReplicaRow, floorId, '3F')).toMatchObject({ buildingId, campusId, level: 3 });

    await write('updateBuilding', { id: buildingId, name: '1号住院楼' });
    await write('updateFloor', { id: floorId, name: '3F 手术区' });
    await arrived(BuildingReplicaRow, buildingId, '1号住院楼');
    await arrived(FloorReplicaRow, floorId, '3F 手术区');
    const building = await directory.requireBuilding(replica.manager, buildingId, campusId);
    const floor = await directory.requireFloor(replica.manager, floorId, campusId);
    expect(`${building.name} ${floor.name}`).toBe('1号住院楼 3F 手术区');
  });
});
