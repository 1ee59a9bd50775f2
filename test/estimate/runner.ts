/**
 * The one runner of the estimate tables: it turns a row into the case to send, runs it through the public
 * `estimate()`, and compares any surface's answer (rules, CLI, cloud function, gateway) with the row's expectation.
 * `compare` returns the differences in words, so a failing row says which figure is wrong.
 */
import { estimate } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';
import { BAZHONG_ROWS } from './cases/bazhong';
import { SUIZHOU_ROWS } from './cases/suizhou';
import { EstimateRow, Expectation, PayerKey, StepExpectation, Surface } from './row';

export const TABLES: { name: string; rows: EstimateRow[] }[] = [
  { name: '巴中', rows: BAZHONG_ROWS },
  { name: '随县', rows: SUIZHOU_ROWS },
];

export const ALL_ROWS: EstimateRow[] = TABLES.flatMap((t) => t.rows);

/** An answer as it comes over the wire (JSON): the result, or the refusal in the shared error envelope. */
export type Answer = { ok: true; data: AnswerData } | { ok: false; code: string; message: string; field?: string };

interface AnswerStep {
  payer: string;
  payerName: string;
  amount: string;
  formula: string;
  source: { doc: string; section: string };
}

export interface AnswerData {
  region: string;
  totalCost: string;
  payments: Record<string, string>;
  fundTotal: string;
  outOfScope: string;
  selfPayInScope: string;
  personalPay: string;
  steps: AnswerStep[];
  notes: string[];
  allowances?: { amount: string }[];
  yearToDateAfter: Record<string, string>;
}

export function rowById(id: string): EstimateRow {
  const row = ALL_ROWS.find((r) => r.id === id);
  if (!row) throw new Error(`no estimate row ${id}`);
  return row;
}

export function rowsFor(surface: Surface): EstimateRow[] {
  return ALL_ROWS.filter((r) => r.surfaces?.includes(surface));
}

/** The rules' own answer, in the wire form every surface answers with. */
export function answerOf(input: unknown): Answer {
  try {
    return { ok: true, data: JSON.parse(JSON.stringify(estimate(input))) as AnswerData };
  } catch (e) {
    if (e instanceof RuleError) return e.toJSON();
    throw e;
  }
}

/** The case a row sends: its input, starting from the year-to-date figures its predecessor (`after`) left. */
export function caseOf(row: EstimateRow): Record<string, unknown> {
  if (!row.after) return row.input;
  if (row.input.yearToDate) throw new Error(`row ${row.id}: give either yearToDate or after, not both`);
  const before = answerOf(caseOf(rowById(row.after)));
  if (!before.ok) throw new Error(`row ${row.id}: the row it follows (${row.after}) was refused`);
  return { ...row.input, yearToDate: before.data.yearToDateAfter };
}

function checkStep(data: AnswerData, want: StepExpectation, out: string[]): void {
  const label = `step ${want.at ?? want.payerName ?? want.payer}`;
  let step: AnswerStep | undefined;
  if (want.at === 'last') step = data.steps[data.steps.length - 1];
  else if (typeof want.at === 'number') step = data.steps[want.at];
  else if (want.payerName) step = data.steps.find((s) => s.payerName === want.payerName);
  else step = data.steps.find((s) => s.payer === want.payer);

  if (want.absent) {
    if (step) out.push(`${label}: expected no such step, found "${step.formula}"`);
    return;
  }
  if (!step) {
    out.push(`${label}: missing`);
    return;
  }
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (expected !== undefined && actual !== expected) out.push(`${label} ${what}: expected ${String(expected)}, got ${String(actual)}`);
  };
  same('payer', step.payer, want.payer);
  same('payerName', step.payerName, want.payerName);
  same('amount', step.amount, want.amount);
  same('formula', step.formula, want.formula);
  for (const phrase of want.says ?? []) if (!step.formula.includes(phrase)) out.push(`${label}: "${step.formula}" does not say "${phrase}"`);
  if (want.source && (step.source?.doc !== want.source.doc || step.source?.section !== want.source.section)) {
    out.push(`${label} source: expected ${want.source.doc} ${want.source.section}, got ${step.source?.doc} ${step.source?.section}`);
  }
}

/** Every way `answer` differs from `want`, in words; empty when the answer is what the row expects. */
export function compare(answer: Answer, want: Expectation): string[] {
  const out: string[] = [];
  if (want.error) {
    if (answer.ok) return ['expected a refusal, got a result'];
    const { code, field, message, says } = want.error;
    if (code !== undefined && answer.code !== code) out.push(`error code: expected ${code}, got ${answer.code}`);
    if (field !== undefined && answer.field !== field) out.push(`error field: expected ${field}, got ${answer.field}`);
    if (message !== undefined && answer.message !== message) out.push(`error message: expected "${message}", got "${answer.message}"`);
    if (says !== undefined && !answer.message.includes(says)) out.push(`error message "${answer.message}" does not say "${says}"`);
    return out;
  }
  if (!answer.ok) return [`expected a result, got ${answer.code}: ${answer.message}`];
  const data = answer.data;
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (expected !== undefined && actual !== expected) out.push(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  };
  same('region', data.region, want.region);
  for (const [payer, amount] of Object.entries(want.payments ?? {})) same(`payments.${payer}`, data.payments[payer as PayerKey], amount);
  same('totalCost', data.totalCost, want.totalCost);
  same('fundTotal', data.fundTotal, want.fundTotal);
  same('outOfScope', data.outOfScope, want.outOfScope);
  same('selfPayInScope', data.selfPayInScope, want.selfPayInScope);
  same('personalPay', data.personalPay, want.personalPay);
  for (const [key, value] of Object.entries(want.yearToDateAfter ?? {})) same(`yearToDateAfter.${key}`, data.yearToDateAfter[key], value);
  if (want.allowance !== undefined) same('allowance', data.allowances?.[0]?.amount ?? null, want.allowance);
  for (const step of want.steps ?? []) checkStep(data, step, out);
  for (const phrase of want.noStepSays ?? []) {
    const hit = data.steps.find((s) => s.formula.includes(phrase));
    if (hit) out.push(`a step says "${phrase}": "${hit.formula}"`);
  }
  for (const note of want.notesInclude ?? []) if (!data.notes.includes(note)) out.push(`notes lack "${note}"`);
  const notes = data.notes.join('');
  for (const phrase of want.notesSay ?? []) if (!notes.includes(phrase)) out.push(`notes do not say "${phrase}"`);
  for (const phrase of want.notesDoNotSay ?? []) if (notes.includes(phrase)) out.push(`notes say "${phrase}"`);
  if (want.note) {
    const { startsWith, says, saysNot, absent } = want.note;
    const note = data.notes.find((n) => n.startsWith(startsWith));
    if (absent) {
      if (note) out.push(`expected no note starting "${startsWith}", found "${note}"`);
    } else if (!note) {
      out.push(`no note starts with "${startsWith}"`);
    } else {
      for (const phrase of says ?? []) if (!note.includes(phrase)) out.push(`note "${note}" does not say "${phrase}"`);
      for (const phrase of saysNot ?? []) if (note.includes(phrase)) out.push(`note "${note}" says "${phrase}"`);
    }
  }
  return out;
}

/** Test names: the id, then the Chinese title. */
export function named(rows: EstimateRow[]): [string, EstimateRow][] {
  return rows.map((r) => [`${r.id} ${r.title}`, r]);
}
