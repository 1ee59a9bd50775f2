import { Money, ZERO, grouped } from '../../../../../../../shared/money';
import type { PayCurve } from '../../../../../../../shared/compare/curve';

/**
 * The curve as plain boxes: one column per bill size (its height is personal pay against the tallest), the markers
 * as vertical lines placed by bill size on the same axis (the last column's bill is the right edge). Shares are
 * decimal.js percentages with two decimals, so a line sits exactly where its bill is.
 */
export interface ChartColumn {
  key: string;
  /** "37.25": of the plot's height. */
  height: string;
  totalCost: string;
  personalPay: string;
  ariaLabel: string;
}

export interface ChartLine {
  /** ①, ②… as the sentences below the chart are numbered. */
  badge: string;
  /** "6.56": from the plot's left edge. */
  left: string;
  /** Badge row (0–2): lines close together put their badges on different rows. */
  row: number;
  sentence: string;
  ariaLabel: string;
}

export interface ChartGeometry {
  columns: ChartColumn[];
  lines: ChartLine[];
  /** Her own bill on the same axis. */
  current: { left: string; ariaLabel: string };
  /** The right edge's bill and the tallest column's pay, for the axis labels. */
  lastBill: string;
  highestPay: string;
  ariaLabel: string;
}

const BADGES = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮', '⑯', '⑰', '⑱', '⑲', '⑳'];

/** Badges nearer than this (percent of the width) go on another row. */
const CROWDED = new Money(12);

function share(part: Money, whole: Money): string {
  if (!whole.greaterThan(ZERO)) return '0.00';
  const p = part.div(whole).times(100);
  return (p.greaterThan(100) ? new Money(100) : p).toFixed(2);
}

export function chartGeometry(curve: PayCurve): ChartGeometry {
  const last = new Money(curve.points[curve.points.length - 1].totalCost);
  const highest = curve.points.reduce((m, p) => Money.max(m, new Money(p.personalPay)), ZERO);
  const columns = curve.points.map((p) => ({
    key: p.totalCost,
    height: share(new Money(p.personalPay), highest),
    totalCost: p.totalCost,
    personalPay: p.personalPay,
    ariaLabel: `医疗总费用 ${grouped(p.totalCost)} 元，个人负担 ${grouped(p.personalPay)} 元`,
  }));
  const lines: ChartLine[] = [];
  curve.markers.forEach((m, index) => {
    const left = share(new Money(m.totalCost), last);
    const previous = lines[lines.length - 1];
    const crowded = previous && new Money(left).minus(previous.left).lessThan(CROWDED);
    const badge = BADGES[index] ?? `(${index + 1})`;
    lines.push({ badge, left, row: crowded ? (previous.row + 1) % 3 : 0, sentence: m.sentence, ariaLabel: `${badge} ${m.sentence}` });
  });
  const own = curve.current;
  return {
    columns,
    lines,
    current: {
      left: share(new Money(own.totalCost), last),
      ariaLabel: `这次的费用 ${grouped(own.totalCost)} 元，个人负担 ${grouped(own.personalPay)} 元`,
    },
    lastBill: last.toFixed(2),
    highestPay: highest.toFixed(2),
    ariaLabel: `个人负担随医疗总费用变化的柱状图：医疗总费用从 ${grouped(curve.points[0].totalCost)} 元到 ${grouped(last)} 元，共 ${columns.length} 档，个人负担最多 ${grouped(highest)} 元`,
  };
}
