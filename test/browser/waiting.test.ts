/**
 * The waiting-period page in a real browser, on the H5 build served by the local gateway: a resident who broke
 * cover enters their case, sees the waiting months and the day the fund starts paying, follows the repair advice
 * (pays for a missed year) and sees the shorter wait. The CLI, the `waiting` function and the page agree.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { citationText } from '../../shared/source';
import { seriousIllnessCapFor, waiting } from '../../shared/waiting';
import { yuan } from '../../shared/money';
import { cn } from '../../shared/waiting/trace';
import { example } from '../cli/waiting-examples';
import { ensureH5Build, launchBrowser, startGateway } from './harness';

jest.setTimeout(180_000);

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const BIN = path.resolve(__dirname, '../../bin/yibao.js');

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-waiting-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

interface PageCase {
  coverageYear: number;
  paymentDate: string;
  /** Years ticked as insured (from 2025 on). */
  insuredYears: number[];
}

/** The case the page builds from those answers (model/draft.ts draftToCase). */
function caseOf(c: PageCase, repairYears = 0) {
  return {
    region: 'bazhong',
    scheme: 'resident',
    paymentDate: c.paymentDate,
    coverageYear: c.coverageYear,
    insuredYears: c.insuredYears,
    ...(repairYears > 0 ? { repairYears } : {}),
  };
}

async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
  // A fresh context is a fresh device: empty storage, no profile, no draft.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${gateway.url}/#/pages/index/index`);
  await page.waitForSelector('#task-waiting');
  await page.click('#task-waiting');
  await page.waitForSelector('#waiting-form');
  return { context, page };
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

async function classOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().getAttribute('class')) ?? '';
}

/** Taps − or + until the stepper shows the year. */
async function chooseYear(page: Page, year: number): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const shown = Number((await text(page, '#coverage-year-value')).replace(/\D/g, ''));
    if (shown === year) return;
    await page.click(shown > year ? '#coverage-year-minus' : '#coverage-year-plus');
    await page.waitForFunction((y) => !document.querySelector('#coverage-year-value')?.textContent?.includes(String(y)), shown);
  }
  throw new Error(`could not choose ${year}`);
}

async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  await page.fill(`#${id}-y input`, y);
  await page.fill(`#${id}-m input`, String(Number(m)));
  await page.fill(`#${id}-d input`, String(Number(d)));
}

async function fillResident(page: Page, c: PageCase): Promise<void> {
  await page.click('#scheme-resident');
  await page.waitForSelector('#coverage-year-value');
  await chooseYear(page, c.coverageYear);
  await fillDate(page, 'paid', c.paymentDate);
  // A fresh device has no year ticked.
  for (const year of c.insuredYears) await page.click(`#insured-${year}`);
}

async function startShown(page: Page, date: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('#waiting-start')?.textContent?.trim() === t, cn(date));
}

/** Each strip cell of the result in the page, as YYYY-MM:kind. */
async function stripKinds(page: Page): Promise<string[]> {
  return page.$$eval('#calendar-strip .strip-cell', (cells) =>
    cells.map((c) => `${c.id.replace('strip-', '')}:${/strip-cell--(\w+)/.exec(c.className)?.[1] ?? ''}`),
  );
}

/** The whole page: Taro's H5 pages scroll inside their own container, so the viewport grows to the content first. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page.$eval('#waiting', (el) => el.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 8000) });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  await page.setViewportSize(viewport);
}

const BROKE_COVER = [
  {
    name: '例五 (004 第三章 十问（二）): 2025、2026 年度未参保，2026-11-15 缴 2027 年度保费 → 4 个月，2027-05-01；补缴 1 年 400 元 → 3 个月，2027-04-01',
    example: '例五',
    page: { coverageYear: 2027, paymentDate: '2026-11-15', insuredYears: [] },
    before: { start: '2027-05-01', months: '要等 4 个月（固定 3 个月 + 变动 1 个月）', cap: '292,000.00 元' },
    after: { start: '2027-04-01', months: '要等 3 个月', years: 1, cost: '400.00' },
  },
  {
    name: '例六: 2025—2029 年度未参保，2029-12-01 缴 2030 年度保费 → 7 个月，2030-08-01；补缴 1 年 → 不少于 6 个月，2030-07-01',
    example: '例六',
    page: { coverageYear: 2030, paymentDate: '2029-12-01', insuredYears: [] },
    before: { start: '2030-08-01', months: '要等 7 个月（固定 3 个月 + 变动 4 个月）', cap: '280,000.00 元' },
    after: { start: '2030-07-01', months: '要等 6 个月（固定 3 个月 + 变动 3 个月）', years: 1, cost: '400.00' },
  },
];

describe('a resident who broke cover', () => {
  test.each(BROKE_COVER)('$name', async (c) => {
    // The page builds the handbook's case; the shared rules hold the handbook's figures for it.
    const expected = waiting(caseOf(c.page));
    expect(expected.benefitStart).toBe(example(c.example).benefitStart);
    expect(expected.benefitStart).toBe(c.before.start);
    const repaired = waiting(caseOf(c.page, c.after.years));
    expect(repaired.benefitStart).toBe(c.after.start);

    const { context, page } = await openPage();
    try {
      await fillResident(page, c.page);
      await page.click('#waiting-submit');
      await page.waitForSelector('#waiting-start');

      // The date, the months, the strip.
      expect(await text(page, '#waiting-start')).toBe(cn(c.before.start));
      expect(await text(page, '#waiting-months')).toBe(c.before.months);
      const strip = await stripKinds(page);
      expect(strip.filter((s) => s.endsWith(':waiting'))).toHaveLength(expected.waitingMonths);
      expect(strip).toContain(`${c.before.start.slice(0, 7)}:start`);
      expect(await classOf(page, `#strip-${c.page.paymentDate.slice(0, 7)}`)).toContain('strip-cell--before');

      // The reason: one entry per rules step, each with its citation.
      expect(await page.locator('#waiting-steps .waiting-step').count()).toBe(expected.steps.length);
      const sources = await page.$$eval('#waiting-steps .waiting-step-source', (els) => els.map((e) => e.textContent?.trim()));
      expect(sources).toEqual(expected.steps.map((s) => `依据：${citationText(s.source)}`));

      // What repairing costs and gains.
      const shorten = expected.shorten;
      expect(shorten).toMatchObject({ years: c.after.years, cost: c.after.cost, benefitStartAfter: c.after.start });
      expect(await text(page, '#repair-cost')).toContain(`共 ${yuan(c.after.cost)}`);
      expect(await text(page, '#repair-gain')).toBe(`等待期 ${expected.waitingMonths} 个月 → ${repaired.waitingMonths} 个月，${cn(c.after.start)}起就能报销`);

      // The 大病保险 card: 十问（一）, 4,000 less for each year without cover.
      const cap = seriousIllnessCapFor({ coverageYear: c.page.coverageYear, insuredYears: c.page.insuredYears });
      expect(yuan(cap.cap ?? '0')).toBe(c.before.cap);
      expect(await text(page, '#cap-figure')).toBe(c.before.cap);
      expect(await classOf(page, '#cap-card')).toContain('cap-card--penalty');

      // Follow the advice: pay for the missed year, see the shorter wait.
      await page.click('#repair-apply');
      await startShown(page, c.after.start);
      expect(await text(page, '#waiting-months')).toBe(c.after.months);
      expect(await text(page, '#repair-state')).toBe(`已按补缴 ${c.after.years} 年计算，上面的日期已经缩短。`);
      const after = await stripKinds(page);
      expect(after.filter((s) => s.endsWith(':waiting'))).toHaveLength(repaired.waitingMonths);
      expect(after).toContain(`${c.after.start.slice(0, 7)}:start`);
      expect(await page.locator('#waiting-steps .waiting-step').count()).toBe(repaired.steps.length);

      if (c.example === '例五') {
        await screenshot(page, 'waiting.png');

        // Kept on the device: a reload shows the same repaired answer, computed again offline.
        await context.setOffline(true);
        await page.reload().catch(() => undefined);
        await context.setOffline(false);
        await page.reload();
        await startShown(page, c.after.start);

        // And back: not paying gives the original date.
        await page.click('#repair-undo');
        await startShown(page, c.before.start);
      }
    } finally {
      await context.close();
    }
  });
});

describe('a bad date', () => {
  test('2026年2月30日 is refused beside the box, in Chinese, and no answer is shown', async () => {
    const { context, page } = await openPage();
    try {
      await fillResident(page, { coverageYear: 2026, paymentDate: '2026-02-30', insuredYears: [2025] });
      await page.click('#waiting-submit');
      await page.waitForSelector('#field-payment-date-error');
      expect(await text(page, '#field-payment-date-error')).toBe('日期须为真实存在的日期，格式 YYYY-MM-DD');
      expect(await page.locator('#waiting-start').count()).toBe(0);
      // Correcting the day clears the message.
      await page.fill('#paid-d input', '28');
      expect(await page.locator('#field-payment-date-error').count()).toBe(0);
      await page.click('#waiting-submit');
      await startShown(page, '2026-02-28');
    } finally {
      await context.close();
    }
  });
});

describe('the same answer everywhere', () => {
  test('the CLI, the waiting function and the page give the same benefitStart for 例四', async () => {
    const c: PageCase = { coverageYear: 2026, paymentDate: '2026-01-02', insuredYears: [] };
    const input = caseOf(c);
    expect(input).toMatchObject({ paymentDate: example('例四').input.paymentDate, coverageYear: 2026 });

    const cli = spawnSync(process.execPath, [BIN, 'waiting', '-'], { input: JSON.stringify(input), encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const res = await fetch(`${gateway.url}/api/waiting`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const fn = (await res.json()) as { ok: boolean; data: { benefitStart: string } };

    const { context, page } = await openPage();
    try {
      await fillResident(page, c);
      await page.click('#waiting-submit');
      await page.waitForSelector('#waiting-start');
      const shown = await text(page, '#waiting-start');
      expect([JSON.parse(cli.stdout).benefitStart, fn.ok && fn.data.benefitStart, shown]).toEqual(['2026-04-02', '2026-04-02', cn('2026-04-02')]);
      expect(await page.locator('#keep-covered').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});

describe('长辈模式', () => {
  test('the waiting page follows it: the date ≥ 30px, body text ≥ 18px, buttons and date boxes ≥ 60px tall', async () => {
    const { context, page } = await openPage();
    try {
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await page.waitForSelector('#elder-toggle');
      await page.click('#elder-toggle');
      await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
      await page.click('#task-waiting');
      await page.waitForSelector('#waiting-form');
      await fillResident(page, { coverageYear: 2027, paymentDate: '2026-11-15', insuredYears: [2026] });
      await page.click('#waiting-submit');
      await startShown(page, '2027-01-01');
      const fontSize = (selector: string) => page.$eval(selector, (el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await fontSize('#waiting-start')).toBeGreaterThanOrEqual(30);
      expect(await fontSize('#waiting-steps .waiting-step-formula')).toBeGreaterThanOrEqual(18);
      expect((await page.locator('#waiting-submit').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(60);
      expect((await page.locator('#paid-y').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
      // Insured in 2026 and paid in the collection period: no wait; 2026 alone is not a continuity reward.
      expect(await text(page, '#waiting-months')).toBe('不用等待');
      await screenshot(page, 'waiting-elder.png');
    } finally {
      await context.close();
    }
  });
});
