import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The org service's own error codes, with their zh-CN and en messages. The directory answers only with the
 * platform's (NOT_FOUND, DUPLICATE, REFERENCE_MISMATCH, ...) so far.
 */
export const ORG_ERRORS = defineServiceErrors('org', {});

/** The org service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const ORG_ENTITIES = defineServiceEntities('org', {
  HospitalGroup: '医院集团',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof ORG_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof ORG_ENTITIES, true> {}
}
