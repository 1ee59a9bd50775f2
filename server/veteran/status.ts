import type { AppContext, Identity } from '../applications/context';
import { allApplications } from '../applications/pages';
import { canSee } from '../applications/access';
import { STATUS_LABELS } from '../applications/status';
import { RuleError } from '../../shared/errors';
import { todayInChina, yearOf } from '../../shared/dates';
import { ZERO, fen, money, yuan } from '../../shared/money';
import { veteranRegion, type VeteranProgram, type YearFigures } from '../../shared/veteran';
import type { ProcedureItem } from '../../shared/veteran/program';
import { citationText } from '../../shared/source';
import { relationLabel } from '../../shared/filing/relations';
import { CAUSE_NAMES } from '../../shared/schemas/veteran';
import { parseApplicationRequest } from '../../shared/schemas/application';
import { subsidyStatusRequest } from '../../shared/schemas/subsidy-ledger';
import type { SubsidyStatusView } from '../../shared/contract/veteran';
import type { VeteranPaymentRecord, VeteranRosterRecord } from '../store/types';
import { veteranFor, Viewer } from './access';
import { ledgerId } from './ledger';
import { categoryLabel, rulesVeteranOf, yearFigures } from './rules';
import { offersClaim } from '../../shared/applications/veteran-subsidy/terms';

export type { SubsidyStatusView } from '../../shared/contract/veteran';

/**
 * This year's 优抚医疗补助 at a glance (shared/contract/veteran.ts): built from the ledger and the region's veteran
 * program only — its rules for every figure, its words for every region-specific line. ID numbers appear masked.
 */

const item = (m: ProcedureItem) => ({ name: m.name, where: m.where, source: citationText(m.source) });
const monthLabel = (month: string) => `${month.slice(0, 4)} 年 ${Number(month.slice(5))} 月`;

export async function subsidyStatus(ctx: AppContext, identity: Identity, input: unknown): Promise<SubsidyStatusView> {
  const req = parseApplicationRequest(subsidyStatusRequest, input ?? {});
  const asOf = todayInChina((ctx.now ?? (() => new Date()))());
  const thisYear = yearOf(asOf);
  const year = req.year ?? thisYear;
  if (year > thisYear) throw new RuleError('INVALID_INPUT', `年度：不能晚于今年（${thisYear} 年）`, 'year');
  const { roster, viewer } = await veteranFor(ctx, identity, req.familyMemberId);
  const region = veteranRegion(roster.region);
  const program = region.veteran;
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
  const inpatient = inpatientOf(program, paid, result);
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
      regionName: region.name,
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
    outpatientAllowance: allowanceOf(program, year, asOf, ledger?.outpatientAllowance ?? null, result),
    inpatient: {
      ...inpatient,
      pending: fen(pending),
      payments: payments.filter((p) => p.kind === 'inpatientSubsidy').map((p) => paymentView(program, p)),
    },
    nextWindow: current && result?.nextApplicationMonth ? windowOf(program, result.nextApplicationMonth, asOf) : null,
    materials: materialsOf(program),
    claimable: offersClaim(region.id) && inpatient.ratio !== null,
    claims,
    notes: [...notes, ...program.status.notes],
    ruleset: result?.ruleset ?? null,
  };
}

function viewerView(v: Viewer): SubsidyStatusView['viewer'] {
  return v.role === 'self' ? { role: 'self' } : { role: 'agent', relation: v.relation, relationLabel: relationLabel(v.relation) };
}

function paymentView(program: VeteranProgram, p: VeteranPaymentRecord): SubsidyStatusView['inpatient']['payments'][number] {
  return {
    date: p.date,
    amount: p.amount,
    route: p.route,
    routeLabel: p.route ? program.procedure.routeLabels[p.route] : '',
    hospital: p.hospital,
    applicationId: p.applicationId,
  };
}

function materialsOf(program: VeteranProgram): SubsidyStatusView['materials'] {
  const form = program.procedure.approvalForm;
  return {
    oneStop: program.procedure.oneStop.map(item),
    nonOneStop: program.procedure.nonOneStop.map(item),
    approvalForm: form ? { title: form.title, note: form.note, source: citationText(form.source) } : null,
  };
}

/**
 * The 定额门诊补助: what the list recorded wins; otherwise the rules' standard and the region's paying period say
 * whether it is still to come.
 */
function allowanceOf(
  program: VeteranProgram,
  year: number,
  asOf: string,
  recorded: { amount: string; date: string } | null,
  result: YearFigures | null,
): SubsidyStatusView['outpatientAllowance'] {
  const texts = program.status.outpatientAllowance;
  const standard = result?.outpatientAllowance ?? null;
  const base = { standard, amount: null, paidOn: null, source: citationText(texts.source) };
  if (recorded) {
    return {
      ...base,
      state: 'paid',
      amount: recorded.amount,
      paidOn: recorded.date,
      text: `${year} 年定额门诊补助 ${yuan(recorded.amount)} 已于 ${recorded.date} 发放${texts.paidNote}。`,
    };
  }
  if ('notCollected' in texts) return { ...base, state: 'notCollected', text: texts.notCollected };
  if (result && (!result.eligible || standard === '0.00')) {
    const none = texts.none(result.eligible);
    return { ...base, state: 'notApplicable', text: none.text, source: citationText(none.source) };
  }
  if (asOf <= `${year}-${texts.schedule.paidBy}`) {
    return { ...base, state: 'expected', text: texts.schedule.expected(year, standard) };
  }
  return { ...base, state: 'notRecorded', text: texts.schedule.notRecorded(year, standard) };
}

/** The 住院医疗补助 against the annual cap, when the region's rules set one for the person. */
function inpatientOf(
  program: VeteranProgram,
  paid: string,
  result: YearFigures | null,
): Omit<SubsidyStatusView['inpatient'], 'pending' | 'payments'> {
  const texts = program.status.inpatient;
  const paidText = `本年度已登记住院医疗补助 ${yuan(paid)}`;
  if (!result) return { ratio: null, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}。`, source: null };
  const source = citationText(result.source);
  if (!result.eligible) {
    return { ratio: null, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}；${texts.notCounted}。`, source };
  }
  if (result.annualCap === null) {
    return { ratio: result.ratio, annualCap: null, paid, remainingCap: null, usedShare: null, text: `${paidText}。${texts.noCap(result.ratio)}。`, source };
  }
  const cap = money(result.annualCap);
  const used = money(paid).dividedBy(cap);
  const share = used.greaterThan(1) ? money(1) : used;
  const capNote = texts.capNote ? `；${texts.capNote}` : '';
  return {
    ratio: result.ratio,
    annualCap: result.annualCap,
    paid,
    remainingCap: result.remainingCap,
    usedShare: share.toFixed(4),
    text: `${paidText}，年最高限额 ${yuan(result.annualCap)}，还可补助 ${yuan(result.remainingCap as string)}${capNote}。`,
    source,
  };
}

/** The next 非一站式 window, in the region's words (only a region whose rules name months has one). */
function windowOf(program: VeteranProgram, month: string, asOf: string): SubsidyStatusView['nextWindow'] {
  if (!program.status.window) return null;
  const openNow = asOf.slice(0, 7) === month;
  const label = monthLabel(month);
  const { text, source } = program.status.window(label, openNow);
  return { month, label, openNow, text, source: citationText(source) };
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
