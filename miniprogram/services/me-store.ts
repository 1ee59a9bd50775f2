import { EMPTY_ME, parseMe, type Me } from '../models/people';
import { readStored, writeStored } from './storage';

/**
 * The user's own name, ID number and phone, typed once: they are the principal when filing for themselves and the
 * agent when filing for a relative, in every task. Kept on this phone only (the server never sends an ID number back
 * unmasked). The key keeps the name it had when only the filing pages used it, so a phone keeps what it remembered.
 */
export const ME_KEY = 'apply.me.v1';

export function loadMe(): Me {
  return readStored(ME_KEY, (raw) => (raw === undefined ? { ...EMPTY_ME } : parseMe(raw)));
}

export function saveMe(me: Me): void {
  writeStored(ME_KEY, me);
}
