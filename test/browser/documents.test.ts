/**
 * Issue 15, "The signed documents": on the real H5 build, a 备案 filed by a daughter for her father and accepted by
 * staff shows its 凭证 on the detail page; 保存备案凭证（PDF） and 保存承诺书（PDF） download real PDFs under their own
 * names, whose text is read back (unpdf) and checked — the ID number masked on the 凭证, in full on 附件1. A 手工报销
 * filed by her as 委托代理人 downloads its 委托代理人承诺书: 23,800.00 小写, 贰万叁仟捌佰元整 once, both ID numbers. A
 * download that fails says what to do. Screenshots of the pages and of the PDFs' first pages in test/artifacts/.
 */
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import * as apps from '../../server/applications';
import type { Gateway } from '../../server/gateway/server';
import { maskIdNumber } from '../../shared/idcard';
import { DAUGHTER_ID, FATHER_ID, longTermForFather } from '../applications/helpers';
import { reimbursementByAgent } from '../documents/fixtures';
import { firstPagePng } from '../documents/page-image';
import { count, pdfText } from '../documents/pdf-text';
import { phoneOf, startH5World, stopH5World } from './harness';
import { ARTIFACTS, screenshot, shown, tap, text } from './page';

jest.setTimeout(240_000);

let gateway: Gateway;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  ({ gateway, browser, dataDir } = await startH5World('yibao-documents-'));
});

afterAll(() => stopH5World({ gateway, browser, dataDir }));

let n = 0;
/** Files as the named development user through the gateway's API, as the app itself would. */
async function fileAs(user: string, content: object, signerName: string): Promise<{ id: string; number: string }> {
  const login = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const res = await fetch(`${gateway.url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-session': token },
    body: JSON.stringify({ action: 'submit', requestId: `docs-browser-${String(++n).padStart(4, '0')}`, content, commitment: { accepted: true, signerName } }),
  });
  const body = (await res.json()) as { ok: boolean; data: { id: string; number: string } };
  expect(body.ok).toBe(true);
  return body.data;
}

/** Taps a save button and takes the download the browser makes of it: its name and its bytes. */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), tap(page, selector)]);
  const file = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(file!) };
}

async function keepPdf(bytes: Buffer, name: string): Promise<void> {
  writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), bytes);
  writeFileSync(path.join(ARTIFACTS, `${name}.png`), await firstPagePng(browser, bytes));
}

const flat = (s: string) => s.replace(/\s+/g, '');

test('an accepted 备案: the 凭证 on the detail page, saved as PDF with the number masked; its 附件1 with the number in full', async () => {
  const user = 'docs-browser-daughter';
  const a = await fileAs(user, longTermForFather(), '张小红');
  await apps.accept(gateway.app, { id: a.id, staff: '王经办' });
  const { context, page } = await phoneOf(browser, gateway.url, user);
  try {
    await page.goto(`${gateway.url}/#/packages/apply/pages/detail/index?id=${a.id}`);
    await shown(page, '#detail-voucher').waitFor();
    expect(await text(page, '#voucher-save')).toBe('保存备案凭证（PDF）');

    const voucher = await download(page, '#voucher-save');
    expect(voucher.name).toBe(`异地就医备案凭证-${a.number}.pdf`);
    expect(voucher.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const vt = flat((await pdfText(voucher.bytes)).text);
    expect(vt).toContain('异地就医备案凭证');
    expect(vt).toContain(`业务编号${a.number}`);
    expect(vt).toContain(`张大山${maskIdNumber(FATHER_ID)}`);
    expect(vt).not.toContain(FATHER_ID);
    expect(vt).toContain('在备案地和参保地都可以享受医保待遇（双向享受）');
    expect(await text(page, '#voucher-save-note')).toBe(`已下载《${voucher.name}》：在浏览器的“下载”里可以找到，可以打印或转发。`);
    await screenshot(page, '#apply-detail', 'documents-voucher-saved.png');
    await keepPdf(voucher.bytes, 'documents-voucher');

    const commitment = await download(page, '#detail-commitment-save');
    expect(commitment.name).toBe(`异地就医登记备案个人承诺书-${a.number}.pdf`);
    const ct = flat((await pdfText(commitment.bytes)).text);
    expect(ct).toContain(`身份证号码${FATHER_ID}`);
    expect(ct).toContain('承诺人(签名)：张小红（代办人，张大山的子女，代张大山签署）');
    expect(ct).toContain('✓异地长期居住人员');
    await keepPdf(commitment.bytes, 'documents-filing-commitment');

    // A download that does not arrive says what to do, beside the button tapped.
    await page.route('**/documents/**', (route) => route.abort());
    await tap(page, '#voucher-save');
    await shown(page, '#voucher-save-note.error-text').waitFor();
    expect(await text(page, '#voucher-save-note')).toBe('没能下载这份 PDF：请检查网络后再点一次“保存”。');
    await page.unroute('**/documents/**');
    await page.route('**/documents/**', (route) => route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: '未找到' }));
    await tap(page, '#detail-commitment-save');
    await shown(page, '#detail-commitment-save-note.error-text').waitFor();
    expect(await text(page, '#detail-commitment-save-note')).toBe('链接已过期或这份文件暂时取不到：请再点一次“保存”。');
  } finally {
    await context.close();
  }
});

test('a 手工报销 filed by her as 委托代理人: its 委托代理人承诺书 PDF with the amount and both ID numbers', async () => {
  const user = 'docs-browser-agent';
  const a = await fileAs(user, reimbursementByAgent(), '张小红');
  const { context, page } = await phoneOf(browser, gateway.url, user);
  try {
    await page.goto(`${gateway.url}/#/packages/apply/pages/detail/index?id=${a.id}`);
    await shown(page, '#detail-commitment').waitFor();
    // Not a 备案: no 凭证 and no button for one.
    expect(await page.locator('#voucher-save').count()).toBe(0);
    const commitment = await download(page, '#detail-commitment-save');
    expect(commitment.name).toBe(`住院省内异地线上手工报销申请委托代理人承诺书-${a.number}.pdf`);
    const { pages, text: raw } = await pdfText(commitment.bytes);
    expect(pages).toBe(1);
    const t = flat(raw);
    expect(t).toContain('23,800.00元(小写)');
    expect(count(t, '贰万叁仟捌佰元整')).toBe(1);
    expect(t).toContain(`委托人证件号码:${FATHER_ID}`);
    expect(t).toContain(`受委托代理人证件号码:${DAUGHTER_ID}`);
    expect(t).toContain('受委托代理人(签名)：张小红（张大山的子女）');
    await screenshot(page, '#apply-detail', 'documents-commitment-saved.png');
    await keepPdf(commitment.bytes, 'documents-agent-commitment');
  } finally {
    await context.close();
  }
});
