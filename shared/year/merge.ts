import { MAX_YEAR_TOMBSTONES } from '../schemas/year';
import type { YearEntry } from './types';

/**
 * Two copies of one year record (the device's and the store's, or two devices') made one, the same whichever side
 * merges: pure, deterministic, commutative and idempotent, so the server can merge in its transaction and the device
 * again with the answer without the two ever disagreeing.
 */

/** Plain code-unit order: the same on every engine (localeCompare is not). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with keys sorted: the same entry always writes the same string, whatever order its keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort(cmp);
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Which of two copies of the same entry wins: the later updatedAt (timestamps are toISOString's, so they compare as
 * strings); on a tie a tombstone (a deletion is never undone by a copy of the same moment), then the larger canonical
 * JSON, an arbitrary but stable choice.
 */
function winner(x: YearEntry, y: YearEntry): YearEntry {
  const byTime = cmp(x.updatedAt, y.updatedAt);
  if (byTime !== 0) return byTime > 0 ? x : y;
  const xDead = x.deletedAt !== undefined;
  const yDead = y.deletedAt !== undefined;
  if (xDead !== yDead) return xDead ? x : y;
  return cmp(canonical(x), canonical(y)) >= 0 ? x : y;
}

/** Chain order: live entries by (case.date, createdAt, id); tombstones after them, by (deletedAt, id). */
export function chainOrder(a: YearEntry, b: YearEntry): number {
  const aDead = a.deletedAt !== undefined || !a.case;
  const bDead = b.deletedAt !== undefined || !b.case;
  if (aDead !== bDead) return aDead ? 1 : -1;
  if (aDead) return cmp(a.deletedAt ?? '', b.deletedAt ?? '') || cmp(a.id, b.id);
  return cmp(a.case!.date, b.case!.date) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);
}

/** Sorts a copy of the entries in chain order. */
export function inChainOrder(entries: readonly YearEntry[]): YearEntry[] {
  return [...entries].sort(chainOrder);
}

/**
 * The union of two lists of entries by id, the winning copy of each (see `winner`), in chain order; beyond
 * MAX_YEAR_TOMBSTONES tombstones, the oldest deletions are dropped (a device that still has such an old entry could
 * bring it back — the price of a bounded record). Live entries are never dropped: a union above MAX_YEAR_ENTRIES is
 * the caller's to refuse.
 */
export function mergeEntries(a: YearEntry[], b: YearEntry[]): YearEntry[] {
  const byId = new Map<string, YearEntry>();
  for (const e of [...a, ...b]) {
    const held = byId.get(e.id);
    byId.set(e.id, held ? winner(held, e) : e);
  }
  const merged = inChainOrder([...byId.values()]);
  const firstDead = merged.findIndex((e) => e.deletedAt !== undefined || !e.case);
  if (firstDead < 0) return merged;
  const dead = merged.length - firstDead;
  // Tombstones are sorted oldest deletion first: drop from their front.
  return dead > MAX_YEAR_TOMBSTONES ? [...merged.slice(0, firstDead), ...merged.slice(firstDead + dead - MAX_YEAR_TOMBSTONES)] : merged;
}
