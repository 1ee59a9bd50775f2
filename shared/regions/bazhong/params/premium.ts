import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';
import type { Category } from '../manifest';

/**
 * 城乡居民医保筹资总额和财政补助, keyed by coverage year (第三章 八问): "2025 年度，筹资总额为 1070 元。其中个人缴费
 * 400 元……财政补助 670 元……2026 年度，筹资总额 1100 元，其中个人缴费 400 元……财政补助 700 元". The individual
 * figure itself is ./waiting/resident-premium.ts (the same 400 元 the 缴费修复 charges); other years are refused.
 */
export const residentFunding = param<{ total: string; fiscalSubsidy: string }>('城乡居民医保筹资标准', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 八问'),
    documentedUntil: '2025-12-31',
    value: { total: '1070', fiscalSubsidy: '670' },
  },
  '2026-01-01': {
    source: cite(DOC, '第三章 八问'),
    documentedUntil: '2026-12-31',
    value: { total: '1100', fiscalSubsidy: '700' },
  },
});

export type BazhongSubsidyRule =
  | { kind: 'full' }
  /** "按个人缴费标准 75% 给予定额资助". */
  | { kind: 'share'; share: string };

export interface BazhongSubsidyRow {
  category: Category;
  rule: BazhongSubsidyRule;
  /** A condition the text sets on the identity ("未消除风险的"), told to the person since the input cannot say it. */
  condition?: string;
}

/**
 * 资助参保 (参保资助对象). 第三章 六问: "2026 年度……特困人员、孤儿个人缴费部分给予全额资助；低保对象、未消除风险的防止
 * 返贫监测对象按个人缴费标准 75% 给予定额资助（即资助 300 元/人，个人缴费 100 元/人）。同时具备上述两类及以上身份的，
 * 按最高的资助标准进行资助，不得重复资助"; 第六章 四问: "特困人员、孤儿给予全额资助；低保对象、防止返贫监测对象按 75%
 * 给予资助". 低保边缘家庭成员 and 因病致贫重病患者 are not 参保资助对象 in either.
 */
export const premiumSubsidyRules = param<BazhongSubsidyRow[]>('城乡居民医保参保资助标准', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第六章 四问'),
    documentedUntil: '2025-12-31',
    note: '第三章 六问只写明 2026 年度的资助标准；2025 年度按第六章 四问（未写年度）“特困人员、孤儿给予全额资助；低保对象、防止返贫监测对象按 75% 给予资助”计算，个人缴费标准按八问 2025 年度 400 元。',
    value: [
      { category: 'extreme-poverty', rule: { kind: 'full' } },
      { category: 'orphan', rule: { kind: 'full' } },
      { category: 'dibao', rule: { kind: 'share', share: '0.75' } },
      { category: 'relapse-monitored', rule: { kind: 'share', share: '0.75' } },
    ],
  },
  '2026-01-01': {
    source: cite(DOC, '第三章 六问；第六章 四问'),
    documentedUntil: '2026-12-31',
    value: [
      { category: 'extreme-poverty', rule: { kind: 'full' } },
      { category: 'orphan', rule: { kind: 'full' } },
      { category: 'dibao', rule: { kind: 'share', share: '0.75' } },
      { category: 'relapse-monitored', rule: { kind: 'share', share: '0.75' }, condition: '未消除风险的' },
    ],
  },
});
