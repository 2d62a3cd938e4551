import { Identity } from '@houqin/platform-auth';
import { uuidv7 } from '@houqin/platform-database';
import { Column, Entity, EntityManager, Index, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

/** Who changed what, when, from what to what: written in the same transaction as the change. */
@Entity({ name: 'audit_entry' })
@Index('audit_entry_entity_idx', ['entityType', 'entityId'])
export class AuditEntryRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('timestamptz') occurredAt!: Date;
  @Column('text') actorSubject!: string;
  @Column('text') actorName!: string;
  @Column('text') action!: string;
  @Column('text') entityType!: string;
  @Column('uuid') entityId!: string;
  @Column('uuid', { nullable: true }) campusId!: string | null;
  @Column('jsonb', { nullable: true }) before!: object | null;
  @Column('jsonb', { nullable: true }) after!: object | null;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  campusId: string | null;
  before: unknown;
  after: unknown;
}

export async function recordAudit(manager: EntityManager, actor: Identity, record: AuditRecord, at: Date = new Date()): Promise<void> {
  await recordAudits(manager, actor, [record], at);
}

/** Several changes by one actor at one time (a batch of events applied together) in one insert. */
export async function recordAudits(manager: EntityManager, actor: Identity, records: readonly AuditRecord[], at: Date = new Date()): Promise<void> {
  if (!records.length) return;
  await manager.insert(
    AuditEntryRow,
    records.map((record) => ({
      id: uuidv7(),
      occurredAt: at,
      actorSubject: actor.subject,
      actorName: actor.name,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      campusId: record.campusId,
      before: (record.before ?? null) as object | null,
      after: (record.after ?? null) as object | null,
    })),
  );
}

export class CreateAuditTable1763900000001 implements MigrationInterface {
  name = 'CreateAuditTable1763900000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_entry" (
      "id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_subject" text NOT NULL,
      "actor_name" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL,
      "campus_id" uuid, "before" jsonb, "after" jsonb, CONSTRAINT "PK_audit_entry" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_entry_entity_idx" ON "audit_entry" ("entity_type", "entity_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_entry"`);
  }
}
