import { DeliveryOutcome, permanent, retryable } from './outbound-channel';

export const DEFAULT_TIMEOUT_MS = 5000;

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
}

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
}

/** The reply when one came back, else the outcome the failure means (every transport failure is worth a retry). */
export type HttpResult = { reply: HttpReply } | { failure: DeliveryOutcome };

/**
 * One HTTP exchange, bounded by `timeoutMs` from the first byte sent to the last byte read, so a provider that accepts
 * the connection and then stalls cannot hold a delivery worker. Errors name the host only: the URLs carry secrets
 * (the robot's key, the access token).
 */
export async function exchange(request: HttpRequest): Promise<HttpResult> {
  const host = new URL(request.url).host;
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    return { reply: { status: response.status, headers: response.headers, text: await response.text() } };
  } catch (error) {
    const failure = errorParts(error);
    if (failure.name === 'TimeoutError') return { failure: retryable(`${host} did not answer within ${request.timeoutMs} ms`) };
    // fetch reports "fetch failed" and keeps the socket's reason (ECONNREFUSED, ECONNRESET, ENOTFOUND) in `cause`.
    const cause = errorParts(failure.cause);
    const reason = cause.message ? [cause.code, cause.message].filter(Boolean).join(' ') : failure.message;
    return { failure: retryable(`${host} unreachable: ${reason}`) };
  }
}

/**
 * The parts of a thrown error, read by shape: fetch's errors come from Node's own realm, where `instanceof Error` of a
 * test sandbox (jest's vm context) does not hold.
 */
export function errorParts(error: unknown): { name?: string; message: string; code?: string; cause?: unknown } {
  if (typeof error !== 'object' || error === null) return { message: error === undefined ? '' : String(error) };
  const { name, message, code, cause } = error as Record<string, unknown>;
  return {
    name: typeof name === 'string' ? name : undefined,
    message: typeof message === 'string' ? message : String(error),
    code: typeof code === 'string' ? code : undefined,
    cause,
  };
}

/**
 * The outcome an unsuccessful HTTP status means: a rate limit, a request timeout or a server error passes, any other
 * client error will not. Null for 2xx, whose body the channel reads itself.
 */
export function outcomeOfStatus(reply: HttpReply, providerError: string): DeliveryOutcome | null {
  if (reply.status >= 200 && reply.status < 300) return null;
  const error = `HTTP ${reply.status}: ${providerError}`;
  if (reply.status === 408 || reply.status === 429 || reply.status >= 500) return retryable(error, retryAfterMs(reply.headers));
  return permanent(error);
}

/** Retry-After in seconds (the form gateways use); an HTTP date is left to the backoff. */
function retryAfterMs(headers: Headers): number | undefined {
  const value = headers.get('retry-after');
  return value && /^\d+$/.test(value.trim()) ? Number(value) * 1000 : undefined;
}

/** The body as a JSON object, or null when it is not one (a proxy's HTML error page, an empty body). */
export function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
