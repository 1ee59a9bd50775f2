import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';


/** 城乡居民普通门诊统筹: "报销 50%，不设起付线，一个自然年度内累计最高支付限额为 100 元" (第三章 十八问). */
export const residentOutpatient = param<{ ratio: string; annualLimit: string }>('城乡居民普通门诊统筹', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 十八问'),
    value: { ratio: '0.50', annualLimit: '100' },
  },
});

/**
 * 职工门诊统筹 (第二章 三十九问): deductible and limit per year by person type; the basic ratio by facility
 * (三级 50%, 二级及以下和定点零售药店 60%, 退休人员各提高 10%); then 公务员医疗补助 60% up to 700 元 and
 * 职工大额 70% up to 600 元 a year.
 */
export const employeeOutpatient = param<{
  inService: { deductible: string; annualLimit: string };
  retired: { deductible: string; annualLimit: string };
  ratios: { level3: string; level2OrBelow: string };
  retiredBonus: string;
  civilServant: { ratio: string; annualLimit: string };
  largeExpense: { ratio: string; annualLimit: string };
}>('职工门诊统筹', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 三十九问'),
    note: '表中公务员补助、大额补助两栏只给比例和限额：按支付顺序依次对基本医疗支付后的余额按比例支付读取。',
    value: {
      inService: { deductible: '200', annualLimit: '800' },
      retired: { deductible: '150', annualLimit: '1000' },
      ratios: { level3: '0.50', level2OrBelow: '0.60' },
      retiredBonus: '0.10',
      civilServant: { ratio: '0.60', annualLimit: '700' },
      largeExpense: { ratio: '0.70', annualLimit: '600' },
    },
  },
});
