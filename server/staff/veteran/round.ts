import type { AppContext } from '../../applications/context';
import { nowDate, nowIso, newId } from '../../applications/context';
import { allApplications } from '../../applications/pages';
import { ApplicationError, notFound } from '../../applications/errors';
import { STATUS_LABELS } from '../../applications/status';
import { staffAuditName } from '../../applications/staff';
import { RuleError } from '../../../shared/errors';
import { isIsoDate, todayInChina } from '../../../shared/dates';
import { ZERO, fen, money } from '../../../shared/money';
import { offersClaim } from '../../../shared/applications/veteran-subsidy/terms';
import type { VeteranRoundClaim, VeteranRoundMarkAnswer, VeteranRoundView } from '../../../shared/contract/staff';
import type { ApplicationRecord, SubsidyClaimState } from '../../store/types';
import { SUBSIDY_TYPE } from '../../veteran/claim';
import { categoryLabel, yearFigures } from '../../veteran/rules';
import { claimPaymentId, ledgerId } from '../../veteran/ledger';
import { inScope, loadInScopeTx, type StaffActor } from '../applications/scope';
import { chinaTimeText } from '../applications/china-time';
import { DECIDING_ROLES } from '../applications/roles';
import type { RawAnswer, StaffRoute } from '../route';
import { roundWorkbook } from './round-xlsx';

/**
 * The 非一站式 round of a township (000 第六条: 办理时间为每年7月和12月; 乡(镇)退役军人服务站审核后统一收缴登记，
 * 报县退役军人事务局审批拨付). A claim belongs to the round the rules give for the day it was (last) submitted —
 * the same question the veteran's page asks for its next window (yearFigures → nextApplicationMonth): the first
 * window month on or after that China date.
 */

/** 000 第六条's months. */
const ROUND_MONTHS = [7, 12] as const;
type RoundMonth = (typeof ROUND_MONTHS)[number];

export const ROUND_RULE =
  '按申请（最近一次）提交的日期（北京时间）归入当日或之后最近的办理月份（000 第六条：每年7月和12月）：1—7 月提交的归 7 月，8—12 月提交的归 12 月。';

export interface RoundQuery {
  township: string;
  year: number;
  month: RoundMonth;
}

const label = (year: number, month: number) => `${year} 年 ${month} 月`;

/** The query's round and township, within the actor's scope: township staff see only their own township. */
export function parseRoundQuery(actor: StaffActor, query: Record<string, string>): RoundQuery {
  if (!offersClaim(actor.region)) throw new RuleError('INVALID_INPUT', '本地区的实施办法没有规定非一站式补助的办理时间，没有办理批次', 'region');
  const year = Number(query.year);
  if (!/^\d{4}$/.test(query.year ?? '') || year < 2026 || year > 2100) throw new RuleError('INVALID_INPUT', '年度：请填写 4 位年份（2026 年起）', 'year');
  // Written as the form sends it: "0x7", "7.0" or " 7" are not a month someone chose, though Number() reads them as 7.
  const month = /^\d{1,2}$/.test(query.month ?? '') ? Number(query.month) : NaN;
  if (!ROUND_MONTHS.includes(month as RoundMonth)) throw new RuleError('INVALID_INPUT', '办理月份：只有 7 月和 12 月（000 第六条）', 'month');
  const asked = (query.township ?? '').trim();
  if (asked.length > 40) throw new RuleError('INVALID_INPUT', '乡（镇）：名称过长', 'township');
  if (actor.area !== null) {
    // Another township's round is as unknown to this account as a guessed id.
    if (asked && asked !== actor.area) throw notFound();
    return { township: actor.area, year, month: month as RoundMonth };
  }
  // The county's staff pick a township from the list the answer carries; the form needs one (roundExport).
  return { township: asked, year, month: month as RoundMonth };
}

/** The round a submitted claim belongs to ('YYYY-MM'), or null when the rules give none for its day. */
export function roundOf(record: ApplicationRecord): string | null {
  const state = record.subsidyClaim;
  if (!state || !record.submittedAt) return null;
  const figures = yearFigures(state.veteran, todayInChina(new Date(record.submittedAt)), '0.00');
  return figures instanceof RuleError ? null : figures.nextApplicationMonth;
}

/** What the round list shows of a claim: the roster's person, the stay, the 结算单's figures, the estimate and the marks. */
export function roundClaim(record: ApplicationRecord): VeteranRoundClaim {
  const state = record.subsidyClaim as SubsidyClaimState;
  const s = record.content.veteranSubsidy ?? {};
  const live = record.status === 'submitted' || record.status === 'accepted';
  const showReview = state.review && live;
  return {
    id: record.id,
    number: record.number ?? null,
    name: record.content.principal?.name ?? '',
    idNumberMasked: record.content.principal?.idNumber?.masked ?? '',
    categoryLabel: categoryLabel(state.veteran),
    disabilityGrade: state.veteran.disabilityGrade,
    hospital: s.hospital ?? '',
    admissionDate: s.admissionDate ?? '',
    dischargeDate: s.dischargeDate ?? '',
    totalCost: s.totalCost ?? null,
    inScopeSelfPay: s.inScopeSelfPay ?? '0.00',
    outOfScope: s.outOfScope ?? null,
    personalAccountPaid: s.personalAccountPaid ?? null,
    ratio: state.estimate.ratio,
    estimatedSubsidy: state.estimate.subsidy,
    status: record.status,
    statusLabel: STATUS_LABELS[record.status],
    submittedAtText: chinaTimeText(record.submittedAt as string),
    review: showReview && state.review ? { by: state.review.staff, atText: chinaTimeText(state.review.at), note: state.review.note } : null,
    collected: live && state.collected ? { by: state.collected.staff, atText: chinaTimeText(state.collected.at), note: state.collected.note } : null,
    approved: record.status === 'accepted' && state.paid ? { amount: state.paid.amount, date: state.paid.date, by: state.paid.staff } : null,
    disbursed:
      record.status === 'accepted' && state.disbursed
        ? { date: state.disbursed.date, by: state.disbursed.staff, atText: chinaTimeText(state.disbursed.at), paymentId: state.disbursed.paymentId }
        : null,
  };
}

/** The claims of the actor's region, in their scope, that staff handle (drafts and withdrawn ones are the applicant's). */
async function regionClaims(ctx: AppContext, actor: StaffActor, township?: string): Promise<ApplicationRecord[]> {
  const records = await allApplications(ctx.store, { type: SUBSIDY_TYPE, office: { region: actor.region, ...(township ? { area: township } : {}) }, submitted: {}, order: 'queue' });
  return records.filter((r) => r.type === SUBSIDY_TYPE && r.subsidyClaim && r.status !== 'withdrawn' && inScope(actor, r));
}

export async function veteranRound(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<VeteranRoundView> {
  const q = parseRoundQuery(actor, query);
  const key = `${q.year}-${String(q.month).padStart(2, '0')}`;
  const [records, townships] = await Promise.all([q.township ? regionClaims(ctx, actor, q.township) : [], townshipsOf(ctx, actor)]);
  const claims = records
    .filter((r) => roundOf(r) === key)
    .sort((a, b) => (a.submittedAt as string).localeCompare(b.submittedAt as string) || a.id.localeCompare(b.id))
    .map(roundClaim);
  return {
    region: actor.region,
    township: q.township,
    year: q.year,
    month: q.month,
    roundLabel: label(q.year, q.month),
    rule: ROUND_RULE,
    claims,
    totals: totalsOf(claims),
    townships: !q.township || townships.includes(q.township) ? townships : [...townships, q.township].sort((a, b) => a.localeCompare(b, 'zh')),
  };
}

/** Sums to the fen: every claim's estimate; the approved amounts of accepted ones; those marked paid. */
export function totalsOf(claims: VeteranRoundClaim[]): VeteranRoundView['totals'] {
  const sum = (xs: string[]) => fen(xs.reduce((t, x) => t.plus(money(x)), ZERO));
  return {
    count: claims.length,
    estimated: sum(claims.map((c) => c.estimatedSubsidy)),
    approved: sum(claims.flatMap((c) => (c.approved ? [c.approved.amount] : []))),
    disbursed: sum(claims.flatMap((c) => (c.approved && c.disbursed ? [c.approved.amount] : []))),
  };
}

/** The townships the actor may choose: their own, or every township with claims in the region. */
async function townshipsOf(ctx: AppContext, actor: StaffActor): Promise<string[]> {
  if (actor.area !== null) return [actor.area];
  const records = await regionClaims(ctx, actor);
  return [...new Set(records.map((r) => r.office?.area).filter((a): a is string => !!a))].sort((a, b) => a.localeCompare(b, 'zh'));
}

const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

function bodyOf(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new RuleError('INVALID_INPUT', '请求内容须为 JSON 对象', 'body');
  return body as Record<string, unknown>;
}

function optionalNote(v: unknown, noteLabel = '审核意见'): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RuleError('INVALID_INPUT', `${noteLabel}：须为文字`, 'note');
  const t = v.trim();
  if (t.length > 200) throw new RuleError('INVALID_INPUT', `${noteLabel}：不能超过 200 字`, 'note');
  return t || null;
}

/**
 * The station's marks are made on a claim still in the county's hands: waiting (the order of 000 第六条), or already
 * accepted without them (a claim the county accepted first, e.g. from the CLI, still needs them before it is paid).
 * A returned, rejected or withdrawn claim takes none.
 */
function assertMarkable(record: ApplicationRecord, what: string): void {
  if (record.status !== 'submitted' && record.status !== 'accepted') {
    throw new ApplicationError('INVALID_STATE', `该申请当前状态为“${STATUS_LABELS[record.status]}”，只有已提交或已受理的申请可以${what}`, 'status');
  }
}

/** A claim of the round by id, in the actor's scope, read inside the transaction. */
/** A mark changes the claim's state, not its status: the record and its audit entry are written together. */
async function writeMark(tx: Parameters<typeof loadInScopeTx>[0], next: ApplicationRecord, staff: string, at: string, note: string): Promise<void> {
  await tx.updateApplication(next);
  await tx.appendAudit({ id: newId(), applicationId: next.id, at, actor: { role: 'staff', id: staff }, action: 'update', fromStatus: next.status, toStatus: next.status, note });
}

async function claimInScope(tx: Parameters<typeof loadInScopeTx>[0], actor: StaffActor, id: string): Promise<ApplicationRecord> {
  if (!ID_SHAPE.test(id)) throw notFound();
  const record = await loadInScopeTx(tx, actor, id);
  if (record.type !== SUBSIDY_TYPE || !record.subsidyClaim) throw notFound();
  return record;
}

/**
 * 审核通过，待审批 (000 第六条: 服务站审核后…报县退役军人事务局审批): a note on the waiting claim, audited; its status
 * stays 已提交 — acceptance (the county's 审批) is the approver's decision. A second mark says who marked it first.
 */
export async function reviewClaim(ctx: AppContext, actor: StaffActor, id: string, body: unknown): Promise<VeteranRoundMarkAnswer> {
  const note = optionalNote(bodyOf(body).note);
  const at = nowIso(ctx);
  const staff = staffAuditName(actor);
  return ctx.store.transaction(async (tx) => {
    const record = await claimInScope(tx, actor, id);
    const state = record.subsidyClaim as SubsidyClaimState;
    if (state.review) return { claim: roundClaim(record), already: `已由 ${state.review.staff} 于 ${chinaTimeText(state.review.at)} 审核通过，未重复记录` };
    assertMarkable(record, '审核通过');
    const next: ApplicationRecord = { ...record, subsidyClaim: { ...state, review: { staff, at, note } }, updatedAt: at };
    await writeMark(tx, next, staff, at, `乡（镇）退役军人服务站审核通过，待县退役军人事务局审批${note ? `：${note}` : ''}`);
    return { claim: roundClaim(next), already: null };
  });
}

/**
 * 收缴登记 (000 第六条: 优抚对象凭医疗机构医保结算单原件或复印件加盖医疗机构印章，由所在乡(镇)退役军人服务站审核后统一
 * 收缴登记): the station records that it has taken in the claim's 结算单, after its 审核 — its own mark, who and when,
 * audited; the status does not change. A second mark says who registered it first.
 */
export async function collectClaim(ctx: AppContext, actor: StaffActor, id: string, body: unknown): Promise<VeteranRoundMarkAnswer> {
  const note = optionalNote(bodyOf(body).note, '收缴登记备注');
  const at = nowIso(ctx);
  const staff = staffAuditName(actor);
  return ctx.store.transaction(async (tx) => {
    const record = await claimInScope(tx, actor, id);
    const state = record.subsidyClaim as SubsidyClaimState;
    if (state.collected) return { claim: roundClaim(record), already: `已由 ${state.collected.staff} 于 ${chinaTimeText(state.collected.at)} 收缴登记，未重复记录` };
    assertMarkable(record, '收缴登记');
    if (!state.review) throw new ApplicationError('INVALID_STATE', '请先审核通过，再收缴登记（000 第六条：服务站审核后统一收缴登记）', 'review');
    const next: ApplicationRecord = { ...record, subsidyClaim: { ...state, collected: { staff, at, note } }, updatedAt: at };
    await writeMark(tx, next, staff, at, `乡（镇）退役军人服务站收缴登记医保结算单${note ? `：${note}` : ''}`);
    return { claim: roundClaim(next), already: null };
  });
}

/**
 * 标记已拨付: the county's payment of an accepted claim, on the day given. The ledger recorded the claim's payment
 * when it was accepted (server/veteran/claim.ts recordAcceptedClaim → ledger.addPayment, id claim-<application>):
 * marking it paid checks that payment is in the ledger and writes nothing to the ledger again — the cap counts it
 * once. The mark and its audit entry are written together; a second mark says when and by whom it was marked.
 */
export async function markClaimPaid(ctx: AppContext, actor: StaffActor, id: string, body: unknown): Promise<VeteranRoundMarkAnswer> {
  const b = bodyOf(body);
  const date = typeof b.date === 'string' ? b.date.trim() : '';
  if (!isIsoDate(date)) throw new RuleError('INVALID_INPUT', '拨付日期：请填写日期，如 2026-12-20', 'date');
  const today = todayInChina(nowDate(ctx));
  if (date > today) throw new RuleError('INVALID_INPUT', `拨付日期：${date} 晚于今天（${today}），只标记已经拨付的补助`, 'date');
  if (b.paymentId !== undefined && (typeof b.paymentId !== 'string' || !ID_SHAPE.test(b.paymentId))) {
    throw new RuleError('INVALID_INPUT', '台账付款编号：格式不对', 'paymentId');
  }
  const at = nowIso(ctx);
  const staff = staffAuditName(actor);
  return ctx.store.transaction(async (tx) => {
    const record = await claimInScope(tx, actor, id);
    const state = record.subsidyClaim as SubsidyClaimState;
    if (record.status !== 'accepted' || !state.paid) {
      throw new ApplicationError('INVALID_STATE', `该申请当前状态为“${STATUS_LABELS[record.status]}”，审批受理后才能标记已拨付`, 'status');
    }
    if (state.disbursed) {
      const d = state.disbursed;
      return { claim: roundClaim(record), already: `已由 ${d.staff} 于 ${chinaTimeText(d.at)} 标记已拨付（拨付日期 ${d.date}），未重复记录` };
    }
    // 000 第六条: 服务站审核后统一收缴登记，报县退役军人事务局审批拨付 — no payment before both of the station's marks.
    if (!state.review || !state.collected) {
      const missing = [!state.review ? '审核' : null, !state.collected ? '收缴登记' : null].filter(Boolean).join('和');
      throw new ApplicationError('INVALID_STATE', `乡（镇）退役军人服务站尚未${missing}（000 第六条：服务站审核后统一收缴登记，报县退役军人事务局审批拨付），不能标记已拨付`, 'status');
    }
    const paymentId = state.paid.paymentId;
    if (b.paymentId !== undefined && b.paymentId !== paymentId) {
      throw new RuleError('INVALID_INPUT', `台账付款编号：该申请在台账中的付款是 ${paymentId}`, 'paymentId');
    }
    if (date < state.paid.date) throw new RuleError('INVALID_INPUT', `拨付日期：不能早于审批受理的日期 ${state.paid.date}`, 'date');
    const payment = await tx.getVeteranPayment(paymentId);
    const ledger = await tx.getVeteranLedger(ledgerId(record.principalIdHash ?? '', state.year));
    if (!payment || payment.id !== claimPaymentId(record.id) || payment.amount !== state.paid.amount || !ledger) {
      throw new ApplicationError('INVALID_STATE', '台账中找不到该申请受理时登记的补助，不能标记已拨付；请联系管理员核对台账', 'paymentId');
    }
    const next: ApplicationRecord = { ...record, subsidyClaim: { ...state, disbursed: { date, paymentId, staff, at } }, updatedAt: at };
    await writeMark(tx, next, staff, at, `县退役军人事务局标记已拨付：${date} 拨付补助 ${payment.amount} 元（台账付款 ${paymentId}）`);
    return { claim: roundClaim(next), already: null };
  });
}

/** GET /veteran/round/export: the round as the XLSX 《医疗补助审批表》 (round-xlsx.ts), made now (China time on it). */
export async function roundExport(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<RawAnswer> {
  const round = await veteranRound(ctx, actor, query);
  if (!round.township) throw new RuleError('INVALID_INPUT', '乡（镇）：请选择乡（镇）', 'township');
  const bytes = await roundWorkbook(round, nowIso(ctx));
  return {
    raw: {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
      fileName: `医疗补助审批表-${round.township}-${round.year}年${round.month}月.xlsx`,
    },
  };
}

function segment(match: RegExpMatchArray, i: number): string {
  try {
    return decodeURIComponent(match[i]);
  } catch {
    return '';
  }
}

/** The round's routes: reading and exporting for both deciding roles; 审核通过 and 收缴登记 the reviewer's, 已拨付 the approver's. */
export const VETERAN_ROUND_ROUTES: StaffRoute[] = [
  { method: 'GET', pattern: /^\/veteran\/round\/?$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { query }) => veteranRound(ctx, actor, query) },
  { method: 'GET', pattern: /^\/veteran\/round\/export$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { query }) => roundExport(ctx, actor, query) },
  { method: 'POST', pattern: /^\/veteran\/round\/claims\/([^/]+)\/review$/, roles: ['reviewer'], handle: (ctx, actor, m, { body }) => reviewClaim(ctx, actor, segment(m, 1), body) },
  { method: 'POST', pattern: /^\/veteran\/round\/claims\/([^/]+)\/collect$/, roles: ['reviewer'], handle: (ctx, actor, m, { body }) => collectClaim(ctx, actor, segment(m, 1), body) },
  { method: 'POST', pattern: /^\/veteran\/round\/claims\/([^/]+)\/paid$/, roles: ['approver'], handle: (ctx, actor, m, { body }) => markClaimPaid(ctx, actor, segment(m, 1), body) },
];
