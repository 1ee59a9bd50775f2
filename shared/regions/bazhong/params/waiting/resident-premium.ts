import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 城乡居民医保个人缴费标准, keyed by coverage year: 2025 年度 400 元 (八问), 2026 年度 400 元 (六问、八问). Repairing a
 * break is paid at this figure: "补缴费用参照当年参保地个人缴费标准执行" (十问（二）).
 */
export const residentPremium = param<string>('城乡居民医保个人缴费标准', 'CNY', {
  '2025-01-01': {
    source: cite(DOC, '第三章 六问、八问'),
    documentedUntil: '2025-12-31',
    value: '400',
  },
  '2026-01-01': {
    source: cite(DOC, '第三章 六问、八问'),
    documentedUntil: '2026-12-31',
    value: '400',
  },
});
