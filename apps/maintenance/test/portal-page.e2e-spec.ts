import { Identity, Role } from '@houqin/platform-auth';
import { graphqlData } from '@houqin/platform-local-infra';
import { OrgFixture, TestPlatform } from '@houqin/platform-testing';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';

/** The scan page in a real browser (Debian's Chromium), as a phone would use it: scan, report with a photo, follow up. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const org = new OrgFixture();
const EAST = org.campus('东院区');
const CARDIOLOGY = org.department(EAST, '心内科');
const INPATIENT = org.building(EAST, '住院楼');
const FLOOR5 = org.floor(EAST, INPATIENT, 5);
const WARD = org.location(EAST, { name: '5病区', departmentId: CARDIOLOGY, buildingId: INPATIENT, floorId: FLOOR5 });
org.team(EAST, '水电班', 'PLUMBING');

const eastAdmin: Identity = { subject: 'admin-east', staffId: null, name: '东院管理员', roles: [Role.CAMPUS_ADMIN], campusIds: [EAST] };

/** A 1 × 1 PNG: the page redraws it as a JPEG before sending, as it does with a phone's photo. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('repair portal scan page (real browser, through the gateway)', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see README) or set CHROMIUM_PATH`);
    dir = mkdtempSync(join(tmpdir(), 'houqin-portal-page-'));
    platform = await TestPlatform.start({ services: ['maintenance'], gateway: true });
    await org.publishTo(platform, 'maintenance');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports a leak with a photo and a phone number, then shows its progress on the next scan of the same label', async () => {
    const label = (
      await graphqlData<{ issueRepairLabel: { url: string } }>(platform.gatewayUrl, {
        query: `mutation($l: ID) { issueRepairLabel(locationId: $l) { url } }`,
        variables: { l: WARD },
        token: await platform.userToken(eastAdmin),
      })
    ).issueRepairLabel;
    const photo = join(dir, 'leak.png');
    writeFileSync(photo, PIXEL);

    const phone = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await phone.newPage();
    await page.goto(label.url);
    await page.getByText('住院楼 · 5F · 5病区').waitFor();
    await page.getByLabel('漏水、堵塞、水龙头').check();
    await page.locator('#description').fill('5病区护士站旁洗手池下漏水');
    await page.locator('#contactPhone').fill('8021');
    await page.locator('#photos').setInputFiles(photo);
    await page.getByRole('button', { name: '提交报修' }).click();
    await page.getByText(/已收到您的报修，单号 WO-\d{8}-\d{6}/).waitFor();

    const [order] = await platform.query<{ id: string; number: string; source: string; photos: number; phone: string }>(
      'maintenance',
      `SELECT wo.id, wo.number, wo.source, (SELECT count(*)::int FROM work_order_attachment a WHERE a.work_order_id = wo.id) AS photos,
              (SELECT contact_phone FROM repair_portal_report r WHERE r.work_order_id = wo.id) AS phone
         FROM work_order wo`,
    );
    expect(order).toMatchObject({ source: 'QR_PORTAL', photos: 1, phone: '8021' });

    // Scanning the same label later shows the report under 我的报修进度, and in English for an English phone.
    await page.goto(label.url);
    await page.locator('#mineList').getByText(order.number).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('#mine').getByText('My reports').waitFor();
    await page.locator('#mineList').getByText('Received', { exact: true }).waitFor();
    expect(await page.locator('#mineList').textContent()).toContain(order.number);
    await phone.close();
  });

  it('tells the reporter when the code on the label is not genuine', async () => {
    const phone = await browser.newContext({ locale: 'zh-CN' });
    const page = await phone.newPage();
    await page.goto(`${platform.gatewayUrl.replace(/\/graphql$/, '')}/portal/r/${'A'.repeat(44)}`);
    await page.getByText('二维码无效，请扫描现场张贴的报修码').waitFor();
    expect(await page.locator('#form').isHidden()).toBe(true);
    await phone.close();
  });
});
