import { ErrorCode, ErrorParams, localise, LocalisedMessages } from './error-catalogue';

/**
 * An expected failure the caller can act on (bad input, not allowed, wrong state). Domain classes throw it;
 * the GraphQL layer turns it into a typed error and the event consumer parks it on the dead-letter topic.
 */
export class DomainError extends Error {
  readonly messages: LocalisedMessages;

  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    const messages = localise(code, params);
    super(messages.en);
    this.name = 'DomainError';
    this.messages = messages;
  }
}

/** Chinese names of the entities the platform's own errors name (org's directory, which every service replicates, and the few all share). */
const PLATFORM_ENTITY_LABELS_ZH = {
  WorkOrder: '工单',
  Item: '物资',
  Campus: '院区',
  Building: '楼宇',
  Floor: '楼层',
  Location: '位置',
  Department: '科室',
  Team: '班组',
  Staff: '人员',
} as const;

/** Entities services declare (`defineServiceEntities` in apps/<name>/src/<name>.errors.ts) join EntityName by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceEntityNames {}

/** Every entity a NOT_FOUND or REFERENCE_INACTIVE can name: the platform's and those services declare with their Chinese names. */
export type EntityName = keyof typeof PLATFORM_ENTITY_LABELS_ZH | keyof ServiceEntityNames;

const entityLabels = new Map<string, { owner: string; zh: string }>(
  Object.entries(PLATFORM_ENTITY_LABELS_ZH).map(([name, zh]) => [name, { owner: 'platform', zh }]),
);

/** Adds a service's entities (English type name → Chinese name) for its NOT_FOUND and REFERENCE_INACTIVE messages. */
export function defineServiceEntities<const T extends Record<string, string>>(service: string, labels: T): T {
  for (const [name, zh] of Object.entries(labels)) {
    const existing = entityLabels.get(name);
    if (existing && existing.owner !== service) throw new Error(`entity ${name} of ${service} is already declared by ${existing.owner}`);
    entityLabels.set(name, { owner: service, zh });
  }
  return labels;
}

/** The Chinese name of an entity (the English one when no service declared it, so a message never fails). */
export const entityLabelZh = (entity: EntityName): string => entityLabels.get(entity)?.zh ?? entity;

export const notFound = (entity: EntityName, id: string) => new DomainError('NOT_FOUND', { entity, entityZh: entityLabelZh(entity), id });
export const forbidden = () => new DomainError('FORBIDDEN');

/** REFERENCE_MISMATCH with a sentence written in each language (two records that do not belong together). */
export class ReferenceMismatch extends DomainError {
  constructor(zh: string, en: string) {
    super('REFERENCE_MISMATCH', { detailZh: zh, detail: en });
  }
}
export const inactive = (entity: EntityName, name: string) => new DomainError('REFERENCE_INACTIVE', { entity, entityZh: entityLabelZh(entity), name });
