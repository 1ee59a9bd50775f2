import type { ClaimVocabulary } from '../../../veteran/vocabulary';
import { APPROVAL_FORM } from './approval-form';
import { DECLARATION } from './declaration';
import { CLAIM_QUESTIONS } from './questions';
import { SETTLEMENT_SHEET, SHEET_FORMS } from './settlement-sheet';

/**
 * 000 第六条's 非一站式 住院医疗补助 claim in the 细则's words (the manifest's `veteran.claim`): the 结算单 and its
 * two forms, 第十一条's questions, 第十条、第十一条 as what the signer accepts, and the 《医疗补助审批表》. Data only;
 * the claim itself is the generic application type shared/applications/veteran-subsidy.
 */
export const claim: ClaimVocabulary = {
  /** 阳城县: its claims are numbered YC-2026-000001 and on. */
  numberPrefix: 'YC',
  settlementSheet: SETTLEMENT_SHEET,
  sheetForms: SHEET_FORMS,
  questions: CLAIM_QUESTIONS,
  declaration: DECLARATION,
  approvalForm: APPROVAL_FORM,
};
