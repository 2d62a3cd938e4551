import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaMonth } from '@houqin/platform-calendar';
import { errorCode, eventually, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** Contractors through the gateway, against a real Postgres and Kafka: monthly checks, ratings, complaints to closure, the overdue alert. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const SURGERY = org.department(EAST, '普外科');
const HEAD = org.staff(EAST, { name: '王护士长', departmentId: CARDIOLOGY });

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const head: Identity = { subject: 'head', staffId: HEAD, name: '王护士长', roles: [Role.DEPARTMENT_HEAD], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse', staffId: null, name: '李护士', roles: [Role.REQUESTER], campusIds: [EAST] };
const otherNurse: Identity = { ...nurse, subject: 'other-nurse', name: '赵护士' };
const supervisor: Identity = { subject: 'supervisor', staffId: null, name: '保洁主管', roles: [HygieneRole.HYGIENE_SUPERVISOR], campusIds: [EAST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析员', roles: [Role.ANALYST], campusIds: [] };

const CREATE = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id campusId name kind active contractStart zoneIds } }`;
const LIST = `{ contractors(first: 20) { totalCount edges { node { id campusId } } } }`;
const ONE = `query($id: ID!) { contractor(id: $id) { id } }`;
const CHECK = `mutation($input: RecordContractorMonthlyCheckInput!) { recordContractorMonthlyCheck(input: $input) { id departmentId month score checkedByName } }`;
const RATINGS = `query($quarter: String!) { contractorRatings(quarter: $quarter) { contractorId checks checkAverage inspections complaints deduction score grade } }`;
const RAISE = `mutation($input: RaiseContractorComplaintInput!) { raiseContractorComplaint(input: $input) { id number status responseDueAt } }`;
const step = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { id status statusZh reopenCount } }`;
const RESOLVE = `mutation($input: ResolveContractorComplaintInput!) { resolveContractorComplaint(input: $input) { id status resolution } }`;

const now = new Date();
const month = chinaMonth(now);
const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
const checkItems = [
  { criterion: '保洁及时', points: 9 },
  { criterion: '服务态度', points: 8 },
];

describe('hygiene: contractors', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  let laundryId: string;
  const count = async (table: string) => (await platform.query<{ n: number }>('hygiene', `SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true, env: { hygiene: { SCHEDULED_JOB_INTERVAL_MS: '500' } } });
    await org.publishTo(platform, 'hygiene');
  });
  afterAll(() => platform?.stop());

  it('registers a contractor, audited and announced in the same transaction', async () => {
    const { createContractor: created } = await gateway.data(eastAdmin, CREATE, {
      input: {
        campusId: EAST,
        name: ' 白云洗涤服务公司 ',
        kind: 'LAUNDRY',
        contractStart: '2026-01-01',
        contractEnd: '2027-12-31',
        contactPhone: '0571-88886666',
      },
    });
    laundryId = created.id;
    expect(created).toEqual({
      id: expect.any(String),
      campusId: EAST,
      name: '白云洗涤服务公司',
      kind: 'LAUNDRY',
      active: true,
      contractStart: '2026-01-01',
      zoneIds: [],
    });
    const [audit] = await platform.query('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1`, [created.id]);
    expect(audit).toEqual({ action: 'contractor.create' });
    const [event] = await platform.query('hygiene', `SELECT type, data->>'kind' AS kind FROM outbox_event WHERE key = $1`, [created.id]);
    expect(event).toEqual({ type: 'hygiene.contractor.created.v1', kind: 'LAUNDRY' });
  });

  it('shows each campus only its own; group-wide readers see all', async () => {
    await gateway.data(westAdmin, CREATE, { input: { campusId: WEST, name: '西院除四害', kind: 'PEST_CONTROL' } });
    const east = await gateway.data(eastAdmin, LIST);
    expect(east.contractors.edges.map((e: any) => e.node.campusId)).toEqual([EAST]);
    const all = await gateway.data(analyst, LIST);
    expect(all.contractors.totalCount).toBe(2);
    const westOne = all.contractors.edges.find((e: any) => e.node.campusId === WEST).node;
    expect(errorCode(await gateway.call(eastAdmin, ONE, { id: westOne.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(nurse, RAISE, { input: { contractorId: westOne.id, description: '越权' } }))).toBe('NOT_FOUND');
  });

  it('takes one monthly check per department from its own head, and rates the quarter on it', async () => {
    const { recordContractorMonthlyCheck: check } = await gateway.data(head, CHECK, {
      input: { contractorId: laundryId, departmentId: CARDIOLOGY, month, items: checkItems, comment: '被服送达及时' },
    });
    expect(check).toEqual({ id: expect.any(String), departmentId: CARDIOLOGY, month, score: 85, checkedByName: '王护士长' });
    const [event] = await platform.query('hygiene', `SELECT type FROM outbox_event WHERE data->>'checkId' = $1`, [check.id]);
    expect(event).toEqual({ type: 'hygiene.contractor.monthly-check-recorded.v1' });
    const { contractorRatings } = await gateway.data(eastAdmin, RATINGS, { quarter });
    expect(contractorRatings).toEqual([
      { contractorId: laundryId, checks: 1, checkAverage: 85, inspections: 0, complaints: 0, deduction: 0, score: 85, grade: 'B' },
    ]);
  });

  it('refuses bad checks with a typed error and writes nothing', async () => {
    const before = await count('contractor_monthly_check');
    const input = { contractorId: laundryId, departmentId: CARDIOLOGY, month, items: checkItems };
    expect(errorCode(await gateway.call(head, CHECK, { input }))).toBe('CONTRACTOR_CHECK_DUPLICATE');
    expect(errorCode(await gateway.call(head, CHECK, { input: { ...input, departmentId: SURGERY } }))).toBe('CONTRACTOR_CHECK_OTHER_DEPARTMENT');
    expect(errorCode(await gateway.call(head, CHECK, { input: { ...input, month: '2999-01' } }))).toBe('CONTRACTOR_CHECK_MONTH_AHEAD');
    expect(errorCode(await gateway.call(head, CHECK, { input: { ...input, items: [{ criterion: '服务态度', points: 11 }] } }))).toBe('INVALID_INPUT');
    expect(errorCode(await gateway.call(nurse, CHECK, { input }))).toBe('FORBIDDEN');
    const english = await gateway.call(eastAdmin, CREATE, { input: { campusId: EAST, name: '白云洗涤服务公司', kind: 'LAUNDRY' } }, 'en');
    expect(english.errors?.[0]).toMatchObject({
      extensions: { code: 'CONTRACTOR_NAME_TAKEN' },
      message: 'Another contractor on this campus is already named "白云洗涤服务公司"',
    });
    expect(await count('contractor_monthly_check')).toBe(before);
    expect(await count('contractor')).toBe(2);
  });

  it('handles a complaint to closure, reopened once, with an event at every step', async () => {
    const { raiseContractorComplaint: raised } = await gateway.data(nurse, RAISE, {
      input: { contractorId: laundryId, departmentId: CARDIOLOGY, description: '病号服送回时仍有污渍' },
    });
    expect(raised.status).toBe('OPEN');
    expect(raised.number).toMatch(/^TS-\d{8}-\d{6}$/);
    expect(new Date(raised.responseDueAt).getTime() - Date.now()).toBeGreaterThan(119 * 60_000);
    expect(errorCode(await gateway.call(nurse, step('acceptContractorComplaint'), { id: raised.id }))).toBe('FORBIDDEN');
    await gateway.data(supervisor, step('acceptContractorComplaint'), { id: raised.id });
    await gateway.data(supervisor, RESOLVE, { input: { complaintId: raised.id, resolution: '已重新清洗并更换' } });
    expect(errorCode(await gateway.call(otherNurse, step('closeContractorComplaint'), { id: raised.id }))).toBe('FORBIDDEN');
    const reopened = await gateway.data(nurse, step('reopenContractorComplaint'), { id: raised.id });
    expect(reopened.reopenContractorComplaint).toMatchObject({ status: 'REOPENED', statusZh: '重新打开', reopenCount: 1 });
    await gateway.data(supervisor, step('acceptContractorComplaint'), { id: raised.id });
    await gateway.data(supervisor, RESOLVE, { input: { complaintId: raised.id, resolution: '更换洗涤剂，专人复查' } });
    const closed = await gateway.data(nurse, step('closeContractorComplaint'), { id: raised.id });
    expect(closed.closeContractorComplaint.status).toBe('CLOSED');
    const illegal = await gateway.call(supervisor, step('acceptContractorComplaint'), { id: raised.id });
    expect(errorCode(illegal)).toBe('ILLEGAL_TRANSITION');
    const events = await platform.query<{ status: string }>(
      'hygiene',
      `SELECT coalesce(data->>'status', 'RAISED') AS status FROM outbox_event WHERE key = $1 ORDER BY seq`,
      [raised.id],
    );
    expect(events.map((e) => e.status)).toEqual(['RAISED', 'ACCEPTED', 'RESOLVED', 'REOPENED', 'ACCEPTED', 'RESOLVED', 'CLOSED']);
    const audits = await platform.query<{ action: string }>('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [raised.id]);
    expect(audits.map((a) => a.action)).toContain('contractor_complaint.reopen');
  });

  it('alerts once when a complaint is not accepted by its deadline', async () => {
    const { raiseContractorComplaint: raised } = await gateway.data(nurse, RAISE, { input: { contractorId: laundryId, description: '工作服少送两件' } });
    await platform.query('hygiene', `UPDATE contractor_complaint SET response_due_at = now() - interval '1 minute' WHERE id = $1`, [raised.id]);
    const overdue = () =>
      platform.query<{ number: string; contractorName: string }>(
        'hygiene',
        `SELECT data->>'number' AS number, data->>'contractorName' AS "contractorName" FROM outbox_event WHERE key = $1 AND type = 'hygiene.contractor.complaint-response-overdue.v1'`,
        [raised.id],
      );
    await eventually(async () => ((await overdue()).length ? true : undefined), 30_000, 'the overdue alert');
    // Several more runs of the job: still one alert for this deadline.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await overdue()).toEqual([{ number: raised.number, contractorName: '白云洗涤服务公司' }]);
    const { contractorRatings } = await gateway.data(eastAdmin, RATINGS, { quarter });
    expect(contractorRatings[0]).toMatchObject({ complaints: 2, deduction: 4, score: 81, grade: 'B' });
  });
});
