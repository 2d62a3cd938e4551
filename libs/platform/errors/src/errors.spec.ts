import { domainErrorCode as codeOf, localise, pickLocale, requirePositiveInt, requireText, requireUuid } from './index';

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
