import { readSettings } from '@houqin/platform-service';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AliyunSmsChannel, AliyunSmsSettings } from './aliyun-sms.channel';
import { DEFAULT_TIMEOUT_MS } from './http-exchange';
import { ChannelKind, OutboundChannel } from './outbound-channel';
import { QuietHours } from './quiet-hours';
import { DEFAULT_RETRY, RetrySettings } from './retry-policy';
import { SmtpEmailChannel, SmtpEmailSettings } from './smtp-email.channel';
import { WecomAppChannel, WecomAppSettings } from './wecom-app.channel';
import { WecomRobotChannel, WecomRobotSettings } from './wecom-robot.channel';

const SERVICE = 'notification';
const timeout = z.coerce.number().int().positive().default(DEFAULT_TIMEOUT_MS);
const flag = (fallback: 'true' | 'false') => z.enum(['true', 'false']).default(fallback);
const httpUrl = z.url({ protocol: /^https?$/ });

const robotSchema = z.object({ WECOM_ROBOT_WEBHOOK_URL: httpUrl, WECOM_ROBOT_TIMEOUT_MS: timeout });
const appSchema = z.object({
  WECOM_BASE_URL: httpUrl.optional(),
  WECOM_CORP_ID: z.string(),
  WECOM_APP_SECRET: z.string(),
  WECOM_APP_AGENT_ID: z.coerce.number().int().positive(),
  WECOM_APP_MESSAGE_TYPE: z.enum(['textcard', 'text']).default('textcard'),
  WECOM_TIMEOUT_MS: timeout,
});
const smsSchema = z.object({
  SMS_ALIYUN_ENDPOINT: httpUrl.optional(),
  SMS_ALIYUN_ACCESS_KEY_ID: z.string(),
  SMS_ALIYUN_ACCESS_KEY_SECRET: z.string(),
  SMS_ALIYUN_SIGN_NAME: z.string(),
  SMS_ALIYUN_TEMPLATE_CODE: z.string(),
  SMS_ALIYUN_TEMPLATE_CODE_EN: z.string().optional(),
  SMS_ALIYUN_REGION_ID: z.string().default('cn-hangzhou'),
  SMS_TIMEOUT_MS: timeout,
});
const smtpSchema = z.object({
  SMTP_HOST: z.string(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: flag('false'),
  SMTP_REQUIRE_TLS: flag('true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string(),
  SMTP_TLS_CA_FILE: z.string().optional(),
  SMTP_TIMEOUT_MS: timeout,
});
const policySchema = z.object({
  NOTIFY_QUIET_HOURS: z.string().default('22:00-07:00'),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().positive().default(DEFAULT_RETRY.maxAttempts),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().positive().default(DEFAULT_RETRY.baseDelayMs),
  NOTIFY_RETRY_MAX_MS: z.coerce.number().int().positive().default(DEFAULT_RETRY.maxDelayMs),
});

/** Each channel's settings, null where the deployment does not use it. */
export interface ChannelSettings {
  wecomRobot: WecomRobotSettings | null;
  wecomApp: WecomAppSettings | null;
  sms: AliyunSmsSettings | null;
  email: SmtpEmailSettings | null;
  quietHours: QuietHours;
  retry: RetrySettings;
}

/**
 * The outbound channels' settings from the environment (secrets come only from there). A channel is on when its first
 * variable is set (WECOM_ROBOT_WEBHOOK_URL, WECOM_CORP_ID, SMS_ALIYUN_ACCESS_KEY_ID, SMTP_HOST); its other required
 * variables missing then stop the service at start-up with their names, instead of at the first alert.
 */
export function channelSettings(env: NodeJS.ProcessEnv = process.env): ChannelSettings {
  // Deployment templates render unset values as empty strings: those count as unset.
  const set = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
  const policy = readSettings(SERVICE, policySchema, set);
  return {
    wecomRobot: set.WECOM_ROBOT_WEBHOOK_URL ? robotSettings(readSettings(SERVICE, robotSchema, set)) : null,
    wecomApp: set.WECOM_CORP_ID ? appSettings(readSettings(SERVICE, appSchema, set)) : null,
    sms: set.SMS_ALIYUN_ACCESS_KEY_ID ? smsSettings(readSettings(SERVICE, smsSchema, set)) : null,
    email: set.SMTP_HOST ? emailSettings(readSettings(SERVICE, smtpSchema, set)) : null,
    quietHours: QuietHours.parse(policy.NOTIFY_QUIET_HOURS),
    retry: { maxAttempts: policy.NOTIFY_MAX_ATTEMPTS, baseDelayMs: policy.NOTIFY_RETRY_BASE_MS, maxDelayMs: policy.NOTIFY_RETRY_MAX_MS },
  };
}

/** One channel object per configured kind, for the delivery worker to pick by the planned delivery's channel. */
export function outboundChannels(settings: ChannelSettings): Map<ChannelKind, OutboundChannel> {
  const channels: OutboundChannel[] = [];
  if (settings.wecomRobot) channels.push(new WecomRobotChannel(settings.wecomRobot));
  if (settings.wecomApp) channels.push(new WecomAppChannel(settings.wecomApp));
  if (settings.sms) channels.push(new AliyunSmsChannel(settings.sms));
  if (settings.email) channels.push(new SmtpEmailChannel(settings.email));
  return new Map(channels.map((channel) => [channel.kind, channel]));
}

const robotSettings = (s: z.infer<typeof robotSchema>): WecomRobotSettings => ({ webhookUrl: s.WECOM_ROBOT_WEBHOOK_URL, timeoutMs: s.WECOM_ROBOT_TIMEOUT_MS });

const appSettings = (s: z.infer<typeof appSchema>): WecomAppSettings => ({
  baseUrl: s.WECOM_BASE_URL,
  corpId: s.WECOM_CORP_ID,
  corpSecret: s.WECOM_APP_SECRET,
  agentId: s.WECOM_APP_AGENT_ID,
  messageType: s.WECOM_APP_MESSAGE_TYPE,
  timeoutMs: s.WECOM_TIMEOUT_MS,
});

const smsSettings = (s: z.infer<typeof smsSchema>): AliyunSmsSettings => ({
  endpoint: s.SMS_ALIYUN_ENDPOINT,
  accessKeyId: s.SMS_ALIYUN_ACCESS_KEY_ID,
  accessKeySecret: s.SMS_ALIYUN_ACCESS_KEY_SECRET,
  signName: s.SMS_ALIYUN_SIGN_NAME,
  templateCode: s.SMS_ALIYUN_TEMPLATE_CODE,
  templateCodeEn: s.SMS_ALIYUN_TEMPLATE_CODE_EN,
  regionId: s.SMS_ALIYUN_REGION_ID,
  timeoutMs: s.SMS_TIMEOUT_MS,
});

const emailSettings = (s: z.infer<typeof smtpSchema>): SmtpEmailSettings => ({
  host: s.SMTP_HOST,
  port: s.SMTP_PORT,
  secure: s.SMTP_SECURE === 'true',
  requireTls: s.SMTP_REQUIRE_TLS === 'true',
  user: s.SMTP_USER,
  password: s.SMTP_PASSWORD,
  from: s.SMTP_FROM,
  tlsCa: s.SMTP_TLS_CA_FILE ? readCaFile(s.SMTP_TLS_CA_FILE) : undefined,
  timeoutMs: s.SMTP_TIMEOUT_MS,
});

function readCaFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${SERVICE}: SMTP_TLS_CA_FILE: cannot read ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
}
