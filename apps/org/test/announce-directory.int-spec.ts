import { BuildingChangedV1, CampusChangedV1, DepartmentChangedV1, FloorChangedV1 } from '@houqin/contracts';
import { serviceDataSource } from '@houqin/platform-service';
import { createTestDatabase } from '@houqin/platform-testing';
import { AnnounceBuildingsAndFloors1763900000210 } from '../src/migrations/1763900000210-announce-buildings-and-floors';
import { AnnounceDirectory1763900000220 } from '../src/migrations/1763900000220-announce-directory';
import { orgDefinition } from '../src/org.definition';

/**
 * An org database from before buildings and floors had events (rows written without an outbox entry) is
 * migrated: each existing building and floor gets one outbox row, in the form the relay sends and the
 * replicas accept.
 */
describe('announcing the existing directory to replicas (migrations, real Postgres)', () => {
  const campusId = '0196a1e0-0001-7000-8000-00000000a000';
  const buildingId = '0196a1e0-0002-7000-8000-00000000a001';
  const floorId = '0196a1e0-0003-7000-8000-00000000a001';

  it('writes one outbox row per building and floor, keyed by its id, whose payload passes the contract', async () => {
    const url = await createTestDatabase('org_announce');
    const before = serviceDataSource(
      { ...orgDefinition, migrations: orgDefinition.migrations.filter((m) => m !== AnnounceBuildingsAndFloors1763900000210) },
      url,
    );
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    await before.query(`INSERT INTO building (id, campus_id, code, name, created_at, updated_at) VALUES ($1, $2, 'ZY', '住院楼', $3, $3)`, [
      buildingId,
      campusId,
      '2026-03-01T08:00:00.123Z',
    ]);
    await before.query(`INSERT INTO floor (id, building_id, campus_id, level, name, created_at, updated_at) VALUES ($1, $2, $3, -1, 'B1', $4, $4)`, [
      floorId,
      buildingId,
      campusId,
      '2026-03-02T09:30:00.000Z',
    ]);
    await before.destroy();

    const after = serviceDataSource(orgDefinition, url);
    await after.initialize();
    try {
      expect((await after.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['AnnounceBuildingsAndFloors1763900000210']);
      const rows = await after.query(`SELECT topic, key, type, source, subject, time, data, sent_at FROM outbox_event ORDER BY seq`);
      expect(rows).toEqual([
        {
          topic: 'org.building.v1',
          key: buildingId,
          type: 'org.building.changed.v1',
          source: 'houqin/org',
          subject: buildingId,
          time: new Date('2026-03-01T08:00:00.123Z'),
          data: { id: buildingId, campusId, code: 'ZY', name: '住院楼', updatedAt: '2026-03-01T08:00:00.123Z' },
          sent_at: null,
        },
        {
          topic: 'org.floor.v1',
          key: floorId,
          type: 'org.floor.changed.v1',
          source: 'houqin/org',
          subject: floorId,
          time: new Date('2026-03-02T09:30:00.000Z'),
          data: { id: floorId, buildingId, campusId, level: -1, name: 'B1', updatedAt: '2026-03-02T09:30:00.000Z' },
          sent_at: null,
        },
      ]);
      expect(BuildingChangedV1.schema.parse(rows[0].data)).toEqual(rows[0].data);
      expect(FloorChangedV1.schema.parse(rows[1].data)).toEqual(rows[1].data);
    } finally {
      await after.destroy();
    }
  });

  it('announces the whole directory again, so a replica started after the events left Kafka still fills', async () => {
    const url = await createTestDatabase('org_reannounce');
    const before = serviceDataSource({ ...orgDefinition, migrations: orgDefinition.migrations.filter((m) => m !== AnnounceDirectory1763900000220) }, url);
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const departmentId = '0196a1e0-0004-7000-8000-00000000a001';
    await before.query(`INSERT INTO campus (id, code, name, active, created_at, updated_at) VALUES ($1, 'EAST', '东院区', true, $2, $2)`, [
      campusId,
      '2025-01-01T00:00:00.000Z',
    ]);
    await before.query(
      `INSERT INTO department (id, campus_id, name, cost_centre_code, active, created_at, updated_at) VALUES ($1, $2, '心内科', 'CC-001', false, $3, $3)`,
      [departmentId, campusId, '2025-02-01T00:00:00.000Z'],
    );
    await before.destroy();

    const after = serviceDataSource(orgDefinition, url);
    await after.initialize();
    try {
      expect((await after.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(['AnnounceDirectory1763900000220']);
      const rows = await after.query(`SELECT topic, key, data FROM outbox_event ORDER BY seq`);
      expect(rows).toEqual([
        {
          topic: 'org.campus.v1',
          key: campusId,
          data: { id: campusId, code: 'EAST', name: '东院区', nameEn: null, address: null, active: true, updatedAt: '2025-01-01T00:00:00.000Z' },
        },
        {
          topic: 'org.department.v1',
          key: departmentId,
          data: {
            id: departmentId,
            campusId,
            name: '心内科',
            nameEn: null,
            costCentreCode: 'CC-001',
            hisCode: null,
            active: false,
            updatedAt: '2025-02-01T00:00:00.000Z',
          },
        },
      ]);
      expect(CampusChangedV1.schema.parse(rows[0].data)).toEqual(rows[0].data);
      expect(DepartmentChangedV1.schema.parse(rows[1].data)).toEqual(rows[1].data);
    } finally {
      await after.destroy();
    }
  });
});
