import { LocationHierarchy } from '../location/location-hierarchy';
import { checkStaffAssignment } from '../staff/staff';
import { DEMO, DemoLocation, demoTeams } from './demo-directory';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

const campuses = Object.values(DEMO.campuses);
const buildings = byId(Object.values(DEMO.buildings));
const floors = byId(Object.values(DEMO.floors));
const departments = byId(Object.values(DEMO.departments));
const locations: DemoLocation[] = Object.values(DEMO.locations);
const teams = byId(demoTeams());
const staff = Object.values(DEMO.staff);

describe('the demo directory', () => {
  it('uses distinct, valid uuids for every entity', () => {
    const ids = [...campuses, ...buildings.values(), ...floors.values(), ...departments.values(), ...locations, ...teams.values(), ...staff].map((e) => e.id);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has three campuses with the agreed codes', () => {
    expect(campuses.map((c) => c.code)).toEqual(['EAST', 'WEST', 'SOUTH']);
  });

  it('keeps every code unique where the database indexes demand it', () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique([...buildings.values()].map((b) => `${b.campusId}/${b.code}`));
    unique([...floors.values()].map((f) => `${f.buildingId}/${f.level}`));
    unique([...departments.values()].map((d) => `${d.campusId}/${d.costCentreCode}`));
    unique([...departments.values()].filter((d) => d.hisCode).map((d) => `${d.campusId}/${d.hisCode}`));
    unique(locations.map((l) => `${l.campusId}/${l.code}`));
    unique(locations.filter((l) => l.hisCode).map((l) => `${l.campusId}/${l.parentId ?? l.campusId}/${l.hisCode}`));
    // The HIS feed finds a ward by its code group-wide.
    unique(locations.filter((l) => l.hisCode && l.kind === 'WARD').map((l) => l.hisCode ?? ''));
    unique([...teams.values()].map((t) => `${t.campusId}/${t.name}`));
    unique(staff.map((s) => s.employeeNo));
  });

  it('places every location by the same rules the service enforces, parents first', () => {
    const seen = new Map<string, (typeof locations)[number]>();
    for (const l of locations) {
      const building = buildings.get(l.buildingId);
      const floor = l.floorId ? floors.get(l.floorId) : null;
      const parent = l.parentId ? seen.get(l.parentId) : null;
      const department = l.departmentId ? departments.get(l.departmentId) : null;
      expect(building && floor !== undefined && parent !== undefined && department !== undefined).toBe(true);
      expect(() =>
        LocationHierarchy.check({
          id: l.id,
          kind: l.kind,
          campusId: l.campusId,
          building: building!,
          floor: floor ?? null,
          parent: parent ?? null,
          department: department ?? null,
        }),
      ).not.toThrow();
      seen.set(l.id, l);
    }
  });

  it('puts ward 5 on the East campus, owned by cardiology, with nurse 王丽 in that department', () => {
    const ward5 = DEMO.locations.eastWard5;
    expect(ward5.campusId).toBe(DEMO.campuses.east.id);
    expect(ward5.departmentId).toBe(DEMO.departments.eastCardiology.id);
    expect(DEMO.staff.nurseWangLi.name).toBe('王丽');
    expect(DEMO.staff.nurseWangLi.departmentId).toBe(DEMO.departments.eastCardiology.id);
  });

  it("staffs the requisition chain: 王丽's head in cardiology, East's 物资科, and a planner and a purchaser who are two people", () => {
    const { nurseWangLi, headNurseChen, eastMaterialsQian, groupPlannerDeng, groupPurchaserYe } = DEMO.staff;
    expect(headNurseChen.departmentId).toBe(nurseWangLi.departmentId);
    expect(headNurseChen.id).not.toBe(nurseWangLi.id);
    expect(eastMaterialsQian).toMatchObject({ campusId: DEMO.campuses.east.id, jobTitle: '物资科科长' });
    expect(eastMaterialsQian.departmentId).not.toBe(nurseWangLi.departmentId);
    expect(new Set([groupPlannerDeng, groupPurchaserYe, DEMO.staff.groupAdminXu].map((s) => s.id)).size).toBe(3);
  });

  it('staffs every campus with ~4 technicians in its crews, a dispatcher, an admin and a storekeeper, all on their own campus', () => {
    for (const campus of campuses) {
      const people = staff.filter((s) => s.campusId === campus.id);
      expect(people.filter((s) => s.jobTitle === '维修技工')).toHaveLength(4);
      for (const title of ['调度员', '库管员']) expect(people.filter((s) => s.jobTitle === title)).toHaveLength(1);
      expect(people.some((s) => s.jobTitle.includes('科长'))).toBe(true);
    }
    for (const s of staff) {
      expect(() =>
        checkStaffAssignment(s.campusId, s.departmentId ? departments.get(s.departmentId)! : null, s.teamId ? teams.get(s.teamId)! : null),
      ).not.toThrow();
    }
  });
});
