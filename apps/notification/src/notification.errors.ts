import { defineServiceEntities, defineServiceErrors } from '@houqin/platform-errors';

/**
 * The notification service's error codes, with their zh-CN and en messages; placeholders in braces are filled from
 * the error's params. Merged with the platform's into the one catalogue clients see (docs/errors.md).
 */
export const NOTIFICATION_ERRORS = defineServiceErrors('notification', {
  NOTIFICATION_CHANNEL_REPEATED: { 'zh-CN': '通知渠道 {channel} 重复', en: 'The channel {channel} is listed twice' },
  NOTIFICATION_CHANNEL_ADDRESS_MISSING: {
    'zh-CN': '选择了通知渠道 {channel}，但没有填写对应的企业微信账号、手机号或邮箱',
    en: 'The channel {channel} is chosen without its address (WeCom userid, mobile or e-mail)',
  },
  NOTIFICATION_MOBILE_INVALID: { 'zh-CN': '手机号无效（应为 11 位中国大陆手机号）：{value}', en: 'Not a mainland mobile number (11 digits): {value}' },
  NOTIFICATION_EMAIL_INVALID: { 'zh-CN': '邮箱地址无效：{value}', en: 'Not an e-mail address: {value}' },
  NOTIFICATION_QUIET_HOURS_INVALID: {
    'zh-CN': '免打扰时段应为 HH:MM-HH:MM（北京时间），如 22:00-07:00：{value}',
    en: 'Quiet hours must be HH:MM-HH:MM (Beijing time), e.g. 22:00-07:00: {value}',
  },
  NOTIFICATION_DELIVERY_NOT_DEAD: {
    'zh-CN': '只有发送失败（已放弃）的记录才能重发，此记录状态为 {status}',
    en: 'Only a dead delivery can be resent; this one is {status}',
  },
});

/** The notification service's entities, with their Chinese names, as NOT_FOUND and REFERENCE_INACTIVE messages name them. */
export const NOTIFICATION_ENTITIES = defineServiceEntities('notification', {
  Notification: '通知',
  NotificationDelivery: '外发记录',
});

declare module '@houqin/platform-errors' {
  // Declaration merging: the service's codes become members of the platform's ErrorCode type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceErrorCodes extends Record<keyof typeof NOTIFICATION_ERRORS, true> {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ServiceEntityNames extends Record<keyof typeof NOTIFICATION_ENTITIES, true> {}
}
