import { HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaToday } from '@houqin/platform-calendar';
import { errorCode, gatewayCaller, OrgFixture, TestPlatform } from '@houqin/platform-testing';

/** Linen through the gateway, against a real Postgres and Kafka: par levels, collections, returns, losses, shortfalls. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIO = org.department(EAST, '心内科');
const ORTHO = org.department(EAST, '骨科');
const WEST_SURGERY = org.department(WEST, '普外科');

const eastAdmin: Identity = { subject: 'east-admin', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'west-admin', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const supervisor: Identity = { subject: 'east-supervisor', staffId: null, name: '保洁主管', roles: [HygieneRole.HYGIENE_SUPERVISOR], campusIds: [EAST] };
const analyst: Identity = { subject: 'analyst', staffId: null, name: '数据分析员', roles: [Role.ANALYST], campusIds: [] };

const CONTRACTOR = `mutation($input: CreateContractorInput!) { createContractor(input: $input) { id } }`;
const PAR = `mutation($input: SetLinenParLevelInput!) { setLinenParLevel(input: $input) { departmentId kind quantity } }`;
const COLLECT = `mutation($input: CollectDirtyLinenInput!) { collectDirtyLinen(input: $input) { id status lines { kind collected returned lost outstanding } allowedActions } }`;
const RETURN = `mutation($input: ReturnCleanLinenInput!) { returnCleanLinen(input: $input) { id status lines { kind collected returned lost outstanding } } }`;
const CLOSE = `mutation($id: ID!) { closeLinenExchange(linenExchangeId: $id) { status closedAt lines { kind lost outstanding } } }`;
const LIST = `{ linenExchanges(first: 50) { totalCount edges { node { id campusId } } } }`;
const LOSS = `query($month: String!, $campusId: ID) { linenLoss(month: $month, campusId: $campusId) { departmentId kind collected returned outstanding lost lossRate } }`;

describe('hygiene: linen', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  const today = chinaToday(new Date());
  let laundry: string;
  let pestCompany: string;
  const collect = (lines: { kind: string; quantity: number }[], departmentId = CARDIO) =>
    gateway.data(supervisor, COLLECT, { input: { campusId: EAST, departmentId, contractorId: laundry, collectedOn: today, lines } });
  const events = (type: string, key: string) =>
    platform.query<{ data: Record<string, unknown> }>('hygiene', `SELECT data FROM outbox_event WHERE type = $1 AND key = $2 ORDER BY seq`, [type, key]);
  const count = async () => (await platform.query<{ n: number }>('hygiene', `SELECT count(*)::int AS n FROM linen_exchange`))[0].n;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['hygiene'], gateway: true });
    await org.publishTo(platform, 'hygiene');
    laundry = (await gateway.data(eastAdmin, CONTRACTOR, { input: { campusId: EAST, name: '洁康洗涤', kind: 'LAUNDRY' } })).createContractor.id;
    pestCompany = (await gateway.data(eastAdmin, CONTRACTOR, { input: { campusId: EAST, name: '绿盾消杀', kind: 'PEST_CONTROL' } })).createContractor.id;
  });
  afterAll(() => platform?.stop());

  it('collects dirty linen by kind, audited and announced in the same transaction', async () => {
    const created = (
      await collect([
        { kind: 'BED_SHEET', quantity: 40 },
        { kind: 'PILLOWCASE', quantity: 20 },
      ])
    ).collectDirtyLinen;
    expect(created).toMatchObject({
      status: 'OPEN',
      lines: [
        { kind: 'BED_SHEET', collected: 40, returned: 0, lost: 0, outstanding: 40 },
        { kind: 'PILLOWCASE', collected: 20, returned: 0, lost: 0, outstanding: 20 },
      ],
      allowedActions: ['RETURN', 'CLOSE'],
    });
    const [audit] = await platform.query('hygiene', `SELECT action, campus_id FROM audit_entry WHERE entity_id = $1`, [created.id]);
    expect(audit).toEqual({ action: 'linen_exchange.collect', campus_id: EAST });
    const [event] = await events('hygiene.linen-exchange.collected.v1', created.id);
    expect(event.data).toMatchObject({
      departmentId: CARDIO,
      contractorId: laundry,
      lines: [
        { kind: 'BED_SHEET', quantity: 40 },
        { kind: 'PILLOWCASE', quantity: 20 },
      ],
    });
  });

  it('returns clean linen in parts, raises a shortfall against par, and counts the loss when settled short', async () => {
    await gateway.data(eastAdmin, PAR, { input: { campusId: EAST, departmentId: ORTHO, kind: 'BED_SHEET', quantity: 100 } });
    await gateway.data(eastAdmin, PAR, { input: { campusId: EAST, departmentId: ORTHO, kind: 'PATIENT_GOWN', quantity: 100 } });
    const { id } = (
      await collect(
        [
          { kind: 'BED_SHEET', quantity: 60 },
          { kind: 'PATIENT_GOWN', quantity: 30 },
        ],
        ORTHO,
      )
    ).collectDirtyLinen;

    const partial = (
      await gateway.data(supervisor, RETURN, {
        input: {
          linenExchangeId: id,
          lines: [
            { kind: 'BED_SHEET', quantity: 30 },
            { kind: 'PATIENT_GOWN', quantity: 28 },
          ],
        },
      })
    ).returnCleanLinen;
    expect(partial).toMatchObject({
      status: 'OPEN',
      lines: [
        { kind: 'BED_SHEET', returned: 30, outstanding: 30 },
        { kind: 'PATIENT_GOWN', returned: 28, outstanding: 2 },
      ],
    });
    // 30 of 100 sheets still at the laundry is short; 2 of 100 gowns is not.
    const shortfalls = await events('hygiene.linen-exchange.shortfall.v1', ORTHO);
    expect(shortfalls.map((e) => e.data)).toEqual([
      expect.objectContaining({ linenExchangeId: id, departmentName: '骨科', kind: 'BED_SHEET', par: 100, outstanding: 30 }),
    ]);
    expect((await events('hygiene.linen-exchange.returned.v1', id)).map((e) => e.data.complete)).toEqual([false]);

    expect(errorCode(await gateway.call(supervisor, RETURN, { input: { linenExchangeId: id, lines: [{ kind: 'BED_SHEET', quantity: 31 }] } }))).toBe(
      'LINEN_RETURN_EXCEEDS_OUTSTANDING',
    );
    await gateway.data(supervisor, RETURN, { input: { linenExchangeId: id, lines: [{ kind: 'BED_SHEET', quantity: 29 }] } });
    const closed = (await gateway.data(eastAdmin, CLOSE, { id })).closeLinenExchange;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      closedAt: expect.any(String),
      lines: [
        { kind: 'BED_SHEET', lost: 1, outstanding: 0 },
        { kind: 'PATIENT_GOWN', lost: 2, outstanding: 0 },
      ],
    });
    const [settled] = await events('hygiene.linen-exchange.closed.v1', id);
    expect(settled.data.lost).toEqual([
      { kind: 'BED_SHEET', quantity: 1 },
      { kind: 'PATIENT_GOWN', quantity: 2 },
    ]);
    expect(errorCode(await gateway.call(eastAdmin, CLOSE, { id }))).toBe('ILLEGAL_TRANSITION');

    const loss = (await gateway.data(analyst, LOSS, { month: today.slice(0, 7), campusId: EAST })).linenLoss;
    expect(loss.filter((r: { departmentId: string }) => r.departmentId === ORTHO)).toEqual([
      { departmentId: ORTHO, kind: 'BED_SHEET', collected: 60, returned: 59, outstanding: 0, lost: 1, lossRate: 0.0167 },
      { departmentId: ORTHO, kind: 'PATIENT_GOWN', collected: 30, returned: 28, outstanding: 0, lost: 2, lossRate: 0.0667 },
    ]);
  });

  it('completes a collection once every piece is back', async () => {
    const { id } = (await collect([{ kind: 'STAFF_UNIFORM', quantity: 12 }])).collectDirtyLinen;
    const back = (await gateway.data(supervisor, RETURN, { input: { linenExchangeId: id, lines: [{ kind: 'STAFF_UNIFORM', quantity: 12 }] } }))
      .returnCleanLinen;
    expect(back.status).toBe('RETURNED');
    expect((await events('hygiene.linen-exchange.returned.v1', id)).map((e) => e.data.complete)).toEqual([true]);
  });

  it('shows each campus only its own', async () => {
    const westLaundry = (await gateway.data(westAdmin, CONTRACTOR, { input: { campusId: WEST, name: '西院洗涤', kind: 'LAUNDRY' } })).createContractor.id;
    const west = (
      await gateway.data(westAdmin, COLLECT, {
        input: { campusId: WEST, departmentId: WEST_SURGERY, contractorId: westLaundry, collectedOn: today, lines: [{ kind: 'DUVET_COVER', quantity: 8 }] },
      })
    ).collectDirtyLinen;
    const east = (await gateway.data(eastAdmin, LIST)).linenExchanges;
    expect(new Set(east.edges.map((e: { node: { campusId: string } }) => e.node.campusId))).toEqual(new Set([EAST]));
    expect((await gateway.data(analyst, LIST)).linenExchanges.totalCount).toBe(east.totalCount + 1);
    expect(errorCode(await gateway.call(eastAdmin, `query($id: ID!) { linenExchange(id: $id) { id } }`, { id: west.id }))).toBe('NOT_FOUND');
    expect(errorCode(await gateway.call(eastAdmin, RETURN, { input: { linenExchangeId: west.id, lines: [{ kind: 'DUVET_COVER', quantity: 8 }] } }))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await gateway.data(eastAdmin, LOSS, { month: today.slice(0, 7), campusId: null })).linenLoss.map((r: { departmentId: string }) => r.departmentId),
    ).not.toContain(WEST_SURGERY);
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const before = await count();
    const input = { campusId: EAST, departmentId: CARDIO, contractorId: laundry, collectedOn: today, lines: [{ kind: 'BED_SHEET', quantity: 5 }] };
    expect(errorCode(await gateway.call(supervisor, COLLECT, { input: { ...input, contractorId: pestCompany } }))).toBe('CONTRACTOR_NOT_FOR_SERVICE');
    expect(errorCode(await gateway.call(supervisor, COLLECT, { input: { ...input, departmentId: WEST_SURGERY } }))).toBe('REFERENCE_MISMATCH');
    expect(errorCode(await gateway.call(supervisor, COLLECT, { input: { ...input, campusId: WEST } }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(analyst, COLLECT, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await gateway.call(supervisor, COLLECT, { input: { ...input, collectedOn: '2999-01-01' } }))).toBe('DATE_IN_FUTURE');
    const english = await gateway.call(
      supervisor,
      COLLECT,
      {
        input: {
          ...input,
          lines: [
            { kind: 'BED_SHEET', quantity: 2 },
            { kind: 'BED_SHEET', quantity: 3 },
          ],
        },
      },
      'en',
    );
    expect(english.errors?.[0]).toMatchObject({ message: 'The linen kind BED_SHEET is listed twice', extensions: { code: 'LINEN_KIND_REPEATED' } });
    expect(await count()).toBe(before);
  });
});
