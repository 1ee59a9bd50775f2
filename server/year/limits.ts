import type { Limit } from '../identity/rate-limit';

/**
 * How often an account may sync its year records (server/identity/rate-limit.ts counters). A device syncs after each
 * change and when a year is opened, for each person: a few dozen an hour at most. A script writing in a loop is
 * stopped long before it costs anything; no global bucket, so one account's flood never delays another's sync.
 */
export const YEAR_SYNC_LIMITS = {
  perAccountHour: { max: 120, windowMs: 3600_000 },
  perAccountDay: { max: 600, windowMs: 86400_000 },
} as const;

export function yearSyncLimits(openid: string): Limit[] {
  const what = '同步年度就医记录';
  return [
    { bucket: `yearSync:hour:${openid}`, ...YEAR_SYNC_LIMITS.perAccountHour, what },
    { bucket: `yearSync:day:${openid}`, ...YEAR_SYNC_LIMITS.perAccountDay, what },
  ];
}
