import { EncounterAdmissionCancelledV1, EncounterAdmittedV1, EncounterDischargedV1, HygieneRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { chinaInstant, chinaMonth, chinaToday } from '@houqin/platform-calendar';
import { errorCode, eventually, gatewayCaller, OrgFixture, publishEvents, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/**
 * The medical waste chain of custody through the gateway, against a real Postgres and Kafka: labels, scan and
 * weigh, the ward's signature, the store, the transfer and its reconciliation, the ledger, the KPIs, the storage
 * alerts, scoping, and refusals that write nothing.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const WARD_5 = org.department(EAST, '5病区');
const WARD_7 = org.department(EAST, '7病区');
const WEST_WARD = org.department(WEST, '西院1病区');
const COLLECTOR = org.staff(EAST, { name: '李医废' });
const NURSE_5 = org.staff(EAST, { name: '王护士', departmentId: WARD_5 });
const NURSE_7 = org.staff(EAST, { name: '赵护士', departmentId: WARD_7 });

const id = (subject: string, roles: Role[], campusIds: string[], staffId: string | null = null, name = subject): Identity => ({
  subject,
  staffId,
  name,
  roles,
  campusIds,
});
const eastAdmin = id('east-admin', [Role.CAMPUS_ADMIN], [EAST], null, '东院后勤科');
const westAdmin = id('west-admin', [Role.CAMPUS_ADMIN], [WEST], null, '西院后勤科');
const analyst = id('analyst', [Role.ANALYST], []);
const collector = id('collector', [HygieneRole.WASTE_COLLECTOR], [EAST], COLLECTOR, '李医废');
const westCollector = id('west-collector', [HygieneRole.WASTE_COLLECTOR], [WEST]);
const nurse5 = id('nurse-5', [Role.REQUESTER], [EAST], NURSE_5, '王护士');
const nurse7 = id('nurse-7', [Role.REQUESTER], [EAST], NURSE_7, '赵护士');

const ISSUE = `mutation($input: IssueWasteContainersInput!) { issueWasteContainers(input: $input) { id campusId departmentId category kind reusable labelCode } }`;
const RECORD = `mutation($input: RecordWasteCollectionInput!) { recordWasteCollection(input: $input) {
  id status weightGrams category departmentId collector { staffId name } wardSigner { staffId } allowedActions } }`;
const CONFIRM = `mutation($input: WasteCollectionsStepInput!) { confirmWasteHandover(input: $input) { id status wardSigner { staffId name } } }`;
const STORE = `mutation($input: WasteCollectionsStepInput!) { storeWasteCollections(input: $input) { id status storedAt } }`;
const TRANSFER = `mutation($input: TransferWasteInput!) { transferWaste(input: $input) {
  id manifestNo collectionCount wardWeightGrams companyWeightGrams differenceGrams deviationPercent tolerancePercent discrepancy } }`;
const LEDGER = `query($campusId: ID!, $at: DateTime) { wasteStoreLedger(campusId: $campusId, at: $at) {
  count weightGrams overdueCount categories { category count weightGrams } loads { collectionId hoursHeld } } }`;
const COLLECTIONS = `query($status: WasteCollectionStatus) { wasteCollections(first: 50, status: $status) { totalCount edges { node { id campusId status transferId } } } }`;
const KPIS = `query($month: String!) { wasteKpis(month: $month) { campusId collectionCount weightGrams byCategory { category count weightGrams } overdueCount transferCount discrepancyCount } }`;

describe('hygiene: the medical waste chain of custody', () => {
  let platform: TestPlatform;
  const gateway = gatewayCaller(() => platform);
  const data = gateway.data;
  const issue = async (kind: string, category: string, count: number, departmentId = WARD_5, campusId = EAST, who = eastAdmin) =>
    (await data(who, ISSUE, { input: { campusId, departmentId, category, kind, count } })).issueWasteContainers as any[];
  const record = async (labelCode: string, weightGrams: number, collectedAt?: Date) =>
    (await data(collector, RECORD, { input: { labelCode, weightGrams, collectedAt } })).recordWasteCollection;
  const signAndStore = async (ids: string[]) => {
    await data(nurse5, CONFIRM, { input: { collectionIds: ids } });
    await data(collector, STORE, { input: { collectionIds: ids } });
  };
  const count = async (table: string) => (await platform.query<{ n: number }>('hygiene', `SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const eventTypes = async (key: string) =>
    (await platform.query<{ type: string }>('hygiene', `SELECT type FROM outbox_event WHERE key = $1 ORDER BY seq`, [key])).map((e) => e.type);

  beforeAll(async () => {
    platform = await TestPlatform.start({
      services: ['hygiene'],
      gateway: true,
      env: { hygiene: { SCHEDULED_JOB_INTERVAL_MS: '300', WASTE_TRANSFER_TOLERANCE_PERCENT: '5' } },
    });
    await org.publishTo(platform, 'hygiene');
  });
  afterAll(() => platform?.stop());

  it('carries loads from the ward through both signatures and the store to the disposal company, every step audited and announced', async () => {
    const [bag1, bag2] = await issue('BAG', 'INFECTIOUS', 2);
    const [bin] = await issue('BIN', 'SHARPS', 1);
    expect(bag1).toMatchObject({
      campusId: EAST,
      departmentId: WARD_5,
      category: 'INFECTIOUS',
      kind: 'BAG',
      reusable: false,
      labelCode: expect.stringMatching(/^[\w-]{44}$/),
    });
    expect(await eventTypes(bag1.id)).toEqual(['hygiene.waste-container.issued.v1']);

    const first = await record(bag1.labelCode, 3_200);
    expect(first).toMatchObject({
      status: 'COLLECTED',
      weightGrams: 3_200,
      category: 'INFECTIOUS',
      departmentId: WARD_5,
      collector: { staffId: COLLECTOR, name: '李医废' },
      wardSigner: null,
      allowedActions: ['CONFIRM_HANDOVER'],
    });
    const second = await record(bag2.labelCode, 2_800);
    const third = await record(bin.labelCode, 15_000);
    const loads = [first.id, second.id, third.id];

    // Nothing unsigned goes into the store, and only the ward's own staff sign for it.
    expect(errorCode(await gateway.call(collector, STORE, { input: { collectionIds: [first.id] } }))).toBe('ILLEGAL_TRANSITION');
    expect(errorCode(await gateway.call(nurse7, CONFIRM, { input: { collectionIds: loads } }))).toBe('WASTE_HANDOVER_NOT_WARD');
    expect(errorCode(await gateway.call(collector, CONFIRM, { input: { collectionIds: loads } }))).toBe('FORBIDDEN');
    const signed = (await data(nurse5, CONFIRM, { input: { collectionIds: loads } })).confirmWasteHandover;
    expect(signed.map((c: any) => [c.status, c.wardSigner])).toEqual(loads.map(() => ['HANDED_OVER', { staffId: NURSE_5, name: '王护士' }]));
    const stored = (await data(collector, STORE, { input: { collectionIds: loads } })).storeWasteCollections;
    expect(stored.map((c: any) => c.status)).toEqual(['STORED', 'STORED', 'STORED']);

    const inStore = (await data(eastAdmin, LEDGER, { campusId: EAST })).wasteStoreLedger;
    expect(inStore).toMatchObject({ count: 3, weightGrams: 21_000, overdueCount: 0 });
    expect(inStore.categories).toEqual([
      { category: 'INFECTIOUS', count: 2, weightGrams: 6_000 },
      { category: 'SHARPS', count: 1, weightGrams: 15_000 },
    ]);
    const storedAt = new Date(Math.max(...stored.map((c: any) => Date.parse(c.storedAt))));

    const transfer = (
      await data(collector, TRANSFER, { input: { campusId: EAST, manifestNo: '3201-2026-0001', disposalCompany: '省固废公司', companyWeightGrams: 21_500 } })
    ).transferWaste;
    expect(transfer).toMatchObject({
      collectionCount: 3,
      wardWeightGrams: 21_000,
      companyWeightGrams: 21_500,
      differenceGrams: 500,
      discrepancy: false,
      tolerancePercent: 5,
    });
    expect(transfer.deviationPercent).toBeCloseTo(2.39, 2);
    const transferred = (await data(eastAdmin, COLLECTIONS, { status: 'TRANSFERRED' })).wasteCollections.edges.map((e: any) => e.node);
    expect(transferred.map((c: any) => c.id).sort()).toEqual([...loads].sort());
    expect(transferred.every((c: any) => c.transferId === transfer.id)).toBe(true);

    // The ledger at any moment: empty now, the three loads just before they left.
    expect((await data(eastAdmin, LEDGER, { campusId: EAST })).wasteStoreLedger.count).toBe(0);
    expect((await data(eastAdmin, LEDGER, { campusId: EAST, at: storedAt.toISOString() })).wasteStoreLedger.count).toBe(3);

    expect(await eventTypes(first.id)).toEqual([
      'hygiene.waste-collection.collected.v1',
      'hygiene.waste-collection.handed-over.v1',
      'hygiene.waste-collection.stored.v1',
    ]);
    expect(await eventTypes(transfer.id)).toEqual(['hygiene.waste-transfer.transferred.v1']);
    const audit = await platform.query<{ action: string }>('hygiene', `SELECT action FROM audit_entry WHERE entity_id = $1`, [first.id]);
    expect(audit.map((a) => a.action).sort()).toEqual([
      'waste_collection.collect',
      'waste_collection.confirm_handover',
      'waste_collection.store',
      'waste_collection.transfer',
    ]);

    // A bin comes back for its next load; a bag went with its waste; a manifest is recorded once.
    expect((await record(bin.labelCode, 9_000)).status).toBe('COLLECTED');
    expect(errorCode(await gateway.call(collector, RECORD, { input: { labelCode: bag1.labelCode, weightGrams: 1_000 } }))).toBe(
      'WASTE_CONTAINER_ALREADY_COLLECTED',
    );
    expect(errorCode(await gateway.call(collector, RECORD, { input: { labelCode: bin.labelCode, weightGrams: 1_000 } }))).toBe(
      'WASTE_CONTAINER_ALREADY_COLLECTED',
    );
  });

  it('flags a transfer whose weight differs beyond the tolerance, and counts it in the month’s figures', async () => {
    const [bag] = await issue('BAG', 'PATHOLOGICAL', 1);
    const load = await record(bag.labelCode, 4_000);
    const open = (await data(eastAdmin, COLLECTIONS, { status: 'COLLECTED' })).wasteCollections.edges.map((e: any) => e.node.id);
    await signAndStore(open);
    const before = await count('waste_transfer');
    expect(
      errorCode(
        await gateway.call(collector, TRANSFER, {
          input: { campusId: EAST, manifestNo: '3201-2026-0001', disposalCompany: '省固废公司', companyWeightGrams: 1_000 },
        }),
      ),
    ).toBe('WASTE_MANIFEST_TAKEN');
    expect(await count('waste_transfer')).toBe(before);

    // 9 kg bin + 4 kg bag signed over; the company weighs 15 kg: 15.4 % off.
    const flagged = (
      await data(collector, TRANSFER, { input: { campusId: EAST, manifestNo: '3201-2026-0002', disposalCompany: '省固废公司', companyWeightGrams: 15_000 } })
    ).transferWaste;
    expect(flagged).toMatchObject({ collectionCount: 2, wardWeightGrams: 13_000, differenceGrams: 2_000, deviationPercent: 15.39, discrepancy: true });
    const [event] = await platform.query<{ data: any }>(
      'hygiene',
      `SELECT data FROM outbox_event WHERE type = 'hygiene.waste-transfer.discrepancy-flagged.v1' AND key = $1`,
      [flagged.id],
    );
    expect(event.data).toMatchObject({
      manifestNo: '3201-2026-0002',
      wardWeightKg: '13',
      companyWeightKg: '15',
      deviationPercent: '15.39',
      tolerancePercent: '5',
    });
    expect(await eventTypes(load.id)).toContain('hygiene.waste-collection.stored.v1');
    expect(
      errorCode(
        await gateway.call(collector, TRANSFER, {
          input: { campusId: EAST, manifestNo: '3201-2026-0003', disposalCompany: '省固废公司', companyWeightGrams: 1_000 },
        }),
      ),
    ).toBe('WASTE_TRANSFER_EMPTY');

    const [east] = (await data(eastAdmin, KPIS, { month: chinaMonth(new Date()) })).wasteKpis;
    expect(east).toMatchObject({ campusId: EAST, collectionCount: 5, weightGrams: 34_000, overdueCount: 0, transferCount: 2, discrepancyCount: 1 });
    expect(east.byCategory).toEqual([
      { category: 'INFECTIOUS', count: 2, weightGrams: 6_000 },
      { category: 'PATHOLOGICAL', count: 1, weightGrams: 4_000 },
      { category: 'SHARPS', count: 2, weightGrams: 24_000 },
    ]);
  });

  it('shows each campus only its own loads, transfers, labels and store', async () => {
    const [westBag] = await issue('BAG', 'CHEMICAL', 1, WEST_WARD, WEST, westAdmin);
    expect(errorCode(await gateway.call(collector, RECORD, { input: { labelCode: westBag.labelCode, weightGrams: 500 } }))).toBe('NOT_FOUND');
    const [eastBag] = await issue('BAG', 'INFECTIOUS', 1);
    expect(errorCode(await gateway.call(westCollector, RECORD, { input: { labelCode: eastBag.labelCode, weightGrams: 500 } }))).toBe('NOT_FOUND');
    const west = await data(
      westAdmin,
      `{ wasteCollections(first: 50) { totalCount } wasteTransfers(first: 50) { totalCount } wasteContainers(first: 50) { edges { node { campusId } } } }`,
    );
    expect(west.wasteCollections.totalCount).toBe(0);
    expect(west.wasteTransfers.totalCount).toBe(0);
    expect(new Set(west.wasteContainers.edges.map((e: any) => e.node.campusId))).toEqual(new Set([WEST]));
    expect(errorCode(await gateway.call(westAdmin, LEDGER, { campusId: EAST }))).toBe('FORBIDDEN');
    expect((await data(westAdmin, KPIS, { month: chinaMonth(new Date()) })).wasteKpis).toEqual([]);
    const anEastLoad = (await data(eastAdmin, COLLECTIONS, {})).wasteCollections.edges[0].node.id;
    expect(errorCode(await gateway.call(westAdmin, `query($id: ID!) { wasteCollection(id: $id) { id } }`, { id: anEastLoad }))).toBe('NOT_FOUND');
    expect((await data(analyst, `{ wasteCollections(first: 1) { totalCount } }`)).wasteCollections.totalCount).toBe(5);
  });

  it('refuses bad input with a typed, translated error and writes nothing', async () => {
    const [bag] = await issue('BAG', 'INFECTIOUS', 1);
    const load = await record(bag.labelCode, 2_000);
    await signAndStore([load.id]);
    const [other] = await issue('BAG', 'INFECTIOUS', 1);
    const unsigned = await record(other.labelCode, 2_000);
    const tables = ['waste_container', 'waste_collection', 'waste_transfer', 'audit_entry', 'outbox_event'];
    const before = await Promise.all(tables.map(count));

    const forged = `${bag.labelCode.slice(0, 30)}${bag.labelCode[30] === 'A' ? 'B' : 'A'}${bag.labelCode.slice(31)}`;
    expect(errorCode(await gateway.call(collector, RECORD, { input: { labelCode: forged, weightGrams: 1_000 } }))).toBe('WASTE_LABEL_INVALID');
    const [fresh] = await issue('BAG', 'INFECTIOUS', 1);
    const afterIssue = await Promise.all(tables.map(count));
    const heavy = await gateway.call(collector, RECORD, { input: { labelCode: fresh.labelCode, weightGrams: 3_200_000 } }, 'en');
    expect(heavy.errors?.[0]).toMatchObject({
      message: 'A weight of 3200000 g is outside what this container can hold (1–20000 g); weigh it again',
      extensions: { code: 'WASTE_WEIGHT_OUT_OF_RANGE' },
    });
    const tooLate = new Date(Date.now() - 80 * 3_600_000).toISOString();
    expect(errorCode(await gateway.call(collector, RECORD, { input: { labelCode: fresh.labelCode, weightGrams: 1_000, collectedAt: tooLate } }))).toBe(
      'WASTE_TIME_OUT_OF_RANGE',
    );
    expect(errorCode(await gateway.call(analyst, RECORD, { input: { labelCode: fresh.labelCode, weightGrams: 1_000 } }))).toBe('FORBIDDEN');
    expect(
      errorCode(await gateway.call(eastAdmin, ISSUE, { input: { campusId: WEST, departmentId: WEST_WARD, category: 'SHARPS', kind: 'BAG', count: 1 } })),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await gateway.call(eastAdmin, ISSUE, { input: { campusId: EAST, departmentId: WEST_WARD, category: 'SHARPS', kind: 'BAG', count: 1 } })),
    ).toBe('REFERENCE_MISMATCH');
    // One load of the manifest not in the store: the whole transfer is refused, the stored load stays put.
    const mixed = {
      campusId: EAST,
      manifestNo: '3201-2026-0009',
      disposalCompany: '省固废公司',
      companyWeightGrams: 4_000,
      collectionIds: [load.id, unsigned.id],
    };
    expect(errorCode(await gateway.call(collector, TRANSFER, { input: mixed }))).toBe('ILLEGAL_TRANSITION');
    expect(await Promise.all(tables.map(count))).toEqual(afterIssue);
    expect(afterIssue).toEqual(before.map((n, i) => n + [1, 0, 0, 1, 1][i]));
    const [still] = await platform.query<{ status: string }>('hygiene', `SELECT status FROM waste_collection WHERE id = $1`, [load.id]);
    expect(still.status).toBe('STORED');
  });

  it('alerts once when a load reaches 24 h and once at the 48 h limit, only the limit for one found past both', async () => {
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
    const [dayOld, twoDaysOld] = await issue('BAG', 'INFECTIOUS', 2);
    const day = await record(dayOld.labelCode, 1_500, hoursAgo(30));
    const late = await record(twoDaysOld.labelCode, 1_800, hoursAgo(50));
    const alerts = async (key: string) =>
      (
        await platform.query<{ threshold: string; hours: number }>(
          'hygiene',
          `SELECT data->>'threshold' AS threshold, (data->>'hoursHeld')::int AS hours FROM outbox_event
            WHERE type = 'hygiene.waste-collection.storage-threshold-reached.v1' AND key = $1 ORDER BY seq`,
          [key],
        )
      ).map((a) => `${a.threshold}@${a.hours}`);
    const jobRuns = async () =>
      (
        await platform.query<{ runs: number }>(
          'hygiene',
          `SELECT coalesce(max(runs), 0)::int AS runs FROM scheduled_job_status WHERE name = 'hygiene.waste-storage-alerts'`,
        )
      )[0].runs;
    const afterRuns = async (n: number) => {
      const start = await jobRuns();
      await eventually(async () => ((await jobRuns()) >= start + n ? true : undefined), 30_000, `${n} storage alert job runs`);
    };

    await afterRuns(3);
    expect(await alerts(day.id)).toEqual(['HOURS_24@30']);
    expect(await alerts(late.id)).toEqual(['HOURS_48@50']);

    // A day later for the first load: its limit, once, however often the job runs.
    await platform.query('hygiene', `UPDATE waste_collection SET collected_at = collected_at - interval '20 hours' WHERE id = $1`, [day.id]);
    await afterRuns(3);
    expect(await alerts(day.id)).toEqual(['HOURS_24@30', 'HOURS_48@50']);
    expect(await alerts(late.id)).toEqual(['HOURS_48@50']);
    expect((await data(eastAdmin, `query($id: ID!) { wasteCollection(id: $id) { overdue hoursHeld } }`, { id: late.id })).wasteCollection).toEqual({
      overdue: true,
      hoursHeld: 50,
    });
  });

  it('divides the waste by occupied bed-days counted from the stays the HIS feed announced', async () => {
    const BED_DAYS = `query($month: String!) { wasteKpis(month: $month) { campusId weightGrams occupiedBedDays kgPerOccupiedBedDay } }`;
    const stay = (encounterId: string, admittedAt: string, dischargedAt: string | null) => ({
      encounterId,
      campusId: EAST,
      status: dischargedAt ? ('DISCHARGED' as const) : ('ADMITTED' as const),
      locationId: null,
      wardId: null,
      departmentId: WARD_5,
      admittedAt,
      dischargedAt,
      precautions: [],
      dietCode: '',
      occurredAt: dischargedAt ?? admittedAt,
    });
    const [june, july, cancelled, today] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    // Beijing times: three nights in June (10th to 13th), three more from the 28th into July, an admission the HIS
    // cancelled (A11), and a same-day stay today (one bed-day however far the month has gone).
    const now = Date.now();
    const startOfToday = chinaInstant(chinaToday(new Date(now))).getTime();
    const admittedToday = new Date(Math.max(startOfToday + 1_000, now - 2 * 3600_000)).toISOString();
    await publishEvents(platform, 'his', [
      { contract: EncounterAdmittedV1, key: june, data: stay(june, '2025-06-10T02:00:00.000Z', null) },
      { contract: EncounterDischargedV1, key: june, data: stay(june, '2025-06-10T02:00:00.000Z', '2025-06-13T01:00:00.000Z') },
      { contract: EncounterDischargedV1, key: july, data: stay(july, '2025-06-28T02:00:00.000Z', '2025-07-02T01:00:00.000Z') },
      { contract: EncounterAdmittedV1, key: cancelled, data: stay(cancelled, '2025-06-15T02:00:00.000Z', null) },
      { contract: EncounterAdmissionCancelledV1, key: cancelled, data: { ...stay(cancelled, '2025-06-15T02:00:00.000Z', null), previousLocationId: null } },
      { contract: EncounterDischargedV1, key: today, data: stay(today, admittedToday, new Date(now - 1_000).toISOString()) },
    ]);
    const juneFigures = await eventually(async () => {
      const [east] = (await data(eastAdmin, BED_DAYS, { month: '2025-06' })).wasteKpis;
      return east?.occupiedBedDays === 6 ? east : undefined;
    }, 30_000, 'six bed-days in June 2025');
    expect(juneFigures).toEqual({ campusId: EAST, weightGrams: 0, occupiedBedDays: 6, kgPerOccupiedBedDay: 0 });
    const [thisMonth] = (await data(eastAdmin, BED_DAYS, { month: chinaMonth(new Date()) })).wasteKpis;
    expect(thisMonth.occupiedBedDays).toBe(1);
    expect(thisMonth.kgPerOccupiedBedDay).toBe(thisMonth.weightGrams / 1000);
    expect(await platform.query('hygiene', `SELECT encounter_id FROM inpatient_stay WHERE encounter_id = $1`, [cancelled])).toEqual([]);
    // Another campus's census is its own.
    expect((await data(westAdmin, BED_DAYS, { month: '2025-06' })).wasteKpis).toEqual([]);
  });
});
