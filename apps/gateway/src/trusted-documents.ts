import type { ApolloServerPlugin } from '@apollo/server';
import { hasAnyRole, Identity, Role } from '@houqin/platform-auth';
import { DomainError, pickLocale } from '@houqin/platform-errors';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { refuse } from './request-body';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The operations the console and the portal page are built with (an Apollo persisted-query manifest:
 * `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id": sha256(body), "body", … }] }`).
 * With it set, the gateway runs only those, except for roles allowed ad-hoc queries (within the query limits).
 */
export class TrustedDocuments {
  private constructor(private readonly bodies: Map<string, string>) {}

  static load(path: string): TrustedDocuments {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; operations?: { id: string; body: string }[] };
    if (manifest.format !== 'apollo-persisted-query-manifest' || !Array.isArray(manifest.operations))
      throw new Error(`gateway: ${path} is not an apollo-persisted-query-manifest`);
    const bodies = new Map<string, string>();
    for (const { id, body } of manifest.operations) {
      if (sha256(body) !== id) throw new Error(`gateway: ${path}: operation ${id} is not the sha256 of its body`);
      bodies.set(id, body);
    }
    return new TrustedDocuments(bodies);
  }

  /** One lookup over several manifests (the console's, and the one the gateway enforces). */
  static merge(...manifests: (TrustedDocuments | undefined)[]): TrustedDocuments | undefined {
    const present = manifests.filter((m): m is TrustedDocuments => m !== undefined);
    return present.length ? new TrustedDocuments(new Map(present.flatMap((m) => [...m.bodies]))) : undefined;
  }

  get size(): number {
    return this.bodies.size;
  }

  body(id: string): string | undefined {
    return this.bodies.get(id.replace(/^sha256:/, ''));
  }

  isTrusted(query: string): boolean {
    return this.bodies.has(sha256(query));
  }

  /**
   * Express: a request naming a document (`documentId`, or `extensions.persistedQuery.sha256Hash` without a query)
   * gets its body from the manifest; an unknown one is refused (TRUSTED_DOCUMENT_NOT_FOUND, 400).
   */
  middleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      const body = req.body as { query?: unknown; documentId?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
      if (req.method !== 'POST' || !body || Array.isArray(body) || typeof body !== 'object' || typeof body.query === 'string') return next();
      const id = typeof body.documentId === 'string' ? body.documentId : body.extensions?.persistedQuery?.sha256Hash;
      if (typeof id !== 'string') return next();
      const query = this.body(id);
      if (!query) {
        refuse(req, res, 400, new DomainError('TRUSTED_DOCUMENT_NOT_FOUND', { id: id.slice(0, 80) }));
        return;
      }
      // Apollo's automatic persisted queries are not used: the body stands in for the hash.
      req.body = { ...body, query, documentId: undefined, extensions: { ...body.extensions, persistedQuery: undefined } };
      next();
    };
  }

  /** Apollo: refuses an operation not in the manifest (OPERATION_NOT_TRUSTED, 400) unless the caller holds one of `adHocRoles`. */
  plugin(adHocRoles: readonly Role[]): ApolloServerPlugin<{ identity: Identity }> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ request, contextValue }) => {
          if ((request.query && this.isTrusted(request.query)) || hasAnyRole(contextValue.identity, adHocRoles)) return;
          const error = new DomainError('OPERATION_NOT_TRUSTED');
          throw new GraphQLError(error.messages[pickLocale(request.http?.headers.get('accept-language'))], {
            extensions: { code: error.code, messages: error.messages, params: error.params, http: { status: 400 } },
          });
        },
      }),
    };
  }
}
