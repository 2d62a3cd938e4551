import { IDENTITY_HEADER, Identity, IdentityTokenSigner, isPortalToken, PortalTokenVerifier, UserTokenVerifier } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { domainGraphQLError } from '@houqin/platform-graphql';
import type { Request } from 'express';
import { GatewayConfig } from './gateway-config';
import { RateLimiter } from './rate-limiter';

export interface GatewayContext {
  identity: Identity;
  /** Gateway-signed identity forwarded to every subgraph call of this request. */
  identityToken: string;
  acceptLanguage: string | undefined;
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

  constructor(config: GatewayConfig) {
    this.users = new UserTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUrl: config.jwksUrl, publicJwk: config.issuerPublicJwk });
    this.portal = new PortalTokenVerifier(config.portalPublicJwk);
    this.signer = new IdentityTokenSigner(config.identityPrivateJwk);
    this.portalSessions = new RateLimiter(config.portalSessionRateLimitPerMinute);
  }

  async contextFor(req: Request): Promise<GatewayContext> {
    const identity = await this.identityOf(req.headers.authorization, req.headers['accept-language']);
    return { identity, identityToken: await this.signer.sign(identity), acceptLanguage: req.headers['accept-language'] };
  }

  private async identityOf(authorization: string | undefined, language: string | undefined): Promise<Identity> {
    const refuse = (error: DomainError, status: number) => domainGraphQLError(error, status, language);
    const token = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
    if (!isPortalToken(token)) {
      const identity = await this.users.verify(authorization);
      if (!identity) throw refuse(new DomainError('UNAUTHENTICATED'), 401);
      return identity;
    }
    const check = await this.portal.verify(token);
    if (check.status === 'expired') throw refuse(new DomainError('PORTAL_SESSION_EXPIRED'), 401);
    if (check.status === 'invalid') throw refuse(new DomainError('UNAUTHENTICATED'), 401);
    const wait = this.portalSessions.take(check.identity.subject);
    if (wait !== null) throw refuse(new DomainError('RATE_LIMITED', { seconds: wait }), 429);
    return check.identity;
  }
}

export { IDENTITY_HEADER };
