/** Where the 优抚补助 pages keep their state on the device. */

/** Whose ledger was looked at last ('' oneself, or a saved family member's id), so the page opens on it again. */
export const WHOSE_KEY = 'veteran.whose.v1';

/** The 非一站式 claim being filled in: every box as typed, the server draft's id, a pending submission's request id. */
export const CLAIM_KEY = 'veteran.claim.v1';
