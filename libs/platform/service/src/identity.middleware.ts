import { Injectable, NestMiddleware } from '@nestjs/common';
import { IDENTITY_HEADER, Identity, IdentityTokenVerifier } from '@houqin/platform-auth';
import { StatementCounter } from '@houqin/platform-database';
import { localise, pickLocale } from '@houqin/platform-errors';
import type { NextFunction, Request, Response } from 'express';

export type RequestWithIdentity = Request & { identity?: Identity };

/**
 * Subgraphs answer only requests carrying the gateway-signed identity token: anything that did not pass
 * the gateway's authentication (a direct call, a forged header) gets 401 before GraphQL runs. An admitted request
 * runs on with its SQL statements counted as its own.
 */
@Injectable()
export class IdentityMiddleware implements NestMiddleware {
  constructor(
    private readonly verifier: IdentityTokenVerifier,
    private readonly statements: StatementCounter,
  ) {}

  async use(req: RequestWithIdentity, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers[IDENTITY_HEADER];
    const identity = await this.verifier.verify(Array.isArray(header) ? header[0] : header);
    if (!identity) {
      const messages = localise('UNAUTHENTICATED');
      const message = messages[pickLocale(req.headers['accept-language'])];
      res.status(401).json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', messages } }] });
      return;
    }
    req.identity = identity;
    this.statements.duringRequest(next);
  }
}
