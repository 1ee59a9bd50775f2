import { Money, ZERO, grouped } from '../money';
import { PAYER_NAMES, type Step } from '../explain';
import { PAYMENT_KEYS, type EstimateResult } from '../result';

/**
 * Why one option costs what it does, read off the rules' own steps (never a figure typed here): the 基本医保
 * step's 起付线, 报销比例 and 转外先行自付 as its formula prints them, and every further payer that pays.
 */
export interface ReasonFigures {
  /** "400.00" — the first 起付线 the 基本医保 formula names. */
  deductible?: string;
  /** "70" — the first ratio (in percent) the formula multiplies by, with its name when it has one ("甲类比例"). */
  ratio?: { name: string; percent: string };
  /** What the patient pays first, each a step of its own ("转外先行自付", "乙类先行自付"), with its amount ("1,800.00"). */
  prePays?: { name: string; amount: string }[];
  /** The 基本医保 formula says the annual limit cut the payment short. */
  capped: boolean;
  /** The formula itself when none of the above could be read (the words are then the rules' own). */
  formula?: string;
}

const AMOUNT = '([\\d,]+\\.\\d{2})';
const DEDUCTIBLE_RE = new RegExp(`起付线 ${AMOUNT} 元`);
// "× 70%" or "× 甲类比例 90%": the ratio the in-scope amount is paid at.
const RATIO_RE = /× (?:([^\s×=（）]*比例) )?(\d+(?:\.\d+)?)%/;

/**
 * The 基本医保 payment's steps, and the shares the patient pays first, each a step of her own under its name
 * ("乙类先行自付 = 乙类费用 … × 10%"): their ratio is not the payment's, so they are read apart.
 */
function basicSteps(result: Pick<EstimateResult, 'steps'>): { main: Step[]; prePays: Step[] } {
  return {
    main: result.steps.filter((s) => s.payer === 'basic'),
    prePays: result.steps.filter((s) => s.payer === 'patient' && s.payerName.endsWith('先行自付')),
  };
}

/** The figures of the 基本医保 step, as its formula prints them. */
export function reasonFigures(result: Pick<EstimateResult, 'steps'>): ReasonFigures {
  const { main, prePays } = basicSteps(result);
  const formula = main.map((s) => s.formula).join('；');
  const deductible = DEDUCTIBLE_RE.exec(formula)?.[1];
  const ratio = RATIO_RE.exec(formula);
  const figures: ReasonFigures = {
    ...(deductible ? { deductible } : {}),
    ...(prePays.length > 0 ? { prePays: prePays.map((s) => ({ name: s.payerName, amount: grouped(s.amount) })) } : {}),
    ...(ratio ? { ratio: { name: ratio[1] ?? '报销比例', percent: ratio[2] } } : {}),
    capped: formula.includes('按余额支付'),
  };
  if (!deductible && !ratio && formula) {
    // The formula's own words after the place and level ("市内·二级医疗机构：…").
    const colon = formula.indexOf('：');
    figures.formula = colon >= 0 ? formula.slice(colon + 1) : formula;
  }
  return figures;
}

/**
 * The reason in a short line: "起付线 400.00 元、报销比例 70%", then what else pays, and — given the same level's
 * figures in the city — how many 个百分点 the ratio is lower there and how much higher the 起付线.
 */
export function reasonText(result: EstimateResult, local?: ReasonFigures): string {
  const f = reasonFigures(result);
  const parts: string[] = [];
  if (f.deductible) {
    let text = `起付线 ${f.deductible} 元`;
    if (local?.deductible && local.deductible !== f.deductible) {
      const more = new Money(f.deductible.replace(/,/g, '')).minus(local.deductible.replace(/,/g, ''));
      if (!more.isZero()) text += `（比市内${more.greaterThan(ZERO) ? '高' : '低'} ${grouped(more.abs())} 元）`;
    }
    parts.push(text);
  }
  for (const p of f.prePays ?? []) parts.push(`${p.name} ${p.amount} 元`);
  if (f.ratio) {
    let text = `${f.ratio.name} ${f.ratio.percent}%`;
    if (local?.ratio && local.ratio.percent !== f.ratio.percent) {
      const lower = new Money(local.ratio.percent).minus(f.ratio.percent);
      text += `（比市内${lower.greaterThan(ZERO) ? '降低' : '提高'} ${lower.abs().toString()} 个百分点）`;
    }
    parts.push(text);
  }
  if (f.formula) parts.push(f.formula);
  if (f.capped) parts.push('统筹基金已到年度限额');
  for (const k of PAYMENT_KEYS) {
    if (k === 'basic') continue;
    const paid = new Money(result.payments[k]);
    if (paid.greaterThan(ZERO)) parts.push(`${PAYER_NAMES[k]}再报 ${grouped(paid)} 元`);
  }
  if (new Money(result.payments.basic).isZero() && !f.capped && f.deductible) parts.push('未超过起付线，统筹不报');
  return parts.join('、');
}
