import { decodeJwt, errors, JWK, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { Identity } from './identity';
import { importKey, SIGNING_ALG } from './keys';
import { Role } from './role';

/**
 * 扫码报修 sessions. Scanning a repair label opens a session the maintenance service signs (it alone can tell a
 * genuine label from a forged one); the gateway verifies it like a user token and forwards a PORTAL_REPORTER
 * identity scoped to the label's campus and place. Short-lived, so a photographed label is no lasting credential.
 */
export const PORTAL_TOKEN_ISSUER = 'houqin-repair-portal';
const AUDIENCE = 'houqin-gateway';
export const PORTAL_SESSION_SECONDS = 30 * 60;

export interface PortalSession {
  sessionId: string;
  campusId: string;
  labelId: string;
}

const claimsSchema = z.object({
  sub: z.uuid(),
  campusId: z.uuid(),
  labelId: z.uuid(),
});

export class PortalTokenSigner {
  constructor(private readonly privateJwk: JWK) {}

  async sign(session: PortalSession, now = new Date(), lifetimeSeconds = PORTAL_SESSION_SECONDS): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ campusId: session.campusId, labelId: session.labelId })
      .setProtectedHeader({ alg: SIGNING_ALG, kid: this.privateJwk.kid })
      .setSubject(session.sessionId)
      .setIssuer(PORTAL_TOKEN_ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + lifetimeSeconds)
      .sign(await importKey(this.privateJwk));
    return { token, expiresAt: new Date((issuedAt + lifetimeSeconds) * 1000) };
  }
}

export type PortalTokenCheck = { status: 'valid'; identity: Identity } | { status: 'expired' } | { status: 'invalid' };

/** The identity a portal session acts as: the label's campus only, no staff record. */
export function portalIdentity(session: PortalSession): Identity {
  return {
    subject: `portal:${session.sessionId}`,
    staffId: null,
    name: '扫码报修',
    roles: [Role.PORTAL_REPORTER],
    campusIds: [session.campusId],
    portalLabelId: session.labelId,
  };
}

export class PortalTokenVerifier {
  private keyPromise?: ReturnType<typeof importKey>;

  constructor(private readonly publicJwk: JWK) {}

  /** Tells an expired session (the page opens a new one from its label) from a forged or malformed token. */
  async verify(token: string): Promise<PortalTokenCheck> {
    this.keyPromise ??= importKey(this.publicJwk);
    try {
      const { payload } = await jwtVerify(token, await this.keyPromise, { issuer: PORTAL_TOKEN_ISSUER, audience: AUDIENCE, algorithms: [SIGNING_ALG] });
      const claims = claimsSchema.parse(payload);
      return { status: 'valid', identity: portalIdentity({ sessionId: claims.sub, campusId: claims.campusId, labelId: claims.labelId }) };
    } catch (error) {
      return { status: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}

/** Whether a bearer token claims to be a portal session (unverified: only picks the verifier). */
export function isPortalToken(token: string): boolean {
  try {
    return decodeJwt(token).iss === PORTAL_TOKEN_ISSUER;
  } catch {
    return false;
  }
}
