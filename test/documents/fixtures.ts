import { PAYEE, daughter, father } from '../applications/helpers';

/** The 手工报销: a daughter files for her father, ¥23,800 (附件3: "23,800.00" 小写, "贰万叁仟捌佰元整" 大写). */
export function reimbursementByAgent() {
  return {
    type: 'manualReimbursement' as const,
    principal: father,
    agent: { ...daughter, relation: 'child' as const },
    manualReimbursement: { hospital: '山西省人民医院', admissionDate: '2026-10-08', dischargeDate: '2026-10-20', amount: '23800', payee: PAYEE },
  };
}
