import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The his service's error codes, with their zh-CN and en messages; placeholders in braces are filled from
 * the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 * HL7 senders get HL7 acknowledgements instead (hl7/hl7-ack.ts), with these texts where a message is refused.
 */
export const HIS_ERRORS = defineServiceErrors('his', {
  HL7_UNREADABLE: { 'zh-CN': 'HL7 消息无法解析：{detail}', en: 'The HL7 message cannot be read: {detail}' },
  HL7_CHARSET_UNSUPPORTED: { 'zh-CN': '不支持的字符集（MSH-18）：{charset}', en: 'Unsupported character set (MSH-18): {charset}' },
  HL7_FIELD_INVALID: { 'zh-CN': '{field} 有误：{detail}', en: '{field} is invalid: {detail}' },
  HL7_STORE_UNAVAILABLE: { 'zh-CN': '接口暂不可用，请稍后重发', en: 'The feed cannot store messages right now; resend later' },
});

/** The his service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const HIS_ENTITIES = defineServiceEntities('his', {
  HisMessage: '接口消息',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof HIS_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof HIS_ENTITIES, true> {}
}
