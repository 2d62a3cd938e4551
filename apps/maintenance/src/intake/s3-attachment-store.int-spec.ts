import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { LocalS3Server } from '@houqin/platform-local-infra';
import { startTestS3Server } from '@houqin/platform-testing';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachmentExistsError, AttachmentNotFoundError } from './attachment-store';
import { S3AttachmentStore, S3AttachmentStoreOptions } from './s3-attachment-store';

/** The S3 store against a real S3-compatible server (versitygw, which checks signatures, conditions and checksums). */
describe('S3 attachment store (real S3-compatible server)', () => {
  let dir: string;
  let server: LocalS3Server;
  let raw: S3Client;
  const stores: S3AttachmentStore[] = [];
  const storeWith = (overrides: Partial<S3AttachmentStoreOptions> = {}) => {
    const store = new S3AttachmentStore({
      bucket: 'attachments',
      prefix: 'maintenance/photos',
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      accessKeyId: server.accessKeyId,
      secretAccessKey: server.secretAccessKey,
      conditionalWrites: true,
      checksumSha256: true,
      ...overrides,
    });
    stores.push(store);
    return store;
  };
  const photo = (text: string) => new Uint8Array(Buffer.from(text));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'houqin-s3-'));
    server = await startTestS3Server(dir, ['attachments']);
    const credentials = { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey };
    raw = new S3Client({ endpoint: server.endpoint, region: server.region, forcePathStyle: true, credentials });
  });
  afterAll(async () => {
    for (const store of stores) store.onModuleDestroy();
    raw?.destroy();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores bytes under the prefix with their content type and SHA-256, and reads them back', async () => {
    const store = storeWith();
    const key = randomUUID();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 250, 251, 252]);
    expect(await store.put(key, bytes, 'image/jpeg')).toBe(key);
    expect(await store.get(key)).toEqual(bytes);

    const head = await raw.send(new HeadObjectCommand({ Bucket: 'attachments', Key: `maintenance/photos/${key}`, ChecksumMode: 'ENABLED' }));
    expect(head.ContentType).toBe('image/jpeg');
    expect(head.ContentLength).toBe(10);
    expect(head.ChecksumSHA256).toBe(createHash('sha256').update(bytes).digest('base64'));
    const listed = await raw.send(new ListObjectsV2Command({ Bucket: 'attachments' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([`maintenance/photos/${key}`]);
    // Another prefix is another store: it does not see this photo.
    await expect(storeWith({ prefix: '/other/' }).get(key)).rejects.toThrow(AttachmentNotFoundError);
  });

  it('never overwrites a stored photo, with conditional writes and with the HEAD check', async () => {
    for (const conditionalWrites of [true, false]) {
      const store = storeWith({ conditionalWrites });
      const key = randomUUID();
      await store.put(key, photo('first'), 'image/png');
      await expect(store.put(key, photo('second'), 'image/png')).rejects.toThrow(AttachmentExistsError);
      expect(Buffer.from(await store.get(key)).toString()).toBe('first');
    }
  });

  it('deletes idempotently; reading a missing key says so clearly', async () => {
    const store = storeWith();
    const key = randomUUID();
    await store.put(key, photo('gone soon'), 'image/png');
    await store.delete(key);
    await store.delete(key);
    await store.delete(randomUUID());
    await expect(store.get(key)).rejects.toThrow(`attachment ${key} is not in the attachment store`);
  });

  it('refuses keys that are not uuids, so nothing outside the prefix can be named', async () => {
    const store = storeWith();
    for (const key of ['../etc/passwd', 'other/../x', `${randomUUID()}/x`, '']) {
      await expect(store.put(key, photo('x'), 'image/png')).rejects.toThrow('not a uuid');
      await expect(store.get(key)).rejects.toThrow('not a uuid');
      await expect(store.delete(key)).rejects.toThrow('not a uuid');
    }
  });

  it('fails loudly on wrong credentials or a missing bucket instead of reporting a missing photo', async () => {
    const key = randomUUID();
    await expect(storeWith({ secretAccessKey: 'not-the-secret' }).put(key, photo('x'), 'image/png')).rejects.toThrow(/signature/i);
    const noBucket = storeWith({ bucket: 'no-such-bucket' });
    await expect(noBucket.get(key)).rejects.toThrow(/bucket/i);
    await expect(noBucket.get(key)).rejects.not.toThrow(AttachmentNotFoundError);
  });
});
