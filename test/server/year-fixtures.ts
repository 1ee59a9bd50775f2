/**
 * Shared by the year record tests (year.test.ts, year-attack.test.ts): an application context on each store adapter
 * (SQLite on a real file, CloudBase on the faithful in-memory service), the `family` function as a device calls it,
 * and entries as a device makes them.
 */
import type { AppContext, Identity } from '../../server/applications/context';
import { familyFunction } from '../../server/functions/family';
import type { YearRecordView } from '../../shared/contract/year';
import type { YearCase, YearEntry } from '../../shared/year/types';
import { utf8Bytes } from '../../shared/schemas/year';
import { PAYMENT_KEYS } from '../../shared/result';
import { ADAPTERS, type TestContext } from '../applications/adapters';

/** Both adapters, by name, each with a clock the test moves (the applications tests' own, test/applications/adapters.ts). */
export { ADAPTERS };
export type YearContext = TestContext;

/** The `family` function with an action, as the mini-program sends it. */
export function call(ctx: AppContext, who: Identity, action: string, payload: object = {}): Promise<unknown> {
  return familyFunction.handle(ctx, who, { action, ...payload });
}
export const yearGet = (ctx: AppContext, who: Identity, person: string, year: number) =>
  call(ctx, who, 'yearGet', { person, year }) as Promise<YearRecordView>;
export const yearSync = (ctx: AppContext, who: Identity, person: string, year: number, entries: YearEntry[], extra: object = {}) =>
  call(ctx, who, 'yearSync', { person, year, entries, ...extra }) as Promise<YearRecordView>;

/** 004 第一章 四十三's 张三 (城乡居民, 乡镇卫生院, 4,500 / 4,200), dated as the test needs. */
export function zhangSanCase(date: string): YearCase {
  return {
    region: 'bazhong',
    date,
    scheme: 'resident',
    person: { categories: [] },
    visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
  };
}

/** A live entry made by a device at `at`. */
export function entry(id: string, date: string, at = '2026-03-10T08:00:00.000Z', over: Partial<YearEntry> = {}): YearEntry {
  return { id, case: zhangSanCase(date), createdAt: at, updatedAt: at, ...over };
}

/** The same entry deleted at `at`: what a device sends after "删除". */
export function tombstone(e: YearEntry, at: string): YearEntry {
  return { id: e.id, createdAt: e.createdAt, updatedAt: at, deletedAt: at };
}

/**
 * An entry of exactly `bytes` bytes of JSON (UTF-8), the size the schema measures (MAX_YEAR_ENTRY_BYTES at most): a
 * 巴中 resident with a long insured history and a 结算单 naming every payer, then zero-claim years and a label to make
 * up the rest.
 */
export function entryOfBytes(id: string, date: string, bytes: number, at = '2026-03-10T08:00:00.000Z'): YearEntry {
  const size = (e: YearEntry) => utf8Bytes(JSON.stringify(e));
  const insuredYears = Array.from({ length: 26 }, (_, i) => 2000 + i);
  const payments = Object.fromEntries(PAYMENT_KEYS.map((k) => [k, '1.00']));
  const base = entry(id, date, at, { settled: { totalCost: '4500', inScopeCost: '4200', payments } });
  const withZero = (n: number): YearEntry => ({
    ...base,
    case: { ...base.case!, person: { categories: [], insuredYears, ...(n > 0 ? { zeroClaimYears: insuredYears.slice(0, n) } : {}) } },
  });
  const labelRoom = utf8Bytes(',"label":""') + 30;
  let n = 0;
  while (n < insuredYears.length && size(withZero(n + 1)) + labelRoom <= bytes) n++;
  let e = withZero(n);
  const rest = bytes - size(e) - utf8Bytes(',"label":""');
  if (rest < 0 || rest > 90) throw new Error(`cannot make an entry of ${bytes} bytes (${size(e)} before the label)`);
  // At most 30 characters: 3-byte 县 where one byte each would not reach.
  const wide = Math.max(0, Math.ceil((rest - 30) / 2));
  if (rest > 0) e = { ...e, label: '县'.repeat(wide) + 'a'.repeat(rest - 3 * wide) };
  else if (bytes !== size(e)) throw new Error(`cannot make an entry of ${bytes} bytes`);
  if (size(e) !== bytes) throw new Error(`made ${size(e)} bytes, not ${bytes}`);
  return e;
}
