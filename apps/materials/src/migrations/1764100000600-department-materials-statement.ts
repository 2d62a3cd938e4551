import { MigrationInterface, QueryRunner } from 'typeorm';

/** Months of department stock charges already sent to finance, one row per department and month. */
export class DepartmentMaterialsStatement1764100000600 implements MigrationInterface {
  name = 'DepartmentMaterialsStatement1764100000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "department_materials_statement" ("department_id" uuid NOT NULL, "month" text NOT NULL, "campus_id" uuid NOT NULL,
      "net_fen" bigint NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_department_materials_statement" PRIMARY KEY ("department_id", "month"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "department_materials_statement"`);
  }
}
