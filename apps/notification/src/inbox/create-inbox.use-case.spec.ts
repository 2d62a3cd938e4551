import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { CreateInbox, NAME_MAX } from './create-inbox.use-case';

const EAST = randomUUID();
const WEST = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const groupAdmin: Identity = { subject: 'group-admin', staffId: null, name: '集团后勤', roles: [Role.GROUP_ADMIN], campusIds: [] };

describe('creating a inbox', () => {
  it('takes a trimmed name on a campus of the caller', () => {
    expect(CreateInbox.validate(eastAdmin, { campusId: EAST, name: '  东院一号  ' })).toEqual({ campusId: EAST, name: '东院一号' });
    expect(CreateInbox.validate(groupAdmin, { campusId: WEST, name: '西院一号' })).toEqual({ campusId: WEST, name: '西院一号' });
  });

  it('refuses another campus, a blank or an over-long name, and an id that is not one', () => {
    expect(domainErrorCode(() => CreateInbox.validate(eastAdmin, { campusId: WEST, name: '西院一号' }))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => CreateInbox.validate(eastAdmin, { campusId: EAST, name: '   ' }))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => CreateInbox.validate(eastAdmin, { campusId: EAST, name: '名'.repeat(NAME_MAX + 1) }))).toBe('TEXT_TOO_LONG');
    expect(domainErrorCode(() => CreateInbox.validate(groupAdmin, { campusId: 'east', name: '东院一号' }))).toBe('INVALID_ID');
  });
});
