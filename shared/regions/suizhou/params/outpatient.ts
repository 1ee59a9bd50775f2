import { param } from '../../../params/param';
import { at } from './sections';

/**
 * 门诊统筹: "门诊统筹不设起付标准，在一级及以下定点医疗机构政策范围内费用医保基金支付50%，年封顶350元。基金支付日限额为：
 * 卫生室（所，站）每人每天30元，卫生院（卫生服务中心，附属医院）每人每天50元，未达到日限额的按实际费用结算" (002 三).
 */
export const outpatient = param<{ ratio: string; annualLimit: string; dailyLimits: { villageClinic: string; healthCenter: string } }>(
  '城乡居民门诊统筹支付比例、年度和日支付限额',
  'table',
  {
    '2025-01-01': {
      source: at('outpatient'),
      value: { ratio: '0.50', annualLimit: '350', dailyLimits: { villageClinic: '30', healthCenter: '50' } },
    },
  },
);

/**
 * “两病”: "不设起付标准。政策范围内费用医保基金支付50%。高血压每年最高支付限额450元，糖尿病每年最高支付限额500元，同时符合
 * 高血压和糖尿病标准的每年最高支付限额550元，最高支付限额包含门诊统筹年度支付限额，不受日限额限制" (002 三).
 */
export const twoDiseases = param<{ ratio: string; limits: { hypertension: string; diabetes: string; both: string } }>(
  '“两病”门诊用药支付比例和年度限额',
  'table',
  {
    '2025-01-01': {
      source: at('twoDiseases'),
      note: '“最高支付限额包含门诊统筹年度支付限额”读作：同一年门诊统筹和“两病”的基金支付合计不超过“两病”限额。',
      value: { ratio: '0.50', limits: { hypertension: '450', diabetes: '500', both: '550' } },
    },
  },
);

/**
 * "居民门诊慢性病报销60%，特殊疾病报销70%（其中器官移植抗排异治疗、慢性肾功能衰竭透析报销80%）。办理单独支付药品使用资格表，
 * 报销50%" (002 三). The slide gives no deductible and no per-disease limit: none is applied, and the result says so.
 */
export const chronicSpecial = param<{ chronic: string; special: string; specialTreatment: string; singlePayDrug: string }>(
  '门诊慢特病和单独支付药品报销比例',
  'table',
  {
    '2025-01-01': {
      source: at('chronicSpecial'),
      value: { chronic: '0.60', special: '0.70', specialTreatment: '0.80', singlePayDrug: '0.50' },
    },
  },
);
