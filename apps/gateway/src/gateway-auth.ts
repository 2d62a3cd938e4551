import {
  IDENTITY_HEADER,
  IDENTITY_TOKEN_LIFETIME_SECONDS,
  Identity,
  IdentityTokenSigner,
  isPortalToken,
  PortalTokenVerifier,
  UserTokenVerifier,
} from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { domainGraphQLError } from '@houqin/platform-graphql';
import type { Request } from 'express';
import { decodeJwt } from 'jose';
import { CallerCache } from './caller-cache';
import { GatewayConfig } from './gateway-config';
import { RateLimiter } from './rate-limiter';

export interface GatewayContext {
  identity: Identity;
  /** Gateway-signed identity forwarded to every subgraph call of this request. */
  identityToken: string;
  acceptLanguage: string | undefined;
}

/** Callers whose verified identity and signed identity token are kept (a few hundred bytes each). */
const CACHED_CALLERS = 10_000;
/** A signed identity is forwarded for at most half its life, so a subgraph always gets one with 30 s or more to run. */
const IDENTITY_REUSE_MS = (IDENTITY_TOKEN_LIFETIME_SECONDS * 1000) / 2;

interface VerifiedCaller {
  identity: Identity;
  identityToken: string;
}

/**
 * Verifies the caller's bearer token; refuses the whole request (401) when it is missing or invalid. Two kinds
 * are accepted: a user token from the IdP, and a repair-portal session from a scanned label (rate limited per
 * session; an expired one gets its own code so the page knows to open a new session).
 */
export class GatewayAuth {
  private readonly users: UserTokenVerifier;
  private readonly portal: PortalTokenVerifier;
  private readonly signer: IdentityTokenSigner;
  private readonly portalSessions: RateLimiter;
  /** Verifying and signing are the gateway's own cost per request; a caller's repeat requests reuse them. */
  private readonly callers = new CallerCache<VerifiedCaller>(CACHED_CALLERS);

  constructor(config: GatewayConfig) {
    this.users = new UserTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUrl: config.jwksUrl, publicJwk: config.issuerPublicJwk });
    this.portal = new PortalTokenVerifier(config.portalPublicJwk);
    this.signer = new IdentityTokenSigner(config.identityPrivateJwk);
    this.portalSessions = new RateLimiter(config.portalSessionRateLimitPerMinute);
  }

  async contextFor(req: Request): Promise<GatewayContext> {
    const language = req.headers['accept-language'];
    const token = req.headers.authorization?.startsWith('Bearer ') ? req.headers.authorization.slice(7).trim() : '';
    if (!token) throw domainGraphQLError(new DomainError('UNAUTHENTICATED'), 401, language);
    const caller = await this.callers.get(token, async () => {
      const identity = await this.identityOf(token, language);
      const expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
      return { value: { identity, identityToken: await this.signer.sign(identity) }, reuseUntil: Math.min(expiresAt, Date.now() + IDENTITY_REUSE_MS) };
    });
    // Per request, not per verification: a portal session's rate.
    if (caller.identity.portalLabelId) {
      const wait = this.portalSessions.take(caller.identity.subject);
      if (wait !== null) throw domainGraphQLError(new DomainError('RATE_LIMITED', { seconds: wait }), 429, language);
    }
    return { ...caller, acceptLanguage: language };
  }

  private async identityOf(token: string, language: string | undefined): Promise<Identity> {
    const refuse = (error: DomainError, status: number) => domainGraphQLError(error, status, language);
    if (!isPortalToken(token)) {
      const identity = await this.users.verifyToken(token);
      if (!identity) throw refuse(new DomainError('UNAUTHENTICATED'), 401);
      return identity;
    }
    const check = await this.portal.verify(token);
    if (check.status === 'expired') throw refuse(new DomainError('PORTAL_SESSION_EXPIRED'), 401);
    if (check.status === 'invalid') throw refuse(new DomainError('UNAUTHENTICATED'), 401);
    return check.identity;
  }
}

export { IDENTITY_HEADER };
