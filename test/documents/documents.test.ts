/**
 * The signed documents as PDF (issue 15): each form laid out as 003 prints it, its text extracted back as a reader
 * gets it, the ID numbers in full only where the form asks for them, and the footer on every one.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import * as apps from '../../server/applications';
import { applicationPdf, DocumentFontMissing } from '../../server/documents';
import { DEFAULT_FONT_PATH, fontPath } from '../../server/documents/font';
import { maskIdNumber } from '../../shared/idcard';
import { FATHER_ID, DAUGHTER_ID, daughter, freshContext, longTermForFather, rejection } from '../applications/helpers';
import { reimbursementByAgent } from './fixtures';
import { count, pdfText } from './pdf-text';

/** Each document as made here, for a person to open and print (test/artifacts/documents/). */
const ARTIFACTS = path.join(__dirname, '..', 'artifacts', 'documents');

const agentAccount = { openid: 'o-daughter' };
const selfAccount = { openid: 'o-father' };

let ctx: ReturnType<typeof freshContext>;
let n = 0;
// 16:30 UTC is 00:30 the next day in China: the date lines must say 12 月 02 日.
const clock = new Date('2026-12-01T16:30:00Z');
beforeEach(() => {
  ctx = freshContext();
  ctx.now = () => clock;
});
afterEach(() => ctx.cleanup());

async function filed(content: object, who = agentAccount, signerName = '张小红') {
  return apps.submit(ctx, who, { requestId: `doc-test-${String(++n).padStart(4, '0')}`, content, commitment: { accepted: true, signerName } });
}

async function pdfOf(id: string, document: 'commitment' | 'voucher') {
  const r = (await ctx.store.getApplication(id))!;
  const t = performance.now();
  const out = await applicationPdf(ctx, r, document);
  const ms = performance.now() - t;
  const { pages, text } = await pdfText(out.bytes);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, out.fileName.replace(/-[A-Z]+-\d{4}-\d+\.pdf$/, '.pdf')), out.bytes);
  // Figures for the report: size and render time of each document.
  process.stdout.write(`[documents] ${out.fileName}: ${out.bytes.length} bytes, ${ms.toFixed(0)} ms, ${pages} page(s)\n`);
  return { ...out, pages, text, ms };
}

/** pdf.js may put spaces between runs; the checks read the text without them. */
const flat = (s: string) => s.replace(/\s+/g, '');

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.subarray(-6).toString('latin1').includes('%%EOF');

/** A document that must be a well-formed PDF of one page; its text without spaces. */
async function onePagePdf(id: string, document: 'commitment' | 'voucher') {
  const pdf = await pdfOf(id, document);
  expect(isPdf(pdf.bytes)).toBe(true);
  expect(pdf.pages).toBe(1);
  return { pdf, text: flat(pdf.text) };
}

test('附件3 委托代理人承诺书: 小写 grouped, 大写 once, both ID numbers in full, the signer, the China date, one page', async () => {
  const a = await filed(reimbursementByAgent());
  const { pdf, text } = await onePagePdf(a.id, 'commitment');
  expect(text).toContain('住院省内异地线上手工报销申请委托代理人承诺书');
  expect(text).toContain('23,800.00元(小写)');
  expect(count(text, '贰万叁仟捌佰元整')).toBe(1);
  expect(text).toContain('贰万叁仟捌佰元整(大写)');
  expect(text).not.toContain('元整元');
  expect(text).toContain(`委托人证件号码:${FATHER_ID}`);
  expect(text).toContain(`受委托代理人证件号码:${DAUGHTER_ID}`);
  expect(text).toContain(`受委托代理人联系电话:${daughter.phone}`);
  expect(text).toContain('受委托代理人(姓名):张小红');
  expect(text).toContain('与委托人关系:子女');
  expect(text).toContain('委托人(患者姓名):张大山');
  expect(text).toContain('医疗机构(名称)山西省人民医院');
  expect(text).toContain('住院时间:2026-10-08(起)2026-10-20(止)');
  expect(text).toContain('受委托代理人(签名)：张小红（张大山的子女）');
  expect(text).toContain('日期：2026年12月02日');
  expect(text).toContain(`业务编号：${a.number}`);
  expect(text).toContain('生成时间：2026-12-0200:30（北京时间）');
  expect(text).toContain('由医保明白纸生成，与线上签署内容一致');
  expect(pdf.fileName).toBe(`住院省内异地线上手工报销申请委托代理人承诺书-${a.number}.pdf`);
});

test('附件2 个人承诺书: the insured signs as 本人, one page, no ID number printed (the form asks none)', async () => {
  const { agent: _agent, ...self } = reimbursementByAgent();
  const a = await filed(self, selfAccount, '张大山');
  const { text } = await onePagePdf(a.id, 'commitment');
  expect(text).toContain('住院省内异地线上手工报销申请个人承诺书');
  expect(text).toContain('本人郑重承诺所提供信息真实、准确、完整、有效');
  expect(text).toContain('申请人(签名)：张大山（参保人本人）');
  expect(text).toContain('日期：2026年12月02日');
  expect(text.match(/\d{17}[\dX]/g)).toBeNull();
});

test('附件1 个人承诺书: the table with the full ID number, 性别 from it, the boxes ticked, the agent signing for him', async () => {
  const a = await filed(longTermForFather());
  const { text } = await onePagePdf(a.id, 'commitment');
  expect(text).toContain('异地就医登记备案个人承诺书');
  expect(text).toContain(`身份证号码${FATHER_ID}`);
  expect(count(text, FATHER_ID)).toBe(1);
  // The agent's number is not on this form.
  expect(text).not.toContain(DAUGHTER_ID);
  // 11010519491231002X: the 17th digit 2 is even → 女.
  expect(text).toContain('□男✓女');
  expect(text).toContain('□职工医保✓居民医保');
  expect(text).toContain('广东省深圳市');
  expect(text).toContain('深圳市南山区某街道1号');
  expect(text).toContain('□异地安置退休人员✓异地长期居住人员□常驻异地工作人员');
  expect(text).toContain('□异地转诊□非急诊且未转诊就医人员');
  expect(text).toContain('6、异地长期居住人员备案成功后,备案地和参保地双向享受医保待遇。');
  expect(text).toContain('承诺人(签名)：张小红（代办人，张大山的子女，代张大山签署）');
  expect(text).toContain('签署日期：2026年12月02日');
  expect(text).toContain('本表由医保经办机构存档,保存期限不少于2年。');
  for (const line of ['经办机构：', '联系电话：', '经办人：', '经办日期：']) expect(text).toContain(line);
  expect(text).toContain(`业务编号：${a.number}`);
});

test('备案凭证: only once accepted, the ID number masked, with 业务编号, what it allows and the footer', async () => {
  const a = await filed(longTermForFather());
  expect(await rejection(pdfOf(a.id, 'voucher'))).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('受理后才有备案凭证') });
  await apps.accept(ctx, { id: a.id, staff: '王经办' });
  const pdf = await pdfOf(a.id, 'voucher');
  expect(isPdf(pdf.bytes)).toBe(true);
  const text = flat(pdf.text);
  expect(text).toContain('异地就医备案凭证');
  expect(text).toContain(`业务编号${a.number}`);
  expect(text).toContain(`张大山${maskIdNumber(FATHER_ID)}`);
  expect(text.match(/\d{17}[\dX]/g)).toBeNull();
  expect(text).toContain('异地长期居住人员备案（长期备案）');
  expect(text).toContain('广东省深圳市');
  expect(text).toContain('在备案地和参保地都可以享受医保待遇（双向享受）');
  expect(text).toContain('受理时间2026-12-0200:30（北京时间）');
  expect(text).toContain('由医保明白纸生成，与线上签署内容一致');
  expect(pdf.fileName).toBe(`异地就医备案凭证-${a.number}.pdf`);
});

test('a 手工报销 has no 凭证; a draft without a signature has no commitment', async () => {
  const a = await filed(reimbursementByAgent());
  await apps.accept(ctx, { id: a.id, staff: '王经办' });
  expect(await rejection(pdfOf(a.id, 'voucher'))).toMatchObject({ code: 'INVALID_STATE', message: '这类申请没有备案凭证。' });
  const draft = await apps.createDraft(ctx, agentAccount, { content: longTermForFather() });
  expect(await rejection(pdfOf(draft.id, 'commitment'))).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('还没有签署承诺书') });
});

test('the font missing: a clear Chinese error naming the path and what to do', async () => {
  const a = await filed(reimbursementByAgent());
  const r = (await ctx.store.getApplication(a.id))!;
  const missing = path.join(os.tmpdir(), 'no-such-font.ttc');
  expect(fs.existsSync(missing)).toBe(false);
  const e = await rejection(applicationPdf(ctx, r, 'commitment', { YIBAO_PDF_FONT: missing }));
  expect(e).toBeInstanceOf(DocumentFontMissing);
  expect(e.message).toContain(missing);
  expect(e.message).toContain('YIBAO_PDF_FONT');
  expect(fontPath({})).toBe(DEFAULT_FONT_PATH);
});

test('附件1 for a temporary filing: 异地转诊 ticked for a referral; 其他临时外出就医 has no box of its own, and the row says so', async () => {
  const base = longTermForFather();
  const referral = await filed({ ...base, remoteFiling: { kind: 'referral', scheme: 'employee', destination: { province: '北京市', city: '北京市' } } });
  const r = flat((await pdfOf(referral.id, 'commitment')).text);
  expect(r).toContain('✓异地转诊□非急诊且未转诊就医人员');
  expect(r).toContain('✓职工医保□居民医保');
  // A name that already ends in its unit is not given a second one.
  expect(r).toContain('北京市北京市');
  expect(r).not.toContain('北京市省');
  const other = await filed({ ...base, remoteFiling: { kind: 'otherTemporary', scheme: 'resident', destination: { province: '河北', city: '石家庄' } } });
  const o = flat((await pdfOf(other.id, 'commitment')).text);
  expect(o).toContain('□异地转诊□非急诊且未转诊就医人员所选：其他临时外出就医人员备案（附件1无此选项）');
  expect(o).not.toContain('✓异地');
  expect(o).toContain('河北省石家庄市');
});
