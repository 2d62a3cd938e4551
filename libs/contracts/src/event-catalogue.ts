import { z } from 'zod';
import { EventContract } from './event-contract';
import * as exported from './services';

/** Whether a value is a contract made by `defineEvent` (the catalogue is built from what the folders export). */
export function isEventContract(value: unknown): value is EventContract {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<EventContract>;
  return (
    typeof candidate.type === 'string' && typeof candidate.topic === 'string' && typeof candidate.producer === 'string' && candidate.schema instanceof z.ZodType
  );
}

/**
 * Every published contract: whatever the services' contract folders export, by topic and type. docs/events.md is
 * generated from it; the static checks compare it with the contracts defined in the folders' files.
 */
export const EVENT_CATALOGUE: readonly EventContract[] = (Object.values(exported) as unknown[])
  .filter(isEventContract)
  .sort((a, b) => a.topic.localeCompare(b.topic) || a.type.localeCompare(b.type));

export function topicsOf(contracts: readonly EventContract[]): string[] {
  return [...new Set(contracts.map((c) => c.topic))].sort();
}

/** Topics a service publishes to: those of the contracts it is the producer of. */
export const producedTopicsOf = (service: string): string[] => topicsOf(EVENT_CATALOGUE.filter((c) => c.producer === service));

/** Topics kept log-compacted (full-state events keyed by id): created so, and switched to it if they exist. */
export const COMPACTED_TOPICS: ReadonlySet<string> = new Set(EVENT_CATALOGUE.filter((c) => c.compacted).map((c) => c.topic));
