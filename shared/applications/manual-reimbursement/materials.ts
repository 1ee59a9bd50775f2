import { cite } from '../../source';
import { HANDBOOK } from '../documents';
import type { MaterialItem } from '../types';

/**
 * 003 六（四） asks only for 个人信息 and the 承诺书 for the online 手工报销; the originals a 异地 stay that could not
 * be settled directly is reimbursed on are named in 004 第二章 三十八问: "凭结算票据、费用清单、出院证明等原始资料".
 */
export const MANUAL_REIMBURSEMENT_MATERIALS: MaterialItem[] = [
  { id: 'settlementReceipt', name: '结算票据', source: cite(HANDBOOK, '第二章 三十八问') },
  { id: 'costList', name: '费用清单', source: cite(HANDBOOK, '第二章 三十八问') },
  { id: 'dischargeCertificate', name: '出院证明', source: cite(HANDBOOK, '第二章 三十八问') },
];
