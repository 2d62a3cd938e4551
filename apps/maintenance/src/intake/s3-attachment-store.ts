import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { AttachmentExistsError, AttachmentNotFoundError, AttachmentStore, attachmentKey } from './attachment-store';

export interface S3AttachmentStoreOptions {
  bucket: string;
  /** Folder-like prefix inside the bucket, e.g. `houqin/maintenance`; empty for the bucket's root. */
  prefix: string;
  region: string;
  /** The server's URL (MinIO, Ceph RGW, OSS, OBS); AWS's own endpoint for the region when absent. */
  endpoint?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`: MinIO and Ceph RGW usually need it. */
  forcePathStyle: boolean;
  accessKeyId: string;
  secretAccessKey: string;
  /**
   * Refuse overwrites on the server (`If-None-Match: *`, AWS since 2024, recent MinIO and Ceph). Servers that
   * ignore the header would overwrite silently: turn this off for them and the store checks with HEAD first,
   * which leaves a moment between check and write (harmless with fresh uuid keys, but not atomic).
   */
  conditionalWrites: boolean;
  /** Send `x-amz-checksum-sha256`, which the server verifies and keeps; off for servers without checksum support. */
  checksumSha256: boolean;
}

const normalisePrefix = (prefix: string) => {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed ? `${trimmed}/` : '';
};

const statusOf = (error: unknown) => (error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined);
/** 404 for the key, not for the bucket: a missing bucket is a configuration fault and must say so. */
const keyMissing = (error: unknown) => statusOf(error) === 404 && (error as S3ServiceException).name !== 'NoSuchBucket';

/** Attachments as objects `<prefix>/<uuid>` in one bucket of an S3-compatible store. */
export class S3AttachmentStore extends AttachmentStore {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly options: S3AttachmentStoreOptions) {
    super();
    this.prefix = normalisePrefix(options.prefix);
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // The SDK's default CRC32 trailers are refused by many S3-compatible servers; the SHA-256 below is explicit.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A hung object store must fail the request, not hold it open.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000, throwOnRequestTimeout: true },
    });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<string> {
    const objectKey = this.objectKey(key);
    if (!this.options.conditionalWrites && (await this.exists(objectKey))) throw new AttachmentExistsError(key);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: objectKey,
          Body: bytes,
          ContentType: contentType,
          ...(this.options.conditionalWrites ? { IfNoneMatch: '*' } : {}),
          ...(this.options.checksumSha256 ? { ChecksumSHA256: createHash('sha256').update(bytes).digest('base64') } : {}),
        }),
      );
    } catch (error) {
      // 412: the object exists; 409: another conditional write of the same key is in flight.
      if (this.options.conditionalWrites && (statusOf(error) === 412 || statusOf(error) === 409)) throw new AttachmentExistsError(key);
      throw error;
    }
    return key;
  }

  async get(key: string): Promise<Uint8Array> {
    const objectKey = this.objectKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
      if (!object.Body) throw new Error(`attachment ${key}: the object store returned no body`);
      return await object.Body.transformToByteArray();
    } catch (error) {
      if (keyMissing(error)) throw new AttachmentNotFoundError(key);
      throw error;
    }
  }

  /** S3 answers 204 for a missing key; some compatible servers answer 404, which means the same here. */
  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
    } catch (error) {
      if (!keyMissing(error)) throw error;
    }
  }

  /** Closes the client's pooled connections (Nest calls it at shutdown). */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    return this.prefix + attachmentKey(key);
  }

  private async exists(objectKey: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: objectKey }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }
}
