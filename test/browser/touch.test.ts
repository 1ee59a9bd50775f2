/**
 * Small things that hurt elderly users (issue 15), on the real H5 build at 360 px: a tap anywhere on an input box —
 * its edge, its unit "元" — focuses the input; 长辈模式 gives Taro's toast 18 px text like everything else.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ensureH5Build, launchBrowser, startGateway } from './harness';
import { shown, tap } from './page';

jest.setTimeout(180_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-touch-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Whether the focused element is the input inside the box with this id. */
function inputFocused(page: Page, id: string): Promise<boolean> {
  return page.evaluate((boxId) => {
    const box = document.getElementById(boxId);
    return Boolean(box && document.activeElement && box.contains(document.activeElement) && document.activeElement.tagName === 'INPUT');
  }, id);
}

/** Taps the box around the input at a point near its right or left edge, away from the input itself. */
async function tapBoxEdge(page: Page, boxSelector: string, where: 'right' | 'left'): Promise<void> {
  const box = await shown(page, boxSelector).boundingBox();
  if (!box) throw new Error(`${boxSelector} is not shown`);
  await page.mouse.click(where === 'right' ? box.x + box.width - 4 : box.x + 4, box.y + box.height / 2);
}

async function next(page: Page, stepNumber: number): Promise<void> {
  await page.click('#step-next');
  await page.waitForFunction((n) => document.querySelector('#step-progress-text')?.textContent?.includes(`第 ${n} 步`), stepNumber);
}

test('the estimate form: tapping the "元" at the right of the 医疗总费用 box focuses its input', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await tap(page, '#task-estimate');
    await page.waitForSelector('#step-progress-text');
    await next(page, 2);
    await page.click('#scheme-resident');
    await next(page, 3);
    await page.click('#facility-level2');
    await next(page, 4);
    await page.click('#place-local');
    await next(page, 5);
    // The tap lands on the unit, not on the input: before issue 15 nothing was focused.
    const unit = await shown(page, '.amount-input:has(#total-cost) .amount-input-unit').boundingBox();
    const input = await shown(page, '#total-cost').boundingBox();
    expect(unit && input && unit.x >= input.x + input.width).toBe(true);
    await tapBoxEdge(page, '.amount-input:has(#total-cost)', 'right');
    await page.waitForFunction(() => document.activeElement?.closest('#total-cost') !== null);
    expect(await inputFocused(page, 'total-cost')).toBe(true);
    await page.keyboard.type('20000');
    expect(await shown(page, '#total-cost').locator('input').inputValue()).toBe('20000');
  } finally {
    await context.close();
  }
});

test('the identity form: tapping the left edge of the 姓名 box focuses its input', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/packages/apply/pages/identity/index`);
    await shown(page, '#identity-name').waitFor();
    await tapBoxEdge(page, '.text-box:has(#identity-name)', 'left');
    await page.waitForFunction(() => document.activeElement?.closest('#identity-name') !== null);
    expect(await inputFocused(page, 'identity-name')).toBe(true);
  } finally {
    await context.close();
  }
});

test('长辈模式 marks the document, so H5 toasts built on <body> get 18 px text', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await page.click('#elder-toggle');
    await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(true);
    // Taro's toast as Taro builds it (taro-h5 api/ui/interaction/toast.js): a div.taro__toast on <body>, its title a
    // <p> with an inline 16 px size.
    const size = await page.evaluate(() => {
      const el = document.createElement('div');
      el.className = 'taro__toast';
      const title = document.createElement('p');
      title.setAttribute('style', 'font-size: 16px;');
      title.textContent = '复制没有成功，请再试一次';
      el.appendChild(title);
      document.body.appendChild(el);
      const px = parseFloat(getComputedStyle(title).fontSize);
      el.remove();
      return px;
    });
    expect(size).toBe(18);
    await page.click('#elder-toggle');
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder-mode'))).toBe(false);
  } finally {
    await context.close();
  }
});

test('360 px in 长辈模式: the payer legend keeps each name on one line ("医保统筹", not "医保统/筹")', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await page.click('#elder-toggle');
    await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
    await tap(page, '#task-estimate');
    await page.waitForSelector('#step-progress-text');
    await next(page, 2);
    await page.click('#scheme-resident');
    await next(page, 3);
    await page.click('#facility-level3');
    await next(page, 4);
    await page.click('#place-local');
    await next(page, 5);
    await page.fill('#total-cost input', '55000');
    await page.fill('#in-scope-cost input', '50000');
    await next(page, 6);
    await page.click('#step-next');
    await shown(page, '#key-personal-pay').waitFor();
    // One line is less than twice the font size tall, whatever the line height.
    const names = await page.locator('.payer-legend-name >> visible=true').evaluateAll((els) =>
      els.map((el) => ({ name: el.textContent, oneLine: el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize) })),
    );
    expect(names.length).toBeGreaterThan(1);
    expect(names.filter((n) => !n.oneLine)).toEqual([]);
  } finally {
    await context.close();
  }
});
