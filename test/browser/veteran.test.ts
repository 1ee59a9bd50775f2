/**
 * 优抚医疗补助 in a real browser, on the H5 build served by the local gateway (issue 6, "Done means"): staff import
 * the county's roster and 2026 payment list with `yibao staff`; a daughter saves her father, a 在乡复员军人, and sees
 * his 800 定额门诊补助 paid and a remaining 住院 cap that matches the ledger; she files a 非一站式 claim (the 结算单's
 * figures, 第十一条's questions, the estimate before filing, the photo, the commitment); staff accept it with the CLI;
 * the status then shows the new remaining cap. The veteran himself reads the same ledger in 长辈模式, and a person
 * on no roster is told what to do.
 *
 * Dates: the ledger is 2026's (the 细则 is in force from 2026-07-01); the payments and the stay are fixed 2026 dates
 * in the past, and anything that depends on today (the next window) is computed from the same China date the app uses.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Gateway } from '../../server/gateway/server';
import { ledgerId } from '../../server/veteran/ledger';
import { todayInChina, yearOf } from '../../shared/dates';
import { money, yuan } from '../../shared/money';
import { idNumberProblem } from '../../shared/idcard';
import { nextApplicationMonth } from '../../shared/veteran/window';
import { idWith, unmaskedIds } from '../applications/helpers';
import { LI, LI_DAUGHTER, PAYMENT_HEADER, ROSTER_HEADER, csv, rosterRows } from '../veteran/ledger-helpers';
import { ensureH5Build, launchBrowser, phoneOf as signedIn, startGateway } from './harness';
import { shown, text, tap, type, waitText, fillDate, screenshot } from './page';

jest.setTimeout(240_000);

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
/** A real 1×1 PNG: Taro's H5 chooseImage loads the file as an image before handing it over. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The ledger's year: 000 is in force from 2026-07-01, and the payments below are 2026's. */
const YEAR = 2026;
/** 000 第四条（三）1 "年最高限额 3 万元"; 第四条（二） "在乡复员军人每人每年 800 元". */
const CAP = '30000';
const ALLOWANCE = '800';
const ONE_STOP = { date: '2026-08-03', amount: '9500', hospital: '阳城县人民医院' };
const STAY = { hospital: '山西省人民医院', admission: '2026-09-28', discharge: '2026-10-08', inScopeSelfPay: '12000' };
const DOC = '《阳城县优抚对象医疗保障实施细则（2026-03-26）》';

let gateway: Gateway;
let browser: Browser;
let dataDir: string;
const logLines: string[] = [];
/** Every answer the pages received from the functions: none may carry an ID number unmasked. */
const answers: string[] = [];

function staff(...args: string[]): any {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`yibao staff ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout);
}

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-veteran-'));
  gateway = await startGateway({ dataDir, log: (line) => logLines.push(line) });
  browser = await launchBrowser();

  // The office loads the county's roster and the 2026 payment list, from CSV, on the gateway's data directory.
  const roster = path.join(dataDir, 'roster.csv');
  writeFileSync(roster, csv([ROSTER_HEADER, ...rosterRows()]));
  expect(staff('import-roster', roster, '--region', 'yangcheng', '--staff', '王经办')).toMatchObject({ ok: true, kind: 'roster', added: 4 });
  const payments = path.join(dataDir, 'payments.csv');
  writeFileSync(
    payments,
    csv([
      PAYMENT_HEADER,
      [LI.name, LI.idNumber, '定额门诊补助', '', '2026-02-15', ALLOWANCE, '', ''],
      [LI.name, LI.idNumber, '住院补助', '一站式', ONE_STOP.date, ONE_STOP.amount, ONE_STOP.hospital, ''],
    ]),
  );
  expect(staff('import-payments', payments, '--staff', '王经办')).toMatchObject({ ok: true, recorded: { outpatientAllowance: 1, inpatientSubsidy: 1 } });
});

afterAll(async () => {
  // The ID numbers typed and imported never come back unmasked, nor reach the gateway's log.
  expect(answers.length).toBeGreaterThan(10);
  expect(unmaskedIds(answers)).toEqual([]);
  expect(unmaskedIds(logLines)).toEqual([]);
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A phone signed in as a named development user (see harness), whose API answers are kept for the privacy scan. */
async function phoneOf(user: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await signedIn(browser, gateway.url, user);
  page.on('response', (r) => {
    if (r.url().includes('/api/') && !r.url().includes('/api/dev-login')) void r.text().then((t) => answers.push(t)).catch(() => undefined);
  });
  return { context, page };
}

/**
 * The office confirms a binding after checking the papers (issue 11: the ledger opens only to a verified binding):
 * the ref the person would read out at the counter, here taken from the store, then `yibao staff identity verify`.
 */
async function officeVerifies(person: { name: string; idNumber: string }, role: 'self' | 'agent', evidence: string): Promise<void> {
  const bindings = await gateway.app.store.bindingsFor(gateway.app.cipher.hash(person.idNumber));
  const [binding] = bindings.filter((b) => b.role === role && b.level === 'declared');
  expect(staff('identity', 'verify', '--id-number', person.idNumber, '--name', person.name, '--ref', binding.ref, '--staff', '王经办', '--evidence', evidence)).toMatchObject({
    level: '已核验',
  });
}

/** What the ledger holds for Li's year, read from the store the gateway serves: the page must agree with it. */
async function ledgerPaid(): Promise<string> {
  const ledger = await gateway.app.store.getVeteranLedger(ledgerId(gateway.app.cipher.hash(LI.idNumber), YEAR));
  if (!ledger) throw new Error('no ledger');
  return ledger.inpatientPaid;
}

/** The ledger's year on the page: the app opens on this year, so after 2026 the test picks 2026. */
async function showYear(page: Page): Promise<void> {
  if (yearOf(todayInChina()) !== YEAR) await tap(page, `#vet-year-${YEAR}`);
}

/** "下一次：2026 年 12 月" — 000 第六条's July/December window, from the same China date the app reads. */
function windowLabel(): string {
  const today = todayInChina();
  const month = nextApplicationMonth(today, [7, 12]);
  const label = `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月`;
  return month === today.slice(0, 7) ? `${label}（本月正在办理）` : `下一次：${label}`;
}

describe('a daughter checks her father’s 优抚医疗补助 and files a 非一站式 claim that staff accept', () => {
  test('800 paid, the cap left as the ledger says; the claim estimated, filed, accepted; the new remaining cap shown', async () => {
    const { context, page } = await phoneOf('li-daughter');
    try {
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#task-veteran');
      // She is not a veteran herself: the page asks who she is, and offers to add a family member.
      await shown(page, '#vet-identity').waitFor();
      await tap(page, '#vet-member-add');
      await type(page, 'vet-member-name', LI.name);
      await tap(page, '#vet-member-relation-parent');
      await type(page, 'vet-member-id', LI.idNumber);
      await tap(page, '#vet-member-save');
      // Saved, but only declared: his ledger waits until the office has checked that she is his daughter.
      await shown(page, '#vet-verify').waitFor();
      expect(await text(page, '#vet-verify-title')).toBe(`还没有核验您和${LI.name}的关系`);
      await officeVerifies(LI, 'agent', '核对身份证和户口簿');
      await page.reload();
      await waitText(page, '#vet-person-line', '李复员，在乡复员军人，阳城县凤城镇');
      await showYear(page);
      expect(await text(page, '#vet-viewer')).toBe('李复员是您的父母，您代为查看和申请。');

      // 定额门诊补助: 800 paid, with its date and article.
      expect(await text(page, '#vet-allowance-headline')).toBe(`已发放 ${yuan(ALLOWANCE)}`);
      expect(await text(page, '#vet-allowance-when')).toBe('发放日期 2026-02-15');
      expect(await text(page, '#vet-allowance')).toContain(`依据：${DOC}第四条（二）`);

      // 住院补助: the cap left is the ledger's, 30,000 − 9,500.
      const paidBefore = await ledgerPaid();
      expect(paidBefore).toBe('9500.00');
      const left = money(CAP).minus(paidBefore);
      expect(await text(page, '#vet-remaining')).toBe(yuan(left));
      expect(await text(page, '#vet-inpatient-headline')).toBe(`还可补助 ${yuan(left)}`);
      expect(await text(page, '#vet-paid')).toBe(yuan(paidBefore));
      expect(await text(page, '#vet-cap')).toBe(yuan(CAP));
      expect(await text(page, '#vet-ratio')).toBe('95%');
      expect(await text(page, '#vet-bar-label')).toBe('已用 31.7%');
      expect(await shown(page, '#vet-bar-fill').evaluate((el) => (el as HTMLElement).style.width)).toBe('31.7%');
      expect(await text(page, '#vet-inpatient')).toContain(`依据：${DOC}第四条（三）1`);
      const payment = await text(page, '#vet-payment-0');
      for (const part of [ONE_STOP.date, '一站式', ONE_STOP.hospital, yuan(ONE_STOP.amount)]) expect(payment).toContain(part);

      // The next window and the papers to bring, each with its article.
      expect(await text(page, '#vet-window-label')).toBe(windowLabel());
      expect(await text(page, '#vet-window')).toContain(`依据：${DOC}第六条`);
      expect(await text(page, '#vet-materials-non-one-stop')).toContain('医疗机构医保结算单原件或复印件加盖医疗机构印章');
      expect(await text(page, '#vet-materials-one-stop')).toContain(`依据：${DOC}第五条（一）`);
      expect(await text(page, '#vet-claims-empty')).toBe('还没有提交过县外住院的补助申请。');
      await screenshot(page, '#veteran-status', 'veteran-status.png');

      // The claim: nothing typed yet — the messages sit beside their boxes.
      await tap(page, '#vet-claim-start');
      await shown(page, '#veteran-claim').waitFor();
      expect(await text(page, '#claim-who-line')).toBe('为家人代办：李复员，在乡复员军人，阳城县凤城镇');
      await tap(page, '#claim-estimate');
      expect(await text(page, '#field-claim-in-scope-error')).toBe('必须填写');
      expect(await text(page, '#field-claim-hospital-error')).toBe('必须填写');

      await type(page, 'claim-hospital', STAY.hospital);
      await fillDate(page, 'claim-admission', '2026-10-09');
      await fillDate(page, 'claim-discharge', STAY.discharge);
      await type(page, 'claim-in-scope', '12000.005');
      await tap(page, '#claim-estimate');
      expect(await text(page, '#field-claim-discharge-error')).toBe('入院日期不能晚于出院日期');
      expect(await text(page, '#field-claim-in-scope-error')).toBe('金额须为不小于 0 的数字，最多两位小数');
      await fillDate(page, 'claim-admission', STAY.admission);
      await type(page, 'claim-in-scope', STAY.inScopeSelfPay);

      // Nothing typed is lost when the app is closed and opened again.
      await page.reload();
      await shown(page, '#claim-who-line').waitFor();
      expect(await shown(page, '#claim-hospital').locator('input').inputValue()).toBe(STAY.hospital);
      expect(await shown(page, '#claim-admission-d').locator('input').inputValue()).toBe('28');
      expect(await shown(page, '#claim-in-scope').locator('input').inputValue()).toBe(STAY.inScopeSelfPay);

      // 第十一条 in plain words: "是" to a traffic accident stops the claim, with the article's reason.
      await tap(page, '#claim-ex-liableThirdParty-yes');
      expect(await text(page, '#claim-ex-liableThirdParty-refusal')).toContain('这种情况不能申请补助');
      expect(await text(page, '#claim-ex-liableThirdParty-refusal')).toContain(`${DOC}第十一条（三）`);
      expect(await page.locator('#claim-submit >> visible=true').count()).toBe(0);
      await tap(page, '#claim-estimate');
      await waitText(page, '#claim-estimate-headline', '这次不能补助');
      for (const id of ['falseInformation', 'misconduct', 'liableThirdParty', 'cosmeticOrRehabilitation', 'notSettledByInsurance']) {
        await tap(page, `#claim-ex-${id}-no`);
      }

      // The estimate before filing: 12,000 × 95% = 11,400, within what is left.
      await tap(page, '#claim-estimate');
      const subsidy = money(STAY.inScopeSelfPay).times('0.95');
      await waitText(page, '#claim-estimate-headline', `预计补助 ${yuan(subsidy)}`);
      expect(await text(page, '#claim-estimate-step-0')).toContain(`依据：${DOC}第四条（三）1`);
      expect(await text(page, '#claim-estimate-card')).toContain(`这次补助后，${YEAR} 年还可补助 ${yuan(left.minus(subsidy))}`);

      // She is the agent; her father was saved without a phone, so it is asked here.
      await type(page, 'claim-me-name', LI_DAUGHTER.name);
      await type(page, 'claim-me-id', LI_DAUGHTER.idNumber);
      await type(page, 'claim-me-phone', LI_DAUGHTER.phone);
      await type(page, 'claim-principal-phone', '13800002222');
      await tap(page, '#claim-sheet-original');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, '#claim-photo-choose')]);
      await chooser.setFiles({ name: 'settlement.png', mimeType: 'image/png', buffer: PNG });
      await waitText(page, '#claim-photo-state', '已选好照片，提交时一起上传。');

      // The commitment: signed by the agent herself, and accepted, or nothing is sent.
      await type(page, 'claim-signer', LI.name);
      await tap(page, '#claim-submit');
      expect(await text(page, '#field-claim-signer-error')).toBe(`须由代办人（${LI_DAUGHTER.name}）签名`);
      expect(await text(page, '#field-claim-accept-error')).toBe('须阅读并同意后才能提交');
      await type(page, 'claim-signer', LI_DAUGHTER.name);
      await tap(page, '#claim-accept');
      await screenshot(page, '#veteran-claim', 'veteran-claim.png');
      await tap(page, '#claim-submit');
      await waitText(page, '#claim-done-status', '已提交，待受理');
      expect(await text(page, '#claim-done-amount')).toContain(yuan(subsidy));
      await screenshot(page, '#veteran-claim', 'veteran-claim-submitted.png');

      // Back on the status page: the claim waits, the cap is not touched until it is accepted.
      await tap(page, '#claim-back');
      await waitText(page, '#vet-pending', `已提交、待受理的申请预计补助 ${yuan(subsidy)}，受理后才计入已补助`);
      expect(await text(page, '#vet-remaining')).toBe(yuan(left));

      const [claim] = (staff('list').items as { id: string; type: string }[]).filter((a) => a.type === 'veteranSubsidy');
      expect(await text(page, `#vet-claim-${claim.id}-status`)).toBe('已提交，待受理');
      const shownToStaff = staff('show', claim.id);
      expect(shownToStaff).toMatchObject({
        principal: { name: LI.name },
        agent: { name: LI_DAUGHTER.name, relation: 'child' },
        veteranSubsidy: { hospital: STAY.hospital, inScopeSelfPay: STAY.inScopeSelfPay, settlementSheet: 'original', estimate: { subsidy: '11400.00' } },
      });
      expect(shownToStaff.materials[0].uploaded).toHaveLength(1);

      // Staff accept it with the CLI; the ledger records it and the page shows the new remaining cap.
      expect(staff('accept', claim.id, '--staff', '王经办')).toMatchObject({ status: 'accepted', veteranSubsidy: { paid: { amount: '11400.00' } } });
      await page.reload();
      await showYear(page);
      const paidAfter = await ledgerPaid();
      expect(paidAfter).toBe('20900.00');
      await waitText(page, '#vet-remaining', yuan(money(CAP).minus(paidAfter)));
      expect(await text(page, '#vet-paid')).toBe(yuan(paidAfter));
      expect(await text(page, '#vet-bar-label')).toBe('已用 69.7%');
      expect(await text(page, `#vet-claim-${claim.id}-status`)).toBe('已受理');
      expect(await text(page, `#vet-claim-${claim.id}-amount`)).toBe(`已补助 ${yuan(subsidy)}`);
      const second = await text(page, '#vet-payment-1');
      for (const part of ['非一站式', STAY.hospital, yuan(subsidy)]) expect(second).toContain(part);
      expect(await page.locator('#vet-pending >> visible=true').count()).toBe(0);
      await screenshot(page, '#veteran-status', 'veteran-accepted.png');
    } finally {
      await context.close();
    }
  });
});

describe('the veteran himself, in 长辈模式', () => {
  test('本人实名 opens his own ledger: the same figures as the ledger, in large type and large buttons', async () => {
    const { context, page } = await phoneOf('li-himself');
    try {
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await tap(page, '#elder-toggle');
      await waitText(page, '#elder-state', '已开启');
      await tap(page, '#task-veteran');
      await type(page, 'vet-me-name', LI.name);
      const wrongCheckDigit = `${LI.idNumber.slice(0, 17)}${LI.idNumber[17] === '0' ? '1' : '0'}`;
      await type(page, 'vet-me-id', wrongCheckDigit);
      await tap(page, '#vet-me-save');
      expect(await text(page, '#field-vet-me-id-error')).toBe(idNumberProblem(wrongCheckDigit));
      await type(page, 'vet-me-id', LI.idNumber);
      await tap(page, '#vet-me-save');
      // Declared, not yet verified: told where to verify, in the same large type; the office checks his card.
      await shown(page, '#vet-verify').waitFor();
      expect(await text(page, '#vet-verify-title')).toBe('您的身份还没有核验');
      await officeVerifies(LI, 'self', '核对身份证原件');
      await page.reload();
      await waitText(page, '#vet-person-line', '李复员，在乡复员军人，阳城县凤城镇');
      await showYear(page);
      expect(await page.locator('#vet-viewer >> visible=true').count()).toBe(0);
      expect(await text(page, '#vet-allowance-headline')).toBe(`已发放 ${yuan(ALLOWANCE)}`);
      expect(await text(page, '#vet-remaining')).toBe(yuan(money(CAP).minus(await ledgerPaid())));

      // 适老化: key figures ≥ 30px, body ≥ 18px, the claim button ≥ 60px tall.
      const px = (selector: string, prop: 'fontSize' | 'height') =>
        shown(page, selector).evaluate((el, p) => parseFloat(p === 'height' ? String(el.getBoundingClientRect().height) : getComputedStyle(el).fontSize), prop);
      // The answer he came for is on the first screen, even at 360 px in 长辈模式 (issue 15).
      await page.setViewportSize({ width: 360, height: 740 });
      const answer = await shown(page, '#vet-answer-figure').boundingBox();
      expect(await text(page, '#vet-answer-figure')).toBe(`还可补助 ${yuan(money(CAP).minus(await ledgerPaid()))}`);
      expect(answer && answer.y + answer.height <= 740).toBe(true);
      expect(await px('#vet-answer-figure', 'fontSize')).toBeGreaterThanOrEqual(30);
      await screenshot(page, '#veteran-status', 'veteran-elder-360.png');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await px('#vet-inpatient-headline', 'fontSize')).toBeGreaterThanOrEqual(30);
      expect(await px('#vet-allowance-text', 'fontSize')).toBeGreaterThanOrEqual(18);
      expect(await px('#vet-claim-start', 'height')).toBeGreaterThanOrEqual(60);
      await screenshot(page, '#veteran-status', 'veteran-elder.png');
    } finally {
      await context.close();
    }
  });
});

describe('a person on no roster', () => {
  test('is told plainly what to do — check the details, ask the township station — not shown an error', async () => {
    const { context, page } = await phoneOf('not-a-veteran');
    try {
      await page.goto(`${gateway.url}/#/packages/veteran/pages/index/index`);
      await type(page, 'vet-me-name', '陌生人');
      await type(page, 'vet-me-id', idWith('14052219800101001'));
      await tap(page, '#vet-me-save');
      // Whether a number is on the roster is told only to a verified account (issue 11).
      await shown(page, '#vet-verify').waitFor();
      await officeVerifies({ name: '陌生人', idNumber: idWith('14052219800101001') }, 'self', '核对身份证原件');
      await page.reload();
      expect(await text(page, '#vet-roster-title')).toBe('优抚对象名册中没有找到您');
      expect(await text(page, '#vet-roster-help')).toContain('乡（镇）退役军人服务站');
      expect(await text(page, '#vet-roster-help')).toContain(`依据：${DOC}第七条`);
      expect(await page.locator('#vet-error >> visible=true').count()).toBe(0);
      expect(await page.locator('#vet-claim-start >> visible=true').count()).toBe(0);
      await screenshot(page, '#veteran-status', 'veteran-not-on-roster.png');
    } finally {
      await context.close();
    }
  });
});
