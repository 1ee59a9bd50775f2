/**
 * 身份核验 in the staff console (staff/src/pages/IdentityPage.tsx) on its real build behind the real gateway, in
 * headless Chromium: a person declares "this is me" through the family function (as the mini-program does); a 巴中
 * reviewer types the number from the card, sees the 待核验 binding, confirms it with the name on the card, the
 * 核验编号 the person shows and the 核验依据; the person's own side (the family function) then reads 已核验 by staff.
 * Then a 太原 reviewer exports the queue (导出 Excel, read back) and saves an application's 承诺书 PDF from its detail.
 * Screenshots in test/artifacts/staff-identity-*.png and staff-export-*.png.
 */
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser } from 'playwright-core';
import type { Gateway } from '../../server/gateway/server';
import { createUser } from '../../server/staff/accounts/users';
import { FATHER_ID, father, longTermForFather } from '../applications/helpers';
import { CHROMIUM } from './harness';
import { ARTIFACTS } from './page';
import { callFunction, consolePage, devSession, staffLogin, staffShot, startStaffConsole, stopStaffConsole, type StaffConsole } from './staff-harness';

jest.setTimeout(300_000);

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const REVIEWER = { login: 'bz-window', password: 'Chuangkou-2026!', name: '窗口李' };
const TAIYUAN = { login: 'ty-export', password: 'Daochu-2026!', name: '导出王' };

let gateway: Gateway;
let browser: Browser;
let staff: StaffConsole;

function family(session: string, action: string, body: object = {}): Promise<any> {
  return callFunction(gateway.url, 'family', session, action, body);
}

suite('身份核验 in the staff console', () => {
  beforeAll(async () => {
    staff = await startStaffConsole('yibao-staff-identity-');
    ({ gateway, browser } = staff);
    await createUser(gateway.app, null, { ...REVIEWER, role: 'reviewer', region: 'bazhong', area: '通江县' });
    await createUser(gateway.app, null, { ...TAIYUAN, role: 'reviewer', region: 'shanxi', area: '太原市' });
  });

  afterAll(async () => {
    await stopStaffConsole(staff);
  });

  test('a reviewer confirms a declared binding; the person’s side then reads it verified', async () => {
    const session = await devSession(gateway.url, 'identity-father');
    const declared = await family(session, 'declareSelf', { name: father.name, idNumber: FATHER_ID });
    const ref: string = declared.self.ref;

    const { context, page } = await consolePage(browser, { width: 1280, height: 800 });
    try {
      await staffLogin(page, gateway.url, REVIEWER);
      await page.locator('.staff-menu .t-menu__item:has-text("身份核验")').click();
      await page.locator('input[name=identity-id-number]').fill(FATHER_ID);
      await page.locator('.identity-search-button').click();
      await page.locator('.identity-verify-button').waitFor();
      expect(await page.locator('.t-table').first().textContent()).toContain('待核验');
      expect(await page.locator('body').textContent()).not.toContain(FATHER_ID.slice(6, 14));
      await staffShot(page, 'staff-identity-desktop.png');

      await page.locator('.identity-verify-button').click();
      const dialog = page.locator('.identity-verify-dialog');
      await dialog.locator('input[name=identity-name]').fill(father.name);
      // A ref that is not this account's is stopped on the page.
      await dialog.locator('input[name=identity-ref]').fill('ZZZZZZ');
      await dialog.locator('button:has-text("确认已核验")').click();
      await dialog.locator('.t-alert').waitFor();
      expect(await dialog.locator('.t-alert').textContent()).toContain('核验编号与所选账号的不一致');
      await dialog.locator('input[name=identity-ref]').fill(ref.toLowerCase());
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-identity-verify-dialog.png') });
      await dialog.locator('button:has-text("确认已核验")').click();
      await page.locator('.t-alert:has-text("已核验，已记入绑定历史")').waitFor();
      await page.locator('.t-tag:has-text("已核验")').first().waitFor();
      expect(await page.locator('body').textContent()).toContain(`${REVIEWER.name}（${REVIEWER.login}）`);
      await staffShot(page, 'staff-identity-verified.png');
    } finally {
      await context.close();
    }

    const mine = await family(session, 'identity');
    expect(mine.self).toMatchObject({ level: 'verified', source: 'staff', ref });
  });

  test('导出 Excel from the queue and 下载承诺书（PDF） from the detail', async () => {
    const session = await devSession(gateway.url, 'export-daughter');
    const apps = (action: string, body: object) => callFunction(gateway.url, 'applications', session, action, body);
    const { id } = await apps('createDraft', { content: { ...longTermForFather(), office: { region: 'shanxi', area: '太原市' } } });
    const submitted = await apps('submit', { requestId: 'staff-export-submit-1', id, commitment: { accepted: true, signerName: '张小红' } });

    const { context, page } = await consolePage(browser, { width: 1280, height: 800 }, { acceptDownloads: true });
    try {
      await staffLogin(page, gateway.url, TAIYUAN);
      await page.locator('.queue-export').waitFor();
      await page.locator(`text=${submitted.number}`).first().waitFor();
      const [sheet] = await Promise.all([page.waitForEvent('download'), page.locator('.queue-export').click()]);
      expect(sheet.suggestedFilename()).toMatch(/^申请队列-\d{12}\.xlsx$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync((await sheet.path())!));
      const rows = book.getWorksheet('申请队列')!;
      expect(rows.rowCount).toBe(2);
      expect(String(rows.getRow(2).getCell(1).value)).toBe(submitted.number);
      expect(String(rows.getRow(2).getCell(4).value)).not.toContain(FATHER_ID);
      await staffShot(page, 'staff-export-queue.png');

      await page.goto(`${gateway.url}/staff/#/applications/${encodeURIComponent(submitted.number)}`);
      await page.locator('.document-commitment').waitFor();
      expect(await page.locator('.document-voucher').count()).toBe(0);
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('.document-commitment').click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await staffShot(page, 'staff-export-detail.png');
    } finally {
      await context.close();
    }
  });
});
