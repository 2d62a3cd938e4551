import { DomainError, localise, pickLocale } from '@houqin/platform-errors';
import express, { NextFunction, Request, Response } from 'express';
import { Kind, parse } from 'graphql';

/** The one path that takes large bodies, and the only operations it runs: files sent base64 in a mutation. */
export const UPLOAD_PATH = '/graphql/upload';
export const UPLOAD_MUTATIONS = ['attachPhoto', 'startItemImport'] as const;

export interface RequestBodyLimits {
  maxRequestBodyKb: number;
  maxUploadBodyKb: number;
  maxTokens: number;
}

/** Answers a request refused before GraphQL runs, in the shape of a GraphQL error response. */
export function refuse(req: Request, res: Response, status: number, error: DomainError): void {
  const messages = localise(error.code, error.params);
  res.status(status).json({ errors: [{ message: messages[pickLocale(req.headers['accept-language'])], extensions: { code: error.code, messages, params: error.params } }] });
}

/** Whether a request body is one mutation whose every root field is an upload mutation. */
function isUploadOperation(body: unknown, maxTokens: number): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (Array.isArray(body) || typeof query !== 'string') return false;
  try {
    const operations = parse(query, { maxTokens }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    return (
      operations.length === 1 &&
      operations[0].operation === 'mutation' &&
      operations[0].selectionSet.selections.every((s) => s.kind === Kind.FIELD && (UPLOAD_MUTATIONS as readonly string[]).includes(s.name.value))
    );
  } catch {
    return false;
  }
}

/**
 * JSON bodies for the whole gateway. The limit is chosen from the path before a byte of the body is read:
 * `/graphql` (and /portal) take at most `maxRequestBodyKb`; `/graphql/upload` takes up to `maxUploadBodyKb`
 * but only runs attachPhoto and startItemImport, and is then served by the same Apollo server as /graphql
 * (same authentication, limits and errors). A body over its limit is refused with REQUEST_TOO_LARGE, HTTP 400 like
 * every other refusal of the gateway's limits (one status for clients to handle; the code says which limit).
 */
export function requestBodies(limits: RequestBodyLimits) {
  const small = express.json({ limit: limits.maxRequestBodyKb * 1024 });
  const large = express.json({ limit: limits.maxUploadBodyKb * 1024 });
  const isUpload = (req: Request) => req.method === 'POST' && req.path === UPLOAD_PATH;

  const parseBody = (req: Request, res: Response, next: NextFunction) => (isUpload(req) ? large : small)(req, res, next);

  const uploadRoute = (req: Request, res: Response, next: NextFunction) => {
    if (!isUpload(req)) return next();
    if (!isUploadOperation(req.body, limits.maxTokens)) return refuse(req, res, 400, new DomainError('UPLOAD_OPERATION_NOT_ALLOWED', { allowed: UPLOAD_MUTATIONS.join(', ') }));
    req.url = '/graphql';
    next();
  };

  const bodyErrors = (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string } | null)?.type;
    if (type === 'entity.too.large') {
      return refuse(req, res, 400, new DomainError('REQUEST_TOO_LARGE', { maxKb: isUpload(req) ? limits.maxUploadBodyKb : limits.maxRequestBodyKb }));
    }
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return refuse(req, res, 400, new DomainError('INVALID_INPUT', { detail: 'the request body is not valid JSON' }));
    }
    next(error);
  };

  return [parseBody, uploadRoute, bodyErrors] as const;
}
