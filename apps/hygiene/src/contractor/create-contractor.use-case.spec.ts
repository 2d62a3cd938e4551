import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { ContractorKind } from './contractor-kind';
import { CreateContractor, NAME_MAX } from './create-contractor.use-case';

const EAST = randomUUID();
const WEST = randomUUID();
const ZONE = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const cleaning = { campusId: EAST, name: '  洁康保洁服务有限公司 ', kind: ContractorKind.CLEANING };

describe('registering a contractor', () => {
  it('takes a trimmed name, its contract and, for cleaning, its zones', () => {
    expect(CreateContractor.validate(eastAdmin, { ...cleaning, contractStart: '2026-01-01', contractEnd: '2028-12-31', zoneIds: [ZONE, ZONE] })).toEqual({
      campusId: EAST,
      name: '洁康保洁服务有限公司',
      kind: ContractorKind.CLEANING,
      licenceNo: null,
      contactName: null,
      contactPhone: null,
      contractStart: '2026-01-01',
      contractEnd: '2028-12-31',
      zoneIds: [ZONE],
    });
  });

  it('refuses another campus, a blank or over-long name, a contract ending before it starts, and zones for a laundry', () => {
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, campusId: WEST }))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, name: '   ' }))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, name: '名'.repeat(NAME_MAX + 1) }))).toBe('TEXT_TOO_LONG');
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, contractStart: '2026-06-01', contractEnd: '2026-05-31' }))).toBe(
      'INVALID_DATE_RANGE',
    );
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, kind: ContractorKind.LAUNDRY, zoneIds: [ZONE] }))).toBe(
      'CONTRACTOR_ZONES_CLEANING_ONLY',
    );
    expect(domainErrorCode(() => CreateContractor.validate(eastAdmin, { ...cleaning, zoneIds: ['zone-1'] }))).toBe('INVALID_ID');
  });
});
