import { ChainContext } from '../../chain/context';
import { Region } from '../region';
import { cite } from '../../source';
import { inpatient } from './inpatient';
import { outpatient } from './outpatient';
import { chronic } from './chronic';
import { special } from './special';
import { twoDiseases } from './two-diseases';
import { singlePayDrug, highValueDrug } from './drugs';
import { maternity } from './maternity';
import * as outpatientParams from '../../params/bazhong/outpatient';
import * as chronicSpecialParams from '../../params/bazhong/chronic-special';
import * as maternityParams from '../../params/bazhong/maternity';
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
  visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug', 'high-value-drug', 'maternity'],
  categories: ['extreme-poverty', 'orphan', 'dibao', 'relapse-monitored', 'dibao-edge', 'illness-impoverished'],
  notCovered: [
    '职工生育津贴：手册只给出计发基数，未给出日标准和计发天数，不作估算（第二章 二十八问（四））',
    '职工参保人配偶的生育医疗费用补差和产前检查费补差（第二章 九问）未收录',
    '同一治疗过程中转院“只补计起付标准差额”的规则（第三章 十二问）未收录：每次住院按一次起付线计算',
    '依申请救助（第六章 五问（三））为事后追溯救助，不在估算中结算',
  ],
  personalPaySource: cite('004_6dc5632ce2988a73.txt', '第一章 四十三 医保统筹支付、个人自付、个人自费规定'),
  params: [inpatientParams, outpatientParams, chronicSpecialParams, maternityParams, fundCaps, civilServantParams, largeExpenseParams, seriousIllnessParams, assistanceParams],
  estimate(ctx: ChainContext): void {
    const { visit } = ctx.c;
    switch (visit.type) {
      case 'inpatient':
        return inpatient(ctx, visit);
      case 'outpatient':
        return outpatient(ctx, visit);
      case 'chronic':
        return chronic(ctx, visit);
      case 'special':
        return special(ctx, visit);
      case 'two-diseases':
        return twoDiseases(ctx, visit);
      case 'single-pay-drug':
        return singlePayDrug(ctx);
      case 'high-value-drug':
        return highValueDrug(ctx, visit);
      case 'maternity':
        return maternity(ctx, visit);
    }
  },
};
