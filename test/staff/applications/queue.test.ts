/**
 * The staff queue (issue 16): paged with totals and stable cursors, counts per status in the same scope and filters,
 * submission dates as China dates, and the one search box by business number, ID number (by its lookup hash: the
 * stored row holds no plain number), phone and name.
 */
import { ADAPTERS, type TestContext } from '../../applications/adapters';
import { FATHER_ID, daughter, father, longTermForFather, rejection } from '../../applications/helpers';
import { chinaDateBounds, chinaDayStart, chinaTimeText } from '../../../server/staff/applications/china-time';
import { BAZHONG_ALL, TONGJIANG, call, copyOf, filed } from './world';
import type { StaffQueuePage } from '../../../shared/contract/staff';
import type { ApplicationRecord } from '../../../server/store/types';

const TJ = { region: 'bazhong', area: '通江县' };

test('China dates are one fixed UTC interval each: 2026-12-01 is [2026-11-30T16:00Z, 2026-12-01T16:00Z)', () => {
  expect(chinaDayStart('2026-12-01')).toBe('2026-11-30T16:00:00.000Z');
  expect(chinaDateBounds('2026-12-01', '2026-12-01')).toEqual({ from: '2026-11-30T16:00:00.000Z', before: '2026-12-01T16:00:00.000Z' });
  expect(chinaDateBounds('2026-12-31', '2026-12-31').before).toBe('2026-12-31T16:00:00.000Z');
  expect(chinaDateBounds(undefined, undefined)).toEqual({});
  expect(chinaTimeText('2026-12-01T05:57:00.000Z')).toBe('2026-12-01 13:57');
  expect(chinaTimeText('2026-11-30T16:00:00.000Z')).toBe('2026-12-01 00:00');
});

describe.each(ADAPTERS)('the staff queue (%s)', (_name, make) => {
  let ctx: TestContext;
  let template: ApplicationRecord;
  beforeEach(async () => {
    ctx = make();
    template = await filed(ctx, '2026-11-20T02:00:00.000Z', TJ);
  });
  afterEach(() => ctx.cleanup());

  const page = async (query: string, actor = TONGJIANG) => (await call(ctx, actor, 'GET', `/applications${query}`)) as StaffQueuePage;

  test('three pages, oldest first, every one once with the total; ones arriving meanwhile go to the end', async () => {
    const made: string[] = [template.id];
    for (let i = 0; i < 44; i++) made.push((await copyOf(ctx, template, `2026-11-21T0${Math.floor(i / 10)}:${String(i % 10).padStart(2, '0')}:00.000Z`)).id);
    const first = await page('?limit=20');
    expect(first.items).toHaveLength(20);
    expect(first.total).toBe(45);
    // Two arrive while the reviewer reads the first page.
    made.push((await copyOf(ctx, template, '2026-11-22T00:00:00.000Z')).id, (await copyOf(ctx, template, '2026-11-22T00:00:01.000Z')).id);
    const second = await page(`?limit=20&cursor=${first.nextCursor}`);
    const third = await page(`?limit=20&cursor=${second.nextCursor}`);
    expect(second.total).toBe(47);
    expect(third.items).toHaveLength(7);
    expect(third.nextCursor).toBeNull();
    const seen = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(seen).toEqual(made);
    // Newest first, the same set.
    const newest = await page('?order=newest&limit=100');
    expect(newest.items.map((i) => i.id)).toEqual([...made].reverse());
    // No silent limit: a page is at most 100 and says so by its cursor.
    for (let i = 0; i < 60; i++) await copyOf(ctx, template, `2026-11-23T00:${String(i).padStart(2, '0')}:00.000Z`);
    const big = await page('?limit=100');
    expect(big.items).toHaveLength(100);
    expect(big.total).toBe(107);
    expect(big.nextCursor).not.toBeNull();
  });

  test('counts per status in the same scope and filters; the status filter defaults to 待受理', async () => {
    await copyOf(ctx, template, '2026-11-21T00:00:00.000Z', { status: 'returned' });
    await copyOf(ctx, template, '2026-11-21T00:01:00.000Z', { status: 'accepted' });
    await copyOf(ctx, template, '2026-11-21T00:02:00.000Z', { status: 'accepted' });
    await copyOf(ctx, template, '2026-11-21T00:03:00.000Z', { status: 'accepted', type: 'manualReimbursement' });
    // Another area's and another region's are not counted.
    await copyOf(ctx, template, '2026-11-21T00:04:00.000Z', { office: { region: 'bazhong', area: '巴州区' } });
    await copyOf(ctx, template, '2026-11-21T00:05:00.000Z', { office: { region: 'shanxi', area: '太原市' } });
    const all = await page('');
    expect(all.total).toBe(1);
    expect(all.counts).toEqual({ submitted: 1, returned: 1, accepted: 3, rejected: 0, withdrawn: 0, cancelled: 0 });
    const filings = await page('?type=remoteFiling&status=accepted');
    expect(filings.total).toBe(2);
    expect(filings.counts).toMatchObject({ submitted: 1, returned: 1, accepted: 2 });
    expect((await page('?status=all')).total).toBe(5);
    expect((await page('?status=all', BAZHONG_ALL)).total).toBe(6);
  });

  test('submission dates are China dates: 23:59 on 11-30 and 00:00 on 12-01 fall on either side', async () => {
    const late = await copyOf(ctx, template, '2026-11-30T15:59:59.999Z');
    const early = await copyOf(ctx, template, '2026-11-30T16:00:00.000Z');
    const endOfDay = await copyOf(ctx, template, '2026-12-01T15:59:59.999Z');
    await copyOf(ctx, template, '2026-12-01T16:00:00.000Z');
    expect((await page('?from=2026-12-01&to=2026-12-01')).items.map((i) => i.id)).toEqual([early.id, endOfDay.id]);
    expect((await page('?to=2026-11-30')).items.map((i) => i.id)).toEqual([template.id, late.id]);
    const shown = (await page('?from=2026-12-01&to=2026-12-01')).items[0];
    expect(shown.submittedAtText).toBe('2026-12-01 00:00');
  });

  test('search: business number, ID number by its hash, phone of either person, name exact or prefix', async () => {
    const other = await copyOf(ctx, template, '2026-11-21T00:00:00.000Z', {
      principalIdHash: 'h-someone-else',
      content: { ...template.content, principal: { name: '王大山', phone: '13700001111' }, agent: undefined },
    });
    const ids = async (q: string) => (await page(`?status=all&q=${encodeURIComponent(q)}`)).items.map((i) => i.id);
    expect(await ids(template.number!)).toEqual([template.id]);
    expect(await ids(template.number!.toLowerCase().replace(/-/g, ' - '))).toEqual([template.id]);
    expect(await ids(FATHER_ID)).toEqual([template.id]);
    expect(await ids(FATHER_ID.toLowerCase())).toEqual([template.id]);
    // The stored row holds the number sealed: only its lookup hash matched.
    expect(JSON.stringify(await ctx.store.getApplication(template.id))).not.toContain(FATHER_ID);
    expect(await ids(father.phone)).toEqual([template.id]);
    expect(await ids(daughter.phone)).toEqual([template.id]);
    expect(await ids('13700001111')).toEqual([other.id]);
    expect(await ids(father.name)).toEqual([template.id]);
    expect(await ids(father.name.slice(0, 1))).toEqual([template.id]);
    expect(await ids('王大')).toEqual([other.id]);
    expect(await ids('王小')).toEqual([]);
    expect(await ids('BZ-2026-000000')).toEqual([]);
    // Search combines with the other filters.
    expect((await page(`?q=${encodeURIComponent(father.name)}&status=accepted`)).total).toBe(0);
    expect((await rejection(page('?q=12345'))).message).toMatch(/^搜索：/);
    // Without a status, a search looks through every status.
    await copyOf(ctx, template, '2026-11-21T00:00:00.000Z', { status: 'accepted', number: 'BZ-2026-000777' });
    expect((await page('?q=BZ-2026-000777')).total).toBe(1);
    expect((await page('?q=BZ-2026-000777&status=submitted')).total).toBe(0);
  });

  test('a queue item: summary with masked numbers, office label, China time; no unmasked ID anywhere', async () => {
    const item = (await page('')).items[0];
    expect(item).toMatchObject({ id: template.id, status: 'submitted', office: { region: 'bazhong', area: '通江县' }, submittedAtText: '2026-11-20 10:00', duplicateWarning: null });
    expect(item.office!.label).toContain('通江县');
    expect(JSON.stringify(item)).not.toMatch(/\d{17}[\dXx]/);
    expect(longTermForFather().principal.idNumber).toBe(FATHER_ID);
  });
});
