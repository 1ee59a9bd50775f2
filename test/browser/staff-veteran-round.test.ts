/**
 * The 非一站式 round page (staff/src/pages/VeteranRoundPage.tsx) on the real console build behind the real gateway, in
 * headless Chromium (New York time zone: times shown stay China time). Seeded through the services: the roster
 * imported as the CLI imports it, the two veterans verified, each files a claim for a 县外 stay (submitted now: this
 * December's round), the station 审核 and 收缴登记 one and the county accepts it (the ledger records it); the station
 * marks the other 审核通过 and 收缴登记 in the page. Then the county's approver opens the round,
 * picks 凤城镇, downloads the 《医疗补助审批表》 (read back with exceljs), and marks the accepted claim paid.
 * Screenshots: test/artifacts/staff-veteran-round-desktop.png, staff-veteran-round-tablet.png (1024×768).
 */
import { existsSync, readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import * as apps from '../../server/applications';
import { decideAs } from '../../server/applications/staff';
import type { Gateway } from '../../server/gateway/server';
import { createUser, userView } from '../../server/staff/accounts/users';
import { collectClaim, reviewClaim } from '../../server/staff/veteran/round';
import { importRoster } from '../../server/veteran/import/roster';
import { ledgerId } from '../../server/veteran/ledger';
import { verifiedSelf } from '../applications/helpers';
import { LI, ROSTER_HEADER, WANG, csv, rosterRows, writeFile } from '../veteran/ledger-helpers';
import { CHROMIUM } from './harness';
import { asTablet, consolePage, staffLogin, staffShot, startStaffConsole, stopStaffConsole, type StaffConsole } from './staff-harness';

jest.setTimeout(300_000);

const suite = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) process.stdout.write(`staff-veteran-round.test skipped: no Chromium at ${CHROMIUM}\n`);

const APPROVER = { login: 'yc-approver', password: 'Shenpi-2026!', name: '王审批' };
const STATION = { login: 'fc-station', password: 'Shenhe-2026!', name: '李站长' };
const NO = { falseInformation: false, misconduct: false, liableThirdParty: false, cosmeticOrRehabilitation: false, notSettledByInsurance: false };

let gateway: Gateway;
let browser: Browser;
let staff: StaffConsole;
const ids: { li?: string; wang?: string } = {};

suite('the 非一站式 round on the real console build', () => {
  beforeAll(async () => {
    staff = await startStaffConsole('yibao-staff-round-');
    ({ gateway, browser } = staff);
    const app = gateway.app;
    await createUser(app, null, { ...APPROVER, role: 'approver', region: 'yangcheng' });
    await createUser(app, null, { ...STATION, role: 'reviewer', region: 'yangcheng', area: '凤城镇' });
    await importRoster(app, { file: writeFile(staff.dataDir, 'roster.csv', csv([ROSTER_HEADER, ...rosterRows()])), region: 'yangcheng', allowErrors: false });
    const li = { openid: 'o-browser-round-li' };
    const wang = { openid: 'o-browser-round-wang' };
    await verifiedSelf(app, li, LI);
    await verifiedSelf(app, wang, WANG);
    const file = (who: { openid: string }, p: { name: string; idNumber: string }, n: number, stay: Record<string, string>) =>
      apps.submit(app, who, {
        requestId: `req-browser-round-${n}`.padEnd(16, '0'),
        content: { type: 'veteranSubsidy', principal: { name: p.name, idNumber: p.idNumber, phone: '13800002222' }, veteranSubsidy: { settlementSheet: 'sealedCopy', exclusions: NO, ...stay } },
        commitment: { accepted: true, signerName: p.name },
      });
    ids.li = (await file(li, LI, 1, { hospital: '晋城市人民医院', admissionDate: '2026-10-20', dischargeDate: '2026-10-30', totalCost: '30000.00', inScopeSelfPay: '12345.67' })).id;
    ids.wang = (await file(wang, WANG, 2, { hospital: '山西医科大学第一医院', admissionDate: '2026-11-01', dischargeDate: '2026-11-10', inScopeSelfPay: '8000.05' })).id;
    // 000 第六条's order for 李: the station's 审核 and 收缴登记, then the county's 审批.
    const station = userView((await app.store.getStaffUser(STATION.login))!);
    await reviewClaim(app, station, ids.li as string, {});
    await collectClaim(app, station, ids.li as string, { note: '医保结算单原件' });
    await decideAs(app, { login: APPROVER.login, name: APPROVER.name }, 'accept', { id: ids.li });
  });

  afterAll(async () => {
    await stopStaffConsole(staff);
  });

  test('凤城镇\'s station (its own township only) marks the waiting claim 审核通过', async () => {
    const { context, page } = await consolePage(browser, { width: 1440, height: 900 });
    try {
      await staffLogin(page, gateway.url, STATION);
      await page.goto(`${gateway.url}/staff/#/veteran-round`);
      await page.waitForFunction(() => document.querySelectorAll('.staff-page tbody tr').length === 2);
      // No 标记已拨付 for a reviewer; 审核通过 on the waiting claim only.
      expect(await page.locator('button:has-text("标记已拨付")').count()).toBe(0);
      expect(await page.locator('button:has-text("审核通过")').count()).toBe(1);
      await page.locator('button:has-text("审核通过")').click();
      await page.waitForFunction(() => document.querySelector('.staff-page tbody')?.textContent?.split('审核通过 李站长（fc-station）').length === 3);
      // Then 收缴登记, its own mark: only now offered.
      expect(await page.locator('button:has-text("收缴登记")').count()).toBe(1);
      await page.locator('button:has-text("收缴登记")').click();
      await page.waitForFunction(() => document.querySelector('.staff-page tbody')?.textContent?.split('已登记 李站长（fc-station）').length === 3);
      const record = await gateway.app.store.getApplication(ids.wang as string);
      expect(record?.status).toBe('submitted');
      expect(record?.subsidyClaim?.review?.staff).toBe('李站长（fc-station）');
      expect(record?.subsidyClaim?.collected?.staff).toBe('李站长（fc-station）');
      // On a tablet (1024×768) the same page.
      await asTablet(page);
      await staffShot(page, 'staff-veteran-round-tablet.png');
    } finally {
      await context.close();
    }
  });

  test('the approver opens 凤城镇\'s round, downloads the 审批表, marks the accepted claim paid', async () => {
    const { context, page } = await consolePage(browser, { width: 1440, height: 900 }, { acceptDownloads: true });
    try {
      await staffLogin(page, gateway.url, APPROVER);
      await page.locator('.staff-menu .t-menu__item', { hasText: '补助办理批次' }).click();
      await page.waitForFunction(() => window.location.hash === '#/veteran-round');

      // The county's approver picks the township.
      await page.locator('.staff-page .t-select').first().click();
      await page.locator('.t-select-option', { hasText: '凤城镇' }).click();
      const totals = page.locator('[data-testid=round-totals]');
      await totals.waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.staff-page tbody tr').length === 2);
      expect(await totals.textContent()).toBe('合计 2 件；测算补助 19728.44 元；核定补助 11728.39 元；已拨付 0.00 元');

      // 导出审批表: the XLSX parses, with the township and the claims to the fen.
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button:has-text("导出审批表")').click()]);
      expect(download.suggestedFilename()).toMatch(/^医疗补助审批表-凤城镇-\d{4}年12月\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync((await download.path()) as string));
      const sheet = wb.getWorksheet('医疗补助审批表')!;
      expect(String(sheet.getRow(1).getCell(1).value)).toContain('凤城镇');
      const values = JSON.stringify(sheet.getSheetValues());
      expect(values).toContain(LI.name);
      expect(values).toContain('11728.39');
      expect(values).toContain('19728.44');

      // 标记已拨付 on the accepted claim, today.
      await page.locator('button:has-text("标记已拨付")').click();
      await page.locator('.t-dialog button:has-text("确认已拨付")').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=round-totals]')?.textContent?.includes('已拨付 11728.39 元'));
      expect(await page.locator('.staff-page tbody').textContent()).toContain('已拨付 ');
      await staffShot(page, 'staff-veteran-round-desktop.png');

      const record = await gateway.app.store.getApplication(ids.li as string);
      expect(record?.subsidyClaim?.disbursed?.staff).toBe(`${APPROVER.name}（${APPROVER.login}）`);
      // The ledger holds the acceptance's payment once.
      const ledger = await gateway.app.store.getVeteranLedger(ledgerId(gateway.app.cipher.hash(LI.idNumber), 2026));
      expect(ledger?.inpatientPaid).toBe('11728.39');
      expect(ledger?.inpatientCount).toBe(1);
    } finally {
      await context.close();
    }
  });
});
