/**
 * 身份核验 in the staff console (staff/src/pages/IdentityPage.tsx) on its real build behind the real gateway, in
 * headless Chromium: a person declares "this is me" through the family function (as the mini-program does); a 巴中
 * reviewer types the number from the card, sees the 待核验 binding, confirms it with the name on the card, the
 * 核验编号 the person shows and the 核验依据; the person's own side (the family function) then reads 已核验 by staff.
 * Then a 太原 reviewer exports the queue (导出 Excel, read back) and saves an application's 承诺书 PDF from its detail.
 * Screenshots in test/artifacts/staff-identity-*.png and staff-export-*.png.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { createUser } from '../../server/staff/accounts/users';
import { FATHER_ID, father, longTermForFather } from '../applications/helpers';
import { CHROMIUM, launchBrowser } from './harness';
import { ARTIFACTS } from './page';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '..', '..');
const STAFF_DIR = path.join(ROOT, 'dist', 'staff');
// eslint-disable-next-line import/no-commonjs -- scripts/build-staff.js is plain CommonJS without types
const { buildStaff } = require('../../scripts/build-staff') as { buildStaff: () => Promise<unknown> };

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
const REVIEWER = { login: 'bz-window', password: 'Chuangkou-2026!', name: '窗口李' };
const TAIYUAN = { login: 'ty-export', password: 'Daochu-2026!', name: '导出王' };

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

async function family(session: string, action: string, body: object = {}): Promise<any> {
  const res = await fetch(`${gateway.url}/api/family`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': session },
    body: JSON.stringify({ action, ...body }),
  });
  const json = (await res.json()) as { ok: boolean; data?: unknown; message?: string };
  if (!json.ok) throw new Error(`${action}: ${json.message}`);
  return json.data;
}

suite('身份核验 in the staff console', () => {
  beforeAll(async () => {
    await buildStaff();
    dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-staff-identity-'));
    gateway = await startGateway({ dataDir, staffDir: STAFF_DIR, port: 0, log: () => undefined });
    browser = await launchBrowser();
    await createUser(gateway.app, null, { ...REVIEWER, role: 'reviewer', region: 'bazhong', area: '通江县' });
    await createUser(gateway.app, null, { ...TAIYUAN, role: 'reviewer', region: 'shanxi', area: '太原市' });
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('a reviewer confirms a declared binding; the person’s side then reads it verified', async () => {
    const dev = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'identity-father' }) });
    const session = ((await dev.json()) as { data: { token: string } }).data.token;
    const declared = await family(session, 'declareSelf', { name: father.name, idNumber: FATHER_ID });
    const ref: string = declared.self.ref;

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'America/New_York' });
    const page = await context.newPage();
    try {
      await page.goto(`${gateway.url}/staff/`);
      await page.locator('input[name=login]').fill(REVIEWER.login);
      await page.locator('input[name=password]').fill(REVIEWER.password);
      await page.locator('button:has-text("登录")').click();
      await page.locator('.staff-shell').waitFor();
      await page.locator('.staff-menu .t-menu__item:has-text("身份核验")').click();
      await page.locator('input[name=identity-id-number]').fill(FATHER_ID);
      await page.locator('.identity-search-button').click();
      await page.locator('.identity-verify-button').waitFor();
      expect(await page.locator('.t-table').first().textContent()).toContain('待核验');
      expect(await page.locator('body').textContent()).not.toContain(FATHER_ID.slice(6, 14));
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-identity-desktop.png'), fullPage: true });

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
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-identity-verified.png'), fullPage: true });
    } finally {
      await context.close();
    }

    const mine = await family(session, 'identity');
    expect(mine.self).toMatchObject({ level: 'verified', source: 'staff', ref });
  });

  test('导出 Excel from the queue and 下载承诺书（PDF） from the detail', async () => {
    const dev = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: 'export-daughter' }) });
    const session = ((await dev.json()) as { data: { token: string } }).data.token;
    const apps = async (action: string, body: object) => {
      const res = await fetch(`${gateway.url}/api/applications`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-session': session }, body: JSON.stringify({ action, ...body }) });
      const json = (await res.json()) as { ok: boolean; data?: any; message?: string };
      if (!json.ok) throw new Error(`${action}: ${json.message}`);
      return json.data;
    };
    const { id } = await apps('createDraft', { content: { ...longTermForFather(), office: { region: 'shanxi', area: '太原市' } } });
    const submitted = await apps('submit', { requestId: 'staff-export-submit-1', id, commitment: { accepted: true, signerName: '张小红' } });

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'America/New_York', acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${gateway.url}/staff/`);
      await page.locator('input[name=login]').fill(TAIYUAN.login);
      await page.locator('input[name=password]').fill(TAIYUAN.password);
      await page.locator('button:has-text("登录")').click();
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
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-export-queue.png'), fullPage: true });

      await page.goto(`${gateway.url}/staff/#/applications/${encodeURIComponent(submitted.number)}`);
      await page.locator('.document-commitment').waitFor();
      expect(await page.locator('.document-voucher').count()).toBe(0);
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('.document-commitment').click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.screenshot({ path: path.join(ARTIFACTS, 'staff-export-detail.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
