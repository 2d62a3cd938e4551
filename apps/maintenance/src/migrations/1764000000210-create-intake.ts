import { MigrationInterface, QueryRunner } from 'typeorm';

/** Intake questionnaires and answers, photos of the fault, and duplicate reports linked to open orders. */
export class CreateIntake1764000000210 implements MigrationInterface {
  name = 'CreateIntake1764000000210';

  async up(q: QueryRunner): Promise<void> {
    const ts = 'TIMESTAMP WITH TIME ZONE NOT NULL';
    await q.query(`CREATE TABLE "intake_question" ("id" uuid NOT NULL, "campus_id" uuid, "category" text NOT NULL, "key" text NOT NULL,
      "question_zh" text NOT NULL, "question_en" text NOT NULL, "answer_type" text NOT NULL, "choices" text array NOT NULL DEFAULT '{}',
      "required" boolean NOT NULL, "ordinal" integer NOT NULL, "updated_at" ${ts}, "updated_by" text NOT NULL, CONSTRAINT "PK_intake_question" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "intake_question_set_idx" ON "intake_question" ("category", "campus_id")`);
    await q.query(`CREATE TABLE "work_order_intake" ("work_order_id" uuid NOT NULL, "answers" jsonb NOT NULL, "missing_keys" text array NOT NULL,
      "recorded_at" ${ts}, CONSTRAINT "PK_work_order_intake" PRIMARY KEY ("work_order_id"))`);
    await q.query(`CREATE TABLE "work_order_attachment" ("id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "content_type" text NOT NULL,
      "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "stored_key" text NOT NULL, "uploaded_by" text NOT NULL, "uploaded_at" ${ts},
      CONSTRAINT "PK_work_order_attachment" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_attachment_order_idx" ON "work_order_attachment" ("work_order_id")`);
    await q.query(`CREATE TABLE "work_order_duplicate_report" ("id" uuid NOT NULL, "work_order_id" uuid NOT NULL, "reporter_subject" text NOT NULL,
      "reporter_name" text NOT NULL, "reporter_staff_id" uuid, "source" text NOT NULL, "text" text NOT NULL, "reported_at" ${ts},
      CONSTRAINT "PK_work_order_duplicate_report" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "work_order_duplicate_report_order_idx" ON "work_order_duplicate_report" ("work_order_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['work_order_duplicate_report', 'work_order_attachment', 'work_order_intake', 'intake_question'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
