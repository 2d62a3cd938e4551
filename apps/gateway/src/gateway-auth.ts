import { IDENTITY_HEADER, Identity, IdentityTokenSigner, UserTokenVerifier } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { domainGraphQLError } from '@houqin/platform-graphql';
import type { Request } from 'express';
import { GatewayConfig } from './gateway-config';

export interface GatewayContext {
  identity: Identity;
  /** Gateway-signed identity forwarded to every subgraph call of this request. */
  identityToken: string;
  acceptLanguage: string | undefined;
}

/** Verifies the caller's bearer token; refuses the whole request (401) when it is missing or invalid. */
export class GatewayAuth {
  private readonly verifier: UserTokenVerifier;
  private readonly signer: IdentityTokenSigner;

  constructor(config: GatewayConfig) {
    this.verifier = new UserTokenVerifier({ issuer: config.issuer, audience: config.audience, jwksUrl: config.jwksUrl, publicJwk: config.issuerPublicJwk });
    this.signer = new IdentityTokenSigner(config.identityPrivateJwk);
  }

  async contextFor(req: Request): Promise<GatewayContext> {
    const identity = await this.verifier.verify(req.headers.authorization);
    if (!identity) throw domainGraphQLError(new DomainError('UNAUTHENTICATED'), 401);
    return { identity, identityToken: await this.signer.sign(identity), acceptLanguage: req.headers['accept-language'] };
  }
}

export { IDENTITY_HEADER };
