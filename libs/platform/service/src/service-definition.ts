import { Type } from '@nestjs/common';
import type { EventHandler } from '@houqin/platform-events';
import type { ScheduledJob } from '@houqin/platform-scheduler';

/** What a service tells the platform about itself; everything else (database, Kafka, auth, health) is shared. */
export interface ServiceDefinition {
  /** `org`, `maintenance`, ...: database, topics, consumer groups and logs are named after it. */
  name: string;
  defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Topics the service publishes to; created at start-up if missing. */
  producedTopics: string[];
  consumers: { groupId: string; handlers: Type<EventHandler>[] }[];
  /** Periodic jobs (providers of the service's modules); each runs on one replica at a time. */
  jobs?: Type<ScheduledJob>[];
}

export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
