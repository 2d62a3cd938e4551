import { JWK } from 'jose';
import { readSettings } from '@houqin/platform-service';
import { z } from 'zod';

const schema = z.object({
  /** Signs the repair labels' QR codes (HMAC); at least 32 bytes, from the deployment's secrets. */
  QR_LABEL_SECRET: z.string().min(32),
  /** Signs portal sessions; the gateway holds the public half (PORTAL_TOKEN_PUBLIC_JWK). */
  PORTAL_TOKEN_PRIVATE_JWK: z.string().min(1),
  /** The public address phones reach the gateway at; printed into every QR code. */
  PORTAL_BASE_URL: z.url(),
});

export interface PortalConfig {
  qrLabelSecret: string;
  portalPrivateJwk: JWK;
  /** No trailing slash. */
  baseUrl: string;
}

export const PORTAL_CONFIG = Symbol('PORTAL_CONFIG');

/** A missing setting stops the service at start-up, naming it. */
export function loadPortalConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const settings = readSettings('maintenance', schema, env);
  return {
    qrLabelSecret: settings.QR_LABEL_SECRET,
    portalPrivateJwk: JSON.parse(settings.PORTAL_TOKEN_PRIVATE_JWK) as JWK,
    baseUrl: settings.PORTAL_BASE_URL.replace(/\/+$/, ''),
  };
}
