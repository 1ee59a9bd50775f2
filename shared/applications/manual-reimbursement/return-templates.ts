import type { ReturnTemplate } from '../../contract/staff';
import { PRINCIPAL_MISMATCH, photoTemplates } from '../return-template-kit';
import { MANUAL_REIMBURSEMENT_MATERIALS } from './materials';

/**
 * Why staff return a 住院省内异地线上手工报销, from what it is reimbursed on: 结算票据、费用清单、出院证明 (004 第二章
 * 三十八问) against the boxes the applicant filled (the hospital, the dates, the amount the 承诺书 names, 003 附件2/3).
 */
const item = (id: string) => MANUAL_REIMBURSEMENT_MATERIALS.find((x) => x.id === id)!.id;

export function manualReimbursementReturnTemplates(): ReturnTemplate[] {
  return [
    ...photoTemplates(MANUAL_REIMBURSEMENT_MATERIALS),
    {
      id: 'amount.mismatch',
      text: '填写的医疗费用金额与结算票据不一致，请核对',
      concerns: { fields: ['manualReimbursement.amount'], materials: [item('settlementReceipt')] },
    },
    {
      id: 'dates.mismatch',
      text: '填写的入院、出院日期与出院证明不一致，请核对',
      concerns: { fields: ['manualReimbursement.admissionDate', 'manualReimbursement.dischargeDate'], materials: [item('dischargeCertificate')] },
    },
    {
      id: 'hospital.mismatch',
      text: '填写的医疗机构名称与结算票据不一致，请核对',
      concerns: { fields: ['manualReimbursement.hospital'], materials: [item('settlementReceipt')] },
    },
    PRINCIPAL_MISMATCH,
  ];
}
