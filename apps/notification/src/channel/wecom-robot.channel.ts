import { DEFAULT_TIMEOUT_MS, exchange, outcomeOfStatus } from './http-exchange';
import {
  DeliveryOutcome,
  OutboundChannel,
  OutboundMessage,
  Recipient,
  delivered,
  detailsLabel,
  retryable,
  severityLabel,
  truncateUtf8,
} from './outbound-channel';
import { outcomeOfErrcode, wecomReply } from './wecom-errcode';

export interface WecomRobotSettings {
  /** The group robot's address, `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`; the key is the secret. */
  webhookUrl: string;
  timeoutMs?: number;
}

// WeCom cuts markdown content at 4096 bytes of UTF-8.
const MAX_CONTENT_BYTES = 4096;
// The markdown colours WeCom supports: info (green), comment (grey), warning (orange-red).
const COLOURS = { INFO: 'info', WARNING: 'warning', URGENT: 'warning' } as const;

/**
 * A WeCom group robot (群机器人): posts a markdown message to the group whose webhook it is, mentioning the person by
 * WeCom userid when the directory knows it. The group is the audience: everyone in it sees the post.
 */
export class WecomRobotChannel implements OutboundChannel {
  readonly kind = 'WECOM_ROBOT';
  private readonly timeoutMs: number;

  constructor(private readonly settings: WecomRobotSettings) {
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async send(message: OutboundMessage, recipient: Recipient): Promise<DeliveryOutcome> {
    const result = await exchange({
      method: 'POST',
      url: this.settings.webhookUrl,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content: robotMarkdown(message, recipient) } }),
      timeoutMs: this.timeoutMs,
    });
    if ('failure' in result) return result.failure;
    const failed = outcomeOfStatus(result.reply, result.reply.text);
    if (failed) return failed;
    const reply = wecomReply(result.reply.text);
    if (!reply) return retryable(`WeCom answered without an errcode: ${result.reply.text}`);
    // The robot API returns no message id.
    return reply.errcode === 0 ? delivered(null) : outcomeOfErrcode(reply);
  }
}

function robotMarkdown(message: OutboundMessage, recipient: Recipient): string {
  const heading = `**<font color="${COLOURS[message.severity]}">【${severityLabel(message)}】</font>${message.title}**`;
  const footer = `[${detailsLabel(message.language)}](${message.link})${recipient.wecomUserId ? `\n<@${recipient.wecomUserId}>` : ''}`;
  const room = MAX_CONTENT_BYTES - Buffer.byteLength(heading + footer, 'utf8') - '\n\n\n'.length;
  return `${heading}\n${truncateUtf8(message.body, room)}\n\n${footer}`;
}
