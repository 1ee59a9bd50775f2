import type { SubsidyStatusView } from '../../../../shared/contract/veteran';
import { money, percent, yuan } from '../../../../shared/money';

/**
 * 我的优抚补助: the `subsidy.status` answer as the page shows it — a headline per card, the 住院补助 progress bar, the
 * payments and claims as rows. Every figure is the function's (which reads the ledger and the shared rules); this
 * only words and arranges it, and keeps each card's citation beside it.
 */

export type Tone = 'ok' | 'pending' | 'warn' | 'none';

export interface AllowanceCard {
  tone: Tone;
  /** The big line: "已发放 800.00 元", "第一季度发放", "没有发放记录", "不享受". */
  headline: string;
  /** "发放日期 2026-02-15" when paid. */
  when: string | null;
  text: string;
  source: string | null;
}

const ALLOWANCE_HEADLINES: Record<SubsidyStatusView['outpatientAllowance']['state'], string> = {
  paid: '已发放',
  expected: '第一季度发放，尚未登记',
  notRecorded: '没有发放记录',
  notApplicable: '不享受定额门诊补助',
  notCollected: '标准暂未收录',
};

const ALLOWANCE_TONES: Record<SubsidyStatusView['outpatientAllowance']['state'], Tone> = {
  paid: 'ok',
  expected: 'pending',
  notRecorded: 'warn',
  notApplicable: 'none',
  notCollected: 'none',
};

export function allowanceCard(a: SubsidyStatusView['outpatientAllowance']): AllowanceCard {
  const figure = a.amount ?? (a.state === 'expected' ? a.standard : null);
  const headline = ALLOWANCE_HEADLINES[a.state] ?? a.state;
  return {
    tone: ALLOWANCE_TONES[a.state] ?? 'none',
    headline: figure ? `${headline} ${yuan(figure)}` : headline,
    when: a.state === 'paid' && a.paidOn ? `发放日期 ${a.paidOn}` : null,
    text: a.text,
    source: a.source,
  };
}

export interface InpatientCard {
  /** False when the rules set no annual cap for this person (一至六级; 广西) or none could be read. */
  hasCap: boolean;
  /** "还可补助 20,500.00 元", or, without a cap, "已补助 9,500.00 元". */
  headline: string;
  /** 0–100, for the bar's width (a whole number is enough to draw). */
  barPercent: number;
  /** "已用 32%". */
  barLabel: string;
  paid: string;
  remaining: string | null;
  cap: string | null;
  ratio: string | null;
  /** "已提交、待受理的申请预计补助 11,400.00 元，受理后才计入" — or null when none waits. */
  pending: string | null;
  text: string;
  source: string | null;
}

export function inpatientCard(i: SubsidyStatusView['inpatient']): InpatientCard {
  const hasCap = i.annualCap !== null && i.remainingCap !== null && i.usedShare !== null;
  const share = hasCap ? Math.min(1, Math.max(0, Number(i.usedShare))) : 0;
  const barPercent = Math.round(share * 1000) / 10;
  const pending = money(i.pending).isZero() ? null : `已提交、待受理的申请预计补助 ${yuan(i.pending)}，受理后才计入已补助`;
  return {
    hasCap,
    headline: hasCap ? `还可补助 ${yuan(i.remainingCap as string)}` : `已补助 ${yuan(i.paid)}`,
    barPercent,
    barLabel: `已用 ${barPercent}%`,
    paid: yuan(i.paid),
    remaining: i.remainingCap !== null ? yuan(i.remainingCap) : null,
    cap: i.annualCap !== null ? yuan(i.annualCap) : null,
    ratio: i.ratio !== null ? percent(i.ratio) : null,
    pending,
    text: i.text,
    source: i.source,
  };
}

export interface PaymentRow {
  key: string;
  date: string;
  /** "一站式" or "非一站式": the short name; `routeLabel` says what it means. */
  route: string;
  routeLabel: string;
  hospital: string;
  amount: string;
}

const ROUTE_SHORT: Record<string, string> = { oneStop: '一站式', nonOneStop: '非一站式' };

export function paymentRows(payments: SubsidyStatusView['inpatient']['payments']): PaymentRow[] {
  return [...payments]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((p, i) => ({
      key: `${p.date}-${i}`,
      date: p.date,
      route: p.route ? ROUTE_SHORT[p.route] ?? p.route : '住院补助',
      routeLabel: p.routeLabel,
      hospital: p.hospital ?? '（名单未写医院）',
      amount: yuan(p.amount),
    }));
}

export interface ClaimRow {
  id: string;
  title: string;
  status: string;
  statusCode: SubsidyStatusView['claims'][number]['status'];
  tone: Tone | 'bad';
  /** "预计补助 11,400.00 元" before acceptance, "已补助 11,400.00 元（2026-11-24 登记）" after. */
  amount: string | null;
}

const CLAIM_TONES: Record<string, ClaimRow['tone']> = {
  draft: 'none',
  submitted: 'pending',
  accepted: 'ok',
  returned: 'warn',
  rejected: 'bad',
};

export function claimRows(claims: SubsidyStatusView['claims']): ClaimRow[] {
  return claims.map((c) => ({
    id: c.id,
    title: `${c.hospital ?? '县外住院'}${c.dischargeDate ? `，${c.dischargeDate} 出院` : ''}`,
    status: c.statusLabel,
    statusCode: c.status,
    tone: CLAIM_TONES[c.status] ?? 'pending',
    amount: c.paidAmount
      ? `已补助 ${yuan(c.paidAmount)}`
      : c.estimatedSubsidy && c.status !== 'rejected'
        ? `预计补助 ${yuan(c.estimatedSubsidy)}`
        : null,
  }));
}

/** "李复员，在乡复员军人，阳城县凤城镇": who the ledger is of, as the roster says. */
export function personLine(v: SubsidyStatusView['veteran']): string {
  const place = `${v.county ?? v.regionName}${v.township}`;
  return `${v.name}，${v.categoryLabel}，${place}`;
}

/** "李复员是您的父母，您代为查看和申请": shown when a relative reads the ledger (the relation is the saved one). */
export function viewerLine(s: Pick<SubsidyStatusView, 'viewer' | 'veteran'>): string | null {
  if (s.viewer.role !== 'agent') return null;
  return `${s.veteran.name}是您的${s.viewer.relationLabel ?? '近亲属'}，您代为查看和申请。`;
}

/**
 * Whether a 非一站式 claim can be started from this ledger: the function says so (`claimable`: the region files
 * such claims and the rules count the person that year).
 */
export function canClaim(s: Pick<SubsidyStatusView, 'claimable'>): boolean {
  return s.claimable;
}

/** The years a person can look at: this one and the one before (a claim in the new year may be for last year's stay). */
export function yearChoices(thisYear: number): number[] {
  return [thisYear, thisYear - 1];
}
