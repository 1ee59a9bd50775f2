import { cite } from '../../../source';
import type { MaterialItem } from '../../../applications/types';
import { DOC } from '../documents';

/**
 * 000 第六条 names one paper for the 非一站式 住院医疗补助: the 医保结算单, original or a copy stamped by the hospital.
 * The 细则 says nothing of an agent's papers, so none are added for one (003's 六（二） is about 备案 in 山西).
 */
export const SETTLEMENT_SHEET: MaterialItem = {
  id: 'veteranSettlementSheet',
  name: '医疗机构医保结算单原件或复印件加盖医疗机构印章',
  source: cite(DOC, '第六条'),
};

/** Which form of the 结算单 the person brings: "原件或复印件加盖医疗机构印章" (第六条). */
export const SHEET_FORMS = [
  { id: 'original', label: '医保结算单原件' },
  { id: 'sealedCopy', label: '医保结算单复印件（加盖医疗机构印章）' },
] as const;
