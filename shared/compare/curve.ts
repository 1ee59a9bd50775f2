import { estimate } from '../estimate';
import { invalidField } from '../errors';
import { Money, ZERO, fen, grouped, toFen } from '../money';
import { PAYER_NAMES } from '../explain';
import { PAYMENT_KEYS, type EstimateResult, type Payments } from '../result';

/**
 * Personal pay against bill size for one person's profile: the same case (person, kind of care, level, place,
 * year-to-date) with the bill scaled, keeping her in-scope share (and 乙类 share) of it. Every figure is the real
 * estimate() of that bill; the markers — where each payer starts, where each 大病 band starts, where a payer's
 * annual limit is reached — are found by bisection to the fen, so each is true for her profile: one fen below it
 * the thing has not happened, at it it has.
 */
export type PayerKey = keyof Payments;

export interface CurvePoint {
  totalCost: string;
  inScopeCost: string;
  personalPay: string;
  payments: Payments;
}

export interface CurveMarker {
  /** 'starts': the payer pays from here; 'band': the payer's next band is reached; 'cap': its annual limit. */
  kind: 'starts' | 'band' | 'cap';
  payer: PayerKey;
  /** The first bill (医疗总费用) at which it holds, to the fen. */
  totalCost: string;
  /** One fen below: the last bill at which it does not hold ("0.00" when it holds from the first fen). */
  below: string;
  /** The in-scope cost of that bill. */
  inScopeCost: string;
  /** 'band': the band as the rules' formula names it, and its rate ("10 万元至20 万元部分", "70"). */
  band?: { label: string; percent: string };
  /** 'cap': what the payer pays at most from here on (this year's remaining limit). */
  limit?: string;
  /** "医疗总费用超过 52,474.09 元后，城乡居民大病保险开始报销". */
  sentence: string;
}

export interface PayCurve {
  /** 政策范围内费用 ÷ 医疗总费用 of her bill, as kept for every size. */
  inScopeShare: string;
  points: CurvePoint[];
  markers: CurveMarker[];
  /** Her own bill on the curve. */
  current: CurvePoint;
}

/** The largest bill searched: 1 亿元, far beyond any cap (an amount must stay below 10 亿元). */
const CEILING = new Money('100000000');

type Visit = Record<string, unknown> & { totalCost: string; inScopeCost: string; classBCost?: string };

/** The case at another bill size: the in-scope and 乙类 shares of hers, each rounded to the fen. */
export function scaledCase(input: Record<string, unknown>, total: Money): Record<string, unknown> {
  const visit = input.visit as Visit;
  const own = new Money(visit.totalCost);
  const inScope = toFen(total.times(visit.inScopeCost).div(own));
  const next: Visit = { ...visit, totalCost: fen(total), inScopeCost: fen(inScope) };
  if (visit.classBCost !== undefined) {
    next.classBCost = new Money(visit.inScopeCost).isZero() ? '0.00' : fen(toFen(inScope.times(visit.classBCost).div(visit.inScopeCost)));
  }
  return { ...input, visit: next };
}

function pointOf(result: EstimateResult): CurvePoint {
  return { totalCost: result.totalCost, inScopeCost: result.inScopeCost, personalPay: result.personalPay, payments: result.payments };
}

/**
 * The smallest bill in fen, between `lo` (exclusive, where `holds` is false or lo = 0) and `hi` (where it holds),
 * at which `holds` is true; `holds` must not turn false again above it (payments only grow with the bill).
 */
function firstFen(lo: number, hi: number, holds: (fenAmount: number) => boolean): number {
  let a = lo;
  let b = hi;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (holds(mid)) b = mid;
    else a = mid;
  }
  return b;
}

const PART_RE = /([^；：，]+?部分) ([\d,]+\.\d{2}) 元 × (\d+(?:\.\d+)?)%/g;

/** The bands a payer's formula lists ("10 万元以内部分 12,832.00 元 × 60%"), in its order. */
function bandParts(result: EstimateResult, payer: PayerKey): { label: string; amount: Money; percent: string }[] {
  const formula = result.steps
    .filter((s) => s.payer === payer)
    .map((s) => s.formula)
    .join('；');
  const parts: { label: string; amount: Money; percent: string }[] = [];
  // exec in a loop rather than matchAll: the mini-program's ES5 build has no String.prototype.matchAll.
  const re = new RegExp(PART_RE.source, 'g');
  for (let m = re.exec(formula); m; m = re.exec(formula)) {
    parts.push({ label: m[1].trim(), amount: new Money(m[2].replace(/,/g, '')), percent: m[3] });
  }
  return parts;
}

/** A round figure at or above the value (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten): the curve's last bill. */
function roundUp(value: Money): Money {
  if (!value.greaterThan(ZERO)) return new Money(1000);
  const power = new Money(10).pow(value.toFixed(0, 1).length - 1);
  for (const step of ['1', '1.2', '1.5', '2', '2.5', '3', '4', '5', '6', '8']) {
    const candidate = power.times(step);
    if (candidate.greaterThanOrEqualTo(value)) return candidate;
  }
  return power.times(10);
}

/**
 * The curve of `points` bills (24 by default) from small to beyond the last marker, and the markers. The case must
 * be one the rules accept; a bill of 0 has no share to keep and is refused.
 */
export function payCurve(input: Record<string, unknown>, points = 24): PayCurve {
  const visit = input.visit as Visit | undefined;
  if (!visit || !new Money(visit.totalCost ?? 0).greaterThan(ZERO)) {
    throw invalidField('医疗总费用', '大于 0 才能画出随费用变化的曲线', ['visit', 'totalCost']);
  }
  if (typeof points !== 'number' || Math.floor(points) !== points || points < 2 || points > 60) throw invalidField('点数', '须为 2 到 60 之间的整数', ['points']);
  const mine = estimate(input);
  const cache = new Map<number, EstimateResult>();
  const at = (fenAmount: number): EstimateResult => {
    let r = cache.get(fenAmount);
    if (!r) {
      r = estimate(scaledCase(input, new Money(fenAmount).div(100)));
      cache.set(fenAmount, r);
    }
    return r;
  };
  const top = CEILING.times(100).toNumber();
  const half = top / 2;
  const highest = at(top);
  const paid = (r: EstimateResult, k: PayerKey) => new Money(r.payments[k]);

  const markers: CurveMarker[] = [];
  const mark = (kind: CurveMarker['kind'], payer: PayerKey, first: number, extra: Partial<CurveMarker>, sentence: (below: string) => string) => {
    const r = at(first);
    const below = fen(new Money(first - 1).div(100));
    markers.push({ kind, payer, totalCost: r.totalCost, below, inScopeCost: r.inScopeCost, ...extra, sentence: sentence(below) });
  };
  const over = (below: string) => (below === '0.00' ? '从第一笔费用起' : `医疗总费用超过 ${grouped(below)} 元后`);

  for (const k of PAYMENT_KEYS) {
    if (!paid(highest, k).greaterThan(ZERO)) continue;
    const name = PAYER_NAMES[k];
    const starts = paid(at(1), k).greaterThan(ZERO) ? 1 : firstFen(0, top, (n) => paid(at(n), k).greaterThan(ZERO));
    mark('starts', k, starts, {}, (b) => `${over(b)}，${name}开始报销`);

    // Each further band of the payer's formula, from the second on (the first starts with the payer).
    const bands = bandParts(highest, k);
    bands.slice(1).forEach((band) => {
      const reached = (n: number) => bandParts(at(n), k).some((p) => p.label === band.label && p.amount.greaterThan(ZERO));
      const first = reached(1) ? 1 : firstFen(0, top, reached);
      mark('band', k, first, { band: { label: band.label, percent: band.percent } }, (b) => `${over(b)}，${name}的“${band.label}”按 ${band.percent}% 报销`);
    });

    // A payer that pays the same on half the ceiling as on the ceiling has reached its annual limit.
    const limit = paid(highest, k);
    if (paid(at(half), k).equals(limit)) {
      const first = firstFen(0, top, (n) => paid(at(n), k).greaterThanOrEqualTo(limit));
      mark('cap', k, first, { limit: fen(limit) }, () => `医疗总费用达到 ${grouped(at(first).totalCost)} 元时，${name}本年还能报的 ${grouped(limit)} 元已全部报完，再多的费用它不再报销`);
    }
  }
  markers.sort((a, b) => new Money(a.totalCost).comparedTo(b.totalCost) || PAYMENT_KEYS.indexOf(a.payer) - PAYMENT_KEYS.indexOf(b.payer));

  // The sizes: evenly spaced up to a round figure beyond the last marker (and her own bill).
  const furthest = markers.reduce((m, x) => Money.max(m, new Money(x.totalCost)), new Money(mine.totalCost));
  const last = roundUp(furthest.times('1.2'));
  const sizes: CurvePoint[] = [];
  for (let i = 1; i <= points; i++) sizes.push(pointOf(at(last.times(i).div(points).times(100).toDecimalPlaces(0).toNumber())));

  const own = new Money(visit.totalCost);
  const share = new Money(visit.inScopeCost).div(own).toDecimalPlaces(4).toString();
  return { inScopeShare: share, points: sizes, markers, current: pointOf(mine) };
}
