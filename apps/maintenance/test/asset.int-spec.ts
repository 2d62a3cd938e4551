import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';
import { addDays, chinaToday } from '@houqin/platform-calendar';

/**
 * The asset register (设备台账) of the maintenance subgraph, against real Postgres and Kafka, called as the
 * gateway calls it. The certificate alert job runs inside the service every 500 ms.
 */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const LOGISTICS = org.department(EAST, '后勤保障部');
const WARD5 = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY });
const BED12 = org.location(EAST, { name: '12床', kind: 'BED', parentId: WARD5 });
const PLANT_ROOM = org.location(EAST, { name: '动力中心', kind: 'AREA', departmentId: LOGISTICS });
const LOBBY = org.location(EAST, { name: '门诊大厅', kind: 'AREA' });
const WEST_PLANT_ROOM = org.location(WEST, { name: '西院动力中心', kind: 'AREA', departmentId: org.department(WEST, '西院后勤') });

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院后勤科', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const groupAdmin: Identity = { subject: 'admin-group', staffId: null, name: '集团后勤部', roles: [Role.GROUP_ADMIN], campusIds: [] };
const dispatcher: Identity = { subject: 'dispatcher-li', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const technician: Identity = { subject: 'tech-zhang', staffId: randomUUID(), name: '张伟', roles: [MaintenanceRole.TECHNICIAN], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const ASSET = `id assetNo name category isSpecialEquipment registrationNo status statusReason campus { id } location { id } department { id }
  certificateValidUntil certificateStatus`;
const REGISTER = `mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { ${ASSET} } }`;
const UPDATE = `mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { ${ASSET} parent { id } } }`;
const CHANGE_STATUS = `mutation($id: ID!, $status: AssetStatus!, $reason: String) { changeAssetStatus(assetId: $id, status: $status, reason: $reason) { ${ASSET} } }`;
const RECORD_CERTIFICATE = `mutation($input: RecordInspectionCertificateInput!) {
  recordInspectionCertificate(input: $input) { ${ASSET} certificates { id certificateNo inspectedOn validUntil } } }`;
const EXPIRING = 'maintenance.asset.certificate-expiring.v1';
const EXPIRED = 'maintenance.asset.certificate-expired.v1';

const today = chinaToday(new Date());
const pump = { locationId: PLANT_ROOM, assetNo: 'E-PMP-01', name: '1号冷却水泵', category: 'PUMP', criticality: 'HIGH', commissionedOn: '2019-06-01' };
const elevator = {
  locationId: LOBBY,
  departmentId: LOGISTICS,
  name: '门诊3号电梯',
  category: 'ELEVATOR',
  criticality: 'CRITICAL',
  commissionedOn: '2018-03-20',
};
const certificate = (assetId: string, certificateNo: string, validUntil: string, inspectedOn = addDays(today, -300)) => ({
  assetId,
  certificateNo,
  inspectedOn,
  validUntil,
  inspectionBody: '市特种设备监督检验研究院',
});

describe('maintenance asset register (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  const { call, data } = subgraphCaller(() => platform, 'maintenance');
  const register = async (identity: Identity, input: Record<string, unknown>) => (await data(identity, REGISTER, { input })).registerAsset;

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['maintenance'], env: { maintenance: { SCHEDULED_JOB_INTERVAL_MS: '500' } } });
    await org.publishTo(platform, 'maintenance');
  });
  afterAll(() => platform?.stop());

  it("registers an asset on its location's campus, charged to the location's department, with audit and one event", async () => {
    const asset = await register(eastAdmin, pump);
    expect(asset).toMatchObject({
      assetNo: 'E-PMP-01',
      status: 'IN_SERVICE',
      isSpecialEquipment: false,
      campus: { id: EAST },
      department: { id: LOGISTICS },
      certificateStatus: null,
    });
    // A bed has no department of its own: the ward's is used.
    const bedside = await register(eastAdmin, { ...pump, locationId: BED12, assetNo: 'e-ldt-12', name: '12床床头灯', category: 'LIGHTING' });
    expect(bedside).toMatchObject({ assetNo: 'E-LDT-12', campus: { id: EAST }, department: { id: CARDIOLOGY } });

    const audit = await platform.query('maintenance', `SELECT action, campus_id FROM audit_entry WHERE entity_id = $1`, [asset.id]);
    expect(audit).toEqual([{ action: 'asset.register', campus_id: EAST }]);
    const events = await platform.query<{ type: string; data: Record<string, unknown> }>('maintenance', `SELECT type, data FROM outbox_event WHERE key = $1`, [
      asset.id,
    ]);
    expect(events).toEqual([
      {
        type: 'maintenance.asset.registered.v1',
        data: expect.objectContaining({
          assetId: asset.id,
          assetNo: 'E-PMP-01',
          campusId: EAST,
          locationId: PLANT_ROOM,
          category: 'PUMP',
          departmentId: LOGISTICS,
        }),
      },
    ]);
  });

  it('answers bad registrations with typed, translated errors and writes nothing', async () => {
    await register(eastAdmin, { ...pump, assetNo: 'E-PMP-02' });
    const [before] = await platform.query(
      'maintenance',
      `SELECT (SELECT count(*) FROM asset)::int AS assets, (SELECT count(*) FROM outbox_event)::int AS events`,
    );

    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-1', locationId: randomUUID() } }))).toBe('NOT_FOUND');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-2', locationId: WEST_PLANT_ROOM } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-3', locationId: LOBBY } }))).toBe('DEPARTMENT_REQUIRED');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'e-pmp-02' } }))).toBe('DUPLICATE');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-4', commissionedOn: addDays(today, 2) } }))).toBe('DATE_IN_FUTURE');
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-5', commissionedOn: '2026-02-30' } }))).toBe('INVALID_INPUT');
    const warranty = await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-X-6', warrantyEndsOn: '2019-05-31' } }, 'en');
    expect(warranty.errors?.[0].extensions?.code).toBe('INVALID_DATE_RANGE');
    expect(warranty.errors?.[0].message).toBe('warrantyEndsOn (2019-05-31) must be on or after commissionedOn (2019-06-01)');
    expect(errorCode(await call(technician, REGISTER, { input: { ...pump, assetNo: 'E-X-7' } }))).toBe('FORBIDDEN');

    const zh = await call(eastAdmin, REGISTER, { input: { ...elevator, assetNo: 'E-ELV-09' } }, 'zh-CN');
    expect(zh.errors?.[0].extensions?.code).toBe('REGISTRATION_NO_REQUIRED');
    expect(zh.errors?.[0].message).toBe('特种设备（电梯）必须填写使用登记证号');
    const en = await call(eastAdmin, REGISTER, { input: { ...elevator, assetNo: 'E-ELV-09', registrationNo: ' ' } }, 'en-GB,en;q=0.9');
    expect(en.errors?.[0].message).toBe('Special equipment (ELEVATOR) needs its registration number (使用登记证号)');

    const [after] = await platform.query(
      'maintenance',
      `SELECT (SELECT count(*) FROM asset)::int AS assets, (SELECT count(*) FROM outbox_event)::int AS events`,
    );
    expect(after).toEqual(before);
    // The code is unique per campus, not across the group.
    const west = await register(groupAdmin, { ...pump, assetNo: 'E-PMP-02', locationId: WEST_PLANT_ROOM });
    expect(west.campus).toEqual({ id: WEST });
  });

  it('builds the asset hierarchy and refuses loops', async () => {
    const plant = await register(eastAdmin, { ...pump, assetNo: 'E-CHL-00', name: '冷水机组', category: 'HVAC' });
    const chiller = await register(eastAdmin, { ...pump, assetNo: 'E-CHL-01', name: '1号冷水机', category: 'HVAC', parentAssetId: plant.id });
    const coolingPump = await register(eastAdmin, { ...pump, assetNo: 'E-CHL-01-P1', name: '1号机冷却泵', parentAssetId: chiller.id });

    const tree = await data(dispatcher, `query($id: ID!) { asset(id: $id) { children { id children { id parent { id } } } } }`, { id: plant.id });
    expect(tree.asset.children).toEqual([{ id: chiller.id, children: [{ id: coolingPump.id, parent: { id: chiller.id } }] }]);

    const loop = await call(eastAdmin, UPDATE, { input: { assetId: plant.id, parentAssetId: coolingPump.id } });
    expect(errorCode(loop)).toBe('ASSET_HIERARCHY_CYCLE');
    expect(errorCode(await call(eastAdmin, UPDATE, { input: { assetId: plant.id, parentAssetId: plant.id } }))).toBe('ASSET_HIERARCHY_CYCLE');
    const westPump = await register(groupAdmin, { ...pump, assetNo: 'W-PMP-01', locationId: WEST_PLANT_ROOM });
    expect(errorCode(await call(groupAdmin, UPDATE, { input: { assetId: westPump.id, parentAssetId: plant.id } }))).toBe('REFERENCE_MISMATCH');

    // Moving the pump straight under the plant, and renaming it, is fine; null detaches it again.
    const moved = (await data(eastAdmin, UPDATE, { input: { assetId: coolingPump.id, parentAssetId: plant.id, name: '冷却泵', manufacturer: '格兰富' } }))
      .updateAsset;
    expect(moved).toMatchObject({ name: '冷却泵', parent: { id: plant.id } });
    const detached = (await data(eastAdmin, UPDATE, { input: { assetId: coolingPump.id, parentAssetId: null } })).updateAsset;
    expect(detached.parent).toBeNull();
    const updates = await platform.query('maintenance', `SELECT type FROM outbox_event WHERE key = $1 AND type = 'maintenance.asset.updated.v1'`, [
      coolingPump.id,
    ]);
    expect(updates).toHaveLength(2);
  });

  it('takes assets out of service and retires them, with reasons, children first', async () => {
    const plant = await register(eastAdmin, { ...pump, assetNo: 'E-AHU-00', name: '空调机组', category: 'HVAC' });
    const fan = await register(eastAdmin, { ...pump, assetNo: 'E-AHU-01', name: '送风机', category: 'HVAC', parentAssetId: plant.id });

    expect(errorCode(await call(dispatcher, CHANGE_STATUS, { id: fan.id, status: 'OUT_OF_SERVICE' }))).toBe('TEXT_REQUIRED');
    const out = (await data(dispatcher, CHANGE_STATUS, { id: fan.id, status: 'OUT_OF_SERVICE', reason: '轴承异响' })).changeAssetStatus;
    expect(out).toMatchObject({ status: 'OUT_OF_SERVICE', statusReason: '轴承异响' });
    expect(errorCode(await call(technician, CHANGE_STATUS, { id: fan.id, status: 'IN_SERVICE' }))).toBe('FORBIDDEN');

    const refused = await call(eastAdmin, CHANGE_STATUS, { id: plant.id, status: 'RETIRED', reason: '整体更换' });
    expect(errorCode(refused)).toBe('ASSET_HAS_LIVE_CHILDREN');
    expect(refused.errors?.[0].message).toBe('设备“E-AHU-00 空调机组”下还有 1 台未报废的下级设备，请先将其报废');
    await data(eastAdmin, CHANGE_STATUS, { id: fan.id, status: 'RETIRED', reason: '整体更换' });
    const retired = (await data(eastAdmin, CHANGE_STATUS, { id: plant.id, status: 'RETIRED', reason: '整体更换' })).changeAssetStatus;
    expect(retired.status).toBe('RETIRED');
    expect(errorCode(await call(eastAdmin, CHANGE_STATUS, { id: plant.id, status: 'IN_SERVICE', reason: '误操作' }))).toBe('ASSET_ILLEGAL_TRANSITION');
    // Nothing hangs under a retired asset, and its entry is final.
    expect(errorCode(await call(eastAdmin, REGISTER, { input: { ...pump, assetNo: 'E-AHU-02', parentAssetId: plant.id } }))).toBe('ASSET_RETIRED');
    expect(errorCode(await call(eastAdmin, UPDATE, { input: { assetId: plant.id, name: '旧空调机组' } }))).toBe('ASSET_RETIRED');

    const events = await platform.query<{ data: Record<string, unknown> }>(
      'maintenance',
      `SELECT data FROM outbox_event WHERE key = $1 AND type = 'maintenance.asset.status-changed.v1' ORDER BY seq`,
      [fan.id],
    );
    expect(events.map((e) => [e.data.fromStatus, e.data.toStatus, e.data.reason])).toEqual([
      ['IN_SERVICE', 'OUT_OF_SERVICE', '轴承异响'],
      ['OUT_OF_SERVICE', 'RETIRED', '整体更换'],
    ]);
  });

  it('records inspection certificates of special equipment only, refusing expired ones', async () => {
    const steriliser = await register(eastAdmin, {
      ...elevator,
      locationId: PLANT_ROOM,
      assetNo: 'E-STR-01',
      name: '1号脉动真空灭菌器',
      category: 'STERILISER',
      registrationNo: '容17沪A0042',
    });
    expect(steriliser).toMatchObject({ isSpecialEquipment: true, certificateStatus: 'MISSING', certificateValidUntil: null });

    const expired = await call(dispatcher, RECORD_CERTIFICATE, { input: certificate(steriliser.id, 'RQ-2025-001', addDays(today, -1)) }, 'en');
    expect(expired.errors?.[0].extensions?.code).toBe('CERTIFICATE_EXPIRED');
    expect(expired.errors?.[0].message).toBe(`The certificate already expired (valid until ${addDays(today, -1)})`);
    const backwards = await call(dispatcher, RECORD_CERTIFICATE, {
      input: certificate(steriliser.id, 'RQ-2025-002', today, today),
    });
    expect(errorCode(backwards)).toBe('INVALID_DATE_RANGE');
    const notSpecial = await register(eastAdmin, { ...pump, assetNo: 'E-PMP-09' });
    expect(errorCode(await call(dispatcher, RECORD_CERTIFICATE, { input: certificate(notSpecial.id, 'X-1', addDays(today, 100)) }))).toBe(
      'NOT_SPECIAL_EQUIPMENT',
    );

    const first = (await data(dispatcher, RECORD_CERTIFICATE, { input: certificate(steriliser.id, 'RQ-2026-118', addDays(today, 20)) }))
      .recordInspectionCertificate;
    expect(first).toMatchObject({ certificateStatus: 'EXPIRING_30', certificateValidUntil: addDays(today, 20) });
    expect(errorCode(await call(dispatcher, RECORD_CERTIFICATE, { input: certificate(steriliser.id, 'RQ-2026-118', addDays(today, 20)) }))).toBe('DUPLICATE');
    const renewed = (await data(dispatcher, RECORD_CERTIFICATE, { input: certificate(steriliser.id, 'RQ-2026-301', addDays(today, 365), addDays(today, -1)) }))
      .recordInspectionCertificate;
    expect(renewed).toMatchObject({ certificateStatus: 'VALID', certificateValidUntil: addDays(today, 365) });
    // An older inspection entered late joins the history but does not replace the current certificate.
    const late = (await data(dispatcher, RECORD_CERTIFICATE, { input: certificate(steriliser.id, 'RQ-2025-077', addDays(today, 10), addDays(today, -350)) }))
      .recordInspectionCertificate;
    expect(late.certificateValidUntil).toBe(addDays(today, 365));
    expect(late.certificates.map((c: { certificateNo: string }) => c.certificateNo)).toEqual(['RQ-2026-301', 'RQ-2026-118', 'RQ-2025-077']);
    const events = await platform.query<{ data: Record<string, unknown> }>(
      'maintenance',
      `SELECT data FROM outbox_event WHERE key = $1 AND type = 'maintenance.asset.certificate-recorded.v1' ORDER BY seq`,
      [steriliser.id],
    );
    expect(events.map((e) => [e.data.certificateNo, e.data.current])).toEqual([
      ['RQ-2026-118', true],
      ['RQ-2026-301', true],
      ['RQ-2025-077', false],
    ]);
  });

  it('alerts once per certificate and threshold, also across a restart, and lists the overdue equipment', async () => {
    const lift = await register(eastAdmin, { ...elevator, assetNo: 'E-ELV-03', registrationNo: '梯11沪A01234' });
    const certified = (await data(dispatcher, RECORD_CERTIFICATE, { input: certificate(lift.id, 'DT-2026-0417', addDays(today, 5)) }))
      .recordInspectionCertificate;
    expect(certified.certificateStatus).toBe('EXPIRING_7');
    const certificateId = certified.certificates[0].id;
    const boiler = await register(eastAdmin, {
      ...elevator,
      locationId: PLANT_ROOM,
      assetNo: 'E-BLR-01',
      name: '1号燃气热水锅炉',
      category: 'BOILER',
      registrationNo: '锅11沪A00077',
    });

    const alerts = (assetId: string) =>
      platform.query<{ type: string; data: Record<string, unknown> }>(
        'maintenance',
        `SELECT type, data FROM outbox_event WHERE key = $1 AND type IN ($2, $3) ORDER BY seq`,
        [assetId, EXPIRING, EXPIRED],
      );
    const expectAlertedOnce = async () => {
      // The job may have caught the lift in the moment between registration and its certificate: that
      // "no certificate" alert is right, and separate from the alerts about the certificate.
      const liftAlerts = await alerts(lift.id);
      expect(liftAlerts.filter((a) => a.data.certificateId === null)).toEqual(liftAlerts.length > 1 ? [expect.objectContaining({ type: EXPIRED })] : []);
      expect(liftAlerts.filter((a) => a.data.certificateId === certificateId)).toEqual([
        {
          type: EXPIRING,
          data: expect.objectContaining({
            threshold: 'DAYS_7',
            certificateNo: 'DT-2026-0417',
            validUntil: addDays(today, 5),
            daysLeft: 5,
            assetNo: 'E-ELV-03',
          }),
        },
      ]);
      expect(await alerts(boiler.id)).toEqual([
        {
          type: EXPIRED,
          data: expect.objectContaining({ assetId: boiler.id, assetNo: 'E-BLR-01', category: 'BOILER', campusId: EAST, certificateId: null, validUntil: null }),
        },
      ]);
    };

    await eventually(
      async () => {
        const [liftAlerts, boilerAlerts] = await Promise.all([alerts(lift.id), alerts(boiler.id)]);
        return boilerAlerts.length && liftAlerts.some((a) => a.data.certificateId === certificateId) ? true : undefined;
      },
      30_000,
      'certificate alerts',
    );
    await expectAlertedOnce();
    // First seen 5 days out: the 30-day threshold is recorded as passed, without a stale alert.
    const decided = await platform.query(
      'maintenance',
      `SELECT threshold, announced FROM certificate_alert WHERE asset_id = $1 AND certificate_key = $2 ORDER BY threshold`,
      [lift.id, certificateId],
    );
    expect(decided).toEqual([
      { threshold: 'DAYS_30', announced: false },
      { threshold: 'DAYS_7', announced: true },
    ]);

    const runs = async () =>
      (
        await platform.query<{ runs: number }>(
          'maintenance',
          `SELECT runs::int AS runs FROM scheduled_job_status WHERE name = 'maintenance.certificate-alerts'`,
        )
      )[0].runs;
    await platform.process('maintenance').stop();
    const runsBeforeRestart = await runs();
    await platform.process('maintenance').start();
    await eventually(async () => ((await runs()) >= runsBeforeRestart + 2 ? true : undefined), 30_000, 'two alert runs after the restart');
    await expectAlertedOnce();

    const overdue = await data(dispatcher, `{ overdueSpecialEquipment(first: 100) { edges { node { id assetNo certificateStatus } } } }`);
    const nodes = overdue.overdueSpecialEquipment.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toContainEqual({ id: boiler.id, assetNo: 'E-BLR-01', certificateStatus: 'MISSING' });
    expect(nodes.map((n: { id: string }) => n.id)).not.toContain(lift.id);
  });

  it("shows an asset's work history newest first, and finds assets by filters", async () => {
    const lamp = await register(eastAdmin, { ...pump, locationId: WARD5, assetNo: 'E-LGT-05', name: '5病区走廊灯', category: 'LIGHTING' });
    const submit = `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id location { id } asset { id } } }`;
    const ids: string[] = [];
    // 扫码报修 on the asset: the location comes from the asset. Two orders on one asset at once are the service desk's call
    // (a requester's second report while the first is open would be linked to it as a duplicate).
    for (const title of ['走廊灯闪烁', '走廊灯不亮']) {
      const { id, location, asset } = (await data(dispatcher, submit, { input: { assetId: lamp.id, category: 'ELECTRICAL', priority: 'NORMAL', title } }))
        .submitRepairRequest;
      expect(location).toEqual({ id: WARD5 });
      expect(asset).toEqual({ id: lamp.id });
      ids.push(id);
    }
    const neither = await call(nurse, submit, { input: { category: 'ELECTRICAL', priority: 'NORMAL', title: '灯坏了' } });
    expect(neither.errors?.[0].extensions?.code).toBe('TEXT_REQUIRED');
    const unknownAsset = await call(nurse, submit, { input: { assetId: randomUUID(), category: 'ELECTRICAL', priority: 'NORMAL', title: '灯坏了' } });
    expect(unknownAsset.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const history = await data(
      nurse,
      `query($id: ID!) { asset(id: $id) { workHistory(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } } }`,
      {
        id: lamp.id,
      },
    );
    expect(history.asset.workHistory).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true }, edges: [{ node: { id: ids[1], title: '走廊灯不亮' } }] });
    const next = await data(nurse, `query($id: ID!, $after: String) { asset(id: $id) { workHistory(first: 1, after: $after) { edges { node { id } } } } }`, {
      id: lamp.id,
      after: history.asset.workHistory.pageInfo.endCursor,
    });
    expect(next.asset.workHistory.edges).toEqual([{ node: { id: ids[0] } }]);

    const found = await data(nurse, `{ assets(search: "走廊灯", first: 10) { totalCount edges { node { id } } } }`);
    expect(found.assets).toEqual({ totalCount: 1, edges: [{ node: { id: lamp.id } }] });
    const special = await data(dispatcher, `{ assets(specialEquipmentOnly: true, first: 100) { edges { node { isSpecialEquipment } } } }`);
    expect(special.assets.edges.length).toBeGreaterThan(0);
    expect(special.assets.edges.every((e: { node: { isSpecialEquipment: boolean } }) => e.node.isSpecialEquipment)).toBe(true);
    const byLocation = await data(dispatcher, `query($l: ID!) { assets(locationId: $l, category: LIGHTING, status: IN_SERVICE) { edges { node { id } } } }`, {
      l: WARD5,
    });
    expect(byLocation.assets.edges).toEqual([{ node: { id: lamp.id } }]);
  });

  it("keeps another campus out: West's admin sees none of East's assets and changes none", async () => {
    const eastBoiler = await register(eastAdmin, {
      ...elevator,
      locationId: PLANT_ROOM,
      assetNo: 'E-BLR-02',
      category: 'BOILER',
      registrationNo: '锅11沪A00078',
    });
    // West has its own pumps (registered by the group admin above), and nothing of East's.
    const west = await data(westAdmin, `{ assets(first: 100) { edges { node { campus { id } } } } overdueSpecialEquipment(first: 100) { totalCount } }`);
    expect(west.assets.edges.length).toBeGreaterThan(0);
    expect(west.assets.edges.every((e: { node: { campus: { id: string } } }) => e.node.campus.id === WEST)).toBe(true);
    expect(west.overdueSpecialEquipment.totalCount).toBe(0);
    const read = await call(westAdmin, `query($id: ID!) { asset(id: $id) { id } }`, { id: eastBoiler.id });
    expect(errorCode(read)).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, CHANGE_STATUS, { id: eastBoiler.id, status: 'OUT_OF_SERVICE', reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(westAdmin, UPDATE, { input: { assetId: eastBoiler.id, name: 'x' } }))).toBe('NOT_FOUND');
    const filtered = await data(groupAdmin, `query($c: ID!) { assets(campusId: $c, first: 100) { edges { node { campus { id } } } } }`, { c: EAST });
    expect(filtered.assets.edges.length).toBeGreaterThan(0);
    expect(filtered.assets.edges.every((e: { node: { campus: { id: string } } }) => e.node.campus.id === EAST)).toBe(true);
  });
});
