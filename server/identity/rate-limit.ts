import type { Store, StoreTx } from '../store/store';
import { ApplicationError } from '../applications/errors';

/**
 * Fixed-window counters in the store (one document per bucket, reset when its window ends), so the limit holds
 * across cloud-function instances and gateway restarts. An attempt is counted in its own transaction before the
 * action runs, so one that then fails (a wrong code) still counts — the point against trying numbers one by one.
 */
export interface Limit {
  /** Counter key, e.g. `declare:account:<openid>` or `declare:all`. */
  bucket: string;
  max: number;
  windowMs: number;
  /** Plain Chinese: what was done too often. */
  what: string;
}

/**
 * The figures. Per account they are far above what a person needs (declaring oneself once, a few relatives) and far
 * below what a script needs; the global ones cap what many accounts together can try.
 */
export const LIMITS = {
  declarePerAccountHour: { max: 10, windowMs: 3600_000 },
  declarePerAccountDay: { max: 20, windowMs: 86400_000 },
  declareAllMinute: { max: 120, windowMs: 60_000 },
  verifyPerAccountHour: { max: 5, windowMs: 3600_000 },
  verifyAllMinute: { max: 60, windowMs: 60_000 },
  submitPerAccountHour: { max: 20, windowMs: 3600_000 },
  submitPerAccountDay: { max: 50, windowMs: 86400_000 },
} as const;

function waitText(ms: number): string {
  if (ms <= 90_000) return `${Math.max(1, Math.ceil(ms / 1000))} 秒后`;
  if (ms <= 90 * 60_000) return `${Math.ceil(ms / 60_000)} 分钟后`;
  return `${Math.ceil(ms / 3600_000)} 小时后`;
}

/** Counts one attempt against every limit, in its own transaction, or refuses (RATE_LIMITED) when any is full. */
export async function spend(store: Store, limits: Limit[], now: Date): Promise<void> {
  await store.transaction((tx) => spendIn(tx, limits, now));
}

/**
 * The same inside the caller's transaction: the attempt counts only if that transaction commits (a submission that
 * is refused for bad input writes nothing, the counter included).
 */
export async function spendIn(tx: StoreTx, limits: Limit[], now: Date): Promise<void> {
  {
    const t = now.getTime();
    const counters = [];
    for (const limit of limits) {
      const c = await tx.getRateCounter(limit.bucket);
      const live = c && Date.parse(c.expiresAt) > t ? c : null;
      if (live && live.count >= limit.max) {
        throw new ApplicationError('RATE_LIMITED', `${limit.what}次数过多，请${waitText(Date.parse(live.expiresAt) - t)}再试`);
      }
      counters.push({ limit, live });
    }
    for (const { limit, live } of counters) {
      await tx.putRateCounter({
        id: limit.bucket,
        count: (live?.count ?? 0) + 1,
        expiresAt: live?.expiresAt ?? new Date(t + limit.windowMs).toISOString(),
      });
    }
  }
}
