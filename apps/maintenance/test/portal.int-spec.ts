import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { graphql, GraphQLResponse } from '@houqin/platform-local-infra';
import { errorCode, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomUUID } from 'node:crypto';

/** 扫码报修 through the gateway: labels, sheets, sessions from scanned codes, reports, follow-up, and every refusal. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const WEST_SURGERY = org.department(WEST, '普外科');
const INPATIENT = org.building(EAST, '住院楼');
const FLOOR3 = org.floor(EAST, INPATIENT, 3);
const FLOOR4 = org.floor(EAST, INPATIENT, 4);
const WARD = org.location(EAST, { name: '心内科病区', departmentId: CARDIOLOGY, buildingId: INPATIENT, floorId: FLOOR3 });
const ROOM = org.location(EAST, { name: '302 室', kind: 'ROOM', parentId: WARD, buildingId: INPATIENT, floorId: FLOOR3 });
const CORRIDOR = org.location(EAST, { name: '4F 走廊', kind: 'AREA', departmentId: CARDIOLOGY, buildingId: INPATIENT, floorId: FLOOR4 });
const CLOSED_ROOM = org.location(EAST, { name: '停用库房', kind: 'AREA', departmentId: CARDIOLOGY, buildingId: INPATIENT, floorId: FLOOR3, active: false });
const WEST_WARD = org.location(WEST, { name: '普外病区', departmentId: WEST_SURGERY });
const PLUMBERS = org.team(EAST, '水电班', 'PLUMBING');

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };
const westAdmin: Identity = { subject: 'admin-west', staffId: null, name: '西院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [WEST] };
const dispatcher: Identity = { subject: 'dispatcher', staffId: randomUUID(), name: '李强', roles: [MaintenanceRole.DISPATCHER], campusIds: [EAST] };
const nurse: Identity = { subject: 'nurse-wang', staffId: randomUUID(), name: '王丽', roles: [Role.REQUESTER], campusIds: [EAST] };

const LABEL = `id code url assetId withdrawnAt qrSvg location { id }`;
const ISSUE = `mutation($l: ID, $a: ID) { issueRepairLabel(locationId: $l, assetId: $a) { ${LABEL} } }`;
const WITHDRAW = `mutation($id: ID!, $r: String!, $replace: Boolean!) { withdrawRepairLabel(labelId: $id, reason: $r, replace: $replace) { ${LABEL} } }`;
const SHEET = `mutation($i: PrintRepairLabelSheetInput!) { printRepairLabelSheet(input: $i) { fileName contentType pdfBase64 pages labels { id location { id } assetId } } }`;
const PORTAL = `{ repairPortal { campusName placeName assetName assetNo suggestedCategory trades { category nameZh questions { key required } } openReports { number status } } }`;
const SUBMIT = `mutation($i: SubmitPortalReportInput!) { submitPortalReport(input: $i) { followUpCode workOrderId report { number status duplicate placeName title } } }`;
const FOLLOW = `query($c: [String!]!) { portalReports(followUpCodes: $c) { followUpCode number status duplicate } }`;
const ATTACH = `mutation($i: AttachPhotoInput!) { attachPhoto(input: $i) { id } }`;
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).toString('base64');
const leak = (description = '302 室卫生间洗手池下漏水', extra: Record<string, unknown> = {}) => ({ category: 'PLUMBING', description, ...extra });

describe('maintenance QR request portal (real Postgres + Kafka, through the gateway)', () => {
  let platform: TestPlatform;
  const { data: direct } = subgraphCaller(() => platform, 'maintenance');
  const origin = () => platform.gatewayUrl.replace(/\/graphql$/, '');
  const asUser = async (identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql<Record<string, any>>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });
  const userData = async (identity: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const response = await asUser(identity, query, variables);
    if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
    return response.data as Record<string, any>;
  };
  const asPortal = (token: string, query: string, variables: Record<string, unknown> = {}, locale?: string) =>
    graphql<Record<string, any>>(platform.gatewayUrl, { query, variables, token, locale });
  const portalData = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await asPortal(token, query, variables);
    if (response.errors?.length) throw new Error(JSON.stringify(response.errors));
    return response.data as Record<string, any>;
  };
  const openSession = async (code: string, locale?: string) => {
    const response = await fetch(`${origin()}/portal/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(locale ? { 'accept-language': locale } : {}) },
      body: JSON.stringify({ code }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as { token?: string; expiresAt?: string } & Pick<GraphQLResponse, 'errors'>,
    };
  };
  const session = async (code: string) => {
    const opened = await openSession(code);
    if (!opened.body.token) throw new Error(JSON.stringify(opened.body));
    return opened.body.token;
  };
  const labelOf = async (target: { l?: string; a?: string }) => (await userData(eastAdmin, ISSUE, target)).issueRepairLabel;

  let westLabel: any;

  beforeAll(async () => {
    platform = await TestPlatform.start({
      services: ['maintenance'],
      gateway: true,
      env: { gateway: { PORTAL_RATE_LIMIT_PER_MINUTE: '60', PORTAL_SESSION_RATE_LIMIT_PER_MINUTE: '40' } },
    });
    await org.publishTo(platform, 'maintenance');
    await direct(eastAdmin, `mutation($i: SetRoutingRulesInput!) { setRoutingRules(input: $i) { category } }`, {
      i: { campusId: EAST, rules: [{ category: 'PLUMBING', teamId: PLUMBERS }] },
    });
    await direct(eastAdmin, `mutation($i: SetIntakeQuestionsInput!) { setIntakeQuestions(input: $i) { key } }`, {
      i: {
        category: 'PLUMBING',
        campusId: EAST,
        questions: [
          {
            key: 'WATER_NEAR_ELECTRICAL',
            questionZh: '漏水处附近是否有电器设备？',
            questionEn: 'Is water near electrical equipment?',
            answerType: 'YES_NO',
            required: true,
          },
        ],
      },
    });
    westLabel = (await userData(westAdmin, ISSUE, { l: WEST_WARD })).issueRepairLabel;
  });
  afterAll(() => platform?.stop());

  it('issues one label per place, signed and pointing at the gateway, to the campus staff only', async () => {
    const label = await labelOf({ l: ROOM });
    expect(label.code).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(label.url).toBe(`${origin()}/portal/r/${label.code}`);
    expect(label.qrSvg).toMatch(/^<svg/);
    expect(label.location).toEqual({ id: ROOM });
    expect((await labelOf({ l: ROOM })).id).toBe(label.id);

    expect(errorCode(await asUser(westAdmin, ISSUE, { l: ROOM }))).toBe('FORBIDDEN');
    expect(errorCode(await asUser(nurse, ISSUE, { l: ROOM }))).toBe('FORBIDDEN');
    expect(errorCode(await asUser(eastAdmin, ISSUE, { l: ROOM, a: randomUUID() }))).toBe('INVALID_INPUT');
    expect(errorCode(await asUser(eastAdmin, ISSUE, { l: CLOSED_ROOM }))).toBe('REFERENCE_INACTIVE');
    const [{ n }] = await platform.query<{ n: number }>(
      'maintenance',
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'maintenance.repair-label.issued.v1'`,
    );
    expect(n).toBe(2);
  });

  it('serves the scan page and its script through the gateway, locked down', async () => {
    const { code } = await labelOf({ l: ROOM });
    const page = await fetch(`${origin()}/portal/r/${code}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script src="/portal/scan.js">');
    const script = await fetch(`${origin()}/portal/scan.js`);
    expect([script.status, await script.text()]).toEqual([200, expect.stringContaining('/portal/sessions')]);
  });

  it('opens a half-hour session from a genuine code and refuses forged ones, in the reporter language', async () => {
    const { code } = await labelOf({ l: ROOM });
    const opened = await openSession(code);
    expect(opened.status).toBe(201);
    const lifetime = new Date(opened.body.expiresAt as string).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(29 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(30 * 60_000);

    const forged = `${code.slice(0, 30)}${code[30] === 'A' ? 'B' : 'A'}${code.slice(31)}`;
    const refused = await openSession(forged, 'zh-CN');
    expect([refused.status, refused.body.errors?.[0].extensions?.code, refused.body.errors?.[0].message]).toEqual([
      400,
      'QR_CODE_INVALID',
      '二维码无效，请扫描现场张贴的报修码',
    ]);
    expect((await openSession('not-a-code', 'en')).body.errors?.[0].message).toBe('This QR code is not valid; scan the repair label on site');
  });

  it('shows the place by building and floor, the trades with their questions, and orders already open there', async () => {
    const token = await session((await labelOf({ l: ROOM })).code);
    const portal = (await portalData(token, PORTAL)).repairPortal;
    expect(portal).toMatchObject({
      campusName: '东院区',
      placeName: '住院楼 · 3F · 心内科病区 · 302 室',
      assetName: null,
      suggestedCategory: null,
      openReports: [],
    });
    expect(portal.trades.map((t: any) => t.category)).toEqual(expect.arrayContaining(['PLUMBING', 'ELECTRICAL', 'ELEVATOR', 'OTHER']));
    expect(portal.trades.find((t: any) => t.category === 'PLUMBING').questions).toEqual([{ key: 'WATER_NEAR_ELECTRICAL', required: true }]);
  });

  it('reports through the same intake as the console: routed, questions checked, duplicates joined, followed up from the link', async () => {
    const { code, id: labelId } = await labelOf({ l: ROOM });
    const first = await session(code);
    const receipt = (await portalData(first, SUBMIT, { i: leak(undefined, { contactName: '患者家属', contactPhone: '138 0013 8000', urgent: true }) }))
      .submitPortalReport;
    expect(receipt.report).toMatchObject({
      status: 'SUBMITTED',
      duplicate: false,
      placeName: '住院楼 · 3F · 心内科病区 · 302 室',
      title: '302 室卫生间洗手池下漏水',
    });
    const [order] = await platform.query<Record<string, any>>(
      'maintenance',
      `SELECT wo.source, wo.source_ref, wo.priority, wo.team_id, wo.requester_staff_id, wo.requester_subject, wo.department_id, i.missing_keys
         FROM work_order wo JOIN work_order_intake i ON i.work_order_id = wo.id WHERE wo.id = $1`,
      [receipt.workOrderId],
    );
    expect(order).toMatchObject({
      source: 'QR_PORTAL',
      source_ref: labelId,
      priority: 'HIGH',
      team_id: PLUMBERS,
      requester_staff_id: null,
      department_id: CARDIOLOGY,
    });
    expect(order.requester_subject).toMatch(/^portal:/);
    // The required question was not answered: the order opens, counted as incomplete.
    expect(order.missing_keys).toEqual(['WATER_NEAR_ELECTRICAL']);

    // A second person scans the same label: the same leak joins the open order.
    const second = await session(code);
    expect((await portalData(second, PORTAL)).repairPortal.openReports).toEqual([{ number: receipt.report.number, status: 'SUBMITTED' }]);
    const again = (await portalData(second, SUBMIT, { i: leak('洗手池下面一直在漏水', { answers: [{ key: 'WATER_NEAR_ELECTRICAL', value: 'NO' }] }) }))
      .submitPortalReport;
    expect(again.report).toMatchObject({ number: receipt.report.number, duplicate: true });
    expect(again.workOrderId).toBe(receipt.workOrderId);

    // Staff see who reported and how to call them back; the phone number stays out of events.
    const staffView = (
      await userData(dispatcher, `query($id: ID!) { workOrder(id: $id) { source portalReports { name phone duplicate } duplicateReports { text } } }`, {
        id: receipt.workOrderId,
      })
    ).workOrder;
    expect(staffView.source).toBe('QR_PORTAL');
    expect(staffView.portalReports).toEqual([
      { name: '患者家属', phone: '13800138000', duplicate: false },
      { name: null, phone: null, duplicate: true },
    ]);
    const events = await platform.query<{ data: string }>('maintenance', `SELECT data::text AS data FROM outbox_event`);
    expect(events.some((e) => e.data.includes('13800138000'))).toBe(false);

    // Follow-up from a later session of the same link: both codes, unknown ones left out; status changes show.
    await userData(dispatcher, `mutation($i: WorkOrderReasonInput!) { cancelWorkOrder(input: $i) { status } }`, {
      i: { workOrderId: receipt.workOrderId, reason: '已更换阀门' },
    });
    const later = await session(code);
    const followed = (await portalData(later, FOLLOW, { c: [receipt.followUpCode, again.followUpCode, 'no-such-code'] })).portalReports;
    expect(followed.map((r: any) => [r.followUpCode, r.status, r.duplicate]).sort()).toEqual(
      [
        [receipt.followUpCode, 'CANCELLED', false],
        [again.followUpCode, 'CANCELLED', true],
      ].sort(),
    );
    expect(errorCode(await asPortal(later, FOLLOW, { c: Array.from({ length: 21 }, (_, i) => `code-${i}`) }))).toBe('FOLLOW_UP_CODES_TOO_MANY');
  });

  it('lets a session add photos to its own report only', async () => {
    const token = await session((await labelOf({ l: CORRIDOR })).code);
    const receipt = (await portalData(token, SUBMIT, { i: leak('走廊天花板滴水') })).submitPortalReport;
    expect((await portalData(token, ATTACH, { i: { workOrderId: receipt.workOrderId, contentType: 'image/jpeg', base64: JPEG } })).attachPhoto.id).toBeTruthy();

    const nurseOrder = (
      await userData(nurse, `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
        i: { locationId: WARD, category: 'ELECTRICAL', priority: 'NORMAL', title: '灯不亮' },
      })
    ).submitRepairRequest;
    expect(errorCode(await asPortal(token, ATTACH, { i: { workOrderId: nurseOrder.id, contentType: 'image/jpeg', base64: JPEG } }))).toBe('FORBIDDEN');
  });

  it('gives a portal session nothing but the portal, and only on its own campus', async () => {
    const token = await session((await labelOf({ l: ROOM })).code);
    for (const query of [
      `{ workOrders(first: 5) { edges { node { id } } } }`,
      `{ assets(first: 5) { edges { node { id } } } }`,
      `{ intakeQuestions(category: "PLUMBING", campusId: "${EAST}") { key } }`,
    ]) {
      expect(errorCode(await asPortal(token, query))).toBe('FORBIDDEN');
    }
    expect(errorCode(await asPortal(token, ISSUE, { l: ROOM }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await asPortal(token, `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`, {
          i: { locationId: ROOM, category: 'PLUMBING', priority: 'NORMAL', title: 'x' },
        }),
      ),
    ).toBe('FORBIDDEN');
    // Staff have no business with the portal's own operations either.
    expect(errorCode(await asUser(eastAdmin, PORTAL))).toBe('FORBIDDEN');

    // A West report's follow-up code read from an East session: not shown.
    const westToken = await session(westLabel.code);
    const westReceipt = (await portalData(westToken, SUBMIT, { i: { category: 'ELECTRICAL', description: '插座冒火花' } })).submitPortalReport;
    expect((await portalData(token, FOLLOW, { c: [westReceipt.followUpCode] })).portalReports).toEqual([]);
  });

  it('refuses expired, forged and foreign sessions at the gateway', async () => {
    const { id: labelId } = await labelOf({ l: ROOM });
    const expired = await platform.portalToken({ sessionId: randomUUID(), campusId: EAST, labelId }, new Date(Date.now() - 3600_000), 1800);
    const response = await asPortal(expired, PORTAL, {}, 'zh-CN');
    expect([response.status, errorCode(response), response.errors?.[0].message]).toEqual([401, 'PORTAL_SESSION_EXPIRED', '扫码报修页面已过期，请重新扫码']);
    const garbled = (await session((await labelOf({ l: ROOM })).code)).slice(0, -6) + 'AAAAAA';
    expect([(await asPortal(garbled, PORTAL)).status, errorCode(await asPortal(garbled, PORTAL))]).toEqual([401, 'UNAUTHENTICATED']);
    // A genuine token straight to the subgraph, past the gateway: refused, subgraphs trust only the gateway.
    const bypass = await graphql(platform.serviceUrl('maintenance'), { query: PORTAL, token: await session((await labelOf({ l: ROOM })).code) });
    expect(bypass.status).toBe(401);
  });

  it('checks what reporters send', async () => {
    const token = await session((await labelOf({ l: CORRIDOR })).code);
    expect(errorCode(await asPortal(token, SUBMIT, { i: { category: 'ASTROLOGY', description: '水逆' } }))).toBe('INVALID_INPUT');
    expect(errorCode(await asPortal(token, SUBMIT, { i: leak('   ') }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await asPortal(token, SUBMIT, { i: leak('漏水', { contactPhone: 'call me maybe' }) }))).toBe('INVALID_INPUT');
    expect(errorCode(await asPortal(token, SUBMIT, { i: leak('漏水', { answers: [{ key: 'WATER_NEAR_ELECTRICAL', value: 'MAYBE' }] }) }))).toBe(
      'INTAKE_ANSWER_INVALID',
    );
    const [{ n }] = await platform.query<{ n: number }>(
      'maintenance',
      `SELECT count(*)::int AS n FROM repair_portal_report WHERE label_id = (SELECT id FROM repair_label WHERE location_id = $1 AND withdrawn_at IS NULL)`,
      [CORRIDOR],
    );
    expect(n).toBe(1);
  });

  it('labels assets too: the label follows the asset and preselects its trade; a retired asset takes no reports', async () => {
    const asset = (
      await direct(eastAdmin, `mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id } }`, {
        i: {
          locationId: CORRIDOR,
          assetNo: 'E-EL-07',
          name: '7号病床电梯',
          category: 'ELEVATOR',
          criticality: 'CRITICAL',
          registrationNo: '31104401002018',
          commissionedOn: '2018-03-20',
        },
      })
    ).registerAsset;
    const label = await labelOf({ a: asset.id });
    expect([label.assetId, label.location]).toEqual([asset.id, null]);
    const token = await session(label.code);
    expect((await portalData(token, PORTAL)).repairPortal).toMatchObject({
      assetName: '7号病床电梯',
      assetNo: 'E-EL-07',
      suggestedCategory: 'ELEVATOR',
      placeName: '住院楼 · 4F · 4F 走廊',
    });
    const receipt = (await portalData(token, SUBMIT, { i: { category: 'ELEVATOR', description: '电梯门关不上' } })).submitPortalReport;
    const [order] = await platform.query<{ asset_id: string; location_id: string }>(
      'maintenance',
      `SELECT asset_id, location_id FROM work_order WHERE id = $1`,
      [receipt.workOrderId],
    );
    expect(order).toEqual({ asset_id: asset.id, location_id: CORRIDOR });

    await direct(eastAdmin, `mutation($id: ID!) { changeAssetStatus(assetId: $id, status: RETIRED, reason: "报废更新") { status } }`, { id: asset.id });
    expect((await openSession(label.code)).body.errors?.[0].extensions?.code).toBe('QR_LABEL_WITHDRAWN');
  });

  it('withdraws a copied label: its code and its open sessions stop working, the replacement works', async () => {
    const old = await labelOf({ l: WARD });
    const oldSession = await session(old.code);
    const replacement = (await userData(eastAdmin, WITHDRAW, { id: old.id, r: '标签被复印张贴在电梯里', replace: true })).withdrawRepairLabel;
    expect(replacement.id).not.toBe(old.id);
    expect(replacement.location).toEqual({ id: WARD });
    expect((await openSession(old.code)).body.errors?.[0].extensions?.code).toBe('QR_LABEL_WITHDRAWN');
    expect(errorCode(await asPortal(oldSession, SUBMIT, { i: leak() }))).toBe('QR_LABEL_WITHDRAWN');
    expect((await openSession(replacement.code)).status).toBe(201);
    expect(errorCode(await asUser(eastAdmin, WITHDRAW, { id: old.id, r: '再次停用', replace: false }))).toBe('QR_LABEL_WITHDRAWN');
    expect(errorCode(await asUser(westAdmin, WITHDRAW, { id: replacement.id, r: '越权', replace: false }))).toBe('NOT_FOUND');
  });

  it('prints a floor as an A4 label sheet, reusing labels already up, assets after their place', async () => {
    const sheet = (await userData(eastAdmin, SHEET, { i: { buildingId: INPATIENT, floorId: FLOOR3 } })).printRepairLabelSheet;
    expect(sheet.contentType).toBe('application/pdf');
    const pdf = Buffer.from(sheet.pdfBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sheet.pages).toBe(1);
    // The inactive store room is left out; the ward's label is the replacement issued above.
    expect(sheet.labels.map((l: any) => l.location?.id)).toEqual(expect.arrayContaining([WARD, ROOM]));
    expect(sheet.labels).toHaveLength(2);
    const wardLabel = (await labelOf({ l: WARD })).id;
    expect(sheet.labels.find((l: any) => l.location?.id === WARD).id).toBe(wardLabel);
    const reprint = (await userData(eastAdmin, SHEET, { i: { buildingId: INPATIENT, floorId: FLOOR3 } })).printRepairLabelSheet;
    expect(reprint.labels.map((l: any) => l.id)).toEqual(sheet.labels.map((l: any) => l.id));

    const building = (await userData(eastAdmin, SHEET, { i: { buildingId: INPATIENT } })).printRepairLabelSheet;
    expect(building.labels.map((l: any) => l.location?.id ?? 'asset')).toEqual(expect.arrayContaining([WARD, ROOM, CORRIDOR]));
    expect(errorCode(await asUser(westAdmin, SHEET, { i: { buildingId: INPATIENT } }))).toBe('NOT_FOUND');
    expect(errorCode(await asUser(eastAdmin, SHEET, { i: { buildingId: INPATIENT, floorId: randomUUID() } }))).toBe('NOT_FOUND');
  });

  it('takes at most 10 reports an hour from one label, however many sessions', async () => {
    const { code } = await labelOf({ l: CORRIDOR });
    const [{ n: before }] = await platform.query<{ n: number }>(
      'maintenance',
      `SELECT count(*)::int AS n FROM repair_portal_report r JOIN repair_label l ON l.id = r.label_id WHERE l.location_id = $1`,
      [CORRIDOR],
    );
    const token = await session(code);
    for (let i = before; i < 10; i++) await portalData(token, SUBMIT, { i: leak(`走廊漏水 ${i}`) });
    const busy = await asPortal(await session(code), SUBMIT, { i: leak('还在漏') }, 'zh-CN');
    expect([errorCode(busy), busy.errors?.[0].message]).toEqual(['PORTAL_LABEL_BUSY', '该报修码一小时内已提交 10 次报修，请稍后再试或拨打报修电话']);
  });

  it('limits each session on /graphql and each client address on /portal', async () => {
    const token = await session((await labelOf({ l: ROOM })).code);
    // 2 × the limit: whichever minute window a burst falls in, one of them goes over.
    const answers = await Promise.all(Array.from({ length: 90 }, () => asPortal(token, `{ repairPortal { campusName } }`)));
    const overLimit = answers.filter((a) => a.status === 429);
    expect(overLimit.length).toBeGreaterThan(0);
    expect(errorCode(overLimit[0])).toBe('RATE_LIMITED');
    expect(answers.filter((a) => a.status !== 429).every((a) => a.data?.repairPortal.campusName === '东院区')).toBe(true);

    const statuses = await Promise.all(
      Array.from({ length: 130 }, () => openSession('not-a-code').then((r) => [r.status, r.headers.get('retry-after')] as const)),
    );
    const limited = statuses.filter(([status]) => status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0][1])).toBeGreaterThan(0);
    expect(statuses.filter(([status]) => status !== 429).every(([status]) => status === 400)).toBe(true);
  });
});
