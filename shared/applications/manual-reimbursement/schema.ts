import { z } from 'zod';
import { amount, isoDate, typedText } from '../../schemas/common';
import { checkStay } from '../stay';
import { payee, payeeDraft, PAYEE_FIELD_LABELS, type StoredPayee } from './payee';

const fields = { hospital: typedText({ max: 60 }), admissionDate: isoDate, dischargeDate: isoDate, amount };

/** 收款账户 is required on submission and may be missing from a draft, like every other box. */
export const manualReimbursementSection = z.object({ ...fields, payee }).strict().superRefine(checkStay);
export const manualReimbursementDraft = z.object({ ...fields, payee: payeeDraft }).partial().strict().superRefine(checkStay);
/** As a draft parses it; at rest `payee.account` is sealed (the module's `sealed` paths), so either form is typed here. */
export type ManualReimbursementSection = Omit<z.output<typeof manualReimbursementDraft>, 'payee'> & { payee?: StoredPayee };

export const MANUAL_REIMBURSEMENT_FIELD_LABELS: Record<string, string> = {
  hospital: '医疗机构名称',
  admissionDate: '入院日期',
  dischargeDate: '出院日期',
  amount: '医疗费用金额',
  ...PAYEE_FIELD_LABELS,
};
