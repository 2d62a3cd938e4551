import { BuildingChangedV1, FloorChangedV1 } from '@houqin/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceRows } from './announce-rows';

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
    await announceRows(q, BuildingChangedV1, `SELECT id, campus_id AS "campusId", code, name, updated_at AS "updatedAt" FROM building ORDER BY id`);
    await announceRows(
      q,
      FloorChangedV1,
      `SELECT id, building_id AS "buildingId", campus_id AS "campusId", level, name, updated_at AS "updatedAt" FROM floor ORDER BY id`,
    );
  }

  /** Nothing to undo: events already relayed cannot be recalled, and replicas may keep what they learnt. */
  async down(): Promise<void> {}
}
