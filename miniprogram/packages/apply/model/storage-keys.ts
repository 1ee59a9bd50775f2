/** Where the filing task keeps its state on the device. */

/** The application being filled in: every answer as typed, the server draft's id, a pending submission's request id. */
export const DRAFT_KEY = 'apply.draft.v1';

/**
 * The user's own name, ID number and phone, typed once: they are the principal when filing for themselves and the
 * agent when filing for a relative. Kept on this phone only (the server never sends an ID number back unmasked).
 */
export const ME_KEY = 'apply.me.v1';
