import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


export interface RetirementMinimumStandard {
  /** 累计缴费年限 by sex. */
  totalYears: { male: number; female: number };
  /** 本市 (2025) or 省内 (2035) 缴费年限. */
  localYears: number;
  localScope: '本市' | '省内';
}

/**
 * 退休人员享受职工医保待遇的最低缴费年限 (第二章 十九问): "2025年，参保人员累计缴费年限不得低于20年且在本市缴费年限
 * 不低于10年。2026年起，实行渐进式延长最低缴费年限，到2035年达到全省统一的男性30年、女性25年和省内累计缴费15年".
 * The yearly steps 2026–2034 are not published: `null` there means "refuse", never interpolate.
 */
export const retirementMinimumYears = param<RetirementMinimumStandard | null>('退休享受职工医保待遇最低缴费年限', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 十九问'),
    note: '2026—2034 年为渐进式延长期，手册未给出逐年标准。',
    value: { totalYears: { male: 20, female: 20 }, localYears: 10, localScope: '本市' },
  },
  '2026-01-01': {
    source: cite(DOC, '第二章 十九问'),
    note: '2026—2034 年为渐进式延长期，手册未给出逐年标准。',
    value: null,
  },
  '2035-01-01': {
    source: cite(DOC, '第二章 十九问'),
    note: '2026—2034 年为渐进式延长期，手册未给出逐年标准。',
    value: { totalYears: { male: 30, female: 25 }, localYears: 15, localScope: '省内' },
  },
});
