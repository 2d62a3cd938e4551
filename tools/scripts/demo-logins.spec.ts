import { MaterialsRole } from '@houqin/contracts';
import { Role } from '@houqin/platform-auth';
import { DEMO_LOGINS } from './demo-logins';

const holders = (role: Role) => DEMO_LOGINS.filter((login) => login.roles.includes(role));

describe('demo logins', () => {
  it('are distinct logins of distinct people', () => {
    expect(new Set(DEMO_LOGINS.map((l) => l.login)).size).toBe(DEMO_LOGINS.length);
    const people = DEMO_LOGINS.flatMap((l) => (l.employeeNo ? [l.employeeNo] : []));
    expect(new Set(people).size).toBe(people.length);
  });

  it('give every role of the requisition and purchasing chain to someone, and no two of its steps to one person', () => {
    for (const role of [Role.REQUESTER, Role.DEPARTMENT_HEAD, MaterialsRole.MATERIALS_MANAGER, MaterialsRole.STOREKEEPER, MaterialsRole.PLANNER, MaterialsRole.PURCHASER]) {
      expect(holders(role).length).toBeGreaterThan(0);
    }
    const steps: Role[] = [Role.REQUESTER, Role.DEPARTMENT_HEAD, MaterialsRole.MATERIALS_MANAGER, MaterialsRole.PLANNER, MaterialsRole.PURCHASER];
    for (const login of DEMO_LOGINS) expect(login.roles.filter((role) => steps.includes(role)).length).toBeLessThanOrEqual(1);
  });

  it('lists the campuses of planners and purchasers, whose roles are not group-wide in the services', () => {
    for (const login of [...holders(MaterialsRole.PLANNER), ...holders(MaterialsRole.PURCHASER)]) expect(login.campuses).toEqual(['EAST', 'WEST', 'SOUTH']);
  });
});
