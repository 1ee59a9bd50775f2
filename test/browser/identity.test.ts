/**
 * 本人信息与核验 in a real browser, on the H5 build served by the local gateway (issue 11, "Identity"): knowing an ID
 * number does not make you that person. 张小红's father files a 手工报销 for her; on her own phone she declares
 * herself, is told in plain words to verify once and shown a 核验编号 big enough to read out; a wrong 核验码 is refused
 * beside its box; staff confirm her card at the counter (server/identity staffVerify, what `yibao staff verify`
 * runs); after a reload she is 已核验 and her list shows what her father filed. Then, in 长辈模式, 李小梅 saves her
 * father, a veteran on the roster: his ledger asks for verification, she follows the button to the verification page,
 * types the 服务站's code for him, and the ledger opens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import * as apps from '../../server/applications';
import type { Gateway } from '../../server/gateway/server';
import { staffIssueCode, staffVerify } from '../../server/identity';
import { importRoster } from '../../server/veteran/import/roster';
import { idNumberProblem } from '../../shared/idcard';
import { DAUGHTER_ID, FATHER_ID, unmaskedIds } from '../applications/helpers';
import { LI, ROSTER_HEADER, csv, rosterRows } from '../veteran/ledger-helpers';
import { ensureH5Build, launchBrowser, phoneOf as signedIn, startGateway } from './harness';
import { shown, text, tap, type, waitText, screenshot, px } from './page';

jest.setTimeout(240_000);

const XIAOHONG = { name: '张小红', idNumber: DAUGHTER_ID };

let gateway: Gateway;
let browser: Browser;
let dataDir: string;
const logLines: string[] = [];
/** Every answer the pages received from the functions: none may carry an ID number unmasked. */
const answers: string[] = [];

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-identity-'));
  gateway = await startGateway({ dataDir, log: (line) => logLines.push(line) });
  browser = await launchBrowser();
  // The county's 优抚对象名册, as the office imports it.
  const roster = path.join(dataDir, 'roster.csv');
  writeFileSync(roster, csv([ROSTER_HEADER, ...rosterRows()]));
  expect(await importRoster(gateway.app, { file: roster, region: 'yangcheng', allowErrors: false })).toMatchObject({ added: 4 });
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  // The ID numbers typed and imported never come back unmasked, nor reach the gateway's log.
  expect(answers.length).toBeGreaterThan(5);
  expect(unmaskedIds(answers)).toEqual([]);
  expect(unmaskedIds(logLines)).toEqual([]);
});

async function phoneOf(user: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await signedIn(browser, gateway.url, user);
  page.on('response', (r) => {
    if (r.url().includes('/api/') && !r.url().includes('/api/dev-login')) void r.text().then((t) => answers.push(t)).catch(() => undefined);
  });
  return { context, page };
}

/** 张小红's father files a 手工报销 for her (his own phone, straight through the service). */
async function fatherFilesForXiaohong(): Promise<string> {
  const father = { openid: 'o-zhang-father' };
  const member = await apps.saveFamilyMember(gateway.app, father, { name: XIAOHONG.name, relation: 'child', idNumber: XIAOHONG.idNumber });
  const created = await apps.createDraft(gateway.app, father, {
    principalFamilyMemberId: member.id,
    content: {
      type: 'manualReimbursement',
      principal: { phone: '13900001234' },
      agent: { name: '张大山', idNumber: FATHER_ID, phone: '13800005678', relation: 'parent' },
      manualReimbursement: { hospital: '太原市某医院', admissionDate: '2025-03-01', dischargeDate: '2025-03-10', amount: '1680.32', payee: { bank: '中国工商银行', account: '6222021234567894' } },
    },
  });
  await apps.submit(gateway.app, father, { requestId: 'req-father-for-xiaohong', id: created.id, commitment: { accepted: true, signerName: '张大山' } });
  return created.id;
}

describe('张小红 declares herself, is verified at the counter, and then sees what her father filed for her', () => {
  test('待核验 with a 核验编号 to read out; a wrong code beside its box; 已核验 after staff confirm; the list then shows the filing', async () => {
    const filed = await fatherFilesForXiaohong();
    const { context, page } = await phoneOf('xiaohong');
    try {
      // 我的申请: empty, and it says why — what relatives filed shows only after verification.
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#task-filing');
      await tap(page, '#apply-open-list');
      await shown(page, '#list-empty').waitFor();
      expect(await text(page, '#list-verify-note')).toBe('家人替您办理的申请，填写本人信息并核验后才能在这里看到。');
      expect(await page.locator(`#list-item-${filed}`).count()).toBe(0);
      await tap(page, '#list-verify-go');

      // 本人信息与核验: nothing declared yet; a wrong check digit is refused beside the box.
      expect(await text(page, '#identity-title')).toBe('还没有填写本人信息');
      await type(page, 'identity-name', XIAOHONG.name);
      const wrongCheckDigit = `${XIAOHONG.idNumber.slice(0, 17)}${XIAOHONG.idNumber[17] === '0' ? '1' : '0'}`;
      await type(page, 'identity-id', wrongCheckDigit);
      await tap(page, '#identity-declare');
      expect(await text(page, '#field-identity-id-error')).toBe(idNumberProblem(wrongCheckDigit));
      await type(page, 'identity-id', XIAOHONG.idNumber);
      await tap(page, '#identity-declare');

      // Declared: 待核验, in plain words, where to go with the 身份证, and the 核验编号 large enough to read out.
      await waitText(page, '#identity-level', '待核验');
      expect(await text(page, '#identity-why')).toContain('为了保护您的信息，需要核验一次');
      const steps = await text(page, '#identity-self');
      for (const part of ['身份证', '医保经办窗口', '退役军人服务站']) expect(steps).toContain(part);
      expect(await text(page, '#identity-person')).toBe(`${XIAOHONG.name}\u3000511902********1246`);
      const spoken = await text(page, '#identity-ref');
      expect(spoken).toMatch(/^[0-9A-Z]{3} [0-9A-Z]{3}$/);
      expect(await px(page, '#identity-ref', 'fontSize')).toBeGreaterThanOrEqual(28);
      expect(await text(page, '#identity-after')).toContain('家人替您办理的申请');
      // H5 has no WeChat 人脸核身: no button for it.
      expect(await page.locator('#identity-face >> visible=true').count()).toBe(0);
      await screenshot(page, '#apply-identity', 'identity-declared.png');

      // A 核验码 she does not have: refused beside the code box, in the function's words, and nothing changes.
      await tap(page, '#identity-code-open');
      await type(page, 'identity-code-id', XIAOHONG.idNumber);
      await type(page, 'identity-code-code', '1234567');
      await tap(page, '#identity-code-submit');
      expect(await text(page, '#field-identity-code-code-error')).toBe('核验码是 8 位数字');
      await type(page, 'identity-code-code', '12345678');
      await tap(page, '#identity-code-submit');
      expect(await text(page, '#field-identity-code-code-error')).toContain('核验未通过');
      expect(await text(page, '#identity-level')).toBe('待核验');
      await screenshot(page, '#apply-identity', 'identity-code-refused.png');

      // At the counter: staff check her card and confirm the 核验编号 she reads out.
      await staffVerify(gateway.app, { ...XIAOHONG, ref: spoken.replace(' ', ''), staff: '王经办', evidence: '核对身份证原件' });
      await page.reload();
      await waitText(page, '#identity-level', '已核验');
      expect(await text(page, '#identity-title')).toBe('您的身份已核验');
      expect(await text(page, '#identity-how')).toBe('核验方式：工作人员当面核对了身份证');
      expect(await text(page, '#identity-when')).toMatch(/^核验日期：\d{4} 年 \d{1,2} 月 \d{1,2} 日$/);
      expect(await page.locator('#identity-ref >> visible=true').count()).toBe(0);
      await screenshot(page, '#apply-identity', 'identity-verified.png');

      // 我的申请 now lists what her father filed for her, and the note is gone.
      await tap(page, '#identity-open-list');
      await waitText(page, `#list-item-${filed} .list-item-status`, '已提交，待受理');
      expect(await text(page, `#list-item-${filed}`)).toContain('家人为我办理');
      expect(await page.locator('#list-verify-note >> visible=true').count()).toBe(0);
      await screenshot(page, '#apply-list', 'identity-list-after.png');
    } finally {
      await context.close();
    }
  });
});

describe('李小梅, in 长辈模式, verifies her father with the 服务站’s code', () => {
  test('the ledger says to verify first; the button opens his code form; a wrong code beside the box; the right one opens his ledger', async () => {
    const { context, page } = await phoneOf('li-daughter');
    try {
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#elder-toggle');
      await waitText(page, '#elder-state', '已开启');
      await tap(page, '#task-veteran');
      await shown(page, '#vet-identity').waitFor();
      await tap(page, '#vet-member-add');
      await type(page, 'vet-member-name', LI.name);
      await tap(page, '#vet-member-relation-parent');
      await type(page, 'vet-member-id', LI.idNumber);
      await tap(page, '#vet-member-save');

      // Saved, not verified: no ledger, the function's words on where to verify, and a way there.
      await shown(page, '#vet-verify').waitFor();
      expect(await text(page, '#vet-verify-title')).toBe(`还没有核验您和${LI.name}的关系`);
      expect(await text(page, '#vet-verify-message')).toContain('需要先核验身份');
      expect(await page.locator('#vet-ledger >> visible=true').count()).toBe(0);
      expect(await text(page, '#vet-whose')).toContain('待核验');
      expect(await px(page, '#vet-verify-go', 'height')).toBeGreaterThanOrEqual(60);
      await screenshot(page, '#veteran-status', 'identity-veteran-needs-verification.png');

      await tap(page, '#vet-verify-go');
      await page.waitForURL(/pages\/identity\/index\?member=/);
      const memberId = /member=([A-Za-z0-9_-]+)/.exec(page.url())![1];
      const row = `identity-member-${memberId}`;
      await waitText(page, `#${row}-level`, '待核验');
      expect(await text(page, `#${row}-explain`)).toContain('核验码');
      // Opened for him: his code form is already there, his name filled in.
      await shown(page, `#${row}-code-form`).waitFor();
      expect(await shown(page, `#${row}-code-name`).locator('input').inputValue()).toBe(LI.name);

      // The station hands out a code (shown once); a mistyped one is refused beside the code box first.
      const { code } = await staffIssueCode(gateway.app, { idNumber: LI.idNumber, name: LI.name, staff: '凤城镇退役军人服务站' });
      await type(page, `${row}-code-id`, LI.idNumber);
      await type(page, `${row}-code-code`, code === '00000000' ? '11111111' : '00000000');
      await tap(page, `#${row}-code-submit`);
      expect(await text(page, `#field-${row}-code-code-error`)).toContain('核验未通过');
      expect(await px(page, `#field-${row}-code-code-error`, 'fontSize')).toBeGreaterThanOrEqual(18);
      await screenshot(page, '#apply-identity', 'identity-member-code-refused.png');

      // A numeric keyboard: digits only (the function also ignores spaces and dashes).
      await type(page, `${row}-code-code`, code);
      await tap(page, `#${row}-code-submit`);
      await waitText(page, '#identity-done', `${LI.name}已核验。`);
      await waitText(page, `#${row}-level`, '已核验');
      await screenshot(page, '#apply-identity', 'identity-member-verified.png');

      // Back on the 优抚 page, his ledger opens.
      await page.goBack();
      await waitText(page, '#vet-person-line', '李复员，在乡复员军人，阳城县凤城镇');
      expect(await text(page, '#vet-viewer')).toBe('李复员是您的父母，您代为查看和申请。');
      expect(await page.locator('#vet-verify >> visible=true').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
