import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AttachmentExistsError, AttachmentNotFoundError, LocalDiskAttachmentStore } from './attachment-store';

describe('local disk attachment store', () => {
  let dir: string;
  let store: LocalDiskAttachmentStore;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'houqin-attachments-'));
    store = new LocalDiskAttachmentStore(join(dir, 'maintenance'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores, reads back and deletes bytes under a uuid key', async () => {
    const key = randomUUID();
    expect(await store.put(key, new Uint8Array([1, 2, 3]), 'image/png')).toBe(key);
    expect([...(await store.get(key))]).toEqual([1, 2, 3]);
    expect(await readdir(join(dir, 'maintenance'))).toEqual([key]);
    await store.delete(key);
    await store.delete(key);
    await expect(store.get(key)).rejects.toThrow(AttachmentNotFoundError);
  });

  it('never overwrites a stored photo', async () => {
    const key = randomUUID();
    await store.put(key, new Uint8Array([1]), 'image/png');
    await expect(store.put(key, new Uint8Array([2]), 'image/png')).rejects.toThrow(AttachmentExistsError);
    expect([...(await store.get(key))]).toEqual([1]);
  });

  it('refuses keys that are not uuids, so nothing can be read or written outside its directory', async () => {
    for (const key of ['../../etc/passwd', '/etc/passwd', `${randomUUID()}/../x`, '']) {
      await expect(store.put(key, new Uint8Array([1]), 'image/png')).rejects.toThrow('not a uuid');
      await expect(store.get(key)).rejects.toThrow('not a uuid');
      await expect(store.delete(key)).rejects.toThrow('not a uuid');
    }
  });
});
