import type { ReturnTemplate } from '../../contract/staff';
import { PRINCIPAL_MISMATCH, photoTemplates } from '../return-template-kit';
import { citationText } from '../../source';
import { soleClaimTerms } from './terms';

/**
 * Why the station returns a 非一站式 住院医疗补助 claim, from what the region's article asks (阳城: 000 第六条 — 县外
 * 就医住院, 医疗机构医保结算单原件或复印件加盖医疗机构印章): the 结算单 itself, its seal, and the figures and stay
 * the applicant copied from it.
 */
export function veteranSubsidyReturnTemplates(): ReturnTemplate[] {
  const sheet = soleClaimTerms().settlementSheet;
  return [
    ...photoTemplates([sheet]),
    {
      id: 'sheet.seal',
      text: '医保结算单为复印件的，须加盖医疗机构印章，请重新上传',
      concerns: { fields: ['veteranSubsidy.settlementSheet'], materials: [sheet.id] },
    },
    {
      id: 'figures.mismatch',
      text: '填写的金额与医保结算单不一致，请核对',
      concerns: {
        fields: ['veteranSubsidy.totalCost', 'veteranSubsidy.inScopeSelfPay', 'veteranSubsidy.outOfScope', 'veteranSubsidy.personalAccountPaid'],
        materials: [sheet.id],
      },
    },
    {
      id: 'stay.mismatch',
      text: '填写的医疗机构或入院、出院日期与医保结算单不一致，请核对',
      concerns: { fields: ['veteranSubsidy.hospital', 'veteranSubsidy.admissionDate', 'veteranSubsidy.dischargeDate'], materials: [sheet.id] },
    },
    PRINCIPAL_MISMATCH,
  ];
}

/** 第六条: the station 审核 and registers; the county's 退役军人事务局 审批拨付 — acceptance records the payment. */
export function veteranSubsidyAcceptedBy(): { roles: ['approver']; because: string } {
  const form = soleClaimTerms().approvalForm;
  return { roles: ['approver'], because: `${form.procedure}（${citationText(form.source)}）` };
}
