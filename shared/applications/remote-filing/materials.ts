import { cite } from '../../source';
import { GUIDE } from '../documents';
import type { MaterialItem } from '../types';
import type { RemoteFilingKind } from './kinds';

/** The proof a 备案 may need, quoted as printed (003 uses ASCII brackets). */
export const REMOTE_FILING_MATERIALS = {
  destinationHukou: { id: 'destinationHukou', name: '就医地户口簿(首页和本人页)', source: cite(GUIDE, '五、办理条件（二）') },
  residenceProof: {
    id: 'residenceProof',
    name: '就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明',
    source: cite(GUIDE, '五、办理条件（二）'),
  },
  postingCertificate: {
    id: 'postingCertificate',
    name: '参保单位开具的有效外派工作证明(加盖公章)',
    source: cite(GUIDE, '五、办理条件（二）'),
  },
  referralCertificate: { id: 'referralCertificate', name: '转出地医疗机构出具的转诊证明', source: cite(GUIDE, '附件1 温馨提示 3') },
  // 003 prints "户口薄", a typo for 户口簿 (the register, as 五（二） itself writes it): the label uses the right word.
  agentAndPrincipalIdentity: {
    id: 'agentAndPrincipalIdentity',
    name: '代办人及备案人身份证或户口簿原件等相关资料',
    printedAs: '代办人及备案人身份证或户口薄原件等相关资料',
    source: cite(GUIDE, '六、提交资料（二）'),
  },
} satisfies Record<string, MaterialItem>;

type ItemId = keyof typeof REMOTE_FILING_MATERIALS;

/**
 * The proof each 备案 kind needs (003 五（二）, 附件1 温馨提示 3 and 6). 其他临时外出就医 names no proof in either
 * document, so its list is empty apart from what an agent adds.
 */
const PROOF: Record<RemoteFilingKind, ItemId[]> = {
  retiredRelocated: ['destinationHukou'],
  longTermResident: ['residenceProof'],
  postedWorker: ['postingCertificate'],
  referral: ['referralCertificate'],
  otherTemporary: [],
};

/** An agent adds their and the principal's identity papers (003 六（二）). */
export function remoteFilingChecklist(kind: RemoteFilingKind | undefined, hasAgent: boolean): MaterialItem[] {
  const ids: ItemId[] = [...(kind ? PROOF[kind] : []), ...(hasAgent ? (['agentAndPrincipalIdentity'] as const) : [])];
  return ids.map((id) => REMOTE_FILING_MATERIALS[id]);
}

/**
 * Why an online filing may be submitted before every proof is uploaded: "参保人员线上备案时应满足相对应的证明材料
 * 要求，并妥善保存，已备核查时使用" (003 附件1 温馨提示 7). The checklist shows what is missing; staff may return
 * the application for it.
 */
export const ONLINE_PROOF_NOTE = {
  text: '参保人员线上备案时应满足相对应的证明材料要求,并妥善保存,已备核查时使用。',
  source: cite(GUIDE, '附件1 温馨提示 7'),
};
