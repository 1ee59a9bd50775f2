import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 职工大额医疗费用补助: what remains after 基本医保 and 公务员补助, less the 二级 inpatient deductible for ordinary
 * members, paid in cumulative bands. The table's merged cells: 普通人员 have the 400 元 起付线 and share the
 * 85% / 90% ratios printed in the row below (seeds/README.md); retirees and the listed diseases have no deductible;
 * members aged 80 or more have no deductible and 90% / 95%.
 */
export interface LargeExpenseRule {
  deductible: string;
  bands: { upTo: string | null; ratio: string }[];
}

export const largeExpense = param<{ ordinary: LargeExpenseRule; exempt: LargeExpenseRule; aged80: LargeExpenseRule }>(
  '职工大额医疗费用补助起付线和分段比例',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第二章 三十六问'),
      note: '“10万以内（含）”按扣除起付线后的年度累计金额分段，与大病保险“扣除起付标准后分段”的读法一致。',
      value: {
        ordinary: {
          deductible: '400',
          bands: [
            { upTo: '100000', ratio: '0.85' },
            { upTo: null, ratio: '0.90' },
          ],
        },
        exempt: {
          deductible: '0',
          bands: [
            { upTo: '100000', ratio: '0.85' },
            { upTo: null, ratio: '0.90' },
          ],
        },
        aged80: {
          deductible: '0',
          bands: [
            { upTo: '100000', ratio: '0.90' },
            { upTo: null, ratio: '0.95' },
          ],
        },
      },
    },
  },
);
