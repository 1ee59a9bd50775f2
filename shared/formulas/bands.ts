import { ONE, ZERO, max0, minOf, percent, yuan, figure, type Amount } from '../amount';

/** A schedule of brackets: each ratio applies to the part of the amount up to `upTo` (null: no upper bound). */
export type Band = { upTo: string | null; ratio: string };

export interface BandedPart {
  from: Amount;
  to: Amount | null;
  ratio: Amount;
  base: Amount;
  amount: Amount;
}

/**
 * Pays each slice of `amount` at its band's ratio, plus `bonus` points ("分段赔付比例在普通居民的基础上提高 5%",
 * 004 第三章 二十四问), never above 100%.
 */
export function banded(amount: Amount, bands: readonly Band[], bonus: Amount = ZERO): { total: Amount; parts: BandedPart[] } {
  const parts: BandedPart[] = [];
  let from = ZERO;
  for (const band of bands) {
    const to = band.upTo === null ? null : figure(band.upTo);
    const ratio = minOf(figure(band.ratio).plus(bonus), ONE);
    const base = to === null ? max0(amount.minus(from)) : max0(minOf(amount, to).minus(from));
    if (base.greaterThan(0)) parts.push({ from, to, ratio, base, amount: base.times(ratio) });
    if (to === null || amount.lessThanOrEqualTo(to)) break;
    from = to;
  }
  return { total: parts.reduce((s, p) => s.plus(p.amount), ZERO), parts };
}

/** "10 万元以内部分 60,000.00 元 × 60% = 36,000.00 元；…": the parts in words. */
export function describeBands(parts: BandedPart[]): string {
  return parts
    .map((p) => {
      const range = p.to === null ? `${wan(p.from)}以上部分` : p.from.isZero() ? `${wan(p.to)}以内部分` : `${wan(p.from)}至${wan(p.to)}部分`;
      return `${range} ${yuan(p.base)} × ${percent(p.ratio)} = ${yuan(p.amount)}`;
    })
    .join('；');
}

function wan(v: Amount): string {
  return v.modulo(10000).isZero() ? `${v.dividedBy(10000).toString()} 万元` : yuan(v);
}
