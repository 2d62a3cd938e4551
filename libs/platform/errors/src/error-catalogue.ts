/**
 * The one catalogue of error codes every service and the gateway answer with. Clients (the console, hospital
 * IT integrations) switch on `extensions.code`; the message is for people, in zh-CN or en.
 * Placeholders in braces are filled from the error's params.
 */
export const ERROR_CATALOGUE = {
  UNAUTHENTICATED: { 'zh-CN': '未登录或登录凭证无效', en: 'Not signed in, or the credentials are invalid' },
  FORBIDDEN: { 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '未找到{entityZh}：{id}', en: '{entity} not found: {id}' },
  INVALID_ID: { 'zh-CN': '{field} 不是有效的编号：{value}', en: '{field} is not a valid id: {value}' },
  INVALID_INPUT: { 'zh-CN': '输入无效：{detail}', en: 'Invalid input: {detail}' },
  TEXT_TOO_LONG: { 'zh-CN': '{field} 过长（最多 {max} 个字符）', en: '{field} is too long (at most {max} characters)' },
  TEXT_REQUIRED: { 'zh-CN': '{field} 不能为空', en: '{field} must not be empty' },
  QUANTITY_NOT_POSITIVE: { 'zh-CN': '{field} 必须大于零', en: '{field} must be greater than zero' },
  ILLEGAL_TRANSITION: {
    'zh-CN': '工单当前状态为“{from}”，不能执行“{action}”',
    en: 'Cannot {action} a work order that is {from}',
  },
  INSUFFICIENT_STOCK: {
    'zh-CN': '库存不足：{item} 需要 {requested}，可用 {available}',
    en: 'Not enough stock: {item} needs {requested}, {available} available',
  },
  DUPLICATE: { 'zh-CN': '{entity} 已存在：{value}', en: '{entity} already exists: {value}' },
  /** Two referenced records do not belong together; the caller writes the sentence in both languages. */
  REFERENCE_MISMATCH: { 'zh-CN': '{detailZh}', en: '{detail}' },
  QUERY_TOO_COMPLEX: { 'zh-CN': '查询嵌套过深（最多 {max} 层）', en: 'Query is nested too deeply (at most {max} levels)' },
  INTERNAL: { 'zh-CN': '系统内部错误，请稍后重试', en: 'Internal error, please try again later' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Locale = 'zh-CN' | 'en';
export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorParams = Record<string, string | number>;
export type LocalisedMessages = Record<Locale, string>;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

export function localise(code: ErrorCode, params: ErrorParams = {}): LocalisedMessages {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  const entry = ERROR_CATALOGUE[code];
  return { 'zh-CN': fill(entry['zh-CN']), en: fill(entry.en) };
}

/** Picks zh-CN or en from an Accept-Language header; zh-CN is the default for our users. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
