import { DomainError } from '@houqin/platform-errors';
import { optionalPhone, ReferenceMismatch, requireSameCampus } from './directory-rules';

describe('ReferenceMismatch', () => {
  it('is a REFERENCE_MISMATCH DomainError with a sentence per language', () => {
    const error = new ReferenceMismatch('楼层不属于该楼栋', 'The floor is not in this building');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('REFERENCE_MISMATCH');
    expect(error.messages).toEqual({ 'zh-CN': '楼层不属于该楼栋', en: 'The floor is not in this building' });
  });
});

describe('requireSameCampus', () => {
  it('passes an absent reference or one on the campus, refuses another campus', () => {
    expect(() => requireSameCampus('c1', null, { zh: '科室', en: 'department' })).not.toThrow();
    expect(() => requireSameCampus('c1', { campusId: 'c1' }, { zh: '科室', en: 'department' })).not.toThrow();
    expect(() => requireSameCampus('c1', { campusId: 'c2' }, { zh: '班组', en: 'team' })).toThrow('The team is not on this campus');
  });
});

describe('optionalPhone', () => {
  it('keeps numbers as people write them and treats blanks as none', () => {
    expect(optionalPhone(' 021-6404 1990 ')).toBe('021-6404 1990');
    expect(optionalPhone('+86 13800001021')).toBe('+86 13800001021');
    expect(optionalPhone('')).toBeNull();
    expect(optionalPhone(undefined)).toBeNull();
  });

  it('refuses what is not a phone number', () => {
    expect(() => optionalPhone('call the ward')).toThrow(DomainError);
    expect(() => optionalPhone('1'.repeat(40))).toThrow(DomainError);
  });
});
