import { BuildingChangedV1, FloorChangedV1 } from '@houqin/contracts';
import { serviceDataSource } from '@houqin/platform-service';
import { createTestDatabase } from '@houqin/platform-testing';
import { AnnounceBuildingsAndFloors1763900000210 } from '../src/migrations/1763900000210-announce-buildings-and-floors';
import { orgDefinition } from '../src/org.definition';

/**
 * An org database from before buildings and floors had events (rows written without an outbox entry) is
 * migrated: each existing building and floor gets one outbox row, in the form the relay sends and the
 * replicas accept.
 */
describe('announcing existing buildings and floors (migration, real Postgres)', () => {
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
});
