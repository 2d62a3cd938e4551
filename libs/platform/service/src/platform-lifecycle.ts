import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { COMPACTED_TOPICS, deadLetterTopic, producedTopicsOf } from '@houqin/contracts';
import { EventConsumer, KafkaBus, OutboxRelay } from '@houqin/platform-events';
import { JobScheduler } from '@houqin/platform-scheduler';
import { JsonLogger } from '@houqin/platform-telemetry';
import { DataSource } from 'typeorm';
import { ServiceConfig } from './service-config';
import { SERVICE_CONFIG, SERVICE_DEFINITION, ServiceDefinition } from './service-definition';
import { discoverRegistrations } from './service-registrations';

/** Starts the outbox relay and the consumers once the app is up; stops them in order on shutdown. */
@Injectable()
export class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly bus: KafkaBus,
    private readonly relay: OutboxRelay,
    private readonly logger: JsonLogger,
  ) {}

  /** True once topics exist and every consumer has joined its group; readiness reports it. */
  eventsReady = false;
  private stopping = false;
  private starting?: Promise<void>;
  private scheduler?: JobScheduler;

  private registrations?: ReturnType<typeof discoverRegistrations>;

  onApplicationBootstrap(): void {
    this.registrations = discoverRegistrations(this.discovery, this.definition.name);
    // The relay retries on its own; topics and consumers are retried here. The service starts (and serves
    // reads and writes into the outbox) even while Kafka is down.
    this.relay.start();
    this.starting = this.startEvents();
    this.startJobs();
  }

  /** Jobs run whether or not Kafka is up: what they announce waits in the outbox. */
  private startJobs(): void {
    const jobs = this.registrations?.jobs ?? [];
    if (!jobs.length || !this.config.scheduledJobs) return;
    this.scheduler = new JobScheduler(
      this.dataSource,
      jobs,
      { warn: (m, e) => this.logger.event('warn', m, e), error: (m, e) => this.logger.event('error', m, e) },
      () => this.relay.wake(),
      this.config.scheduledJobIntervalMs,
    );
    this.scheduler.start();
    this.logger.log(`scheduled jobs: ${jobs.map((j) => j.name).join(', ')}`, 'PlatformLifecycle');
  }

  private async startEvents(): Promise<void> {
    const produced = producedTopicsOf(this.definition.name);
    const groups = this.registrations?.consumerGroups ?? [];
    const busLogger = {
      warn: (m: string, e?: Record<string, unknown>) => this.logger.event('warn', m, e),
      error: (m: string, e?: Record<string, unknown>) => this.logger.event('error', m, e),
    };
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await this.bus.ensureTopics([...produced, ...produced.map(deadLetterTopic)], COMPACTED_TOPICS);
        for (const group of groups.slice(this.consumers.length)) {
          const handlers = group.handlers.map((h) => h.handler);
          const consumer = new EventConsumer(this.dataSource, this.bus, busLogger, {
            groupId: group.groupId,
            handlers,
            afterCommit: () => this.relay.wake(),
            maxBatch: this.config.eventBatchSize,
          });
          await consumer.start();
          this.consumers.push(consumer);
          this.logger.log(`consumer ${group.groupId} subscribed to ${consumer.topics.join(', ')}`, 'PlatformLifecycle');
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
    await this.scheduler?.stop();
    await Promise.allSettled(this.consumers.map((c) => c.stop()));
    await this.relay.stop();
    await this.bus.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
