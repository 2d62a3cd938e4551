import { randomUUID } from 'node:crypto';
import { RepairLabelCode } from './repair-label-code';

const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';

describe('repair label codes', () => {
  const codes = new RepairLabelCode(SECRET);

  it('round-trips a label id in 44 URL-safe characters', () => {
    const id = randomUUID();
    const code = codes.encode(id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(codes.decode(code)).toBe(id);
  });

  it('refuses forged, altered, truncated and foreign codes', () => {
    const code = codes.encode(randomUUID());
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    // Another label's id with this label's signature: pointing a code at another place.
    const otherId = codes.encode(randomUUID()).slice(0, 22);
    for (const forged of [flip(code, 3), flip(code, 30), code.slice(0, 43), `${code}A`, otherId + code.slice(22), '', 'x'.repeat(44), '../../etc/passwd']) {
      expect(() => codes.decode(forged)).toThrow(expect.objectContaining({ code: 'QR_CODE_INVALID' }));
    }
    const foreign = new RepairLabelCode('another-hospital-group-secret-of-32-bytes').encode(randomUUID());
    expect(() => codes.decode(foreign)).toThrow(expect.objectContaining({ code: 'QR_CODE_INVALID' }));
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => new RepairLabelCode('short')).toThrow('at least 32 bytes');
  });
});
