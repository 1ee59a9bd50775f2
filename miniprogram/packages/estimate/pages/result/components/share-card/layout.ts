import type { Payer } from '../../../../../../../shared/explain';
import type { ShareCard } from '../../../../model/share-card';

/** One thing to draw, in the card's own pixels (before the device scale). */
export type CardItem =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'text'; text: string; x: number; y: number; size: number; bold: boolean; color: string; align: 'left' | 'right' };

export interface CardLayout {
  width: number;
  height: number;
  items: CardItem[];
}

/** The page's payer colours (app.css --payer-*), so the card reads like the bar on the result page. */
const PAYER_COLORS: Record<Payer, string> = {
  basic: '#1a5fd0',
  civilServant: '#6a4fd8',
  largeExpense: '#0b8f98',
  seriousIllness: '#1f8a4c',
  assistance: '#d98200',
  tiltedAssistance: '#b35c14',
  veteranSubsidy: '#7a6333',
  patient: '#d23c3c',
};
const TEXT = '#1d2129';
const TEXT_2 = '#4e5969';

/**
 * The picture: title, the answer in large type, what each payer pays, the total, the region and the date, and the
 * disclaimer. `full` is the H5 picture (every payer, 720 px wide; 长辈模式 a quarter larger, never below 30 px
 * type); `chat` is the weapp 转发 image, which WeChat shows at 5:4 (500 × 400): the answer, the total reimbursed,
 * the place and the disclaimer.
 */
export function layoutCard(card: ShareCard, mode: { kind: 'full'; elder: boolean } | { kind: 'chat' }): CardLayout {
  const items: CardItem[] = [];
  const text = (t: string, x: number, y: number, size: number, bold: boolean, color: string, align: 'left' | 'right' = 'left') =>
    items.push({ kind: 'text', text: t, x, y, size, bold, color, align });
  if (mode.kind === 'chat') {
    const width = 500;
    const height = 400;
    items.push({ kind: 'rect', x: 0, y: 0, w: width, h: height, color: '#ffffff' });
    items.push({ kind: 'rect', x: 0, y: 0, w: width, h: 10, color: '#1a5fd0' });
    text(card.title, 32, 64, 30, true, TEXT);
    text(card.headlineLabel, 32, 128, 28, false, TEXT_2);
    text(card.headline, 32, 196, 56, true, PAYER_COLORS.patient);
    text(card.fundTotal, 32, 252, 28, false, TEXT);
    text(card.place, 32, 306, 22, false, TEXT_2);
    text(`${card.date} · ${card.disclaimer}`, 32, 350, 22, false, TEXT_2);
    return { width, height, items };
  }
  const k = mode.elder ? 1.25 : 1;
  const width = 720;
  const pad = 48;
  const s = (n: number) => Math.round(n * k);
  let y = 12;
  const rows: CardItem[] = [];
  const line = (gap: number) => {
    y += gap;
    return y;
  };
  text(card.title, pad, line(s(40) + 28), s(34), true, TEXT);
  text(card.headlineLabel, pad, line(s(30) + 30), s(28), false, TEXT_2);
  text(card.headline, pad, line(s(76) + 8), s(72), true, PAYER_COLORS.patient);
  line(s(24));
  for (const p of card.payers) {
    const at = line(s(30) + 22);
    rows.push({ kind: 'rect', x: pad, y: at - s(22), w: s(20), h: s(20), color: PAYER_COLORS[p.payer] });
    text(p.name, pad + s(32), at, s(30), p.payer === 'patient', TEXT);
    text(p.amount, width - pad, at, s(30), true, p.payer === 'patient' ? PAYER_COLORS.patient : TEXT, 'right');
  }
  text(card.fundTotal, pad, line(s(30) + 30), s(30), false, TEXT);
  text(card.total, pad, line(s(30) + 22), s(30), false, TEXT);
  line(s(20));
  const ruleAt = line(4);
  text(card.place, pad, line(s(30) + 24), s(30), false, TEXT_2);
  text(card.date, pad, line(s(30) + 16), s(30), false, TEXT_2);
  text(card.disclaimer, pad, line(s(30) + 24), s(30), true, TEXT);
  const height = y + 40;
  return {
    width,
    height,
    items: [
      { kind: 'rect', x: 0, y: 0, w: width, h: height, color: '#ffffff' },
      { kind: 'rect', x: 0, y: 0, w: width, h: 12, color: '#1a5fd0' },
      { kind: 'rect', x: pad, y: ruleAt, w: width - 2 * pad, h: 2, color: '#e5e6eb' },
      ...rows,
      ...items,
    ],
  };
}

/** The few members of a 2D context the card uses: the browser's and WeChat's `canvas type="2d"` both have them. */
export interface CardContext {
  fillStyle: unknown;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  scale(x: number, y: number): void;
}

const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Draws the layout; `scale` is the device pixels per card pixel (the canvas is width × scale wide). */
export function paintCard(ctx: CardContext, layout: CardLayout, scale: number): void {
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  for (const item of layout.items) {
    ctx.fillStyle = item.color;
    if (item.kind === 'rect') {
      ctx.fillRect(item.x, item.y, item.w, item.h);
    } else {
      ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px ${FONT}`;
      ctx.textAlign = item.align;
      ctx.fillText(item.text, item.x, item.y);
    }
  }
}
