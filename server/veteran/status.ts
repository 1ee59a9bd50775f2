import type { AppContext, Identity } from '../applications/context';
import { allApplications } from '../applications/pages';
import { canSee } from '../applications/access';
import { STATUS_LABELS } from '../applications/status';
import { RuleError } from '../../shared/errors';
import { todayInChina, yearOf } from '../../shared/dates';
import { ZERO, fen, money, percent, yuan } from '../../shared/money';
import type { SubsidyResult } from '../../shared/veteran';
import { citationText, cite } from '../../shared/source';
import { relationLabel } from '../../shared/filing/relations';
import { CAUSE_NAMES } from '../../shared/schemas/veteran';
import { parseApplicationRequest } from '../../shared/schemas/application';
import { subsidyStatusRequest } from '../../shared/schemas/subsidy-ledger';
import {
  APPROVAL_FORM,
  NON_ONE_STOP_MATERIALS,
  ONE_STOP_MATERIALS,
  PAYMENT_ROUTE_LABELS,
  ProcedureItem,
} from '../../shared/filing/veteran-subsidy';
import type { ApplicationRecord, VeteranPaymentRecord, VeteranRosterRecord } from '../store/types';
import { veteranFor, Viewer } from './access';
import { ledgerId } from './ledger';
import { REGION_NAMES, categoryLabel, rulesVeteranOf, yearFigures } from './rules';

const YANGCHENG = '000_22e2e209a52c8b7a.txt';
const GUANGXI = '001_67989e468fe6913d.txt';

/**
 * This year's 优抚医疗补助 at a glance, for the page: the 定额门诊补助, the 住院补助 used against the cap (a progress
 * bar), the next 非一站式 window and the papers to bring. Built from the ledger and the shared rules only; ID numbers
 * appear masked.
 */
export interface SubsidyStatusView {
  year: number;
  /** The China date the status was read on. */
  asOf: string;
  veteran: {
    name: string;
    idNumberMasked: string;
    region: VeteranRosterRecord['region'];
    regionName: string;
    category: VeteranRosterRecord['category'];
    categoryLabel: string;
    disabilityGrade: number | null;
    cause: VeteranRosterRecord['cause'];
    causeLabel: string | null;
    county: string | null;
    township: string;
    rosterYear: number;
  };
  viewer: { role: 'self' | 'agent'; relation?: string; relationLabel?: string };
  outpatientAllowance: {
    /** paid; expected (first quarter not over); notRecorded (quarter over, nothing on the list); notApplicable; notCollected (standard left to 各地). */
    state: 'paid' | 'expected' | 'notRecorded' | 'notApplicable' | 'notCollected';
    /** The year's standard by the rules, or null when not collected. */
    standard: string | null;
    amount: string | null;
    paidOn: string | null;
    text: string;
    source: string | null;
  };
  inpatient: {
    ratio: string | null;
    annualCap: string | null;
    paid: string;
    remainingCap: string | null;
    /** paid / cap, 0–1 with four decimals, for the progress bar; null without a cap. */
    usedShare: string | null;
    /** Estimates of this person's submitted claims not yet accepted (those the caller may see). */
    pending: string;
    payments: { date: string; amount: string; route: VeteranPaymentRecord['route']; routeLabel: string; hospital: string | null; applicationId: string | null }[];
    text: string;
    source: string | null;
  };
  nextWindow: { month: string; label: string; openNow: boolean; text: string; source: string } | null;
  materials: {
    oneStop: { name: string; where: string; source: string }[];
    nonOneStop: { name: string; where: string; source: string }[];
    approvalForm: { title: string; note: string; source: string };
  };
  claims: {
    id: string;
    status: ApplicationRecord['status'];
    statusLabel: string;
    hospital: string | null;
    dischargeDate: string | null;
    estimatedSubsidy: string | null;
    paidAmount: string | null;
    submittedAt: string | null;
  }[];
  notes: string[];
  ruleset: { version: string; paramsHash: string } | null;
}

const item = (m: ProcedureItem) => ({ name: m.name, where: m.where, source: citationText(m.source) });
const monthLabel = (month: string) => `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月`;

export async function subsidyStatus(ctx: AppContext, identity: Identity, input: unknown): Promise<SubsidyStatusView> {
  const req = parseApplicationRequest(subsidyStatusRequest, input ?? {});
  const asOf = todayInChina((ctx.now ?? (() => new Date()))());
  const thisYear = yearOf(asOf);
  const year = req.year ?? thisYear;
  if (year > thisYear) throw new RuleError('INVALID_INPUT', `年度：不能晚于今年（${thisYear} 年）`, 'year');
  const { roster, viewer } = await veteranFor(ctx, identity, req.familyMemberId);
  const [ledger, payments, claims] = await Promise.all([
    ctx.store.getVeteranLedger(ledgerId(roster.idHash, year)),
    ctx.store.listVeteranPayments(roster.idHash, year),
    claimsOf(ctx, identity, roster, year),
  ]);
  const paid = ledger?.inpatientPaid ?? '0.00';
  const current = year === thisYear;
  const figures = yearFigures(rulesVeteranOf(roster), current ? asOf : `${year}-12-31`, paid);
  const notes: string[] = [];
  if (figures instanceof RuleError) notes.push(figures.message);
  if (roster.rosterYear !== year) notes.push(`人员信息按 ${roster.rosterYear} 年名册。`);

  const result = figures instanceof RuleError ? null : figures;
  const pending = claims
    .filter((c) => c.status === 'submitted' && c.estimatedSubsidy !== null)
    .reduce((t, c) => t.plus(c.estimatedSubsidy as string), ZERO);

  return {
    year,
    asOf,
    veteran: {
      name: roster.name,
      idNumberMasked: roster.idNumber.masked,
      region: roster.region,
      regionName: REGION_NAMES[roster.region],
      category: roster.category,
      categoryLabel: categoryLabel(roster),
      disabilityGrade: roster.disabilityGrade,
      cause: roster.cause,
      causeLabel: roster.cause ? CAUSE_NAMES[roster.cause] : null,
      county: roster.county,
      township: roster.township,
      rosterYear: roster.rosterYear,
    },
    viewer: viewerView(viewer),
    outpatientAllowance: allowanceOf(roster, year, asOf, ledger?.outpatientAllowance ?? null, result),
    inpatient: { ...inpatientOf(roster, paid, result), pending: fen(pending), payments: payments.filter((p) => p.kind === 'inpatientSubsidy').map(paymentView) },
    nextWindow: current && result?.nextApplicationMonth ? windowOf(result.nextApplicationMonth, asOf) : null,
    materials: {
      oneStop: roster.region === 'yangcheng' ? ONE_STOP_MATERIALS.map(item) : [],
      nonOneStop: roster.region === 'yangcheng' ? NON_ONE_STOP_MATERIALS.map(item) : [],
      approvalForm: { title: APPROVAL_FORM.title, note: APPROVAL_FORM.note, source: citationText(APPROVAL_FORM.source) },
    },
    claims,
    notes: [...notes, ...regionNotes(roster)],
    ruleset: result?.ruleset ?? null,
  };
}

function viewerView(v: Viewer): SubsidyStatusView['viewer'] {
  return v.role === 'self' ? { role: 'self' } : { role: 'agent', relation: v.relation, relationLabel: relationLabel(v.relation) };
}

function paymentView(p: VeteranPaymentRecord): SubsidyStatusView['inpatient']['payments'][number] {
  return {
    date: p.date,
    amount: p.amount,
    route: p.route,
    routeLabel: p.route ? PAYMENT_ROUTE_LABELS[p.route] : '',
    hospital: p.hospital,
    applicationId: p.applicationId,
  };
}

/**
 * 000 第四条（二）: "定额门诊补助每年第一季度由县退役军人事务局按照标准通过社会化打卡发放". What the list recorded wins;
 * otherwise the first quarter says whether it is still to come.
 */
function allowanceOf(
  roster: VeteranRosterRecord,
  year: number,
  asOf: string,
  recorded: { amount: string; date: string } | null,
  result: SubsidyResult | null,
): SubsidyStatusView['outpatientAllowance'] {
  const yangcheng = roster.region === 'yangcheng';
  const source = yangcheng ? citationText(cite(YANGCHENG, '第四条（二）')) : citationText(cite(GUANGXI, '第十二条'));
  const standard = result?.outpatientAllowance ?? null;
  const base = { standard, amount: null, paidOn: null, source };
  if (recorded) {
    return {
      ...base,
      state: 'paid',
      amount: recorded.amount,
      paidOn: recorded.date,
      text: `${year} 年定额门诊补助 ${yuan(recorded.amount)} 已于 ${recorded.date} 发放${yangcheng ? '（社会化打卡）；享受定额门诊补助后，不再进行门诊医疗补助' : ''}。`,
    };
  }
  if (result && (!result.eligible || standard === '0.00')) {
    const why = !result.eligible
      ? '不属于细则所称优抚对象（第二条），没有定额门诊补助。'
      : '一至六级残疾军人没有定额门诊补助：门诊费用经基本医疗保险、大额医疗保险报销后的个人自付部分全额补助（第三条（二）1）。';
    return { ...base, state: 'notApplicable', text: why, source: citationText(cite(YANGCHENG, result.eligible ? '第三条（二）' : '第二条')) };
  }
  if (!yangcheng) {
    return { ...base, state: 'notCollected', text: '残疾退役军人享受定额门诊补助，具体标准和办法由各地规定（第十二条），暂未收录；名单中没有本年度的发放记录。' };
  }
  const amount = standard ? `${yuan(standard)}，` : '';
  const unknown = standard ? '' : `${year} 年的定额门诊补助按细则施行前的办法发放，标准暂未收录；`;
  if (asOf <= `${year}-03-31`) {
    return { ...base, state: 'expected', text: `${unknown}${year} 年定额门诊补助${amount}在第一季度由县退役军人事务局通过社会化打卡发放，尚未登记发放。` };
  }
  return {
    ...base,
    state: 'notRecorded',
    text: `${unknown}发放名单中没有 ${year} 年定额门诊补助${standard ? `（${yuan(standard)}）` : ''}的记录。定额门诊补助每年第一季度发放；如未收到，请联系所在乡（镇）退役军人服务站。`,
  };
}

/** 000 第四条（三）1 "补助比例为 95%，年最高限额 3 万元"; 第三条（二）2 and 001 第十三条 set no cap. */
function inpatientOf(
  roster: VeteranRosterRecord,
  paid: string,
  result: SubsidyResult | null,
): Omit<SubsidyStatusView['inpatient'], 'pending' | 'payments'> {
  const paidText = `本年度已登记住院医疗补助 ${yuan(paid)}`;
  if (!result) return { ratio: null, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}。`, source: null };
  const source = result.steps[0] ? citationText(result.steps[0].source) : null;
  if (!result.eligible) {
    return { ratio: null, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}；不属于细则所称优抚对象（第二条）。`, source };
  }
  if (result.annualCap === null) {
    const rule =
      roster.region === 'yangcheng'
        ? '一至六级残疾军人住院费用经基本医疗保险、大病保险报销后的部分全额补助，细则未设年度限额（第三条（二）2）'
        : `补助比例 ${percent(result.ratio)}（第十三条的最低比例，当地规定更高的按当地规定），办法未设年度限额`;
    return { ratio: result.ratio, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}。${rule}。`, source };
  }
  const cap = money(result.annualCap);
  const used = money(paid).dividedBy(cap);
  const share = used.greaterThan(1) ? money(1) : used;
  return {
    ratio: result.ratio,
    annualCap: result.annualCap,
    paid,
    remainingCap: result.remainingCap,
    usedShare: share.toFixed(4),
    text: `${paidText}，年最高限额 ${yuan(result.annualCap)}，还可补助 ${yuan(result.remainingCap as string)}；一站式和非一站式共用这个限额（第四条（三）1）。`,
    source,
  };
}

/** 000 第六条 "在县外就医住院优抚对象医疗补助办理时间为每年7月和12月". */
function windowOf(month: string, asOf: string): SubsidyStatusView['nextWindow'] {
  const openNow = asOf.slice(0, 7) === month;
  const materials = NON_ONE_STOP_MATERIALS.map((m) => m.name).join('、');
  return {
    month,
    label: monthLabel(month),
    openNow,
    text: `县外住院的医疗补助每年 7 月和 12 月办理${openNow ? '，本月正在办理' : `，下一次是 ${monthLabel(month)}`}：带上${materials}，到所在乡（镇）退役军人服务站登记，由服务站填写《医疗补助审批表》报县退役军人事务局审批拨付。县内住院在出院结算时“一站式”办理，不用等。`,
    source: citationText(cite(YANGCHENG, '第六条')),
  };
}

function regionNotes(roster: VeteranRosterRecord): string[] {
  if (roster.region === 'guangxi') {
    return ['广西的实施办法要求各地推进优抚医疗补助“一站式”结算（第二十五条），未规定非一站式的办理月份：请询问户籍所在地退役军人事务部门。'];
  }
  return [];
}

/** This person's 非一站式 claims of the year that the caller may see (their own filings, or filed for them). */
async function claimsOf(ctx: AppContext, identity: Identity, roster: VeteranRosterRecord, year: number): Promise<SubsidyStatusView['claims']> {
  const records = await allApplications(ctx.store, { principalIdHashes: [roster.idHash], type: 'veteranSubsidy' });
  const out: SubsidyStatusView['claims'] = [];
  for (const r of records) {
    if (r.type !== 'veteranSubsidy' || r.status === 'withdrawn') continue;
    const claimYear = r.subsidyClaim?.year ?? (r.content.veteranSubsidy?.dischargeDate ? yearOf(r.content.veteranSubsidy.dischargeDate) : null);
    if (claimYear !== year) continue;
    if (!(await canSee(ctx.store, identity, r))) continue;
    out.push({
      id: r.id,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status],
      hospital: r.content.veteranSubsidy?.hospital ?? null,
      dischargeDate: r.content.veteranSubsidy?.dischargeDate ?? null,
      estimatedSubsidy: r.subsidyClaim?.estimate.subsidy ?? null,
      paidAmount: r.subsidyClaim?.paid?.amount ?? null,
      submittedAt: r.submittedAt,
    });
  }
  return out;
}
