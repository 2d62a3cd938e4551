import { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory's tables. No foreign keys: rows reference each other by plain uuid columns, checked by the use cases. */
export class CreateOrgDirectory1763900000200 implements MigrationInterface {
  name = 'CreateOrgDirectory1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "hospital_group" (
      "id" uuid NOT NULL, "name" text NOT NULL, "name_en" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_hospital_group" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "campus" (
      "id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "name_en" text, "address" text, "active" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_campus" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "campus_code_idx" ON "campus" ("code")`);
    await q.query(`CREATE TABLE "building" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "code" text NOT NULL, "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_building" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "building_campus_code_idx" ON "building" ("campus_id", "code")`);
    await q.query(`CREATE TABLE "floor" (
      "id" uuid NOT NULL, "building_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "level" integer NOT NULL, "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_floor" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "floor_building_level_idx" ON "floor" ("building_id", "level")`);
    await q.query(`CREATE INDEX "floor_campus_idx" ON "floor" ("campus_id")`);
    await q.query(`CREATE TABLE "location" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "building_id" uuid NOT NULL, "floor_id" uuid, "parent_id" uuid,
      "department_id" uuid, "kind" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_location" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "location_campus_code_idx" ON "location" ("campus_id", "code")`);
    await q.query(`CREATE INDEX "location_campus_kind_idx" ON "location" ("campus_id", "kind")`);
    await q.query(`CREATE INDEX "location_parent_idx" ON "location" ("parent_id")`);
    await q.query(`CREATE TABLE "department" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "name_en" text, "cost_centre_code" text NOT NULL,
      "his_code" text, "active" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_department" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "department_campus_cost_centre_idx" ON "department" ("campus_id", "cost_centre_code")`);
    await q.query(`CREATE UNIQUE INDEX "department_campus_his_code_idx" ON "department" ("campus_id", "his_code")`);
    await q.query(`CREATE TABLE "team" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "trade" text NOT NULL, "active" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_team" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "team_campus_name_idx" ON "team" ("campus_id", "name")`);
    await q.query(`CREATE TABLE "staff" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "department_id" uuid, "team_id" uuid, "employee_no" text NOT NULL,
      "name" text NOT NULL, "job_title" text, "phone" text, "active" boolean NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_staff" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "staff_employee_no_idx" ON "staff" ("employee_no")`);
    await q.query(`CREATE INDEX "staff_campus_idx" ON "staff" ("campus_id")`);
    await q.query(`CREATE INDEX "staff_team_idx" ON "staff" ("team_id")`);
    await q.query(`CREATE INDEX "staff_department_idx" ON "staff" ("department_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['staff', 'team', 'department', 'location', 'floor', 'building', 'campus', 'hospital_group']) await q.query(`DROP TABLE "${table}"`);
  }
}
