import { cite, citationText } from '../../source';
import { GUIDE } from '../documents';

/**
 * What the product can say about the money of a 山西 手工报销. 003 is a procedure guide: 六（四） says how to apply and
 * 附件1's 温馨提示 only that the 起付标准 and 支付比例 are the 参保地's; no 山西 document among the seeds lists them (see
 * shared/seeds/README.md), and the regions with rules (巴中 004, 随县 002) are not where these claims are insured. So no
 * figure is estimated, and the page says so.
 */
export const REIMBURSEMENT_AMOUNT_SOURCE = cite(GUIDE, '六（四）、附件1 温馨提示');

export const REIMBURSEMENT_AMOUNT_NOTE =
  '报销金额由参保地医保经办机构按山西的住院待遇核定；本程序所依据的政策文件未列出山西的起付线和报销比例，无法预估。';

export function reimbursementAmountSourceText(): string {
  return citationText(REIMBURSEMENT_AMOUNT_SOURCE);
}
