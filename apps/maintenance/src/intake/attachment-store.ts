import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isUuid } from '@houqin/platform-errors';

/**
 * Where attachment bytes live; the database keeps only the key. Local mode writes to disk; production will
 * use an S3-compatible object store behind this same interface (not built yet).
 */
export abstract class AttachmentStore {
  /** Stores the bytes under `key` (a uuid the caller generated) and returns the key to keep. */
  abstract put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
  abstract get(key: string): Promise<Uint8Array>;
  /** Removes the bytes; a key already gone is not an error (a rolled-back upload cleans up after itself). */
  abstract delete(key: string): Promise<void>;
}

export const DEFAULT_ATTACHMENTS_DIR = '.data/attachments/maintenance';

/** One file per attachment in ATTACHMENTS_DIR. Keys must be uuids, so no key can point outside the directory. */
export class LocalDiskAttachmentStore extends AttachmentStore {
  private readonly dir: string;

  constructor(dir: string = process.env.ATTACHMENTS_DIR || DEFAULT_ATTACHMENTS_DIR) {
    super();
    this.dir = resolve(dir);
  }

  /** The content type is kept on the attachment row; a file needs none. */
  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.pathOf(key), bytes, { flag: 'wx' });
    return key;
  }

  async get(key: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.pathOf(key)));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!isUuid(key)) throw new Error(`attachment key is not a uuid: ${String(key).slice(0, 64)}`);
    return join(this.dir, key.toLowerCase());
  }
}
