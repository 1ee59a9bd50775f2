/**
 * "我的病能不能办慢特病？" in a real browser: search the 门诊慢特病 catalogue, open a disease, read its limits and how
 * to apply, then estimate an outpatient bill for it from the prefilled form (004 第四章).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { catalogue } from '../../shared/catalogue';
import { todayInChina } from '../../shared/dates';
import { estimate } from '../../shared/estimate';
import { yuan } from '../../shared/money';
import { ensureH5Build, launchBrowser, startGateway } from './harness';

jest.setTimeout(180_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-catalogue-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').trim();
}

async function next(page: Page, stepNumber: number): Promise<void> {
  await page.click('#step-next');
  await page.waitForFunction((n) => document.querySelector('#step-progress-text')?.textContent?.includes(`第 ${n} 步`), stepNumber);
}

test('search 高血压, read its limits and where to apply, estimate a 1,200 元 bill and see what the rules pay', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await page.click('#task-catalogue');
    await page.waitForSelector('#catalogue-search input');
    // The whole catalogue first; the kind filter narrows it.
    expect(await page.locator('.disease-row').count()).toBe(catalogue().length);
    await page.click('#kind-special');
    expect(await page.locator('.disease-row').count()).toBe(catalogue('special').length);
    await page.click('#kind-all');

    // A name that is not in the catalogue says what else can be done.
    await page.fill('#catalogue-search input', '感冒');
    await page.waitForSelector('#catalogue-empty');
    expect(await text(page, '#catalogue-empty')).toContain('普通门诊统筹');

    await page.fill('#catalogue-search input', '高血压');
    await page.waitForSelector('#row-M03911');
    expect(await text(page, '#catalogue-count')).toBe('找到 1 个病种');
    // 第四章 三问 序号 6: 职工 1000 元, 居民 600 元.
    expect(await text(page, '#row-M03911')).toContain('职工医保 1000 元/年，城乡居民医保 600 元/年');

    await page.click('#row-M03911');
    await page.waitForSelector('#detail-name');
    expect(await text(page, '#detail-name')).toBe('高血压2级及以上（高血压性心脏病）');
    expect(await text(page, '#detail-benefit')).toContain('统筹基金按 90% 支付');
    expect(await text(page, '#unit-M03911')).toContain('认定依据');
    expect(await text(page, '#unit-M03911')).toContain('收缩压 ≥160mmHg');
    expect(await text(page, '#unit-M03911')).toContain('长期有效');
    expect(await text(page, '#detail-where')).toContain('市中心医院');
    expect(await text(page, '#detail-materials')).toContain('《巴中市医疗保险门诊慢特病申请（复查）表》');

    // 估算这个病的门诊费用: the form opens on the person's step with 门诊慢性病 and the disease chosen.
    await page.click('#estimate-M03911');
    await page.waitForSelector('#step-progress-text');
    expect(await text(page, '#step-progress-text')).toBe('第 2 步，共 5 步：参保和身份');
    expect(await page.getAttribute('#scheme-resident', 'class')).toContain('choice--on');
    await next(page, 3);
    expect(await page.getAttribute('#disease-M03911', 'class')).toContain('choice--on');
    expect(await text(page, '#disease-M03911')).toContain('城乡居民医保年度限额 600 元');
    await next(page, 4);
    await page.fill('#total-cost input', '1200');
    await page.fill('#in-scope-cost input', '1000');
    await next(page, 5);
    await page.click('#step-next'); // 开始估算
    await page.waitForSelector('#key-personal-pay');

    const expected = estimate({
      region: 'bazhong',
      date: todayInChina(),
      scheme: 'resident',
      person: { categories: [] },
      visit: { type: 'chronic', diseaseCode: 'M03911', otherDiseaseCodes: [], totalCost: '1200', inScopeCost: '1000' },
    });
    // 1,000 × 90% = 900 is above the resident limit for this disease: the fund pays the 600 元 limit.
    expect(expected.payments.basic).toBe('600.00');
    expect(await text(page, '#result-title')).toBe('门诊慢性病费用估算');
    expect(await text(page, '#result-facts')).toContain('高血压2级及以上（高血压性心脏病）（M03911）');
    expect(await text(page, '#legend-basic .legend-amount')).toBe('600.00 元');
    expect(await text(page, '#key-personal-pay')).toBe(yuan(expected.personalPay));
    expect(await text(page, '#key-personal-pay')).toBe('600.00 元');
    expect(await text(page, '#explain-steps .explain-step-formula')).toContain('年度限额 600.00 元');
  } finally {
    await context.close();
  }
});
