import { RuleError } from '../../../../shared/errors';
import { seriousIllnessCapFor, waiting, type SeriousIllnessCapResult, type WaitingResult } from '../../../../shared/waiting';
import { draftToCapCase, draftToCase, type DateParts, type WaitingDraft } from './draft';

/** Error messages by dotted field path (the paths of waitingSchema and of RuleError.field). */
export type FieldErrors = Record<string, string>;

export type Answer =
  | { ok: true; input: Record<string, unknown>; result: WaitingResult; cap: CapOutcome | null }
  | { ok: false; errors: FieldErrors; banner?: string };

/** The cap card never blocks the waiting answer: its own error stays inside the card. */
export type CapOutcome = { ok: true; result: SeriousIllnessCapResult } | { ok: false; message: string };

/** The fields the page has a box for; an error on any other field (region, …) is said above the form. */
export const PAGE_FIELDS = [
  'scheme',
  'coverageYear',
  'paymentDate',
  'insuredYears',
  'birthDate',
  'specialGroup',
  'repairYears',
  'employee.kind',
  'employee.continuousYears',
  'employee.gapMonths',
  'employee.arrearsMonths',
] as const;

/** The form box a rules field belongs to ("insuredYears.2" → "insuredYears"; "employee" → "employee.kind"). */
export function pageField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  if (field === 'employee') return 'employee.kind';
  return PAGE_FIELDS.find((f) => field === f || field.startsWith(`${f}.`));
}

/**
 * The rules' message names the field ("缴费日期：日期须为…"); next to the box itself the name is left out: a refusal
 * of the input carries its reason apart (shared/schemas/describe.ts). A 暂未收录 message is a sentence of its own and
 * stays whole.
 */
export function messageForField(error: { message: string; reason?: string }): string {
  return error.reason ?? error.message;
}

function dateMissing(parts: DateParts, what: string): string | undefined {
  const filled = [parts.y, parts.m, parts.d].filter((p) => p.trim() !== '').length;
  if (filled === 0) return `请填写${what}`;
  if (filled < 3) return `请把${what}的年、月、日都填上`;
  if (![parts.y, parts.m, parts.d].every((p) => /^\d+$/.test(p.trim()))) return `${what}请只填数字，例如 2026 年 11 月 15 日`;
  return undefined;
}

function countMissing(value: string, what: string, example: string): string | undefined {
  const v = value.trim();
  if (v === '') return `请填写${what}`;
  if (!/^\d+$/.test(v)) return `${what}请填整数，例如 ${example}`;
  return undefined;
}

/** Questions not answered yet, said plainly before the schema's wording can apply. */
export function missingAnswers(draft: WaitingDraft): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: string, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  if (!draft.scheme) errors.scheme = '请选择参保险种';
  put('paymentDate', dateMissing(draft.paid, draft.scheme === 'employee' && draft.employeeKind === 'arrears' ? '补缴日期' : '缴费日期'));
  if (draft.scheme === 'resident' && draft.newborn) put('birthDate', dateMissing(draft.birth, '出生日期'));
  if (draft.scheme === 'employee') {
    if (!draft.employeeKind) errors['employee.kind'] = '请选择是哪种情况';
    if (draft.employeeKind === 'switch') put('employee.continuousYears', countMissing(draft.continuousYears, '连续参保年数', '3'));
    if (draft.employeeKind === 'transfer' || draft.employeeKind === 'switch') put('employee.gapMonths', countMissing(draft.gapMonths, '中断缴费月数', '2'));
    if (draft.employeeKind === 'arrears') put('employee.arrearsMonths', countMissing(draft.arrearsMonths, '欠费月数', '8'));
  }
  return errors;
}

/**
 * Answers on the device with the shared rules (instant, offline): the waiting period and, for residents, the year's
 * 大病保险 cap. A refusal comes back as a message beside the box it concerns.
 */
export function answer(draft: WaitingDraft, region: string, categories: readonly string[]): Answer {
  const missing = missingAnswers(draft);
  if (Object.keys(missing).length > 0) return { ok: false, errors: missing };
  const input = draftToCase(draft, region);
  let result: WaitingResult;
  try {
    result = waiting(input);
  } catch (error) {
    if (!(error instanceof RuleError)) return { ok: false, errors: {}, banner: '没有算出结果，请检查填写的内容后再试' };
    const field = pageField(error.field);
    if (!field) return { ok: false, errors: {}, banner: error.message };
    return { ok: false, errors: { [field]: messageForField(error) } };
  }
  return { ok: true, input, result, cap: draft.scheme === 'resident' ? capOf(draft, categories) : null };
}

function capOf(draft: WaitingDraft, categories: readonly string[]): CapOutcome {
  try {
    return { ok: true, result: seriousIllnessCapFor(draftToCapCase(draft, categories)) };
  } catch (error) {
    return { ok: false, message: error instanceof RuleError ? error.message : '大病保险限额没有算出来' };
  }
}

/**
 * Said before any question when the profile's region has no waiting rules encoded (暂未收录), so nobody fills the
 * form for nothing. The rules decide, with their own message: the page keeps no list of its own.
 */
export function regionNotice(region: string): string | null {
  try {
    waiting({ region, scheme: 'employee', paymentDate: '2026-01-01', employee: { kind: 'first' } });
    return null;
  } catch (error) {
    return error instanceof RuleError && error.field === 'region' ? error.message : null;
  }
}
