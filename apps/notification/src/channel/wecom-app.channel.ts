import { DEFAULT_TIMEOUT_MS, exchange, outcomeOfStatus } from './http-exchange';
import {
  DeliveryOutcome,
  OutboundChannel,
  OutboundMessage,
  Recipient,
  delivered,
  detailsLabel,
  escapeHtml,
  permanent,
  retryable,
  severityLabel,
  truncateUtf8,
} from './outbound-channel';
import { WecomAccessToken } from './wecom-access-token';
import { TOKEN_ERRCODES, WecomReply, outcomeOfErrcode, wecomReply } from './wecom-errcode';

export const WECOM_BASE_URL = 'https://qyapi.weixin.qq.com';

export interface WecomAppSettings {
  /** The API's origin; a private deployment or a test server in place of qyapi.weixin.qq.com. */
  baseUrl?: string;
  corpId: string;
  corpSecret: string;
  agentId: number;
  /** textcard (title, text and a 详情 button; the default) or text (a link in the text). */
  messageType?: 'textcard' | 'text';
  timeoutMs?: number;
}

// WeCom's limits, in UTF-8 bytes: textcard title 128, description 512; text content 2048.
const CARD_TITLE_BYTES = 128;
const CARD_DESCRIPTION_BYTES = 512;
const TEXT_CONTENT_BYTES = 2048;
// WeCom drops a repeat of the same request body within this many seconds, so a retry after a lost answer (the timeout
// struck after WeCom had already sent) does not notify the person twice.
const DUPLICATE_CHECK_SECONDS = 1800;

/** WeCom application message (应用消息) to one person by userid, from the agent (应用) the settings name. */
export class WecomAppChannel implements OutboundChannel {
  readonly kind = 'WECOM_APP';
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly accessToken: WecomAccessToken;

  constructor(
    private readonly settings: WecomAppSettings,
    now: () => number = Date.now,
  ) {
    this.baseUrl = settings.baseUrl ?? WECOM_BASE_URL;
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.accessToken = new WecomAccessToken(
      { baseUrl: this.baseUrl, corpId: settings.corpId, corpSecret: settings.corpSecret, timeoutMs: this.timeoutMs },
      now,
    );
  }

  async send(message: OutboundMessage, recipient: Recipient): Promise<DeliveryOutcome> {
    const userId = recipient.wecomUserId;
    if (!userId) return permanent(`no WeCom userid for person ${recipient.personId}`);
    const body = JSON.stringify(this.request(message, userId));
    const first = await this.post(body, userId);
    if (!('tokenRefused' in first)) return first.outcome;
    // A token WeCom no longer accepts (revoked early, or the clock ran ahead): one fresh token, one more try.
    this.accessToken.invalidate(first.tokenRefused);
    const second = await this.post(body, userId);
    // A token fresh from gettoken refused is WeCom's inconsistency, not the message's fault: later may work.
    return 'tokenRefused' in second ? retryable(`WeCom refused a fresh access_token: ${second.error}`) : second.outcome;
  }

  private async post(body: string, userId: string): Promise<{ outcome: DeliveryOutcome } | { tokenRefused: string; error: string }> {
    const token = await this.accessToken.get();
    if ('failure' in token) return { outcome: token.failure };
    const url = new URL('/cgi-bin/message/send', this.baseUrl);
    url.searchParams.set('access_token', token.token);
    const result = await exchange({
      method: 'POST',
      url: url.toString(),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body,
      timeoutMs: this.timeoutMs,
    });
    if ('failure' in result) return { outcome: result.failure };
    const failed = outcomeOfStatus(result.reply, result.reply.text);
    if (failed) return { outcome: failed };
    const reply = wecomReply(result.reply.text);
    if (!reply) return { outcome: retryable(`WeCom answered without an errcode: ${result.reply.text}`) };
    if (TOKEN_ERRCODES.has(reply.errcode)) return { tokenRefused: token.token, error: `errcode ${reply.errcode}: ${reply.errmsg}` };
    if (reply.errcode !== 0) return { outcome: outcomeOfErrcode(reply) };
    return { outcome: outcomeOfAccepted(reply, userId) };
  }

  private request(message: OutboundMessage, userId: string): Record<string, unknown> {
    const common = { touser: userId, agentid: this.settings.agentId, enable_duplicate_check: 1, duplicate_check_interval: DUPLICATE_CHECK_SECONDS };
    const label = severityLabel(message);
    if ((this.settings.messageType ?? 'textcard') === 'text') {
      const link = `\n<a href="${escapeHtml(message.link)}">${detailsLabel(message.language)}</a>`;
      const heading = `【${label}】${message.title}\n`;
      const room = TEXT_CONTENT_BYTES - Buffer.byteLength(heading + link, 'utf8');
      return { ...common, msgtype: 'text', text: { content: heading + truncateUtf8(message.body, room) + link } };
    }
    // Card descriptions take WeCom's few div classes: highlight is red, gray is grey.
    const labelDiv = `<div class="${message.severity === 'INFO' ? 'gray' : 'highlight'}">${label}</div>`;
    const bodyRoom = CARD_DESCRIPTION_BYTES - Buffer.byteLength(`${labelDiv}<div class="normal"></div>`, 'utf8');
    return {
      ...common,
      msgtype: 'textcard',
      textcard: {
        title: truncateUtf8(message.title, CARD_TITLE_BYTES),
        description: `${labelDiv}<div class="normal">${escapeHtml(truncateUtf8(message.body, bodyRoom - escapeOverhead(message.body)))}</div>`,
        url: message.link,
        btntxt: message.language === 'zh-CN' ? '详情' : 'More',
      },
    };
  }
}

/**
 * errcode 0 with the person listed in `invaliduser` ("a|b", or an array in newer replies) means WeCom sent nothing to
 * them: not in the corp, not in the application's visible range, or deactivated.
 */
function outcomeOfAccepted(reply: WecomReply, userId: string): DeliveryOutcome {
  const invalid = reply.body.invaliduser;
  const invalidUsers = typeof invalid === 'string' ? invalid.split('|') : Array.isArray(invalid) ? invalid : [];
  if (invalidUsers.includes(userId)) return permanent(`WeCom lists ${userId} as invalid user (not in the application's visible range?): ${reply.errmsg}`);
  return delivered(typeof reply.body.msgid === 'string' ? reply.body.msgid : null);
}

// The bytes escaping adds, reserved before cutting so the escaped text still fits.
const escapeOverhead = (text: string) => Buffer.byteLength(escapeHtml(text), 'utf8') - Buffer.byteLength(text, 'utf8');
