import { MigrationInterface, QueryRunner } from 'typeorm';

/** The feed's message log and review queue (the `his_message` table). */
export class CreateHisMessage1796640150760 implements MigrationInterface {
  name = 'CreateHisMessage1796640150760';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "his_message" (
      "id" uuid NOT NULL, "sending_application" text NOT NULL, "sending_facility" text NOT NULL, "control_id" text NOT NULL,
      "message_type" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE,
      "charset" text NOT NULL, "outcome" text NOT NULL, "ack_code" text NOT NULL, "error_code" integer, "error_location" text,
      "error_text" text, "raw" bytea, CONSTRAINT "PK_his_message" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE UNIQUE INDEX "his_message_sender_control_id_uq" ON "his_message" ("sending_application", "sending_facility", "control_id") WHERE "control_id" <> ''`,
    );
    await q.query(`CREATE INDEX "his_message_outcome_idx" ON "his_message" ("outcome", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "his_message"`);
  }
}
