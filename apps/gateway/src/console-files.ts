import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** How the console signs in, as /console-config.json tells it (apps/console/src/auth/console-config.ts). */
export type ConsoleSignIn = { signIn: 'demo'; demoLoginsPath: string } | { signIn: 'oidc'; authority: string; clientId: string; scope: string };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Paths the console never answers: the API, the scan page, probes and metrics. */
const NOT_CONSOLE = /^\/(graphql|portal|health|metrics)(\/|$)/;

/**
 * The web console's static files (CONSOLE_DIR, built by `npm run console:build` or `npm start`), on the gateway's own
 * origin so the browser calls /graphql without CORS. Hashed assets are cached for a year; every other path that
 * asks for HTML gets index.html (the console routes in the browser). Its own CSP: scripts only from here, styles
 * inline (Ant Design writes its CSS at run time), and connections to the IdP when one signs users in.
 */
export function consoleFiles(dir: string, signIn: ConsoleSignIn) {
  const root = normalize(dir);
  const index = join(root, 'index.html');
  if (!existsSync(index)) throw new Error(`gateway: CONSOLE_DIR ${dir} has no index.html (build it: npm run console:build)`);
  const connect = signIn.signIn === 'oidc' ? `'self' ${new URL(signIn.authority).origin}` : `'self'`;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  const send = (req: Request, res: Response, path: string, cache: string) => {
    res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.setHeader('cache-control', cache);
    res.setHeader('content-security-policy', csp);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('vary', 'accept-encoding');
    // The build wrote a gzip copy of each text file: a third of the bytes, compressed once rather than per request.
    if (existsSync(`${path}.gz`) && req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('content-encoding', 'gzip');
      res.send(readFileSync(`${path}.gz`));
      return;
    }
    res.send(readFileSync(path));
  };
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_CONSOLE.test(req.path)) return next();
    if (req.path === '/console-config.json') {
      res.setHeader('cache-control', 'no-store');
      res.json(consoleConfig(signIn));
      return;
    }
    let file: string;
    try {
      file = normalize(join(root, decodeURIComponent(req.path)));
    } catch {
      return next(); // a malformed %-escape names no file
    }
    if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile() && !/trusted-documents\.json|\.gz$/.test(file)) {
      return send(req, res, file, req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // A missing asset is a 404, not the page: a stale tab asking for an old chunk must fail loudly.
    if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
    send(req, res, index, 'no-cache');
  };
}

/** Local mode lists the demo logins with their tokens (npm start writes them); production names the IdP. */
function consoleConfig(signIn: ConsoleSignIn) {
  if (signIn.signIn === 'oidc') return signIn;
  const logins = existsSync(signIn.demoLoginsPath)
    ? (JSON.parse(readFileSync(signIn.demoLoginsPath, 'utf8')) as { login: string; name: string; description: string; token: string }[])
    : [];
  return { signIn: 'demo', logins: logins.map(({ login, name, description, token }) => ({ login, name, description, token })) };
}
