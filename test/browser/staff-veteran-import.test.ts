/**
 * The console's 优抚 import and ledger (issue 16 "Veterans") on the real build (dist/staff) behind the real gateway, in
 * headless Chromium: a 县退役军人事务局 approver uploads a roster CSV with one bad line → the preview shows the line and
 * its message and nothing is written → the fixed file previews clean → 确认导入 → the ledger page finds the veteran
 * by ID number, and by name (the hits paged with the total, one opens the ledger). Screenshots in
 * test/artifacts/staff-veteran-*.png, the tablet ones at 1024×768.
 */
import { existsSync } from 'fs';
import { createUser } from '../../server/staff/accounts/users';
import { csv, LI, ROSTER_HEADER, rosterRows, ZHAO } from '../veteran/ledger-helpers';
import { CHROMIUM } from './harness';
import { asTablet, consolePage, staffLogin, staffShot as shot, startStaffConsole, stopStaffConsole, type StaffConsole } from './staff-harness';

jest.setTimeout(300_000);

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const APPROVER = { login: 'yc-county', password: 'Xianju-2026!', name: '县局审批' };

let staff: StaffConsole;

suite('veteran import and ledger in the console', () => {
  beforeAll(async () => {
    staff = await startStaffConsole('yibao-staff-veteran-');
    await createUser(staff.gateway.app, null, { ...APPROVER, role: 'approver', region: 'yangcheng' });
  });

  afterAll(async () => {
    await stopStaffConsole(staff);
  });

  test('upload with a bad line → preview → fix → import → the ledger shows the veteran', async () => {
    const { gateway } = staff;
    const { context, page } = await consolePage(staff.browser, { width: 1280, height: 800 });
    try {
      await staffLogin(page, gateway.url, APPROVER);
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
      // On a tablet (1024×768).
      await asTablet(page);
      await shot(page, 'staff-veteran-import-tablet.png');
      await page.setViewportSize({ width: 1280, height: 800 });
      expect((await gateway.app.store.getVeteranRoster(gateway.app.cipher.hash(LI.idNumber)))?.name).toBe(LI.name);

      await page.goto(`${gateway.url}/staff/#/veteran-ledger`);
      await page.locator('input[name=ledger-query]').fill(LI.idNumber);
      await page.locator('button:has-text("查询")').click();
      await page.locator(`.t-card:has-text("${LI.name}")`).waitFor();
      const text = await page.locator('.t-descriptions').textContent();
      expect(text).toContain('凤城镇');
      expect(text).not.toContain(LI.idNumber);
      await shot(page, 'staff-veteran-ledger.png');

      // By name: the hits with the total, masked; one opens the ledger.
      await page.locator('input[name=ledger-query]').fill('李');
      await page.locator('button:has-text("查询")').click();
      const hits = page.locator('.ledger-hits');
      await hits.waitFor();
      await page.waitForFunction(() => document.querySelector('.ledger-hits')?.textContent?.includes('共 1 人'));
      expect(await hits.textContent()).toContain(`${LI.idNumber.slice(0, 6)}********${LI.idNumber.slice(14)}`);
      expect(await hits.textContent()).not.toContain(LI.idNumber);
      await asTablet(page);
      await shot(page, 'staff-veteran-ledger-search-tablet.png');
      await page.locator('.ledger-hit', { hasText: LI.name }).click();
      await page.locator(`.t-card:has-text("${LI.name} ")`).waitFor();
      expect(await page.locator('.t-descriptions').textContent()).toContain('凤城镇');
      await shot(page, 'staff-veteran-ledger-tablet.png');
    } finally {
      await context.close();
    }
  });
});
