/**
 * The estimate flow in a real browser, on the H5 build served by the local gateway: a person fills the guided form
 * and reads the amounts; 长辈模式 enlarges text; a bad amount is refused beside its box. The cases are the rows of
 * the estimate tables marked 'browser' (test/estimate/cases): the row's own figures are asserted as literals, and
 * every other amount on the page is the rules' answer for the same case on today's date (the date the page uses).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayInChina } from '../../shared/dates';
import { yuan } from '../../shared/money';
import { AnswerData, answerOf, caseOf, compare, rowById, rowsFor } from '../estimate/runner';
import { EstimateRow } from '../estimate/row';
import { ensureH5Build, launchBrowser, startGateway } from './harness';

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-estimate-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface StayCase {
  scheme: 'resident' | 'employee';
  facility: 'township' | 'level1' | 'level2' | 'level3';
  place: 'local' | 'long-term-filed' | 'temporary-filed' | 'unfiled';
  total: string;
  inScope: string;
}

/** What the stay form is filled with, read off a table row's case. */
function stayFormOf(row: EstimateRow): StayCase {
  const visit = row.input.visit as { facilityLevel: StayCase['facility']; place: StayCase['place']; totalCost: string; inScopeCost: string };
  return { scheme: row.input.scheme as StayCase['scheme'], facility: visit.facilityLevel, place: visit.place, total: visit.totalCost, inScope: visit.inScopeCost };
}

/**
 * The rules' answer for the row's case on today's date in China (the page estimates with today's date), after
 * checking the row's figures still hold on that date.
 */
function expectedToday(row: EstimateRow): AnswerData {
  const answer = answerOf({ ...caseOf(row), date: todayInChina() });
  expect(compare(answer, row.expect)).toEqual([]);
  if (!answer.ok) throw new Error(`row ${row.id} is refused`);
  return answer.data;
}

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  // A fresh context is a fresh device: empty storage, no profile, no draft.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${gateway.url}/#/pages/index/index`);
  await page.waitForSelector('#task-estimate');
  return { context, page };
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

/** 下一步, then wait until the progress line says the form is on step `stepNumber`. */
async function next(page: Page, stepNumber: number): Promise<void> {
  await page.click('#step-next');
  await page.waitForFunction((n) => document.querySelector('#step-progress-text')?.textContent?.includes(`第 ${n} 步`), stepNumber);
}

/**
 * The whole page as one picture: Taro's H5 pages scroll inside their own container, so a full-page screenshot
 * would show one screen; the viewport is stretched to the page's height for the shot.
 */
async function screenshotWholePage(page: Page, selector: string, file: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.$eval(selector, (el) => Math.ceil(el.scrollHeight));
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, file) });
  await page.setViewportSize(viewport);
}

async function openForm(page: Page): Promise<void> {
  await page.click('#task-estimate');
  await page.waitForSelector('#step-progress-text');
}

/** Home → 费用估算 → 住院 (preselected) → the six steps → 开始估算. */
async function fillStay(page: Page, c: StayCase): Promise<void> {
  await openForm(page);
  await fillStaySteps(page, c);
}

async function fillStaySteps(page: Page, c: StayCase): Promise<void> {
  expect(await text(page, '#step-progress-text')).toBe('第 1 步：看病的类型');
  await next(page, 2);
  await page.click(`#scheme-${c.scheme}`);
  await next(page, 3);
  await page.click(`#facility-${c.facility}`);
  await next(page, 4);
  await page.click(`#place-${c.place}`);
  await next(page, 5);
  await page.fill('#total-cost input', c.total);
  await page.fill('#in-scope-cost input', c.inScope);
  await next(page, 6);
  await page.click('#step-next'); // 开始估算
  await page.waitForSelector('#key-personal-pay');
}

/** Home → 费用估算 → 生育 → the five steps → 开始估算. */
async function fillMaternity(page: Page, row: EstimateRow): Promise<void> {
  const visit = row.input.visit as { event: string; difficult?: boolean; babies?: number; totalCost: string; inScopeCost: string };
  if ((visit.babies ?? 1) !== 1) throw new Error(`row ${row.id}: the form fills one baby only`);
  await openForm(page);
  await page.click('#visit-type-maternity');
  expect(await text(page, '#step-progress-text')).toBe('第 1 步：看病的类型');
  await next(page, 2);
  await page.click(`#scheme-${row.input.scheme as string}`);
  // Maternity reads no 救助身份 and no employee details: the step asks the scheme only.
  expect(await page.locator('#field-categories').count()).toBe(0);
  await next(page, 3);
  await page.click(`#event-${visit.event}`);
  await page.click(visit.difficult ? '#difficult-yes' : '#difficult-no');
  await next(page, 4);
  await page.fill('#total-cost input', visit.totalCost);
  await page.fill('#in-scope-cost input', visit.inScopeCost);
  await next(page, 5);
  await page.click('#step-next');
  await page.waitForSelector('#key-personal-pay');
}

const rowsOfType = (type: string) => rowsFor('browser').filter((r) => (r.input.visit as { type: string }).type === type);
const STAY_ROWS = rowsOfType('inpatient');
const MATERNITY_ROWS = rowsOfType('maternity');

describe('a resident fills the form and sees what each payer covers', () => {
  test.each(STAY_ROWS.map((r) => [`${r.id} ${r.title}`, r] as const))('%s', async (_title, row) => {
    const { context, page } = await newPage();
    try {
      const expected = expectedToday(row);
      await fillStay(page, stayFormOf(row));
      const basic = yuan(row.expect.payments!.basic!);

      expect(await text(page, '#result-title')).toBe('住院费用估算');
      expect(await text(page, '#legend-basic .legend-amount')).toBe(basic);
      expect(await text(page, '#key-personal-pay')).toBe(yuan(expected.personalPay));
      expect(await text(page, '#key-total-cost')).toBe(yuan(expected.totalCost));
      expect(await text(page, '#key-fund-total')).toBe(yuan(expected.fundTotal));
      // Every payer that pays is in the legend with the rules' amount; the bar fills the width.
      for (const [payer, amount] of Object.entries(expected.payments)) {
        const legend = page.locator(`#legend-${payer} .legend-amount`);
        if (amount === '0.00') expect(await legend.count()).toBe(0);
        else expect(((await legend.textContent()) ?? '').trim()).toBe(yuan(amount));
      }
      // The explanation: one entry per step, with its citation.
      const steps = page.locator('#explain-steps .explain-step');
      expect(await steps.count()).toBe(expected.steps.length);
      expect(await text(page, '#explain-steps .explain-step-source')).toContain('《巴中市医保政策宣传手册（2025-11）》');

      if (row.id === 'bz-zhang-san') {
        // The handbook's own figures for 张三: 医保应报销 3,690 元; he pays 300 自费 + 510 = 810 元.
        expect(await text(page, '#key-personal-pay')).toBe('810.00 元');
        expect(await text(page, '#legend-patient .legend-amount')).toBe('810.00 元');
        // The device's answer is confirmed by the `estimate` function through the gateway.
        await page.waitForFunction(() => document.querySelector('#result-check')?.textContent?.includes('结果一致'));
        await screenshotWholePage(page, '#estimate-result', 'estimate-result.png');
        // The copy button puts a plain-text summary on the clipboard (Taro h5 mirrors it in storage).
        await page.click('#result-copy');
        const copied = await page.waitForFunction(() => {
          const raw = localStorage.getItem('taro_clipboard');
          return raw ? (JSON.parse(raw) as { data: string }).data : null;
        });
        const summary = (await copied.jsonValue()) as string;
        expect(summary).toContain('就医：住院，乡镇卫生院（社区卫生服务中心），市内');
        expect(summary).toContain('· 医保统筹 3,690.00 元');
        expect(summary).toContain('个人负担 810.00 元（目录外自费 300.00 元 + 政策范围内自付 510.00 元）');
      }
    } finally {
      await context.close();
    }
  });
});

describe('other kinds of care', () => {
  test.each(MATERNITY_ROWS.map((r) => [`${r.id} ${r.title}`, r] as const))('生育: %s', async (_title, row) => {
    const { context, page } = await newPage();
    try {
      const expected = expectedToday(row);
      await fillMaternity(page, row);
      expect(await text(page, '#result-title')).toBe('生育费用估算');
      expect(await text(page, '#legend-basic .legend-amount')).toBe(yuan(row.expect.payments!.basic!));
      expect(await text(page, '#key-personal-pay')).toBe(yuan(expected.personalPay));
      expect(await text(page, '#allowance-0 .allowance-name')).toBe('产前检查费');
      expect(await text(page, '#allowance-0 .allowance-amount')).toBe(yuan(row.expect.allowance!));
    } finally {
      await context.close();
    }
  });
});

describe('长辈模式', () => {
  test('switching it on visibly enlarges the same text, meets the 适老化 figures, and is remembered', async () => {
    const { context, page } = await newPage();
    const fontSize = (selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
    try {
      const before = await fontSize('#home-intro');
      expect(await text(page, '#elder-state')).toBe('已关闭');
      await page.click('#elder-toggle');
      await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
      const after = await fontSize('#home-intro');
      expect(after).toBeGreaterThan(before);
      expect(after).toBeGreaterThanOrEqual(18);
      // Task cards are touch targets: at least 60px tall.
      expect((await page.locator('#task-estimate').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(60);

      // Remembered on the device: a reload keeps it on.
      await page.reload();
      await page.waitForSelector('#task-estimate');
      expect(await text(page, '#elder-state')).toBe('已开启');
      expect(await fontSize('#home-intro')).toBe(after);

      // The form's choices and the result page follow the same theme: key figure ≥ 30px, buttons ≥ 60px tall.
      await openForm(page);
      expect((await page.locator('#visit-type-inpatient').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(60);
      await fillStaySteps(page, stayFormOf(rowById('bz-zhang-san')));
      expect(await fontSize('#key-personal-pay')).toBeGreaterThanOrEqual(30);
      expect(await fontSize('#explain-steps .explain-step-formula')).toBeGreaterThanOrEqual(18);
      const button = await page.locator('#result-copy').boundingBox();
      expect(button?.height ?? 0).toBeGreaterThanOrEqual(60);
      await screenshotWholePage(page, '#estimate-result', 'estimate-result-elder.png');
    } finally {
      await context.close();
    }
  });
});

describe('an invalid amount', () => {
  test.each(['12.345', '-100'])('"%s" shows the Chinese message beside the box and no result', async (bad) => {
    const { context, page } = await newPage();
    try {
      await openForm(page);
      await next(page, 2);
      await page.click('#scheme-resident');
      await next(page, 3);
      await page.click('#facility-township');
      await next(page, 4);
      await page.click('#place-local');
      await next(page, 5);
      await page.fill('#total-cost input', bad);
      await page.fill('#in-scope-cost input', '100');
      await page.click('#step-next');
      await page.waitForSelector('#field-total-cost-error');
      expect(await text(page, '#field-total-cost-error')).toBe('金额须为不小于 0 的数字，最多两位小数');
      expect(await text(page, '#step-progress-text')).toContain('第 5 步');
      expect(await page.locator('#key-personal-pay').count()).toBe(0);

      // Correcting the amount clears the message; the draft kept everything typed across a reload.
      await page.fill('#total-cost input', '4500');
      expect(await page.locator('#field-total-cost-error').count()).toBe(0);
      await page.reload();
      await page.waitForSelector('#total-cost input');
      expect(await page.inputValue('#total-cost input')).toBe('4500');
      expect(await text(page, '#step-progress-text')).toContain('第 5 步');
    } finally {
      await context.close();
    }
  });
});
