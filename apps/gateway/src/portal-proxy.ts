import { DomainError, localise, pickLocale } from '@houqin/platform-errors';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiter } from './rate-limiter';

/** What the portal's pages and session endpoint may send back through the gateway. */
const PASSED_HEADERS = ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options', 'referrer-policy'];

/**
 * /portal/* is the one public, unauthenticated path: the scan page and the exchange of a label's code for a
 * portal session, both served by maintenance (which alone can tell a genuine label). The gateway keeps it on
 * the same origin as /graphql, and limits each client address.
 */
export function portalProxy(upstreamUrl: string, limiter: RateLimiter) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      next();
      return;
    }
    const wait = limiter.take(req.ip ?? 'unknown');
    if (wait !== null) {
      const error = new DomainError('RATE_LIMITED', { seconds: wait });
      const messages = localise(error.code, error.params);
      res.status(429).setHeader('retry-after', String(wait));
      res.json({ errors: [{ message: messages[pickLocale(req.headers['accept-language'])], extensions: { code: error.code, messages } }] });
      return;
    }
    try {
      const headers: Record<string, string> = { 'x-forwarded-for': req.ip ?? '' };
      for (const name of ['accept-language', 'content-type']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      const upstream = await fetch(`${upstreamUrl}${req.originalUrl}`, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? JSON.stringify(req.body ?? {}) : undefined,
        redirect: 'manual',
      });
      res.status(upstream.status);
      for (const name of PASSED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.send(Buffer.from(await upstream.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}
