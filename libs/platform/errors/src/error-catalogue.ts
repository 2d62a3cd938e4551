/**
 * The platform's error codes: those the gateway, the shared libs or more than one service answer with. Each
 * service declares its own codes beside its code (`apps/<name>/src/<name>.errors.ts`, `defineServiceErrors`); both
 * make the one catalogue clients see (docs/errors.md). Clients (the console, hospital IT integrations) switch on
 * `extensions.code`; the message is for people, in zh-CN or en. Placeholders in braces are filled from the params.
 */
export const PLATFORM_ERRORS = {
  UNAUTHENTICATED: { 'zh-CN': '未登录或登录凭证无效', en: 'Not signed in, or the credentials are invalid' },
  FORBIDDEN: { 'zh-CN': '无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '未找到{entityZh}：{id}', en: '{entity} not found: {id}' },
  INVALID_ID: { 'zh-CN': '{field} 不是有效的编号：{value}', en: '{field} is not a valid id: {value}' },
  INVALID_INPUT: { 'zh-CN': '输入无效：{detail}', en: 'Invalid input: {detail}' },
  TEXT_TOO_LONG: { 'zh-CN': '{field} 过长（最多 {max} 个字符）', en: '{field} is too long (at most {max} characters)' },
  TEXT_REQUIRED: { 'zh-CN': '{field} 不能为空', en: '{field} must not be empty' },
  QUANTITY_NOT_POSITIVE: { 'zh-CN': '{field} 必须大于零', en: '{field} must be greater than zero' },
  /** Every illegal transition has these params (ADR 0011); the older machines' own codes are aliases of it. */
  ILLEGAL_TRANSITION: { 'zh-CN': '{entityZh}：当前状态为“{fromZh}”，不能{actionZh}', en: 'Cannot {action} {entity} that is {from}' },
  DUPLICATE: { 'zh-CN': '{entity} 已存在：{value}', en: '{entity} already exists: {value}' },
  /** Two referenced records do not belong together; the caller writes the sentence in both languages. */
  REFERENCE_MISMATCH: { 'zh-CN': '{detailZh}', en: '{detail}' },
  REFERENCE_INACTIVE: { 'zh-CN': '{entityZh}已停用：{name}', en: '{entity} is deactivated: {name}' },
  DEPARTMENT_REQUIRED: {
    'zh-CN': '位置“{location}”未关联科室，请指定承担费用的科室',
    en: 'The location "{location}" has no department; name the department to charge',
  },
  /** Two dates of the caller's that contradict each other (warranty before commissioning, validity before inspection). */
  INVALID_DATE_RANGE: {
    'zh-CN': '{field}（{value}）必须{relationZh}{other}（{otherValue}）',
    en: '{field} ({value}) must be {relation} {other} ({otherValue})',
  },
  DATE_IN_FUTURE: { 'zh-CN': '{field} 不能晚于今天：{value}', en: '{field} must not be in the future: {value}' },
  INVALID_CREDIT_CODE: {
    'zh-CN': '统一社会信用代码无效：{value}（{reasonZh}）',
    en: 'Not a valid unified social credit code (统一社会信用代码): {value} ({reason} wrong)',
  },
  PORTAL_SESSION_EXPIRED: { 'zh-CN': '扫码报修页面已过期，请重新扫码', en: 'The repair page has expired; scan the label again' },
  RATE_LIMITED: { 'zh-CN': '请求过于频繁，请 {seconds} 秒后再试', en: 'Too many requests; try again in {seconds} seconds' },
  QUERY_TOO_COMPLEX: { 'zh-CN': '查询嵌套过深（最多 {max} 层）', en: 'Query is nested too deeply (at most {max} levels)' },
  /** The gateway's other query limits (docs/architecture.md, Security); each refuses before any subgraph is called. */
  QUERY_TOO_MANY_ALIASES: { 'zh-CN': '查询使用的别名过多（{count} 个，最多 {max} 个）', en: 'Query uses too many aliases ({count}; at most {max})' },
  QUERY_TOO_MANY_DIRECTIVES: { 'zh-CN': '查询使用的指令过多（{count} 个，最多 {max} 个）', en: 'Query uses too many directives ({count}; at most {max})' },
  QUERY_TOO_LONG: { 'zh-CN': '查询过长（最多 {max} 个词法单元）', en: 'Query is too long (at most {max} tokens)' },
  QUERY_TOO_COSTLY: {
    'zh-CN': '查询请求的数据过多（成本 {cost}，上限 {max}），请减少每页条数或嵌套的列表',
    en: 'Query asks for too much data (cost {cost}; at most {max}); ask for smaller pages or fewer nested lists',
  },
  REQUEST_TOO_LARGE: { 'zh-CN': '请求体过大（最多 {maxKb} KB）', en: 'Request body is too large (at most {maxKb} KB)' },
  TRUSTED_DOCUMENT_NOT_FOUND: { 'zh-CN': '未登记的查询文档：{id}', en: 'No registered document {id}' },
  OPERATION_NOT_TRUSTED: {
    'zh-CN': '只能执行已登记的查询（请按文档编号发送）',
    en: 'Only registered operations may run here; send one by its document id',
  },
  UPLOAD_OPERATION_NOT_ALLOWED: {
    'zh-CN': '上传地址只接受以下操作：{allowed}',
    en: 'The upload address accepts only these operations: {allowed}',
  },
  INTERNAL: { 'zh-CN': '系统内部错误，请稍后重试', en: 'Internal error, please try again later' },
  /** A dependency (the database, a subgraph) did not answer in time; nothing was changed, the caller may retry. */
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂时不可用，请稍后重试', en: 'The service is temporarily unavailable; please try again shortly' },
} as const satisfies ErrorTable;

export type Locale = 'zh-CN' | 'en';
export type ErrorParams = Record<string, string | number>;
export type LocalisedMessages = Record<Locale, string>;
/** Error code → message templates in both languages. */
export type ErrorTable = Record<string, LocalisedMessages>;

/**
 * The codes services declare. Each service's errors file adds its codes to this interface (TypeScript declaration
 * merging), so `new DomainError('PRICE_ABOVE_CONTRACT')` type-checks while the table lives in the service.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ServiceErrorCodes {}

export type ErrorCode = keyof typeof PLATFORM_ERRORS | keyof ServiceErrorCodes;

interface CatalogueEntry {
  owner: string;
  messages: LocalisedMessages;
}

const catalogue = new Map<string, CatalogueEntry>(Object.entries(PLATFORM_ERRORS).map(([code, messages]) => [code, { owner: 'platform', messages }]));

/**
 * Adds a service's codes to the catalogue (when its errors file is loaded: the service definition imports it). A code
 * another owner already declared is refused, so two services can never answer one code with different meanings.
 */
export function defineServiceErrors<const T extends ErrorTable>(service: string, table: T): T {
  for (const [code, messages] of Object.entries(table)) {
    const existing = catalogue.get(code);
    if (existing && existing.owner !== service) throw new Error(`error code ${code} of ${service} is already declared by ${existing.owner}`);
    catalogue.set(code, { owner: service, messages });
  }
  return table;
}

/** Every code known in this process, with its owner (`platform` or a service) and templates. */
export function errorCatalogue(): ReadonlyMap<string, Readonly<CatalogueEntry>> {
  return catalogue;
}

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && catalogue.has(value);
}

export function localise(code: ErrorCode, params: ErrorParams = {}): LocalisedMessages {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  const entry = catalogue.get(code)?.messages;
  if (!entry) throw new Error(`error code ${code} is not in the catalogue: is its service's errors file loaded (apps/<name>/src/<name>.errors.ts)?`);
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
