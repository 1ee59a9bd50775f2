/**
 * The estimate wizard's steps are browser history entries (pages/form/step-history.ts), on the real H5 build: the
 * browser's back goes to the previous step with her answers, forward goes on again, a reload keeps the step and
 * the answers, the title bar's back arrow steps back too, and back from step 1 leaves the wizard as before.
 */
import type { Browser, Page } from 'playwright-core';
import { startH5World, stopH5World } from './harness';
import { onStep, screenshot, shown, stepNext, tap, type } from './page';

jest.setTimeout(180_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  ({ gateway, browser, dataDir } = await startH5World('yibao-estimate-history-'));
});

afterAll(() => stopH5World({ gateway, browser, dataDir }));

async function checked(page: Page, id: string): Promise<string | null> {
  return shown(page, `#${id}`).getAttribute('aria-checked');
}

async function formCount(page: Page): Promise<number> {
  return page.locator('#estimate-form').count();
}

async function openForm(page: Page): Promise<void> {
  await page.goto(`${gateway.url}/#/pages/index/index`);
  await tap(page, '#task-estimate');
  await onStep(page, 1);
}

test('back and forward move between steps, a reload keeps the step, back from step 1 leaves', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await openForm(page);
    await stepNext(page, 2);
    await tap(page, '#scheme-employee');
    await stepNext(page, 3);
    await tap(page, '#facility-level2');

    // Back from step 3: step 2, with 职工 still chosen; the form is the same page, not a new one.
    await page.goBack();
    await onStep(page, 2);
    expect(await checked(page, 'scheme-employee')).toBe('true');
    expect(await formCount(page)).toBe(1);

    // Forward: step 3 again, the hospital level kept.
    await page.goForward();
    await onStep(page, 3);
    expect(await checked(page, 'facility-level2')).toBe('true');

    await stepNext(page, 4);
    await tap(page, '#place-local');

    // A reload on step 4 stays on step 4 with the answers; back then still goes to step 3.
    await page.reload();
    await onStep(page, 4);
    expect(await checked(page, 'place-local')).toBe('true');
    await page.goBack();
    await onStep(page, 3);
    expect(await checked(page, 'facility-level2')).toBe('true');
    await page.goBack();
    await onStep(page, 2);
    await page.goBack();
    await onStep(page, 1);

    // Back from step 1 leaves the wizard (after the reload the home page is loaded afresh).
    await page.goBack();
    await shown(page, '#task-estimate').waitFor();
    expect(page.url()).toContain('/pages/index/index');
    expect(await page.locator('#estimate-form >> visible=true').count()).toBe(0);
  } finally {
    await context.close();
  }
});

test('the title bar arrow and 上一步 step back; the result page goes back to the last step', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await openForm(page);
    await stepNext(page, 2);
    await tap(page, '#scheme-resident');
    await stepNext(page, 3);

    // Taro's title bar arrow (navigateBack → history.go(-1)) goes to step 2, not out of the form.
    await shown(page, '#taro-navigation-bar .taro-navigation-bar-back').click();
    await onStep(page, 2);
    expect(await checked(page, 'scheme-resident')).toBe('true');
    await page.goForward();
    await onStep(page, 3);

    // 上一步 goes through the history too: forward after it returns to where she was.
    await tap(page, '#step-back');
    await onStep(page, 2);
    await page.goForward();
    await onStep(page, 3);

    await tap(page, '#facility-level3');
    await stepNext(page, 4);
    await tap(page, '#place-local');
    await stepNext(page, 5);
    await type(page, 'total-cost', '23800');
    await type(page, 'in-scope-cost', '21000');
    await stepNext(page, 6);
    await tap(page, '#step-next');
    await shown(page, '#key-personal-pay').waitFor();

    // Back from the result: the form's last step; back again: the step before it, the bill still typed.
    await page.goBack();
    await onStep(page, 6);
    await page.goBack();
    await onStep(page, 5);
    expect(await shown(page, '#total-cost').locator('input').inputValue()).toBe('23800');
    await screenshot(page, '#estimate-form', 'estimate-history-back-to-bill.png');

    // 清空重填 on step 5 goes back to step 1 (its entry), and back from there leaves.
    await tap(page, '#form-restart');
    await onStep(page, 1);
    await page.goBack();
    await shown(page, '#task-estimate').waitFor();
    expect(page.url()).toContain('/pages/index/index');
  } finally {
    await context.close();
  }
});

test('after changing the kind of care on step 1, forward shows the new steps and back stays in line', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await openForm(page);
    await stepNext(page, 2);
    await tap(page, '#scheme-resident');
    await stepNext(page, 3);
    await tap(page, '#facility-level2');
    await stepNext(page, 4);

    // Back to step 1 and change the kind of care: 生育 asks other questions from step 3 on.
    await page.goBack();
    await onStep(page, 3);
    await page.goBack();
    await onStep(page, 2);
    await page.goBack();
    await onStep(page, 1);
    await tap(page, '#visit-type-maternity');

    // Forward: step 2 with the scheme still chosen, then step 3 is 生育情况 (not 医院等级), not answered yet.
    await page.goForward();
    await onStep(page, 2);
    expect(await checked(page, 'scheme-resident')).toBe('true');
    await page.goForward();
    await onStep(page, 3);
    expect(await shown(page, '#step-progress-text').textContent()).toContain('生育情况');
    expect(await checked(page, 'event-delivery')).toBe('false');
    // 下一步 checks it as always; back goes to step 2.
    await tap(page, '#step-next');
    await shown(page, '.field--error').waitFor();
    await onStep(page, 3);
    await page.goBack();
    await onStep(page, 2);
  } finally {
    await context.close();
  }
});
