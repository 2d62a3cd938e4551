import { SignedIdCode } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';

/**
 * What a repair label's QR code carries: the label's id, signed (SignedIdCode, 44 URL-safe characters), so the QR
 * stays small enough to scan from a 3 cm sticker. A code cannot be made up or altered to point at another place, and
 * a withdrawn label is refused by its id. Changing the key invalidates every printed label (reprint them); it is kept
 * in the deployment's secrets, never in the repo.
 */
export class RepairLabelCode {
  private readonly codes: SignedIdCode;

  constructor(secret: string) {
    if (Buffer.byteLength(secret) < 32) throw new Error('QR_LABEL_SECRET must be at least 32 bytes');
    // The purpose the labels printed before SignedIdCode existed were signed with: they keep scanning.
    this.codes = new SignedIdCode(secret, 'houqin.repair-label.v1');
  }

  encode(labelId: string): string {
    return this.codes.encode(labelId);
  }

  /** The label id a genuine code names; QR_CODE_INVALID for anything else (typos, truncation, forgery). */
  decode(code: string): string {
    const id = this.codes.decode(code);
    if (!id) throw new DomainError('QR_CODE_INVALID');
    return id;
  }
}
