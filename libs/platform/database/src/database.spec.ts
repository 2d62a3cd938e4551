import { SnakeNamingStrategy } from './snake-naming.strategy';
import { uuidv7 } from './uuid';

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
