import { ROOT } from '@houqin/platform-testing';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core as the scan page's test does. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Every page the journeys visit, in zh-CN, for review (README, Web console). */
export const SCREENSHOTS = join(ROOT, 'dist', 'console-screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (see README) or set CHROMIUM_PATH`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], env: { ...process.env, FONTCONFIG_FILE: cjkFontConfig() } });
}

/**
 * A server often has no Chinese font, and the screenshots would show boxes: the browser also gets Noto Sans SC,
 * the font the label sheets print with (from npm), added to the machine's own font configuration.
 */
function cjkFontConfig(): string {
  const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
  const dir = mkdtempSync(join(tmpdir(), 'houqin-fonts-'));
  const system = existsSync('/etc/fonts/fonts.conf') ? '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' : '';
  writeFileSync(
    join(dir, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>${system}<dir>${fontDir}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`,
  );
  return join(dir, 'fonts.conf');
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A browser tab signed in as one of the console's logins (the sign-in page's demo list). */
export async function signIn(
  browser: Browser,
  origin: string,
  login: string,
  options: { locale?: string; phone?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'zh-CN',
    baseURL: origin,
    ...(options.phone ? PHONE : { viewport: { width: 1366, height: 900 } }),
  });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('button', { name: new RegExp(` ${login}$`) }).click();
  await page.getByTestId('caller-name').waitFor();
  return { context, page };
}

/**
 * Accessibility basics on the page as it stands (axe-core, WCAG 2 A and AA: labels, names, contrast, landmarks);
 * returns the violations as "rule: target" lines so a failure names what to fix.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, not as a <script>: the console's CSP (scripts from its origin only) stays on.
  await page.evaluate(`(() => { ${AXE}\n})()`);
  return page.evaluate(async () => {
    type Axe = { run(options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    const result = await (globalThis as unknown as { axe: Axe }).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Screenshots the page into SCREENSHOTS and checks it for accessibility violations. */
export async function review(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(await accessibilityViolations(page)).toEqual([]);
}
