import { domainErrorCode as codeOf } from '@houqin/platform-errors';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { Identity, Role } from '@houqin/platform-auth';
import { chosenId, isUniqueViolation } from './row-writes';
import { uuidv7 } from './uuid';
import { likePattern } from './like-pattern';
import { isDatabaseUnavailable } from './data-source';

describe('uuidv7', () => {
  it('is a version 7 UUID ordered by creation time', () => {
    const first = uuidv7(1_700_000_000_000);
    const second = uuidv7(1_700_000_000_001);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first < second).toBe(true);
  });

  it('keeps order for ids generated within the same millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => uuidv7(1_800_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('snake_case naming', () => {
  it('names tables and columns in snake_case', () => {
    const naming = new SnakeNamingStrategy();
    expect(naming.tableName('WorkOrderPart', undefined)).toBe('work_order_part');
    expect(naming.columnName('responseDueAt', undefined, [])).toBe('response_due_at');
    expect(naming.columnName('hisCode', undefined, [])).toBe('his_code');
  });
});

describe('chosenId', () => {
  const EAST = '0196a1e0-0001-7000-8000-000000001000';
  const who = (roles: Role[]): Identity => ({ subject: 's', staffId: null, name: 'n', roles, campusIds: [EAST] });
  it('lets a group admin keep an imported id, lower-cased', () => {
    expect(chosenId(who([Role.GROUP_ADMIN]), 'id', '0196A1E0-0001-7000-8000-000000001000')).toBe(EAST);
  });

  it('is null when no id is given, for anyone', () => {
    expect(chosenId(who([Role.CAMPUS_ADMIN]), 'id', undefined)).toBeNull();
    expect(chosenId(who([Role.CAMPUS_ADMIN]), 'id', null)).toBeNull();
  });

  it('refuses a chosen id from anyone else, and a malformed one', () => {
    expect(codeOf(() => chosenId(who([Role.CAMPUS_ADMIN]), 'id', EAST))).toBe('FORBIDDEN');
    expect(codeOf(() => chosenId(who([Role.GROUP_ADMIN]), 'id', 'ward-5'))).toBe('INVALID_ID');
  });
});

describe('isUniqueViolation', () => {
  it('recognises Postgres duplicates, on a named index when asked', () => {
    const duplicate = { driverError: { code: '23505', constraint: 'item_code_idx' } };
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isUniqueViolation(duplicate, 'item_code_idx')).toBe(true);
    expect(isUniqueViolation(duplicate, 'other_idx')).toBe(false);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(likePattern('5_1%')).toBe('%5\\_1\\%%');
    expect(likePattern('病区')).toBe('%病区%');
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises a database that did not answer or could not be reached, also wrapped by TypeORM', () => {
    expect(isDatabaseUnavailable(new Error('Query read timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isDatabaseUnavailable({ message: 'Query failed', driverError: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })).toBe(
      true,
    );
  });

  it('leaves every other failure to be reported as unexpected', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('relation "x" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
