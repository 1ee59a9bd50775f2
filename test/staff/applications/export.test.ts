/**
 * Exports of the staff console (server/staff/applications/export.ts, documents.ts): the queue as XLSX — every page of
 * the current filters, read back with exceljs, China times, masked ID numbers, refused above the stated maximum
 * rather than cut — and each application's PDF, the same bytes the applicant saves, only within the staff member's
 * scope. Through the handlers on both stores, and behind the real router for the headers and the attacker's side.
 */
import ExcelJS from 'exceljs';
import { performance } from 'perf_hooks';
import { ADAPTERS, type TestContext } from '../../applications/adapters';
import { freshContext, FATHER_ID, rejection } from '../../applications/helpers';
import { pdfText } from '../../documents/pdf-text';
import { EXPORT_COLUMNS, EXPORT_MAX_ROWS } from '../../../server/staff/applications/export';
import type { RawAnswer } from '../../../server/staff/route';
import type { StaffHttpContext } from '../../../server/staff/http';
import { staffApplicationRoutes } from '../../../server/staff/routes';
import { maskIdNumber } from '../../../shared/idcard';
import { REVIEWER_PASSWORD, seedUsers, staffClient, testClock } from '../helpers';
import { BAZHONG_ALL, TAIYUAN, TONGJIANG, call, copyOf, filed } from './world';

const TJ = { region: 'bazhong', area: '通江县' };
const PINGCHANG = { region: 'bazhong', area: '平昌县' };

async function sheetOf(answer: unknown): Promise<string[][]> {
  const raw = (answer as RawAnswer).raw;
  expect(raw.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(raw.fileName).toMatch(/^申请队列-\d{12}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(raw.bytes);
  const sheet = book.getWorksheet('申请队列')!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

const flat = (s: string) => s.replace(/\s+/g, '');

describe.each(ADAPTERS)('staff exports (%s)', (_name, make) => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = make();
  });
  afterEach(() => ctx.cleanup());

  test('every page of the filtered queue, one row each, China times and masked IDs; another region exports none of it', async () => {
    // 16:30 UTC is 00:30 the next day in China.
    const first = await filed(ctx, '2026-12-01T16:30:00.000Z', TJ);
    for (let i = 0; i < 120; i++) await copyOf(ctx, first, `2026-12-02T0${i % 10}:00:00.000Z`);
    await copyOf(ctx, first, '2026-12-02T03:00:00.000Z', { office: PINGCHANG });
    ctx.clock.at = new Date('2026-12-03T01:00:00.000Z');

    const page = (await call(ctx, TONGJIANG, 'GET', '/applications?status=all')) as { total: number };
    expect(page.total).toBe(121);
    const rows = await sheetOf(await call(ctx, TONGJIANG, 'GET', '/applications/export.xlsx?status=all&limit=5&cursor=abc'));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.length - 1).toBe(page.total);
    const own = rows.find((r) => r[0] === first.number)!;
    expect(own).toEqual([first.number, '异地就医备案', '已提交，待受理', `${'张大山'} ${maskIdNumber(FATHER_ID)}`, expect.stringContaining('（子女）'), '巴中市 通江县', '2026-12-02 00:30', expect.stringMatching(/^2026-12-02 00:30 申请人：已提交，待受理$/)]);
    expect(rows.flat().join('|')).not.toContain(FATHER_ID);
    // Oldest first, as the queue.
    expect(rows[1][0]).toBe(first.number);

    // The region's chief sees both counties; a filter narrows it; 太原 gets an empty sheet, not 巴中's rows.
    expect((await sheetOf(await call(ctx, BAZHONG_ALL, 'GET', '/applications/export.xlsx?status=all'))).length - 1).toBe(122);
    expect((await sheetOf(await call(ctx, BAZHONG_ALL, 'GET', '/applications/export.xlsx?status=all&area=平昌县'))).length - 1).toBe(1);
    expect((await sheetOf(await call(ctx, TONGJIANG, 'GET', '/applications/export.xlsx?status=all&area=平昌县'))).length - 1).toBe(0);
    expect((await sheetOf(await call(ctx, TAIYUAN, 'GET', '/applications/export.xlsx?status=all'))).length - 1).toBe(0);
    expect(await rejection(call(ctx, TONGJIANG, 'GET', '/applications/export.xlsx?from=2026-13-01'))).toMatchObject({ code: 'INVALID_INPUT', field: 'from' });
  });

  test('the commitment and, once accepted, the 凭证 as the applicant’s PDF; out of scope or unknown is NOT_FOUND', async () => {
    const r = await filed(ctx, '2026-12-01T02:00:00.000Z', TJ);
    ctx.clock.at = new Date('2026-12-01T06:00:00.000Z');
    const commitment = (await call(ctx, TONGJIANG, 'GET', `/applications/${r.number}/documents/commitment.pdf`)) as RawAnswer;
    expect(commitment.raw.contentType).toBe('application/pdf');
    expect(commitment.raw.fileName).toMatch(/\.pdf$/);
    const text = flat((await pdfText(commitment.raw.bytes)).text);
    expect(text).toContain(r.number!);
    expect(text).toContain('承诺');

    expect(await rejection(call(ctx, TONGJIANG, 'GET', `/applications/${r.id}/documents/voucher.pdf`))).toMatchObject({ code: 'INVALID_STATE' });
    await call(ctx, TONGJIANG, 'POST', `/applications/${r.id}/accept`, {});
    const voucher = (await call(ctx, TONGJIANG, 'GET', `/applications/${r.id}/documents/voucher.pdf`)) as RawAnswer;
    expect(flat((await pdfText(voucher.raw.bytes)).text)).toContain('备案凭证');

    for (const path of [`/applications/${r.id}/documents/voucher.pdf`, `/applications/${r.number}/documents/commitment.pdf`]) {
      expect(await rejection(call(ctx, TAIYUAN, 'GET', path))).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await rejection(call(ctx, TONGJIANG, 'GET', `/applications/${r.id}/documents/passport.pdf`))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejection(call(ctx, TONGJIANG, 'GET', '/applications/nope0000/documents/commitment.pdf'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

test(`above ${EXPORT_MAX_ROWS} rows the export is refused in Chinese, not cut`, async () => {
  const base = freshContext();
  const clock = { at: new Date('2026-12-01T02:00:00.000Z') };
  const ctx = Object.assign(base, { clock, now: () => clock.at });
  try {
    const first = await filed(ctx, '2026-12-01T01:00:00.000Z', TJ);
    const t = performance.now();
    for (let i = 0; i < EXPORT_MAX_ROWS; i++) await copyOf(ctx, first, '2026-12-01T01:30:00.000Z');
    process.stdout.write(`[export] ${EXPORT_MAX_ROWS} copies inserted in ${(performance.now() - t).toFixed(0)} ms\n`);
    const refused = await rejection(call(ctx, TONGJIANG, 'GET', '/applications/export.xlsx'));
    expect(refused).toMatchObject({ code: 'INVALID_INPUT' });
    expect(refused.message).toBe(`符合条件的申请有 ${EXPORT_MAX_ROWS + 1} 件，一次最多导出 ${EXPORT_MAX_ROWS} 件：请按日期、类型或状态缩小范围后分次导出`);
    // Narrowed (here by its business number), it goes through.
    const t2 = performance.now();
    const rows = await sheetOf(await call(ctx, TONGJIANG, 'GET', `/applications/export.xlsx?q=${encodeURIComponent(first.number!)}`));
    expect(rows.length - 1).toBe(1);
    process.stdout.write(`[export] one-row export in ${(performance.now() - t2).toFixed(0)} ms\n`);
  } finally {
    await ctx.cleanup();
  }
}, 120_000);

test('behind the router: the file with its headers; 随县 gets nothing of 巴中’s', async () => {
  const clock = testClock();
  const base = freshContext();
  const at = { at: clock.now() };
  const app = Object.assign(base, { clock: at, now: () => at.at });
  const ctx: StaffHttpContext = { app, production: false, routes: staffApplicationRoutes() };
  try {
    await seedUsers(app);
    const r = await filed(app, '2026-12-01T01:00:00.000Z', TJ);
    app.clock.at = new Date('2026-12-01T02:00:00.000Z');
    const tj = staffClient(ctx, '10.0.0.3');
    await tj.login('li.tj', REVIEWER_PASSWORD);
    const xlsx = await tj.call('GET', '/applications/export.xlsx', undefined, {}, { status: 'all' });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect((await sheetOf({ raw: { contentType: xlsx.headers['content-type'], bytes: xlsx.body, fileName: '申请队列-202612011000.xlsx' } })).length).toBe(2);
    const pdf = await tj.call('GET', `/applications/${r.id}/documents/commitment.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const sx = staffClient(ctx, '10.0.0.2');
    await sx.login('wang.sx', REVIEWER_PASSWORD);
    const theirs = await sx.call('GET', '/applications/export.xlsx', undefined, {}, { status: 'all' });
    expect((await sheetOf({ raw: { contentType: theirs.headers['content-type'], bytes: theirs.body, fileName: '申请队列-202612011000.xlsx' } })).length).toBe(1);
    expect((await sx.call('GET', `/applications/${r.id}/documents/commitment.pdf`)).json).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const admin = staffClient(ctx, '10.0.0.4');
    await admin.login('admin', 'Chief-pass-2026');
    expect((await admin.call('GET', '/applications/export.xlsx')).json).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  } finally {
    await app.cleanup();
  }
});
