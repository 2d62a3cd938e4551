import { createHmac, timingSafeEqual } from 'node:crypto';

const ID_CHARS = 22;
const SIGNATURE_BYTES = 16;
const CODE = /^[A-Za-z0-9_-]{44}$/;

/**
 * What a printed QR label carries: a row's uuid and an HMAC of it, 44 URL-safe characters, small enough for a
 * sticker. Only the service holds the key, so a code cannot be made up or altered to name another row. The
 * purpose is signed with the id: a code made for one kind of label is refused as another. Changing the key
 * invalidates every printed label; it comes from the deployment's secrets, never from the repo.
 */
export class SignedIdCode {
  private readonly key: Buffer;

  /** `purpose` names the kind of label and its version, e.g. `houqin.waste-container.v1`. */
  constructor(
    secret: string,
    private readonly purpose: string,
  ) {
    if (Buffer.byteLength(secret) < 32) throw new Error(`the secret signing ${purpose} labels must be at least 32 bytes`);
    this.key = Buffer.from(secret);
  }

  encode(id: string): string {
    const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
    return bytes.toString('base64url') + this.sign(bytes).toString('base64url');
  }

  /** The uuid a genuine code names; null for anything else (typos, truncation, forgery, another purpose): the service says which error. */
  decode(code: string): string | null {
    const text = String(code ?? '').trim();
    if (!CODE.test(text)) return null;
    const id = Buffer.from(text.slice(0, ID_CHARS), 'base64url');
    const signature = Buffer.from(text.slice(ID_CHARS), 'base64url');
    if (id.length !== 16 || signature.length !== SIGNATURE_BYTES || !timingSafeEqual(signature, this.sign(id))) return null;
    const hex = id.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private sign(id: Buffer): Buffer {
    return createHmac('sha256', this.key).update(`${this.purpose}:`).update(id).digest().subarray(0, SIGNATURE_BYTES);
  }
}
