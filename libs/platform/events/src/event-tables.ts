import { Column, Entity, Index, MigrationInterface, PrimaryColumn, QueryRunner } from 'typeorm';

/** Rows written in the same transaction as the state change they announce; the relay sends them. */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_unsent_idx', ['seq'], { where: 'sent_at IS NULL' })
export class OutboxEventRow {
  @PrimaryColumn('uuid') id!: string;
  @Column({ type: 'bigint', generated: 'increment' }) seq!: string;
  @Column('text') topic!: string;
  @Column('text') key!: string;
  @Column('text') type!: string;
  @Column('text') source!: string;
  @Column('text', { nullable: true }) subject!: string | null;
  @Column('timestamptz') time!: Date;
  @Column('jsonb') data!: unknown;
  @Column('text', { nullable: true }) traceparent!: string | null;
  @Column('text', { nullable: true }) tracestate!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) sentAt!: Date | null;
}

/** One row per event a consumer group has applied: the idempotency key is (consumer_group, event_id). */
@Entity({ name: 'inbox_event' })
export class InboxEventRow {
  @PrimaryColumn('text') consumerGroup!: string;
  @PrimaryColumn('text') eventId!: string;
  @Column('text') type!: string;
  @Column('text') topic!: string;
  @Column('integer') partition!: number;
  @Column('text') offset!: string;
  @Column('timestamptz', { default: () => 'now()' }) processedAt!: Date;
}

export const EVENT_TABLE_ENTITIES = [OutboxEventRow, InboxEventRow];

/** Included first in every service's migration list. */
export class CreateEventTables1763900000000 implements MigrationInterface {
  name = 'CreateEventTables1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox_event" (
      "id" uuid NOT NULL, "seq" BIGSERIAL NOT NULL, "topic" text NOT NULL, "key" text NOT NULL, "type" text NOT NULL,
      "source" text NOT NULL, "subject" text, "time" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL,
      "traceparent" text, "tracestate" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_outbox_event" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "outbox_event_unsent_idx" ON "outbox_event" ("seq") WHERE sent_at IS NULL`);
    await q.query(`CREATE TABLE "inbox_event" (
      "consumer_group" text NOT NULL, "event_id" text NOT NULL, "type" text NOT NULL, "topic" text NOT NULL,
      "partition" integer NOT NULL, "offset" text NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_inbox_event" PRIMARY KEY ("consumer_group", "event_id"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inbox_event"`);
    await q.query(`DROP TABLE "outbox_event"`);
  }
}

/** The channel a commit that wrote outbox rows notifies (per database, so per service). */
export const OUTBOX_CHANNEL = 'houqin_outbox';

/**
 * A statement trigger NOTIFYs the outbox channel on every insert: PostgreSQL delivers it when the transaction commits
 * (once per transaction, repeats folded), so every replica's relay wakes on any replica's commit, whatever wrote the rows.
 */
export class NotifyOutboxCommits1796627888422 implements MigrationInterface {
  name = 'NotifyOutboxCommits1796627888422';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "outbox_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_notify('${OUTBOX_CHANNEL}', ''); RETURN NULL; END $$`);
    await q.query(`CREATE TRIGGER "outbox_event_notify" AFTER INSERT ON "outbox_event" FOR EACH STATEMENT EXECUTE FUNCTION "outbox_event_notify"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "outbox_event_notify" ON "outbox_event"`);
    await q.query(`DROP FUNCTION "outbox_event_notify"()`);
  }
}
