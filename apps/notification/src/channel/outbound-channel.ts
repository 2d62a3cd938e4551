/** The four ways an alert leaves the platform, besides the in-app inbox that is always written first. */
export type ChannelKind = 'WECOM_ROBOT' | 'WECOM_APP' | 'SMS' | 'EMAIL';
export const CHANNEL_KINDS: readonly ChannelKind[] = ['WECOM_ROBOT', 'WECOM_APP', 'SMS', 'EMAIL'];

export type Severity = 'INFO' | 'WARNING' | 'URGENT';
const SEVERITY_RANK: Record<Severity, number> = { INFO: 0, WARNING: 1, URGENT: 2 };
export const atLeast = (severity: Severity, minimum: Severity): boolean => SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum];

export type Language = 'zh-CN' | 'en';

/**
 * One alert, rendered for one person in their language. Only logistics facts and a link into the console: never
 * patient data, because these texts leave the hospital network (WeCom, the SMS carrier, the mail relay).
 */
export interface OutboundMessage {
  title: string;
  body: string;
  language: Language;
  severity: Severity;
  /** Where the console shows the alert's subject (the work order, the certificate, the lot). */
  link: string;
}

/** A person and the addresses the directory knows for them; a channel uses the one it needs. */
export interface Recipient {
  personId: string;
  wecomUserId?: string;
  /** Mainland mobile number, 11 digits, optionally with +86. */
  mobile?: string;
  email?: string;
}

/**
 * What one attempt achieved. RETRYABLE: worth trying again later (5xx, timeouts, refused connections, provider rate
 * limits); PERMANENT: trying again cannot help (4xx, invalid recipient, the provider rejects the request). The error is
 * the provider's own text, so whoever reads the delivery log sees what WeCom, the SMS gateway or the mail server said.
 */
export type DeliveryOutcome =
  | { status: 'DELIVERED'; providerMessageId: string | null }
  | { status: 'RETRYABLE'; error: string; retryAfterMs?: number }
  | { status: 'PERMANENT'; error: string };

export interface OutboundChannel {
  readonly kind: ChannelKind;
  send(message: OutboundMessage, recipient: Recipient): Promise<DeliveryOutcome>;
}

// Delivery-log columns stay readable: provider texts can be long HTML error pages.
const MAX_ERROR_LENGTH = 1000;
const clip = (error: string) => (error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error);

export const delivered = (providerMessageId: string | null): DeliveryOutcome => ({ status: 'DELIVERED', providerMessageId });
export const retryable = (error: string, retryAfterMs?: number): DeliveryOutcome =>
  retryAfterMs === undefined ? { status: 'RETRYABLE', error: clip(error) } : { status: 'RETRYABLE', error: clip(error), retryAfterMs };
export const permanent = (error: string): DeliveryOutcome => ({ status: 'PERMANENT', error: clip(error) });

const SEVERITY_LABELS: Record<Language, Record<Severity, string>> = {
  'zh-CN': { INFO: '通知', WARNING: '警告', URGENT: '紧急' },
  en: { INFO: 'Info', WARNING: 'Warning', URGENT: 'Urgent' },
};
export const severityLabel = (message: Pick<OutboundMessage, 'severity' | 'language'>): string => SEVERITY_LABELS[message.language][message.severity];

const DETAILS_LABELS: Record<Language, string> = { 'zh-CN': '查看详情', en: 'View details' };
export const detailsLabel = (language: Language): string => DETAILS_LABELS[language];

/**
 * Cuts text to at most `maxBytes` of UTF-8 without splitting a character. WeCom limits its fields in bytes, and a
 * Chinese character is three of them.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const ellipsis = '…';
  let budget = maxBytes - Buffer.byteLength(ellipsis, 'utf8');
  let out = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (size > budget) break;
    out += char;
    budget -= size;
  }
  return out + ellipsis;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);
