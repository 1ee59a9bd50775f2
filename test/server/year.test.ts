/**
 * The year record in the store (issue 14 "The year, kept for her"): a signed-in account's year of each person survives
 * a new phone, devices merge instead of overwriting each other, records are per account, person and year, and a
 * deleted family member takes their years along. Every case runs on both adapters.
 */
import { FATHER_ID, rejection } from '../applications/helpers';
import { MAX_YEAR_ENTRIES } from '../../shared/schemas/year';
import { yearRecordId } from '../../server/year/access';
import { ADAPTERS, call, entry, tombstone, yearGet, yearSync, type YearContext } from './year-fixtures';

const ME = { openid: 'o-zhang-xiaohong' };
const father = { name: '张大山', idNumber: FATHER_ID, relation: 'parent', phone: '13800005678' };

describe.each(ADAPTERS)('%s', (_name, open) => {
  let ctx: YearContext;
  beforeEach(() => (ctx = open()));
  afterEach(() => ctx.cleanup());

  const saveFather = async () => ((await call(ctx, ME, 'save', father)) as { id: string }).id;

  test('an account with no record gets an empty year, and asking writes nothing', async () => {
    expect(await yearGet(ctx, ME, 'self', 2026)).toEqual({ person: 'self', year: 2026, entries: [], updatedAt: null });
    // A sync of nothing to a year never stored stores nothing either.
    expect(await yearSync(ctx, ME, 'self', 2026, [])).toEqual({ person: 'self', year: 2026, entries: [], updatedAt: null });
    expect(await ctx.store.count('yearRecords')).toBe(0);
  });

  test('what one phone synced, a new phone of the same account reads back whole; other accounts see nothing', async () => {
    const first = entry('phone-a-0001', '2026-02-03', '2026-02-03T09:00:00.000Z', { label: '县医院 住院' });
    const second = entry('phone-a-0002', '2026-01-15', '2026-02-04T09:00:00.000Z', { settled: { payments: { basic: '3690.00' } } });
    const answer = await yearSync(ctx, ME, 'self', 2026, [first, second]);
    // Chain order: by 结算日期.
    expect(answer).toEqual({ person: 'self', year: 2026, entries: [second, first], updatedAt: '2026-03-10T08:00:00.000Z' });
    ctx.clock.at = new Date('2026-05-01T00:00:00.000Z');
    expect(await yearGet(ctx, ME, 'self', 2026)).toEqual(answer);
    expect(await yearGet(ctx, { openid: 'o-someone-else' }, 'self', 2026)).toEqual({ person: 'self', year: 2026, entries: [], updatedAt: null });
    expect(await yearGet(ctx, ME, 'self', 2025)).toEqual({ person: 'self', year: 2025, entries: [], updatedAt: null });
    const stored = await ctx.store.getYearRecord(yearRecordId(ME.openid, 'self', 2026));
    expect(stored).toEqual({ id: yearRecordId(ME.openid, 'self', 2026), openid: ME.openid, person: 'self', year: 2026, entries: [second, first], updatedAt: '2026-03-10T08:00:00.000Z' });
  });

  test('two devices: each sync keeps what the other sent, and the later change of one entry wins', async () => {
    const a1 = entry('phone-a-0001', '2026-02-03', '2026-02-03T09:00:00.000Z');
    const b1 = entry('tablet-b-0001', '2026-03-01', '2026-03-01T09:00:00.000Z');
    await yearSync(ctx, ME, 'self', 2026, [a1]);
    ctx.clock.at = new Date('2026-03-11T08:00:00.000Z');
    const onB = await yearSync(ctx, ME, 'self', 2026, [b1]);
    expect(onB.entries).toEqual([a1, b1]);
    expect(onB.updatedAt).toBe('2026-03-11T08:00:00.000Z');
    // The phone edits its entry later (the 结算单 arrived); the tablet still holds the old copy and syncs it again.
    const a1Settled = { ...a1, settled: { payments: { basic: '3690.00' } }, updatedAt: '2026-03-12T10:00:00.000Z' };
    await yearSync(ctx, ME, 'self', 2026, [a1Settled]);
    const again = await yearSync(ctx, ME, 'self', 2026, [a1, b1]);
    expect(again.entries).toEqual([a1Settled, b1]);
  });

  test('a sync that changes nothing writes nothing: the record keeps its time', async () => {
    const a1 = entry('phone-a-0001', '2026-02-03');
    await yearSync(ctx, ME, 'self', 2026, [a1]);
    ctx.clock.at = new Date('2026-04-01T00:00:00.000Z');
    // A retry with its request key, and a device that has nothing new.
    expect((await yearSync(ctx, ME, 'self', 2026, [a1], { requestId: 'req-year-0001' })).updatedAt).toBe('2026-03-10T08:00:00.000Z');
    expect((await yearSync(ctx, ME, 'self', 2026, [])).entries).toEqual([a1]);
    expect((await yearGet(ctx, ME, 'self', 2026)).updatedAt).toBe('2026-03-10T08:00:00.000Z');
  });

  test('ten devices syncing at the same moment all keep their entries', async () => {
    const entries = Array.from({ length: 10 }, (_, i) => entry(`device-${i}-0001`, `2026-02-${String(10 + i).padStart(2, '0')}`));
    const answers = await Promise.all(entries.map((e) => yearSync(ctx, ME, 'self', 2026, [e])));
    // Each answer holds at least its own entry; the stored record holds all ten, in date order.
    answers.forEach((a, i) => expect(a.entries).toContainEqual(entries[i]));
    expect((await yearGet(ctx, ME, 'self', 2026)).entries).toEqual(entries);
    // On CloudBase the writers really collided and were retried.
    if (ctx.db) {
      expect(ctx.db.stats.conflicts).toBeGreaterThan(0);
      process.stdout.write(`[year] 10 devices syncing at once on CloudBase: ${JSON.stringify(ctx.db.stats)}\n`);
    }
  });

  test('each person has their own year: herself and her father in the same year never mix', async () => {
    const fatherId = await saveFather();
    const mine = entry('phone-a-0001', '2026-02-03');
    const his = entry('phone-a-0002', '2026-02-20');
    await yearSync(ctx, ME, 'self', 2026, [mine]);
    await yearSync(ctx, ME, fatherId, 2026, [his]);
    expect((await yearGet(ctx, ME, 'self', 2026)).entries).toEqual([mine]);
    expect(await yearGet(ctx, ME, fatherId, 2026)).toEqual({ person: fatherId, year: 2026, entries: [his], updatedAt: '2026-03-10T08:00:00.000Z' });
    expect((await ctx.store.getFamilyMember(fatherId))?.years).toEqual([2026]);
  });

  test('deleting a family member deletes their years in the same transaction; saving them again starts empty', async () => {
    const fatherId = await saveFather();
    await yearSync(ctx, ME, fatherId, 2026, [entry('phone-a-0002', '2026-02-20')]);
    await yearSync(ctx, ME, fatherId, 2025, [entry('phone-a-0003', '2025-11-20')]);
    await yearSync(ctx, ME, 'self', 2026, [entry('phone-a-0001', '2026-02-03')]);
    expect((await ctx.store.getFamilyMember(fatherId))?.years).toEqual([2025, 2026]);
    // Saving him again (a new phone number) keeps his years.
    await call(ctx, ME, 'save', { ...father, phone: '13800009999' });
    expect((await ctx.store.getFamilyMember(fatherId))?.years).toEqual([2025, 2026]);
    expect(await ctx.store.count('yearRecords')).toBe(3);

    expect(await call(ctx, ME, 'delete', { id: fatherId })).toEqual({ deleted: true });
    expect(await ctx.store.count('yearRecords')).toBe(1);
    expect(await ctx.store.getYearRecord(yearRecordId(ME.openid, fatherId, 2025))).toBeNull();
    expect((await yearGet(ctx, ME, 'self', 2026)).entries).toHaveLength(1);
    // The same person saved again has the same member id: his old year does not come back.
    expect(((await call(ctx, ME, 'save', father)) as { id: string }).id).toBe(fatherId);
    expect(await yearGet(ctx, ME, fatherId, 2026)).toEqual({ person: fatherId, year: 2026, entries: [], updatedAt: null });
  });

  test('a delete racing syncs of new years leaves no year of the deleted member behind', async () => {
    for (let round = 0; round < 3; round++) {
      const fatherId = await saveFather();
      await yearSync(ctx, ME, fatherId, 2026, [entry(`round-${round}-0001`, '2026-02-20')]);
      const outcomes = await Promise.all([
        ...[2021, 2022, 2023, 2024].map((y) =>
          yearSync(ctx, ME, fatherId, y, [entry(`round-${round}-${y}`, `${y}-05-01`)]).then(
            () => 'synced',
            (e: { code?: string }) => e.code,
          ),
        ),
        call(ctx, ME, 'delete', { id: fatherId }).then(() => 'deleted'),
      ]);
      expect(outcomes).toContain('deleted');
      // A sync either came before the delete (and was deleted with it) or after (and found no such member).
      expect(outcomes.filter((o) => o !== 'synced' && o !== 'deleted')).toEqual(outcomes.filter((o) => o === 'NOT_FOUND'));
      expect(await ctx.store.count('yearRecords')).toBe(0);
    }
  });

  test(`a merge above ${MAX_YEAR_ENTRIES} live entries is refused, saying what to do, and nothing is written`, async () => {
    const day = (i: number) => `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const onPhone = Array.from({ length: MAX_YEAR_ENTRIES }, (_, i) => entry(`phone-a-${String(i).padStart(4, '0')}`, day(i)));
    await yearSync(ctx, ME, 'self', 2026, onPhone);
    const onTablet = [entry('tablet-b-0001', '2026-06-01')];
    const before = await yearGet(ctx, ME, 'self', 2026);
    const counter = async () => (await ctx.store.getRateCounter(`yearSync:hour:${ME.openid}`))?.count;
    const counted = await counter();
    const error = await rejection(yearSync(ctx, ME, 'self', 2026, onTablet));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      field: 'entries',
      message: `2026 年已保存 60 次就医，加上这台手机上的记录共 61 次，超过每年 60 次的上限，这次没有保存。请先删除不需要的记录，再同步。`,
    });
    expect(await yearGet(ctx, ME, 'self', 2026)).toEqual(before);
    expect(await counter()).toBe(counted);
    // Deleting one on the tablet makes room: the tombstone and the new entry go in together.
    const answer = await yearSync(ctx, ME, 'self', 2026, [...onTablet, tombstone(onPhone[0], '2026-03-10T09:00:00.000Z')]);
    expect(answer.entries.filter((e) => !e.deletedAt)).toHaveLength(MAX_YEAR_ENTRIES);
    expect(answer.entries[answer.entries.length - 1]).toEqual(tombstone(onPhone[0], '2026-03-10T09:00:00.000Z'));
  });

  test('a member saved by another account under the same ID number is another person: its year is not reachable', async () => {
    const fatherId = await saveFather();
    const brother = { openid: 'o-zhang-brother' };
    const hisFatherId = ((await call(ctx, brother, 'save', { ...father, relation: 'parent' })) as { id: string }).id;
    expect(hisFatherId).not.toBe(fatherId);
    await yearSync(ctx, ME, fatherId, 2026, [entry('phone-a-0002', '2026-02-20')]);
    expect((await yearGet(ctx, brother, hisFatherId, 2026)).entries).toEqual([]);
  });
});
