import { deadLetterTopic, EventData, WorkOrderCompletedV1 } from '@houqin/contracts';
import { createServiceDataSource } from '@houqin/platform-database';
import { createTestDatabase, eventually, startTestKafka } from '@houqin/platform-testing';
import type { LocalKafka } from '@houqin/platform-local-infra';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ConfigResourceTypes, Kafka } from 'kafkajs';
import {
  CloudEvent,
  CreateEventTables1763900000000,
  EVENT_TABLE_ENTITIES,
  EventConsumer,
  EventHandler,
  KafkaBus,
  Outbox,
  OutboxRelay,
  ReceivedMessage,
  toBusMessage,
} from '@houqin/platform-events';

/** The outbox, relay and idempotent consumer against a real broker and database. */
const quiet = { warn: () => undefined, error: () => undefined };
const completed = (workOrderId: string): EventData<typeof WorkOrderCompletedV1> => ({
  workOrderId,
  number: 'WO-20261123-000001',
  campusId: randomUUID(),
  locationId: randomUUID(),
  departmentId: randomUUID(),
  status: 'COMPLETED',
  priority: 'HIGH',
  occurredAt: new Date().toISOString(),
  actor: { subject: 'tech', staffId: null, name: '张伟' },
  labourMinutes: 45,
  parts: [{ itemId: randomUUID(), quantity: 2 }],
  technicianId: null,
  completion: 1,
});

/** A completion event about `workOrderId`, as maintenance's outbox would carry it. */
const eventAbout = (workOrderId: string): CloudEvent => ({
  id: randomUUID(),
  type: WorkOrderCompletedV1.type,
  source: 'houqin/test',
  subject: workOrderId,
  time: new Date().toISOString(),
  data: completed(workOrderId),
  traceparent: null,
  tracestate: null,
});

class CountingHandler implements EventHandler<typeof WorkOrderCompletedV1> {
  readonly contract = WorkOrderCompletedV1;
  failuresLeft = 0;
  attempts = 0;

  async handle(event: CloudEvent<EventData<typeof WorkOrderCompletedV1>>, manager: EntityManager): Promise<void> {
    this.attempts += 1;
    await manager.query('INSERT INTO applied_effect (work_order_id) VALUES ($1)', [event.data.workOrderId]);
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      throw new Error('handler bug');
    }
  }
}

describe('event delivery (real Kafka + Postgres)', () => {
  let dir: string;
  let kafka: LocalKafka;
  let dataSource: DataSource;
  let bus: KafkaBus;
  let relay: OutboxRelay;
  let handler: CountingHandler;
  let consumer: EventConsumer;
  const deadLetters: ReceivedMessage[] = [];
  const topic = WorkOrderCompletedV1.topic;
  const appliedCount = async (workOrderId: string) =>
    (await dataSource.query('SELECT count(*)::int AS n FROM applied_effect WHERE work_order_id = $1', [workOrderId]))[0].n as number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'houqin-events-'));
    kafka = await startTestKafka(dir);
    dataSource = createServiceDataSource({
      serviceName: 'events-test',
      url: await createTestDatabase('events'),
      entities: EVENT_TABLE_ENTITIES,
      migrations: [CreateEventTables1763900000000],
    });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.query('CREATE TABLE applied_effect (seq bigserial, work_order_id uuid NOT NULL)');
    bus = new KafkaBus({ clientId: 'events-test', brokers: [kafka.brokers], logger: quiet });
    relay = new OutboxRelay(dataSource, bus, quiet, 42, { pollIntervalMs: 100 });
    handler = new CountingHandler();
    consumer = new EventConsumer(dataSource, bus, quiet, {
      groupId: 'test.counter',
      handlers: [handler],
      maxAttempts: 3,
      baseDelayMs: 10,
      afterCommit: () => relay.wake(),
    });
    await consumer.start();
    await bus.subscribe('test.dlt-reader', [deadLetterTopic(topic)], async (m) => void deadLetters.push(m));
    relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await bus?.disconnect();
    await dataSource?.destroy();
    await kafka?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('relays committed outbox rows to Kafka with CloudEvents headers, and nothing of a rolled-back transaction', async () => {
    const outbox = new Outbox('houqin/test');
    const kept = randomUUID();
    const rolledBack = randomUUID();
    await dataSource.transaction((m) => outbox.append(m, WorkOrderCompletedV1, completed(kept), { key: kept }));
    await expect(
      dataSource.transaction(async (m) => {
        await outbox.append(m, WorkOrderCompletedV1, completed(rolledBack), { key: rolledBack });
        throw new Error('business rule failed after the append');
      }),
    ).rejects.toThrow('business rule failed');
    relay.wake();
    await eventually(async () => ((await appliedCount(kept)) === 1 ? true : undefined), 30_000, 'consumer applied the relayed event');
    const [row] = await dataSource.query('SELECT sent_at FROM outbox_event WHERE key = $1', [kept]);
    expect(row.sent_at).not.toBeNull();
    expect(await dataSource.query('SELECT 1 FROM outbox_event WHERE key = $1', [rolledBack])).toHaveLength(0);
    expect(await appliedCount(rolledBack)).toBe(0);
  });

  it('applies the same event delivered twice only once', async () => {
    const workOrderId = randomUUID();
    const message = toBusMessage(topic, workOrderId, eventAbout(workOrderId));
    await bus.publish([message, message]);
    await eventually(async () => ((await appliedCount(workOrderId)) === 1 ? true : undefined), 30_000, 'first delivery applied');
    const received = { ...message, partition: 0, offset: '0' };
    expect(await consumer.process(received)).toBe('duplicate');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await appliedCount(workOrderId)).toBe(1);
  });

  it('parks a malformed message and one that breaks its contract on the dead-letter topic, and keeps consuming', async () => {
    const after = randomUUID();
    await bus.publish([{ topic, key: 'junk', value: 'not a cloud event', headers: {} }]);
    await bus.publish([
      toBusMessage(topic, 'bad', {
        id: randomUUID(),
        type: WorkOrderCompletedV1.type,
        source: 'x',
        subject: null,
        time: new Date().toISOString(),
        data: { workOrderId: 'nope' },
        traceparent: null,
        tracestate: null,
      }),
    ]);
    await bus.publish([
      toBusMessage(topic, after, {
        id: randomUUID(),
        type: WorkOrderCompletedV1.type,
        source: 'x',
        subject: after,
        time: new Date().toISOString(),
        data: completed(after),
        traceparent: null,
        tracestate: null,
      }),
    ]);
    await eventually(async () => ((await appliedCount(after)) === 1 ? true : undefined), 30_000, 'the good message after the bad ones');
    const parked = await eventually(async () => (deadLetters.length >= 2 ? deadLetters : undefined), 30_000, 'dead letters');
    const junk = parked.find((m) => m.key === 'junk');
    expect(junk?.headers).toMatchObject({ dlt_original_topic: topic, dlt_consumer_group: 'test.counter' });
    expect(junk?.headers.dlt_error).toContain('missing header ce_specversion');
    expect(parked.find((m) => m.key === 'bad')?.headers.dlt_error).toContain(`data does not match ${WorkOrderCompletedV1.type}`);
  });

  it('retries a failing handler, rolls back each attempt, and parks the event after the last one', async () => {
    const flaky = randomUUID();
    handler.failuresLeft = 1;
    await bus.publish([
      toBusMessage(topic, flaky, {
        id: randomUUID(),
        type: WorkOrderCompletedV1.type,
        source: 'x',
        subject: flaky,
        time: new Date().toISOString(),
        data: completed(flaky),
        traceparent: null,
        tracestate: null,
      }),
    ]);
    await eventually(async () => ((await appliedCount(flaky)) === 1 ? true : undefined), 30_000, 'applied on the second attempt');

    const broken = randomUUID();
    handler.failuresLeft = 3;
    const attemptsBefore = handler.attempts;
    await bus.publish([
      toBusMessage(topic, broken, {
        id: randomUUID(),
        type: WorkOrderCompletedV1.type,
        source: 'x',
        subject: broken,
        time: new Date().toISOString(),
        data: completed(broken),
        traceparent: null,
        tracestate: null,
      }),
    ]);
    const parked = await eventually(async () => deadLetters.find((m) => m.key === broken), 30_000, 'parked after three attempts');
    expect(parked.headers.dlt_error).toContain('handler bug');
    expect(handler.attempts - attemptsBefore).toBe(3);
    expect(await appliedCount(broken)).toBe(0);
    expect(await dataSource.query('SELECT 1 FROM inbox_event WHERE event_id = $1', [parked.headers.ce_id])).toHaveLength(0);
  });

  it('creates full-state topics log-compacted, and switches existing ones to it', async () => {
    const admin = new Kafka({ clientId: 'events-test-admin', brokers: [kafka.brokers], logLevel: 0 }).admin();
    await admin.connect();
    try {
      const policy = async (topic: string) => {
        const { resources } = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }] });
        return resources[0].configEntries.find((entry) => entry.configName === 'cleanup.policy')?.configValue;
      };
      // One declared compacted from the start, one created before it was (a directory topic of an older release).
      await bus.ensureTopics(['test.fresh-state.v1', 'test.older-state.v1', 'test.plain.v1']);
      expect(await policy('test.older-state.v1')).toBe('delete');
      await bus.ensureTopics(['test.fresh-state.v2', 'test.older-state.v1', 'test.plain.v1'], new Set(['test.fresh-state.v2', 'test.older-state.v1']));
      expect([await policy('test.fresh-state.v2'), await policy('test.older-state.v1'), await policy('test.plain.v1')]).toEqual([
        'compact',
        'compact',
        'delete',
      ]);
    } finally {
      await admin.disconnect();
    }
  });

  describe('a batch of one partition', () => {
    let offset = 1000;
    const received = (workOrderId: string, event = eventAbout(workOrderId)): ReceivedMessage => ({
      ...toBusMessage(topic, workOrderId, event),
      partition: 1,
      offset: String(offset++),
    });
    const appliedInOrder = async (ids: string[]) =>
      (await dataSource.query('SELECT work_order_id FROM applied_effect WHERE work_order_id = ANY($1) ORDER BY seq', [ids])).map(
        (row: { work_order_id: string }) => row.work_order_id,
      );
    /** Inbox rows carry their transaction's start time (now()): how many transactions applied these events. */
    const transactions = async (messages: ReceivedMessage[]) =>
      (
        await dataSource.query('SELECT count(DISTINCT processed_at)::int AS n FROM inbox_event WHERE event_id = ANY($1)', [
          messages.map((m) => m.headers.ce_id),
        ])
      )[0].n;

    it('applies it in order in one transaction, a copy in the same batch once, and parks poison without holding the rest', async () => {
      const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
      const first = received(a);
      const junk = { ...received(randomUUID()), value: 'not a cloud event', headers: {} };
      const batch = [first, received(b), { ...first, offset: String(offset++) }, junk, received(c)];
      expect(await consumer.processBatch(batch)).toEqual(['applied', 'applied', 'duplicate', 'dead-lettered', 'applied']);
      expect(await appliedInOrder([a, b, c])).toEqual([a, b, c]);
      expect(await transactions(batch.filter((m) => m !== junk))).toBe(1);
    });

    it('goes one event at a time when an event fails the batch: all applied once, each in its own transaction', async () => {
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const batch = ids.map((id) => received(id));
      handler.failuresLeft = 1;
      expect(await consumer.processBatch(batch)).toEqual(['applied', 'applied', 'applied']);
      expect(await appliedInOrder(ids)).toEqual(ids);
      expect(await transactions(batch)).toBe(3);
    });
  });
});
