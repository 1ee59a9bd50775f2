/** Where the filing task keeps its state on the device. */

/** The application being filled in: every answer as typed, the server draft's id, a pending submission's request id. */
export const DRAFT_KEY = 'apply.draft.v1';
// The user's own name, ID number and phone (used by every task) are services/me-store.ts.
