import { MaterialsRole, RequisitionApprovedV1, RequisitionCancelledV1, RequisitionClosedV1, RequisitionIssuedV1, RequisitionRejectedV1, RequisitionSubmittedV1, StockIssuedV1 } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { errorCode, eventually, OrgFixture, subgraphCaller, TestPlatform } from '@houqin/platform-testing';
import { randomBytes, randomUUID } from 'node:crypto';

/** Requisitions (科室申领): approval chain, policy, partial issue and backorder, 领新交旧, on real Postgres and Kafka. */
const org = new OrgFixture();
const EAST = org.campus('东院区');
const WEST = org.campus('西院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const ORTHOPAEDICS = org.department(EAST, '骨科');
const EAST_LOGISTICS = org.department(EAST, '后勤保障科');
const WEST_RESPIRATORY = org.department(WEST, '呼吸科');

const staff = (campusId: string, departmentId: string, name: string) => org.staff(campusId, { name, departmentId });
const person = (subject: string, staffId: string | null, name: string, roles: Role[], campusIds = [EAST]): Identity => ({
  subject,
  staffId,
  name,
  roles,
  campusIds,
});

const nurse = person('nurse-wang', staff(EAST, CARDIOLOGY, '王丽'), '王丽', [Role.REQUESTER]);
const colleague = person('nurse-zhou', staff(EAST, CARDIOLOGY, '周敏'), '周敏', [Role.REQUESTER]);
const head = person('head-li', staff(EAST, CARDIOLOGY, '李主任'), '李主任', [Role.DEPARTMENT_HEAD]);
/** A deputy head of cardiology who also works in the materials office. */
const deputy = person('deputy-sun', staff(EAST, CARDIOLOGY, '孙副主任'), '孙副主任', [Role.DEPARTMENT_HEAD, MaterialsRole.MATERIALS_MANAGER]);
const orthoHead = person('head-zhao', staff(EAST, ORTHOPAEDICS, '赵主任'), '赵主任', [Role.DEPARTMENT_HEAD]);
const office = person('office-liu', staff(EAST, EAST_LOGISTICS, '刘物资'), '刘物资', [MaterialsRole.MATERIALS_MANAGER]);
const keeper = person('keeper-chen', staff(EAST, EAST_LOGISTICS, '陈库管'), '陈库管', [MaterialsRole.STOREKEEPER]);
const keeper2 = person('keeper-he', staff(EAST, EAST_LOGISTICS, '何库管'), '何库管', [MaterialsRole.STOREKEEPER]);
const eastAdmin = person('admin-east', staff(EAST, EAST_LOGISTICS, '东院后勤'), '东院后勤', [Role.CAMPUS_ADMIN]);
const westNurse = person('nurse-west', staff(WEST, WEST_RESPIRATORY, '吴护士'), '吴护士', [Role.REQUESTER], [WEST]);
const westKeeper = person('keeper-west', staff(WEST, WEST_RESPIRATORY, '西院库管'), '西院库管', [MaterialsRole.STOREKEEPER, Role.CAMPUS_ADMIN], [WEST]);
const admin = person('admin-group', null, '集团管理员', [Role.GROUP_ADMIN], []);

const REQUISITION = `id number status departmentId reason requesterName submittedByName approvalRoute approvalRouteReason valueFen outstanding
  lines { lineNo item { id } requested approved issued outstanding exchangeExemptQuantity exchangeExemptUsed exchangeExemptionReason }
  history { action fromStatus toStatus actorName comment }
  issues { stockIssueId totalCostFen lines { item { id } quantity costFen } oldUnits { item { id } quantity condition note } }`;
const SUBMIT = `mutation($i: SubmitRequisitionInput!) { submitRequisition(input: $i) { ${REQUISITION} } }`;
const APPROVE = `mutation($i: ApproveRequisitionInput!) { approveRequisition(input: $i) { ${REQUISITION} } }`;
const REJECT = `mutation($id: ID!, $r: String!) { rejectRequisition(id: $id, reason: $r) { ${REQUISITION} } }`;
const CANCEL = `mutation($id: ID!, $r: String!) { cancelRequisition(id: $id, reason: $r) { ${REQUISITION} } }`;
const ISSUE = `mutation($i: IssueRequisitionInput!) { issueRequisition(input: $i) { ${REQUISITION} } }`;
const CLOSE = `mutation($id: ID!, $r: String!) { closeRequisitionBackorder(id: $id, reason: $r) { ${REQUISITION} } }`;
const EXEMPT = `mutation($i: GrantExchangeExemptionInput!) { grantRequisitionExchangeExemption(input: $i) { ${REQUISITION} } }`;
const POLICY = `mutation($i: SetRequisitionPolicyInput!) { setRequisitionPolicy(input: $i) { campusId autoApproveLimitFen autoApproveCategories updatedByName } }`;
const ONE = `query($id: ID!) { requisition(id: $id) { ${REQUISITION} } }`;
const LIST = `query($s: RequisitionStatus, $d: ID) { requisitions(status: $s, departmentId: $d, first: 100) { totalCount edges { node { id } } } }`;

describe('requisitions (real Postgres + Kafka)', () => {
  let platform: TestPlatform;
  let warehouseId: string;
  let westWarehouseId: string;
  const { call, data } = subgraphCaller(() => platform, 'materials');
  const count = async (sql: string, params: unknown[] = []) => (await platform.query<{ n: number }>('materials', sql, params))[0].n;
  const onHand = (itemId: string) =>
    count(`SELECT coalesce(sum(quantity_remaining), 0)::int AS n FROM stock_lot WHERE warehouse_id = $1 AND item_id = $2`, [warehouseId, itemId]);

  const newItem = async (category: string, fields: Record<string, unknown> = {}) =>
    (
      await data(admin, `mutation($i: CreateItemInput!) { createItem(input: $i) { id durable } }`, {
        i: { code: `RQ-${randomBytes(4).toString('hex')}`, name: '测试物资', unit: '个', category, ...fields },
      })
    ).createItem.id as string;
  const receive = (itemId: string, quantity: number, unitCostFen: number) =>
    data(keeper, `mutation($i: ReceiveGoodsInput!) { receiveGoods(input: $i) { id } }`, { i: { warehouseId, lines: [{ itemId, quantity, unitCostFen }] } });
  /** A fresh item with stock in East, so tests never share stock or cost bases. */
  const stocked = async (category: string, quantity: number, unitCostFen: number, fields: Record<string, unknown> = {}) => {
    const itemId = await newItem(category, fields);
    await receive(itemId, quantity, unitCostFen);
    return itemId;
  };

  const ok = <T = any>(response: { data?: any; errors?: unknown }, field: string): T => {
    expect(response.errors).toBeUndefined();
    return response.data[field];
  };
  const submit = (identity: Identity, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}, locale?: string) =>
    call(identity, SUBMIT, { i: { warehouseId, lines, reason: '病区日常消耗', ...extra } }, locale);
  const submitted = async (identity: Identity, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}) =>
    ok(await submit(identity, lines, extra), 'submitRequisition');
  const approve = (identity: Identity, id: string, extra: Record<string, unknown> = {}, locale?: string) =>
    call(identity, APPROVE, { i: { id, ...extra } }, locale);
  const issue = (identity: Identity, id: string, lines: Record<string, unknown>[], extra: Record<string, unknown> = {}, locale?: string) =>
    call(identity, ISSUE, { i: { id, lines, ...extra } }, locale);
  /** A requisition through both approvals. */
  const approved = async (lines: Record<string, unknown>[]) => {
    const requisition = await submitted(nurse, lines);
    ok(await approve(head, requisition.id), 'approveRequisition');
    return ok(await approve(office, requisition.id), 'approveRequisition');
  };
  const events = async (requisitionId: string) =>
    (await platform.query<{ type: string; data: any }>('materials', `SELECT type, data FROM outbox_event WHERE key = $1 ORDER BY seq`, [requisitionId])).map(
      (row) => ({ type: row.type, data: row.data }),
    );

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['materials'] });
    await org.publishTo(platform, 'materials');
    const warehouse = `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`;
    warehouseId = (await data(admin, warehouse, { i: { campusId: EAST, code: 'WH-EAST', name: '东院区总库' } })).createWarehouse.id;
    westWarehouseId = (await data(admin, warehouse, { i: { campusId: WEST, code: 'WH-WEST', name: '西院区总库' } })).createWarehouse.id;
  });
  afterAll(() => platform?.stop());

  it('goes from the nurse through the head and the materials office to the store, every step on the history and as an event', async () => {
    const gloves = await stocked('PROTECTIVE', 500, 65);
    const masks = await stocked('PROTECTIVE', 50, 1800);
    const requisition = await submitted(nurse, [
      { itemId: gloves, quantity: 200, note: '5病区' },
      { itemId: masks, quantity: 10 },
    ]);
    expect(requisition).toMatchObject({
      status: 'SUBMITTED',
      departmentId: CARDIOLOGY,
      requesterName: '王丽',
      submittedByName: '王丽',
      valueFen: 200 * 65 + 10 * 1800,
      approvalRoute: null,
      outstanding: 0,
    });
    expect(requisition.number).toMatch(/^SL-\d{8}-\d{6}$/);

    // The head cuts the gloves to 120; the campus has no policy, so the materials office follows.
    const byHead = ok(await approve(head, requisition.id, { comment: '先领一半', lines: [{ itemId: gloves, quantity: 120 }] }), 'approveRequisition');
    expect(byHead).toMatchObject({ status: 'DEPT_APPROVED', approvalRoute: 'DEPARTMENT_AND_MATERIALS_OFFICE', approvalRouteReason: 'NO_POLICY' });
    expect(byHead.valueFen).toBe(120 * 65 + 10 * 1800);
    const final = ok(await approve(office, requisition.id), 'approveRequisition');
    expect(final.status).toBe('APPROVED');
    expect(final.lines.map((l: any) => [l.requested, l.approved, l.issued, l.outstanding])).toEqual([
      [200, 120, 0, 120],
      [10, 10, 0, 10],
    ]);

    const issued = ok(
      await issue(keeper, requisition.id, [
        { itemId: gloves, quantity: 120 },
        { itemId: masks, quantity: 10 },
      ]),
      'issueRequisition',
    );
    expect(issued).toMatchObject({ status: 'ISSUED', outstanding: 0 });
    expect(issued.issues).toEqual([
      {
        stockIssueId: expect.any(String),
        totalCostFen: 120 * 65 + 10 * 1800,
        lines: [
          { item: { id: gloves }, quantity: 120, costFen: 120 * 65 },
          { item: { id: masks }, quantity: 10, costFen: 18_000 },
        ],
        oldUnits: [],
      },
    ]);
    expect(await onHand(gloves)).toBe(380);
    const [stockIssue] = await platform.query('materials', `SELECT department_id, note FROM stock_issue WHERE id = $1`, [issued.issues[0].stockIssueId]);
    expect(stockIssue).toEqual({ department_id: CARDIOLOGY, note: `申领单 ${requisition.number}` });
    expect(issued.history.map((h: any) => [h.action, h.fromStatus, h.toStatus, h.actorName, h.comment])).toEqual([
      ['SUBMIT', null, 'SUBMITTED', '王丽', '病区日常消耗'],
      ['APPROVE_DEPARTMENT', 'SUBMITTED', 'DEPT_APPROVED', '李主任', '先领一半'],
      ['APPROVE_MATERIALS_OFFICE', 'DEPT_APPROVED', 'APPROVED', '刘物资', null],
      ['ISSUE', 'APPROVED', 'ISSUED', '陈库管', null],
    ]);

    const published = await events(requisition.id);
    expect(published.map((e) => e.type)).toEqual([
      RequisitionSubmittedV1.type,
      RequisitionApprovedV1.type,
      RequisitionApprovedV1.type,
      RequisitionIssuedV1.type,
    ]);
    for (const event of published) expect(event.data).toMatchObject({ requisitionId: requisition.id, campusId: EAST, departmentId: CARDIOLOGY });
    expect(published[1].data).toMatchObject({ step: 'DEPARTMENT', status: 'DEPT_APPROVED', actor: { staffId: head.staffId } });
    expect(published[3].data).toMatchObject({ stockIssueId: issued.issues[0].stockIssueId, oldUnits: [] });
    expect(await count(`SELECT count(*)::int AS n FROM outbox_event WHERE type = $1 AND key = $2`, [StockIssuedV1.type, issued.issues[0].stockIssueId])).toBe(
      1,
    );
    const audit = await platform.query('materials', `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [requisition.id]);
    expect(audit.map((row: any) => row.action)).toEqual([
      'requisition.submit',
      'requisition.approve-department',
      'requisition.approve-materials-office',
      'requisition.issue',
    ]);
  });

  it('refuses self-approval, the head of another department, the office before the department, and one person approving both steps', async () => {
    const gloves = await stocked('PROTECTIVE', 50, 65);
    const own = await submitted(head, [{ itemId: gloves, quantity: 5 }]);
    const self = await approve(head, own.id, {}, 'zh-CN');
    expect(errorCode(self)).toBe('REQUISITION_SELF_APPROVAL');
    expect(self.errors?.[0].message).toBe(`申领单 ${own.number} 由您提交或为您申领，须由他人审批`);
    expect(errorCode(await call(head, REJECT, { id: own.id, r: '不需要' }))).toBe('REQUISITION_SELF_APPROVAL');

    const theirs = await submitted(nurse, [{ itemId: gloves, quantity: 5 }]);
    const otherHead = await approve(orthoHead, theirs.id, {}, 'en');
    expect(errorCode(otherHead)).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    expect(otherHead.errors?.[0].message).toBe(`Requisition ${theirs.number} awaits approval by the head of 心内科; you cannot approve or reject it`);
    expect(errorCode(await approve(office, theirs.id))).toBe('REQUISITION_APPROVER_NOT_ELIGIBLE');
    expect(errorCode(await approve(nurse, theirs.id))).toBe('FORBIDDEN');

    ok(await approve(deputy, theirs.id), 'approveRequisition');
    expect(errorCode(await approve(deputy, theirs.id))).toBe('REQUISITION_SAME_APPROVER');
    expect(errorCode(await approve(westKeeper, theirs.id))).toBe('FORBIDDEN');
    const westOffice = person('office-west', null, '西院物资科', [MaterialsRole.MATERIALS_MANAGER], [WEST]);
    expect(errorCode(await approve(westOffice, theirs.id))).toBe('NOT_FOUND');
    expect((await data(office, ONE, { id: theirs.id })).requisition.status).toBe('DEPT_APPROVED');

    const final = ok(await approve(office, theirs.id), 'approveRequisition');
    expect(final.history.map((h: any) => h.actorName)).toEqual(['王丽', '孙副主任', '刘物资']);
    expect(errorCode(await approve(office, theirs.id))).toBe('REQUISITION_ILLEGAL_TRANSITION');
  });

  it('lets the head approve alone what the campus policy allows, and sends the rest to the materials office', async () => {
    expect(errorCode(await call(keeper, POLICY, { i: { campusId: EAST, autoApproveLimitFen: 50_000, autoApproveCategories: ['CLEANING'] } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await call(westKeeper, POLICY, { i: { campusId: EAST, autoApproveLimitFen: 50_000, autoApproveCategories: ['CLEANING'] } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await call(eastAdmin, POLICY, { i: { campusId: EAST, autoApproveLimitFen: -1, autoApproveCategories: [] } }))).toBe('INVALID_INPUT');
    const policy = ok(
      await call(eastAdmin, POLICY, { i: { campusId: EAST, autoApproveLimitFen: 50_000, autoApproveCategories: ['CLEANING', 'OFFICE', 'CLEANING'] } }),
      'setRequisitionPolicy',
    );
    expect(policy).toEqual({ campusId: EAST, autoApproveLimitFen: 50_000, autoApproveCategories: ['CLEANING', 'OFFICE'], updatedByName: '东院后勤' });

    const tablets = await stocked('CLEANING', 200, 1500);
    const gowns = await stocked('PROTECTIVE', 100, 1200);
    const small = await submitted(nurse, [{ itemId: tablets, quantity: 20 }]); // ¥300
    const skipped = ok(await approve(head, small.id), 'approveRequisition');
    expect(skipped).toMatchObject({ status: 'APPROVED', approvalRoute: 'DEPARTMENT_ONLY', approvalRouteReason: 'WITHIN_POLICY', valueFen: 30_000 });
    expect(skipped.history.map((h: any) => h.action)).toEqual(['SUBMIT', 'APPROVE_DEPARTMENT']);
    expect((await events(small.id))[1].data).toMatchObject({ status: 'APPROVED', route: 'DEPARTMENT_ONLY', routeReason: 'WITHIN_POLICY' });

    const large = await submitted(nurse, [{ itemId: tablets, quantity: 40 }]); // ¥600
    expect(ok(await approve(head, large.id), 'approveRequisition')).toMatchObject({ status: 'DEPT_APPROVED', approvalRouteReason: 'OVER_LIMIT' });
    // Cut below the limit by the head, it skips the office after all: the route follows the approved quantities.
    const cut = await submitted(nurse, [{ itemId: tablets, quantity: 40 }]);
    expect(ok(await approve(head, cut.id, { lines: [{ itemId: tablets, quantity: 30 }] }), 'approveRequisition')).toMatchObject({
      status: 'APPROVED',
      valueFen: 45_000,
    });
    const protective = await submitted(nurse, [
      { itemId: tablets, quantity: 1 },
      { itemId: gowns, quantity: 1 },
    ]);
    expect(ok(await approve(head, protective.id), 'approveRequisition')).toMatchObject({
      status: 'DEPT_APPROVED',
      approvalRouteReason: 'CATEGORY_NOT_AUTO_APPROVED',
    });
    const neverReceived = await newItem('CLEANING');
    const unpriced = await submitted(nurse, [{ itemId: neverReceived, quantity: 1 }]);
    expect(unpriced.valueFen).toBeNull();
    expect(ok(await approve(head, unpriced.id), 'approveRequisition')).toMatchObject({ status: 'DEPT_APPROVED', approvalRouteReason: 'UNPRICED' });

    expect((await data(nurse, `query($c: ID!) { requisitionPolicy(campusId: $c) { autoApproveLimitFen } }`, { c: EAST })).requisitionPolicy).toEqual({
      autoApproveLimitFen: 50_000,
    });
    await call(eastAdmin, POLICY, { i: { campusId: EAST, autoApproveLimitFen: 0, autoApproveCategories: [] } });
  });

  it('issues in parts, keeps the rest on backorder, never more than approved, and closes the backorder', async () => {
    const gloves = await stocked('PROTECTIVE', 6, 65);
    const requisition = await approved([{ itemId: gloves, quantity: 10 }]);

    // Shortage: all or nothing, as any issue.
    const short = await issue(keeper, requisition.id, [{ itemId: gloves, quantity: 10 }]);
    expect(errorCode(short)).toBe('INSUFFICIENT_STOCK');
    expect(short.errors?.[0].extensions?.params).toMatchObject({ requested: 10, available: 6 });
    expect(await count(`SELECT count(*)::int AS n FROM requisition_issue WHERE requisition_id = $1`, [requisition.id])).toBe(0);

    const part = ok(await issue(keeper, requisition.id, [{ itemId: gloves, quantity: 6 }]), 'issueRequisition');
    expect(part).toMatchObject({ status: 'PARTIALLY_ISSUED', outstanding: 4 });
    expect(part.lines[0]).toMatchObject({ approved: 10, issued: 6, outstanding: 4 });

    await receive(gloves, 20, 70);
    const over = await issue(keeper, requisition.id, [{ itemId: gloves, quantity: 5 }], {}, 'zh-CN');
    expect(errorCode(over)).toBe('REQUISITION_ISSUE_EXCEEDS_OUTSTANDING');
    expect(over.errors?.[0].extensions?.params).toMatchObject({ approved: 10, issued: 6, outstanding: 4, requested: 5 });
    const second = ok(await issue(keeper2, requisition.id, [{ itemId: gloves, quantity: 3 }], { note: '补发' }), 'issueRequisition');
    expect(second).toMatchObject({ status: 'PARTIALLY_ISSUED', outstanding: 1 });
    expect(second.issues.map((i: any) => i.lines[0].quantity)).toEqual([6, 3]);

    expect(errorCode(await call(westKeeper, CLOSE, { id: requisition.id, r: '不再等待' }))).toBe('NOT_FOUND');
    expect(errorCode(await call(colleague, CLOSE, { id: requisition.id, r: '不再等待' }))).toBe('FORBIDDEN');
    const closed = ok(await call(nurse, CLOSE, { id: requisition.id, r: '已从他院调剂' }), 'closeRequisitionBackorder');
    expect(closed).toMatchObject({ status: 'CLOSED', outstanding: 0 });
    expect(closed.lines[0]).toMatchObject({ approved: 10, issued: 9, outstanding: 0 });
    expect(errorCode(await issue(keeper, requisition.id, [{ itemId: gloves, quantity: 1 }]))).toBe('REQUISITION_ILLEGAL_TRANSITION');
    const closedEvent = (await events(requisition.id)).find((e) => e.type === RequisitionClosedV1.type);
    expect(closedEvent?.data).toMatchObject({ reason: '已从他院调剂', lines: [{ itemId: gloves, approved: 10, issued: 9, cancelled: 1 }] });
    expect(await onHand(gloves)).toBe(26 - 9);
  });

  it('issues durable items only new-for-old (领新交旧), or within an exemption the materials office granted', async () => {
    const mop = await stocked('CLEANING', 30, 2800, { durable: true });
    const requisition = await approved([{ itemId: mop, quantity: 3 }]);

    const noOld = await issue(
      keeper,
      requisition.id,
      [{ itemId: mop, quantity: 3 }],
      { returnedOld: [{ itemId: mop, quantity: 1, condition: 'WORN_OUT' }] },
      'zh-CN',
    );
    expect(errorCode(noOld)).toBe('REQUISITION_OLD_UNITS_MISSING');
    expect(noOld.errors?.[0].message).toContain('须领新交旧：本次发放 3 件，交回旧品 1 件，可免交 0 件，尚缺 2 件旧品');
    const lostWithoutNote = await issue(keeper, requisition.id, [{ itemId: mop, quantity: 1 }], {
      returnedOld: [{ itemId: mop, quantity: 1, condition: 'LOST' }],
    });
    expect(errorCode(lostWithoutNote)).toBe('REQUISITION_LOST_NOTE_REQUIRED');
    expect(await onHand(mop)).toBe(30);

    const issued = ok(
      await issue(keeper, requisition.id, [{ itemId: mop, quantity: 3 }], {
        returnedOld: [
          { itemId: mop, quantity: 2, condition: 'WORN_OUT' },
          { itemId: mop, quantity: 1, condition: 'BROKEN', note: '杆断' },
        ],
      }),
      'issueRequisition',
    );
    expect(issued.status).toBe('ISSUED');
    expect(issued.issues[0].oldUnits).toEqual([
      { item: { id: mop }, quantity: 2, condition: 'WORN_OUT', note: null },
      { item: { id: mop }, quantity: 1, condition: 'BROKEN', note: '杆断' },
    ]);
    // Old units are not stock: the warehouse holds 27 new mops, and no lot or movement took the old ones in.
    expect(await onHand(mop)).toBe(27);
    expect(await count(`SELECT count(*)::int AS n FROM stock_movement m JOIN stock_lot l ON l.id = m.lot_id WHERE l.item_id = $1`, [mop])).toBe(2);

    // A new bed and a lost mop: the materials office lets 2 go without old ones.
    const newBeds = await approved([{ itemId: mop, quantity: 3 }]);
    expect(errorCode(await call(nurse, EXEMPT, { i: { id: newBeds.id, itemId: mop, quantity: 2, reason: 'NEW_POSITION', note: '新增加床' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await call(office, EXEMPT, { i: { id: newBeds.id, itemId: mop, quantity: 4, reason: 'NEW_POSITION', note: '新增加床' } }))).toBe(
      'REQUISITION_EXEMPTION_OUT_OF_RANGE',
    );
    const granted = ok(
      await call(office, EXEMPT, { i: { id: newBeds.id, itemId: mop, quantity: 2, reason: 'NEW_POSITION', note: '新增加床 2 张' } }),
      'grantRequisitionExchangeExemption',
    );
    expect(granted.lines[0]).toMatchObject({ exchangeExemptQuantity: 2, exchangeExemptUsed: 0, exchangeExemptionReason: 'NEW_POSITION' });
    const first = ok(
      await issue(keeper, newBeds.id, [{ itemId: mop, quantity: 2 }], { returnedOld: [{ itemId: mop, quantity: 1, condition: 'LOST', note: '搬迁时遗失' }] }),
      'issueRequisition',
    );
    expect(first.lines[0]).toMatchObject({ issued: 2, exchangeExemptUsed: 2 });
    expect(errorCode(await issue(keeper, newBeds.id, [{ itemId: mop, quantity: 1 }]))).toBe('REQUISITION_OLD_UNITS_MISSING');
    const last = ok(
      await issue(keeper, newBeds.id, [{ itemId: mop, quantity: 1 }], { returnedOld: [{ itemId: mop, quantity: 1, condition: 'WORN_OUT' }] }),
      'issueRequisition',
    );
    expect(last.status).toBe('ISSUED');
    const recorded = await platform.query(
      'materials',
      `SELECT condition, quantity, department_id FROM requisition_old_unit WHERE requisition_id = $1 ORDER BY condition`,
      [newBeds.id],
    );
    expect(recorded).toEqual([
      { condition: 'LOST', quantity: 1, department_id: CARDIOLOGY },
      { condition: 'WORN_OUT', quantity: 1, department_id: CARDIOLOGY },
    ]);
    const issuedEvents = (await events(newBeds.id)).filter((e) => e.type === RequisitionIssuedV1.type).map((e) => e.data.lines[0].exchangeExemptUsed);
    expect(issuedEvents).toEqual([2, 0]);

    // Old units only for durable items issued now.
    const gloves = await stocked('PROTECTIVE', 10, 65);
    const plain = await approved([{ itemId: gloves, quantity: 1 }]);
    const stray = await issue(keeper, plain.id, [{ itemId: gloves, quantity: 1 }], { returnedOld: [{ itemId: gloves, quantity: 1, condition: 'WORN_OUT' }] });
    expect(errorCode(stray)).toBe('REQUISITION_OLD_UNITS_EXCEED_ISSUED');
    expect(errorCode(await call(office, EXEMPT, { i: { id: plain.id, itemId: gloves, quantity: 1, reason: 'LOST', note: 'x' } }))).toBe(
      'REQUISITION_EXEMPTION_NOT_DURABLE',
    );
  });

  it('answers bad input with typed errors and writes nothing', async () => {
    const gloves = await stocked('PROTECTIVE', 10, 65);
    const tables = `SELECT (SELECT count(*) FROM requisition)::int AS requisitions, (SELECT count(*) FROM requisition_line)::int AS lines,
      (SELECT count(*) FROM outbox_event)::int AS events`;
    const before = await platform.query('materials', tables);

    for (const quantity of [0, -3]) {
      const notPositive = await submit(nurse, [{ itemId: gloves, quantity }], {}, 'en');
      expect(notPositive.errors?.[0].extensions).toMatchObject({ code: 'QUANTITY_NOT_POSITIVE', params: { field: 'lines[0].quantity' } });
    }
    expect(errorCode(await submit(nurse, [{ itemId: gloves, quantity: 1.5 }]))).toBe('INVALID_INPUT');
    expect(errorCode(await submit(nurse, []))).toBe('INVALID_INPUT');
    expect(errorCode(await submit(nurse, [{ itemId: 'gloves', quantity: 1 }]))).toBe('INVALID_ID');
    const unknown = randomUUID();
    expect((await submit(nurse, [{ itemId: unknown, quantity: 1 }])).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      params: { entity: 'Item', id: unknown },
    });
    const twice = [
      { itemId: gloves, quantity: 1 },
      { itemId: gloves, quantity: 2 },
    ];
    expect(errorCode(await submit(nurse, twice))).toBe('INVALID_INPUT');
    expect(errorCode(await submit(nurse, [{ itemId: gloves, quantity: 1 }], { reason: '  ' }))).toBe('TEXT_REQUIRED');
    expect(errorCode(await submit(nurse, [{ itemId: gloves, quantity: 1 }], { warehouseId: westWarehouseId }))).toBe('NOT_FOUND');
    const otherDepartment = await submit(nurse, [{ itemId: gloves, quantity: 1 }], { departmentId: ORTHOPAEDICS }, 'zh-CN');
    expect(errorCode(otherDepartment)).toBe('REQUISITION_NOT_DEPARTMENT_STAFF');
    expect(otherDepartment.errors?.[0].message).toBe('王丽 不是“骨科”的人员，不能为该科室申领');
    expect(errorCode(await submit(nurse, [{ itemId: gloves, quantity: 1 }], { requesterStaffId: colleague.staffId }))).toBe('FORBIDDEN');
    const noStaff = person('nurse-temp', null, '临时护士', [Role.REQUESTER]);
    expect(errorCode(await submit(noStaff, [{ itemId: gloves, quantity: 1 }]))).toBe('REQUISITION_REQUESTER_HAS_NO_DEPARTMENT');
    expect(errorCode(await submit(keeper, [{ itemId: gloves, quantity: 1 }]))).toBe('FORBIDDEN');
    expect(await platform.query('materials', tables)).toEqual(before);

    const requisition = await approved([{ itemId: gloves, quantity: 4 }]);
    for (const quantity of [0, -1]) expect(errorCode(await issue(keeper, requisition.id, [{ itemId: gloves, quantity }]))).toBe('QUANTITY_NOT_POSITIVE');
    expect(errorCode(await issue(keeper, requisition.id, [{ itemId: gloves, quantity: 0.5 }]))).toBe('INVALID_INPUT');
    expect(errorCode(await issue(keeper, requisition.id, [{ itemId: unknown, quantity: 1 }]))).toBe('NOT_FOUND');
    const notOnIt = await stocked('PROTECTIVE', 10, 65);
    expect(errorCode(await issue(keeper, requisition.id, [{ itemId: notOnIt, quantity: 1 }]))).toBe('REQUISITION_ITEM_NOT_ON_REQUISITION');
    expect(errorCode(await issue(westKeeper, requisition.id, [{ itemId: gloves, quantity: 1 }]))).toBe('NOT_FOUND');
    expect(errorCode(await call(westNurse, ONE, { id: requisition.id }))).toBe('NOT_FOUND');
    expect(errorCode(await issue(nurse, requisition.id, [{ itemId: gloves, quantity: 1 }]))).toBe('FORBIDDEN');
    expect(errorCode(await approve(head, randomUUID()))).toBe('NOT_FOUND');
    const pending = await submitted(nurse, [{ itemId: gloves, quantity: 1 }]);
    expect(errorCode(await approve(head, pending.id, { lines: [{ itemId: gloves, quantity: 2 }] }))).toBe('REQUISITION_APPROVAL_EXCEEDS_REQUEST');
    expect(errorCode(await approve(head, pending.id, { lines: [{ itemId: gloves, quantity: 0 }] }))).toBe('REQUISITION_NOTHING_APPROVED');
    expect(errorCode(await issue(keeper, pending.id, [{ itemId: gloves, quantity: 1 }]))).toBe('REQUISITION_ILLEGAL_TRANSITION');
    expect((await data(nurse, ONE, { id: requisition.id })).requisition.lines[0]).toMatchObject({ issued: 0, outstanding: 4 });
    expect(await onHand(gloves)).toBe(10);
  });

  it('never over-issues when two storekeepers issue the last outstanding units at once', async () => {
    const gloves = await stocked('PROTECTIVE', 100, 65);
    const requisition = await approved([{ itemId: gloves, quantity: 4 }]);
    const race = await Promise.all([keeper, keeper2].map((who) => issue(who, requisition.id, [{ itemId: gloves, quantity: 3 }])));
    expect(race.map((r) => errorCode(r) ?? 'ok').sort()).toEqual(['REQUISITION_ISSUE_EXCEEDS_OUTSTANDING', 'ok']);
    const last = await Promise.all([keeper, keeper2].map((who) => issue(who, requisition.id, [{ itemId: gloves, quantity: 1 }])));
    expect(last.map((r) => errorCode(r) ?? 'ok').sort()).toEqual(['REQUISITION_ILLEGAL_TRANSITION', 'ok']);
    const [line] = await platform.query('materials', `SELECT quantity_issued FROM requisition_line WHERE requisition_id = $1`, [requisition.id]);
    expect(line).toEqual({ quantity_issued: 4 });
    expect(await onHand(gloves)).toBe(96);
    expect((await data(keeper, ONE, { id: requisition.id })).requisition).toMatchObject({ status: 'ISSUED', outstanding: 0 });
  });

  it('lets the department cancel and the approvers reject, and shows each caller only what they may see', async () => {
    const tablets = await stocked('CLEANING', 50, 1500);
    const cancelled = await submitted(nurse, [{ itemId: tablets, quantity: 1 }]);
    expect(errorCode(await call(colleague, CANCEL, { id: cancelled.id, r: '不需要了' }))).toBe('FORBIDDEN');
    expect(ok(await call(nurse, CANCEL, { id: cancelled.id, r: '不需要了' }), 'cancelRequisition').status).toBe('CANCELLED');
    const rejected = await submitted(nurse, [{ itemId: tablets, quantity: 2 }]);
    expect(ok(await call(head, REJECT, { id: rejected.id, r: '上周已领' }), 'rejectRequisition')).toMatchObject({ status: 'REJECTED' });
    expect(errorCode(await call(nurse, CANCEL, { id: rejected.id, r: 'x' }))).toBe('REQUISITION_ILLEGAL_TRANSITION');
    expect((await events(rejected.id)).map((e) => e.type)).toEqual([RequisitionSubmittedV1.type, RequisitionRejectedV1.type]);
    expect((await events(cancelled.id)).map((e) => e.type)).toEqual([RequisitionSubmittedV1.type, RequisitionCancelledV1.type]);

    // A paper form (补录) entered by the campus office for the nurse: hers to cancel, not hers to approve.
    const paper = ok(await submit(eastAdmin, [{ itemId: tablets, quantity: 3 }], { requesterStaffId: nurse.staffId }), 'submitRequisition');
    expect(paper).toMatchObject({ requesterName: '王丽', submittedByName: '东院后勤', departmentId: CARDIOLOGY });
    const orthoNurse = person('nurse-ortho', staff(EAST, ORTHOPAEDICS, '钱护士'), '钱护士', [Role.REQUESTER]);
    await org.publishTo(platform, 'materials');
    const orthopaedic = await submitted(orthoNurse, [{ itemId: tablets, quantity: 1 }]);

    const ids = async (identity: Identity, variables: Record<string, unknown> = {}) =>
      (await data(identity, LIST, variables)).requisitions.edges.map((e: any) => e.node.id) as string[];
    const nurseSees = await ids(nurse);
    expect(nurseSees).toEqual(expect.arrayContaining([cancelled.id, rejected.id, paper.id]));
    expect(nurseSees).not.toContain(orthopaedic.id);
    expect(await ids(orthoHead)).toEqual([orthopaedic.id]);
    expect(errorCode(await call(orthoHead, ONE, { id: paper.id }))).toBe('NOT_FOUND');
    expect(await ids(office)).toEqual(expect.arrayContaining([paper.id, orthopaedic.id]));
    expect(await ids(westKeeper)).toEqual([]);
    expect(await ids(keeper, { s: 'CANCELLED' })).toEqual([cancelled.id]);
    expect(await ids(admin, { d: ORTHOPAEDICS })).toEqual([orthopaedic.id]);
  });

  it('relays every requisition event to Kafka and parks none on the dead-letter topic', async () => {
    await eventually(
      async () => ((await count(`SELECT count(*)::int AS n FROM outbox_event WHERE sent_at IS NULL`)) === 0 ? true : undefined),
      30_000,
      'every outbox row sent',
    );
    expect(platform.process('materials').logTail(100_000)).not.toContain('event parked on dead-letter topic');
  });
});
