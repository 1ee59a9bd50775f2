import { z } from 'zod';
import Decimal from 'decimal.js';
import { fen, figure, percent, yuan, ZERO } from '../../money';
import { Param, ParamValue, valueAt } from '../../params/param';
import { parseOrThrow } from '../../schemas/common';
import { RuleError, notCovered } from '../../errors';
import { Source } from '../../source';
import { manifest, Category } from './manifest';
import { residentPremium } from './params/waiting/resident-premium';
import { premiumSubsidyRules, residentFunding, BazhongSubsidyRow } from './params/premium';

const CATEGORY_IDS: readonly string[] = manifest.categories.map((c) => c.id);
const nameOf = (id: Category): string => manifest.categories.find((c) => c.id === id)!.name;

/** What a person asks: "2026 年我交多少？" — the same query as 随县's. */
export const premiumQuerySchema = z
  .object({
    region: z.string({ required_error: '请选择参保地' }).min(1).max(40),
    year: z.number({ required_error: '请填写参保年度', invalid_type_error: '参保年度须为数字，例如 2026' }).int('参保年度须为整数').min(2000).max(2100),
    categories: z.array(z.string()).max(CATEGORY_IDS.length).default([]),
  })
  .strict();
export type PremiumQuery = z.input<typeof premiumQuerySchema>;

export interface PremiumResult {
  region: 'bazhong';
  year: number;
  /** 年度筹资标准: 总额、财政补助、个人缴费标准 (第三章 八问). */
  standard: { total: string; fiscalSubsidy: string; personal: string };
  /** 个人实缴金额. */
  personalPays: string;
  /** 医疗救助资助参保金额. */
  governmentPays: string;
  /** The identity whose 资助 applies (the highest, "按最高的资助标准"), or 普通居民. */
  basis: { category: Category | null; group: string };
  steps: { text: string; source: Source }[];
  notes: string[];
}

function subsidyOf(rule: BazhongSubsidyRow['rule'], personal: Decimal): Decimal {
  return rule.kind === 'full' ? personal : personal.times(rule.share);
}

function ruleText(row: BazhongSubsidyRow, personal: Decimal): string {
  if (row.rule.kind === 'full') return '个人缴费部分给予全额资助';
  return `按个人缴费标准 ${yuan(personal)}的 ${percent(row.rule.share)} 给予定额资助：${yuan(personal)} × ${percent(row.rule.share)} = ${yuan(subsidyOf(row.rule, personal))}`;
}

function yearValue<T>(p: Param<T>, year: number): ParamValue<T> {
  const refuse = () => notCovered(`巴中市 ${year} 年度城乡居民医保缴费标准暂未收录（004 只给出 2025、2026 年度）`, 'year');
  let v: ParamValue<T>;
  try {
    v = valueAt(p, `${year}-01-01`);
  } catch {
    throw refuse();
  }
  // Premiums change every year: a year past the one the handbook vouches for is refused, not carried forward.
  if (v.staleNote) throw refuse();
  return v;
}

/**
 * 巴中市城乡居民医保: what a person pays for a coverage year, by identity (004 第三章 六问、八问; 第六章 四问). The
 * individual standard is 400 元 in 2025 and 2026; 特困人员、孤儿 are fully subsidised, 低保对象、防止返贫监测对象 by 75%
 * (资助 300 元, 个人缴费 100 元). "同时具备上述两类及以上身份的，按最高的资助标准进行资助，不得重复资助": the identity
 * with the largest subsidy wins. 低保边缘家庭成员、因病致贫重病患者 are not 参保资助对象 and pay as 普通居民; the result says so.
 */
export function premium(input: unknown): PremiumResult {
  const q = parseOrThrow(premiumQuerySchema, input);
  if (q.region !== 'bazhong') {
    throw notCovered(`参保地“${q.region}”的参保缴费标准不在巴中市的规则中`, 'region');
  }
  q.categories.forEach((c, i) => {
    if (!CATEGORY_IDS.includes(c)) {
      throw new RuleError('INVALID_INPUT', `救助身份（categories.${i}）：取值不在允许范围内（可选：${CATEGORY_IDS.join('、')}）`, `categories.${i}`);
    }
  });
  const categories = [...new Set(q.categories as Category[])];
  const Y = q.year;
  const personalValue = yearValue(residentPremium, Y);
  const fundingValue = yearValue(residentFunding, Y);
  const rulesValue = yearValue(premiumSubsidyRules, Y);
  const personal = figure(personalValue.value);
  const funding = fundingValue.value;

  const steps: { text: string; source: Source }[] = [
    {
      text: `${Y} 年度城乡居民医保筹资总额 ${yuan(funding.total)}/人，其中财政补助 ${yuan(funding.fiscalSubsidy)}，个人缴费 ${yuan(personal)}`,
      source: fundingValue.source,
    },
  ];
  const notes: string[] = [];

  // Each identity the rules list, with its subsidy; the highest wins (ties keep the order of the text).
  const candidates = categories
    .map((category) => rulesValue.value.find((r) => r.category === category))
    .filter((r): r is BazhongSubsidyRow => r !== undefined)
    .map((row) => ({ row, subsidy: subsidyOf(row.rule, personal) }));
  const chosen = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, c) => (best === undefined || c.subsidy.greaterThan(best.subsidy) ? c : best),
    undefined,
  );
  const subsidy = chosen ? chosen.subsidy : ZERO;
  const pays = personal.minus(subsidy);
  if (chosen) {
    const row = chosen.row;
    steps.push({ text: `${row.condition ?? ''}${nameOf(row.category)}：${ruleText(row, personal)}`, source: rulesValue.source });
    if (candidates.length > 1) {
      const others = candidates.filter((c) => c !== chosen).map((c) => `${nameOf(c.row.category)}（资助 ${yuan(c.subsidy)}）`);
      steps.push({
        text: `同时具备${[nameOf(row.category), ...others].join('、')}两类及以上身份，按最高的资助标准（${nameOf(row.category)}，资助 ${yuan(subsidy)}）进行资助，不得重复资助`,
        source: { doc: rulesValue.source.doc, section: '第三章 六问' },
      });
    }
    if (rulesValue.note) notes.push(rulesValue.note);
    if (row.condition) {
      notes.push(`按${row.condition}${nameOf(row.category)}计算；已消除风险的${nameOf(row.category)}不在参保资助对象之列，按普通居民缴费 ${yuan(personal)}（第三章 六问）。`);
    }
  }
  steps.push({
    text: `${chosen ? nameOf(chosen.row.category) : '普通居民'}：个人缴费 ${yuan(personal)} − 资助 ${yuan(subsidy)} = 个人实缴 ${yuan(pays)}`,
    source: chosen ? rulesValue.source : personalValue.source,
  });
  const unlisted = categories.filter((c) => !rulesValue.value.some((r) => r.category === c));
  if (unlisted.length > 0) {
    notes.push(`${unlisted.map(nameOf).join('、')}不是参保资助对象（第三章 六问、第六章 四问只资助特困人员、孤儿、低保对象、防止返贫监测对象）${chosen ? '' : '，按普通居民缴费'}。`);
  }
  notes.push('参保职工可以用医保个人账户余额为亲属及近亲属代缴城乡居民医保费（国家医保服务平台 APP 或“四川医保服务平台”，第三章 五问（三））。');
  return {
    region: 'bazhong',
    year: Y,
    standard: { total: fen(figure(funding.total)), fiscalSubsidy: fen(figure(funding.fiscalSubsidy)), personal: fen(personal) },
    personalPays: fen(pays),
    governmentPays: fen(subsidy),
    basis: { category: chosen ? chosen.row.category : null, group: chosen ? `${chosen.row.condition ?? ''}${nameOf(chosen.row.category)}` : '普通居民' },
    steps,
    notes,
  };
}
