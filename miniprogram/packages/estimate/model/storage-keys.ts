/** Where the estimate task keeps its state on the device. */
export const DRAFT_KEY = 'estimate.draft.v1';
/** The case last estimated: the result page recomputes from it, so a reload or a restart shows the same result. */
export const LAST_CASE_KEY = 'estimate.lastCase.v1';
/** Whose estimate the last case is and how it stands in the person's year (model/year-fill.ts LastYearMeta). */
export const LAST_YEAR_KEY = 'estimate.lastYear.v1';
