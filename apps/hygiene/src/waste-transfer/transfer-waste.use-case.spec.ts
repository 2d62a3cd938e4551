import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { TRANSFER_MAX_GRAMS, TransferWaste } from './transfer-waste.use-case';

const EAST = randomUUID();
const WEST = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const input = (over: object = {}) => ({
  campusId: EAST,
  manifestNo: ' 3201-2026-000123 ',
  disposalCompany: '省固废公司',
  companyWeightGrams: 150_000,
  ...over,
});

describe('transferring waste', () => {
  it('takes a manifest number trimmed, the company and its weight, everything in the store unless loads are named', () => {
    expect(TransferWaste.validate(eastAdmin, input())).toEqual({
      campusId: EAST,
      manifestNo: '3201-2026-000123',
      disposalCompany: '省固废公司',
      companyWeightGrams: 150_000,
      collectionIds: null,
      transferredAt: null,
    });
  });

  it('refuses another campus, a malformed manifest number and an impossible weight', () => {
    expect(domainErrorCode(() => TransferWaste.validate(eastAdmin, input({ campusId: WEST })))).toBe('FORBIDDEN');
    for (const manifestNo of ['12345', '联单 001', '1'.repeat(41)])
      expect(domainErrorCode(() => TransferWaste.validate(eastAdmin, input({ manifestNo })))).toMatch(/INVALID_INPUT|TEXT_TOO_LONG/);
    for (const companyWeightGrams of [0, 1.5, TRANSFER_MAX_GRAMS + 1])
      expect(domainErrorCode(() => TransferWaste.validate(eastAdmin, input({ companyWeightGrams })))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => TransferWaste.validate(eastAdmin, input({ collectionIds: [] })))).toBe('INVALID_INPUT');
  });
});
