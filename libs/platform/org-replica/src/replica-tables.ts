import { Column, Entity, Index, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

/**
 * A service's read-only copy of the org directory, kept current by `org.*.changed` events (each carries the
 * entity's full state). Services check references and derive facts (a location's campus and department)
 * from it without calling org. Rows are never deleted: org deactivates instead.
 */
@Entity({ name: 'org_campus_replica' })
export class CampusReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity({ name: 'org_department_replica' })
@Index('org_department_replica_campus_idx', ['campusId'])
export class DepartmentReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('text') costCentreCode!: string;
  /** HIS 科室编码 (PV1-10). */
  @Column('text', { nullable: true }) hisCode!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') updatedAt!: Date;
}

/** Buildings and floors have no `active`: org has no way to retire one. */
@Entity({ name: 'org_building_replica' })
@Index('org_building_replica_campus_idx', ['campusId'])
export class BuildingReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity({ name: 'org_floor_replica' })
@Index('org_floor_replica_building_idx', ['buildingId'])
export class FloorReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') buildingId!: string;
  @Column('uuid') campusId!: string;
  @Column('integer') level!: number;
  @Column('text') name!: string;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity({ name: 'org_location_replica' })
@Index('org_location_replica_campus_idx', ['campusId'])
@Index('org_location_replica_his_code_idx', ['hisCode'])
@Index('org_location_replica_parent_idx', ['parentId', 'hisCode'])
export class LocationReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid') buildingId!: string;
  @Column('uuid', { nullable: true }) floorId!: string | null;
  @Column('uuid', { nullable: true }) parentId!: string | null;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('text') kind!: string;
  @Column('text') code!: string;
  @Column('text') name!: string;
  /** The HIS's code at its own level (PV1-3 ward, room, bed). */
  @Column('text', { nullable: true }) hisCode!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity({ name: 'org_team_replica' })
@Index('org_team_replica_campus_idx', ['campusId'])
export class TeamReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('text') name!: string;
  @Column('text') trade!: string;
  /** 班组长 (staff id), whom alerts about the crew's work reach first. */
  @Column('uuid', { nullable: true }) leadId!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') updatedAt!: Date;
}

@Entity({ name: 'org_staff_replica' })
@Index('org_staff_replica_team_idx', ['teamId'])
export class StaffReplicaRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') campusId!: string;
  @Column('uuid', { nullable: true }) departmentId!: string | null;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('text') employeeNo!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) jobTitle!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz') updatedAt!: Date;
}

export const ORG_REPLICA_ENTITIES = [
  CampusReplicaRow,
  DepartmentReplicaRow,
  BuildingReplicaRow,
  FloorReplicaRow,
  LocationReplicaRow,
  TeamReplicaRow,
  StaffReplicaRow,
];

/** Listed in the migrations of each service that keeps a replica. */
export class CreateOrgReplica1764000000000 implements MigrationInterface {
  name = 'CreateOrgReplica1764000000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "org_campus_replica" ("id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL,
      "active" boolean NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_campus_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "org_department_replica" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL,
      "cost_centre_code" text NOT NULL, "active" boolean NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_department_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_department_replica_campus_idx" ON "org_department_replica" ("campus_id")`);
    await q.query(`CREATE TABLE "org_location_replica" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "building_id" uuid NOT NULL,
      "floor_id" uuid, "parent_id" uuid, "department_id" uuid, "kind" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL,
      "active" boolean NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_location_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_location_replica_campus_idx" ON "org_location_replica" ("campus_id")`);
    await q.query(`CREATE TABLE "org_team_replica" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL,
      "trade" text NOT NULL, "active" boolean NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_team_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_team_replica_campus_idx" ON "org_team_replica" ("campus_id")`);
    await q.query(`CREATE TABLE "org_staff_replica" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "department_id" uuid,
      "team_id" uuid, "employee_no" text NOT NULL, "name" text NOT NULL, "job_title" text, "active" boolean NOT NULL,
      "updated_at" ${ts}, CONSTRAINT "PK_org_staff_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_staff_replica_team_idx" ON "org_staff_replica" ("team_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['org_staff_replica', 'org_team_replica', 'org_location_replica', 'org_department_replica', 'org_campus_replica']) {
      await q.query(`DROP TABLE "${t}"`);
    }
  }
}

/** The building and floor tables (their events came later); listed right after CreateOrgReplica1764000000000. */
export class OrgReplicaBuildings1764000000001 implements MigrationInterface {
  name = 'OrgReplicaBuildings1764000000001';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "org_building_replica" ("id" uuid NOT NULL, "campus_id" uuid NOT NULL, "code" text NOT NULL,
      "name" text NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_building_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_building_replica_campus_idx" ON "org_building_replica" ("campus_id")`);
    await q.query(`CREATE TABLE "org_floor_replica" ("id" uuid NOT NULL, "building_id" uuid NOT NULL, "campus_id" uuid NOT NULL,
      "level" integer NOT NULL, "name" text NOT NULL, "updated_at" ${ts}, CONSTRAINT "PK_org_floor_replica" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "org_floor_replica_building_idx" ON "org_floor_replica" ("building_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "org_floor_replica"`);
    await q.query(`DROP TABLE "org_building_replica"`);
  }
}

/** 班组长: teams name their lead (org.team.changed.v1 `leadId`). */
export class OrgReplicaTeamLead1764000000002 implements MigrationInterface {
  name = 'OrgReplicaTeamLead1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "org_team_replica" ADD "lead_id" uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "org_team_replica" DROP COLUMN "lead_id"`);
  }
}

/** HIS codes of locations and departments (org.location.changed.v1 and org.department.changed.v1 `hisCode`), for the his feed. */
export class OrgReplicaHisCodes1764000000003 implements MigrationInterface {
  name = 'OrgReplicaHisCodes1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "org_location_replica" ADD "his_code" text`);
    await q.query(`CREATE INDEX "org_location_replica_his_code_idx" ON "org_location_replica" ("his_code")`);
    await q.query(`ALTER TABLE "org_department_replica" ADD "his_code" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "org_department_replica" DROP COLUMN "his_code"`);
    await q.query(`DROP INDEX "org_location_replica_his_code_idx"`);
    await q.query(`ALTER TABLE "org_location_replica" DROP COLUMN "his_code"`);
  }
}

/** Locations under a parent, by HIS code: the his feed finds a ward's room and bed without reading the whole ward. */
export class OrgReplicaLocationParent1764000000004 implements MigrationInterface {
  name = 'OrgReplicaLocationParent1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "org_location_replica_parent_idx" ON "org_location_replica" ("parent_id", "his_code")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "org_location_replica_parent_idx"`);
  }
}

/** The replica's migrations in order: a service lists `...ORG_REPLICA_MIGRATIONS`, so a new one reaches every service. */
export const ORG_REPLICA_MIGRATIONS = [
  CreateOrgReplica1764000000000,
  OrgReplicaBuildings1764000000001,
  OrgReplicaTeamLead1764000000002,
  OrgReplicaHisCodes1764000000003,
  OrgReplicaLocationParent1764000000004,
];
