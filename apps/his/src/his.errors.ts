import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The his service's error codes, with their zh-CN and en messages; placeholders in braces are filled from
 * the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 * HL7 senders get HL7 acknowledgements instead (hl7/hl7-ack.ts), with these texts where a message is refused; FHIR
 * callers an OperationOutcome (fhir/operation-outcome.ts) in the language they ask for.
 */
export const HIS_ERRORS = defineServiceErrors('his', {
  HL7_UNREADABLE: { 'zh-CN': 'HL7 消息无法解析：{detail}', en: 'The HL7 message cannot be read: {detail}' },
  HL7_CHARSET_UNSUPPORTED: { 'zh-CN': '不支持的字符集（MSH-18）：{charset}', en: 'Unsupported character set (MSH-18): {charset}' },
  HL7_FIELD_INVALID: { 'zh-CN': '{field} 有误：{detail}', en: '{field} is invalid: {detail}' },
  HL7_STORE_UNAVAILABLE: { 'zh-CN': '接口暂不可用，请稍后重发', en: 'The feed cannot store messages right now; resend later' },
  HL7_PLACE_UNKNOWN: {
    'zh-CN': '组织架构中没有 HIS 编码为 {code} 的位置（{field}），请在位置上填写 HIS 编码后重试',
    en: 'No location in the directory has HIS code {code} ({field}); set it on the location, then retry',
  },
  HL7_PLACE_AMBIGUOUS: {
    'zh-CN': '多个病区的 HIS 编码都是 {code}（{field}），请在组织架构中修正后重试',
    en: 'Several wards have HIS code {code} ({field}); correct the directory, then retry',
  },
  FHIR_INVALID: { 'zh-CN': '不符合 FHIR R4：{detail}', en: 'Not valid FHIR R4: {detail}' },
  FHIR_ELEMENT_INVALID: { 'zh-CN': '{element} 有误：{detail}', en: '{element} is invalid: {detail}' },
  FHIR_NOT_SUPPORTED: { 'zh-CN': '本接口不支持：{detail}', en: 'Not supported here: {detail}' },
  HIS_MESSAGE_NOT_RETRYABLE: { 'zh-CN': '只有待复核的消息可以重试', en: 'Only messages waiting for review can be retried' },
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
