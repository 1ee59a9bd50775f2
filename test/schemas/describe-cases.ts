/**
 * Real refusals of the request schemas (estimate, applications, identity, veteran subsidy, waiting period), each
 * with the message the functions answered with before the one describer existed (recorded from the translators it
 * replaced), and the path it now keeps. test/schemas/describe.test.ts holds the describer to every line.
 */
import { parseApplicationRequest, createDraftRequest, staffReasonRequest, submitRequest } from '../../shared/schemas/application';
import { parseOrThrow } from '../../shared/schemas/common';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { declareSelfRequest, parseIdentityRequest, verifyWithCodeRequest } from '../../shared/schemas/identity';
import { parseVeteran, subsidySchema } from '../../shared/schemas/veteran';
import { parseWaiting, waitingSchema } from '../../shared/schemas/waiting';

export interface DescribeCase {
  name: string;
  run: () => unknown;
  message: string;
  field?: string;
  reason: string;
  path: (string | number)[];
}

const stay = {
  region: 'bazhong',
  date: '2025-06-01',
  scheme: 'resident',
  person: { categories: [] },
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '5000', inScopeCost: '4000' },
};

const resident = { region: 'bazhong', scheme: 'resident', paymentDate: '2025-12-20', coverageYear: 2026, insuredYears: [2025] };

const veteranCase = {
  region: 'yangcheng',
  date: '2025-06-01',
  veteran: { category: 'disabled', disabilityGrade: 5 },
  hospital: { inCounty: true },
  settlement: { inScopeSelfPay: '1000' },
};

export const DESCRIBE_CASES: Omit<DescribeCase, 'message' | 'field' | 'reason' | 'path'>[] = [
  { name: 'estimate: an empty request', run: () => parseOrThrow(estimateCaseSchema, {}) },
  { name: 'estimate: an amount that is not one', run: () => parseOrThrow(estimateCaseSchema, { ...stay, visit: { ...stay.visit, totalCost: '4500.123' } }) },
  { name: 'estimate: an identity not in the list (array element)', run: () => parseOrThrow(estimateCaseSchema, { ...stay, person: { categories: ['nobody'] } }) },
  { name: 'estimate: an unknown key in the visit', run: () => parseOrThrow(estimateCaseSchema, { ...stay, visit: { ...stay.visit, colour: 'red' } }) },
  { name: 'estimate: an unknown year-to-date key', run: () => parseOrThrow(estimateCaseSchema, { ...stay, yearToDate: { spentOnMoon: '1' } }) },
  { name: 'application: a draft with no type', run: () => parseApplicationRequest(createDraftRequest, { content: {} }) },
  { name: 'application: a principal ID number with a wrong check digit', run: () => parseApplicationRequest(createDraftRequest, { content: { type: 'manualReimbursement', principal: { idNumber: '110105194912310021' } } }) },
  { name: 'application: submit without accepting the commitment', run: () => parseApplicationRequest(submitRequest, { id: 'app-1', requestId: 'req-12345678', commitment: { accepted: false, signerName: '张三' } }) },
  { name: 'application: a staff decision without a reason', run: () => parseApplicationRequest(staffReasonRequest, { id: 'app-1', staff: '李四' }) },
  { name: 'identity: declare with an empty name', run: () => parseIdentityRequest(declareSelfRequest, { name: '', idNumber: '11010519491231002X' }) },
  { name: 'identity: a code of the wrong length', run: () => parseIdentityRequest(verifyWithCodeRequest, { name: '张三', idNumber: '11010519491231002X', code: '123' }) },
  { name: 'veteran: a grade out of range', run: () => parseVeteran(subsidySchema, { ...veteranCase, veteran: { category: 'disabled', disabilityGrade: 11 } }) },
  { name: 'veteran: a settlement amount missing', run: () => parseVeteran(subsidySchema, { ...veteranCase, settlement: {} }) },
  { name: 'veteran: an unknown key in the settlement', run: () => parseVeteran(subsidySchema, { ...veteranCase, settlement: { inScopeSelfPay: '1', tip: '1' } }) },
  { name: 'waiting: a date that does not exist', run: () => parseWaiting(waitingSchema, { ...resident, paymentDate: '2026-02-30' }) },
  { name: 'waiting: an insured year that is not a number (array element)', run: () => parseWaiting(waitingSchema, { ...resident, insuredYears: [2024, 'x'] }) },
  { name: 'waiting: an openid in the body', run: () => parseWaiting(waitingSchema, { ...resident, openid: 'o-forged' }) },
];

/** What a case threw, as plain data. */
export function refusalOf(run: () => unknown): { code?: unknown; message?: unknown; field?: unknown; reason?: unknown; path?: unknown } {
  try {
    run();
  } catch (e) {
    const r = e as { code?: unknown; message?: unknown; field?: unknown; reason?: unknown; path?: unknown };
    return { code: r.code, message: r.message, field: r.field, reason: r.reason, path: r.path };
  }
  throw new Error('the case was accepted');
}
