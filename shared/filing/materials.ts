import { cite, Source } from '../source';
import { ApplicationType, RemoteFilingKind } from './kinds';

const YANGCHENG = '000_22e2e209a52c8b7a.txt';
const SHANXI = '003_721ce283759161d0.txt';
const BAZHONG = '004_6dc5632ce2988a73.txt';

/** One entry of a materials checklist: the documents' own name for it, quoted as printed (003 uses ASCII brackets), and where it is named. */
export interface MaterialItem {
  id: MaterialItemId;
  name: string;
  source: Source;
}

export type MaterialItemId =
  | 'destinationHukou'
  | 'residenceProof'
  | 'postingCertificate'
  | 'referralCertificate'
  | 'agentAndPrincipalIdentity'
  | 'settlementReceipt'
  | 'costList'
  | 'dischargeCertificate'
  | 'veteranSettlementSheet';

export const MATERIAL_ITEMS: Record<MaterialItemId, MaterialItem> = {
  destinationHukou: { id: 'destinationHukou', name: '就医地户口簿(首页和本人页)', source: cite(SHANXI, '五、办理条件（二）') },
  residenceProof: {
    id: 'residenceProof',
    name: '就医地居住证(暂住证)或街道办事处(村委会)出具的居住证明',
    source: cite(SHANXI, '五、办理条件（二）'),
  },
  postingCertificate: {
    id: 'postingCertificate',
    name: '参保单位开具的有效外派工作证明(加盖公章)',
    source: cite(SHANXI, '五、办理条件（二）'),
  },
  referralCertificate: { id: 'referralCertificate', name: '转出地医疗机构出具的转诊证明', source: cite(SHANXI, '附件1 温馨提示 3') },
  // 003 writes 户口薄; the name is quoted as printed.
  agentAndPrincipalIdentity: {
    id: 'agentAndPrincipalIdentity',
    name: '代办人及备案人身份证或户口薄原件等相关资料',
    source: cite(SHANXI, '六、提交资料（二）'),
  },
  settlementReceipt: { id: 'settlementReceipt', name: '结算票据', source: cite(BAZHONG, '第二章 三十八问') },
  costList: { id: 'costList', name: '费用清单', source: cite(BAZHONG, '第二章 三十八问') },
  dischargeCertificate: { id: 'dischargeCertificate', name: '出院证明', source: cite(BAZHONG, '第二章 三十八问') },
  veteranSettlementSheet: {
    id: 'veteranSettlementSheet',
    name: '医疗机构医保结算单原件或复印件加盖医疗机构印章',
    source: cite(YANGCHENG, '第六条'),
  },
};

/**
 * The proof each 备案 kind needs (003 五（二）, 附件1 温馨提示 3 and 6). 其他临时外出就医 names no proof in either
 * document, so its list is empty apart from what an agent adds.
 */
const REMOTE_FILING_PROOF: Record<RemoteFilingKind, MaterialItemId[]> = {
  retiredRelocated: ['destinationHukou'],
  longTermResident: ['residenceProof'],
  postedWorker: ['postingCertificate'],
  referral: ['referralCertificate'],
  otherTemporary: [],
};

/**
 * 003 六（四） asks only for 个人信息 and the 承诺书 for the online 手工报销; the originals a 异地 stay that could not
 * be settled directly is reimbursed on are named in 004 第二章 三十八问: "凭结算票据、费用清单、出院证明等原始资料".
 */
const MANUAL_REIMBURSEMENT_ITEMS: MaterialItemId[] = ['settlementReceipt', 'costList', 'dischargeCertificate'];

/**
 * 000 第六条 names one paper for the 非一站式 住院医疗补助: the 医保结算单, original or a copy stamped by the hospital.
 * The 细则 says nothing of an agent's papers, so none are added for one (003's 六（二） is about 备案 in 山西).
 */
const VETERAN_SUBSIDY_ITEMS: MaterialItemId[] = ['veteranSettlementSheet'];

export function materialsChecklist(type: ApplicationType, kind: RemoteFilingKind | undefined, hasAgent: boolean): MaterialItem[] {
  const ids: MaterialItemId[] =
    type === 'remoteFiling'
      ? [...(kind ? REMOTE_FILING_PROOF[kind] : []), ...(hasAgent ? (['agentAndPrincipalIdentity'] as const) : [])]
      : type === 'veteranSubsidy'
        ? VETERAN_SUBSIDY_ITEMS
        : MANUAL_REIMBURSEMENT_ITEMS;
  return ids.map((id) => MATERIAL_ITEMS[id]);
}

/**
 * Why an online filing may be submitted before every proof is uploaded: "参保人员线上备案时应满足相对应的证明材料
 * 要求，并妥善保存，已备核查时使用" (003 附件1 温馨提示 7). The checklist shows what is missing; staff may return
 * the application for it.
 */
export const ONLINE_PROOF_NOTE = {
  text: '参保人员线上备案时应满足相对应的证明材料要求,并妥善保存,已备核查时使用。',
  source: cite(SHANXI, '附件1 温馨提示 7'),
};
