import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isUuid } from '@houqin/platform-errors';

/**
 * Where attachment bytes live; the database keeps only the key. Local mode writes to disk, production an
 * S3-compatible object store (s3-attachment-store.ts); attachmentStoreFromEnv chooses.
 */
export abstract class AttachmentStore {
  /** Stores the bytes under `key` (a uuid the caller generated) and returns the key to keep. Never overwrites. */
  abstract put(key: string, bytes: Uint8Array, contentType: string): Promise<string>;
  /** The stored bytes; AttachmentNotFoundError when the key holds nothing. */
  abstract get(key: string): Promise<Uint8Array>;
  /** Removes the bytes; a key already gone is not an error (a rolled-back upload cleans up after itself). */
  abstract delete(key: string): Promise<void>;
}

/** A row points at bytes the store does not have: an operations fault (lost volume, wrong bucket), not the caller's. */
export class AttachmentNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`attachment ${key} is not in the attachment store`);
    this.name = 'AttachmentNotFoundError';
  }
}

export class AttachmentExistsError extends Error {
  constructor(readonly key: string) {
    super(`attachment ${key} already exists; stored attachments are never overwritten`);
    this.name = 'AttachmentExistsError';
  }
}

/** Keys must be uuids, so no key can name a path outside the store's directory or prefix. */
export function attachmentKey(key: string): string {
  if (!isUuid(key)) throw new Error(`attachment key is not a uuid: ${String(key).slice(0, 64)}`);
  return key.toLowerCase();
}

export const DEFAULT_ATTACHMENTS_DIR = '.data/attachments/maintenance';

/** One file per attachment in a directory (ATTACHMENTS_DIR). */
export class LocalDiskAttachmentStore extends AttachmentStore {
  private readonly dir: string;

  constructor(dir: string) {
    super();
    this.dir = resolve(dir);
  }

  /** The content type is kept on the attachment row; a file needs none. */
  async put(key: string, bytes: Uint8Array, _contentType: string): Promise<string> {
    const path = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    try {
      await writeFile(path, bytes, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AttachmentExistsError(key);
      throw error;
    }
    return key;
  }

  async get(key: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AttachmentNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    return join(this.dir, attachmentKey(key));
  }
}
