import { EventContract } from '@houqin/contracts';
import { uuidv7 } from '@houqin/platform-database';
import { toBusMessage } from '@houqin/platform-events';
import { testBus } from './faults';
import type { TestPlatform } from './test-platform';

export interface PublishedEvent {
  contract: EventContract;
  key: string;
  data: unknown;
  /** The CloudEvent id; fixed to publish the same event twice (a redelivery), fresh by default. */
  id?: string;
}

/**
 * Publishes events to the test's real Kafka as their producing service would (validated against their
 * contracts), for subgraph tests that run without that service.
 */
export async function publishEvents(platform: TestPlatform, source: string, events: readonly PublishedEvent[], time = new Date().toISOString()): Promise<void> {
  const bus = testBus(platform, `houqin-test-${source}`);
  try {
    await bus.ensureTopics([...new Set(events.map((e) => e.contract.topic))]);
    await bus.publish(
      events.map((e) =>
        toBusMessage(e.contract.topic, e.key, {
          id: e.id ?? uuidv7(),
          type: e.contract.type,
          source: `houqin/${source}`,
          subject: e.key,
          time,
          data: e.contract.schema.parse(e.data),
          traceparent: null,
          tracestate: null,
        }),
      ),
    );
  } finally {
    await bus.disconnect();
  }
}
