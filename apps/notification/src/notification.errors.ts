import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The notification service's error codes, with their zh-CN and en messages; placeholders in braces are filled from
 * the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 */
export const NOTIFICATION_ERRORS = defineServiceErrors('notification', {
  INBOX_NAME_TAKEN: { 'zh-CN': '本院区已有名为“{name}”的站内通知', en: 'This campus already has a inbox named "{name}"' },
});

/** The notification service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const NOTIFICATION_ENTITIES = defineServiceEntities('notification', {
  Inbox: '站内通知',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof NOTIFICATION_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof NOTIFICATION_ENTITIES, true> {}
}
