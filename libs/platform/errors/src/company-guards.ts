import { DomainError } from './domain-error';
import { requireText } from './input-guards';

/** The 31 characters a 统一社会信用代码 may use (GB 32100-2015: no I, O, S, V, Z), in the order of their values 0–30. */
const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 登记管理部门 + 机构类别, 6-digit 行政区划码, 9-character 组织机构代码, check character. */
const CREDIT_CODE_FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** Weights of positions 1–17: 3^(i-1) mod 31. */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A mobile (13800138000), a landline with area code (021-12345678) or a 400 number, as people write them. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/;

/** The check character (position 18) for the first 17 characters, per GB 32100-2015: 31 − (Σ value × weight mod 31), 31 counting as 0. */
export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + CREDIT_CODE_CHARSET.indexOf(char) * CREDIT_CODE_WEIGHTS[i], 0);
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * A company's 统一社会信用代码 (18 characters), trimmed and upper-cased: the format and the check character must
 * both hold, so a mistyped character is caught at entry rather than on the first invoice. Suppliers (物资) and
 * vendors (维保单位) are checked alike.
 */
export function requireCreditCode(field: string, value: string): string {
  const code = requireText(field, value, 32).toUpperCase();
  if (!CREDIT_CODE_FORMAT.test(code)) throw new DomainError('INVALID_CREDIT_CODE', { value: code, reason: 'format', reasonZh: '格式不符' });
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17])
    throw new DomainError('INVALID_CREDIT_CODE', { value: code, reason: 'check character', reasonZh: '校验码不符' });
  return code;
}

/** A contact phone number: digits, spaces, ( ) - and a leading +. */
export function requirePhoneNumber(field: string, value: string): string {
  const phone = requireText(field, value, 24);
  if (!PHONE.test(phone)) throw new DomainError('INVALID_INPUT', { detail: `${field}: digits, spaces, ( ) - and a leading + only` });
  return phone;
}
