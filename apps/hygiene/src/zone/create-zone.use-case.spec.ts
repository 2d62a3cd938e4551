import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { CreateZone, NAME_MAX } from './create-zone.use-case';
import { RiskLevel, ZoneKind } from './zone-kind';

const EAST = randomUUID();
const WEST = randomUUID();
const WARD = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const groupAdmin: Identity = { subject: 'group-admin', staffId: null, name: '集团后勤', roles: [Role.GROUP_ADMIN], campusIds: [] };
const zone = (over: Partial<Parameters<typeof CreateZone.validate>[1]> = {}) => ({ campusId: EAST, name: '  5病区  ', kind: ZoneKind.WARD, locationIds: [WARD, WARD], ...over });

describe('creating a zone', () => {
  it('takes a trimmed name, the kind’s risk level by default, and each location once', () => {
    expect(CreateZone.validate(eastAdmin, zone())).toEqual({ campusId: EAST, name: '5病区', kind: ZoneKind.WARD, riskLevel: RiskLevel.MEDIUM, locationIds: [WARD] });
    expect(CreateZone.validate(groupAdmin, zone({ campusId: WEST, kind: ZoneKind.ICU })).riskLevel).toBe(RiskLevel.HIGH);
  });

  it('lets a campus raise a zone above its kind (an outbreak ward) but never lower an ICU', () => {
    expect(CreateZone.validate(eastAdmin, zone({ riskLevel: RiskLevel.HIGH })).riskLevel).toBe(RiskLevel.HIGH);
    expect(domainErrorCode(() => CreateZone.validate(eastAdmin, zone({ kind: ZoneKind.ICU, riskLevel: RiskLevel.MEDIUM })))).toBe('ZONE_RISK_BELOW_KIND');
  });

  it('refuses another campus, a blank or an over-long name, and ids that are not ids', () => {
    expect(domainErrorCode(() => CreateZone.validate(eastAdmin, zone({ campusId: WEST })))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => CreateZone.validate(eastAdmin, zone({ name: '   ' })))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => CreateZone.validate(eastAdmin, zone({ name: '名'.repeat(NAME_MAX + 1) })))).toBe('TEXT_TOO_LONG');
    expect(domainErrorCode(() => CreateZone.validate(groupAdmin, zone({ campusId: 'east' })))).toBe('INVALID_ID');
    expect(domainErrorCode(() => CreateZone.validate(groupAdmin, zone({ locationIds: ['5病区'] })))).toBe('INVALID_ID');
  });
});
