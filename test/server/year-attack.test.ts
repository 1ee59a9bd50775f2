/**
 * Attacks on the year record (issue 14): another account's family member, a guessed id, a deleted member, payloads
 * too large or malformed in every way, a flood of syncs, stale copies after a deletion, a visit outside the year.
 * Every refusal is a Chinese INVALID_INPUT / NOT_FOUND / CONFLICT / RATE_LIMITED answer that names the field and
 * changes nothing; nothing answers INTERNAL.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { respond } from '../../server/respond';
import { familyFunction } from '../../server/functions/family';
import { startGateway, type Gateway } from '../../server/gateway/server';
import { DEFAULT_LIMITS } from '../../server/gateway/limits';
import { YEAR_SYNC_LIMITS } from '../../server/year/limits';
import { PERSON_NOT_FOUND } from '../../server/year/access';
import { MAX_YEAR_ENTRIES, MAX_YEAR_ENTRY_BYTES, MAX_YEAR_TOMBSTONES, utf8Bytes } from '../../shared/schemas/year';
import type { AppContext, Identity } from '../../server/applications/context';
import { counts, FATHER_ID } from '../applications/helpers';
import { ADAPTERS, call, entry, entryOfBytes, tombstone, yearGet, yearSync, type YearContext } from './year-fixtures';

const ME = { openid: 'o-zhang-xiaohong' };
const OTHER = { openid: 'o-stranger' };
const father = { name: '张大山', idNumber: FATHER_ID, relation: 'parent', phone: '13800005678' };
const HAN = /[\u4e00-\u9fa5]/;

/** The envelope the function answers with; an internal error is logged and fails the test. */
async function answer(ctx: AppContext, who: Identity, event: unknown): Promise<{ ok: boolean; code?: string; message?: string; field?: string; data?: unknown }> {
  const internal: string[] = [];
  const r = (await respond(() => familyFunction.handle(ctx, who, event), (line) => internal.push(line))) as never;
  expect(internal).toEqual([]);
  return r;
}

function nested(depth: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe.each(ADAPTERS)('%s', (_name, open) => {
  let ctx: YearContext;
  beforeEach(() => (ctx = open()));
  afterEach(() => ctx.cleanup());

  const saveFather = async (who: Identity = ME) => ((await call(ctx, who, 'save', father)) as { id: string }).id;

  test("another account's family member, a guessed id and a deleted member get one and the same NOT_FOUND, and nothing changes", async () => {
    const theirs = await saveFather(OTHER);
    await yearSync(ctx, OTHER, theirs, 2026, [entry('their-0001', '2026-02-03')]);
    const deleted = await saveFather(ME);
    await call(ctx, ME, 'delete', { id: deleted });
    const before = await counts(ctx);
    const refusals = [];
    for (const person of [theirs, 'f'.repeat(32), '0123456789abcdef0123456789abcdef', deleted]) {
      for (const event of [
        { action: 'yearGet', person, year: 2026 },
        { action: 'yearSync', person, year: 2026, entries: [entry('mine-0001', '2026-02-03')] },
      ]) {
        refusals.push(await answer(ctx, ME, event));
      }
    }
    expect(new Set(refusals.map((r) => JSON.stringify(r)))).toEqual(new Set([JSON.stringify({ ok: false, code: 'NOT_FOUND', message: PERSON_NOT_FOUND, field: 'person' })]));
    expect(await counts(ctx)).toEqual(before);
    // Their record is untouched.
    expect((await yearGet(ctx, OTHER, theirs, 2026)).entries.map((e) => e.id)).toEqual(['their-0001']);
  });

  test('malformed requests of every shape are refused in Chinese, naming the field, and write nothing', async () => {
    const good = entry('phone-a-0001', '2026-02-03');
    const deep = nested(20_000);
    const withEntries = (entries: unknown) => ({ action: 'yearSync', person: 'self', year: 2026, entries });
    const withEntry = (over: object) => withEntries([{ ...good, ...over }]);
    const cases: [unknown, string | undefined][] = [
      [null, undefined],
      [[], undefined],
      [42, undefined],
      ['yearSync', undefined],
      [{ action: 'yearSync' }, 'person'],
      [{ action: 'yearGet', person: null, year: 2026 }, 'person'],
      [{ action: 'yearGet', person: 'Self', year: 2026 }, 'person'],
      [{ action: 'yearGet', person: 'F'.repeat(32), year: 2026 }, 'person'],
      [{ action: 'yearGet', person: 'f'.repeat(33), year: 2026 }, 'person'],
      [{ action: 'yearGet', person: ['self'], year: 2026 }, 'person'],
      [{ action: 'yearGet', person: { $ne: null }, year: 2026 }, 'person'],
      [{ action: 'yearGet', person: 'self', year: '2026' }, 'year'],
      [{ action: 'yearGet', person: 'self', year: 2026.5 }, 'year'],
      [{ action: 'yearGet', person: 'self', year: 1999 }, 'year'],
      [{ action: 'yearGet', person: 'self', year: Number.MAX_SAFE_INTEGER }, 'year'],
      [{ action: 'yearGet', person: 'self', year: 2026, openid: 'o-someone' }, 'openid'],
      [{ action: 'yearSync', person: 'self', year: 2026, entries: [], openid: OTHER.openid }, 'openid'],
      [withEntries(null), 'entries'],
      [withEntries({ 0: good }), 'entries'],
      [withEntries('[]'), 'entries'],
      [withEntries([null]), 'entries.0'],
      [withEntries([42]), 'entries.0'],
      [withEntries([[good]]), 'entries.0'],
      [withEntries([deep]), 'entries.0.id'],
      [withEntries([good, good]), 'entries.1.id'],
      [withEntry({ id: undefined }), 'entries.0.id'],
      [withEntry({ id: 'short' }), 'entries.0.id'],
      [withEntry({ id: 'x'.repeat(41) }), 'entries.0.id'],
      [withEntry({ id: '../../etc/passwd' }), 'entries.0.id'],
      [withEntry({ id: 12345678 }), 'entries.0.id'],
      [withEntry({ createdAt: '2026-03-10' }), 'entries.0.createdAt'],
      [withEntry({ updatedAt: '2026-03-10T08:00:00Z' }), 'entries.0.updatedAt'],
      [withEntry({ updatedAt: '2026-02-30T08:00:00.000Z' }), 'entries.0.updatedAt'],
      [withEntry({ updatedAt: '2026-03-09T08:00:00.000Z' }), 'entries.0.updatedAt'],
      [withEntry({ deletedAt: '2026-03-10T08:00:00.000Z' }), 'entries.0.case'],
      [withEntry({ case: undefined }), 'entries.0.case'],
      [withEntry({ case: null }), 'entries.0.case'],
      [withEntry({ case: deep }), 'entries.0.case.region'],
      [withEntry({ case: { ...good.case, yearToDate: { basic: '1000' } } }), 'entries.0.case.yearToDate'],
      [withEntry({ case: { ...good.case, region: 'atlantis' } }), 'entries.0.case.region'],
      [withEntry({ case: { ...good.case, visit: { ...good.case!.visit, totalCost: -1 } } }), 'entries.0.case.visit.totalCost'],
      [withEntry({ case: { ...good.case, visit: { ...good.case!.visit, inScopeCost: '9999' } } }), 'entries.0.case.visit.inScopeCost'],
      [withEntry({ case: { ...good.case, visit: { ...good.case!.visit, deep } } }), 'entries.0.case.visit.deep'],
      [withEntry({ case: { ...good.case, person: { categories: [], deep } } }), 'entries.0.case.person.deep'],
      [withEntry({ settled: { payments: { basic: '1.00', stolen: '5.00' } } }), 'entries.0.settled.payments.stolen'],
      [withEntry({ settled: { payments: deep } }), 'entries.0.settled.payments.a'],
      [withEntry({ settled: { totalCost: '100', payments: {} } }), 'entries.0.settled.inScopeCost'],
      [withEntry({ label: '县'.repeat(31) }), 'entries.0.label'],
      [withEntry({ label: deep }), 'entries.0.label'],
      [withEntry({ extra: deep }), 'entries.0.extra'],
      // As JSON.parse makes it from a body: an own key named __proto__.
      [withEntries([JSON.parse(JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},'))]), 'entries.0.__proto__'],
      [JSON.parse(`{"__proto__":{"polluted":true},"action":"yearGet","person":"self","year":2026}`), '__proto__'],
      [{ ...withEntries([good]), requestId: 'bad id!' }, 'requestId'],
    ];
    const before = await counts(ctx);
    const seen = [];
    for (const [n, [event, field]] of cases.entries()) {
      const r = await answer(ctx, ME, event);
      seen.push([n, r.ok, r.code, HAN.test(r.message ?? '') ? 'Chinese' : r.message, field === undefined ? undefined : r.field]);
    }
    expect(seen).toEqual(cases.map(([, field], n) => [n, false, 'INVALID_INPUT', 'Chinese', field]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await counts(ctx)).toEqual(before);
  });

  test('oversized payloads: too many entries, too many tombstones, an entry over its byte limit', async () => {
    const day = (i: number) => `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const live = (n: number) => Array.from({ length: n }, (_, i) => entry(`phone-a-${String(i).padStart(4, '0')}`, day(i)));
    const dead = (n: number) => live(n).map((e) => tombstone({ ...e, id: `gone-${e.id}` }, '2026-03-10T09:00:00.000Z'));
    const before = await counts(ctx);
    const refusals = [
      await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: live(MAX_YEAR_ENTRIES + 1) }),
      await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: dead(MAX_YEAR_TOMBSTONES + 1) }),
      await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: [...live(100), ...dead(100)] }),
      await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: [entryOfBytes('phone-a-big1', '2026-02-03', MAX_YEAR_ENTRY_BYTES + 1)] }),
      await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: Array.from({ length: 5000 }, () => entry('phone-a-0001', '2026-02-03')) }),
    ];
    expect(refusals.map((r) => [r.code, r.field, r.message])).toEqual([
      ['INVALID_INPUT', 'entries', '就医记录：一年最多记 60 次就医（现有 61 次）'],
      ['INVALID_INPUT', 'entries', '就医记录：已删除的记录最多保留 60 条（现有 61 条）'],
      ['INVALID_INPUT', 'entries', '就医记录：记录条数过多'],
      ['INVALID_INPUT', 'entries.0', '第 1 条记录：这条就医记录内容过多（901 字节，最多 900 字节），无法保存'],
      ['INVALID_INPUT', 'entries', '就医记录：记录条数过多'],
    ]);
    expect(await counts(ctx)).toEqual(before);
    // The largest record the schema allows is taken.
    const full = [...live(MAX_YEAR_ENTRIES), ...dead(MAX_YEAR_TOMBSTONES)];
    expect((await yearSync(ctx, ME, 'self', 2026, full)).entries).toHaveLength(MAX_YEAR_ENTRIES + MAX_YEAR_TOMBSTONES);
  });

  test('an entry dated outside the year is refused on its date; the same entry in its own year is taken', async () => {
    const lastYear = entry('phone-a-0001', '2025-12-31');
    const r = await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: [entry('phone-a-0002', '2026-01-01'), lastYear] });
    expect(r).toMatchObject({ ok: false, code: 'INVALID_INPUT', field: 'entries.1.case.date', message: '第 2 条记录的结算日期：结算日期须在 2026 年度内' });
    expect(await ctx.store.count('yearRecords')).toBe(0);
    expect((await yearSync(ctx, ME, 'self', 2025, [lastYear])).entries).toEqual([lastYear]);
  });

  test('a tombstone from one device deletes on the other; the other\'s stale copy does not bring it back', async () => {
    const visit = entry('phone-a-0001', '2026-02-03', '2026-02-03T09:00:00.000Z');
    const other = entry('phone-a-0002', '2026-02-10', '2026-02-10T09:00:00.000Z');
    await yearSync(ctx, ME, 'self', 2026, [visit, other]);
    // The tablet reads the year and deletes the visit.
    const onTablet = await yearGet(ctx, ME, 'self', 2026);
    const gone = tombstone(onTablet.entries[0], '2026-03-01T10:00:00.000Z');
    await yearSync(ctx, ME, 'self', 2026, [gone, onTablet.entries[1]]);
    // The phone, offline meanwhile, syncs its old copies.
    const onPhone = await yearSync(ctx, ME, 'self', 2026, [visit, other]);
    expect(onPhone.entries).toEqual([other, gone]);
    // A tombstone that claims an earlier time than the live copy loses: a stale deletion does not undo a later edit.
    const edited = { ...other, label: '复查', updatedAt: '2026-03-05T10:00:00.000Z' };
    await yearSync(ctx, ME, 'self', 2026, [edited]);
    expect((await yearSync(ctx, ME, 'self', 2026, [tombstone(other, '2026-03-02T10:00:00.000Z')])).entries).toEqual([edited, gone]);
  });

  test('a flood of syncs from one account is stopped by its own counter; other accounts sync on', async () => {
    const max = YEAR_SYNC_LIMITS.perAccountHour.max;
    const e = entry('phone-a-0001', '2026-02-03');
    for (let i = 0; i < max; i++) await yearSync(ctx, ME, 'self', 2026, [{ ...e, updatedAt: new Date(Date.parse(e.updatedAt) + i).toISOString() }]);
    const before = await ctx.store.getYearRecord((await import('../../server/year/access')).yearRecordId(ME.openid, 'self', 2026));
    const r = await answer(ctx, ME, { action: 'yearSync', person: 'self', year: 2026, entries: [{ ...e, updatedAt: '2026-03-10T09:00:00.000Z' }] });
    expect(r).toEqual({ ok: false, code: 'RATE_LIMITED', message: '同步年度就医记录次数过多，请60 分钟后再试' });
    expect(await ctx.store.getYearRecord(before!.id)).toEqual(before);
    expect((await ctx.store.getRateCounter(`yearSync:hour:${ME.openid}`))?.count).toBe(max);
    // Reading is not limited, and another account is not slowed by this one.
    expect((await yearGet(ctx, ME, 'self', 2026)).entries).toHaveLength(1);
    expect((await yearSync(ctx, OTHER, 'self', 2026, [e])).entries).toEqual([e]);
    // The next hour the account syncs again.
    ctx.clock.at = new Date(ctx.clock.at.getTime() + 3600_000);
    expect((await yearSync(ctx, ME, 'self', 2026, [{ ...e, updatedAt: '2026-03-10T09:00:00.000Z' }])).entries[0].updatedAt).toBe('2026-03-10T09:00:00.000Z');
  }, 60_000);
});

describe('the gateway', () => {
  let gateway: Gateway;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-year-gw-'));
    gateway = await startGateway({ dataDir, port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await gateway.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const post = async (body: string, session?: string) => {
    const res = await fetch(`${gateway.url}/api/family`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(session ? { 'x-session': session } : {}) },
      body,
    });
    return { status: res.status, json: await res.json() };
  };
  const login = async (user: string) => {
    const res = await fetch(`${gateway.url}/api/dev-login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
    return ((await res.json()) as { data: { token: string } }).data.token;
  };

  test(`the largest valid sync fits the ${DEFAULT_LIMITS.smallBodyBytes / 1024} KB body limit of /api/family and is stored whole`, async () => {
    const session = await login('year-largest');
    const day = (i: number) => `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    // Every entry at the byte limit, ids of the longest length, timestamps and request key of full length.
    const live = Array.from({ length: MAX_YEAR_ENTRIES }, (_, i) => entryOfBytes(`L${String(i).padStart(39, '0')}`, day(i), MAX_YEAR_ENTRY_BYTES));
    const dead = Array.from({ length: MAX_YEAR_TOMBSTONES }, (_, i) =>
      tombstone(entry(`D${String(i).padStart(39, '0')}`, day(i)), '2026-03-10T09:00:00.000Z'),
    );
    const body = JSON.stringify({ action: 'yearSync', person: 'f'.repeat(32), year: 2026, entries: [...live, ...dead], requestId: 'r'.repeat(64) });
    const bytes = utf8Bytes(body);
    process.stdout.write(`[year-attack] largest valid sync: ${bytes} bytes of ${DEFAULT_LIMITS.smallBodyBytes}\n`);
    expect(bytes).toBeLessThanOrEqual(DEFAULT_LIMITS.smallBodyBytes);
    // As 'self' (a member id needs a saved member): the same size less 28 bytes.
    const { status, json } = await post(body.replace(`"person":"${'f'.repeat(32)}"`, '"person":"self"'), session);
    expect(status).toBe(200);
    expect(json.ok).toBe(true);
    expect(json.data.entries).toHaveLength(MAX_YEAR_ENTRIES + MAX_YEAR_TOMBSTONES);
    // One byte over the limit is refused before it is read.
    const over = await post(JSON.stringify({ action: 'yearSync', pad: 'x'.repeat(DEFAULT_LIMITS.smallBodyBytes) }), session);
    expect(over.status).toBe(413);
  });
});
