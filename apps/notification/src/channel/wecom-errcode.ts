import { jsonObject } from './http-exchange';
import { DeliveryOutcome, permanent, retryable } from './outbound-channel';

/**
 * WeCom (企业微信) errcodes that pass with time: -1 system busy (系统繁忙), 45009 call frequency over the limit
 * (接口调用超过限制; a group robot takes 20 messages a minute), 45011 calls too frequent, 45033 too many concurrent
 * calls. Every other non-zero errcode is a request WeCom will keep refusing: a wrong key or secret, an unknown user,
 * a malformed message, an IP not on the application's allowlist (60020).
 */
const PASSING_ERRCODES = new Set([-1, 45009, 45011, 45033]);

/** 40014 invalid access_token (不合法的access_token) and 42001 expired (access_token已过期): fetch a new one. */
export const TOKEN_ERRCODES = new Set([40014, 42001]);

export interface WecomReply {
  errcode: number;
  errmsg: string;
  body: Record<string, unknown>;
}

/** WeCom answers HTTP 200 with {"errcode":0,"errmsg":"ok",…} or a non-zero errcode; null when the body is not that. */
export function wecomReply(text: string): WecomReply | null {
  const body = jsonObject(text);
  if (!body || typeof body.errcode !== 'number') return null;
  return { errcode: body.errcode, errmsg: typeof body.errmsg === 'string' ? body.errmsg : '', body };
}

export function outcomeOfErrcode(reply: WecomReply): DeliveryOutcome {
  const error = `WeCom errcode ${reply.errcode}: ${reply.errmsg}`;
  return PASSING_ERRCODES.has(reply.errcode) ? retryable(error) : permanent(error);
}
