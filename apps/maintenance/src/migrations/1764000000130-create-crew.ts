import { MigrationInterface, QueryRunner } from 'typeorm';

/** Technicians' operating licences (持证上岗) and the duty roster (排班 / 24h 值班). */
export class CreateCrew1764000000130 implements MigrationInterface {
  name = 'CreateCrew1764000000130';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "technician_certificate" (
      "id" uuid NOT NULL, "staff_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "kind" text NOT NULL, "certificate_no" text NOT NULL,
      "issued_on" date NOT NULL, "valid_until" date NOT NULL, "issuing_authority" text NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" text NOT NULL, CONSTRAINT "PK_technician_certificate" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "technician_certificate_staff_kind_no_uq" ON "technician_certificate" ("staff_id", "kind", "certificate_no")`);
    await q.query(`CREATE TABLE "duty_shift" (
      "id" uuid NOT NULL, "campus_id" uuid NOT NULL, "staff_id" uuid NOT NULL, "team_id" uuid, "kind" text NOT NULL,
      "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_duty_shift" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "duty_shift_campus_starts_idx" ON "duty_shift" ("campus_id", "starts_at")`);
    await q.query(`CREATE INDEX "duty_shift_staff_starts_idx" ON "duty_shift" ("staff_id", "starts_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "duty_shift"`);
    await q.query(`DROP TABLE "technician_certificate"`);
  }
}
