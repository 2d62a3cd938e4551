import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { deadLetterTopic } from '@houqin/contracts';
import { EventConsumer, EventHandler, KafkaBus, OutboxRelay } from '@houqin/platform-events';
import { JsonLogger } from '@houqin/platform-telemetry';
import { DataSource } from 'typeorm';
import { SERVICE_DEFINITION, ServiceDefinition } from './service-definition';

/** Starts the outbox relay and the consumers once the app is up; stops them in order on shutdown. */
@Injectable()
export class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly moduleRef: ModuleRef,
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
  ) {}

  /** True once topics exist and every consumer has joined its group; readiness reports it. */
  eventsReady = false;
  private stopping = false;
  private starting?: Promise<void>;

  onApplicationBootstrap(): void {
    // The relay retries on its own; topics and consumers are retried here. The service starts (and serves
    // reads and writes into the outbox) even while Kafka is down.
    this.relay.start();
    this.starting = this.startEvents();
  }

  private async startEvents(): Promise<void> {
    const produced = this.definition.producedTopics;
    const busLogger = {
      warn: (m: string, e?: Record<string, unknown>) => this.logger.event('warn', m, e),
      error: (m: string, e?: Record<string, unknown>) => this.logger.event('error', m, e),
    };
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.bus.ensureTopics([...produced, ...produced.map(deadLetterTopic)]);
        for (const spec of this.definition.consumers.slice(this.consumers.length)) {
          const handlers = spec.handlers.map((type) => this.moduleRef.get<EventHandler>(type, { strict: false }));
          const consumer = new EventConsumer(this.dataSource, this.bus, busLogger, { groupId: spec.groupId, handlers, afterCommit: () => this.relay.wake() });
          await consumer.start();
          this.consumers.push(consumer);
          this.logger.log(`consumer ${spec.groupId} subscribed to ${consumer.topics.join(', ')}`, 'PlatformLifecycle');
        }
        this.eventsReady = true;
        return;
      } catch (error) {
        this.logger.event('warn', 'Kafka not ready for topics/consumers; retrying', { error: String(error), attempt });
        await new Promise((r) => setTimeout(r, Math.min(10_000, 500 * attempt)));
      }
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.starting;
    await Promise.allSettled(this.consumers.map((c) => c.stop()));
    await this.relay.stop();
    await this.bus.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
