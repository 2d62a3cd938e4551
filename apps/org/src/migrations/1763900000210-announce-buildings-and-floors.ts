import { BuildingChangedV1, FloorChangedV1 } from '@houqin/contracts';
import { Outbox } from '@houqin/platform-events';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Buildings and floors were not announced before `org.building.changed.v1` / `org.floor.changed.v1`: one
 * event per existing row, with its current state, brings them into every replica. Written through the
 * Outbox (in the migration's transaction), so each row is exactly what the relay sends and its payload is
 * checked against the contract. Replicas upsert by id and `updatedAt`, so a later change or a replay is harmless.
 * Columns are read by name, not through the entities, which may have grown since.
 */
export class AnnounceBuildingsAndFloors1763900000210 implements MigrationInterface {
  name = 'AnnounceBuildingsAndFloors1763900000210';

  async up(q: QueryRunner): Promise<void> {
    const outbox = new Outbox('houqin/org');
    const buildings: { id: string; campusId: string; code: string; name: string; updatedAt: Date }[] = await q.query(
      `SELECT id, campus_id AS "campusId", code, name, updated_at AS "updatedAt" FROM building ORDER BY id`,
    );
    for (const b of buildings) {
      await outbox.append(q.manager, BuildingChangedV1, { ...b, updatedAt: b.updatedAt.toISOString() }, { key: b.id, time: b.updatedAt });
    }
    const floors: { id: string; buildingId: string; campusId: string; level: number; name: string; updatedAt: Date }[] = await q.query(
      `SELECT id, building_id AS "buildingId", campus_id AS "campusId", level, name, updated_at AS "updatedAt" FROM floor ORDER BY id`,
    );
    for (const f of floors) {
      await outbox.append(q.manager, FloorChangedV1, { ...f, updatedAt: f.updatedAt.toISOString() }, { key: f.id, time: f.updatedAt });
    }
  }

  /** Nothing to undo: events already relayed cannot be recalled, and replicas may keep what they learnt. */
  async down(): Promise<void> {}
}
