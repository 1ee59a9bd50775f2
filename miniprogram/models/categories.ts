import type { CategoryId } from '../../shared/schemas/estimate';

/**
 * 救助身份 as the home page and the form offer them: every identity any region knows (004 第六章 二问; 002 参保缴费、
 * 医疗救助), and which of them each region's rules read. The ids and names are those of shared/schemas/estimate (the
 * type checks every id has a name; test/miniprogram/profile.test.ts checks names, order and regions): kept here,
 * type-only, so the main package does not carry zod and decimal.js for a list of labels.
 */
export const CATEGORY_NAMES = {
  'extreme-poverty': '特困人员',
  orphan: '孤儿',
  dibao: '低保对象',
  'relapse-monitored': '防止返贫监测对象',
  'dibao-edge': '低保边缘家庭成员',
  'illness-impoverished': '因病致贫重病患者',
  'fallen-into-poverty': '返贫致贫人口',
  'other-hardship': '县级以上地方人民政府规定的其他特殊困难人员',
  'severe-disability': '丧失劳动能力的重度（二级及以上）残疾人',
  'severe-mental-illness': '严重精神障碍患者',
  'family-planning-hardship': '计划生育特殊困难家庭成员',
  'out-of-poverty': '脱贫人口',
  veteran: '优抚人员',
} as const satisfies Record<CategoryId, string>;

export type { CategoryId };

const BAZHONG: readonly CategoryId[] = ['extreme-poverty', 'orphan', 'dibao', 'relapse-monitored', 'dibao-edge', 'illness-impoverished'];
const SUIZHOU: readonly CategoryId[] = [
  'extreme-poverty',
  'orphan',
  'dibao',
  'fallen-into-poverty',
  'dibao-edge',
  'relapse-monitored',
  'illness-impoverished',
  'other-hardship',
  'severe-disability',
  'severe-mental-illness',
  'family-planning-hardship',
  'out-of-poverty',
  'veteran',
];

/** The identities each region's rules read, in the order its documents list them. */
export const REGION_CATEGORY_IDS: Record<string, readonly CategoryId[]> = { bazhong: BAZHONG, suizhou: SUIZHOU };

export function categoriesOf(region: string): readonly CategoryId[] {
  return Object.prototype.hasOwnProperty.call(REGION_CATEGORY_IDS, region) ? REGION_CATEGORY_IDS[region] : [];
}

export function isCategory(value: unknown): value is CategoryId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, value);
}
