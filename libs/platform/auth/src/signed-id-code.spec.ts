import { createHmac, randomUUID } from 'node:crypto';
import { SignedIdCode } from './signed-id-code';

const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

describe('signed id codes', () => {
  const codes = new SignedIdCode(SECRET, 'houqin.test-label.v1');

  it('round-trips an id in 44 URL-safe characters', () => {
    const id = randomUUID();
    const code = codes.encode(id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(codes.decode(code)).toBe(id);
  });

  it('signs the purpose with the id, as maintenance repair labels already do', () => {
    const id = randomUUID();
    const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
    const hmac = createHmac('sha256', SECRET).update('houqin.repair-label.v1:').update(bytes).digest().subarray(0, 16);
    expect(new SignedIdCode(SECRET, 'houqin.repair-label.v1').encode(id)).toBe(bytes.toString('base64url') + hmac.toString('base64url'));
  });

  it('refuses forged, altered, truncated, foreign and other-purpose codes', () => {
    const code = codes.encode(randomUUID());
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const otherId = codes.encode(randomUUID()).slice(0, 22);
    for (const forged of [flip(code, 3), flip(code, 30), code.slice(0, 43), `${code}A`, otherId + code.slice(22), '', 'x'.repeat(44)]) {
      expect(codes.decode(forged)).toBeNull();
    }
    const id = randomUUID();
    expect(new SignedIdCode('another-hospital-group-secret-of-32-bytes', 'houqin.test-label.v1').decode(codes.encode(id))).toBeNull();
    expect(new SignedIdCode(SECRET, 'houqin.other-label.v1').decode(codes.encode(id))).toBeNull();
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new SignedIdCode('short', 'houqin.test-label.v1')).toThrow('at least 32 bytes');
  });
});
