import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * 城乡居民医保集中缴费期, keyed by 1 January of the coverage year it collects for. 三问: "2026年城乡居民医保集中
 * 征缴期为2025年10月20日至2026年2月28日" — stored as a shape (opens on 10-20 of the prior year, closes at the end of
 * February) so that a later year can be carried with a stale note: 三问 calls the period "时间相对固定，即上一年的
 * 10月至当年的2月底", and 十问 例五、例六 apply it to 2027 and 2030. A coverage year before 2026 has no figure.
 */
export const collectionPeriod = param<{ opensPriorYear: string; closesEndOfMonth: number }>(
  '城乡居民医保集中缴费期',
  'table',
  {
    '2026-01-01': {
      source: cite(DOC, '第三章 三问'),
      documentedUntil: '2026-12-31',
      note: '手册只给出 2026 年度的起止日期；以后年度按“上一年的10月至当年的2月底”沿用，并在结果中提示。',
      value: { opensPriorYear: '10-20', closesEndOfMonth: 2 },
    },
  },
);
