import { MigrationInterface, QueryRunner } from 'typeorm';

/** Import jobs (导入任务) of the catalogue and opening balances: the job, its file until it finishes, its report. */
export class ImportJobs1764100000400 implements MigrationInterface {
  name = 'ImportJobs1764100000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "import_job" (
      "id" uuid NOT NULL, "kind" text NOT NULL, "status" text NOT NULL, "campus_id" uuid, "warehouse_id" uuid, "file_name" text NOT NULL,
      "content_type" text NOT NULL, "file_size" integer NOT NULL, "file_sha256" text NOT NULL, "total_rows" integer,
      "processed_rows" integer NOT NULL DEFAULT 0, "error_count" integer NOT NULL DEFAULT 0, "attempts" integer NOT NULL DEFAULT 0,
      "started_by_subject" text NOT NULL, "started_by_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_import_job" PRIMARY KEY ("id"),
      CONSTRAINT "import_job_kind_check" CHECK ("kind" IN ('CATALOGUE', 'OPENING_BALANCES')),
      CONSTRAINT "import_job_status_check" CHECK ("status" IN ('QUEUED', 'VALIDATING', 'IMPORTING', 'SUCCEEDED', 'FAILED')),
      CONSTRAINT "import_job_target_check" CHECK (("kind" = 'CATALOGUE') = ("warehouse_id" IS NULL)))`);
    await q.query(`CREATE INDEX "import_job_campus_idx" ON "import_job" ("campus_id", "id")`);
    await q.query(`CREATE UNIQUE INDEX "import_job_file_uq" ON "import_job" ("kind", "warehouse_id", "file_sha256") WHERE "status" <> 'FAILED'`);
    await q.query(`CREATE TABLE "import_job_file" (
      "import_job_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_import_job_file" PRIMARY KEY ("import_job_id"))`);
    await q.query(`CREATE TABLE "import_job_error" (
      "import_job_id" uuid NOT NULL, "seq" integer NOT NULL, "row_no" integer, "column_name" text, "code" text NOT NULL,
      "reason_zh" text NOT NULL, "reason_en" text NOT NULL, CONSTRAINT "PK_import_job_error" PRIMARY KEY ("import_job_id", "seq"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['import_job_error', 'import_job_file', 'import_job']) await q.query(`DROP TABLE "${table}"`);
  }
}
