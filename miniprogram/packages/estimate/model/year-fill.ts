import { yearToDateFor, type YearVisit } from '../../../../shared/year/chain';
import type { YearEntry } from '../../../../shared/year/types';
import { caseOf, countedText } from '../../../models/year';
import { draftToCase, relevantYtdKeys, type EstimateDraft, type YtdKey } from './draft';
import { YTD_LABELS } from './labels';

/**
 * The year-to-date figures of the next estimate, from the person's record (issue 14: "The next estimate fills
 * year-to-date from that record automatically and says so"): the chain of the visits of the same region, scheme and
 * year dated on or before this bill (shared/year/chain.ts yearToDateFor), and the words the step shows.
 */
export interface YearFill {
  counted: YearVisit[];
  /** What is sent: every non-zero figure the chain carried (the rules read those this kind of care needs). */
  yearToDate: Record<string, string>;
  /** "已计入今年 2 次住院：3月1日 三级医院 55,000.00 元；…" */
  text: string;
  /** The figures this kind of care reads, labelled as the manual boxes are. */
  shown: { key: YtdKey; label: string; amount: string }[];
}

/**
 * The date the estimate is made with: a bill being changed (修改这一次) keeps its own 结算日期, so it is re-estimated
 * where it stands in the year; a new bill is estimated today.
 */
export function estimateDateFor(draft: Pick<EstimateDraft, 'editing'>, entries: YearEntry[], today: string): string {
  const edited = draft.editing ? entries.find((e) => e.id === draft.editing && !e.deletedAt && e.case) : undefined;
  return edited?.case?.date ?? today;
}

/** The fill for this draft, or null when the record has no earlier visit of its chain (the manual boxes are shown). */
export function yearFillFor(draft: EstimateDraft, entries: YearEntry[], date: string): YearFill | null {
  if (!draft.scheme || entries.length === 0) return null;
  const next = caseOf(draftToCase(draft, date));
  const { yearToDate, counted } = yearToDateFor(entries, next, draft.editing ? { excludeId: draft.editing } : {});
  if (counted.length === 0) return null;
  const shown = relevantYtdKeys(draft)
    .filter((key) => yearToDate[key] !== undefined)
    .map((key) => ({ key, label: YTD_LABELS[key].label, amount: yearToDate[key] }));
  return { counted, yearToDate, text: countedText(counted), shown };
}

/** Switching to 我自己填: the boxes start from the record's figures (those this kind of care reads), to correct. */
export function manualFromFill(draft: EstimateDraft, fill: YearFill | null): Partial<Record<YtdKey, string>> {
  const typed = Object.values(draft.yearToDate).some((v) => (v ?? '').trim() !== '');
  if (typed || !fill) return draft.yearToDate;
  const out: Partial<Record<YtdKey, string>> = {};
  for (const s of fill.shown) out[s.key] = s.amount;
  return out;
}

/** What the result page says about the year-to-date figures it was given. */
export type YtdSource = 'record' | 'typed' | 'none';

/** Whose estimate the result page shows, and where it stands in the year (kept beside the last case). */
export interface LastYearMeta {
  who: string;
  ytd: YtdSource;
  /** How many visits of the record were counted (ytd 'record'). */
  counted: number;
  /** The entry this estimate changes (修改这一次), '' for a new bill. */
  editing: string;
  /** The entry this result was recorded as, once 记入本年 (or the edited one, once saved). */
  recordedId: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseLastYearMeta(raw: unknown): LastYearMeta {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const id = (v: unknown) => (typeof v === 'string' && ID.test(v) ? v : '');
  return {
    who: id(r.who) || 'self',
    ytd: r.ytd === 'record' || r.ytd === 'typed' ? r.ytd : 'none',
    counted: typeof r.counted === 'number' && Number.isInteger(r.counted) && r.counted >= 0 ? r.counted : 0,
    editing: id(r.editing),
    recordedId: id(r.recordedId),
  };
}

/**
 * The case the form sends: the draft's, with the record's year-to-date figures unless the person chose to type them
 * (then the typed ones win and the result says so).
 */
export function withYearToDate(
  input: Record<string, unknown>,
  draft: EstimateDraft,
  fill: YearFill | null,
): { input: Record<string, unknown>; ytd: YtdSource; counted: number } {
  if (fill && !draft.ytdManual) return { input: { ...input, yearToDate: { ...fill.yearToDate } }, ytd: 'record', counted: fill.counted.length };
  const typed = Object.keys((input.yearToDate as Record<string, string> | undefined) ?? {}).length > 0;
  return { input, ytd: typed ? 'typed' : 'none', counted: 0 };
}
