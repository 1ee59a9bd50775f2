import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';


/**
 * 上一年度城乡居民人均可支配收入: the base of the 大病保险 deductible (50%) and of the 医疗救助 deductibles (5%, 10%,
 * 25%). The handbook gives the 2025 deductible, 14,448 元, not the income itself: 14,448 ÷ 50% = 28,896 元.
 */
export const priorYearDisposableIncome = param<string>('上一年度城乡居民人均可支配收入', 'CNY', {
  '2025-01-01': {
    source: cite(DOC, '第三章 二十二问'),
    documentedUntil: '2025-12-31',
    note: '手册给出 2025 年度大病保险起付线 14448 元 = 上一年度人均可支配收入 × 50%，据此推得 28896 元。',
    value: '28896',
  },
});

export const seriousIllnessDeductibleShare = param<string>('大病保险起付线占上一年度人均可支配收入的比例', 'ratio', {
  '2025-01-01': {
    source: cite(DOC, '第三章 二十二问'),
    value: '0.50',
  },
});

/** Bands counted above the deductible ("扣除起付标准后分段按比例赔付"), for the 2024—2026 years. */
export const seriousIllnessBands = param<{ upTo: string | null; ratio: string }[]>('大病保险分段赔付比例', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 二十三问'),
    documentedUntil: '2026-12-31',
    value: [
      { upTo: '100000', ratio: '0.60' },
      { upTo: '200000', ratio: '0.70' },
      { upTo: null, ratio: '0.85' },
    ],
  },
});

export const seriousIllnessCap = param<string>('大病保险年最高赔付限额', 'CNY', {
  '2025-01-01': {
    source: cite(DOC, '第三章 二十六问'),
    value: '300000',
  },
});

/** 特困人员、孤儿、低保对象: half the deductible, +5 points on every band, no cap (二十四问, 二十六问). */
export const seriousIllnessPreference = param<{ deductibleShare: string; ratioBonus: string; noCap: boolean }>(
  '大病保险特困人员、孤儿、低保对象倾斜政策',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第三章 二十四问、二十六问'),
      value: { deductibleShare: '0.50', ratioBonus: '0.05', noCap: true },
    },
  },
);
