import { ApplicationError } from '../applications/errors';
import type { StoreTx } from '../store/store';
import { spendIn, type Limit } from '../identity/rate-limit';

/**
 * A RATE_LIMITED refusal of the staff API that knows when the caller may try again: the router (http.ts) sends it
 * as `Retry-After` in seconds (RFC 9110 §10.2.3) with the 429, beside the Chinese message saying the same.
 */
export class StaffRateLimited extends ApplicationError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', message);
  }
}

/** Whole seconds until `until` (at least 1: a Retry-After of 0 invites an immediate retry that is refused again). */
export function secondsUntil(until: string | number, now: Date): number {
  const end = typeof until === 'number' ? until : Date.parse(until);
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

/**
 * spendIn (server/identity/rate-limit.ts) for a staff route: the same counting and the same message; a refusal also
 * carries the seconds until the latest full window among `limits` ends (the earliest moment all of them allow again).
 */
export async function spendStaff(tx: StoreTx, limits: Limit[], now: Date): Promise<void> {
  try {
    await spendIn(tx, limits, now);
  } catch (e) {
    if (!(e instanceof ApplicationError) || e.code !== 'RATE_LIMITED') throw e;
    let until = now.getTime() + 1000;
    for (const limit of limits) {
      const c = await tx.getRateCounter(limit.bucket);
      if (c && c.count >= limit.max && Date.parse(c.expiresAt) > until) until = Date.parse(c.expiresAt);
    }
    throw new StaffRateLimited(e.message, secondsUntil(until, now));
  }
}

/** A 429 whose end is not known here (a service's own limit): a minute, the shortest window any staff limit uses. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;
