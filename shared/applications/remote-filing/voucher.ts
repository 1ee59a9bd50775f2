import { cite, type Source } from '../../source';
import { GUIDE, HANDBOOK } from '../documents';
import type { FilingTerm } from './kinds';

/** One line of the 备案凭证 in the documents' words, with where it is written. */
export interface VoucherLine {
  text: string;
  source: Source;
}

/**
 * What an accepted 备案 lets the person do and what to have at the hospital (issue 15: "Accepted is the end of the
 * story today"), each line quoted or closely paraphrased from 003 附件1 温馨提示 and 004 第一章, nothing added: the
 * documents name no 凭证 form, so the app's 凭证 is these lines under the filing's own facts (kind, place, validity).
 */
export interface FilingVoucher {
  allows: VoucherLine[];
  bring: VoucherLine[];
}

const ALL_FILINGS: VoucherLine[] = [
  {
    text: '在就医地开通跨省直接结算的定点医疗机构住院，可以直接结算，不用先垫付再回来报销。',
    source: cite(GUIDE, '附件1 温馨提示 2'),
  },
  {
    text: '直接结算时，支付范围按就医地的规定；起付标准、支付比例、最高支付限额和门诊慢特病病种范围按参保地的政策。',
    source: cite(GUIDE, '附件1 温馨提示 1'),
  },
];

const LONG_TERM: VoucherLine = {
  text: '长期备案成功后，在备案地和参保地都可以享受医保待遇（双向享受）。',
  source: cite(GUIDE, '附件1 温馨提示 6'),
};

const REFERRAL: VoucherLine = {
  text: '转诊人员的备案到转诊医疗机构所在的市（或直辖市、省级统筹的省份）。',
  source: cite(GUIDE, '附件1 温馨提示 3'),
};

const CODE: VoucherLine = {
  text: '就医结算时出示医保码（医保电子凭证）或社会保障卡：医保码可不依托社保卡，跨区域办理看病买药、报销。',
  source: cite(HANDBOOK, '第一章 三十一、三十三'),
};

/** 003 六 is 山西's 省内异地 手工报销: said only where the handling office takes it (not a 巴中 经办中心, 004 is silent). */
const MANUAL: VoucherLine = {
  text: '没能在医院直接结算的住院费用，可以申请住院费用省内异地线上手工报销（本应用“手工报销”）。',
  source: cite(GUIDE, '六、提交资料（四）'),
};

/** The type id of 住院省内异地线上手工报销 (shared/applications/manual-reimbursement). */
export const MANUAL_REIMBURSEMENT = 'manualReimbursement';

/** The 凭证 lines of a filing of this term and kind; the 手工报销 line only where its office takes one. */
export function filingVoucher(term: FilingTerm, referral: boolean, reimbursable = true): FilingVoucher {
  return {
    allows: [...ALL_FILINGS, ...(term === 'longTerm' ? [LONG_TERM] : []), ...(referral ? [REFERRAL] : [])],
    bring: reimbursable ? [CODE, MANUAL] : [CODE],
  };
}
