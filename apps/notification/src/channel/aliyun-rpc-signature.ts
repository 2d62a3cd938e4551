import { createHmac } from 'node:crypto';

/**
 * Alibaba Cloud's RPC-style request signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0), as the SMS API
 * (dysmsapi, SendSms) checks it:
 *   StringToSign = Method & percentEncode("/") & percentEncode(canonicalised query)
 *   Signature    = base64(HMAC-SHA1(AccessKeySecret + "&", StringToSign))
 * where the canonicalised query is every parameter but Signature, sorted by name, `name=value` percent-encoded and
 * joined with `&`.
 */

/** RFC 3986 encoding: only A–Z a–z 0–9 - _ . ~ stay; space is %20, never +. */
export const percentEncode = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function canonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((name) => name !== 'Signature')
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

export function stringToSign(method: 'GET' | 'POST', params: Record<string, string>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
}

export function rpcSignature(method: 'GET' | 'POST', params: Record<string, string>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}
