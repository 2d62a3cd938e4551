import { domainErrorCode as codeOf, domainErrorOf } from '@houqin/platform-errors';
import { creditCodeCheckCharacter, requireCreditCode } from './credit-code';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it("accepts real codes, the standard's own example among them", () => {
    for (const code of ['91350100M000100Y43', '91440300708461136T', '914403001922038216', '91110000600037341L']) expect(requireCreditCode(code)).toBe(code);
  });

  it('computes the check character, 31 counting as 0', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91320500MA1MX5HB2')).toBe('0');
  });

  it('trims and upper-cases what was typed', () => {
    expect(requireCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('refuses a wrong length, letters the standard leaves out and letters in the region code', () => {
    for (const bad of ['91350100M000100Y4', '91350100M000100Y433', '91350100M000I00Y43', '91440101MA5CTEST1A', '9135A100M000100Y43']) {
      expect(codeOf(() => requireCreditCode(bad))).toBe('INVALID_CREDIT_CODE');
    }
    expect(domainErrorOf(() => requireCreditCode('91350100M000I00Y43')).params.reason).toBe('format');
  });

  it('refuses a code whose check character does not match (one character mistyped)', () => {
    const error = domainErrorOf(() => requireCreditCode('91350100M000100Y44'));
    expect(error.code).toBe('INVALID_CREDIT_CODE');
    expect(error.messages['zh-CN']).toBe('统一社会信用代码无效：91350100M000100Y44（校验码不符）');
    expect(codeOf(() => requireCreditCode('91350100M000101Y43'))).toBe('INVALID_CREDIT_CODE');
    expect(codeOf(() => requireCreditCode(' '))).toBe('TEXT_REQUIRED');
  });
});
