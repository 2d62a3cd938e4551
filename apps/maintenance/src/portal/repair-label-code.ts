import { DomainError } from '@houqin/platform-errors';
import { createHmac, timingSafeEqual } from 'node:crypto';

const ID_CHARS = 22;
const SIGNATURE_BYTES = 16;
const CODE = /^[A-Za-z0-9_-]{44}$/;

/**
 * What a repair label's QR code carries: the label's id and an HMAC of it, 44 URL-safe characters, so the QR
 * stays small enough to scan from a 3 cm sticker. Only the service holds the key: a code cannot be made up or
 * altered to point at another place, and a withdrawn label is refused by its id. Changing the key invalidates
 * every printed label (reprint them); it is kept in the deployment's secrets, never in the repo.
 */
export class RepairLabelCode {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32) throw new Error('QR_LABEL_SECRET must be at least 32 bytes');
    this.key = Buffer.from(secret);
  }

  encode(labelId: string): string {
    const id = Buffer.from(labelId.replace(/-/g, ''), 'hex');
    return id.toString('base64url') + this.sign(id).toString('base64url');
  }

  /** The label id a genuine code names; QR_CODE_INVALID for anything else (typos, truncation, forgery). */
  decode(code: string): string {
    const text = String(code ?? '').trim();
    if (!CODE.test(text)) throw new DomainError('QR_CODE_INVALID');
    const id = Buffer.from(text.slice(0, ID_CHARS), 'base64url');
    const signature = Buffer.from(text.slice(ID_CHARS), 'base64url');
    if (id.length !== 16 || signature.length !== SIGNATURE_BYTES || !timingSafeEqual(signature, this.sign(id))) throw new DomainError('QR_CODE_INVALID');
    const hex = id.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private sign(id: Buffer): Buffer {
    return createHmac('sha256', this.key).update('houqin.repair-label.v1:').update(id).digest().subarray(0, SIGNATURE_BYTES);
  }
}
