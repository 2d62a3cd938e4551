import { CampusChangedV1, DepartmentChangedV1, LocationChangedV1, StaffChangedV1, TeamChangedV1 } from '@houqin/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { announceRows } from './announce-rows';

/**
 * Org's topics were kept 7 days (Kafka's default) until they became log-compacted. A replica started after
 * that (materials', for one) would never see the campuses and departments announced before: one event per
 * existing campus, department, location, team and staff member brings every replica up to date, and compaction
 * keeps them from now on.
 */
export class AnnounceDirectory1763900000220 implements MigrationInterface {
  name = 'AnnounceDirectory1763900000220';

  async up(q: QueryRunner): Promise<void> {
    const at = `updated_at AS "updatedAt"`;
    await announceRows(q, CampusChangedV1, `SELECT id, code, name, name_en AS "nameEn", address, active, ${at} FROM campus ORDER BY id`);
    await announceRows(
      q,
      DepartmentChangedV1,
      `SELECT id, campus_id AS "campusId", name, name_en AS "nameEn", cost_centre_code AS "costCentreCode", his_code AS "hisCode", active, ${at}
         FROM department ORDER BY id`,
    );
    await announceRows(
      q,
      LocationChangedV1,
      `SELECT id, campus_id AS "campusId", building_id AS "buildingId", floor_id AS "floorId", parent_id AS "parentId",
              department_id AS "departmentId", kind, code, name, active, ${at} FROM location ORDER BY id`,
    );
    await announceRows(q, TeamChangedV1, `SELECT id, campus_id AS "campusId", name, trade, active, ${at} FROM team ORDER BY id`);
    await announceRows(
      q,
      StaffChangedV1,
      `SELECT id, campus_id AS "campusId", department_id AS "departmentId", team_id AS "teamId", employee_no AS "employeeNo", name,
              job_title AS "jobTitle", active, ${at} FROM staff ORDER BY id`,
    );
  }

  /** Nothing to undo: events already relayed cannot be recalled. */
  async down(): Promise<void> {}
}
