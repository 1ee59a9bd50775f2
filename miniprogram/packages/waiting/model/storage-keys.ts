/** Where the waiting-period task keeps its state on the device: what was typed, and whether it was answered. */
export const DRAFT_KEY = 'waiting.draft.v1';
