import { param } from '../../../params/param';
import type { CategoryId } from '../../../schemas/estimate';
import { at } from './sections';

/**
 * 大病保险 bands are absolute: they split the year's accumulated in-scope self-pay itself ("累计金额在1.2万元以上3万元
 * （含）以下部分赔付60%"), not the part above the deductible as in 004. `upTo` is an accumulated amount; the first
 * band starts at the deductible.
 */
export interface AbsoluteBands {
  deductible: string;
  bands: { upTo: string | null; ratio: string }[];
  /** null: "不设封顶线". */
  annualCap: string | null;
}

/**
 * "个人年度累计负担的政策范围内的医疗费用超过大病保险起付标准以上的部分，由大病保险分段按比例报销。累计金额在1.2万元以上3万元
 * （含）以下部分赔付60%；3万元以上10万元（含）以下部分赔付65%；10万元以上部分赔付75%，年度最高支付限额为35万元" (002 四).
 */
export const seriousIllness = param<AbsoluteBands>('大病保险起付线、分段比例和年度限额', 'table', {
  '2025-01-01': {
    source: at('seriousIllness'),
    value: {
      deductible: '12000',
      bands: [
        { upTo: '30000', ratio: '0.60' },
        { upTo: '100000', ratio: '0.65' },
        { upTo: null, ratio: '0.75' },
      ],
      annualCap: '350000',
    },
  },
});

/**
 * "城乡特困人员、孤儿、低保对象、返贫致贫人口享受大病保险起付线降低50%，各段报销比例分别提高5%，不设封顶线的倾斜政策", and the
 * table's first four columns: "6000<累计金额≤30000 报销65%；30000<累计金额≤100000 报销70%；100000<累计金额 报销80%；
 * 年支付限额 无". Copied as the table prints it; a test checks it against the sentence.
 */
export const seriousIllnessPreference = param<{ categories: CategoryId[]; rule: AbsoluteBands; deductibleShare: string; ratioBonus: string }>(
  '大病保险倾斜政策（特困人员、孤儿、低保对象、返贫致贫人口）',
  'table',
  {
    '2025-01-01': {
      source: at('seriousIllness'),
      value: {
        categories: ['extreme-poverty', 'orphan', 'dibao', 'fallen-into-poverty'],
        rule: {
          deductible: '6000',
          bands: [
            { upTo: '30000', ratio: '0.65' },
            { upTo: '100000', ratio: '0.70' },
            { upTo: null, ratio: '0.80' },
          ],
          annualCap: null,
        },
        deductibleShare: '0.50',
        ratioBonus: '0.05',
      },
    },
  },
);
