import { ChainContext } from '../../chain/context';
import { Region } from '../region';
import { cite } from '../../source';
import { inpatient } from './inpatient';
import * as inpatientParams from '../../params/bazhong/inpatient';
import * as fundCaps from '../../params/bazhong/fund-caps';
import * as civilServantParams from '../../params/bazhong/civil-servant';
import * as largeExpenseParams from '../../params/bazhong/large-expense';
import * as seriousIllnessParams from '../../params/bazhong/serious-illness';
import * as assistanceParams from '../../params/bazhong/assistance';

export const bazhong: Region = {
  id: 'bazhong',
  name: '四川省巴中市',
  documents: ['004_6dc5632ce2988a73.txt'],
  verifiedAt: '2025-11',
  firstDate: '2025-01-01',
  schemes: ['resident', 'employee'],
  visitTypes: ['inpatient'],
  categories: ['extreme-poverty', 'orphan', 'dibao', 'relapse-monitored', 'dibao-edge', 'illness-impoverished'],
  notCovered: [
    '门诊统筹、门诊慢特病、“两病”、谈判药品、生育的费用估算尚未收录',
    '同一治疗过程中转院“只补计起付标准差额”的规则（第三章 十二问）未收录：每次住院按一次起付线计算',
    '依申请救助（第六章 五问（三））为事后追溯救助，不在估算中结算',
  ],
  personalPaySource: cite('004_6dc5632ce2988a73.txt', '第一章 四十三 医保统筹支付、个人自付、个人自费规定'),
  params: [inpatientParams, fundCaps, civilServantParams, largeExpenseParams, seriousIllnessParams, assistanceParams],
  estimate(ctx: ChainContext): void {
    const { visit } = ctx.c;
    switch (visit.type) {
      case 'inpatient':
        return inpatient(ctx, visit);
    }
  },
};
