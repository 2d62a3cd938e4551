import { Identity, Role } from '@houqin/platform-auth';
import { domainErrorCode } from '@houqin/platform-errors';
import { randomUUID } from 'node:crypto';
import { IssueWasteContainers, ISSUE_MAX } from './issue-waste-containers.use-case';
import { WasteCategory, WasteContainerKind } from './waste-category';

const EAST = randomUUID();
const WEST = randomUUID();
const WARD = randomUUID();
const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const input = (over: object = {}) => ({
  campusId: EAST,
  departmentId: WARD,
  category: WasteCategory.SHARPS,
  kind: WasteContainerKind.SHARPS_BOX,
  count: 10,
  ...over,
});

describe('issuing waste containers', () => {
  it('takes a sheet of labels for a ward on a campus of the caller', () => {
    expect(IssueWasteContainers.validate(eastAdmin, input())).toEqual(input());
  });

  it('refuses another campus, a department that is no id, and a count outside 1–200', () => {
    expect(domainErrorCode(() => IssueWasteContainers.validate(eastAdmin, input({ campusId: WEST })))).toBe('FORBIDDEN');
    expect(domainErrorCode(() => IssueWasteContainers.validate(eastAdmin, input({ departmentId: '5病区' })))).toBe('INVALID_ID');
    for (const count of [0, ISSUE_MAX + 1, 2.5])
      expect(domainErrorCode(() => IssueWasteContainers.validate(eastAdmin, input({ count })))).toBe('INVALID_INPUT');
  });
});
