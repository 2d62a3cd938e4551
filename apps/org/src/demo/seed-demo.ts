import { runSeed } from '@houqin/platform-local-infra';
import { DEMO, demoTeamLeads, demoTeams } from './demo-directory';

/**
 * Seeds the demo hospital group through the public mutations (as a group admin, with the demo's fixed ids):
 * group, campuses, buildings, floors, departments, locations, teams and staff, in dependency order.
 */
runSeed('org', async ({ send }) => {
  const existing = await send<{ campuses: { totalCount: number } }>(`{ campuses(first: 1) { totalCount } }`);
  if (existing.campuses.totalCount > 0) return 'already seeded';
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
