import type { WaitingDraft } from './draft';
import type { FieldErrors } from './answer';

/** Which rules field each answer of the draft feeds: changing an answer clears the message beside its box. */
const FIELD_OF: Partial<Record<keyof WaitingDraft, string[]>> = {
  scheme: ['scheme'],
  coverageYear: ['coverageYear', 'insuredYears', 'paymentDate'],
  paid: ['paymentDate'],
  insuredYears: ['insuredYears'],
  newborn: ['birthDate', 'paymentDate'],
  birth: ['birthDate', 'paymentDate'],
  specialGroup: ['specialGroup'],
  employeeKind: ['employee.kind', 'employee.continuousYears', 'employee.gapMonths', 'employee.arrearsMonths'],
  continuousYears: ['employee.continuousYears'],
  gapMonths: ['employee.gapMonths'],
  arrearsMonths: ['employee.arrearsMonths'],
};

export function clearedErrors(errors: FieldErrors, patch: Partial<WaitingDraft>): FieldErrors {
  const touched = new Set(Object.keys(patch).flatMap((k) => FIELD_OF[k as keyof WaitingDraft] ?? []));
  touched.add('repairYears');
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !touched.has(field)));
}

/** The boxes the page shows for these answers; a message for any other field goes above the form. */
export function visibleFields(draft: WaitingDraft): string[] {
  const fields = ['scheme', 'paymentDate'];
  if (draft.scheme === 'employee') {
    fields.push('employee.kind');
    if (draft.employeeKind === 'switch') fields.push('employee.continuousYears');
    if (draft.employeeKind === 'transfer' || draft.employeeKind === 'switch') fields.push('employee.gapMonths');
    if (draft.employeeKind === 'arrears') fields.push('employee.arrearsMonths');
  } else if (draft.scheme === 'resident') {
    fields.push('coverageYear', 'insuredYears', 'specialGroup');
    if (draft.newborn) fields.push('birthDate');
  }
  return fields;
}

/** The plain question for the payment date, which reads differently for each situation. */
export function paymentQuestion(draft: WaitingDraft): { label: string; help: string } {
  if (draft.scheme === 'employee') {
    switch (draft.employeeKind) {
      case 'arrears':
        return { label: '哪天补缴清欠费（含滞纳金）？', help: '还没补缴就填打算补缴的日子。' };
      case 'transfer':
        return { label: '哪天在本市接着缴费？', help: '转入本市后第一次缴费的日子。' };
      case 'switch':
        return { label: '哪天转入、缴费？', help: '转入新险种后第一次缴费的日子。' };
      default:
        return { label: '哪天在本市参保缴费？', help: '还没缴就填打算缴费的日子。' };
    }
  }
  return { label: '哪天缴的费？', help: '看缴费记录上的日期；还没缴就填打算缴费的日子。' };
}
