import { Transporter, createTransport } from 'nodemailer';
import Mail from 'nodemailer/lib/mailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DEFAULT_TIMEOUT_MS, errorParts } from './http-exchange';
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
} from './outbound-channel';

export interface SmtpEmailSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). Otherwise the connection is upgraded with STARTTLS when `requireTls`. */
  secure: boolean;
  /** Refuse to send over a connection the server did not upgrade with STARTTLS (the default). */
  requireTls?: boolean;
  /** PEM certificates to trust besides the public ones: a relay inside the hospital often has the hospital's own CA. */
  tlsCa?: string;
  user?: string;
  password?: string;
  /** The sender, e.g. `"后勤平台" <houqin-noreply@hospital.example.cn>`. */
  from: string;
  /** The whole exchange, from connecting to the server's answer after the data. */
  timeoutMs?: number;
}

// Nodemailer's codes for failures on the way to or from the server, without an SMTP reply to judge by.
const TRANSPORT_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EPROXY', 'EPROTOCOL']);
// Node's codes for a server certificate that does not verify: self-signed, unknown issuer, expired, another name.
const CERTIFICATE_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** E-mail over SMTP (the hospital's relay or a mail service), one message per person, in plain text and HTML. */
export class SmtpEmailChannel implements OutboundChannel {
  readonly kind = 'EMAIL';
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo>;
  private readonly timeoutMs: number;

  constructor(private readonly settings: SmtpEmailSettings) {
    this.timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.transporter = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      requireTLS: !settings.secure && (settings.requireTls ?? true),
      auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
      tls: settings.tlsCa ? { ca: settings.tlsCa } : undefined,
      connectionTimeout: this.timeoutMs,
      greetingTimeout: this.timeoutMs,
      socketTimeout: this.timeoutMs,
    });
  }

  async send(message: OutboundMessage, recipient: Recipient): Promise<DeliveryOutcome> {
    const to = recipient.email?.trim();
    if (!to || !ADDRESS.test(to)) return permanent(`no valid e-mail address for person ${recipient.personId}`);
    // @types/nodemailer predates the per-send AbortSignal: it bounds the whole exchange, however slowly a server drips.
    const mail: Mail.Options & { signal: AbortSignal } = {
      ...emailContent(message),
      from: this.settings.from,
      to,
      signal: AbortSignal.timeout(this.timeoutMs),
    };
    try {
      // One recipient: a refusal of it fails the whole send, so a returned send was accepted.
      const info = await this.transporter.sendMail(mail);
      return delivered(info.messageId);
    } catch (error) {
      return outcomeOfSmtpError(error, this.timeoutMs);
    }
  }
}

function emailContent(message: OutboundMessage): Pick<Mail.Options, 'subject' | 'text' | 'html' | 'priority'> {
  const label = severityLabel(message);
  const details = detailsLabel(message.language);
  const paragraphs = message.body
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return {
    subject: `【${label}】${message.title}`,
    text: `${message.body}\n\n${details}: ${message.link}\n`,
    html: `<!doctype html>\n<html lang="${message.language}"><body>\n${paragraphs}\n<p><a href="${escapeHtml(message.link)}">${details}</a></p>\n</body></html>\n`,
    // Mail clients flag high-priority mail (X-Priority 1): the urgent ones stand out in a full inbox.
    priority: message.severity === 'URGENT' ? 'high' : 'normal',
  };
}

/**
 * SMTP says itself what passes: 4xx replies are transient (greylisting, a full queue, too many connections), 5xx are
 * final (no such mailbox, relaying denied, authentication failed) except 503, a command out of sequence, which a new
 * connection may not repeat (RFC 5321). Without a reply, a broken or timed-out connection is worth a retry; a refused
 * login or a certificate nobody vouches for is a setup to fix, not a moment to wait out.
 */
function outcomeOfSmtpError(error: unknown, timeoutMs: number): DeliveryOutcome {
  const { code, message } = errorParts(error);
  // Nodemailer files socket errors under its own code (ESOCKET) and keeps Node's (ECONNREFUSED, CERT_HAS_EXPIRED).
  const { responseCode, response, originalCode } = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const cause = typeof originalCode === 'string' ? originalCode : null;
  const text = [code ?? 'SMTP', cause, typeof response === 'string' ? response : message].filter(Boolean).join(' ');
  if (typeof responseCode === 'number') return responseCode >= 500 && responseCode !== 503 ? permanent(text) : retryable(text);
  if (code === 'EABORT') return retryable(`the mail server did not finish within ${timeoutMs} ms`);
  if (cause && CERTIFICATE_CODES.test(cause)) return permanent(text);
  return code && TRANSPORT_CODES.has(code) ? retryable(text) : permanent(text);
}
