import { readSettings } from '@houqin/platform-service';
import { z } from 'zod';
import { AttachmentStore, DEFAULT_ATTACHMENTS_DIR, LocalDiskAttachmentStore } from './attachment-store';
import { S3AttachmentStore, S3AttachmentStoreOptions } from './s3-attachment-store';

const flag = (fallback: 'true' | 'false') => z.enum(['true', 'false']).default(fallback);

const kindSchema = z.object({ ATTACHMENT_STORE: z.enum(['local', 's3']).default('local') });
const localSchema = z.object({ ATTACHMENTS_DIR: z.string().default(DEFAULT_ATTACHMENTS_DIR) });
const s3Schema = z.object({
  S3_BUCKET: z.string(),
  S3_REGION: z.string(),
  S3_ACCESS_KEY_ID: z.string(),
  S3_SECRET_ACCESS_KEY: z.string(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_PREFIX: z.string().default(''),
  S3_FORCE_PATH_STYLE: flag('false'),
  S3_CONDITIONAL_WRITES: flag('true'),
  S3_CHECKSUM_SHA256: flag('true'),
});

export type AttachmentStoreConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3AttachmentStoreOptions);

/**
 * The attachment store's settings: ATTACHMENT_STORE=local (default; ATTACHMENTS_DIR) or s3 (S3_*). A missing
 * required setting throws with its name, so the service stops at start-up instead of at the first photo.
 */
export function attachmentStoreConfig(env: NodeJS.ProcessEnv = process.env): AttachmentStoreConfig {
  // Deployment templates render unset values as empty strings: those count as unset.
  const set = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => !!entry[1]));
  if (readSettings('maintenance', kindSchema, set).ATTACHMENT_STORE === 'local')
    return { kind: 'local', dir: readSettings('maintenance', localSchema, set).ATTACHMENTS_DIR };
  const s3 = readSettings('maintenance', s3Schema, set);
  return {
    kind: 's3',
    bucket: s3.S3_BUCKET,
    prefix: s3.S3_PREFIX,
    region: s3.S3_REGION,
    endpoint: s3.S3_ENDPOINT,
    forcePathStyle: s3.S3_FORCE_PATH_STYLE === 'true',
    accessKeyId: s3.S3_ACCESS_KEY_ID,
    secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
    conditionalWrites: s3.S3_CONDITIONAL_WRITES === 'true',
    checksumSha256: s3.S3_CHECKSUM_SHA256 === 'true',
  };
}

export function attachmentStoreFromEnv(env: NodeJS.ProcessEnv = process.env): AttachmentStore {
  const config = attachmentStoreConfig(env);
  if (config.kind === 'local') return new LocalDiskAttachmentStore(config.dir);
  const { kind: _kind, ...options } = config;
  return new S3AttachmentStore(options);
}
