import { deadLetterTopic } from '@houqin/contracts';
import { BusMessage, KafkaBus, ReceivedMessage, toBusMessage } from '@houqin/platform-events';
import { eventually, SubgraphName } from '@houqin/platform-local-infra';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPlatform } from './test-platform';

/**
 * The faults the end-to-end tests put every service through (tests/e2e/*-faults.e2e-spec.ts): the broker stopped, a
 * consumer killed mid-stream, events sent twice, poison on a topic. Each waits for what it needs with `eventually`,
 * and `settled` tells when counts are final, so no test guesses a time.
 */

/** A Kafka client of the test's own on the platform's broker, quiet (the broker being down is what the tests do). */
export const testBus = (platform: TestPlatform, clientId: string): KafkaBus =>
  new KafkaBus({ clientId, brokers: [platform.kafka.brokers], logger: { warn: () => undefined, error: () => undefined } });

/** Runs `during` with the platform's broker stopped, then starts it again (also when `during` fails: later tests need it). */
export async function kafkaOutage<T>(platform: TestPlatform, during: () => Promise<T>): Promise<T> {
  await platform.kafka.stop();
  try {
    return await during();
  } finally {
    await platform.kafka.restart();
  }
}

/**
 * Runs `during` with the platform's broker frozen (SIGSTOP on its process: connections stay open and nothing answers,
 * as a hung broker or a network black hole looks, unlike a stopped one whose refusals come at once), then thaws it,
 * also when `during` fails.
 */
export async function kafkaFrozen<T>(platform: TestPlatform, during: () => Promise<T>): Promise<T> {
  const pid = platform.kafka.pid;
  if (!pid) throw new Error('kafkaFrozen: the broker is not running');
  process.kill(pid, 'SIGSTOP');
  try {
    return await during();
  } finally {
    process.kill(pid, 'SIGCONT');
  }
}

/**
 * A consumer killed partway through its backlog: `service` is stopped while `backlog` produces its events, started,
 * killed (SIGKILL: no shutdown hooks, transactions cut off) as soon as `progress` shows it has begun, and started
 * again. Returns the progress at the kill.
 */
export async function killMidStream(
  platform: TestPlatform,
  service: SubgraphName,
  steps: { backlog: () => Promise<void>; progress: () => Promise<number> },
): Promise<number> {
  const consumer = platform.process(service);
  await consumer.stop();
  await steps.backlog();
  await consumer.start();
  await eventually(async () => ((await steps.progress()) >= 1 ? true : undefined), 60_000, `${service} under way with its backlog`);
  await consumer.kill();
  const partway = await steps.progress();
  await consumer.start();
  return partway;
}

/**
 * Rows of `service`'s database locked by a transaction of the test's own (`lockingQuery`: a SELECT ... FOR UPDATE), as
 * a long-running transaction would hold them. `waiting()` counts the service's statements stuck behind any lock;
 * `release()` rolls the test's transaction back.
 */
export async function holdRowLocks(
  platform: TestPlatform,
  service: SubgraphName,
  lockingQuery: string,
  params: unknown[],
): Promise<{ waiting(): Promise<number>; release(): Promise<void> }> {
  const client = new Client({ connectionString: platform.databases[service] });
  await client.connect();
  await client.query('BEGIN');
  await client.query(lockingQuery, params);
  return {
    waiting: async () =>
      (
        await platform.query<{ n: number }>(
          service,
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n,
    release: async () => {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

/** `service`'s outbox rows of event `type` not on Kafka yet (about `keys`, when given). */
export async function unsentEvents(platform: TestPlatform, service: SubgraphName, type: string, keys?: readonly string[]): Promise<number> {
  const [{ n }] = await platform.query<{ n: number }>(
    service,
    `SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL AND type = $1 AND ($2::text[] IS NULL OR key = ANY($2))`,
    [type, keys ?? null],
  );
  return n;
}

/**
 * Sends `service`'s events of `type` about `keys` again, with their ids, as its relay does after losing its "sent"
 * marks (a crash between Kafka's ack and the commit), and waits until they are on Kafka. Returns how many.
 */
export async function replayOutbox(platform: TestPlatform, service: SubgraphName, type: string, keys: readonly string[]): Promise<number> {
  const replayed = await platform.query(service, `UPDATE outbox_event SET sent_at = NULL WHERE type = $1 AND key = ANY($2) RETURNING id`, [type, keys]);
  await eventually(async () => ((await unsentEvents(platform, service, type, keys)) === 0 ? true : undefined), 60_000, `${type} replayed`);
  return replayed.length;
}

/**
 * Waits until `producer` has sent its whole outbox and the consumer group `group` has handled everything on `topics`
 * (its committed offsets reach the end of each partition): from then on, what the consumer did is final and can be
 * counted exactly.
 */
export async function settled(
  platform: TestPlatform,
  flow: { producer: SubgraphName; group: string; topics: readonly string[] },
  timeoutMs = 120_000,
): Promise<void> {
  const bus = testBus(platform, 'houqin-test-settled');
  try {
    await eventually(
      async () => {
        const [{ n }] = await platform.query<{ n: number }>(flow.producer, `SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`);
        if (n > 0) return undefined;
        return (await bus.consumerLag(flow.group, [...flow.topics])) === 0 ? true : undefined;
      },
      timeoutMs,
      `${flow.group} caught up with ${flow.producer}`,
    );
  } finally {
    await bus.disconnect();
  }
}

export interface Poison {
  /** Waits until the consumer group has parked it on the dead-letter topic; the copy's headers say why (dlt_error). */
  parkedBy(group: string, timeoutMs?: number): Promise<ReceivedMessage>;
  close(): Promise<void>;
}

/**
 * Publishes a poison message on `topic` and watches the dead-letter topic: without `data`, a message that is no
 * CloudEvent at all (only a type header); with `data`, a well-formed CloudEvent of `type` whose data its contract
 * refuses. `key` puts it on the partition of the events that follow it.
 */
export async function publishPoison(platform: TestPlatform, poison: { topic: string; type: string; key?: string; data?: unknown }): Promise<Poison> {
  const id = randomUUID();
  const key = poison.key ?? `poison-${id}`;
  const message: BusMessage =
    poison.data === undefined
      ? { topic: poison.topic, key, value: JSON.stringify({ not: 'a cloud event', poison: id }), headers: { ce_type: poison.type } }
      : toBusMessage(poison.topic, key, {
          id,
          type: poison.type,
          source: 'houqin/fault-test',
          subject: key,
          time: new Date().toISOString(),
          data: poison.data,
          traceparent: null,
          tracestate: null,
        });
  message.headers.houqin_test_poison = id;
  const bus = testBus(platform, 'houqin-test-poison');
  const parked: ReceivedMessage[] = [];
  await bus.subscribe(`houqin-test.dlt-watch.${id}`, [deadLetterTopic(poison.topic)], async (m) => void parked.push(m));
  await bus.publish([message]);
  return {
    parkedBy: (group, timeoutMs = 60_000) =>
      eventually(
        async () => parked.find((m) => m.headers.houqin_test_poison === id && m.headers.dlt_consumer_group === group),
        timeoutMs,
        `the poison parked by ${group}`,
      ),
    close: () => bus.disconnect(),
  };
}

/**
 * A PostgreSQL server frozen as a hung disk or a stalled failover looks: SIGSTOP on the postmaster and every backend,
 * so connections stay open and nothing answers. Returns the thaw (SIGCONT to the same processes).
 */
export function freezePostgres(dataDir: string): () => void {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const frozen = [postmaster, ...childrenOf(postmaster)];
  for (const pid of frozen) process.kill(pid, 'SIGSTOP');
  return () => {
    for (const pid of frozen) process.kill(pid, 'SIGCONT');
  };
}

/** The processes whose parent is `pid`, read from /proc (Linux). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        // Field 4 of /proc/<pid>/stat is the parent; the command name before it is parenthesised and may hold spaces.
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}
