import type { CommitmentForm } from './types';

/** The form with its blanks filled; a blank without a value stays a visible "____". */
export function renderCommitment(form: CommitmentForm, values: Record<string, string>): string[] {
  return form.paragraphs.map((p) => p.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? '____'));
}
