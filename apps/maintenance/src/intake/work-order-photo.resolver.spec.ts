import { Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { createHash, randomUUID } from 'node:crypto';
import { WorkOrderRepository } from '../work-order/work-order.repository';
import { AttachmentStore } from './attachment-store';
import { WorkOrderPhoto } from './intake.model';
import { WorkOrderPhotoResolver } from './work-order-photo.resolver';

const EAST = randomUUID();
const WEST = randomUUID();
const ORDER = randomUUID();
const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const photo: WorkOrderPhoto = {
  id: randomUUID(),
  contentType: 'image/png',
  sizeBytes: bytes.length,
  uploadedAt: new Date(),
  workOrderId: ORDER,
  storedKey: randomUUID(),
  sha256: createHash('sha256').update(bytes).digest('hex'),
};
const person = (roles: Role[], campusIds: string[]): Identity => ({ subject: randomUUID(), staffId: null, name: '测试', roles, campusIds });

/** The download's own checks; the store and the campus-scoped query are exercised for real in intake.int-spec.ts. */
describe('WorkOrderPhoto.dataBase64', () => {
  let stored: Uint8Array;
  const store = { get: async () => stored } as unknown as AttachmentStore;
  // The order is on East: the fake answers like the campus-scoped query does.
  const workOrders = {
    findManyVisible: async (identity: Identity, ids: string[]) =>
      new Map(identity.campusIds.includes(EAST) || identity.roles.includes(Role.GROUP_ADMIN) ? ids.map((id) => [id, { id }]) : []),
  } as unknown as WorkOrderRepository;
  const resolver = new WorkOrderPhotoResolver(store, workOrders);
  const download = (identity: Identity | null) => resolver.dataBase64(photo, { identity });
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'none',
      (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
    );

  beforeEach(() => (stored = bytes));

  it('returns the bytes to whoever may read the work order', async () => {
    expect(await download(person([Role.REQUESTER], [EAST]))).toBe(Buffer.from(bytes).toString('base64'));
    expect(await download(person([Role.GROUP_ADMIN], []))).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('refuses anonymous callers, portal sessions and other campuses', async () => {
    expect(await codeOf(download(null))).toBe('UNAUTHENTICATED');
    expect(await codeOf(download(person([Role.PORTAL_REPORTER], [EAST])))).toBe('FORBIDDEN');
    expect(await codeOf(download(person([Role.CAMPUS_ADMIN], [WEST])))).toBe('NOT_FOUND');
  });

  it('refuses bytes that no longer match the checksum taken at upload', async () => {
    stored = new Uint8Array([...bytes.slice(0, -1), 4]);
    expect(await codeOf(download(person([Role.REQUESTER], [EAST])))).toBe('ATTACHMENT_CORRUPT');
  });
});
