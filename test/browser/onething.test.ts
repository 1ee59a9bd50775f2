/**
 * 就医费用报销“一件事” on the real H5 build (issue 18), at 375 px, with the page's clock fixed (Playwright's clock) so
 * the dates are exact:
 * (a) a 巴中 城乡居民 with 冠心病 moving to 广州 for a year: 认定 (M04600) → 长期备案 → 跨省直接结算, in that order
 *     (004_6dc5632ce2988a73.txt 第七章 四问 注), each step with its button; the catalogue's 冠心病 page says the same;
 * (b) a 巴中 职工 with a personal account: the eight 近亲属 and 四川政务服务网 (第二章 二十五问, 第七章 四问);
 *     随州's channel 湖北医疗保障 → 个人账户共济 (002 二、参保缴费);
 * (c) a stay of 10 March 2026 recorded without a 结算单: 我这一年 shows 住院 手工报销 by 2027年6月30日 (第三章 十七问) and
 *     大病保险 by 2027年7月31日 (第三章 二十五问); on 15 May 2027 the home page reminds of the June deadline (46 days:
 *     within the product's 60 days).
 */
import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';
import { phoneOf, startH5World, stopH5World, type H5World } from './harness';
import { fillDate, px, screenshot, shown, stepNext, tap, text, type } from './page';

jest.setTimeout(300_000);

let world: H5World;

beforeAll(async () => {
  world = await startH5World('yibao-onething-');
});

afterAll(async () => {
  await stopH5World(world);
});

/** 10:00 in China on `date`. */
const chinaTime = (date: string) => new Date(`${date}T10:00:00+08:00`);

async function phone(user: string, date: string): Promise<Page> {
  const { page } = await phoneOf(world.browser, world.gateway.url, user);
  await page.clock.setFixedTime(chinaTime(date));
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${world.gateway.url}/#/pages/index/index`);
  await page.waitForSelector('#task-onething');
  return page;
}

async function openOneThing(page: Page): Promise<void> {
  await tap(page, '#task-onething');
  await shown(page, '#onething').waitFor();
}

const visibleIds = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).evaluateAll((els) => els.map((e) => e.id));

test('(a) 巴中 resident with 冠心病, a year in 广州: 认定 → 长期备案 → 跨省直接结算, and the catalogue says so too', async () => {
  const page = await phone('onething-coronary', '2026-12-01');
  await openOneThing(page);
  await tap(page, '#onething-region-choice-bazhong');
  await tap(page, '#onething-scheme-choice-resident');
  await tap(page, '#onething-where-choice-elsewhere');
  await tap(page, '#onething-stay-choice-long');
  await tap(page, '#onething-chronic-choice-coronary');
  await tap(page, '#onething-recognised-choice-no');

  expect(await visibleIds(page, '.onething-item')).toEqual(['item-recognise', 'item-filing', 'item-cross-direct', 'item-settlement']);
  expect(await text(page, '#item-recognise-what')).toContain('先在参保地认定门诊慢特病：冠心病（M04600）。');
  expect(await text(page, '#item-filing')).toContain('第二步：长期备案');
  expect(await text(page, '#item-filing-where')).toContain('四川医保APP');
  expect(await text(page, '#item-cross-direct')).toContain('第三步：在就医地直接结算');
  expect(await text(page, '#item-cross-direct-what')).toContain(
    '按顺序：在参保地认定门诊慢特病 → 办理异地就医备案 → 到开通跨省门诊慢特病结算的定点医疗机构直接结算。',
  );
  expect(await text(page, '#item-cross-direct')).toContain('《巴中市医保政策宣传手册（2025-11）》第七章 四问 注');
  // The resident's deadlines, with the day for a stay ending today (1 December 2026).
  expect(await text(page, '#deadline-inpatient-manual-resident-example')).toBe('例如今天出院（就医结束），最晚 2027年6月30日');
  expect(await text(page, '#deadline-serious-illness-example')).toBe('例如今天出院（就医结束），最晚 2027年7月31日');
  expect(await page.locator('#deadline-inpatient-manual-employee >> visible=true').count()).toBe(0);
  expect(await shown(page, '#item-recognise').getAttribute('aria-label')).toBe('第 1 项：第一步：认定门诊慢特病');
  await screenshot(page, '#onething', 'onething-coronary-375.png');

  // Each step opens the product's own flow: 备案 → the filing task.
  await tap(page, '#item-filing-filing');
  await shown(page, '#apply-choose').waitFor();
  await page.goBack();
  await shown(page, '#onething').waitFor();

  // The catalogue's page for 冠心病 shows which of the ten it is and the same order.
  await tap(page, '#item-recognise-catalogue');
  await shown(page, '#detail-cross').waitFor();
  expect(await text(page, '#detail-cross-name')).toBe('这个病对应已实现跨省直接结算的 10 个病种中的“冠心病”。');
  expect(await text(page, '#detail-cross-step-1')).toBe('1. 在参保地认定门诊慢特病');
  expect(await text(page, '#detail-cross-step-2')).toBe('2. 办理异地就医备案');
  expect(await text(page, '#detail-cross-step-3')).toBe('3. 到开通跨省门诊慢特病结算的定点医疗机构直接结算');
  await screenshot(page, '#disease-detail', 'onething-catalogue-coronary-375.png');

  // 高血压2级及以上 counts as 高血压, with the 两病 warning; 自身免疫性肝炎 is not one of the ten.
  await page.goto(`${world.gateway.url}/#/packages/catalogue/pages/detail/index?code=M03911`);
  await shown(page, '#detail-cross').waitFor();
  expect(await text(page, '#detail-cross')).toContain('“两病”的高血压');
  await page.goto(`${world.gateway.url}/#/packages/catalogue/pages/detail/index?code=M06101`);
  await shown(page, '#detail-name').waitFor();
  expect(await page.locator('#detail-cross >> visible=true').count()).toBe(0);
});

test('(b) an employee with a personal account sees the eight 近亲属 and the channel; 长辈模式 too', async () => {
  const page = await phone('onething-employee', '2026-12-01');
  await openOneThing(page);
  await tap(page, '#onething-region-choice-bazhong');
  await tap(page, '#onething-scheme-choice-employee');
  await tap(page, '#onething-account-choice-yes');
  expect(await visibleIds(page, '.onething-item')).toEqual(['item-family', 'item-settlement']);
  expect(await text(page, '#item-family-what')).toContain('可以绑定的近亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女。');
  expect(await text(page, '#item-family-what')).toContain('本人和已参保近亲属在定点医药机构就医购药发生的个人自付医药费用');
  expect(await text(page, '#item-family-where')).toContain('“四川政务服务网”—“一件事服务”专区—“就医费用报销一件事”');
  expect(await text(page, '#item-family')).toContain('第二章 二十五问');
  // The employee's own deadlines: 三十八问 and the 生育津贴, not the resident's.
  expect(await text(page, '#deadline-inpatient-manual-employee-example')).toBe('例如今天出院（就医结束），最晚 2027年6月30日');
  expect(await text(page, '#deadline-maternity-allowance-example')).toBe('例如津贴计发天数今天结束，最晚 2027年12月1日');
  await screenshot(page, '#onething', 'onething-employee-375.png');

  // 随州: 002 names 湖北医疗保障 → 个人账户共济, and gives no deadline — the page says so.
  await tap(page, '#onething-region-choice-suizhou');
  await tap(page, '#onething-scheme-choice-employee');
  await tap(page, '#onething-account-choice-yes');
  expect(await text(page, '#item-family-where')).toContain('微信小程序“湖北医疗保障”—“个人账户共济”模块');
  expect(await text(page, '#deadlines-none')).toContain('随州市（随县）的政策文件没有写报销的截止时间');

  // 长辈模式: the same checklist, larger.
  await page.goto(`${world.gateway.url}/#/pages/index/index`);
  await tap(page, '#elder-toggle');
  await page.waitForFunction(() => document.querySelector('#elder-state')?.textContent === '已开启');
  await openOneThing(page);
  await tap(page, '#onething-region-choice-bazhong');
  await tap(page, '#onething-scheme-choice-employee');
  await tap(page, '#onething-account-choice-yes');
  expect(await text(page, '#item-family-what')).toContain('兄弟姐妹');
  expect(await px(page, '.onething-line', 'fontSize')).toBe(19);
  expect(await px(page, '#onething-account-choice-yes', 'height')).toBeGreaterThanOrEqual(48);
  await screenshot(page, '#onething', 'onething-employee-375-elder.png');
});

test('(c) a stay of March without a settlement: 2027年6月30日 in 我这一年, and the home page reminds in May 2027', async () => {
  const page = await phone('onething-year', '2026-12-01');
  // 巴中 城乡居民 住院, 二级, 市内, 20,000 / 18,000; 记入本年 on 10 March, no 结算单.
  await tap(page, '#task-estimate');
  await shown(page, '#step-progress-text').waitFor();
  await tap(page, '#region-bazhong');
  await tap(page, '#visit-type-inpatient');
  await stepNext(page, 2);
  await tap(page, '#scheme-resident');
  await stepNext(page, 3);
  await tap(page, '#facility-level2');
  await stepNext(page, 4);
  await tap(page, '#place-local');
  await stepNext(page, 5);
  await type(page, 'total-cost', '20000');
  await type(page, 'in-scope-cost', '18000');
  await stepNext(page, 6);
  await tap(page, '#step-next');
  await shown(page, '#key-personal-pay').waitFor();
  await tap(page, '#result-record');
  await shown(page, '#record-sheet').waitFor();
  await fillDate(page, 'record-date', '2026-03-10');
  await tap(page, '#record-settled-no');
  await tap(page, '#record-save');
  await shown(page, '#result-recorded-text').waitFor();

  await page.goto(`${world.gateway.url}/#/packages/estimate/pages/year/index`);
  await shown(page, '#year-claims').waitFor();
  expect(await text(page, '#year-claims-1-inpatient-manual-resident-due')).toBe('最晚 2027年6月30日（还有 211 天）');
  expect(await text(page, '#year-claims-1-serious-illness-due')).toBe('最晚 2027年7月31日（还有 242 天）');
  expect(await text(page, '#year-claims-1')).toContain('《巴中市医保政策宣传手册（2025-11）》第三章 十七问');
  await screenshot(page, '#year-overview', 'onething-year-claims-375.png');

  // Not yet within 60 days on 1 December 2026: no reminder.
  await page.goto(`${world.gateway.url}/#/pages/index/index`);
  await shown(page, '#task-onething').waitFor();
  expect(await page.locator('#home-deadlines >> visible=true').count()).toBe(0);

  // 15 May 2027: the June deadline is 46 days away, the July one 77 (not yet).
  await page.clock.setFixedTime(chinaTime('2027-05-15'));
  await page.reload();
  await shown(page, '#home-deadlines').waitFor();
  expect(await text(page, '#home-deadline-inpatient-manual-resident')).toBe('2026年3月10日：住院费用手工报销（城乡居民医保）最晚 2027年6月30日（还有 46 天）');
  expect(await page.locator('#home-deadline-serious-illness >> visible=true').count()).toBe(0);
  await screenshot(page, '#home', 'onething-home-reminder-375.png');
  // The soonest claim's year opens (2026: the stay's record, not the year of today).
  await tap(page, '#home-deadlines-open');
  await shown(page, '#year-claims').waitFor();
  expect(await text(page, '#year-claims-1-inpatient-manual-resident-due')).toBe('最晚 2027年6月30日（还有 46 天）');
});

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

test.each([
  ['normal', false],
  ['长辈模式', true],
])('(d) the filled-in checklist has no serious or critical axe violation (WCAG 2.1 A/AA), %s', async (_mode, elder) => {
  // axe is injected as a script: the gateway's CSP (script-src 'self') would refuse it, so this context bypasses it.
  const context = await world.browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true });
  await context.addInitScript((on) => window.localStorage.setItem('theme.elder.v1', JSON.stringify({ data: on })), elder);
  const page = await context.newPage();
  try {
    await page.goto(`${world.gateway.url}/#/packages/onething/pages/index/index`);
    await shown(page, '#onething').waitFor();
    await tap(page, '#onething-scheme-choice-employee');
    await tap(page, '#onething-account-choice-yes');
    await tap(page, '#onething-where-choice-elsewhere');
    await tap(page, '#onething-chronic-choice-coronary');
    await shown(page, '#item-cross-direct').waitFor();
    await page.evaluate(AXE);
    const findings = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
  } finally {
    await context.close();
  }
});
