import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { runSeedScript } from '@houqin/platform-local-infra';
import { graphqlData, ROOT, TestPlatform } from '@houqin/platform-testing';
import { Browser } from 'playwright-core';
import { launchBrowser, review, signIn } from './console-browser';

/**
 * The web console in a real browser against the real platform (org with the demo directory, maintenance, the
 * gateway serving the built console): the nurse raises a request and signs it off; a West admin cannot reach an
 * East order by editing the URL; a signed-in user with no role gets "no access yet".
 */
type Edges<T> = { edges: { node: T }[] };

describe('web console: work orders (real browser, through the gateway)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  const groupAdmin: Identity = { subject: 'console:group-admin', staffId: null, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
  let people: Record<'nurse' | 'dispatcher' | 'technician' | 'eastAdmin' | 'westAdmin', Identity>;
  let plumbingTeam: string;

  const as = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance'], gateway: true, console: true });
    await runSeedScript(ROOT, 'org', platform.gatewayUrl, await platform.userToken(groupAdmin));
    const { campuses } = await as<{ campuses: Edges<{ id: string; code: string }> }>(groupAdmin, `{ campuses(first: 10) { edges { node { id code } } } }`);
    const campus = (code: string) => campuses.edges.find((e) => e.node.code === code)!.node.id;
    const [east, west] = [campus('EAST'), campus('WEST')];
    const { staffMembers, teams } = await as<{
      staffMembers: Edges<{ id: string; employeeNo: string; name: string }>;
      teams: Edges<{ id: string; name: string }>;
    }>(
      groupAdmin,
      `query($east: ID!) { staffMembers(campusId: $east, first: 100) { edges { node { id employeeNo name } } } teams(campusId: $east, first: 50) { edges { node { id name } } } }`,
      { east },
    );
    plumbingTeam = teams.edges.find((e) => e.node.name === '水电班')!.node.id;
    const person = (employeeNo: string, roles: Role[], campusIds = [east]): Identity => {
      const staff = staffMembers.edges.find((e) => e.node.employeeNo === employeeNo)!.node;
      return { subject: `console:${employeeNo}`, staffId: staff.id, name: staff.name, roles, campusIds };
    };
    people = {
      nurse: person('E3057', [Role.REQUESTER]),
      dispatcher: person('E1005', [MaintenanceRole.DISPATCHER]),
      technician: person('E1021', [MaintenanceRole.TECHNICIAN]),
      eastAdmin: person('E1001', [Role.CAMPUS_ADMIN]),
      westAdmin: { subject: 'console:W1001', staffId: null, name: '高明', roles: [Role.CAMPUS_ADMIN], campusIds: [west] },
    };
    await platform.setConsoleLogins([
      { login: 'east-nurse', description: '东院 5病区护士', identity: people.nurse },
      { login: 'east-admin', description: '东院后勤管理科', identity: people.eastAdmin },
      { login: 'west-admin', description: '西院后勤管理科', identity: people.westAdmin },
      {
        login: 'newcomer',
        description: '刚入职，尚未授权',
        identity: { subject: 'console:newcomer', staffId: null, name: '新同事', roles: [], campusIds: [] },
      },
    ]);
    // East asks one question of every plumbing report: the form must ask it too.
    await as(
      people.eastAdmin,
      `mutation($east: ID!) { setIntakeQuestions(input: { category: "PLUMBING", campusId: $east, questions: [
        { key: "WATER_NEAR_ELECTRICAL", questionZh: "水是否靠近电源插座？", questionEn: "Is the water near a socket?", answerType: YES_NO, required: true } ] }) { key } }`,
      { east },
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('lets the nurse raise a request with the category’s question answered, then sign the finished repair off with a rating', async () => {
    const { context, page } = await signIn(browser, platform.origin, 'east-nurse');
    await review(page, 'work-orders-empty');

    await page.getByRole('menuitem', { name: '报修' }).click();
    await page.getByLabel('地点').click();
    await page.getByLabel('地点').fill('5病区');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /· 5F · 5病区$/ })
      .click();
    await page.getByText('漏水、堵塞、水龙头').click();
    await page.getByText('水是否靠近电源插座？').waitFor();
    await review(page, 'raise-request');
    await page.getByLabel('故障简述').fill('护士站洗手池下漏水');
    await page.getByRole('button', { name: '提交' }).click();
    // The required question is asked before anything is sent.
    await page.getByText('必填').waitFor();
    await page.getByRole('radio', { name: '是' }).check();
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText(/^WO-\d{8}-\d{6}$/).waitFor();
    const number = (await page.getByText(/^WO-\d{8}-\d{6}$/).textContent())!;
    const orderId = page.url().split('/').pop()!;
    await page.getByText('已报修').first().waitFor();
    await review(page, 'work-order-submitted');

    const [stored] = await platform.query<{ number: string; requester: string; source: string; answers: unknown }>(
      'maintenance',
      `SELECT wo.number, wo.requester_staff_id AS requester, wo.source, i.answers FROM work_order wo JOIN work_order_intake i ON i.work_order_id = wo.id WHERE wo.id = $1`,
      [orderId],
    );
    expect(stored).toMatchObject({ number, requester: people.nurse.staffId, source: 'CONSOLE', answers: [{ key: 'WATER_NEAR_ELECTRICAL', value: 'YES' }] });

    // Dispatch and the technician's work have their own pages; here they go through the API as those people.
    await as(
      people.dispatcher,
      `mutation($id: ID!, $team: ID!, $tech: ID!) { dispatchWorkOrder(input: { workOrderId: $id, teamId: $team, technicianId: $tech }) { id } }`,
      {
        id: orderId,
        team: plumbingTeam,
        tech: people.technician.staffId,
      },
    );
    for (const step of [
      'acceptWorkOrder(workOrderId: $id)',
      'startWorkOrder(workOrderId: $id)',
      'completeWorkOrder(input: { workOrderId: $id, labourMinutes: 45 })',
    ])
      await as(people.technician, `mutation($id: ID!) { ${step} { id } }`, { id: orderId });

    await page.reload();
    await page.getByText('已完工').first().waitFor();
    // The buttons are what the service allows this caller: the requester may sign off or send it back, nothing else.
    const actions = page.getByLabel('操作');
    expect(await actions.getByRole('button').allTextContents()).toEqual(expect.arrayContaining(['签单']));
    expect(await actions.getByRole('button', { name: '派工' }).count()).toBe(0);
    await actions.getByRole('button', { name: '签单' }).click();
    await page.getByRole('dialog').getByText('确认维修已完成，并为本次服务评分').waitFor();
    await review(page, 'sign-off-dialog');
    await page.getByRole('dialog').getByRole('radio').nth(3).click();
    await page.getByLabel('意见').fill('修得很快，谢谢');
    await page.getByRole('dialog').getByRole('button', { name: '提交' }).click();
    await page.getByText('已签单').first().waitFor();

    const [signed] = await platform.query<{ status: string; rating: number; feedback: string }>(
      'maintenance',
      `SELECT status, rating, feedback FROM work_order WHERE id = $1`,
      [orderId],
    );
    expect(signed).toEqual({ status: 'SIGNED_OFF', rating: 4, feedback: '修得很快，谢谢' });

    // The list shows it with its number, and filters by status in the URL.
    await page.getByRole('menuitem', { name: '维修工单' }).click();
    await page.getByRole('link', { name: number }).waitFor();
    await review(page, 'work-orders');
    await page.goto('/work-orders?status=SUBMITTED');
    await page.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    await context.close();
  });

  it('keeps an East order from a West admin who edits the URL, and shows East’s admin the list in English on request', async () => {
    const { rows } = { rows: await platform.query<{ id: string; number: string }>('maintenance', `SELECT id, number FROM work_order LIMIT 1`) };
    expect(rows).toHaveLength(1);
    const west = await signIn(browser, platform.origin, 'west-admin');
    await west.page.goto(`/work-orders/${rows[0].id}`);
    await west.page.getByText('加载失败').waitFor();
    expect(await west.page.getByRole('main').textContent()).not.toContain(rows[0].number);
    await west.page.goto('/work-orders');
    await west.page.locator('.ant-empty-description', { hasText: '暂无数据' }).waitFor();
    await west.context.close();

    const east = await signIn(browser, platform.origin, 'east-admin');
    // A campus admin lands on the dispatch board (the first page of their menu); the list is one click away.
    await east.page.getByRole('heading', { name: '调度台' }).waitFor();
    await east.page.getByRole('menuitem', { name: '维修工单' }).click();
    await east.page.getByRole('link', { name: rows[0].number }).waitFor();
    await east.page.getByRole('button', { name: 'English' }).click();
    await east.page.getByRole('menuitem', { name: 'Work orders' }).waitFor();
    await east.page.getByText('Signed off', { exact: true }).waitFor();
    await review(east.page, 'work-orders-en');
    await east.context.close();
  });

  it('is served by the gateway under its own CSP; a missing chunk is a 404; its operations run by id, other ids are refused', async () => {
    const page = await fetch(`${platform.origin}/work-orders/anything`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // The build's gzip copy, to a client that accepts gzip (fetch does, and unpacks it).
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${platform.origin}/assets/gone-0000.js`)).status).toBe(404);
    expect((await fetch(`${platform.origin}/trusted-documents.json`, { headers: { accept: 'text/html' } })).headers.get('content-type')).toContain('text/html');
    const ids = (await import('../src/gql/operation-ids.json')).default as Record<string, string>;
    const send = async (documentId: string) =>
      (await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.userToken(people.eastAdmin)}` },
        body: JSON.stringify({ documentId, variables: {} }),
      }).then((r) => r.json())) as { data?: { me?: { name: string } }; errors?: { extensions?: { code?: string } }[] };
    expect((await send(ids.Me)).data?.me?.name).toBe(people.eastAdmin.name);
    expect((await send(`sha256:${'0'.repeat(64)}`)).errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_NOT_FOUND');
  });

  it('tells a signed-in user who holds no role yet that access is still to be granted, rather than failing', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: platform.origin });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: / newcomer$/ }).click();
    await page.getByText('暂未开通权限').waitFor();
    await review(page, 'no-access');
    await context.close();
  });
});
