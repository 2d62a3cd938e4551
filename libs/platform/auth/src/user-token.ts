import { createLocalJWKSet, createRemoteJWKSet, JWK, jwtVerify, SignJWT, JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import { Identity } from './identity';
import { importKey, SIGNING_ALG } from './keys';
import { Role, STAFF_ROLES } from './role';

/**
 * Claims we read from the hospital's identity provider (OIDC). Roles and campuses are custom claims the
 * group's IdP maps from its directory; `staff_id` links the login to the org directory.
 */
const userClaimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().default(''),
  staff_id: z.string().nullable().optional(),
  // Roles the platform does not know (the IdP's groups for other systems) are dropped, and so is PORTAL_REPORTER, which
  // only a scanned label grants. A token with no role of ours (or none at all: many IdPs assert only who the user is)
  // still names someone: every operation refuses them (FORBIDDEN), and the console says access is yet to be granted.
  roles: z
    .array(z.string())
    .default([])
    .transform((roles) => roles.filter((role) => STAFF_ROLES.includes(role as Role)) as Role[]),
  campus_ids: z.array(z.uuid()).default([]),
});

export interface UserTokenVerifierOptions {
  issuer: string;
  audience: string;
  /** Production: the IdP's JWKS endpoint. */
  jwksUrl?: string;
  /** Local mode and tests: the local issuer's public key. */
  publicJwk?: JWK;
}

export class UserTokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: UserTokenVerifierOptions) {
    if (options.jwksUrl) this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
    else if (options.publicJwk) this.keys = createLocalJWKSet({ keys: [options.publicJwk] });
    else throw new Error('UserTokenVerifier needs jwksUrl or publicJwk');
  }

  /** The identity of an `Authorization: Bearer …` header's token, or null. */
  verify(bearer: string | undefined): Promise<Identity | null> {
    const token = bearer?.startsWith('Bearer ') ? bearer.slice(7).trim() : undefined;
    return token ? this.verifyToken(token) : Promise.resolve(null);
  }

  /** The identity of a bare token, or null when it is forged, expired or for someone else. */
  async verifyToken(token: string): Promise<Identity | null> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.options.issuer, audience: this.options.audience });
      const claims = userClaimsSchema.parse(payload);
      return { subject: claims.sub, name: claims.name, staffId: claims.staff_id ?? null, roles: claims.roles, campusIds: claims.campus_ids };
    } catch {
      return null;
    }
  }
}

/**
 * Local mode's stand-in for the hospital IdP: signs user tokens with a local key. Never configured in
 * production (the chart points the gateway at the IdP's JWKS instead).
 */
export class LocalIssuer {
  constructor(
    private readonly privateJwk: JWK,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  async issue(identity: Identity, lifetime = '12h'): Promise<string> {
    const key = await importKey(this.privateJwk);
    return new SignJWT({ name: identity.name, staff_id: identity.staffId, roles: identity.roles, campus_ids: identity.campusIds })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.privateJwk.kid })
      .setSubject(identity.subject)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(key);
  }
}
