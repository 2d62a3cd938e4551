import { MaintenanceRole } from '@houqin/contracts';
import { Identity, Role } from '@houqin/platform-auth';
import { runSeedScript } from '@houqin/platform-local-infra';
import { graphqlData, ROOT, TestPlatform } from '@houqin/platform-testing';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, review, signIn } from './console-browser';

/**
 * The maintenance crew's side of the console in a real browser (org with the demo directory, maintenance, materials
 * for the parts catalogue, the gateway serving the console): the dispatcher drags orders onto technicians on the
 * board, with a reason when reassigning, and sees SLA countdowns turn red; the technician, on a phone-sized screen,
 * accepts, starts and completes with labour and a part.
 */
type Edges<T> = { edges: { node: T }[] };

describe('web console: dispatch board and my work (real browser, through the gateway)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  const groupAdmin: Identity = { subject: 'console:group-admin', staffId: null, name: '许国平', roles: [Role.GROUP_ADMIN], campusIds: [] };
  let people: Record<'nurse' | 'dispatcher' | 'zhang' | 'li', Identity>;
  const orders: Record<'leak' | 'socket', { id: string; number: string }> = {} as never;
  let valve: string;

  const as = async <T = Record<string, any>>(identity: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphqlData<T>(platform.gatewayUrl, { query, variables, token: await platform.userToken(identity) });

  beforeAll(async () => {
    platform = await TestPlatform.start({ services: ['org', 'maintenance', 'materials'], gateway: true, console: true });
    await runSeedScript(ROOT, 'org', platform.gatewayUrl, await platform.userToken(groupAdmin));
    const { campuses } = await as<{ campuses: Edges<{ id: string; code: string }> }>(groupAdmin, `{ campuses(first: 10) { edges { node { id code } } } }`);
    const east = campuses.edges.find((e) => e.node.code === 'EAST')!.node.id;
    const { staffMembers, locations } = await as<{
      staffMembers: Edges<{ id: string; employeeNo: string; name: string }>;
      locations: Edges<{ id: string; name: string }>;
    }>(
      groupAdmin,
      `query($east: ID!) { staffMembers(campusId: $east, first: 100) { edges { node { id employeeNo name } } }
         locations(campusId: $east, search: "5病区", first: 5) { edges { node { id name } } } }`,
      { east },
    );
    const person = (employeeNo: string, roles: Role[]): Identity => {
      const staff = staffMembers.edges.find((e) => e.node.employeeNo === employeeNo)!.node;
      return { subject: `console:${employeeNo}`, staffId: staff.id, name: staff.name, roles, campusIds: [east] };
    };
    people = {
      nurse: person('E3057', [Role.REQUESTER]),
      dispatcher: person('E1005', [MaintenanceRole.DISPATCHER]),
      zhang: person('E1021', [MaintenanceRole.TECHNICIAN]),
      li: person('E1022', [MaintenanceRole.TECHNICIAN]),
    };
    await platform.setConsoleLogins([
      { login: 'east-dispatcher', description: '东院调度员', identity: people.dispatcher },
      { login: 'east-technician', description: '东院水电班', identity: people.zhang },
    ]);
    const ward = locations.edges.find((e) => e.node.name === '5病区')!.node.id;
    const submit = async (category: string, title: string) =>
      (
        await as<{ submitRepairRequest: { id: string; number: string } }>(
          people.nurse,
          `mutation($input: SubmitRepairRequestInput!) { submitRepairRequest(input: $input) { id number } }`,
          { input: { locationId: ward, category, priority: 'HIGH', title } },
        )
      ).submitRepairRequest;
    orders.leak = await submit('PLUMBING', '护士站洗手池下漏水');
    orders.socket = await submit('ELECTRICAL', '病房插座不通电');
    // The socket's response time has already run out: its card must say so in red.
    await platform.query('maintenance', `UPDATE work_order SET response_due_at = now() - interval '5 minutes' WHERE id = $1`, [orders.socket.id]);
    valve = (
      await as<{ createItem: { id: string } }>(
        groupAdmin,
        `mutation { createItem(input: { code: "VAL-DN20", name: "截止阀 DN20", unit: "个", category: SPARE_PART }) { id } }`,
      )
    ).createItem.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  /** A pointer drag by the card's grip, as a hand does it: press, move past the board's 6 px threshold, travel, release. */
  const drag = async (page: Page, card: Locator, lane: Locator) => {
    const from = (await card.locator('[data-grip]').boundingBox())!;
    const to = (await lane.boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
    await page.mouse.up();
  };

  it('lets the dispatcher drag an order onto a technician, and asks why when moving it to another', async () => {
    const { context, page } = await signIn(browser, platform.origin, 'east-dispatcher');
    // A dispatcher starts on the board.
    await page.getByRole('heading', { name: '调度台' }).waitFor();
    const queue = page.getByRole('region', { name: '待派工' });
    const leak = page.locator(`[data-order="${orders.leak.number}"]`);
    await queue.locator(`[data-order="${orders.leak.number}"]`).waitFor();
    expect(await page.locator(`[data-order="${orders.socket.number}"] [data-sla-level]`).getAttribute('data-sla-level')).toBe('red');
    await page
      .locator(`[data-order="${orders.socket.number}"]`)
      .getByText(/^响应超时/)
      .waitFor();
    expect(await leak.locator('[data-sla-level]').textContent()).toMatch(/^响应剩余/);
    await review(page, 'dispatch-board');

    await drag(page, leak, page.getByRole('region', { name: '张建国' }));
    await page.getByText(`${orders.leak.number} 已派给 张建国`).waitFor();
    await page.getByRole('region', { name: '张建国' }).locator(`[data-order="${orders.leak.number}"]`).waitFor();
    const [dispatched] = await platform.query<{ status: string; technician_id: string }>(
      'maintenance',
      `SELECT status, technician_id FROM work_order WHERE id = $1`,
      [orders.leak.id],
    );
    expect(dispatched).toEqual({ status: 'DISPATCHED', technician_id: people.zhang.staffId });

    // Reassigning asks for the reason, and nothing moves until it is given.
    await drag(page, page.locator(`[data-order="${orders.leak.number}"]`), page.getByRole('region', { name: '李卫东' }));
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`改派 ${orders.leak.number}`).waitFor();
    await review(page, 'dispatch-reassign');
    await dialog.getByRole('button', { name: '改派给 李卫东' }).click();
    await dialog.getByText('请填写原因').waitFor();
    await dialog.getByLabel('原因').fill('张建国在处理急诊楼停水');
    await dialog.getByRole('button', { name: '改派给 李卫东' }).click();
    await page.getByRole('region', { name: '李卫东' }).locator(`[data-order="${orders.leak.number}"]`).waitFor();
    const [reassigned] = await platform.query<{ technician_id: string; reason: string }>(
      'maintenance',
      `SELECT wo.technician_id, t.reason FROM work_order wo JOIN work_order_transition t ON t.work_order_id = wo.id AND t.reason IS NOT NULL WHERE wo.id = $1`,
      [orders.leak.id],
    );
    expect(reassigned).toEqual({ technician_id: people.li.staffId, reason: '张建国在处理急诊楼停水' });

    // Back to 张建国 for the next case, with a reason again, once the closing dialog's mask no longer covers the board.
    await dialog.waitFor({ state: 'detached' });
    await drag(page, page.locator(`[data-order="${orders.leak.number}"]`), page.getByRole('region', { name: '张建国' }));
    await dialog.getByLabel('原因').fill('李卫东临时外出');
    await dialog.getByRole('button', { name: '改派给 张建国' }).click();
    await page.getByRole('region', { name: '张建国' }).locator(`[data-order="${orders.leak.number}"]`).waitFor();
    await context.close();
  });

  it('lets the technician accept, start and complete with labour and a part on a phone', async () => {
    const { context, page } = await signIn(browser, platform.origin, 'east-technician', { phone: true });
    await page.getByRole('heading', { name: '我的工单' }).waitFor();
    await page.getByRole('link', { name: new RegExp(orders.leak.number) }).waitFor();
    await review(page, 'my-work-phone');
    await page.getByRole('link', { name: new RegExp(orders.leak.number) }).click();
    const actions = page.getByLabel('操作');
    await actions.getByRole('button', { name: '接单' }).click();
    await actions.getByRole('button', { name: '开工' }).click();
    await actions.getByRole('button', { name: '完工' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('工时（分钟）').fill('45');
    await dialog.getByRole('button', { name: '添加配件' }).click();
    await dialog.getByLabel('配件').click();
    await dialog.getByLabel('配件').fill('截止阀');
    await page.locator('.ant-select-item-option').filter({ hasText: '截止阀 DN20（VAL-DN20）' }).click();
    await dialog.getByLabel('数量').fill('2');
    // The form is checked as it stands once the part's list has closed (moving to 数量 closes it; open, Ant Design's listbox has no name).
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await review(page, 'complete-phone');
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByText('已完工').first().waitFor();
    await review(page, 'work-order-completed-phone');

    const [done] = await platform.query<{ status: string; labour_minutes: number }>(
      'maintenance',
      `SELECT status, labour_minutes FROM work_order WHERE id = $1`,
      [orders.leak.id],
    );
    expect(done).toEqual({ status: 'COMPLETED', labour_minutes: 45 });
    expect(await platform.query('maintenance', `SELECT item_id, quantity FROM work_order_part WHERE work_order_id = $1`, [orders.leak.id])).toEqual([
      { item_id: valve, quantity: 2 },
    ]);
    await context.close();
  });
});
