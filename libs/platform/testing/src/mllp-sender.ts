import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

/** The independent MLLP client the HIS tests send with: `mllp_send` of the python `hl7` package (BSD), from PyPI. */
export const PYTHON_HL7_VERSION = '0.4.5';

/**
 * Installs python-hl7 into a virtualenv under .cache once (python3 -m venv, pip from PyPI); returns `mllp_send`.
 * The venv is made in place (its scripts name their interpreter by absolute path) and marked complete last, so an
 * interrupted install is made again rather than used.
 */
export function ensureMllpSend(cacheDir = join(ROOT, '.cache', 'python-hl7')): string {
  const home = resolve(cacheDir, PYTHON_HL7_VERSION);
  const binary = join(home, 'bin', 'mllp_send');
  const installed = join(home, '.installed');
  if (existsSync(installed)) return binary;
  rmSync(home, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  execFileSync('python3', ['-m', 'venv', home], { stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync(join(home, 'bin', 'pip'), ['install', '--quiet', `hl7==${PYTHON_HL7_VERSION}`], { stdio: ['ignore', 'inherit', 'inherit'] });
  writeFileSync(installed, `hl7==${PYTHON_HL7_VERSION}\n`);
  return binary;
}

export interface MllpSendOptions {
  port: number;
  /** Messages as HL7 text or bytes (any character set), one connection for all, in order. */
  messages: (string | Buffer)[];
}

/**
 * Sends messages to an MLLP listener with python-hl7's `mllp_send` (one connection, one message at a time, each sent
 * after the previous one's answer) and returns the acknowledgements it printed, as bytes, in order.
 */
export async function mllpSend(options: MllpSendOptions): Promise<Buffer[]> {
  const binary = ensureMllpSend();
  const dir = mkdtempSync(join(tmpdir(), 'houqin-mllp-'));
  try {
    // Pre-framed in a file, which mllp_send reads as MLLP (VT … FS CR) and sends message by message.
    const file = join(dir, 'messages.mllp');
    writeFileSync(file, Buffer.concat(options.messages.map((m) => Buffer.concat([Buffer.of(0x0b), Buffer.from(m), Buffer.of(0x1c, 0x0d)]))));
    const { stdout } = await promisify(execFile)(binary, ['-p', String(options.port), '-f', file, '127.0.0.1'], { encoding: 'buffer', timeout: 60_000 });
    // mllp_send prints each answer as it came, MLLP framing included (VT … FS CR), then a newline.
    const acks: Buffer[] = [];
    for (let start = stdout.indexOf(0x0b); start >= 0; start = stdout.indexOf(0x0b, start + 1)) {
      const end = stdout.indexOf(0x1c, start);
      if (end < 0) break;
      acks.push(stdout.subarray(start + 1, end));
      start = end;
    }
    return acks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
