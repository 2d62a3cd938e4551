import { defineRoles, isRoleSet, rolesOf } from './role-set';
import { SERVICE_ROLES } from './role-catalogue';

describe('role sets', () => {
  const Fleet = defineRoles('fleet', { DRIVER: { zh: '驾驶员', en: 'Driver', description: 'Drives the group’s vehicles.' } });

  it('name each role by itself, as tokens carry it, and keep their meaning out of the names', () => {
    expect(Fleet.DRIVER).toBe('DRIVER');
    expect(Object.values(Fleet)).toEqual(['DRIVER']);
    expect(isRoleSet(Fleet)).toBe(true);
    expect(isRoleSet({ DRIVER: 'DRIVER' })).toBe(false);
    expect(rolesOf([Fleet])).toEqual([{ name: 'DRIVER', owner: 'fleet', zh: '驾驶员', en: 'Driver', description: 'Drives the group’s vehicles.' }]);
  });

  it('refuse a name that is not UPPER_SNAKE_CASE', () => {
    expect(() => defineRoles('fleet', { driver: { zh: '驾驶员', en: 'Driver', description: '' } })).toThrow('role driver of fleet must be UPPER_SNAKE_CASE');
  });

  it('refuse two owners declaring the same role, since a token names roles bare', () => {
    const Canteen = defineRoles('canteen', { DRIVER: { zh: '送餐司机', en: 'Delivery driver', description: '' } });
    expect(() => rolesOf([Fleet, Canteen])).toThrow('role DRIVER of canteen is already declared by fleet');
  });

  it('are found among what the contracts folders export', () => {
    const owners = new Map(SERVICE_ROLES.map((role) => [role.name, role.owner]));
    expect(owners.get('TECHNICIAN')).toBe('maintenance');
    expect(owners.get('STOREKEEPER')).toBe('materials');
    expect(owners.has('GROUP_ADMIN')).toBe(false);
  });
});
