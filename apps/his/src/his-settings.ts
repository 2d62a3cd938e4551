import { readSettings } from '@houqin/platform-service';
import type { JWK } from 'jose';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isKnownEncoding } from './hl7/hl7-charset';

const schema = z.object({
  /** The MLLP listener the HIS connects to (DESIGN.md: 2575). In Kubernetes only the HIS may reach it (NetworkPolicy). */
  HIS_MLLP_HOST: z.string().default('127.0.0.1'),
  HIS_MLLP_PORT: z.coerce.number().int().min(0).max(65535).default(2575),
  /** MLLP over TLS: the listener's certificate and key (PEM files); with a CA, the HIS must present a certificate it signed. */
  HIS_MLLP_TLS_CERT_PATH: z.string().optional(),
  HIS_MLLP_TLS_KEY_PATH: z.string().optional(),
  HIS_MLLP_TLS_CA_PATH: z.string().optional(),
  /** A frame larger than this with no end closes the connection. */
  HIS_MAX_MESSAGE_KB: z.coerce.number().int().positive().default(1024),
  /** How a message without MSH-18 is read: many Chinese HIS send GBK unlabelled. */
  HIS_DEFAULT_CHARSET: z.string().default('utf8'),
  /** The hospital's offset for HL7 times that carry none (Beijing time has no daylight saving). */
  HIS_TIME_OFFSET: z.string().regex(/^[+-]\d{4}$/).default('+0800'),
  /** OBX-3.1 codes whose OBX-5 is an isolation precaution (docs/his-interface.md). */
  HIS_PRECAUTION_OBSERVATIONS: z.string().default('ISOLATION'),
  /**
   * Who may call the FHIR endpoint: bearer tokens of the hospital IdP (its JWKS in production, a public key in local mode
   * and tests), as the gateway verifies them. Unset issuer: the endpoint answers every call 401.
   */
  HIS_FHIR_AUTH_ISSUER: z.string().optional(),
  HIS_FHIR_AUTH_AUDIENCE: z.string().default('houqin'),
  HIS_FHIR_AUTH_JWKS_URL: z.url().optional(),
  HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK: z.string().optional(),
  /** The identifier system of the HIS's visit numbers on Encounter.identifier; unset: the official one, else the first. */
  HIS_FHIR_VISIT_SYSTEM: z.string().optional(),
});

/** How FHIR callers' tokens are verified (UserTokenVerifier options). */
export interface FhirAuthSettings {
  issuer: string;
  audience: string;
  jwksUrl?: string;
  publicJwk?: JWK;
}

export interface MllpTls {
  cert: Buffer;
  key: Buffer;
  ca?: Buffer;
}

export interface HisSettings {
  mllpHost: string;
  mllpPort: number;
  mllpTls?: MllpTls;
  maxMessageBytes: number;
  defaultCharset: string;
  timeOffset: string;
  precautionObservations: string[];
  /** Null: FHIR is not set up, every call is refused. */
  fhirAuth: FhirAuthSettings | null;
  fhirVisitSystem: string | null;
}

export const HIS_SETTINGS = Symbol('HIS_SETTINGS');

/** The feed's settings; a wrong one (an unknown charset, a TLS key without its certificate) stops start-up. */
export function loadHisSettings(env: NodeJS.ProcessEnv = process.env): HisSettings {
  const s = readSettings('his', schema, env);
  if (!isKnownEncoding(s.HIS_DEFAULT_CHARSET)) throw new Error(`his: HIS_DEFAULT_CHARSET names no character set iconv-lite reads: ${s.HIS_DEFAULT_CHARSET}`);
  if (s.HIS_FHIR_AUTH_ISSUER && !s.HIS_FHIR_AUTH_JWKS_URL && !s.HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK)
    throw new Error('his: HIS_FHIR_AUTH_ISSUER needs HIS_FHIR_AUTH_JWKS_URL or HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK');
  if (Boolean(s.HIS_MLLP_TLS_CERT_PATH) !== Boolean(s.HIS_MLLP_TLS_KEY_PATH)) throw new Error('his: set both HIS_MLLP_TLS_CERT_PATH and HIS_MLLP_TLS_KEY_PATH, or neither');
  return {
    mllpHost: s.HIS_MLLP_HOST,
    mllpPort: s.HIS_MLLP_PORT,
    mllpTls:
      s.HIS_MLLP_TLS_CERT_PATH && s.HIS_MLLP_TLS_KEY_PATH
        ? {
            cert: readFileSync(s.HIS_MLLP_TLS_CERT_PATH),
            key: readFileSync(s.HIS_MLLP_TLS_KEY_PATH),
            ca: s.HIS_MLLP_TLS_CA_PATH ? readFileSync(s.HIS_MLLP_TLS_CA_PATH) : undefined,
          }
        : undefined,
    maxMessageBytes: s.HIS_MAX_MESSAGE_KB * 1024,
    defaultCharset: s.HIS_DEFAULT_CHARSET,
    timeOffset: s.HIS_TIME_OFFSET,
    precautionObservations: s.HIS_PRECAUTION_OBSERVATIONS.split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    fhirAuth: s.HIS_FHIR_AUTH_ISSUER
      ? {
          issuer: s.HIS_FHIR_AUTH_ISSUER,
          audience: s.HIS_FHIR_AUTH_AUDIENCE,
          jwksUrl: s.HIS_FHIR_AUTH_JWKS_URL,
          publicJwk: s.HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK ? (JSON.parse(s.HIS_FHIR_AUTH_ISSUER_PUBLIC_JWK) as JWK) : undefined,
        }
      : null,
    fhirVisitSystem: s.HIS_FHIR_VISIT_SYSTEM ?? null,
  };
}
