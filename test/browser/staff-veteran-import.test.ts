/**
 * The console's 优抚 import and ledger (issue 16 "Veterans") on the real build (dist/staff) behind the real gateway, in
 * headless Chromium: a 县退役军人事务局 approver uploads a roster CSV with one bad line → the preview shows the line and
 * its message and nothing is written → the fixed file previews clean → 确认导入 → the ledger page finds the veteran
 * by ID number. Screenshots in test/artifacts/staff-veteran-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { createUser } from '../../server/staff/accounts/users';
import { csv, LI, ROSTER_HEADER, rosterRows, ZHAO } from '../veteran/ledger-helpers';
import { CHROMIUM, launchBrowser } from './harness';
import { ARTIFACTS } from './page';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');
const STAFF_DIR = path.join(ROOT, 'dist', 'staff');
// eslint-disable-next-line import/no-commonjs -- scripts/build-staff.js is plain CommonJS without types
const { buildStaff } = require('../../scripts/build-staff') as { buildStaff: () => Promise<{ name: string; bytes: number }[]> };

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const APPROVER = { login: 'yc-county', password: 'Xianju-2026!', name: '县局审批' };

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
}

suite('veteran import and ledger in the console', () => {
  beforeAll(async () => {
    await buildStaff();
    dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-veteran-'));
    gateway = await startGateway({ dataDir, staffDir: STAFF_DIR, port: 0, log: () => undefined });
    browser = await launchBrowser();
    await createUser(gateway.app, null, { ...APPROVER, role: 'approver', region: 'yangcheng' });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('upload with a bad line → preview → fix → import → the ledger shows the veteran', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    try {
      await page.goto(`${gateway.url}/staff/`);
      await page.locator('input[name=login]').fill(APPROVER.login);
      await page.locator('input[name=password]').fill(APPROVER.password);
      await page.locator('button:has-text("登录")').click();
      await page.locator('.staff-shell').waitFor();
      const menu = await page.locator('.staff-menu .t-menu__item').allTextContents();
      expect(menu).toEqual(expect.arrayContaining(['名册与发放名单导入', '优抚对象台账']));

      await page.goto(`${gateway.url}/staff/#/veteran-import`);
      const bad = rosterRows();
      bad[1] = [ZHAO.name, ZHAO.idNumber, ZHAO.category, '', '', '阳城县', '', '2026']; // 乡（镇） left empty
      await page.locator('input[type=file]').setInputFiles({ name: '名册.csv', mimeType: 'text/csv', buffer: Buffer.from(csv([ROSTER_HEADER, ...bad])) });
      const error = page.locator('.veteran-import-bad .veteran-import-error');
      await error.first().waitFor();
      expect(await error.first().textContent()).toContain('第 3 行');
      expect(await error.first().textContent()).toContain('乡（镇）');
      await shot(page, 'staff-veteran-import-errors.png');
      // TDesign marks a disabled button by its class.
      expect(await page.locator('.veteran-import-commit').evaluate((b) => (b as HTMLButtonElement).disabled || b.classList.contains('t-is-disabled'))).toBe(true);
      expect(await page.locator('.veteran-import-file').textContent()).toMatch(/名册\.csv（\d+ KB）/);
      expect(await gateway.app.store.getVeteranRoster(gateway.app.cipher.hash(LI.idNumber))).toBeNull();

      await page.locator('input[type=file]').setInputFiles({ name: '名册-改正.csv', mimeType: 'text/csv', buffer: Buffer.from(csv([ROSTER_HEADER, ...rosterRows()])) });
      await page.locator('.t-alert:has-text("有误 0 行")').waitFor();
      await page.locator('.veteran-import-commit').click();
      await page.locator('.t-alert:has-text("已导入")').waitFor();
      expect(await page.locator('.t-alert:has-text("已导入")').textContent()).toContain('写入 4 行');
      await shot(page, 'staff-veteran-import-done.png');
      expect((await gateway.app.store.getVeteranRoster(gateway.app.cipher.hash(LI.idNumber)))?.name).toBe(LI.name);

      await page.goto(`${gateway.url}/staff/#/veteran-ledger`);
      await page.locator('input[placeholder="身份证号（18 位）"]').fill(LI.idNumber);
      await page.locator('button:has-text("查询")').click();
      await page.locator(`.t-card:has-text("${LI.name}")`).waitFor();
      const text = await page.locator('.t-descriptions').textContent();
      expect(text).toContain('凤城镇');
      expect(text).not.toContain(LI.idNumber);
      await shot(page, 'staff-veteran-ledger.png');
    } finally {
      await context.close();
    }
  });
});
