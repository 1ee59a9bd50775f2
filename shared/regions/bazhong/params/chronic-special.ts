import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';


/**
 * 门诊慢性病: "统筹基金按 90% 支付。患有两种及以上门诊慢性病的人员……只按其中限额标准最高的一种结算"
 * (第四章 三问). The per-disease limits live in the disease catalogue (shared/catalogue/).
 */
export const chronicRatio = param<string>('门诊慢性病统筹基金支付比例', 'ratio', {
  '2025-01-01': {
    source: cite(DOC, '第四章 三问'),
    value: '0.90',
  },
});

/**
 * 门诊特殊疾病: "一个自然年度内只扣减一次二级定点医疗机构住院起付标准，城乡居民医保报销 60%，职工医保报销 70%"
 * (第四章 五问). The 二级 deductible is 400 元 for both schemes (第二章 二十七问, 第三章 十一问).
 */
export const specialDisease = param<{ deductible: string; ratio: { resident: string; employee: string } }>(
  '门诊特殊疾病起付标准和报销比例',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第四章 五问'),
      value: { deductible: '400', ratio: { resident: '0.60', employee: '0.70' } },
    },
  },
);

/** “两病”: "由医保基金报销 50%……高血压 200 元，糖尿病 300 元，同时患高血压、糖尿病为 500 元" (第四章 十九问). */
export const twoDiseases = param<{ ratio: string; limits: { hypertension: string; diabetes: string; both: string } }>(
  '“两病”门诊用药报销比例和年度限额',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第四章 十九问'),
      value: { ratio: '0.50', limits: { hypertension: '200', diabetes: '300', both: '500' } },
    },
  },
);

/**
 * 单行支付药品: "不计起付线，直接纳入基本医疗保险统筹基金按比例支付，职工支付比例为 70%，城乡居民支付比例为 60%，
 * 个人负担部分不纳入职工大额医疗补助、公务员医疗补助、城乡居民大病保险支付范围"; 高值药品: "由个人先行自付 10% 后，
 * 纳入基本医疗保险基金报销" (第五章 二问).
 */
export const negotiatedDrugs = param<{ singlePayRatio: { resident: string; employee: string }; highValuePrepay: string }>(
  '单行支付药品和高值药品',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第五章 二问'),
      value: { singlePayRatio: { resident: '0.60', employee: '0.70' }, highValuePrepay: '0.10' },
    },
  },
);
