import { MigrationInterface, QueryRunner } from 'typeorm';

/** How each message came (HL7 v2 over MLLP, or FHIR R4): the messages received so far all came over MLLP. */
export class HisMessageProtocol1796650300000 implements MigrationInterface {
  name = 'HisMessageProtocol1796650300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "his_message" ADD "protocol" text NOT NULL DEFAULT 'HL7V2'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "his_message" DROP COLUMN "protocol"`);
  }
}
