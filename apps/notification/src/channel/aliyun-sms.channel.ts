import { randomUUID } from 'node:crypto';
import { canonicalQuery, percentEncode, rpcSignature } from './aliyun-rpc-signature';
import { DEFAULT_TIMEOUT_MS, exchange, jsonObject } from './http-exchange';
import { DeliveryOutcome, Language, OutboundChannel, OutboundMessage, Recipient, delivered, permanent, retryable, severityLabel } from './outbound-channel';

export const ALIYUN_SMS_ENDPOINT = 'https://dysmsapi.aliyuncs.com/';

export interface AliyunSmsSettings {
  /** The SendSms endpoint; the default is Alibaba Cloud's public one. */
  endpoint?: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (短信签名) shown as 【…】 before the text. */
  signName: string;
  /** The approved notification template (短信模板), with the variables ${severity} and ${title}. */
  templateCode: string;
  /** The English template, when there is one; English messages use the Chinese one otherwise. */
  templateCodeEn?: string;
  regionId?: string;
  timeoutMs?: number;
}

// Alibaba Cloud caps a template variable at 35 characters.
const MAX_VARIABLE_LENGTH = 35;
// Mainland mobile numbers: 11 digits from 13x to 19x; +86 or 86 in front is accepted and dropped.
const MAINLAND_MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/;
/**
 * Codes of SendSms that pass with time: the per-number flow control (isv.BUSINESS_LIMIT_CONTROL, e.g. one template to
 * one number at most so often), the API's own throttling and its system errors. The other codes (unknown number,
 * unapproved signature or template, missing variables, no balance, no permission) stay until someone acts.
 */
const PASSING_CODES = /^(isv\.BUSINESS_LIMIT_CONTROL|isp\.SYSTEM_ERROR|Throttling(\..*)?|ServiceUnavailable|InternalError)$/;

/**
 * SMS through Alibaba Cloud SMS (dysmsapi 2017-05-25, SendSms), signed with the RPC signature and sent as a POST form.
 * Carriers only deliver approved templates: the message travels as template variables, its severity and title.
 */
export class AliyunSmsChannel implements OutboundChannel {
  readonly kind = 'SMS';
  private readonly endpoint: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly settings: AliyunSmsSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.endpoint = settings.endpoint ?? ALIYUN_SMS_ENDPOINT;
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(message: OutboundMessage, recipient: Recipient): Promise<DeliveryOutcome> {
    const mobile = MAINLAND_MOBILE.exec(recipient.mobile?.replace(/[\s-]/g, '') ?? '')?.[1];
    if (!mobile) return permanent(`no valid mainland mobile number for person ${recipient.personId}`);
    const params = this.signedParams(mobile, message);
    const result = await exchange({
      method: 'POST',
      url: this.endpoint,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: `${canonicalQuery(params)}&Signature=${percentEncode(params.Signature)}`,
      timeoutMs: this.timeoutMs,
    });
    if ('failure' in result) return result.failure;
    const { status, text } = result.reply;
    const reply = jsonObject(text);
    const code = typeof reply?.Code === 'string' ? reply.Code : null;
    if (status === 200 && code === 'OK') return delivered(typeof reply?.BizId === 'string' ? reply.BizId : null);
    const error = code ? `HTTP ${status} ${code}: ${String(reply?.Message ?? '')}` : `HTTP ${status}: ${text}`;
    if (code !== null && PASSING_CODES.test(code)) return retryable(error);
    if (status >= 500 || status === 408 || status === 429) return retryable(error);
    // A 200 that is not the gateway's JSON came from something in between (a proxy's page): worth another try.
    if (status === 200 && code === null) return retryable(error);
    // Business refusals come as 200 with their code; the gateway answers 4xx for requests it will never take (a bad
    // signature, an unknown key, a missing parameter).
    return permanent(error);
  }

  private signedParams(mobile: string, message: OutboundMessage): Record<string, string> {
    const params: Record<string, string> = {
      AccessKeyId: this.settings.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      PhoneNumbers: mobile,
      RegionId: this.settings.regionId ?? 'cn-hangzhou',
      SignName: this.settings.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      TemplateCode: this.templateCode(message.language),
      TemplateParam: JSON.stringify({ severity: severityLabel(message), title: templateVariable(message.title) }),
      // ISO 8601 in UTC to the second: the gateway refuses milliseconds.
      Timestamp: this.now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    return { ...params, Signature: rpcSignature('POST', params, this.settings.accessKeySecret) };
  }

  private templateCode(language: Language): string {
    return language === 'en' && this.settings.templateCodeEn ? this.settings.templateCodeEn : this.settings.templateCode;
  }
}

function templateVariable(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_VARIABLE_LENGTH ? text : `${chars.slice(0, MAX_VARIABLE_LENGTH - 1).join('')}…`;
}
