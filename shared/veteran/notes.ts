import type { Trace } from '../explain';

/**
 * Notes about the person's whole year rather than one claim: who counts, 资助参保, the 定额门诊补助, the 非一站式
 * window. The ledger page shows them; a claim's estimate card leaves them out, choosing by kind, not by wording.
 */
export type YearNoteKind = 'eligibility' | 'enrolment' | 'allowance' | 'window';

export interface YearNote {
  kind: YearNoteKind;
  text: string;
}

const yearNotes = new WeakMap<Trace, YearNote[]>();

/** A note of the trace that is about the year: added to `trace.notes` as any note, and remembered with its kind. */
export function yearNote(trace: Trace, kind: YearNoteKind, text: string): void {
  trace.note(text);
  const list = yearNotes.get(trace) ?? [];
  if (!list.some((n) => n.text === text)) list.push({ kind, text });
  yearNotes.set(trace, list);
}

export function yearNotesOf(trace: Trace): YearNote[] {
  return yearNotes.get(trace) ?? [];
}
