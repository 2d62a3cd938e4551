import { z } from 'zod';

/**
 * One versioned event: its CloudEvents type, the topic it travels on and the schema of its payload.
 * Producer and consumers import the same object, so a payload that does not match is caught on both sides.
 * A breaking change is a new contract with the next version, never an edit of a published one.
 */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  /** `<service>.<aggregate>.<past-tense-verb>.v<N>`, carried as `ce_type`. */
  readonly type: string;
  /** `<service>.<aggregate>.v<N>`; one topic per aggregate, key = aggregate id. */
  readonly topic: string;
  readonly producer: string;
  readonly description: string;
  readonly schema: S;
  /**
   * The payload is the aggregate's full state, keyed by its id: the topic is log-compacted, so it keeps the
   * latest state of every key for ever and a replica started years later still rebuilds from the beginning.
   */
  readonly compacted?: true;
}

export type EventData<C extends EventContract> = z.infer<C['schema']>;

const TYPE_PATTERN = /^[a-z]+(-[a-z]+)*\.[a-z-]+(\.[a-z-]+)+\.v\d+$/;
const TOPIC_PATTERN = /^[a-z]+(-[a-z]+)*\.[a-z-]+\.v\d+$/;

export function defineEvent<S extends z.ZodType>(contract: EventContract<S>): EventContract<S> {
  if (!TYPE_PATTERN.test(contract.type)) throw new Error(`event type ${contract.type} does not follow <service>.<aggregate>.<verb>.v<N>`);
  if (!TOPIC_PATTERN.test(contract.topic)) throw new Error(`topic ${contract.topic} does not follow <service>.<aggregate>.v<N>`);
  return Object.freeze(contract);
}

/** Dead-letter topic of a topic. */
export const deadLetterTopic = (topic: string) => `${topic}.dlt`;

// Building blocks the payloads share.
export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });
export const actorSchema = z.object({ subject: z.string(), staffId: z.string().nullable(), name: z.string() });
