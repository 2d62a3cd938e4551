import { LocationChangedV1, EventData } from '@houqin/contracts';
import { createServiceDataSource } from '@houqin/platform-database';
import { CloudEvent } from '@houqin/platform-events';
import {
  CreateOrgReplica1764000000000,
  LocationReplicaHandler,
  LocationReplicaRow,
  ORG_REPLICA_ENTITIES,
  OrgDirectoryReplica,
} from '@houqin/platform-org-replica';
import { createTestDatabase } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

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
      migrations: [CreateOrgReplica1764000000000],
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
});
