import { exportJWK, generateKeyPair, importJWK, JWK, CryptoKey } from 'jose';

export const SIGNING_ALG = 'ES256';

export interface KeyPairJwk {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** A fresh ES256 key pair as JWKs (local issuer, gateway identity key, tests). */
export async function generateKeyPairJwk(kid: string): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { extractable: true });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG, use: 'sig' };
  return { privateJwk, publicJwk };
}

export async function importKey(jwk: JWK): Promise<CryptoKey> {
  return (await importJWK(jwk, SIGNING_ALG)) as CryptoKey;
}

/** Reads a JWK from an environment variable holding its JSON. */
export function jwkFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): JWK {
  const raw = env[name];
  if (!raw) throw new Error(`${name} is not set`);
  return JSON.parse(raw) as JWK;
}
