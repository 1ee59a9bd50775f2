import { z } from 'zod';
import { fen, figure, percent, yuan } from '../../money';
import { valueAt } from '../../params/param';
import { premium2025, premiumStandard, premiumSubsidyRules, SubsidyRule } from './params/premium';
import { parseOrThrow } from '../../schemas/common';
import type { CategoryId } from '../vocabulary';
import { manifest } from './manifest';
import { RuleError, notCovered } from '../../errors';
import { Source } from '../../source';
import { nameOf } from './estimate/categories';

const CATEGORY_IDS: readonly string[] = manifest.categories.map((c) => c.id);

/** What a person asks: "2025 年我交多少？". */
export const premiumQuerySchema = z
  .object({
    region: z.string({ required_error: '请选择参保地' }).min(1).max(40),
    year: z.number({ required_error: '请填写参保年度', invalid_type_error: '参保年度须为数字，例如 2025' }).int('参保年度须为整数').min(2000).max(2100),
    categories: z.array(z.string()).max(CATEGORY_IDS.length).default([]),
  })
  .strict();
export type PremiumQuery = z.input<typeof premiumQuerySchema>;

export interface PremiumResult {
  region: 'suizhou';
  year: number;
  /** 年度筹资标准: 总额、财政补助、个人缴费标准. */
  standard: { total: string; fiscalSubsidy: string; personal: string };
  /** 个人实缴金额. */
  personalPays: string;
  /** 政府代缴（资助参保）金额. */
  governmentPays: string;
  /** The row of the 2025 table that applies: the identity that pays least ("就高不就低"), or 普通居民. */
  basis: { category: CategoryId | null; group: string };
  steps: { text: string; source: Source }[];
  notes: string[];
}

function ruleText(rule: SubsidyRule, personal: string): string {
  switch (rule.kind) {
    case 'full':
      return '全额资助';
    case 'share':
      return `按城乡居民医保年度个人缴费标准 ${yuan(personal)}的 ${percent(rule.share)} 给予定额资助`;
    case 'phase-out':
      return `执行资助参保渐退政策（${Object.entries(rule.amounts)
        .map(([y, a]) => `${y} 年 ${a} 元`)
        .join('、')}），${rule.endsIn} 年起不再享受资助参保`;
  }
}

/**
 * 随县城乡居民医保: what a person pays for a year, by identity (002 二、参保缴费). The 2025 table of 个人实缴 and 政府代缴
 * gives the amounts; the 资助政策 table gives the rule each follows. "同时符合多种资助缴费政策时，按照就高不就低的原则予以资助，
 * 不得重复资助": the identity that pays least wins. Identities the tables do not list (低保边缘家庭成员、因病致贫重病患者、
 * 其他特殊困难人员) get no 资助 there and pay as 普通居民; the result says so. Only 2025 is documented: other years are
 * refused, since premiums change every year.
 */
export function premium(input: unknown): PremiumResult {
  const q = parseOrThrow(premiumQuerySchema, input);
  if (q.region !== 'suizhou') {
    throw notCovered(`参保地“${q.region}”的参保缴费标准暂未收录，目前只收录随县 2025 年度`, 'region');
  }
  q.categories.forEach((c, i) => {
    if (!CATEGORY_IDS.includes(c)) {
      throw new RuleError('INVALID_INPUT', `救助身份（categories.${i}）：取值不在允许范围内（可选：${CATEGORY_IDS.join('、')}）`, `categories.${i}`);
    }
  });
  const categories = q.categories as CategoryId[];
  const date = `${q.year}-01-01`;
  if (date < premiumStandard.dates[0]) {
    throw notCovered(`随县 ${q.year} 年度城乡居民医保缴费标准暂未收录（002 只给出 2025 年度）`, 'year');
  }
  const standardValue = valueAt(premiumStandard, date);
  if (standardValue.staleNote) {
    throw notCovered(`随县 ${q.year} 年度城乡居民医保缴费标准暂未收录（002 只给出 2025 年度）`, 'year');
  }
  const standard = standardValue.value;
  const tableValue = valueAt(premium2025, date);
  const rulesValue = valueAt(premiumSubsidyRules, date);
  const rows = tableValue.value;
  const ordinary = rows.find((r) => r.category === null)!;

  // One candidate per identity (低保 has three rows, 监测对象 three, all with the same amounts): the rows it matches.
  const candidates = [...new Set(categories)]
    .map((category) => ({ category, rows: rows.filter((r) => r.category === category) }))
    .filter((c) => c.rows.length > 0);
  // An identity the table lists is shown even when it pays as much as 普通居民 (脱贫人口 in 2025).
  const chosen: { category: CategoryId | null; rows: typeof rows } =
    candidates.length === 0
      ? { category: null, rows: [ordinary] }
      : candidates.reduce((a, b) => (figure(b.rows[0].personal).lessThan(a.rows[0].personal) ? b : a));
  const row = chosen.rows[0];
  const group = chosen.rows.map((r) => r.group).join('、');
  const steps: { text: string; source: Source }[] = [
    {
      text: `${q.year} 年城乡居民基本医疗保险费 ${yuan(standard.total)}/人，其中财政补助 ${yuan(standard.fiscalSubsidy)}，个人缴费标准 ${yuan(standard.personal)}`,
      source: standardValue.source,
    },
  ];
  if (chosen.category !== null) {
    const rule = rulesValue.value.find((r) => r.category === chosen.category)!;
    steps.push({ text: `${nameOf(chosen.category)}：${ruleText(rule.rule, standard.personal)}`, source: rulesValue.source });
  }
  steps.push({
    text: `${group}：${q.year} 年个人实缴 ${yuan(row.personal)}，政府代缴 ${yuan(row.government)}${candidates.length > 1 ? '（同时符合多种资助缴费政策，按就高不就低的原则资助，不重复资助）' : ''}`,
    source: tableValue.source,
  });
  const notes: string[] = [];
  const unlisted = categories.filter((c) => !rows.some((r) => r.category === c));
  if (unlisted.length > 0) {
    notes.push(`${unlisted.map(nameOf).join('、')}不在 002 的资助参保名单中，按普通居民缴费。`);
  }
  notes.push('随州市域内的职工医保参保人可用本人个人账户余额，为“亲情账户”中的近亲属缴纳城乡居民医保费（“湖北医疗保障”小程序“个人账户共济”，002 二、参保缴费 家庭共济）。');
  return {
    region: 'suizhou',
    year: q.year,
    standard: { total: fen(figure(standard.total)), fiscalSubsidy: fen(figure(standard.fiscalSubsidy)), personal: fen(figure(standard.personal)) },
    personalPays: fen(figure(row.personal)),
    governmentPays: fen(figure(row.government)),
    basis: { category: chosen.category, group },
    steps,
    notes,
  };
}
