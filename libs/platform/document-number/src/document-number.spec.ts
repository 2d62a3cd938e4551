import { formatDocumentNumber } from './document-number';

describe('document numbers', () => {
  it('reads PREFIX-YYYYMMDD-NNNNNN, the sequence zero-padded to six digits', () => {
    expect(formatDocumentNumber('WO', new Date('2026-11-23T02:00:00Z'), 42)).toBe('WO-20261123-000042');
    expect(formatDocumentNumber('SL', new Date('2026-11-23T02:00:00Z'), 123_456)).toBe('SL-20261123-123456');
  });

  it('dates by the Beijing day: from 16:00 UTC it is already the next day', () => {
    expect(formatDocumentNumber('WO', new Date('2026-12-06T15:59:59.999Z'), 1)).toBe('WO-20261206-000001');
    expect(formatDocumentNumber('WO', new Date('2026-12-06T16:00:00Z'), 1)).toBe('WO-20261207-000001');
    // 07:37 on 7 December in Beijing, the case that was numbered -20261206- by its UTC date.
    expect(formatDocumentNumber('WO', new Date('2026-12-06T23:37:00Z'), 1)).toBe('WO-20261207-000001');
    expect(formatDocumentNumber('CG', new Date('2026-12-31T16:00:00Z'), 1)).toBe('CG-20270101-000001');
  });

  it('refuses prefixes and sequence values it could not read back', () => {
    for (const prefix of ['wo', 'W', 'WORKS', 'W-O', '']) expect(() => formatDocumentNumber(prefix, new Date(), 1)).toThrow(/prefix/);
    for (const value of [0, -1, 1.5]) expect(() => formatDocumentNumber('WO', new Date(), value)).toThrow(/starts at 1/);
  });
});
