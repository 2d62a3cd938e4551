import { MigrationInterface, QueryRunner } from 'typeorm';

/** Contractors (外包单位), their monthly checks by clinical departments and complaints. */
export class CreateContractor1796648273140 implements MigrationInterface {
  name = 'CreateContractor1796648273140';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "contractor" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "active" boolean NOT NULL,
      "licence_no" text, "contact_name" text, "contact_phone" text, "contract_start" date, "contract_end" date,
      "zone_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL, CONSTRAINT "PK_contractor" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "contractor_campus_name_uq" ON "contractor" ("campus_id", "name")`);
    await q.query(`CREATE TABLE "contractor_monthly_check" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "contractor_id" uuid NOT NULL, "department_id" uuid NOT NULL, "month" text NOT NULL,
      "items" jsonb NOT NULL, "score" real NOT NULL, "comment" text, "checked_by_subject" text NOT NULL, "checked_by_name" text NOT NULL,
      "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_contractor_monthly_check" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "contractor_monthly_check_uq" ON "contractor_monthly_check" ("contractor_id", "department_id", "month")`);
    await q.query(`CREATE TABLE "contractor_complaint" (
      "id" uuid NOT NULL, "number" text NOT NULL, "campus_id" uuid NOT NULL, "contractor_id" uuid NOT NULL, "department_id" uuid,
      "description" text NOT NULL, "status" text NOT NULL, "raised_by_subject" text NOT NULL, "raised_by_name" text NOT NULL,
      "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE,
      "resolved_at" TIMESTAMP WITH TIME ZONE, "resolution" text, "closed_at" TIMESTAMP WITH TIME ZONE, "reopen_count" integer NOT NULL,
      CONSTRAINT "PK_contractor_complaint" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "contractor_complaint_number_uq" ON "contractor_complaint" ("number")`);
    await q.query(`CREATE INDEX "contractor_complaint_contractor_idx" ON "contractor_complaint" ("contractor_id", "raised_at")`);
    await q.query(`CREATE TABLE "contractor_complaint_overdue" (
      "complaint_id" uuid NOT NULL, "response_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "announced_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_contractor_complaint_overdue" PRIMARY KEY ("complaint_id", "response_due_at"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "contractor_complaint_overdue"`);
    await q.query(`DROP TABLE "contractor_complaint"`);
    await q.query(`DROP TABLE "contractor_monthly_check"`);
    await q.query(`DROP TABLE "contractor"`);
  }
}
