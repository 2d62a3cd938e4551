import { JWK, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { Identity } from './identity';
import { importKey, SIGNING_ALG } from './keys';
import { isRole, Role } from './role';

/**
 * The gateway verifies the user's token, then forwards the identity to subgraphs as a short-lived token it
 * signs itself (header `x-houqin-identity`). Subgraphs accept only that: a request that did not pass the
 * gateway's authentication has no such token and is refused, and a bare header cannot be forged.
 */
export const IDENTITY_HEADER = 'x-houqin-identity';
const ISSUER = 'houqin-gateway';
const AUDIENCE = 'houqin-subgraphs';
/** How long a signed identity is accepted; the gateway reuses one for at most half of it (apps/gateway, caller cache). */
export const IDENTITY_TOKEN_LIFETIME_SECONDS = 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  staffId: z.string().nullable(),
  roles: z.array(
    z
      .string()
      .refine(isRole, 'unknown role')
      .transform((role) => role as Role),
  ),
  campusIds: z.array(z.uuid()),
  portalLabelId: z.uuid().optional(),
});

export class IdentityTokenSigner {
  private keyPromise?: ReturnType<typeof importKey>;

  constructor(private readonly privateJwk: JWK) {}

  async sign(identity: Identity): Promise<string> {
    this.keyPromise ??= importKey(this.privateJwk);
    const key = await this.keyPromise;
    const portal = identity.portalLabelId ? { portalLabelId: identity.portalLabelId } : {};
    return new SignJWT({ name: identity.name, staffId: identity.staffId, roles: identity.roles, campusIds: identity.campusIds, ...portal })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.privateJwk.kid })
      .setSubject(identity.subject)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${IDENTITY_TOKEN_LIFETIME_SECONDS}s`)
      .sign(key);
  }
}

export class IdentityTokenVerifier {
  private keyPromise?: ReturnType<typeof importKey>;

  constructor(private readonly publicJwk: JWK) {}

  /** Returns the identity, or null when the token is missing, forged, expired or malformed. */
  async verify(token: string | undefined): Promise<Identity | null> {
    if (!token) return null;
    this.keyPromise ??= importKey(this.publicJwk);
    try {
      const { payload } = await jwtVerify(token, await this.keyPromise, { issuer: ISSUER, audience: AUDIENCE, algorithms: [SIGNING_ALG] });
      const claims = claimsSchema.parse(payload);
      const identity: Identity = { subject: claims.sub, name: claims.name, staffId: claims.staffId, roles: claims.roles, campusIds: claims.campusIds };
      if (claims.portalLabelId) identity.portalLabelId = claims.portalLabelId;
      return identity;
    } catch {
      return null;
    }
  }
}
