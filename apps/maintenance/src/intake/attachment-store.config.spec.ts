import { LocalDiskAttachmentStore } from './attachment-store';
import { attachmentStoreConfig, attachmentStoreFromEnv } from './attachment-store.config';
import { S3AttachmentStore } from './s3-attachment-store';

const s3 = {
  ATTACHMENT_STORE: 's3',
  S3_BUCKET: 'houqin-attachments',
  S3_REGION: 'cn-east-1',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'top-secret-value',
};

describe('attachment store settings', () => {
  it('uses local disk by default, in ATTACHMENTS_DIR or .data', () => {
    expect(attachmentStoreConfig({})).toEqual({ kind: 'local', dir: '.data/attachments/maintenance' });
    expect(attachmentStoreConfig({ ATTACHMENT_STORE: 'local', ATTACHMENTS_DIR: '/var/lib/houqin' })).toEqual({ kind: 'local', dir: '/var/lib/houqin' });
    expect(attachmentStoreFromEnv({ ATTACHMENTS_DIR: '/var/lib/houqin' })).toBeInstanceOf(LocalDiskAttachmentStore);
  });

  it('reads the S3 settings, with defaults for the optional ones', () => {
    expect(attachmentStoreConfig(s3)).toEqual({
      kind: 's3',
      bucket: 'houqin-attachments',
      prefix: '',
      region: 'cn-east-1',
      endpoint: undefined,
      forcePathStyle: false,
      accessKeyId: 'key-id',
      secretAccessKey: 'top-secret-value',
      conditionalWrites: true,
      checksumSha256: true,
    });
    const minio = {
      ...s3,
      S3_ENDPOINT: 'https://minio.hospital.local:9000',
      S3_PREFIX: 'maintenance',
      S3_FORCE_PATH_STYLE: 'true',
      S3_CONDITIONAL_WRITES: 'false',
      S3_CHECKSUM_SHA256: 'false',
    };
    expect(attachmentStoreConfig(minio)).toMatchObject({
      endpoint: 'https://minio.hospital.local:9000',
      prefix: 'maintenance',
      forcePathStyle: true,
      conditionalWrites: false,
      checksumSha256: false,
    });
    expect(attachmentStoreFromEnv(minio)).toBeInstanceOf(S3AttachmentStore);
  });

  it('names every missing S3 setting (and no value), so the service stops at start-up', () => {
    expect(() => attachmentStoreConfig({ ATTACHMENT_STORE: 's3' })).toThrow(
      'maintenance: invalid or missing settings: S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY',
    );
    // Empty values, as deployment templates render unset ones, count as missing.
    expect(() => attachmentStoreConfig({ ...s3, S3_BUCKET: '' })).toThrow(/settings: S3_BUCKET$/);
    let message = '';
    try {
      attachmentStoreConfig({ ...s3, S3_ACCESS_KEY_ID: undefined, S3_FORCE_PATH_STYLE: 'yes' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe('maintenance: invalid or missing settings: S3_ACCESS_KEY_ID, S3_FORCE_PATH_STYLE');
    expect(message).not.toContain('top-secret-value');
  });

  it('refuses an unknown store and a malformed endpoint', () => {
    expect(() => attachmentStoreConfig({ ATTACHMENT_STORE: 'ftp' })).toThrow('settings: ATTACHMENT_STORE');
    expect(() => attachmentStoreConfig({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow('settings: S3_ENDPOINT');
  });

  it('ignores S3 settings in local mode', () => {
    expect(attachmentStoreConfig({ S3_BUCKET: 'x', S3_FORCE_PATH_STYLE: 'maybe' })).toEqual({ kind: 'local', dir: '.data/attachments/maintenance' });
  });
});
