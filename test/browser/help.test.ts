/**
 * 帮助与电话 in a real browser (issue 15): the offices and hotlines of 004 第七章 四问, 002 and 003 附件4, the person's
 * own region first, in both modes at 375 px.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser } from 'playwright-core';
import { ensureH5Build, launchBrowser, startGateway } from './harness';
import { px, screenshot, shown, tap, text } from './page';

jest.setTimeout(180_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-help-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('from the home page: 巴中 offices first with address, hours and number; 随县 and 山西 after; 长辈模式 too', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const page = await context.newPage();
  try {
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await tap(page, '#task-help');
    await shown(page, '#help').waitFor();
    // The H5 title bar (Taro's router, app.config navigationStyle 'default'): the page's title and a back arrow.
    await page.waitForFunction(() => document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === '帮助与电话');
    expect(await page.evaluate(() => document.getElementById('taro-navigation-bar')?.classList.contains('taro-navigation-bar-show'))).toBe(true);
    const sections = await page.locator('.help-section >> visible=true').evaluateAll((els) => els.map((e) => e.id));
    expect(sections).toEqual(['help-bazhong', 'help-suizhou', 'help-shanxi-filing']);
    expect(await px(page, '.help-section-title', 'fontSize')).toBe(15);
    const offices = await text(page, '#help-group-bazhong-offices');
    expect(offices).toContain('市本级地址：巴州区红星路70号（市民之家二楼医保窗口）办理时间：工作日 9:00-12:00 13:30-17:00');
    expect(offices).toContain('0827-5775700');
    expect(await text(page, '#help-group-suizhou-hotlines')).toContain('待遇政策咨询0722-3560608');
    expect(await text(page, '#help-group-shanxi-filing')).toContain('省本级0351-4957436');
    const phone = shown(page, '#help-group-bazhong-offices .help-phone');
    expect(await phone.getAttribute('aria-label')).toBe('拨打市本级电话 0827-5775700');
    await screenshot(page, '#help', 'help-375.png');
    // The whole title shows (Taro caps it at 100 px: "帮助与…"), and the back arrow is a 48 px target.
    expect(await page.evaluate(() => {
      const t = document.querySelector('#taro-navigation-bar .taro-navigation-bar-title') as HTMLElement;
      return t.scrollWidth <= t.clientWidth;
    })).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('#taro-navigation-bar .taro-navigation-bar-back') as HTMLElement).getBoundingClientRect().width)).toBe(48);
    await page.click('#taro-navigation-bar .taro-navigation-bar-back');
    await shown(page, '#task-help').waitFor();

    // 长辈模式: the same page, larger; the switch is on the home page.
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await tap(page, '#elder-toggle');
    await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
    await tap(page, '#task-help');
    await shown(page, '#help').waitFor();
    expect(await text(page, '#help-group-bazhong-offices')).toContain('0827-5775700');
    expect(await px(page, '.help-section-title', 'fontSize')).toBe(19);
    expect(await px(page, '.help-phone', 'height')).toBeGreaterThanOrEqual(48);
    await screenshot(page, '#help', 'help-375-elder.png');
  } finally {
    await context.close();
  }
});
