import { ChainContext } from '../../chain/context';
import { Region } from '../region';
import { cite } from '../../source';
import { notCovered } from '../../errors';
import { Category, SUIZHOU_CATEGORY_IDS } from '../../schemas/estimate';
import { inpatient } from './inpatient';
import { outpatient } from './outpatient';
import { twoDiseases } from './two-diseases';
import { chronic, singlePayDrug, special } from './chronic-special';
import * as premiumParams from '../../params/suizhou/premium';
import * as outpatientParams from '../../params/suizhou/outpatient';
import * as inpatientParams from '../../params/suizhou/inpatient';
import * as fundCapParams from '../../params/suizhou/fund-cap';
import * as seriousIllnessParams from '../../params/suizhou/serious-illness';
import * as assistanceParams from '../../params/suizhou/assistance';
import { DOC, SECTIONS } from '../../params/suizhou/sections';

export const suizhou: Region = {
  id: 'suizhou',
  name: '湖北省随州市随县',
  documents: [DOC],
  verifiedAt: '2026-11',
  firstDate: '2025-01-01',
  schemes: ['resident'],
  visitTypes: ['inpatient', 'outpatient', 'chronic', 'special', 'two-diseases', 'single-pay-drug'],
  // Region.categories is typed with 004's `Category`; 随县's own ids are checked by the schema (REGION_CATEGORY_IDS).
  categories: [...SUIZHOU_CATEGORY_IDS] as Category[],
  notCovered: [
    '职工医保：002 只讲城乡居民医保，随县职工医保暂未收录',
    '生育住院“参照居民医保住院相关政策执行”（002 四、住院待遇 各种医疗类别的区别）：请按“住院”估算；不单列“生育”就医类型',
    '高值药品：002 未提及，暂未收录',
    '门诊慢特病的病种目录、起付线和各病种年度支付限额：002 未载明，估算只按报销比例计算，未按病种限额封顶',
    '门诊统筹：定点零售药店、村卫生室和卫生院以外的一级医疗机构的日限额 002 未载明，暂未收录；市外急诊抢救的普通门诊费用“可按规定报销”，标准未载明',
    '日间手术“不设起付标准”（002 三、门诊待遇）未单列：按住院估算会多扣起付线',
    '住院表未单列乡镇卫生院：请按医院的定点等级（一级、二级、三级）估算',
    '依申请救助（002 依申请救助政策）为事后追溯救助：只在结果中说明，不在估算中结算',
    '农村低收入人口政策范围外费用超比例部分由医疗机构承担（002 着力提升农村医疗服务质量）：只作说明，不从个人负担中扣减',
    '外伤住院须由人保公司调查并报备（0722-3563216）：估算不判断外伤责任',
    '参保缴费（资助参保）只收录 2025 年度，由 premium() 单独计算，不在费用估算中',
  ],
  personalPaySource: cite(DOC, `${SECTIONS.routineAssistance}：经基本医疗保险、大病保险支付后政策范围内个人自付部分（含基本医疗起付线）`),
  params: [inpatientParams, outpatientParams, fundCapParams, seriousIllnessParams, assistanceParams, premiumParams],
  estimate(ctx: ChainContext): void {
    const { visit } = ctx.c;
    switch (visit.type) {
      case 'inpatient':
        return inpatient(ctx, visit);
      case 'outpatient':
        return outpatient(ctx, visit);
      case 'two-diseases':
        return twoDiseases(ctx, visit);
      case 'chronic':
        return chronic(ctx, visit);
      case 'special':
        return special(ctx, visit);
      case 'single-pay-drug':
        return singlePayDrug(ctx);
      default:
        // checkCoverage refuses the other types before the chain runs; this keeps the refusal if it ever does not.
        throw notCovered(`湖北省随州市随县暂未收录这类就医（${visit.type}）的费用估算`, 'visit.type');
    }
  },
};
