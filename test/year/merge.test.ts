/**
 * mergeEntries (shared/year/merge.ts): the device's and the store's copies of a year record made one, the same on
 * either side. Properties checked with fast-check over small pools of ids and timestamps (so collisions and ties are
 * common), then the rules one by one.
 */
import fc from 'fast-check';
import { mergeEntries } from '../../shared/year/merge';
import { MAX_YEAR_TOMBSTONES } from '../../shared/schemas/year';
import type { YearEntry } from '../../shared/year/types';

const ts = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute)).toISOString();

const live = (id: string, date: string, createdAt: string, updatedAt = createdAt, totalCost = '100.00'): YearEntry => ({
  id,
  case: { region: 'bazhong', date, scheme: 'resident', visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost, inScopeCost: '100.00' } },
  createdAt,
  updatedAt,
});

const tomb = (id: string, createdAt: string, deletedAt: string): YearEntry => ({ id, createdAt, updatedAt: deletedAt, deletedAt });

const entryArb: fc.Arbitrary<YearEntry> = fc
  .record({
    id: fc.constantFrom('entry-aaaa', 'entry-bbbb', 'entry-cccc', 'entry-dddd', 'entry-eeee'),
    day: fc.constantFrom('2026-03-01', '2026-03-02', '2026-07-15'),
    created: fc.integer({ min: 0, max: 3 }),
    later: fc.integer({ min: 0, max: 3 }),
    dead: fc.boolean(),
    cost: fc.constantFrom('100.00', '200.00', '300.00'),
    label: fc.option(fc.constantFrom('县医院', '市医院'), { nil: undefined }),
  })
  .map(({ id, day, created, later, dead, cost, label }) => {
    const createdAt = ts(created);
    const updatedAt = ts(created + later);
    if (dead) return tomb(id, createdAt, updatedAt);
    return { ...live(id, day, createdAt, updatedAt, cost), ...(label ? { label } : {}) };
  });

const listArb = fc.array(entryArb, { maxLength: 8 });

describe('mergeEntries properties', () => {
  test('commutative: a ∪ b = b ∪ a', () => {
    fc.assert(fc.property(listArb, listArb, (a, b) => expect(mergeEntries(a, b)).toEqual(mergeEntries(b, a))), { numRuns: 500 });
  });

  test('idempotent: merging a merged record with itself, or with either side again, changes nothing', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const m = mergeEntries(a, b);
        expect(mergeEntries(m, m)).toEqual(m);
        expect(mergeEntries(m, a)).toEqual(m);
        expect(mergeEntries(b, m)).toEqual(m);
      }),
      { numRuns: 500 },
    );
  });

  test('associative: (a ∪ b) ∪ c = a ∪ (b ∪ c)', () => {
    fc.assert(
      fc.property(listArb, listArb, listArb, (a, b, c) => expect(mergeEntries(mergeEntries(a, b), c)).toEqual(mergeEntries(a, mergeEntries(b, c)))),
      { numRuns: 300 },
    );
  });

  test('pure: neither input is changed; one entry per id; every id of either side is kept', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const before = JSON.stringify([a, b]);
        const m = mergeEntries(a, b);
        expect(JSON.stringify([a, b])).toBe(before);
        const ids = m.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a, ...b].map((e) => e.id)));
      }),
    );
  });
});

describe('mergeEntries rules', () => {
  test('the copy with the later updatedAt wins, from either side', () => {
    const old = live('entry-0001', '2026-03-01', ts(0), ts(1), '100.00');
    const edited = live('entry-0001', '2026-03-01', ts(0), ts(5), '250.00');
    expect(mergeEntries([old], [edited])).toEqual([edited]);
    expect(mergeEntries([edited], [old])).toEqual([edited]);
  });

  test('a later deletion wins over an edit, a later edit over a deletion', () => {
    const e = live('entry-0001', '2026-03-01', ts(0), ts(2));
    const gone = tomb('entry-0001', ts(0), ts(3));
    expect(mergeEntries([e], [gone])).toEqual([gone]);
    const revived = live('entry-0001', '2026-03-01', ts(0), ts(4));
    expect(mergeEntries([gone], [revived])).toEqual([revived]);
  });

  test('same updatedAt: the tombstone wins; two live copies settle the same way whichever side', () => {
    const e = live('entry-0001', '2026-03-01', ts(0), ts(3));
    const gone = tomb('entry-0001', ts(0), ts(3));
    expect(mergeEntries([e], [gone])).toEqual([gone]);
    expect(mergeEntries([gone], [e])).toEqual([gone]);
    const x = live('entry-0001', '2026-03-01', ts(0), ts(3), '100.00');
    const y = live('entry-0001', '2026-03-01', ts(0), ts(3), '200.00');
    expect(mergeEntries([x], [y])).toEqual(mergeEntries([y], [x]));
    expect([x, y]).toContainEqual(mergeEntries([x], [y])[0]);
  });

  test('chain order: case.date, then createdAt, then id; tombstones last, oldest deletion first', () => {
    const a = live('entry-zzzz', '2026-03-01', ts(2));
    const b = live('entry-aaaa', '2026-03-01', ts(2));
    const c = live('entry-mmmm', '2026-03-01', ts(1));
    const d = live('entry-0000', '2026-07-01', ts(0));
    const t1 = tomb('entry-dead2', ts(0), ts(9));
    const t2 = tomb('entry-dead1', ts(0), ts(8));
    expect(mergeEntries([t1, d, a], [c, t2, b]).map((e) => e.id)).toEqual(['entry-mmmm', 'entry-aaaa', 'entry-zzzz', 'entry-0000', 'entry-dead1', 'entry-dead2']);
  });

  test(`beyond ${MAX_YEAR_TOMBSTONES} tombstones the oldest deletions are dropped, never a live entry`, () => {
    const tombs = Array.from({ length: MAX_YEAR_TOMBSTONES + 5 }, (_, i) => tomb(`entry-t${String(i).padStart(3, '0')}`, ts(0), ts(10 + i)));
    const kept = live('entry-live', '2026-03-01', ts(0));
    const m = mergeEntries(tombs.slice(0, 30), [...tombs.slice(30), kept]);
    expect(m).toHaveLength(MAX_YEAR_TOMBSTONES + 1);
    expect(m[0]).toEqual(kept);
    expect(m.slice(1).map((e) => e.id)).toEqual(tombs.slice(5).map((e) => e.id));
  });

  test('key order does not decide a tie', () => {
    const x = live('entry-0001', '2026-03-01', ts(0), ts(3), '100.00');
    const reordered = JSON.parse(JSON.stringify({ updatedAt: x.updatedAt, createdAt: x.createdAt, case: x.case, id: x.id })) as YearEntry;
    const y = live('entry-0001', '2026-03-01', ts(0), ts(3), '200.00');
    expect(mergeEntries([reordered], [y])).toEqual(mergeEntries([y], [x]));
  });
});
