/**
 * A request id made once per submission attempt, so that a retry after a lost answer returns the same application
 * instead of filing twice. Every task that submits an application (the filing pages, the veteran claim) uses it.
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new submission attempt's id (8–64 of [A-Za-z0-9_-], shared/schemas/application requestId): the time in base 36
 * and 16 random characters, so two attempts, on one phone or many, do not collide.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 16; i++) tail += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return `req-${now.toString(36)}-${tail}`;
}

/** The id to submit with: the pending attempt's, when one was sent and not confirmed, or a new one. */
export function requestIdFor(pending: string, make: () => string = () => newRequestId()): string {
  return /^[A-Za-z0-9_-]{8,64}$/.test(pending) ? pending : make();
}

/** A submission that failed in transport may have reached the server: keep its id for the retry. */
export function keepRequestIdAfter(error: { code: string }): boolean {
  return error.code === 'NETWORK' || error.code === 'BAD_RESPONSE' || error.code === 'INTERNAL';
}
