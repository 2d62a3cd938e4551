import { runSeed, SeedContext } from '@houqin/platform-local-infra';
import { DEMO, DemoLocation, demoTeamLeads, demoTeams } from './demo-directory';

/**
 * Seeds the demo hospital group through the public mutations (as a group admin, with the demo's fixed ids):
 * group, campuses, buildings, floors, departments, locations, teams and staff, in dependency order.
 */
runSeed('org', async ({ send }) => {
  const existing = await send<{ campuses: { totalCount: number } }>(`{ campuses(first: 1) { totalCount } }`);
  if (existing.campuses.totalCount > 0) return `already seeded${await addHisCodes(send)}`;
  const create = async (mutation: string, inputType: string, inputs: object[]) => {
    for (const input of inputs) await send(`mutation($i: ${inputType}!) { ${mutation}(input: $i) { id } }`, { i: input });
    return inputs.length;
  };
  await send(`mutation($i: UpdateHospitalGroupInput!) { updateHospitalGroup(input: $i) { id } }`, { i: DEMO.group });
  const counts = [
    `${await create('createCampus', 'CreateCampusInput', Object.values(DEMO.campuses))} campuses`,
    `${await create('createBuilding', 'CreateBuildingInput', Object.values(DEMO.buildings))} buildings`,
    `${await create(
      'createFloor',
      'CreateFloorInput',
      Object.values(DEMO.floors).map(({ campusId: _campusId, ...floor }) => floor),
    )} floors`,
    `${await create('createDepartment', 'CreateDepartmentInput', Object.values(DEMO.departments))} departments`,
    `${await create('createLocation', 'CreateLocationInput', Object.values(DEMO.locations))} locations`,
    `${await create('createTeam', 'CreateTeamInput', demoTeams())} teams`,
    `${await create('createStaff', 'CreateStaffInput', Object.values(DEMO.staff))} staff`,
    `${await create('updateTeam', 'UpdateTeamInput', demoTeamLeads())} team leads`,
  ];
  return `${DEMO.group.name}: ${counts.join(', ')}`;
});

/**
 * A demo seeded before locations had HIS codes gets them, so the HIS feed's demo traffic finds its wards and beds
 * (only those that lack one; a code changed by hand stays).
 */
async function addHisCodes(send: SeedContext['send']): Promise<string> {
  let added = 0;
  for (const location of Object.values(DEMO.locations) as DemoLocation[]) {
    if (!location.hisCode) continue;
    const current = await send<{ location: { hisCode: string | null } }>(`query($id: ID!) { location(id: $id) { hisCode } }`, { id: location.id });
    if (current.location.hisCode) continue;
    await send(`mutation($i: UpdateLocationInput!) { updateLocation(input: $i) { id } }`, { i: { id: location.id, hisCode: location.hisCode } });
    added++;
  }
  return added ? `; HIS codes added to ${added} locations` : '';
}
