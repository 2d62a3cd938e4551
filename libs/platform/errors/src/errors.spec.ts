import { domainErrorCode as codeOf, localise, optionalIsoDate, requireIsoDate, pickLocale, requirePositiveInt, requireText, requireUuid } from './index';

describe('error catalogue', () => {
  it('fills both languages from the same params', () => {
    expect(localise('TEXT_TOO_LONG', { field: 'title', max: 100 })).toEqual({
      'zh-CN': 'title 过长（最多 100 个字符）',
      en: 'title is too long (at most 100 characters)',
    });
  });

  it('picks zh-CN by default and honours quality values', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr-FR,en;q=0.5,zh-CN;q=0.8')).toBe('zh-CN');
    expect(pickLocale('de-DE')).toBe('zh-CN');
  });
});

describe('input guards', () => {
  it('accepts and normalises good input', () => {
    expect(requireUuid('id', '0196A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B')).toBe('0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b');
    expect(requireText('name', '  5病区  ', 10)).toBe('5病区');
    expect(requirePositiveInt('quantity', 2)).toBe(2);
  });

  it('rejects bad input with the catalogue code', () => {
    expect(codeOf(() => requireUuid('id', 'ward-5'))).toBe('INVALID_ID');
    expect(codeOf(() => requireText('name', '   ', 10))).toBe('TEXT_REQUIRED');
    expect(codeOf(() => requireText('name', '一二三四五六七八九十一', 10))).toBe('TEXT_TOO_LONG');
    expect(codeOf(() => requirePositiveInt('quantity', 0))).toBe('QUANTITY_NOT_POSITIVE');
    expect(codeOf(() => requirePositiveInt('quantity', 1.5))).toBe('QUANTITY_NOT_POSITIVE');
  });
});

describe('calendar dates', () => {
  it('accepts real dates and treats absence as null', () => {
    expect(optionalIsoDate('expiresOn', '2027-02-28')).toBe('2027-02-28');
    expect(optionalIsoDate('expiresOn', '2028-02-29')).toBe('2028-02-29');
    expect(optionalIsoDate('expiresOn', null)).toBeNull();
    expect(optionalIsoDate('expiresOn', undefined)).toBeNull();
  });

  it('rejects impossible or malformed dates', () => {
    for (const bad of ['2027-02-30', '2027-13-01', '27-01-01', '2027/01/01', '2027-01-01T00:00:00Z']) {
      expect(codeOf(() => optionalIsoDate('expiresOn', bad))).toBe('INVALID_INPUT');
    }
  });

  it('requires a real calendar date where one is mandatory', () => {
    expect(requireIsoDate('commissionedOn', '2028-02-29')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-6-1', '20260601', '2026-06-01T00:00:00Z', ''])
      expect(codeOf(() => requireIsoDate('commissionedOn', bad))).toBe('INVALID_INPUT');
  });
});
