import { param } from '../../../params/param';
import type { CategoryId } from '../../../schemas/estimate';
import { at } from './sections';

/**
 * "2025年的城乡居民基本医疗保险费为1070元/人，其中财政补助670元/人……个人缴费标准400元" (002 二、参保缴费).
 * The document gives 2025 only: other years are refused, not carried forward (premiums change every year).
 */
export const premiumStandard = param<{ total: string; fiscalSubsidy: string; personal: string }>('城乡居民基本医疗保险费', 'table', {
  '2025-01-01': {
    source: at('premiumStandard'),
    documentedUntil: '2025-12-31',
    value: { total: '1070', fiscalSubsidy: '670', personal: '400' },
  },
});

export type SubsidyRule =
  | { kind: 'full' }
  /** "按城乡居民医保年度个人缴费标准 N% 比例给予定额资助". */
  | { kind: 'share'; share: string }
  /** "执行资助参保渐退政策": a fixed amount per year, none from `endsIn`. */
  | { kind: 'phase-out'; amounts: Record<string, string>; endsIn: number };

export interface SubsidyRow {
  row: number;
  group: string;
  category: CategoryId;
  rule: SubsidyRule;
}

/**
 * The 资助参保 rules, one row per printed row. The flattened slide prints the 90% cell on row 7 only and the 50%
 * cell on row 9 only: they are merged cells, rows 7–8 and 9–11 (the 2025 amounts table confirms: 返贫致贫人口 pays
 * 40, 边缘易致贫、突发严重困难 pay 200). Rows 9–11 are the three kinds of 纳入监测范围 population: one category.
 */
export const premiumSubsidyRules = param<SubsidyRow[]>('城乡居民医保参保缴费资助政策', 'table', {
  '2025-01-01': {
    source: at('premiumRules'),
    note: '表格由图片转成文字：90% 一格跨第 7、8 行，50% 一格跨第 9 至 11 行（与 2025 年实缴金额表一致）。',
    value: [
      { row: 1, group: '特困人员', category: 'extreme-poverty', rule: { kind: 'full' } },
      { row: 2, group: '孤儿', category: 'orphan', rule: { kind: 'full' } },
      { row: 3, group: '优抚人员', category: 'veteran', rule: { kind: 'full' } },
      { row: 4, group: '丧失劳动能力的重度(二级及以上)残疾人', category: 'severe-disability', rule: { kind: 'full' } },
      { row: 5, group: '严重精神障碍患者', category: 'severe-mental-illness', rule: { kind: 'full' } },
      { row: 6, group: '计划生育特殊困难家庭中经核定的特困家庭夫妻及其伤残子女', category: 'family-planning-hardship', rule: { kind: 'full' } },
      { row: 7, group: '低保对象', category: 'dibao', rule: { kind: 'share', share: '0.90' } },
      { row: 8, group: '返贫致贫人口', category: 'fallen-into-poverty', rule: { kind: 'share', share: '0.90' } },
      { row: 9, group: '纳入相关部门监测范围：脱贫不稳定人口', category: 'relapse-monitored', rule: { kind: 'share', share: '0.50' } },
      { row: 10, group: '纳入相关部门监测范围：边缘易致贫人口', category: 'relapse-monitored', rule: { kind: 'share', share: '0.50' } },
      { row: 11, group: '纳入相关部门监测范围：突发严重困难人口', category: 'relapse-monitored', rule: { kind: 'share', share: '0.50' } },
      {
        row: 12,
        group: '脱贫人口',
        category: 'out-of-poverty',
        rule: { kind: 'phase-out', amounts: { '2022': '160', '2023': '70', '2024': '50' }, endsIn: 2025 },
      },
    ],
  },
});

export interface PremiumRow {
  group: string;
  /** null: 普通居民, no identity. */
  category: CategoryId | null;
  personal: string;
  government: string;
}

/** "2025个人实缴金额 / 2025政府代缴金额", every printed row. */
export const premium2025 = param<PremiumRow[]>('2025 年城乡居民医保个人实缴和政府代缴金额', 'table', {
  '2025-01-01': {
    source: at('premiumTable'),
    documentedUntil: '2025-12-31',
    value: [
      { group: '农村特困人员', category: 'extreme-poverty', personal: '0', government: '400' },
      { group: '城镇特困人员', category: 'extreme-poverty', personal: '0', government: '400' },
      { group: '严重精神障碍患者', category: 'severe-mental-illness', personal: '0', government: '400' },
      { group: '优抚人员', category: 'veteran', personal: '0', government: '400' },
      { group: '孤儿', category: 'orphan', personal: '0', government: '400' },
      { group: '计划生育特殊困难家庭成员', category: 'family-planning-hardship', personal: '0', government: '400' },
      { group: '丧失劳动能力的重度(二级及以上)残疾人', category: 'severe-disability', personal: '0', government: '400' },
      { group: '返贫致贫人口', category: 'fallen-into-poverty', personal: '40', government: '360' },
      { group: '农村低保救助对象', category: 'dibao', personal: '40', government: '360' },
      { group: '城镇低保救助对象', category: 'dibao', personal: '40', government: '360' },
      { group: '最低生活保障家庭成员', category: 'dibao', personal: '40', government: '360' },
      { group: '脱贫不稳定人口', category: 'relapse-monitored', personal: '200', government: '200' },
      { group: '边缘易致贫户', category: 'relapse-monitored', personal: '200', government: '200' },
      { group: '突发严重困难户', category: 'relapse-monitored', personal: '200', government: '200' },
      { group: '脱贫人口', category: 'out-of-poverty', personal: '400', government: '0' },
      { group: '普通居民', category: null, personal: '400', government: '0' },
    ],
  },
});
