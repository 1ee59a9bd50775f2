import { randomInt, timingSafeEqual } from 'crypto';
import type { IdCipher } from '../crypto/id-cipher';
import type { VerificationCode } from '../store/types';
import { ROSTER_CODE_DIGITS } from '../../shared/schemas/identity';

/**
 * The 服务站's one-time code. A veteran (or the family) gets it at the station, on paper or by phone; with it, and the
 * name and ID number exactly as the roster has them, the account's binding becomes verified. Only a keyed hash of
 * the code is stored (a copy of the database does not give the codes away); wrong attempts end it.
 */
export const CODE_LIFETIME_DAYS = 30;
export const MAX_CODE_ATTEMPTS = 5;

export function newCode(): string {
  return String(randomInt(0, 10 ** ROSTER_CODE_DIGITS)).padStart(ROSTER_CODE_DIGITS, '0');
}

export function codeHash(cipher: IdCipher, idHash: string, code: string): string {
  // The cipher's lookup HMAC, with a prefix no ID number has: keyed, so 10^8 codes cannot be tried offline.
  return cipher.hash(`CODE:${idHash}:${code}`);
}

export type CodeCheck = 'ok' | 'wrong' | 'unusable';

/** Whether a typed code redeems the stored one now. 'unusable': none, used, expired, or too many wrong tries. */
export function checkCode(cipher: IdCipher, stored: VerificationCode | null, idHash: string, typed: string, now: Date): CodeCheck {
  if (!stored || stored.usedAt !== null || Date.parse(stored.expiresAt) <= now.getTime() || stored.attempts >= MAX_CODE_ATTEMPTS) return 'unusable';
  const a = Buffer.from(codeHash(cipher, idHash, typed));
  const b = Buffer.from(stored.codeHash);
  return a.length === b.length && timingSafeEqual(a, b) ? 'ok' : 'wrong';
}
