/**
 * "Where to go for treatment" in a real browser, on the H5 build: the case (issue 14: a 巴中 resident, a 二级
 * stay in the city, 20,000 元 of which 18,000 元 in scope) is estimated through the form, then the compare page is
 * opened by its URL. Each option's personal pay is the figure `node bin/yibao.js estimate -` gives for that variant;
 * the curve's sentences are the markers of test/compare/curve.test.ts. Screenshots at 375 px, normal and 长辈模式.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { compareOptions } from '../../shared/compare/options';
import { payCurve } from '../../shared/compare/curve';
import { todayInChina } from '../../shared/dates';
import { ensureH5Build, launchBrowser, startGateway } from './harness';
import { px, screenshot, shown, tap, text, waitText } from './page';

jest.setTimeout(180_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-compare-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const COMPARE_URL = '/#/packages/estimate/pages/compare/index';

/** `node bin/yibao.js estimate -` on each variant of the case (巴中, 城乡居民, 20,000 / 18,000, today's date). */
const PERSONAL_PAY: [key: string, pay: string][] = [
  ['township|local', '3,890.00 元'],
  ['level1|local', '5,840.00 元'],
  ['level2|local', '7,680.00 元'],
  ['level3|local', '9,620.00 元'],
  ['township|long-term-filed', '3,890.00 元'],
  ['level1|long-term-filed', '5,840.00 元'],
  ['level2|long-term-filed', '7,680.00 元'],
  ['level3|long-term-filed', '9,620.00 元'],
  ['township|temporary-filed', '5,550.00 元'],
  ['level1|temporary-filed', '7,250.00 元'],
  ['level2|temporary-filed', '8,950.00 元'],
  ['level3|temporary-filed', '10,650.00 元'],
  ['township|unfiled', '6,400.00 元'],
  ['level1|unfiled', '8,100.00 元'],
  ['level2|unfiled', '9,800.00 元'],
  ['level3|unfiled', '11,500.00 元'],
];

/** The curve's markers for her profile (004 第三章 十一问、十六问、二十二问、二十三问、二十六问; see test/compare/curve.test.ts). */
const MARKERS = [
  '医疗总费用超过 444.44 元后，基本医保统筹开始报销',
  '医疗总费用超过 52,474.09 元后，城乡居民大病保险开始报销',
  '医疗总费用达到 175,047.61 元时，基本医保统筹本年还能报的 110,000.00 元已全部报完，再多的费用它不再报销',
  '医疗总费用超过 249,386.67 元后，城乡居民大病保险的“10 万元至20 万元部分”按 70% 报销',
  '医疗总费用超过 360,497.78 元后，城乡居民大病保险的“20 万元以上部分”按 85% 报销',
  '医疗总费用达到 582,720.00 元时，城乡居民大病保险本年还能报的 300,000.00 元已全部报完，再多的费用它不再报销',
];

const CASE = {
  region: 'bazhong',
  scheme: 'resident',
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000' },
};

const id = (key: string) => `#option-${key.replace('|', '-')}`;

async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${gateway.url}/#/pages/index/index`);
  await page.waitForSelector('#task-estimate');
  return { context, page };
}

/** Home → 费用估算 → 住院 → 城乡居民 → 二级 → 市内 → 20,000 / 18,000 → on to the result. */
async function estimateTheCase(page: Page): Promise<void> {
  await tap(page, '#task-estimate');
  await page.waitForSelector('#step-progress-text');
  await tap(page, '#step-next');
  await tap(page, '#scheme-resident');
  await tap(page, '#step-next');
  await tap(page, '#facility-level2');
  await tap(page, '#step-next');
  await tap(page, '#place-local');
  await tap(page, '#step-next');
  await shown(page, '#total-cost').locator('input').fill('20000');
  await shown(page, '#in-scope-cost').locator('input').fill('18000');
  // The steps after the bill (year so far, then 开始估算) ask nothing of a first stay on a fresh device.
  for (let i = 0; i < 4 && (await page.locator('#key-personal-pay >> visible=true').count()) === 0; i++) {
    await tap(page, '#step-next');
    await page.waitForTimeout(300);
  }
  await waitText(page, '#key-personal-pay', '7,680.00 元');
}

/** From the result page's 比一比, as she gets there, or by its URL (the same page, opened directly). */
async function openCompare(page: Page, from: 'result' | 'url' = 'url'): Promise<void> {
  if (from === 'result') await tap(page, '#result-compare-open');
  else await page.goto(`${gateway.url}${COMPARE_URL}`);
  await page.waitForSelector('#compare-bars >> visible=true');
  await page.waitForSelector('#pay-markers >> visible=true');
}

describe('the same bill at every level and place, and the curve', () => {
  test('the figures on the page are the rules’ for each variant, today', () => {
    // The literals above hold on the date the page estimates with.
    const today = { ...CASE, date: todayInChina() };
    const c = compareOptions(today);
    expect(c.options.map((o) => [o.key, `${o.result.personalPay}`])).toEqual(PERSONAL_PAY.map(([k, p]) => [k, p.replace(/,| 元/g, '')]));
    expect(payCurve(today).markers.map((m) => m.sentence)).toEqual(MARKERS);
  });

  test('picture first, words second, her choice marked; the curve’s markers; 375 px', async () => {
    const { context, page } = await newPhone();
    try {
      await estimateTheCase(page);
      await openCompare(page, 'result');
      expect(await text(page, '#compare-title')).toBe('同一笔费用，换个地方看病');
      for (const [key, pay] of PERSONAL_PAY) {
        expect(await text(page, `${id(key)} .option-pay`)).toBe(pay);
        expect(await text(page, `${id(key)}-reason .reason-pay`)).toBe(pay);
        // One payer bar per option, filled to 100%.
        expect(await shown(page, `${id(key)} .payer-bar-track`).count()).toBe(1);
      }
      // Her choice: framed in the picture, and "现在的选择" in the words; the cheapest marked.
      expect(await page.locator('.compare-option--current >> visible=true').count()).toBe(1);
      expect(await shown(page, '.compare-option--current').getAttribute('id')).toBe('option-level2-local');
      expect(await text(page, '#option-level2-local-reason .compare-reason-diff')).toBe('现在的选择');
      expect(await text(page, '#option-level3-unfiled-reason .compare-reason-diff')).toBe('比现在多付 3,820.00 元');
      expect(await text(page, '#option-township-local-reason .compare-reason-diff')).toBe('比现在少付 3,790.00 元');
      expect(await text(page, '#option-level2-unfiled-reason .reason-text')).toBe(
        '起付线 1,000.00 元（比市内高 600.00 元）、报销比例 60%（比市内降低 10 个百分点）',
      );
      expect(await text(page, '#option-township-local .compare-flag--cheapest')).toBe('最省');
      // The picture comes before the words.
      const bars = await shown(page, '#compare-bars').boundingBox();
      const words = await shown(page, '#compare-reasons').boundingBox();
      expect(bars!.y).toBeLessThan(words!.y);

      // The curve: 24 columns, each with its spoken label; a numbered line and a sentence per marker.
      expect(await page.locator('#pay-chart-plot .pay-chart-column-slot >> visible=true').count()).toBe(24);
      expect(await shown(page, '#pay-chart-plot').getAttribute('aria-label')).toBe(
        '个人负担随医疗总费用变化的柱状图：医疗总费用从 33,333.33 元到 800,000.00 元，共 24 档，个人负担最多 390,000.00 元',
      );
      expect(await shown(page, '#pay-column-0').getAttribute('aria-label')).toBe('医疗总费用 33,333.33 元，个人负担 12,613.33 元');
      for (const [index, sentence] of MARKERS.entries()) {
        expect(await text(page, `#pay-marker-${index} .pay-marker-text`)).toBe(sentence);
      }
      expect(await shown(page, '#pay-line-1').getAttribute('aria-label')).toBe(`② ${MARKERS[1]}`);
      // Fits 375 px: nothing wider than the screen.
      const width = await shown(page, '#estimate-compare').evaluate((el) => el.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      await screenshot(page, '#estimate-compare', 'estimate-compare.png');
      // …and a 320 px phone: the bars, the words and the chart wrap rather than overflow.
      await page.setViewportSize({ width: 320, height: 812 });
      expect(await shown(page, '#estimate-compare').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(320);
      await page.setViewportSize({ width: 375, height: 812 });

      // 长辈模式 (switched on at home): larger text, taller chart, same figures.
      await page.goto(`${gateway.url}/#/pages/index/index`);
      await page.waitForSelector('#task-estimate');
      await tap(page, '#elder-toggle');
      await waitText(page, '#elder-state', '已开启');
      await openCompare(page);
      expect(await text(page, '#option-level2-local .option-pay')).toBe('7,680.00 元');
      expect(await text(page, '#pay-marker-1 .pay-marker-text')).toBe(MARKERS[1]);
      expect(await px(page, '#option-level2-local-reason .reason-text', 'fontSize')).toBeGreaterThanOrEqual(18);
      expect(await px(page, '#pay-marker-0 .pay-marker-text', 'fontSize')).toBeGreaterThanOrEqual(18);
      expect(await px(page, '#pay-chart-plot', 'height')).toBeGreaterThanOrEqual(200);
      expect(await px(page, '#compare-back', 'height')).toBeGreaterThanOrEqual(60);
      expect(await shown(page, '#estimate-compare').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(page, '#estimate-compare', 'estimate-compare-elder.png');
    } finally {
      await context.close();
    }
  });

  test('opened directly on a fresh device: says there is nothing to compare yet', async () => {
    const { context, page } = await newPhone();
    try {
      await page.goto(`${gateway.url}${COMPARE_URL}`);
      await waitText(page, '#compare-empty', '先估算一次看病的费用，再来比较换个医院、换个地方各要自己付多少。');
      expect(await text(page, '#compare-start')).toBe('开始估算');
    } finally {
      await context.close();
    }
  });
});
