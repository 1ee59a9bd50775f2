import * as apps from '../../server/applications';
import { messagesFunction } from '../../server/functions/messages';
import { applicationType } from '../../shared/applications/registry';
import { formatNumber, normalizeNumber, NUMBER_PATTERN } from '../../shared/applications/numbers';
import type { ApplicationRecord } from '../../server/store/types';
import { ADAPTERS, type TestContext } from './adapters';
import { counts, longTermForFather, rejection, reimbursementForSelf } from './helpers';

/**
 * Issue 15: every application gets a short business number at creation ("SX-2026-000123"): the type module's
 * prefix, the year in China, a per-prefix per-year counter incremented in the creating transaction, six digits,
 * never reused. Staff find an application by it; a record made before numbers still loads (its id shown).
 */
const daughter = { openid: 'o-daughter' };
const self = { openid: 'o-self' };
const sign = { accepted: true as const, signerName: '张小红' };
const draftOf = (ctx: TestContext, who = daughter, requestId?: string) =>
  apps.createDraft(ctx, who, { ...(requestId ? { requestId } : {}), content: longTermForFather() });

test('the format: prefix, year, six digits; typed numbers are normalised', () => {
  expect(formatNumber('SX', 2026, 123)).toBe('SX-2026-000123');
  expect(formatNumber('SX', 2026, 1234567)).toBe('SX-2026-1234567');
  expect(normalizeNumber(' sx-2026-000123 ')).toBe('SX-2026-000123');
  expect(normalizeNumber('SX-26-1')).toBeNull();
  // The two 003 filings are 山西's; the 优抚 claim takes its region's letters from the manifest.
  expect(applicationType('remoteFiling').numberPrefix(undefined)).toBe('SX');
  expect(applicationType('manualReimbursement').numberPrefix(undefined)).toBe('SX');
  expect(applicationType('veteranSubsidy').numberPrefix(undefined)).toMatch(/^[A-Z]{2,4}$/);
});

describe.each(ADAPTERS)('business numbers (%s)', (_name, make) => {
  let ctx: TestContext;
  beforeEach(() => {
    ctx = make();
  });
  afterEach(() => ctx.cleanup());

  test('one at creation, in order, kept through return and resubmission; a new year starts again at 1', async () => {
    const first = await draftOf(ctx);
    const second = await apps.submit(ctx, self, { requestId: 'req-number-01', content: reimbursementForSelf(), commitment: { accepted: true, signerName: '张大山' } });
    expect(first.number).toBe('SX-2026-000001');
    expect(second.number).toBe('SX-2026-000002');
    const submitted = await apps.submit(ctx, daughter, { requestId: 'req-number-02', id: first.id, commitment: sign });
    expect(submitted.number).toBe('SX-2026-000001');
    await apps.returnApplication(ctx, { id: first.id, staff: '王经办', reason: '补材料' });
    const again = await apps.submit(ctx, daughter, { requestId: 'req-number-03', id: first.id, commitment: sign });
    expect(again.number).toBe('SX-2026-000001');
    expect((await apps.listMine(ctx, daughter)).items[0].number).toBe('SX-2026-000001');

    // 2026-12-31 16:30 UTC is 2027-01-01 in China: the year of the number is China's.
    ctx.clock.at = new Date('2026-12-31T16:30:00.000Z');
    expect((await draftOf(ctx)).number).toBe('SX-2027-000001');
    ctx.clock.at = new Date('2026-12-31T15:30:00.000Z');
    expect((await draftOf(ctx)).number).toBe('SX-2026-000003');
  });

  test('a 变更备案 is a new application with its own number; a retried creation is not numbered twice', async () => {
    const d = await draftOf(ctx, daughter, 'req-number-10');
    expect((await draftOf(ctx, daughter, 'req-number-10')).number).toBe(d.number);
    await apps.submit(ctx, daughter, { requestId: 'req-number-11', id: d.id, commitment: sign });
    await apps.accept(ctx, { id: d.id, staff: '王经办' });
    const change = await apps.changeFiling(ctx, daughter, { id: d.id });
    expect(change.number).toBe('SX-2026-000002');
    expect((await draftOf(ctx)).number).toBe('SX-2026-000003');
  });

  test('a refused creation uses no number; a deleted or withdrawn one is never given again', async () => {
    const a = await draftOf(ctx);
    const before = await counts(ctx);
    expect((await rejection(apps.createDraft(ctx, daughter, { content: longTermForFather(), principalFamilyMemberId: 'guessed-member' }))).code).toBe('NOT_FOUND');
    expect(await counts(ctx)).toEqual(before);
    await apps.withdraw(ctx, daughter, { id: a.id });
    expect((await draftOf(ctx)).number).toBe('SX-2026-000002');
  });

  test('staff find one by its number (list --number, show, return); a wrong or unknown number finds nothing', async () => {
    const a = await apps.submit(ctx, daughter, { requestId: 'req-number-20', content: longTermForFather(), commitment: sign });
    await draftOf(ctx);
    expect((await apps.staffList(ctx, { number: 'sx-2026-000001' })).items.map((x) => x.id)).toEqual([a.id]);
    expect((await apps.staffList(ctx, { number: 'SX-2026-000001', status: 'accepted' })).items).toEqual([]);
    expect(await apps.staffList(ctx, { number: 'SX-2026-000009' })).toEqual({ items: [], total: 0, nextCursor: null });
    expect(await rejection(apps.staffList(ctx, { number: '123' }))).toMatchObject({ code: 'INVALID_INPUT', field: 'number', message: expect.stringContaining('业务编号格式不正确') });
    expect((await apps.staffShow(ctx, { id: 'SX-2026-000001' })).id).toBe(a.id);
    expect((await apps.returnApplication(ctx, { id: 'SX-2026-000001', staff: '王经办', reason: '补材料' })).status).toBe('returned');
    expect((await rejection(apps.staffShow(ctx, { id: 'SX-2026-000099' }))).code).toBe('NOT_FOUND');
  });

  test('a record made before numbers loads, with number null', async () => {
    const a = await draftOf(ctx);
    const stored = (await ctx.store.getApplication(a.id))!;
    const { number: _dropped, ...old } = stored;
    await ctx.store.updateApplication(old as ApplicationRecord);
    expect((await apps.getOne(ctx, daughter, { id: a.id })).number).toBeNull();
    expect((await apps.listMine(ctx, daughter)).items[0].number).toBeNull();
    expect((await apps.submit(ctx, daughter, { requestId: 'req-number-30', id: a.id, commitment: sign })).number).toBeNull();
  });

  test('twenty creations at once: twenty different numbers 1–20, each pointing to its application', async () => {
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => draftOf(ctx, { openid: `o-many-${i}` })));
    const numbers = made.map((m) => m.number!).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => formatNumber('SX', 2026, i + 1)));
    for (const m of made) {
      expect(m.number).toMatch(NUMBER_PATTERN);
      expect((await ctx.store.listApplications({ number: m.number! })).items.map((r) => r.id)).toEqual([m.id]);
    }
    // On CloudBase the writers conflicted on the counter and were run again, not given the same number.
    if (ctx.db) expect(ctx.db.stats.conflicts).toBeGreaterThan(0);
  });
});

test('the number is in the 消息 of a decision, what she reads out when she calls', async () => {
  const [, make] = ADAPTERS[0];
  const ctx = make();
  try {
    const a = await apps.submit(ctx, daughter, { requestId: 'req-number-40', content: longTermForFather(), commitment: sign });
    await apps.returnApplication(ctx, { id: a.id, staff: '王经办', reason: '请补充居住证明' });
    const page = (await messagesFunction.handle(ctx, daughter, { action: 'list' })) as { items: { body: string }[] };
    expect(page.items[0].body).toBe(`异地就医备案（张大山，业务编号 ${a.number}）被经办机构退回。需要修改的地方：请补充居住证明。改好后在“我的申请”里重新提交。`);
  } finally {
    await ctx.cleanup();
  }
});
