import { generateKeyPairJwk, KeyPairJwk } from '@houqin/platform-auth';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalKeys {
  issuer: KeyPairJwk;
  gateway: KeyPairJwk;
  /** Repair-portal sessions: maintenance signs, the gateway verifies. */
  portal: KeyPairJwk;
}

/**
 * Local mode's keys: the stand-in IdP's signing key, the gateway's identity key, the repair portal's keys.
 * Generated on first start into the git-ignored data folder (never committed); production gets them from secrets.
 */
export async function localKeys(dir: string): Promise<LocalKeys> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const load = async <T>(name: string, create: () => Promise<T>): Promise<T> => {
    const path = join(dir, `${name}.json`);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
    const value = await create();
    writeFileSync(path, JSON.stringify(value), { mode: 0o600 });
    return value;
  };
  const pair = (name: string) => load(name, () => generateKeyPairJwk(`local-${name}`));
  return {
    issuer: await pair('issuer'),
    gateway: await pair('gateway'),
    portal: await pair('portal'),
  };
}

/**
 * A service's `local-secret` setting (apps/<name>/service.json), e.g. QR_LABEL_SECRET → `<dir>/qr-label-secret.json`:
 * 32 random bytes made once and kept, so what it signed (printed repair labels) stays valid across restarts.
 */
export function localSecret(dir: string, setting: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${setting.toLowerCase().replace(/_/g, '-')}.json`);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as string;
  const value = randomBytes(32).toString('base64url');
  writeFileSync(path, JSON.stringify(value), { mode: 0o600 });
  return value;
}
