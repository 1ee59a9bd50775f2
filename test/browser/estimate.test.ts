/**
 * The estimate flow in a real browser, on the H5 build served by the local gateway: a person fills the guided form
 * and reads the amounts; 长辈模式 enlarges text; a bad amount is refused beside its box. Expected figures come from
 * shared/estimate (the same rules), and the handbook's own worked figures are asserted as literals.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { todayInChina } from '../../shared/dates';
import { estimate } from '../../shared/estimate';
import { yuan } from '../../shared/money';
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

/** The case the form builds (the page estimates with today's date in China, as here). */
function stayCase(c: StayCase) {
  return {
    region: 'bazhong',
    date: todayInChina(),
    scheme: c.scheme,
    person: { categories: [] },
    visit: { type: 'inpatient', facilityLevel: c.facility, place: c.place, totalCost: c.total, inScopeCost: c.inScope },
  };
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
  expect(await text(page, '#step-progress-text')).toBe('第 1 步，共 6 步：看病的类型');
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

const HANDBOOK_STAYS: { name: string; input: StayCase; basic: string }[] = [
  {
    name: '张三 (004 第一章 四十三): 城乡居民 乡镇卫生院 市内，总费用 4,500，政策范围内 4,200 → 统筹 3,690',
    input: { scheme: 'resident', facility: 'township', place: 'local', total: '4500', inScope: '4200' },
    basic: '3,690.00 元',
  },
  {
    name: '城乡居民 三级 市内，政策范围内 50,000 → 统筹 (50,000 − 700) × 60% = 29,580 (004 第三章 十一问（一）)',
    input: { scheme: 'resident', facility: 'level3', place: 'local', total: '50000', inScope: '50000' },
    basic: '29,580.00 元',
  },
  {
    name: '职工 二级 市内，政策范围内 10,000 → 统筹 (10,000 − 400) × 82% = 7,872 (004 第二章 二十七问（一）)',
    input: { scheme: 'employee', facility: 'level2', place: 'local', total: '10000', inScope: '10000' },
    basic: '7,872.00 元',
  },
];

describe('a resident fills the form and sees what each payer covers', () => {
  test.each(HANDBOOK_STAYS)('$name', async ({ input, basic }) => {
    const { context, page } = await newPage();
    try {
      await fillStay(page, input);
      const expected = estimate(stayCase(input));
      expect(expected.payments.basic).toBe(basic.replace(/,/g, '').replace(' 元', ''));

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

      if (input.total === '4500') {
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
  test('生育: a resident 顺产 with 2,500 in scope is paid the 2,000 limit, and 产前检查费 500 is shown beside the bill (004 第三章 十四问)', async () => {
    const { context, page } = await newPage();
    try {
      await openForm(page);
      await page.click('#visit-type-maternity');
      expect(await text(page, '#step-progress-text')).toBe('第 1 步，共 5 步：看病的类型');
      await next(page, 2);
      await page.click('#scheme-resident');
      // Maternity reads no 救助身份 and no employee details: the step asks the scheme only.
      expect(await page.locator('#field-categories').count()).toBe(0);
      await next(page, 3);
      await page.click('#event-delivery');
      await page.click('#difficult-no');
      await next(page, 4);
      await page.fill('#total-cost input', '2800');
      await page.fill('#in-scope-cost input', '2500');
      await next(page, 5);
      await page.click('#step-next');
      await page.waitForSelector('#key-personal-pay');

      const expected = estimate({
        region: 'bazhong',
        date: todayInChina(),
        scheme: 'resident',
        person: { categories: [] },
        visit: { type: 'maternity', event: 'delivery', difficult: false, babies: 1, totalCost: '2800', inScopeCost: '2500' },
      });
      expect(expected.payments.basic).toBe('2000.00');
      expect(await text(page, '#result-title')).toBe('生育费用估算');
      expect(await text(page, '#legend-basic .legend-amount')).toBe('2,000.00 元');
      expect(await text(page, '#key-personal-pay')).toBe(yuan(expected.personalPay));
      expect(await text(page, '#allowance-0 .allowance-name')).toBe('产前检查费');
      expect(await text(page, '#allowance-0 .allowance-amount')).toBe('500.00 元');
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
      await fillStaySteps(page, HANDBOOK_STAYS[0].input);
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
