import { Identity, Role } from '@houqin/platform-auth';
import { eventually, graphql, GraphQLResponse, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { DEMO, demoTeams } from '../src/demo/demo-directory';

/**
 * The org subgraph on its own, against real Postgres and Kafka, called as the gateway calls it. The demo
 * hospital group is seeded through the create mutations (as the local-mode seeder does), then read, scoped,
 * refused and changed; every refused write must leave no row, audit entry or event behind.
 */
const EAST = DEMO.campuses.east.id;
const WEST = DEMO.campuses.west.id;
const SOUTH = DEMO.campuses.south.id;
const { buildings: BUILDING, floors: FLOOR, departments: DEPT, locations: LOC, teams: TEAM, staff: STAFF } = DEMO;

const groupAdmin: Identity = { subject: 'xu', staffId: STAFF.groupAdminXu.id, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
const eastAdmin: Identity = { subject: 'zhou', staffId: STAFF.eastAdminZhou.id, name: '周涛', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const nurse: Identity = { subject: 'wangli', staffId: STAFF.nurseWangLi.id, name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

/** The demo directory in dependency order, per create mutation (floors take no campusId). */
const SEED: [mutation: string, inputs: { id: string }[]][] = [
  ['createCampus', Object.values(DEMO.campuses)],
  ['createBuilding', Object.values(BUILDING)],
  ['createFloor', Object.values(FLOOR).map(({ campusId: _campusId, ...floor }) => floor)],
  ['createDepartment', Object.values(DEPT)],
  ['createLocation', Object.values(LOC)],
  ['createTeam', demoTeams()],
  ['createStaff', Object.values(STAFF)],
];
const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);
const DEMO_IDS = SEED.flatMap(([, inputs]) => idsOf(inputs));
const onCampus = <T extends { campusId: string }>(rows: Record<string, T>, campusId: string) => Object.values(rows).filter((r) => r.campusId === campusId);

/** `mutation($input: CreateCampusInput!) { createCampus(input: $input) { id } }` for any directory mutation. */
const mutation = (name: string, selection = 'id') =>
  `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`;

type GraphQLError = NonNullable<GraphQLResponse['errors']>[number];

/** The error's code, both translations, and `message` in the language the call asked for (zh-CN by default). */
function expectError(error: GraphQLError | undefined, code: string, messages: { zh: string; en: string }, locale: 'zh-CN' | 'en' = 'zh-CN') {
  expect(error?.extensions).toMatchObject({ code, messages: { 'zh-CN': messages.zh, en: messages.en } });
  expect(error?.message).toBe(locale === 'en' ? messages.en : messages.zh);
}

const FORBIDDEN = { zh: '无权执行此操作', en: 'You are not allowed to do this' };

describe('org directory (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let url: string;
  const { call, data } = subgraphCaller(() => platform, 'org');
  const write = async (identity: Identity, name: string, input: object, selection = 'id') => (await data(identity, mutation(name, selection), { input }))[name];
  const db = <T = Record<string, any>>(sql: string, params: unknown[] = []) => platform.query<T>('org', sql, params);
  const writeCounts = async () => (await db(`SELECT (SELECT count(*) FROM audit_entry)::int AS audit, (SELECT count(*) FROM outbox_event)::int AS events`))[0];
  const auditOf = (entityId: string) =>
    db<{ action: string; actor_subject: string; before: any; after: any }>(
      `SELECT action, actor_subject, before, after FROM audit_entry WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  const eventsOf = (key: string) => db<{ topic: string; data: any }>(`SELECT topic, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [key]);

  /** A write that must fail: returns its error after checking that it wrote no audit entry and no event (so no row). */
  const refused = async (identity: Identity, name: string, input: object, locale?: 'zh-CN' | 'en') => {
    const before = await writeCounts();
    const response = await call(identity, mutation(name), { input }, locale);
    expect(response.data).toBeNull();
    expect(await writeCounts()).toEqual(before);
    return response.errors?.[0];
  };

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org'] });
    url = platform.serviceUrl('org');
    await write(groupAdmin, 'updateHospitalGroup', DEMO.group);
    for (const [name, inputs] of SEED) {
      for (const input of inputs) expect((await write(groupAdmin, name, input)).id).toBe(input.id);
    }
  });
  afterAll(() => platform?.stop());

  it('audits every seeding write, by the group admin who made it', async () => {
    const rows = await db<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_entry WHERE actor_subject = 'xu' AND (entity_id = ANY($1) OR entity_type = 'HospitalGroup') GROUP BY action`,
      [DEMO_IDS],
    );
    expect(Object.fromEntries(rows.map((r) => [r.action, r.n]))).toEqual({
      'hospital_group.create': 1,
      'campus.create': 3,
      'building.create': Object.keys(BUILDING).length,
      'floor.create': Object.keys(FLOOR).length,
      'department.create': Object.keys(DEPT).length,
      'location.create': Object.keys(LOC).length,
      'team.create': demoTeams().length,
      'staff.create': Object.keys(STAFF).length,
    });
    const [ward5] = await auditOf(LOC.eastWard5.id);
    expect(ward5.before).toBeNull();
    expect(ward5.after).toMatchObject({ code: 'E-ZY1-5W', departmentId: DEPT.eastCardiology.id });
  });

  it('announces each seeded row on its topic, and the relay sends every event to Kafka', async () => {
    const perTopic = await db<{ topic: string; n: number }>(
      `SELECT topic, count(DISTINCT key)::int AS n FROM outbox_event WHERE key = ANY($1) GROUP BY topic ORDER BY topic`,
      [DEMO_IDS],
    );
    expect(perTopic).toEqual([
      { topic: 'org.building.v1', n: Object.keys(BUILDING).length },
      { topic: 'org.campus.v1', n: 3 },
      { topic: 'org.department.v1', n: Object.keys(DEPT).length },
      { topic: 'org.floor.v1', n: Object.keys(FLOOR).length },
      { topic: 'org.location.v1', n: Object.keys(LOC).length },
      { topic: 'org.staff.v1', n: Object.keys(STAFF).length },
      { topic: 'org.team.v1', n: demoTeams().length },
    ]);
    const sent = await eventually(
      async () => {
        const rows = await db<{ topic: string; unsent: number }>(
          `SELECT topic, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM outbox_event GROUP BY topic ORDER BY topic`,
        );
        return rows.every((r) => r.unsent === 0) ? rows : undefined;
      },
      30_000,
      'outbox relayed to Kafka',
    );
    expect(sent.map((r) => r.topic)).toEqual(perTopic.map((r) => r.topic));
    const [event] = await eventsOf(STAFF.nurseWangLi.id);
    expect(event.data).toMatchObject({ employeeNo: 'E3057', campusId: EAST, departmentId: DEPT.eastCardiology.id, active: true });
    expect(event.data).not.toHaveProperty('phone');
  });

  it('scopes reads to the caller’s campuses', async () => {
    const seenByNurse = await data(nurse, `{ hospitalGroup { name } campuses { totalCount edges { node { code } } } }`);
    expect(seenByNurse).toEqual({ hospitalGroup: { name: DEMO.group.name }, campuses: { totalCount: 1, edges: [{ node: { code: 'EAST' } }] } });
    expect((await data(groupAdmin, `{ campuses { totalCount } }`)).campuses.totalCount).toBe(3);

    const lists = `query($west: ID!) { departments(first: 50) { totalCount edges { node { campus { code } } } } staffMembers(first: 50) { totalCount }
      westLocations: locations(campusId: $west) { totalCount } }`;
    const east = await data(eastAdmin, lists, { west: WEST });
    expect(east.departments.totalCount).toBe(onCampus(DEPT, EAST).length);
    expect(new Set(east.departments.edges.map((e: any) => e.node.campus.code))).toEqual(new Set(['EAST']));
    expect(east.staffMembers.totalCount).toBe(onCampus(STAFF, EAST).length);
    expect(east.westLocations.totalCount).toBe(0);
    const group = await data(groupAdmin, lists, { west: WEST });
    expect(group.departments.totalCount).toBe(Object.keys(DEPT).length);
    expect(group.westLocations.totalCount).toBe(onCampus(LOC, WEST).length);

    const beds = await data(nurse, `query($east: ID!) { locations(campusId: $east, kind: BED, search: "501") { totalCount edges { node { code } } } }`, {
      east: EAST,
    });
    expect(beds.locations).toEqual({ totalCount: 2, edges: [{ node: { code: 'E-ZY1-501-1' } }, { node: { code: 'E-ZY1-501-2' } }] });

    const west = DEPT.westRespiratory.id;
    const hidden = await call(eastAdmin, `query($id: ID!) { department(id: $id) { name } }`, { id: west }, 'en');
    expect(hidden.data).toBeNull();
    expectError(hidden.errors?.[0], 'NOT_FOUND', { zh: `未找到科室：${west}`, en: `Department not found: ${west}` }, 'en');
    const hiddenCampus = await call(nurse, `query($id: ID!) { campus(id: $id) { code } }`, { id: WEST });
    expectError(hiddenCampus.errors?.[0], 'NOT_FOUND', { zh: `未找到院区：${WEST}`, en: `Campus not found: ${WEST}` });
  });

  it('resolves nested references: bed -> room -> ward -> department', async () => {
    const { location } = await data(
      nurse,
      `query($id: ID!) { location(id: $id) { name kind campus { code } building { name } floor { name level }
        parent { name kind parent { name kind parent { name } department { name costCentreCode campus { code } } } } department { name } } }`,
      { id: LOC.eastBed501_1.id },
    );
    expect(location).toEqual({
      name: '501-1床',
      kind: 'BED',
      campus: { code: 'EAST' },
      building: { name: '1号住院楼' },
      floor: { name: '5F', level: 5 },
      parent: {
        name: '501病房',
        kind: 'ROOM',
        parent: { name: '5病区', kind: 'WARD', parent: null, department: { name: '心血管内科', costCentreCode: 'E-2101', campus: { code: 'EAST' } } },
      },
      department: { name: '心血管内科' },
    });
  });

  it('keeps a campus admin of East from changing or creating anything on West', async () => {
    expectError(await refused(eastAdmin, 'updateDepartment', { id: DEPT.westRespiratory.id, name: '呼吸科' }, 'en'), 'FORBIDDEN', FORBIDDEN, 'en');
    expectError(await refused(eastAdmin, 'createDepartment', { campusId: WEST, name: '呼吸二科', costCentreCode: 'W-2199' }), 'FORBIDDEN', FORBIDDEN);
    const bed = { campusId: WEST, buildingId: BUILDING.westGeneral.id, parentId: LOC.westWard3.id, kind: 'BED', code: 'W-ZH-301-3', name: '301-3床' };
    expectError(await refused(eastAdmin, 'createLocation', bed), 'FORBIDDEN', FORBIDDEN);
    expectError(await refused(eastAdmin, 'updateStaff', { id: STAFF.westTechWu.id, active: false }), 'FORBIDDEN', FORBIDDEN);

    const [department] = await db(`SELECT name FROM department WHERE id = $1`, [DEPT.westRespiratory.id]);
    expect(department.name).toBe('呼吸内科');
    const [technician] = await db(`SELECT active FROM staff WHERE id = $1`, [STAFF.westTechWu.id]);
    expect(technician.active).toBe(true);
    const created = await db(`SELECT count(*)::int AS n FROM department WHERE cost_centre_code = 'W-2199'`);
    expect(created[0].n).toBe(0);
  });

  it('lets only a group admin choose the id of a new row', async () => {
    const squatted = '0196a1e0-0005-7000-8000-000000001099';
    const byCampusAdmin = await refused(eastAdmin, 'createDepartment', { id: squatted, campusId: EAST, name: '心脏外科', costCentreCode: 'E-2102' });
    expectError(byCampusAdmin, 'FORBIDDEN', FORBIDDEN);
    expect(await db(`SELECT id FROM department WHERE id = $1`, [squatted])).toEqual([]);

    const chosen = '0196a1e0-0005-7000-8000-000000003099';
    const rehab = await write(
      groupAdmin,
      'createDepartment',
      { id: chosen, campusId: SOUTH, name: '康复科', costCentreCode: 'S-2303' },
      'id name campus { code }',
    );
    expect(rehab).toEqual({ id: chosen, name: '康复科', campus: { code: 'SOUTH' } });
    expect(await auditOf(chosen)).toMatchObject([{ action: 'department.create', actor_subject: 'xu', before: null, after: { costCentreCode: 'S-2303' } }]);
    expect(await eventsOf(chosen)).toMatchObject([{ topic: 'org.department.v1', data: { id: chosen, campusId: SOUTH } }]);
  });

  it('answers a malformed id with INVALID_ID', async () => {
    const read = await call(eastAdmin, `{ department(id: "not-a-uuid") { name } }`);
    expectError(read.errors?.[0], 'INVALID_ID', { zh: 'id 不是有效的编号：not-a-uuid', en: 'id is not a valid id: not-a-uuid' });
    const area = { campusId: EAST, buildingId: 'ZY1', kind: 'AREA', code: 'E-ZY1-X', name: '走廊' };
    expectError(
      await refused(eastAdmin, 'createLocation', area, 'en'),
      'INVALID_ID',
      { zh: 'buildingId 不是有效的编号：ZY1', en: 'buildingId is not a valid id: ZY1' },
      'en',
    );
    const north = { id: 'campus-4', code: 'NORTH', name: '北院' };
    expectError(await refused(groupAdmin, 'createCampus', north), 'INVALID_ID', { zh: 'id 不是有效的编号：campus-4', en: 'id is not a valid id: campus-4' });
  });

  it('answers over-long text with TEXT_TOO_LONG', async () => {
    const longName = { campusId: EAST, name: '科'.repeat(101), costCentreCode: 'E-7777' };
    expectError(await refused(eastAdmin, 'createDepartment', longName), 'TEXT_TOO_LONG', {
      zh: 'name 过长（最多 100 个字符）',
      en: 'name is too long (at most 100 characters)',
    });
    const longCode = { campusId: EAST, buildingId: BUILDING.eastOutpatient.id, kind: 'AREA', code: `E-${'X'.repeat(31)}`, name: '候诊区' };
    expectError(
      await refused(eastAdmin, 'createLocation', longCode, 'en'),
      'TEXT_TOO_LONG',
      { zh: 'code 过长（最多 32 个字符）', en: 'code is too long (at most 32 characters)' },
      'en',
    );
    const rename = await refused(eastAdmin, 'updateStaff', { id: STAFF.eastTechLi.id, name: '李'.repeat(101) });
    expect(rename?.extensions?.code).toBe('TEXT_TOO_LONG');
    const [technician] = await db(`SELECT name FROM staff WHERE id = $1`, [STAFF.eastTechLi.id]);
    expect(technician.name).toBe('李卫东');
  });

  it('answers a taken code, employee number or id with DUPLICATE', async () => {
    const duplicate = (entity: string, value: string) => ({ zh: `${entity} 已存在：${value}`, en: `${entity} already exists: ${value}` });
    expectError(await refused(groupAdmin, 'createCampus', { code: 'EAST', name: '又一个东院' }), 'DUPLICATE', duplicate('Campus', 'EAST'));
    const costCentre = { campusId: EAST, name: '心内二科', costCentreCode: 'E-2101' };
    expectError(await refused(eastAdmin, 'createDepartment', costCentre, 'en'), 'DUPLICATE', duplicate('Department', 'E-2101'), 'en');
    expectError(
      await refused(eastAdmin, 'updateDepartment', { id: DEPT.eastOrthopaedics.id, costCentreCode: 'E-2101' }),
      'DUPLICATE',
      duplicate('Department', 'E-2101'),
    );
    // 工号 is unique across the group, not per campus.
    expectError(await refused(groupAdmin, 'createStaff', { campusId: WEST, employeeNo: 'E3057', name: '王丽' }), 'DUPLICATE', duplicate('Staff', 'E3057'));
    expectError(await refused(groupAdmin, 'createCampus', { id: EAST, code: 'NORTH', name: '北院' }), 'DUPLICATE', duplicate('Campus', EAST));

    const [orthopaedics] = await db(`SELECT cost_centre_code FROM department WHERE id = $1`, [DEPT.eastOrthopaedics.id]);
    expect(orthopaedics.cost_centre_code).toBe('E-2205');
    expect(await db(`SELECT id FROM campus WHERE code = 'NORTH'`)).toEqual([]);
  });

  it('answers references that do not belong together with REFERENCE_MISMATCH, in both languages', async () => {
    const crossCampus = { campusId: EAST, departmentId: DEPT.westRespiratory.id, employeeNo: 'E3999', name: '跨院' };
    expectError(await refused(groupAdmin, 'createStaff', crossCampus), 'REFERENCE_MISMATCH', {
      zh: '科室不属于该院区',
      en: 'The department is not on this campus',
    });
    const westCrew = { id: STAFF.eastTechZhang.id, teamId: TEAM.west.plumbing.id };
    expectError(
      await refused(groupAdmin, 'updateStaff', westCrew, 'en'),
      'REFERENCE_MISMATCH',
      { zh: '班组不属于该院区', en: 'The team is not on this campus' },
      'en',
    );

    const inpatient = { campusId: EAST, buildingId: BUILDING.eastInpatient.id };
    const wrongFloor = { ...inpatient, floorId: FLOOR.eastOutpatient1F.id, parentId: LOC.eastWard5.id, kind: 'BED', code: 'E-ZY1-5W-X', name: '加床' };
    expectError(
      await refused(groupAdmin, 'createLocation', wrongFloor, 'en'),
      'REFERENCE_MISMATCH',
      { zh: '楼层不属于该楼栋', en: 'The floor is not in this building' },
      'en',
    );
    const wardUnderBed = { ...inpatient, parentId: LOC.eastBed501_1.id, kind: 'WARD', code: 'E-ZY1-7W', name: '7病区' };
    expectError(await refused(groupAdmin, 'createLocation', wardUnderBed), 'REFERENCE_MISMATCH', {
      zh: '病区的上级只能是区域，不能是床位',
      en: "A ward's parent must be an area, not a bed",
    });

    expect(await db(`SELECT id FROM staff WHERE employee_no = 'E3999'`)).toEqual([]);
    const [zhang] = await db(`SELECT team_id FROM staff WHERE id = $1`, [STAFF.eastTechZhang.id]);
    expect(zhang.team_id).toBe(TEAM.east.plumbing.id);
  });

  it('lets a REQUESTER read but not write', async () => {
    expectError(await refused(nurse, 'updateDepartment', { id: DEPT.eastCardiology.id, name: '心内科' }), 'FORBIDDEN', FORBIDDEN);
    const area = { campusId: EAST, buildingId: BUILDING.eastInpatient.id, kind: 'AREA', code: 'E-ZY1-CK', name: '茶水间' };
    expectError(await refused(nurse, 'createLocation', area, 'en'), 'FORBIDDEN', FORBIDDEN, 'en');
    const [cardiology] = await db(`SELECT name FROM department WHERE id = $1`, [DEPT.eastCardiology.id]);
    expect(cardiology.name).toBe('心血管内科');
  });

  it('refuses calls that did not come through the gateway with HTTP 401', async () => {
    const anonymous = await graphql(url, { query: '{ campuses { totalCount } }' });
    expect(anonymous.status).toBe(401);
    // Refused before GraphQL runs, so `message` stays English whatever the Accept-Language; both translations are there.
    expect(anonymous.errors?.[0].extensions).toEqual({
      code: 'UNAUTHENTICATED',
      messages: { 'zh-CN': '未登录或登录凭证无效', en: 'Not signed in, or the credentials are invalid' },
    });
    const forged = await graphql(url, { query: '{ campuses { totalCount } }', identityToken: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
    const before = await writeCounts();
    const anonymousWrite = await graphql(url, { query: mutation('updateDepartment'), variables: { input: { id: DEPT.eastCardiology.id, name: 'x' } } });
    expect(anonymousWrite.status).toBe(401);
    expect(await writeCounts()).toEqual(before);
  });

  it('deactivates a technician and renames a ward through updates, audited and announced', async () => {
    const chen = STAFF.eastTechChen.id;
    const deactivated = await write(eastAdmin, 'updateStaff', { id: chen, active: false }, 'active team { name }');
    expect(deactivated).toEqual({ active: false, team: { name: '电梯维保' } });
    const crew = await data(
      eastAdmin,
      `query($team: ID!) { active: staffMembers(teamId: $team, active: true) { totalCount } gone: staffMembers(teamId: $team, active: false) { edges { node { name } } } }`,
      {
        team: TEAM.east.elevator.id,
      },
    );
    expect(crew).toEqual({ active: { totalCount: 0 }, gone: { edges: [{ node: { name: '陈海涛' } }] } });

    const ward6 = LOC.eastWard6.id;
    const renamed = await write(eastAdmin, 'updateLocation', { id: ward6, name: '6病区（骨科）' }, 'name floor { name } department { name }');
    expect(renamed).toEqual({ name: '6病区（骨科）', floor: { name: '6F' }, department: { name: '骨科' } });
    const { location } = await data(nurse, `query($id: ID!) { location(id: $id) { parent { name } } }`, { id: LOC.eastBed601_1.id });
    expect(location.parent.name).toBe('6病区（骨科）');

    expect(await db(`SELECT active FROM staff WHERE id = $1`, [chen])).toEqual([{ active: false }]);
    expect(await db(`SELECT name FROM location WHERE id = $1`, [ward6])).toEqual([{ name: '6病区（骨科）' }]);
    expect(await auditOf(chen)).toMatchObject([
      { action: 'staff.create', actor_subject: 'xu' },
      { action: 'staff.update', actor_subject: 'zhou', before: { active: true }, after: { active: false } },
    ]);
    expect(await auditOf(ward6)).toMatchObject([
      { action: 'location.create' },
      { action: 'location.update', actor_subject: 'zhou', before: { name: '6病区' }, after: { name: '6病区（骨科）' } },
    ]);
    expect((await eventsOf(chen)).map((e) => e.data.active)).toEqual([true, false]);
    expect((await eventsOf(ward6)).map((e) => e.data.name)).toEqual(['6病区', '6病区（骨科）']);
  });

  it('names a crew lead (班组长) of the crew’s own campus, resolved on Team.lead and announced with the team', async () => {
    const crew = TEAM.east.plumbing.id;
    const led = await write(eastAdmin, 'updateTeam', { id: crew, leadId: STAFF.eastPlumbingLeadMa.id }, 'lead { name employeeNo }');
    expect(led).toEqual({ lead: { name: '马立新', employeeNo: 'E1020' } });
    expect((await eventsOf(crew)).at(-1)?.data).toMatchObject({ id: crew, leadId: STAFF.eastPlumbingLeadMa.id });
    expectError(await refused(groupAdmin, 'updateTeam', { id: crew, leadId: STAFF.westTechWu.id }), 'REFERENCE_MISMATCH', {
      zh: '班组长不属于该院区',
      en: 'The team lead is not on this campus',
    });
    const cleared = await write(eastAdmin, 'updateTeam', { id: crew, leadId: null }, 'lead { name }');
    expect(cleared).toEqual({ lead: null });
    expect((await eventsOf(crew)).at(-1)?.data).toMatchObject({ leadId: null });
  });

  it('renames a building and a floor through updates, audited and announced, and only on the caller’s campuses', async () => {
    const building = BUILDING.southLogistics.id;
    const floor = FLOOR.southLogistics1F.id;
    expect(await write(groupAdmin, 'updateBuilding', { id: building, name: '后勤综合楼' }, 'code name')).toEqual({ code: 'HQ', name: '后勤综合楼' });
    const renamed = await write(groupAdmin, 'updateFloor', { id: floor, name: '1F 配电房' }, 'level name building { name }');
    expect(renamed).toEqual({ level: 1, name: '1F 配电房', building: { name: '后勤综合楼' } });
    expect(await auditOf(building)).toMatchObject([
      { action: 'building.create' },
      { action: 'building.update', actor_subject: 'xu', before: { name: '后勤楼' }, after: { name: '后勤综合楼' } },
    ]);
    expect((await eventsOf(building)).map((e) => e.data.name)).toEqual(['后勤楼', '后勤综合楼']);
    expect((await eventsOf(floor)).map((e) => e.data)).toMatchObject([{ name: '1F' }, { name: '1F 配电房', level: 1, buildingId: building, campusId: SOUTH }]);

    expectError(await refused(eastAdmin, 'updateBuilding', { id: BUILDING.westGeneral.id, name: '综合大楼' }), 'FORBIDDEN', FORBIDDEN);
    expectError(await refused(eastAdmin, 'updateFloor', { id: FLOOR.westGeneral3F.id, name: '3F ICU' }), 'FORBIDDEN', FORBIDDEN);
  });

  it('gives a bed registered without a department its ward’s department', async () => {
    const extraBed = {
      campusId: EAST,
      buildingId: BUILDING.eastInpatient.id,
      floorId: FLOOR.eastInpatient6F.id,
      parentId: LOC.eastWard6.id,
      kind: 'BED',
      code: 'E-ZY1-6W-JC1',
      name: '6病区加床1',
    };
    const bed = await write(eastAdmin, 'createLocation', extraBed, 'id kind department { name }');
    expect(bed).toMatchObject({ kind: 'BED', department: { name: '骨科' } });
    expect(await db(`SELECT department_id FROM location WHERE id = $1`, [bed.id])).toEqual([{ department_id: DEPT.eastOrthopaedics.id }]);
    expect(await auditOf(bed.id)).toMatchObject([{ action: 'location.create', actor_subject: 'zhou', after: { departmentId: DEPT.eastOrthopaedics.id } }]);
    expect(await eventsOf(bed.id)).toMatchObject([{ topic: 'org.location.v1', data: { parentId: LOC.eastWard6.id, departmentId: DEPT.eastOrthopaedics.id } }]);
  });

  it('keeps HIS codes unique among a parent’s locations, announced for the HIS feed', async () => {
    const duplicate = (value: string) => ({ zh: `Location 已存在：${value}`, en: `Location already exists: ${value}` });
    // Bed 1 of room 501 and bed 1 of room 502 share the HIS's code; two beds "1" in room 501 cannot.
    const [bed1] = await db(`SELECT his_code FROM location WHERE id = $1`, [LOC.eastBed502_1.id]);
    expect(bed1.his_code).toBe('1');
    const secondBed1 = { campusId: EAST, buildingId: BUILDING.eastInpatient.id, floorId: FLOOR.eastInpatient5F.id, parentId: LOC.eastRoom501.id, kind: 'BED', code: 'E-ZY1-501-9', name: '501-9床', hisCode: '1' };
    expectError(await refused(eastAdmin, 'createLocation', secondBed1), 'DUPLICATE', duplicate('1'));
    // Top-level wards: unique on the campus.
    expectError(await refused(eastAdmin, 'updateLocation', { id: LOC.eastWard6.id, hisCode: 'E05' }), 'DUPLICATE', duplicate('E05'));
    const renamed = await write(eastAdmin, 'updateLocation', { id: LOC.eastBed501_2.id, hisCode: '2A' }, 'hisCode');
    expect(renamed).toEqual({ hisCode: '2A' });
    const events = await eventsOf(LOC.eastBed501_2.id);
    expect(events[events.length - 1]).toMatchObject({ topic: 'org.location.v1', data: { hisCode: '2A' } });
    expect((await write(eastAdmin, 'updateLocation', { id: LOC.eastBed501_2.id, hisCode: null }, 'hisCode')).hisCode).toBeNull();
  });

  it('resolves _entities references within the caller’s campuses (null outside them)', async () => {
    const representations = [
      { __typename: 'Department', id: DEPT.eastCardiology.id },
      { __typename: 'Department', id: DEPT.westRespiratory.id },
      { __typename: 'Campus', id: EAST },
      { __typename: 'Campus', id: WEST },
      { __typename: 'Building', id: BUILDING.eastInpatient.id },
      { __typename: 'Floor', id: FLOOR.eastInpatient5F.id },
      { __typename: 'Location', id: LOC.eastWard5.id },
      { __typename: 'Location', id: LOC.westWard3.id },
      { __typename: 'Team', id: TEAM.east.hvac.id },
      { __typename: 'Staff', id: STAFF.nurseWangLi.id },
      { __typename: 'Staff', id: STAFF.westTechWu.id },
      { __typename: 'Location', id: 'not-a-uuid' },
    ];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename
      ... on Department { name } ... on Campus { code } ... on Building { name } ... on Floor { name }
      ... on Location { name } ... on Team { name } ... on Staff { name team { name } } } }`;
    const seenByEast = await data(eastAdmin, query, { r: representations });
    expect(seenByEast._entities).toEqual([
      { __typename: 'Department', name: '心血管内科' },
      null,
      { __typename: 'Campus', code: 'EAST' },
      null,
      { __typename: 'Building', name: '1号住院楼' },
      { __typename: 'Floor', name: '5F' },
      { __typename: 'Location', name: '5病区' },
      null,
      { __typename: 'Team', name: '空调班' },
      { __typename: 'Staff', name: '王丽', team: null },
      null,
      null,
    ]);
    const seenByGroup = await data(groupAdmin, query, { r: representations });
    expect(seenByGroup._entities.filter((e: unknown) => e === null)).toHaveLength(1);
    expect(seenByGroup._entities[10]).toEqual({ __typename: 'Staff', name: '吴磊', team: { name: '水电班' } });
  });

  it('pages nested connections with cursors', async () => {
    const page = `query($id: ID!, $after: String) { campus(id: $id) { departments(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }`;
    const first = (await data(eastAdmin, page, { id: EAST })).campus.departments;
    expect(first.totalCount).toBe(onCampus(DEPT, EAST).length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data(eastAdmin, page, { id: EAST, after: first.pageInfo.endCursor })).campus.departments;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e: any) => e.node.name)).toEqual(onCampus(DEPT, EAST).map((d) => d.name));
  });
});
