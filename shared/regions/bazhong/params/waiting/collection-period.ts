import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 城乡居民医保集中缴费期, keyed by 1 January of the coverage year it collects for. 三问: "2026年城乡居民医保集中
 * 征缴期为2025年10月20日至2026年2月28日" — stored as a shape (opens on 10-20 of the prior year, closes at the end of
 * February) so that a later year can be carried with a stale note: 三问 calls the period "时间相对固定，即上一年的
 * 10月至当年的2月底", and 十问 例五、例六 apply it to 2027 and 2030.
 *
 * 2025 年度: the handbook prints no dates, only that shape ("上一年的10月至当年的2月底", 三问) and that the waiting
 * rules hold "从 2025 年起" (十问（二）: "除新生儿等特殊人员外，未在居民医保集中缴费期内参保或未连续参保人员，设置参保
 * 后固定待遇等待期 3 个月"). The October day is not given: read as 1 October, so that no October payment is called
 * early (the opening day only decides that note). `ruleNote` tells the person the year is read from the general rule.
 * A coverage year before 2025 has no figure.
 */
export const collectionPeriod = param<{ opensPriorYear: string; closesEndOfMonth: number; ruleNote?: string }>(
  '城乡居民医保集中缴费期',
  'table',
  {
    '2025-01-01': {
      source: cite(DOC, '第三章 三问、十问（二）'),
      documentedUntil: '2025-12-31',
      note: '手册未印 2025 年度的起止日期：按三问“上一年的10月至当年的2月底”取 2024 年 10 月 1 日至 2025 年 2 月 28 日（10 月的起始日未写明，取 1 日）；待遇享受时间按十问（二）“从 2025 年起”的规则，与 2026 年度相同。',
      value: {
        opensPriorYear: '10-01',
        closesEndOfMonth: 2,
        ruleNote:
          '手册只写明 2026 年度的缴费期和待遇享受时间；2025 年度按三问“集中缴费期……上一年的10月至当年的2月底”（起始日未写明，按 10 月 1 日）和十问（二）“从 2025 年起……未在居民医保集中缴费期内参保或未连续参保人员，设置参保后固定待遇等待期 3 个月”计算，规则与 2026 年度相同。',
      },
    },
    '2026-01-01': {
      source: cite(DOC, '第三章 三问'),
      documentedUntil: '2026-12-31',
      note: '手册只给出 2026 年度的起止日期；以后年度按“上一年的10月至当年的2月底”沿用，并在结果中提示。',
      value: { opensPriorYear: '10-20', closesEndOfMonth: 2 },
    },
  },
);
