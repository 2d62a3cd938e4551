import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { DomainError } from '@houqin/platform-errors';
import { serviceDataSource } from '@houqin/platform-service';
import { errorCode, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { addDays, chinaDateTime, chinaToday } from '@houqin/platform-calendar';
import { requireQualifiedTechnician } from '../src/crew/technician-qualification';
import { maintenanceDefinition } from '../src/maintenance.definition';

/**
 * Technicians' licences (持证上岗), the duty roster (排班 / 值班) and technician suggestions of the maintenance
 * subgraph, against real Postgres and Kafka, called as the gateway calls it.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WARD5 = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY });
const ELECTRICAL = org.team(EAST, '电工班', 'ELECTRICAL');
const LI = org.staff(EAST, { name: '李电工', teamId: ELECTRICAL });
const WANG = org.staff(EAST, { name: '王电工', teamId: ELECTRICAL });
const ZHAO = org.staff(EAST, { name: '赵电工', teamId: ELECTRICAL });
const SUN = org.staff(EAST, { name: '孙学徒', teamId: ELECTRICAL });
const PLUMBING = org.team(EAST, '水电班', 'PLUMBING');
const QIAN = org.staff(EAST, { name: '钱水工', teamId: PLUMBING });
const WEST_ELECTRICAL = org.team(WEST, '西院电工班', 'ELECTRICAL');
const ZHOU = org.staff(WEST, { name: '周电工', teamId: WEST_ELECTRICAL });

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const groupAdmin: Identity = { subject: 'admin-group', staffId: null, name: '集团后勤部', roles: [Role.GROUP_ADMIN], campusIds: [] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const technicianWang: Identity = { subject: 'tech-wang', staffId: WANG, name: '王电工', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };

const CERTIFICATE = `id staff { id } campus { id } kind certificateNo issuedOn validUntil issuingAuthority valid`;
const RECORD = `mutation($input: RecordTechnicianCertificateInput!) { recordTechnicianCertificate(input: $input) { ${CERTIFICATE} } }`;
const SHIFT = `id campus { id } staff { id } team { id } kind startsAt endsAt`;
const SCHEDULE = `mutation($input: ScheduleDutyShiftsInput!) { scheduleDutyShifts(input: $input) { ${SHIFT} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelDutyShift(id: $id, reason: $reason) { ${SHIFT} } }`;
const ROSTER = `query($c: ID!, $from: DateTime!, $to: DateTime!, $t: ID) { dutyRoster(campusId: $c, from: $from, to: $to, teamId: $t) { ${SHIFT} } }`;
const ON_DUTY = `query($c: ID!, $t: ID) { onDutyNow(campusId: $c, teamId: $t) { staff { id } kind } }`;
const SUGGEST = `query($id: ID!) { suggestTechnicians(workOrderId: $id) { rank technician { id } team { id } qualified missingLicences onDuty openOrders } }`;
const SUBMIT = `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id } }`;
const DISPATCH = `mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { status } }`;

const today = chinaToday(new Date());
const licence = (staffId: string, certificateNo: string, overrides: Record<string, unknown> = {}) => ({
  staffId,
  kind: 'ELECTRICIAN',
  certificateNo,
  issuedOn: addDays(today, -400),
  validUntil: addDays(today, 800),
  issuingAuthority: '市应急管理局',
  ...overrides,
});
// Shift times: whole hours three days ahead, so nothing here is on duty now.
const BASE = Math.ceil(Date.now() / 3600_000) * 3600_000 + 3 * 86_400_000;
const hour = (n: number) => new Date(BASE + n * 3600_000).toISOString();
const shift = (staffId: string, from: number, to: number, kind = 'SHIFT') => ({ staffId, kind, startsAt: hour(from), endsAt: hour(to) });

describe('maintenance crew: licences, duty roster, technician suggestions (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  const counts = async () =>
    (
      await platform.query<{ certificates: number; shifts: number; events: number }>(
        'maintenance',
        `SELECT (SELECT count(*) FROM technician_certificate)::int AS certificates, (SELECT count(*) FROM duty_shift)::int AS shifts,
                (SELECT count(*) FROM outbox_event)::int AS events`,
      )
    )[0];
  const schedule = async (identity: Identity, shifts: unknown[], campusId = EAST) =>
    (await data(identity, SCHEDULE, { input: { campusId, shifts } })).scheduleDutyShifts;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'] });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it("records a technician's licence on their campus, with audit and one event", async () => {
    const recorded = (await data(dispatcher, RECORD, { input: licence(LI, 'T110101198801011234') })).recordTechnicianCertificate;
    expect(recorded).toMatchObject({ staff: { id: LI }, campus: { id: EAST }, kind: 'ELECTRICIAN', validUntil: addDays(today, 800), valid: true });

    const audit = await platform.query('maintenance', `SELECT action, campus_id FROM audit_entry WHERE entity_id = $1`, [recorded.id]);
    expect(audit).toEqual([{ action: 'technician_certificate.record', campus_id: EAST }]);
    const events = await platform.query<{ type: string; key: string; data: Record<string, unknown> }>(
      'maintenance',
      `SELECT type, key, data FROM outbox_event WHERE topic = 'maintenance.crew.v1' AND data->>'certificateId' = $1`,
      [recorded.id],
    );
    expect(events).toEqual([
      {
        type: 'maintenance.crew.technician-certificate-recorded.v1',
        key: LI,
        data: expect.objectContaining({ staffId: LI, campusId: EAST, kind: 'ELECTRICIAN', certificateNo: 'T110101198801011234', actor: expect.anything() }),
      },
    ]);

    const listed = (await data(dispatcher, `query($s: ID!) { technicianCertificates(staffId: $s) { ${CERTIFICATE} } }`, { s: LI })).technicianCertificates;
    expect(listed.map((c: { id: string }) => c.id)).toEqual([recorded.id]);
  });

  it('refuses bad licences with typed errors and writes nothing', async () => {
    await data(eastAdmin, RECORD, { input: licence(WANG, 'T-WANG-1') });
    const before = await counts();

    const expired = await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-2', { validUntil: addDays(today, -1) }) }, 'en');
    expect(errorCode(expired)).toBe('CERTIFICATE_EXPIRED');
    const backwards = await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-3', { issuedOn: today, validUntil: today }) });
    expect(errorCode(backwards)).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-4', { issuedOn: addDays(today, 1) }) }))).toBe('DATE_IN_FUTURE');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-5', { issuedOn: '2025-02-30' }) }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(randomUUID(), 'T-X-1') }))).toBe('NOT_FOUND');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(ZHOU, 'T-ZHOU-1') }))).toBe('FORBIDDEN');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-1') }))).toBe('DUPLICATE');
    expect(errorCode(await call(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-6', { issuingAuthority: ' ' }) }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await call(technicianWang, RECORD, { input: licence(WANG, 'T-WANG-7') }))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    // The same number under another kind is another licence; West's own admin records West's technician.
    await data(dispatcher, RECORD, { input: licence(WANG, 'T-WANG-1', { kind: 'WELDING' }) });
    expect((await data(westAdmin, RECORD, { input: licence(ZHOU, 'T-ZHOU-1') })).recordTechnicianCertificate.campus).toEqual({ id: WEST });
    // Another campus's technician is not found for reading.
    expect(errorCode(await call(westAdmin, `query($s: ID!) { technicianCertificates(staffId: $s) { id } }`, { s: WANG }))).toBe('NOT_FOUND');
  });

  it('schedules shifts all or none, refusing overlaps with the roster and within the input', async () => {
    const day = await schedule(dispatcher, [shift(LI, 0, 8), shift(LI, 8, 16), shift(LI, 0, 24, 'ON_CALL')]);
    expect(day).toHaveLength(3);
    expect(day[0]).toMatchObject({ campus: { id: EAST }, staff: { id: LI }, team: { id: ELECTRICAL }, kind: 'SHIFT', startsAt: hour(0), endsAt: hour(8) });
    const before = await counts();

    const clash = await call(dispatcher, SCHEDULE, { input: { campusId: EAST, shifts: [shift(WANG, 0, 8), shift(LI, 4, 12)] } }, 'en');
    expect(errorCode(clash)).toBe('DUTY_OVERLAP');
    expect(clash.errors?.[0].message).toBe(
      `李电工's SHIFT duty (${chinaDateTime(new Date(hour(4)))} to ${chinaDateTime(new Date(hour(12)))}) overlaps their other SHIFT duty (${chinaDateTime(new Date(hour(0)))} to ${chinaDateTime(new Date(hour(8)))})`,
    );
    const withinInput = await call(dispatcher, SCHEDULE, { input: { campusId: EAST, shifts: [shift(WANG, 30, 40), shift(WANG, 39, 45)] } }, 'zh-CN');
    expect(errorCode(withinInput)).toBe('DUTY_OVERLAP');
    expect(withinInput.errors?.[0].message).toContain('王电工 的在岗班次');
    const input = (shifts: unknown[], campusId = EAST) => ({ input: { campusId, shifts } });
    expect(errorCode(await call(dispatcher, SCHEDULE, input([shift(WANG, 30, 40), shift(WANG, 30, 55)])))).toBe('DUTY_SHIFT_TOO_LONG');
    expect(errorCode(await call(dispatcher, SCHEDULE, input([shift(WANG, 30, 40), shift(WANG, 50, 48)])))).toBe('INVALID_DATE_RANGE');
    expect(errorCode(await call(dispatcher, SCHEDULE, input([shift(WANG, 30, 40), shift(ZHOU, 30, 40)])))).toBe('REFERENCE_MISMATCH');
    expect(errorCode(await call(dispatcher, SCHEDULE, input([shift(WANG, 30, 40), shift(randomUUID(), 30, 40)])))).toBe('NOT_FOUND');
    expect(errorCode(await call(dispatcher, SCHEDULE, input([shift(ZHOU, 30, 40)], WEST)))).toBe('FORBIDDEN');
    expect(errorCode(await call(dispatcher, SCHEDULE, input([])))).toBe('INVALID_INPUT');
    expect(errorCode(await call(technicianWang, SCHEDULE, input([shift(WANG, 30, 40)])))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    // Two dispatchers at once: the campus's roster lock lets the second see the first's shift.
    const racing = await Promise.all([call(dispatcher, SCHEDULE, input([shift(WANG, 60, 68)])), call(eastAdmin, SCHEDULE, input([shift(WANG, 64, 72)]))]);
    expect(racing.map(errorCode).sort()).toEqual(['DUTY_OVERLAP', undefined]);
    expect((await counts()).shifts).toBe(before.shifts + 1);

    const events = await platform.query<{ key: string; data: { shifts: unknown[] } }>(
      'maintenance',
      `SELECT key, data FROM outbox_event WHERE type = 'maintenance.crew.duty-shifts-scheduled.v1' ORDER BY seq`,
    );
    expect(events.map((e) => [e.key, e.data.shifts.length])).toEqual([
      [EAST, 3],
      [EAST, 1],
    ]);
  });

  it('reads the roster of a period, and cancels shifts that have not ended', async () => {
    const [early, late] = await schedule(eastAdmin, [shift(ZHAO, 48, 56), shift(QIAN, 50, 58)]);
    const roster = async (from: number, to: number, teamId?: string) =>
      (await data(dispatcher, ROSTER, { c: EAST, from: hour(from), to: hour(to), t: teamId })).dutyRoster.map((s: { id: string }) => s.id);
    expect(await roster(55, 57)).toEqual([early.id, late.id]);
    expect(await roster(56, 60)).toEqual([late.id]);
    expect(await roster(40, 57, PLUMBING)).toEqual([late.id]);
    expect(errorCode(await call(dispatcher, ROSTER, { c: EAST, from: hour(0), to: hour(32 * 24) }))).toBe('INVALID_INPUT');
    expect(errorCode(await call(westAdmin, ROSTER, { c: EAST, from: hour(0), to: hour(24) }))).toBe('FORBIDDEN');

    expect(errorCode(await call(westAdmin, CANCEL, { id: early.id, reason: '调休' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(dispatcher, CANCEL, { id: early.id, reason: ' ' }))).toBe('TEXT_REQUIRED');
    const cancelled = (await data(dispatcher, CANCEL, { id: early.id, reason: '调休' })).cancelDutyShift;
    expect(cancelled).toMatchObject({ id: early.id, staff: { id: ZHAO } });
    expect(await roster(55, 57)).toEqual([late.id]);
    expect(errorCode(await call(dispatcher, CANCEL, { id: early.id, reason: '调休' }))).toBe('NOT_FOUND');
    const [event] = await platform.query<{ key: string; data: Record<string, unknown> }>(
      'maintenance',
      `SELECT key, data FROM outbox_event WHERE type = 'maintenance.crew.duty-shift-cancelled.v1'`,
    );
    expect(event).toEqual({ key: EAST, data: expect.objectContaining({ shiftId: early.id, staffId: ZHAO, reason: '调休', kind: 'SHIFT' }) });

    // A shift already worked stays on the record.
    const [past] = await schedule(dispatcher, [
      { staffId: QIAN, kind: 'SHIFT', startsAt: new Date(Date.now() - 10 * 3600_000), endsAt: new Date(Date.now() - 2 * 3600_000) },
    ]);
    expect(errorCode(await call(dispatcher, CANCEL, { id: past.id, reason: '录错' }))).toBe('DUTY_SHIFT_ENDED');
  });

  it('suggests technicians for an order: qualified, on site, on call, least loaded first; the unqualified last', async () => {
    // 孙学徒 holds a high-voltage licence only: not the one electrical work needs.
    await data(dispatcher, RECORD, { input: licence(ZHAO, 'T-ZHAO-1') });
    await data(dispatcher, RECORD, { input: licence(SUN, 'T-SUN-1', { kind: 'HIGH_VOLTAGE_ELECTRICIAN' }) });
    const now = Date.now();
    const around = (staffId: string, kind = 'SHIFT') => ({ staffId, kind, startsAt: new Date(now - 3600_000), endsAt: new Date(now + 7 * 3600_000) });
    await schedule(dispatcher, [around(LI), around(WANG), around(SUN), around(ZHAO, 'ON_CALL')]);

    const onDuty = (await data(dispatcher, ON_DUTY, { c: EAST, t: ELECTRICAL })).onDutyNow;
    expect(onDuty).toHaveLength(4);
    expect(onDuty).toEqual(
      expect.arrayContaining([
        { staff: { id: LI }, kind: 'SHIFT' },
        { staff: { id: WANG }, kind: 'SHIFT' },
        { staff: { id: SUN }, kind: 'SHIFT' },
        { staff: { id: ZHAO }, kind: 'ON_CALL' },
      ]),
    );
    expect((await data(dispatcher, ON_DUTY, { c: EAST, t: PLUMBING })).onDutyNow).toEqual([]);
    expect(errorCode(await call(westAdmin, ON_DUTY, { c: EAST }))).toBe('FORBIDDEN');

    // Workload: one open order for 李, two for 王 (one already accepted).
    // Taken at the service desk: the same fault on purpose as several orders (a requester's repeat would be a duplicate report).
    const submit = async (category = 'ELECTRICAL') =>
      (await data(dispatcher, SUBMIT, { input: { locationId: WARD5, category, priority: 'NORMAL', title: '5病区插座无电' } })).submitRepairRequest.id as string;
    for (const technicianId of [LI, WANG, WANG]) await data(dispatcher, DISPATCH, { i: { workOrderId: await submit(), teamId: ELECTRICAL, technicianId } });
    const [accepted] = await platform.query<{ id: string }>('maintenance', `SELECT id FROM work_order WHERE technician_id = $1 LIMIT 1`, [WANG]);
    await data(technicianWang, `mutation($id: ID!) { acceptWorkOrder(workOrderId: $id) { status } }`, { id: accepted.id });

    // No team yet: the campus's crews whose trade is the category.
    const order = await submit();
    const suggested = (await data(dispatcher, SUGGEST, { id: order })).suggestTechnicians;
    expect(suggested).toEqual([
      { rank: 1, technician: { id: LI }, team: { id: ELECTRICAL }, qualified: true, missingLicences: [], onDuty: 'SHIFT', openOrders: 1 },
      { rank: 2, technician: { id: WANG }, team: { id: ELECTRICAL }, qualified: true, missingLicences: [], onDuty: 'SHIFT', openOrders: 2 },
      { rank: 3, technician: { id: ZHAO }, team: { id: ELECTRICAL }, qualified: true, missingLicences: [], onDuty: 'ON_CALL', openOrders: 0 },
      { rank: 4, technician: { id: SUN }, team: { id: ELECTRICAL }, qualified: false, missingLicences: ['ELECTRICIAN'], onDuty: 'SHIFT', openOrders: 0 },
    ]);

    // Dispatched to a crew: that crew's staff, whatever their trade.
    await data(dispatcher, DISPATCH, { i: { workOrderId: order, teamId: PLUMBING } });
    expect((await data(eastAdmin, SUGGEST, { id: order })).suggestTechnicians).toEqual([
      { rank: 1, technician: { id: QIAN }, team: { id: PLUMBING }, qualified: false, missingLicences: ['ELECTRICIAN'], onDuty: null, openOrders: 0 },
    ]);
    // Work that needs no licence: everyone qualifies.
    expect((await data(groupAdmin, SUGGEST, { id: await submit('PLUMBING') })).suggestTechnicians).toEqual([
      { rank: 1, technician: { id: QIAN }, team: { id: PLUMBING }, qualified: true, missingLicences: [], onDuty: null, openOrders: 0 },
    ]);

    expect(errorCode(await call(westAdmin, SUGGEST, { id: order }))).toBe('NOT_FOUND');
    expect(errorCode(await call(technicianWang, SUGGEST, { id: order }))).toBe('FORBIDDEN');
  });

  it('tells dispatch whether a technician may take the work (requireQualifiedTechnician)', async () => {
    const dataSource = serviceDataSource(maintenanceDefinition, platform.databases.maintenance);
    await dataSource.initialize();
    try {
      const { manager } = dataSource;
      const now = new Date();
      await expect(requireQualifiedTechnician(manager, LI, 'ELECTRICAL', now)).resolves.toBeUndefined();
      await expect(requireQualifiedTechnician(manager, SUN, 'PLUMBING', now)).resolves.toBeUndefined();
      const refused = await requireQualifiedTechnician(manager, SUN, 'ELECTRICAL', now).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DomainError);
      expect(refused).toMatchObject({
        code: 'CERTIFICATE_REQUIRED',
        messages: {
          'zh-CN': '孙学徒 未持有有效的低压电工作业操作证，不能承接电气工作（持证上岗）',
          en: '孙学徒 holds no valid ELECTRICIAN certificate required for ELECTRICAL work',
        },
      });
      // Valid until yesterday is not valid today.
      await dataSource.query(`UPDATE technician_certificate SET valid_until = $2 WHERE staff_id = $1`, [LI, addDays(today, -1)]);
      await expect(requireQualifiedTechnician(manager, LI, 'ELECTRICAL', now)).rejects.toMatchObject({ code: 'CERTIFICATE_REQUIRED' });
    } finally {
      await dataSource.destroy();
    }
  });
});
