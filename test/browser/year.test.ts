/**
 * The person's year on the real H5 build (issue 14 "The year, kept for her"), at 375 px:
 * (a) the issue's two stays — after a 三级 55,000 (50,000 in scope) stay recorded with 记入本年, the second stay (二级
 *     20,000 / 18,000) leaves her 4,272.00 without a year-to-date figure typed (7,680.00 without the record);
 * (b) changing stay 1 in the overview (修改, to 30,000 / 25,000) moves stay 2: figures from `yibao estimate` chained
 *     by hand (stay 1 → 15,420.00 and yearToDateAfter {basicPaid 14,580.00, seriousIllnessSelfPay 10,420.00};
 *     stay 2 from there → 大病保险 991.20, she pays 6,688.80);
 * (c) two family members' years stay apart; (d) the year survives a reload; (e) signed in, a new browser context of
 *     the same account (phoneOf) gets the record from the store.
 * Rules: 巴中 城乡居民 住院 (004_6dc5632ce2988a73.txt 第三章 十六问 统筹基金, 二十二问、二十六问 大病保险), on today's date.
 * 60,000 / 55,000 for stay 1 would not do for (b): stay 1 alone already passes the 大病保险 deductible, so stay 2 pays
 * 4,272.00 either way — the record's figures move, hers do not.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, todayInChina } from '../../shared/dates';
import { checkCharacter } from '../../shared/idcard';
import { ensureH5Build, launchBrowser, phoneOf, startGateway } from './harness';
import { fillDate, inputValue, screenshot, shown, tap, text, type, waitText } from './page';

jest.setTimeout(300_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-year-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const TODAY = todayInChina();
const YEAR = TODAY.slice(0, 4);
/** Stay 1's 结算日期: New Year's Day, so it is on or before today whenever the test runs. */
const STAY1_DATE = `${YEAR}-01-01`;

async function phone(user: string): Promise<{ context: BrowserContext; page: Page }> {
  const p = await phoneOf(browser, gateway.url, user);
  await p.page.setViewportSize({ width: 375, height: 812 });
  await p.page.goto(`${gateway.url}/#/pages/index/index`);
  await p.page.waitForSelector('#task-estimate');
  return p;
}

async function step(page: Page, n: number): Promise<void> {
  await tap(page, '#step-next');
  await page.waitForFunction((k) => Array.from(document.querySelectorAll('#step-progress-text')).some((el) => (el as HTMLElement).offsetParent !== null && el.textContent?.includes(`第 ${k} 步`)), n);
}

/** From step 1 of a fresh draft: a 巴中 城乡居民 住院 at `level`, 市内, then the bill; stops on the year-to-date step. */
async function fillStay(page: Page, level: 'level2' | 'level3', total: string, inScope: string, region = 'bazhong'): Promise<void> {
  await tap(page, `#region-${region}`);
  await tap(page, '#visit-type-inpatient');
  await step(page, 2);
  await tap(page, '#scheme-resident');
  await step(page, 3);
  await tap(page, `#facility-${level}`);
  await step(page, 4);
  await tap(page, '#place-local');
  await step(page, 5);
  await type(page, 'total-cost', total);
  await type(page, 'in-scope-cost', inScope);
  await step(page, 6);
}

/** Home → 费用估算 → 清空重填 (a new bill; whose bill stays chosen). */
async function newEstimate(page: Page): Promise<void> {
  await tap(page, '#task-estimate');
  await shown(page, '#step-progress-text').waitFor();
  await tap(page, '#form-restart');
  await waitText(page, '#step-progress-text', '第 1 步：看病的类型');
}

async function estimateNow(page: Page): Promise<string> {
  await tap(page, '#step-next');
  await shown(page, '#key-personal-pay').waitFor();
  return text(page, '#key-personal-pay');
}

/** 记入本年 without a 结算单, on `date` when given (else the case date). */
async function record(page: Page, date?: string): Promise<void> {
  await tap(page, '#result-record');
  await shown(page, '#record-sheet').waitFor();
  if (date) await fillDate(page, 'record-date', date);
  await tap(page, '#record-settled-no');
  await tap(page, '#record-save');
  await shown(page, '#result-recorded-text').waitFor();
}

async function home(page: Page): Promise<void> {
  await tap(page, '#result-home');
  await shown(page, '#task-estimate').waitFor();
}

async function synced(page: Page): Promise<void> {
  await waitText(page, '#year-sync', '已与云端记录一致，换手机也能看到。');
}

test('the year of one person: 4,272.00 for the second stay, an edit of the first moves it, a reload and a new phone keep it', async () => {
  const { context, page } = await phone('year-owner');
  try {
    // (a) Stay 1, then 记入本年 on 1 January.
    await newEstimate(page);
    await fillStay(page, 'level3', '55000', '50000');
    // Nothing recorded yet: the year-to-date boxes as before.
    expect(await page.locator('#ytd-record >> visible=true').count()).toBe(0);
    expect(await estimateNow(page)).toBe('21,836.80 元');
    await record(page, STAY1_DATE);
    expect(await text(page, '#result-recorded-text')).toBe('已记入本年（第 1 次）');
    // How far the year went: 统筹 29,580.00 of 110,000.00 (第三章 十六问), what the next stay starts from.
    expect(await text(page, '#meter-basic-cap .meter-figures')).toBe('29,580.00 元 / 110,000.00 元');
    expect(await text(page, '#meter-basic-cap .meter-next')).toBe('下次住院从这里算起：29,580.00 元');
    expect(await text(page, '#meter-basic-cap .meter-source')).toContain('第三章 十六问');

    // Stay 2: year-to-date from the record, said plainly, not typed.
    await home(page);
    await newEstimate(page);
    await fillStay(page, 'level2', '20000', '18000');
    expect(await text(page, '#ytd-record-text')).toBe('已计入今年 1 次住院：1月1日 三级医院 55,000.00 元');
    expect(await text(page, '#ytd-record-basicPaid .ytd-record-amount')).toBe('29,580.00 元');
    expect(await text(page, '#ytd-record-seriousIllnessSelfPay .ytd-record-amount')).toBe('20,420.00 元');
    expect(await text(page, '#ytd-record-seriousIllnessPaid .ytd-record-amount')).toBe('3,583.20 元');
    await screenshot(page, '#estimate-form', 'year-form-ytd.png');
    expect(await estimateNow(page)).toBe('4,272.00 元');
    expect(await text(page, '#legend-seriousIllness .legend-amount')).toBe('3,408.00 元');
    expect(await text(page, '#result-ytd')).toBe('本年度累计：按这一年的记录自动算（已计入 1 次）。');
    await record(page);
    expect(await text(page, '#result-recorded-text')).toBe('已记入本年（第 2 次）');
    await screenshot(page, '#estimate-result', 'year-result.png');

    // The overview: both stays in order, what each paid, the year's totals.
    await tap(page, '#result-recorded-view');
    await shown(page, '#year-entry-2').waitFor();
    expect(await text(page, '#year-entry-1-personal')).toBe('21,836.80 元');
    expect(await text(page, '#year-entry-2-personal')).toBe('4,272.00 元');
    expect(await text(page, '#year-entry-2-basis')).toBe('估算');
    expect(await text(page, '#year-total-cost')).toBe('75,000.00 元');
    expect(await text(page, '#year-total-personal')).toBe('26,108.80 元');
    await synced(page);
    await screenshot(page, '#year-overview', 'year-overview.png');

    // (b) 修改 stay 1: the form opens on it; 30,000 / 25,000 instead.
    await tap(page, '#year-edit-1');
    await shown(page, '#form-editing').waitFor();
    for (let n = 2; n <= 5; n++) await step(page, n);
    await type(page, 'total-cost', '30000');
    await type(page, 'in-scope-cost', '25000');
    await step(page, 6);
    // Nothing comes before stay 1: its own year-to-date is empty (it does not count itself or stay 2).
    expect(await page.locator('#ytd-record >> visible=true').count()).toBe(0);
    expect(await estimateNow(page)).toBe('15,420.00 元');
    expect(await text(page, '#result-record')).toBe('保存对这一次的修改');
    await tap(page, '#result-record');
    await shown(page, '#record-sheet').waitFor();
    // The sheet keeps the entry's own date.
    expect(await inputValue(page, 'record-date-m')).toBe('1');
    await tap(page, '#record-save');
    await waitText(page, '#result-recorded-text', '已记入本年（第 1 次）');
    await tap(page, '#result-recorded-view');
    await waitText(page, '#year-entry-1-personal', '15,420.00 元');
    expect(await text(page, '#year-entry-2-personal')).toBe('6,688.80 元');
    expect(await text(page, '#year-entry-2-seriousIllness .year-entry-amount')).toBe('991.20 元');
    expect(await text(page, '#year-total-personal')).toBe('22,108.80 元');

    // (d) A reload keeps the year (the phone's copy).
    await page.reload();
    await shown(page, '#year-entry-2').waitFor();
    expect(await text(page, '#year-entry-1-personal')).toBe('15,420.00 元');
    expect(await text(page, '#year-entry-2-personal')).toBe('6,688.80 元');
    await synced(page);
  } finally {
    await context.close();
  }

  // (e) Same account, a new phone (fresh storage): the record comes from the store. 长辈模式 there.
  const second = await phone('year-owner');
  try {
    const p = second.page;
    await tap(p, '#elder-toggle');
    await waitText(p, '#elder-state', '已开启');
    await tap(p, '#task-year');
    await shown(p, '#year-entry-2').waitFor();
    expect(await text(p, '#year-entry-1-personal')).toBe('15,420.00 元');
    expect(await text(p, '#year-entry-2-personal')).toBe('6,688.80 元');
    await synced(p);
    await screenshot(p, '#year-overview', 'year-overview-elder.png');

    // 修改 stay 2 on the new phone: its year-to-date counts stay 1 only, and the result is the same to the fen.
    await tap(p, '#year-edit-2');
    await shown(p, '#form-editing').waitFor();
    for (let n = 2; n <= 6; n++) await step(p, n);
    expect(await text(p, '#ytd-record-text')).toBe('已计入今年 1 次住院：1月1日 三级医院 30,000.00 元');
    expect(await text(p, '#ytd-record-basicPaid .ytd-record-amount')).toBe('14,580.00 元');
    expect(await text(p, '#ytd-record-seriousIllnessSelfPay .ytd-record-amount')).toBe('10,420.00 元');
    await screenshot(p, '#estimate-form', 'year-form-ytd-elder.png');
    expect(await estimateNow(p)).toBe('6,688.80 元');
    // 长辈模式 says the same in plainer words, every amount to the fen.
    expect(await text(p, '#meter-basic-cap .meter-remaining')).toBe('今年已经用了 26,900.00 元，最多 110,000.00 元，还能用 83,100.00 元');
    await screenshot(p, '#estimate-result', 'year-result-elder.png');

    // 不对，我自己填: the typed figures win and the result says so.
    await tap(p, '#result-edit');
    await shown(p, '#ytd-manual').waitFor();
    await tap(p, '#ytd-manual');
    await type(p, 'ytd-basicPaid', '0');
    await type(p, 'ytd-seriousIllnessSelfPay', '0');
    await type(p, 'ytd-seriousIllnessPaid', '0');
    expect(await estimateNow(p)).toBe('7,680.00 元');
    expect(await text(p, '#result-ytd')).toBe('本年度累计：按您自己填写的数算，没有用这一年的记录。');
  } finally {
    await second.context.close();
  }
});

/** An ID number that passes the check digit (GB 11643), for a family member saved through the gateway. */
function idNumber(first17: string): string {
  return `${first17}${checkCharacter(first17)}`;
}

async function saveMember(user: string, name: string, relation: string, id17: string): Promise<string> {
  const login = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const res = await fetch(`${gateway.url}/api/family`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Session': token },
    body: JSON.stringify({ action: 'save', requestId: `req-year-${id17}`, name, relation, idNumber: idNumber(id17) }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { id: string }; message?: string };
  if (!body.ok || !body.data) throw new Error(`family.save failed: ${body.message}`);
  return body.data.id;
}

test('(c) two family members\' years stay apart, and apart from her own', async () => {
  const father = await saveMember('year-family', '张大山', 'parent', '51190219580101001');
  const mother = await saveMember('year-family', '李秀英', 'parent', '51190219600202002');
  const { context, page } = await phone('year-family');
  try {
    // 张大山's stay 1, recorded in his year.
    await tap(page, '#task-estimate');
    await shown(page, `#who-${father}`).waitFor();
    await tap(page, '#form-restart');
    await tap(page, `#who-${father}`);
    await screenshot(page, '#estimate-form', 'year-form-who.png');
    await fillStay(page, 'level3', '55000', '50000');
    expect(await estimateNow(page)).toBe('21,836.80 元');
    expect(await text(page, '#result-facts')).toContain('张大山（父母）');
    await record(page, STAY1_DATE);

    // 李秀英's stay: nothing of his counts (the manual boxes, as for a first stay): 7,680.00.
    await home(page);
    await newEstimate(page);
    await tap(page, `#who-${mother}`);
    await fillStay(page, 'level2', '20000', '18000');
    expect(await page.locator('#ytd-record >> visible=true').count()).toBe(0);
    expect(await estimateNow(page)).toBe('7,680.00 元');
    // Her 结算单: the sheet is pre-filled with the estimate; a bad figure is refused beside its box and nothing is saved.
    await tap(page, '#result-record');
    await tap(page, '#record-settled-yes');
    expect(await inputValue(page, 'record-pay-basic')).toBe('12320.00');
    await type(page, 'record-total-cost', '12.345');
    await tap(page, '#record-save');
    expect(await text(page, '#field-record-total-cost-error')).toBe('金额须为不小于 0 的数字，最多两位小数');
    await tap(page, '#record-cancel');
    expect(await page.locator('#result-recorded-text >> visible=true').count()).toBe(0);
    // The 结算单 says 统筹 paid 12,000.00: that is what the year counts, and she paid 20,000 − 12,000 = 8,000.00.
    await tap(page, '#result-record');
    await tap(page, '#record-settled-yes');
    await type(page, 'record-pay-basic', '12000');
    await tap(page, '#record-save');
    await waitText(page, '#result-recorded-text', '已记入本年（第 1 次）');

    // 张大山's stay 2 counts his stay 1 only: 4,272.00.
    await home(page);
    await newEstimate(page);
    await tap(page, `#who-${father}`);
    await fillStay(page, 'level2', '20000', '18000');
    expect(await text(page, '#ytd-record-text')).toBe('已计入今年 1 次住院：1月1日 三级医院 55,000.00 元');
    expect(await estimateNow(page)).toBe('4,272.00 元');

    // The overview per person: his two… her one… and her own (本人) none.
    await home(page);
    await tap(page, '#task-year');
    await shown(page, '#year-empty').waitFor();
    await tap(page, `#year-person-${mother}`);
    await waitText(page, '#year-entry-1-personal', '8,000.00 元');
    expect(await text(page, '#year-entry-1-basis')).toBe('按结算单');
    expect(await text(page, '#year-entry-1-basic .year-entry-amount')).toBe('12,000.00 元');
    expect(await page.locator('#year-entry-2 >> visible=true').count()).toBe(0);
    await tap(page, `#year-person-${father}`);
    await waitText(page, '#year-entry-1-personal', '21,836.80 元');
    expect(await page.locator('#year-entry-2 >> visible=true').count()).toBe(0);

    // 删除 (asked once more): his year is empty again; hers is untouched.
    await tap(page, '#year-delete-1');
    await tap(page, '#year-delete-confirm-1');
    await shown(page, '#year-empty').waitFor();
    await tap(page, `#year-person-${mother}`);
    await waitText(page, '#year-entry-1-personal', '8,000.00 元');
    await screenshot(page, '#year-overview', 'year-overview-family.png');
  } finally {
    await context.close();
  }
});

test('(f) 随县: 依申请救助 over the recorded stays, labelled as applied for, not paid at discharge', async () => {
  const { context, page } = await phone('year-suizhou');
  try {
    // 随县 城乡居民 住院, 二级, 60,000 / 50,000 in scope: she is left 10,400.00 in scope (002 四、住院待遇).
    await newEstimate(page);
    await fillStay(page, 'level2', '60000', '50000', 'suizhou');
    expect(await estimateNow(page)).toBe('20,400.00 元');
    await record(page);
    await tap(page, '#result-recorded-view');
    await shown(page, '#year-assistance').waitFor();
    expect(await text(page, '#year-assistance-tag')).toBe('依申请 · 出院时不直接支付');
    // Recognised the day after: the stay is in the 12 months before (002 四、住院待遇 依申请救助政策):
    // (10,400.00 − 6,000.00) × 60% = 2,640.00, within the 40,000.00 limit.
    await fillDate(page, 'assist-date', addDays(TODAY, 1));
    await waitText(page, '#year-assistance-amount', '2,640.00 元');
    expect(await text(page, '#year-assistance .explain-step:last-child .explain-step-source')).toBe('依据：《随州市/随县城乡居民医保政策宣讲（2025）》四、住院待遇 依申请救助政策（文字和表）');
    await screenshot(page, '#year-overview', 'year-overview-suizhou.png');
  } finally {
    await context.close();
  }
});
