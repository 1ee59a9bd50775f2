import { createHash, randomBytes } from 'crypto';
import type { BindingRole } from '../store/types';

/** One binding per (account, person, role): the document id is derived, so declaring twice updates, never duplicates. */
export function bindingId(openid: string, idHash: string, role: BindingRole): string {
  return createHash('sha256').update(`${openid}\n${idHash}\n${role}`).digest('hex').slice(0, 32);
}

/**
 * The 核验编号 a person reads out at the counter: six characters of Crockford's base32 (no I, L, O, U), so "0" and
 * "O", "1" and "I" cannot be confused when heard. Not a secret — staff also check the ID card — only a way to find
 * this account's binding among the accounts that declared the same person.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newRef(): string {
  const bytes = randomBytes(6);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** What staff typed, read the way newRef writes: case, O for 0 and I/L for 1 forgiven. */
export function normalizeRef(ref: string): string {
  return ref.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}
