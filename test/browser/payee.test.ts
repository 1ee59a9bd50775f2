/**
 * Issue 15, "What happens next": a daughter files a 手工报销 for her father on the H5 build with the 收款账户 — his own
 * card (004 第二章 十七问 "本人姓名的银行卡"), shown grouped as she types, a Luhn miss only a warning — and afterwards sees
 * only the masked number: on the commit page, on the detail page, and on the form when staff return it naming 收款账户,
 * where "修改" takes a new number that replaces the old. The 报销的钱 block says what is claimed, where it is paid,
 * and that the amount reimbursed is not estimated (no 山西 起付线 or 报销比例 in the documents). 长辈模式 at 360 px.
 */
import { spawnSync } from 'child_process';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { Gateway } from '../../server/gateway/server';
import { addDays, todayInChina } from '../../shared/dates';
import { REIMBURSEMENT_AMOUNT_NOTE } from '../../shared/applications/manual-reimbursement/amount';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';
import { phoneOf, startH5World, stopH5World } from './harness';
import { addFamilyMember, ARTIFACTS, inputValue, screenshot, shown, tap, text, type, waitText, fillDate } from './page';

jest.setTimeout(240_000);

const BIN = path.resolve(__dirname, '../../bin/yibao.js');
const CARD = '6222021234567894';
const NEW_CARD = '6217001234567893';

let gateway: Gateway;
let browser: Browser;
let dataDir: string;
const logs: string[] = [];

beforeAll(async () => {
  ({ gateway, browser, dataDir } = await startH5World('yibao-payee-', (line) => logs.push(line)));
});

afterAll(() => stopH5World({ gateway, browser, dataDir }));

function staff(...args: string[]): string {
  const r = spawnSync(process.execPath, [BIN, 'staff', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dataDir } });
  if (r.status !== 0) throw new Error(`yibao staff ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

const grouped = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');
function holdsCard(s: string, card: string): boolean {
  return s.includes(card) || s.includes(grouped(card));
}

/** What the phone shows and keeps: the page's text and the app's storage. */
async function everything(page: Page): Promise<string> {
  const stored = await page.evaluate(() => JSON.stringify({ ...window.localStorage }));
  return (await page.content()) + stored;
}

test('a daughter files a 手工报销 for her father with his card; afterwards only the masked number is shown anywhere', async () => {
  const { context, page } = await phoneOf(browser, gateway.url, 'payee-daughter');
  try {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${gateway.url}/#/pages/index/index`);
    await tap(page, '#elder-toggle');
    await waitText(page, '#elder-state', '已开启');
    await tap(page, '#task-filing');
    await tap(page, '#apply-type-manualReimbursement');
    // 参保地 (another piece of issue 15): any 山西 office takes it; the first one offered.
    const area = page.locator('[id^="apply-office-area-"] >> visible=true').first();
    if ((await area.count()) > 0) await area.click();
    await tap(page, '#apply-next');
    await addFamilyMember(page, { name: '张大山', relation: 'parent', idNumber: FATHER_ID });
    await tap(page, '#who-next');

    await shown(page, '#form-agent').waitFor();
    const today = todayInChina();
    await type(page, 'principal-phone', '13800005678');
    await type(page, 'agent-name', '张小红');
    await type(page, 'agent-id', DAUGHTER_ID);
    await type(page, 'agent-phone', '13900001234');
    await type(page, 'hospital', '太原市某医院');
    await fillDate(page, 'admission', addDays(today, -12));
    await fillDate(page, 'discharge', addDays(today, -3));
    await type(page, 'amount', '23800');

    // 收款账户: the payee is the father by name, not a box; the number grouped as typed; checked as she leaves it.
    expect(await text(page, '#payee-name')).toBe('张大山（参保人本人，须为本人姓名的银行卡）');
    expect(await text(page, '#payee-source')).toContain('第二章 十七问');
    expect(await page.locator('#form-payee input').count()).toBe(2);
    await type(page, 'payee-bank', '中国工商银行太原迎泽支行');
    await type(page, 'payee-account', '1380000');
    await tap(page, '#payee-bank');
    await waitText(page, '#field-payee-account-error', '须为 12–19 位数字，现在是 7 位');
    await type(page, 'payee-account', '6222021234567895');
    expect(await inputValue(page, 'payee-account')).toBe('6222 0212 3456 7895');
    await tap(page, '#payee-bank');
    await shown(page, '#payee-account-warning').waitFor();
    expect(await text(page, '#payee-account-warning')).toMatch(/^请核对卡号/);
    expect(await page.locator('#field-payee-account-error').count()).toBe(0);
    // A tap on the edge of the box focuses the input, like every other box.
    const box = (await shown(page, '#field-payee-account .text-box').boundingBox())!;
    await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
    await page.waitForFunction(() => document.activeElement?.closest('#payee-account') !== null && document.activeElement?.tagName === 'INPUT');
    await type(page, 'payee-account', CARD);
    expect(await inputValue(page, 'payee-account')).toBe(grouped(CARD));
    await tap(page, '#payee-bank');
    expect(await page.locator('#payee-account-warning >> visible=true').count()).toBe(0);
    // 长辈模式: the number at the figure size, the box a full touch target.
    expect(await shown(page, '#payee-account').locator('input').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(18);
    expect((await shown(page, '#field-payee-account .text-box').boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(56);
    await screenshot(page, '#apply-form', 'payee-form-elder-360.png');
    await shown(page, '#form-payee').screenshot({ path: path.join(ARTIFACTS, 'payee-block-elder-360.png') });
    await tap(page, '#form-next');

    // Saved: the phone no longer keeps the number.
    await shown(page, '#mat-next').waitFor();
    expect(holdsCard(await everything(page), CARD)).toBe(false);
    await tap(page, '#mat-next');

    // Before signing: what is claimed, where it goes, and that the amount reimbursed is not estimated.
    await shown(page, '#commit-money').waitFor();
    expect(await text(page, '#commit-money-claimed')).toBe('23,800.00 元');
    expect(await text(page, '#commit-money-claimed-words')).toBe('贰万叁仟捌佰元整');
    expect(await text(page, '#commit-money-payee')).toBe('张大山（参保人本人）');
    expect(await text(page, '#commit-money-account')).toBe('6222 **** **** 7894');
    expect(await text(page, '#commit-money-note')).toBe(REIMBURSEMENT_AMOUNT_NOTE);
    await screenshot(page, '#apply-commit', 'payee-commit-elder-360.png');
    await type(page, 'signer-name', '张小红');
    await tap(page, '#commit-accept');
    await tap(page, '#commit-submit');
    await page.waitForURL(/pages\/detail\/index/);
    await waitText(page, '#detail-status', '已提交，待受理');
    const id = /[?&]id=([A-Za-z0-9_-]+)/.exec(page.url())![1];

    expect(await text(page, '#detail-money-account')).toBe('6222 **** **** 7894');
    expect(await text(page, '#detail-money-bank')).toBe('中国工商银行太原迎泽支行');
    expect(await text(page, '#detail-money-note')).toBe(REIMBURSEMENT_AMOUNT_NOTE);
    expect(await text(page, '#detail-money')).toContain('山西省就医费用报销一件事办事指南');
    // The masked number breaks only between its groups at 360 px in 长辈模式.
    const groups = await page.locator('#detail-money-account .account-group >> visible=true').evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(groups).toEqual([1, 1, 1, 1]);
    expect(holdsCard(await everything(page), CARD)).toBe(false);
    await screenshot(page, '#apply-detail', 'payee-detail-elder-360.png');
    await shown(page, '#detail-money').screenshot({ path: path.join(ARTIFACTS, 'payee-money-elder-360.png') });

    // Staff return it naming 收款账户; the fixing page marks it and shows only the masked number, with 修改.
    const shownToStaff = staff('return', id, '--staff', '王经办', '--reason', '收款账户请核对', '--field', 'manualReimbursement.payee');
    expect(holdsCard(shownToStaff, CARD)).toBe(false);
    await page.reload();
    await waitText(page, '#detail-status', '已退回，待修改');
    await tap(page, '#detail-edit');
    await shown(page, '#form-returned').waitFor();
    expect(await text(page, '#form-return-fields')).toBe('要改的内容：收款账户');
    expect(await text(page, '#field-payee-account-flag')).toBe('退回时指出');
    expect(await text(page, '#payee-account-masked')).toBe('6222 **** **** 7894');
    expect(await page.locator('#payee-account >> visible=true').count()).toBe(0);
    await screenshot(page, '#apply-form', 'payee-form-returned.png');
    await shown(page, '#form-payee').screenshot({ path: path.join(ARTIFACTS, 'payee-block-returned.png') });
    await tap(page, '#payee-account-change');
    expect(await inputValue(page, 'payee-account')).toBe('');
    await type(page, 'payee-account', NEW_CARD);
    await tap(page, '#form-next');
    await tap(page, '#mat-next');
    await shown(page, '#commit-money').waitFor();
    expect(await text(page, '#commit-money-account')).toBe('6217 **** **** 7893');
    await type(page, 'signer-name', '张小红');
    await tap(page, '#commit-accept');
    await tap(page, '#commit-submit');
    await page.waitForURL(/pages\/detail\/index/);
    await waitText(page, '#detail-status', '已提交，待受理');
    expect(await text(page, '#detail-money-account')).toBe('6217 **** **** 7893');
    const shown2 = await everything(page);
    expect(holdsCard(shown2, CARD) || holdsCard(shown2, NEW_CARD)).toBe(false);
    const staffView = staff('show', id);
    expect(staffView).toContain('6217 **** **** 7893');
    expect(holdsCard(staffView, CARD) || holdsCard(staffView, NEW_CARD)).toBe(false);
    expect(logs.some((l) => holdsCard(l, CARD) || holdsCard(l, NEW_CARD))).toBe(false);
  } finally {
    await context.close();
  }
});
