import { z } from 'zod';
import { amount, isoDate, typedText } from '../../schemas/common';
import { checkStay } from '../stay';

const fields = { hospital: typedText({ max: 60 }), admissionDate: isoDate, dischargeDate: isoDate, amount };

export const manualReimbursementSection = z.object(fields).strict().superRefine(checkStay);
export const manualReimbursementDraft = z.object(fields).partial().strict().superRefine(checkStay);
export type ManualReimbursementSection = z.output<typeof manualReimbursementDraft>;

export const MANUAL_REIMBURSEMENT_FIELD_LABELS: Record<string, string> = {
  hospital: '医疗机构名称',
  admissionDate: '入院日期',
  dischargeDate: '出院日期',
  amount: '医疗费用金额',
};
