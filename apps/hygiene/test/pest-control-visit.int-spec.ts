import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { addDays, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** Pest control through the gateway, against a real Postgres and Kafka: visits, findings, follow-ups and the overdue job. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const KITCHEN = org.location(EAST, { name: '营养食堂后厨', kind: 'AREA' });
const STORE = org.location(EAST, { name: '总务库房', kind: 'AREA' });
const ARCHIVE = org.location(EAST, { name: '病案库', kind: 'AREA' });
const WEST_KITCHEN = org.location(WEST, { name: '西院食堂', kind: 'AREA' });

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const infectionControl: Identity = { subject: 'east-ic', staffId: null, name: '院感科', roles: [HygieneRole.INFECTION_CONTROL], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse', staffId: null, name: '护士', roles: [Role.REQUESTER], campusIds: [EAST] };

const CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;
const RECORD = `mutation($input: RecordPestControlVisitInput!) {
  recordPestControlVisit(input: $input) { id service visitedOn locationIds findings { id locationId pest sighted density } } }`;
const OPEN = `mutation($input: OpenPestFollowUpInput!) { openPestFollowUp(input: $input) { id status dueOn pest locationId } }`;
const RECHECK = `mutation($input: RecheckPestFollowUpInput!) { recheckPestFollowUp(input: $input) { id status dueOn recheckedOn closedAt } }`;
const VISITS = `{ pestControlVisits(first: 50) { totalCount edges { node { id campusId findings { pest } } } } }`;

describe('hygiene: pest control', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  const today = chinaToday(new Date());
  let pestCompany: string;
  let termiteCompany: string;
  let laundry: string;
  const visit = (extra: Record<string, unknown> = {}) => ({
    campusId: EAST,
    contractorId: pestCompany,
    visitedOn: today,
    method: '毒饵站 + 粘蟑板',
    agent: '0.005% 溴敌隆毒饵',
    locationIds: [KITCHEN, STORE],
    findings: [
      { locationId: KITCHEN, pest: 'COCKROACH', sighted: false, density: 3.5 },
      { locationId: STORE, pest: 'RODENT', sighted: true },
    ],
    ...extra,
  });
  const events = (type: string, key: string) =>
    platform.query<{ data: Record<string, unknown> }>('hygiene', `SELECT data FROM outbox_event WHERE type = $1 AND key = $2 ORDER BY seq`, [type, key]);
  const counts = async () =>
    (
      await platform.query('hygiene', `SELECT (SELECT count(*)::int FROM pest_control_visit) AS visits, (SELECT count(*)::int FROM pest_finding) AS findings`)
    )[0];

  beforeAll(async () => {
    // The overdue job every second instead of every 15 minutes.
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true, env: { hygiene: { SCHEDULED_JOB_INTERVAL_MS: '1000' } } });
    await org.publishTo(platform, 'hygiene');
    const contractor = async (name: string, kind: string) =>
      (await gateway.data(eastAdmin, CONTRACTOR, { input: { campusId: EAST, name, kind } })).createContractor.id;
    pestCompany = await contractor('绿盾消杀', 'PEST_CONTROL');
    termiteCompany = await contractor('白蚁防治所', 'TERMITE_CONTROL');
    laundry = await contractor('洁康洗涤', 'LAUNDRY');
  });
  afterAll(() => platform?.stop());

  it('records a visit with its findings per area, audited and announced', async () => {
    const recorded = (await gateway.data(eastAdmin, RECORD, { input: visit() })).recordPestControlVisit;
    expect(recorded).toMatchObject({
      service: 'PEST_CONTROL',
      visitedOn: today,
      locationIds: [KITCHEN, STORE],
      findings: expect.arrayContaining([
        expect.objectContaining({ locationId: KITCHEN, pest: 'COCKROACH', sighted: false, density: 3.5 }),
        expect.objectContaining({ locationId: STORE, pest: 'RODENT', sighted: true, density: null }),
      ]),
    });
    const [audit] = await platform.query('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1`, [recorded.id]);
    expect(audit).toEqual({ action: 'pest_control_visit.record' });
    const [event] = await events('hygiene.pest-control-visit.recorded.v1', recorded.id);
    expect(event.data).toMatchObject({ service: 'PEST_CONTROL', contractorId: pestCompany, locationIds: [KITCHEN, STORE] });
    expect(event.data.findings).toHaveLength(2);

    const termites = (
      await gateway.data(eastAdmin, RECORD, {
        input: visit({
          contractorId: termiteCompany,
          method: '白蚁监测桩检查',
          locationIds: [ARCHIVE],
          findings: [{ locationId: ARCHIVE, pest: 'TERMITE', sighted: true }],
        }),
      })
    ).recordPestControlVisit;
    expect(termites.service).toBe('TERMITE_CONTROL');
  });

  it('opens a follow-up from a finding, alerts when its re-check is overdue, and closes it with a clear re-check', async () => {
    const recorded = (await gateway.data(eastAdmin, RECORD, { input: visit() })).recordPestControlVisit;
    const rodents = recorded.findings.find((f: { pest: string }) => f.pest === 'RODENT');
    const followUp = (
      await gateway.data(infectionControl, OPEN, { input: { findingId: rodents.id, action: '封堵管线孔洞，加密毒饵站', dueOn: addDays(today, 3) } })
    ).openPestFollowUp;
    expect(followUp).toEqual({ id: expect.any(String), status: 'OPEN', dueOn: addDays(today, 3), pest: 'RODENT', locationId: STORE });
    expect(await events('hygiene.pest-control-visit.follow-up-opened.v1', recorded.id)).toHaveLength(1);
    expect(errorCode(await gateway.call(infectionControl, OPEN, { input: { findingId: rodents.id, action: '再开一个', dueOn: addDays(today, 3) } }))).toBe(
      'PEST_FOLLOW_UP_ALREADY_OPEN',
    );

    // Not cleared: due again later; then the re-check date passes unseen and the job raises the alert once.
    const again = (
      await gateway.data(infectionControl, RECHECK, { input: { followUpId: followUp.id, recheckedOn: today, cleared: false, nextDueOn: addDays(today, 2) } })
    ).recheckPestFollowUp;
    expect(again).toMatchObject({ status: 'OPEN', dueOn: addDays(today, 2), recheckedOn: today, closedAt: null });
    await platform.query('hygiene', `UPDATE pest_follow_up SET due_on = $2 WHERE id = $1`, [followUp.id, addDays(today, -2)]);
    const overdue = await eventually(
      async () => {
        const found = await events('hygiene.pest-control-visit.follow-up-overdue.v1', recorded.id);
        return found.length ? found : undefined;
      },
      30_000,
      'the overdue follow-up event',
    );
    expect(overdue.map((e) => e.data)).toEqual([
      expect.objectContaining({ pestFollowUpId: followUp.id, locationName: '总务库房', dueOn: addDays(today, -2), daysOverdue: 2 }),
    ]);

    const closed = (await gateway.data(infectionControl, RECHECK, { input: { followUpId: followUp.id, recheckedOn: today, cleared: true } }))
      .recheckPestFollowUp;
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    expect((await events('hygiene.pest-control-visit.follow-up-rechecked.v1', recorded.id)).map((e) => e.data.cleared)).toEqual([false, true]);
    expect(errorCode(await gateway.call(infectionControl, RECHECK, { input: { followUpId: followUp.id, recheckedOn: today, cleared: true } }))).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(await events('hygiene.pest-control-visit.follow-up-overdue.v1', recorded.id)).toHaveLength(1);
  });

  it('shows each campus only its own', async () => {
    const westCompany = (await gateway.data(westAdmin, CONTRACTOR, { input: { campusId: WEST, name: '西院消杀', kind: 'PEST_CONTROL' } })).createContractor.id;
    const west = (
      await gateway.data(westAdmin, RECORD, { input: { ...visit(), campusId: WEST, contractorId: westCompany, locationIds: [WEST_KITCHEN], findings: [] } })
    ).recordPestControlVisit;
    const east = (await gateway.data(eastAdmin, VISITS)).pestControlVisits;
    expect(new Set(east.edges.map((e: { node: { campusId: string } }) => e.node.campusId))).toEqual(new Set([EAST]));
    expect(errorCode(await gateway.call(eastAdmin, `query($id: ID!) { pestControlVisit(id: $id) { id } }`, { id: west.id }))).toBe('NOT_FOUND');
    const eastFollowUps = (await gateway.data(westAdmin, `{ pestFollowUps(first: 50) { totalCount } }`)).pestFollowUps;
    expect(eastFollowUps.totalCount).toBe(0);
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await counts();
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: visit({ contractorId: laundry }) }))).toBe('CONTRACTOR_NOT_FOR_SERVICE');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: visit({ locationIds: [KITCHEN, WEST_KITCHEN] }) }))).toBe('REFERENCE_MISMATCH');
    expect(errorCode(await gateway.call(eastAdmin, RECORD, { input: visit({ findings: [{ locationId: STORE, pest: 'FLY', sighted: false }] }) }))).toBe(
      'PEST_FINDING_EMPTY',
    );
    expect(errorCode(await gateway.call(nurse, RECORD, { input: visit() }))).toBe('FORBIDDEN');
    const english = await gateway.call(eastAdmin, RECORD, { input: visit({ locationIds: [KITCHEN] }) }, 'en');
    expect(english.errors?.[0]).toMatchObject({
      message: 'The finding\'s location "总务库房" is not among the areas of the visit',
      extensions: { code: 'PEST_FINDING_OUTSIDE_VISIT' },
    });
    expect(await counts()).toEqual(before);
  });
});
