/**
 * The 参保 history asked once on the home page (巴中 城乡居民, 004 第三章 九问、十问（一）), on the real H5 build: a
 * resident in 长辈模式 says which years she was insured and that last year she never claimed; the answer survives a
 * reload; her next estimate of a stay that reaches the 大病保险 cap uses the raised cap and says how it was derived.
 * The bill is row bz-cap-zero-claim-2026 (test/estimate/cases/bazhong.ts): 三级 400,000 in scope, 250,000 already
 * paid by 大病保险 this year; in 2026 a zero-claim 2025 gives 304,000 − 250,000 = 54,000 (九问 例二).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { historyYears } from '../../miniprogram/models/profile';
import { todayInChina } from '../../shared/dates';
import { estimate } from '../../shared/estimate';
import { yuan } from '../../shared/money';
import { ensureH5Build, launchBrowser, startGateway } from './harness';
import { px, screenshot, shown, tap, text } from './page';

jest.setTimeout(240_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-history-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function step(page: import('playwright-core').Page, n: number): Promise<void> {
  await tap(page, '#step-next');
  await page.waitForFunction((k) => document.querySelector('#step-progress-text')?.textContent?.includes(`第 ${k} 步`), n);
}

test('the history set once in the profile raises the 大病保险 cap in the next estimate, in 长辈模式', async () => {
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const years = historyYears(year);
  if (years.length === 0) throw new Error('in 2025 there is no earlier year to ask about');
  const last = year - 1;
  // The rules' answer for the same case on today's date (the page estimates with today's date).
  const expected = estimate({
    region: 'bazhong',
    date: today,
    scheme: 'resident',
    person: { categories: [], insuredYears: years, zeroClaimYears: [last] },
    visit: { type: 'inpatient', facilityLevel: 'level3', place: 'local', totalCost: '400000', inScopeCost: '400000' },
    yearToDate: { seriousIllnessPaid: '250000' },
  });
  const capStep = expected.steps.find((s) => s.payer === 'seriousIllness');
  const capText = /\d{4} 年度最高赔付限额 [\d,.]+ 元（[^）]*）/.exec(capStep?.formula ?? '')?.[0];
  if (!capText) throw new Error(`no adjusted cap in the rules' step: ${capStep?.formula}`);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await page.waitForSelector('#task-estimate');
    await tap(page, '#elder-toggle');
    await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
    await tap(page, '#profile-region-choice-bazhong');
    await tap(page, '#profile-scheme-choice-resident');

    // Not given yet: the estimate would use the base cap.
    expect(await text(page, '#history-state')).toContain('还没填');
    for (const y of years) await tap(page, `#history-insured-${y}-yes`);
    // Only last year's 基金零报销 moves this year's cap (九问 "次年提高"): asked for that year only.
    expect(await text(page, '#history-last-claim .field-label')).toBe(`${last} 年用医保报销过吗？`);
    await tap(page, `#history-claim-${last}-none`);
    expect(await text(page, '#history-state')).toContain('已记下');
    // 长辈模式 reaches the new questions: 适老化 body text and touch targets.
    expect(await px(page, `#history-insured-${years[0]}-yes .choice-label`, 'fontSize')).toBeGreaterThanOrEqual(18);
    expect(await px(page, `#history-claim-${last}-none`, 'height')).toBeGreaterThanOrEqual(60);
    await screenshot(page, '#home', 'profile-history-elder.png');

    // Remembered on the device: a reload shows the same answers.
    await page.reload();
    await page.waitForSelector('#task-estimate');
    expect(await shown(page, `#history-claim-${last}-none`).getAttribute('class')).toContain('choice--on');
    for (const y of years) expect(await shown(page, `#history-insured-${y}-yes`).getAttribute('class')).toContain('choice--on');

    // The estimate: 住院, 城乡居民, 三级, 市内, 400,000 / 400,000, 大病保险 already paid 250,000 — no history typed.
    await tap(page, '#task-estimate');
    await page.waitForSelector('#step-progress-text');
    await step(page, 2);
    await tap(page, '#scheme-resident');
    await step(page, 3);
    await tap(page, '#facility-level3');
    await step(page, 4);
    await tap(page, '#place-local');
    await step(page, 5);
    await shown(page, '#total-cost').locator('input').fill('400000');
    await shown(page, '#in-scope-cost').locator('input').fill('400000');
    await step(page, 6);
    await shown(page, '#ytd-seriousIllnessPaid').locator('input').fill('250000');
    await tap(page, '#step-next');
    await page.waitForSelector('#key-personal-pay');

    expect(await text(page, '#legend-seriousIllness .legend-amount')).toBe(yuan(expected.payments.seriousIllness));
    expect(await text(page, '#explain-steps')).toContain(capText);
    const notes = await text(page, '#result-notes');
    expect(notes).toContain('按所填参保年度计算');
    expect(notes).not.toContain('按原封顶线');
    // The `estimate` function, given the same case (with the years) through the gateway, agrees.
    await page.waitForFunction(() => document.querySelector('#result-check')?.textContent?.includes('结果一致'));
    if (year === 2026) {
      // 九问 例二's own figures.
      expect(capText).toContain('2026 年度最高赔付限额 304,000.00 元（原封顶线 300,000.00 元 + 提高 4,000.00 元 − 降低 0.00 元');
      expect(await text(page, '#legend-seriousIllness .legend-amount')).toBe('54,000.00 元');
    }
    await screenshot(page, '#estimate-result', 'profile-history-result-elder.png');
  } finally {
    await context.close();
  }
});
