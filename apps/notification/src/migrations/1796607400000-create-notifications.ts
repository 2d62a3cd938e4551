import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox, the people alerts reach and their preferences, and the outbound deliveries with their log. */
export class CreateNotifications1796607400000 implements MigrationInterface {
  name = 'CreateNotifications1796607400000';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE';
    await q.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL, "recipient_key" text NOT NULL, "recipient_name" text NOT NULL, "campus_id" uuid NOT NULL, "alert" text NOT NULL,
      "subject" text NOT NULL, "dedup_key" text NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "severity" text NOT NULL,
      "title_zh" text NOT NULL, "title_en" text NOT NULL, "body_zh" text NOT NULL, "body_en" text NOT NULL, "link" text NOT NULL,
      "created_at" ${ts} NOT NULL, "read_at" ${ts}, "acknowledged_at" ${ts}, "escalate_at" ${ts}, "escalated_at" ${ts},
      "escalated_from_id" uuid, CONSTRAINT "PK_notification" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "notification_dedup_uq" ON "notification" ("recipient_key", "dedup_key")`);
    await q.query(`CREATE INDEX "notification_inbox_idx" ON "notification" ("recipient_key", "created_at")`);
    await q.query(
      `CREATE INDEX "notification_escalation_idx" ON "notification" ("escalate_at") WHERE escalate_at IS NOT NULL AND escalated_at IS NULL AND acknowledged_at IS NULL`,
    );
    await q.query(`CREATE TABLE "recipient" (
      "key" text NOT NULL, "id" uuid NOT NULL, "subject" text, "staff_id" uuid, "name" text NOT NULL, "roles" text array NOT NULL, "campus_ids" uuid array NOT NULL,
      "channels" jsonb, "quiet_hours" text, "wecom_user_id" text, "mobile" text, "email" text, "language" text NOT NULL,
      "last_seen_at" ${ts} NOT NULL, CONSTRAINT "PK_recipient" PRIMARY KEY ("key"))`);
    await q.query(`CREATE INDEX "recipient_roles_idx" ON "recipient" ("roles")`);
    await q.query(`CREATE TABLE "notification_delivery" (
      "id" uuid NOT NULL, "notification_id" uuid NOT NULL, "campus_id" uuid NOT NULL, "channel" text NOT NULL, "status" text NOT NULL,
      "attempts" integer NOT NULL, "next_attempt_at" ${ts}, "last_error" text, "provider_message_id" text, "created_at" ${ts} NOT NULL,
      "updated_at" ${ts} NOT NULL, CONSTRAINT "PK_notification_delivery" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "notification_delivery_uq" ON "notification_delivery" ("notification_id", "channel")`);
    await q.query(`CREATE INDEX "notification_delivery_due_idx" ON "notification_delivery" ("next_attempt_at") WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX "notification_delivery_status_idx" ON "notification_delivery" ("status", "campus_id")`);
    await q.query(`CREATE TABLE "notification_delivery_attempt" (
      "id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "attempted_at" ${ts} NOT NULL, "outcome" text NOT NULL,
      "detail" text, "resent_by" text, CONSTRAINT "PK_notification_delivery_attempt" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "notification_delivery_attempt_delivery_idx" ON "notification_delivery_attempt" ("delivery_id", "attempted_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_delivery_attempt"`);
    await q.query(`DROP TABLE "notification_delivery"`);
    await q.query(`DROP TABLE "recipient"`);
    await q.query(`DROP TABLE "notification"`);
  }
}
