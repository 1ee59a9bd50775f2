/**
 * 分享给家人 on the real H5 build: the result page draws the card on a real <canvas> and offers it as a PNG (a
 * download) and, where the browser shares files, to the system share sheet. The PNG is decoded: its size is the
 * card's layout at twice its size, and it is not blank (the answer's red, the text's dark grey). The card's figures
 * are the result's own (test/miniprogram/share-path.test.ts checks them); 长辈模式 draws larger type. The weapp 转发
 * path is opened in the browser too: the same case reopens the same figures on another device.
 */
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { todayInChina } from '../../shared/dates';
import { estimate } from '../../shared/estimate';
import { yuan } from '../../shared/money';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { shareCardOf } from '../../miniprogram/packages/estimate/model/share-card';
import { sharePath } from '../../miniprogram/packages/estimate/model/share-path';
import { describeVisit } from '../../miniprogram/packages/estimate/model/visit';
import { layoutCard } from '../../miniprogram/packages/estimate/pages/result/components/share-card/layout';
import { startH5World, stopH5World } from './harness';
import { ARTIFACTS, onStep, screenshot, shown, stepNext, tap, text, type } from './page';

jest.setTimeout(180_000);

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.1 A/AA) on the page with the sheet open: the serious and critical findings. */
async function seriousFindings(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) }));
  });
}

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  ({ gateway, browser, dataDir } = await startH5World('yibao-estimate-share-'));
});

afterAll(() => stopH5World({ gateway, browser, dataDir }));

/** The case the form below builds (巴中 is the default region of a fresh device). */
function stayCase(): Record<string, unknown> {
  return {
    region: 'bazhong',
    date: todayInChina(),
    scheme: 'resident',
    person: { categories: [] },
    visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '23800', inScopeCost: '21000' },
    yearToDate: {},
  };
}

async function estimateStay(page: Page): Promise<void> {
  await tap(page, '#task-estimate');
  await onStep(page, 1);
  await stepNext(page, 2);
  await tap(page, '#scheme-resident');
  await stepNext(page, 3);
  await tap(page, '#facility-level2');
  await stepNext(page, 4);
  await tap(page, '#place-local');
  await stepNext(page, 5);
  await type(page, 'total-cost', '23800');
  await type(page, 'in-scope-cost', '21000');
  await stepNext(page, 6);
  await tap(page, '#step-next');
  await shown(page, '#key-personal-pay').waitFor();
}

interface Decoded {
  width: number;
  height: number;
  red: number;
  dark: number;
  white: number;
}

function decode(file: string): Decoded {
  const png = PNG.sync.read(readFileSync(file));
  let red = 0;
  let dark = 0;
  let white = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    if (r > 245 && g > 245 && b > 245) white += 1;
    if (r > 180 && g < 100 && b < 100) red += 1;
    if (r < 90 && g < 90 && b < 110) dark += 1;
  }
  return { width: png.width, height: png.height, red, dark, white };
}

/** Opens the sheet, waits for the picture, saves it (the download) and decodes it. */
async function saveCard(page: Page, name: string): Promise<Decoded> {
  await tap(page, '#result-share');
  await shown(page, '#share-card-image').waitFor();
  await page.waitForFunction(() => {
    const img = document.querySelector('#share-card-image img') as HTMLImageElement | null;
    return Boolean(img && img.complete && img.naturalWidth > 0);
  });
  await screenshot(page, '#share-sheet', `estimate-share-sheet-${name}.png`);
  expect(await seriousFindings(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '#share-card-save')]);
  expect(download.suggestedFilename()).toBe(`医保估算-${todayInChina()}.png`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `estimate-share-card-${name}.png`);
  await download.saveAs(file);
  return decode(file);
}

function expectedSize(elder: boolean): { width: number; height: number } {
  const input = stayCase();
  const result = estimate(input);
  const visit = describeVisit(estimateCaseSchema.parse(input).visit, result.region);
  const layout = layoutCard(shareCardOf(result, { regionName: '巴中市', visit }), { kind: 'full', elder });
  return { width: layout.width * 2, height: layout.height * 2 };
}

async function device(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 2, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${gateway.url}/#/pages/index/index`);
  await shown(page, '#task-estimate').waitFor();
  return { context, page };
}

test('the card is a PNG of the expected size with the answer drawn; elder mode draws it larger', async () => {
  const { context, page } = await device(375);
  try {
    await estimateStay(page);
    const normal = await saveCard(page, 'normal');
    expect({ width: normal.width, height: normal.height }).toEqual(expectedSize(false));
    const pixels = normal.width * normal.height;
    // Not blank: a white card with the answer in red and the words in dark grey.
    expect(normal.white / pixels).toBeGreaterThan(0.5);
    expect(normal.red).toBeGreaterThan(2000);
    expect(normal.dark).toBeGreaterThan(5000);
    // This browser has no file sharing: only 保存图片 is offered.
    expect(await page.locator('#share-card-system').count()).toBe(0);
    await tap(page, '#share-card-close');
    expect(await page.locator('#share-sheet').count()).toBe(0);

    // 长辈模式 (home page switch): the same card, a quarter larger type, so a taller picture.
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await tap(page, '#elder-toggle');
    await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
    await page.goto(`${gateway.url}/#/packages/estimate/pages/result/index`);
    await shown(page, '#key-personal-pay').waitFor();
    const elder = await saveCard(page, 'elder');
    expect({ width: elder.width, height: elder.height }).toEqual(expectedSize(true));
    expect(elder.height).toBeGreaterThan(normal.height);
    expect(elder.red).toBeGreaterThan(normal.red);
  } finally {
    await context.close();
  }
});

test('where the browser shares files, 用手机分享 hands the PNG to the system share sheet', async () => {
  const { context, page } = await device(360);
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { sharedFiles?: { name: string; type: string; size: number }[]; sharedTitle?: string };
      Object.assign(navigator, {
        canShare: (data: { files?: File[] }) => Array.isArray(data.files),
        share: async (data: { title: string; files: File[] }) => {
          w.sharedTitle = data.title;
          w.sharedFiles = data.files.map((f) => ({ name: f.name, type: f.type, size: f.size }));
        },
      });
    });
    await page.reload();
    await shown(page, '#task-estimate').waitFor();
    await estimateStay(page);
    await tap(page, '#result-share');
    await shown(page, '#share-card-image').waitFor();
    await tap(page, '#share-card-system');
    await page.waitForFunction(() => Boolean((window as unknown as { sharedFiles?: unknown[] }).sharedFiles));
    const got = await page.evaluate(() => {
      const w = window as unknown as { sharedFiles: { name: string; type: string; size: number }[]; sharedTitle: string };
      return { files: w.sharedFiles, title: w.sharedTitle };
    });
    expect(got.files).toHaveLength(1);
    expect(got.files[0].type).toBe('image/png');
    expect(got.files[0].size).toBeGreaterThan(10_000);
    const personal = (await text(page, '#key-personal-pay')).replace(' 元', '');
    expect(got.title).toBe(`住院估算：自己约付 ${personal} 元`);
  } finally {
    await context.close();
  }
});

test('the 转发 path reopens the same result on another device, marked as shared; a cut link is refused', async () => {
  const input = stayCase();
  const result = estimate(input);
  const { context, page } = await device(375);
  try {
    await page.goto(`${gateway.url}/#${sharePath(input)}`);
    await shown(page, '#result-shared').waitFor();
    expect(await text(page, '#key-personal-pay')).toBe(yuan(result.personalPay));
    expect(await text(page, '#key-fund-total')).toBe(yuan(result.fundTotal));
    expect(await text(page, '#key-total-cost')).toBe(yuan(result.totalCost));
    // Nothing of her own year goes with it.
    expect(await page.locator('#result-year >> visible=true').count()).toBe(0);
    await screenshot(page, '#estimate-result', 'estimate-share-reopened.png');

    await page.goto(`${gateway.url}/#${sharePath(input).slice(0, -6)}`);
    await page.reload();
    expect(await text(page, '#result-empty')).toContain('分享的链接不完整');
  } finally {
    await context.close();
  }
});
