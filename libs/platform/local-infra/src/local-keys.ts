import { generateKeyPairJwk, KeyPairJwk } from '@houqin/platform-auth';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Local mode's keys: the stand-in IdP's signing key and the gateway's identity key. Generated on first
 * start into the git-ignored data folder (never committed); production gets both from secrets.
 */
export async function localKeys(dir: string): Promise<{ issuer: KeyPairJwk; gateway: KeyPairJwk }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const load = async (name: string) => {
    const path = join(dir, `${name}.json`);
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as KeyPairJwk;
    const pair = await generateKeyPairJwk(`local-${name}`);
    writeFileSync(path, JSON.stringify(pair), { mode: 0o600 });
    return pair;
  };
  return { issuer: await load('issuer'), gateway: await load('gateway') };
}
