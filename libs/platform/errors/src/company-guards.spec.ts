import { domainErrorCode as codeOf, domainErrorOf } from './domain-error-of';
import { creditCodeCheckCharacter, requireCreditCode, requirePhoneNumber } from './company-guards';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  const check = (value: string) => requireCreditCode('creditCode', value);

  it("accepts real codes, the standard's own example among them", () => {
    for (const code of ['91350100M000100Y43', '91440300708461136T', '914403001922038216', '91110000600037341L']) expect(check(code)).toBe(code);
  });

  it('computes the check character, 31 counting as 0', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91320500MA1MX5HB2')).toBe('0');
  });

  it('trims and upper-cases what was typed', () => {
    expect(check(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('refuses a wrong length, letters the standard leaves out and letters in the region code', () => {
    for (const bad of ['91350100M000100Y4', '91350100M000100Y433', '91350100M000I00Y43', '91440101MA5CTEST1A', '9135A100M000100Y43']) {
      expect(codeOf(() => check(bad))).toBe('INVALID_CREDIT_CODE');
    }
    expect(domainErrorOf(() => check('91350100M000I00Y43')).params.reason).toBe('format');
  });

  it('refuses a code whose check character does not match (one character mistyped), in both languages', () => {
    const error = domainErrorOf(() => check('91350100M000100Y44'));
    expect(error.code).toBe('INVALID_CREDIT_CODE');
    expect(error.messages).toEqual({
      'zh-CN': '统一社会信用代码无效：91350100M000100Y44（校验码不符）',
      en: 'Not a valid unified social credit code (统一社会信用代码): 91350100M000100Y44 (check character wrong)',
    });
    expect(codeOf(() => check('91350100M000101Y43'))).toBe('INVALID_CREDIT_CODE');
    expect(domainErrorOf(() => check(' ')).params).toEqual({ field: 'creditCode' });
  });
});

describe('phone numbers', () => {
  it('accepts mobiles, landlines with area codes and 400 numbers', () => {
    for (const phone of ['13800138000', '021-12345678', '0571 (8888) 6666', '+86 138 0013 8000', '400-820-8820'])
      expect(requirePhoneNumber('phone', phone)).toBe(phone);
  });

  it('refuses letters and fragments', () => {
    for (const bad of ['ext. 12', '12345', '138-0013-800x']) expect(codeOf(() => requirePhoneNumber('phone', bad))).toBe('INVALID_INPUT');
    expect(codeOf(() => requirePhoneNumber('phone', ''))).toBe('TEXT_REQUIRED');
  });
});
