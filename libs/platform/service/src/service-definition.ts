import type { ErrorTable } from '@houqin/platform-errors';

/**
 * What a service tells the platform about itself; everything else (database, Kafka, auth, health) is shared, and
 * the rest is found rather than listed: the topics it publishes are those of the contracts it is the producer of
 * (libs/contracts/src/<name>), its consumers the providers marked `@ConsumerGroup`, its jobs those marked `@Scheduled`.
 */
export interface ServiceDefinition {
  /** `org`, `maintenance`, ...: database, topics, consumer groups and logs are named after it. */
  name: string;
  /** From `apps/<name>/service.json`, which local mode and the tests read too. */
  defaultPort: number;
  /** The service's own error codes (`apps/<name>/src/<name>.errors.ts`); importing it puts them in the catalogue. */
  errors: ErrorTable;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
