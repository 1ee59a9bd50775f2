import type { AppContext } from './context';
import type { ApplicationRecord, ApplicationStatus, Page } from '../store/types';
import { mapPage } from './pages';
import { nowIso } from './context';
import { audit } from './audit';
import { transition, Action } from './status';
import { viewOf } from './queries';
import { summaryView, ApplicationSummary, ApplicationView } from './view';
import { notFound } from './errors';
import { maskIdNumbersInText } from '../../shared/idcard';
import { RuleError } from '../../shared/errors';
import { parseApplicationRequest, staffAcceptRequest, staffReasonRequest, staffRequest } from '../../shared/schemas/application';
import { extraRefusal, hooksOf, openCall } from './types';
import type { AcceptExtras } from './hooks';
import { cancelReplaced } from './change-cancel';
import { DecisionNotice } from '../notifications/service';
import { normalizeNumber } from '../../shared/applications/numbers';
import { applicationType } from '../../shared/applications/registry';
import { checkConcerns, concernFieldLabel, concernMaterialName, type ReturnConcerns } from '../../shared/applications/concerns';

/** The audit note's tail: what the reason named, in words ("（所指：居住地址；居住证明）"). */
function concernNote(type: string, concerns: ReturnConcerns | null): string {
  if (!concerns) return '';
  const module = applicationType(type);
  const words = [
    ...concerns.fields.map((f) => concernFieldLabel(module, f) ?? f),
    ...concerns.materials.map((m) => concernMaterialName(module, m) ?? m),
  ];
  return `（所指：${words.join('、')}）`;
}

/**
 * Staff actions, for `yibao staff list|show|accept|return|reject` on the same store. Staff are trusted by whoever
 * can run the CLI on the machine (a real staff console with its own login can come later); `staff` is the name
 * recorded in the audit trail. Staff see the same masked views as applicants.
 */
/**
 * The queue: oldest submission first (the one waiting longest is at the top, so one account's flood cannot push
 * it out of sight), a page at a time with the total and the cursor of the next page.
 */
export async function staffList(
  ctx: AppContext,
  filter: { status?: ApplicationStatus; cursor?: string; limit?: number; number?: string; office?: { region: string; area?: string } } = {
    status: 'submitted',
  },
): Promise<Page<ApplicationSummary>> {
  const { status, number, office, ...page } = filter;
  if (number !== undefined) {
    // By business number: the one application that has it (whatever its status), or none.
    const wanted = normalizeNumber(number);
    if (!wanted) throw new RuleError('INVALID_INPUT', `业务编号格式不正确：${number}（例如 SX-2026-000123）`, 'number');
    const found = await byNumber(ctx, wanted);
    const inOffice = !office || (found?.office?.region === office.region && (office.area === undefined || found?.office?.area === office.area));
    const items = found && inOffice && (!status || found.status === status) ? [summaryView(found, 'staff')] : [];
    return { items, total: items.length, nextCursor: null };
  }
  const records = await ctx.store.listApplications({ ...(status ? { status } : {}), ...(office ? { office } : {}), order: 'queue', ...page });
  return mapPage(records, (r) => summaryView(r, 'staff'));
}

async function byNumber(ctx: AppContext, number: string): Promise<ApplicationRecord | null> {
  return (await ctx.store.listApplications({ number, order: 'queue', limit: 1 })).items[0] ?? null;
}

/** Staff name an application by its id or by its business number ("SX-2026-000123"). */
export async function staffRecord(ctx: AppContext, idOrNumber: string): Promise<ApplicationRecord | null> {
  const direct = await ctx.store.getApplication(idOrNumber);
  if (direct) return direct;
  const number = normalizeNumber(idOrNumber);
  return number ? byNumber(ctx, number) : null;
}

export async function staffShow(ctx: AppContext, input: unknown): Promise<ApplicationView> {
  const { id } = parseApplicationRequest(staffRequest.pick({ id: true }), input);
  const r = await staffRecord(ctx, id);
  if (!r) throw notFound();
  return viewOf(ctx, r, 'staff');
}

/**
 * Who decides. The console passes its account (login and display name, both kept in the audit trail); the CLI of
 * the first release passes the name typed after --staff.
 */
export interface DecidingStaff {
  login?: string;
  name: string;
}

/** The name the audit trail, the ledger and the timeline keep: "王经办（wangjb）", or the bare name from the CLI. */
export function staffAuditName(staff: DecidingStaff): string {
  return staff.login ? `${staff.name}（${staff.login}）` : staff.name;
}

export type Decision = Extract<Action, 'accept' | 'return' | 'reject'>;

export interface DecisionRequest {
  /** An id or a business number. */
  id: string;
  reason?: string | null;
  concerns?: { fields: string[]; materials: string[] };
  amount?: string;
  confirmDuplicate?: string;
}

/**
 * A staff decision, the one implementation the CLI and the console share: the status change, what the type records
 * with an acceptance, the cancellation of a replaced filing, the audit entry and the applicant's 消息, in one
 * transaction. `guard` runs inside it on the record as stored before anything is written (the console's scope and
 * role checks): what it throws refuses the decision and nothing is written.
 */
export async function decideAs(
  ctx: AppContext,
  staff: DecidingStaff,
  action: Decision,
  req: DecisionRequest,
  guard?: (record: ApplicationRecord) => void,
): Promise<ApplicationRecord> {
  const at = nowIso(ctx);
  const who = staffAuditName(staff);
  const reason = action === 'accept' ? null : (req.reason ?? null);
  const extras: AcceptExtras = action === 'accept' ? { amount: req.amount, confirmDuplicate: req.confirmDuplicate } : {};
  // Named by its business number: decided by its id (the number never changes hands).
  const id = (await staffRecord(ctx, req.id))?.id ?? req.id;
  // 消息 to everyone who can see it (server/notifications): written with the decision, sent to WeChat after it.
  const notice = await DecisionNotice.prepare(ctx.store, id);
  // The type's hooks (server/applications/types.ts) run inside; its type cannot change, so it is read first.
  const type = (await ctx.store.getApplication(id))?.type;
  const call = openCall(ctx.store, type);
  const record = await call.transaction(async (tx) => {
    const r = await tx.getApplication(id);
    if (!r) throw notFound();
    guard?.(r);
    for (const extra of ['amount', 'confirmDuplicate'] as const) {
      if (extras[extra] !== undefined && hooksOf(r.type)?.acceptExtras?.[extra] === undefined) {
        throw new RuleError('INVALID_INPUT', extraRefusal(extra) ?? '受理时不能填写这一项', extra);
      }
    }
    const masked = reason === null ? null : maskIdNumbersInText(reason);
    const status = transition(r.status, action);
    // What the reason names, checked against this application's type: an unknown box or material is refused.
    const checked = checkConcerns(applicationType(r.type), action === 'accept' ? undefined : req.concerns);
    if (!checked.ok) throw new RuleError('INVALID_INPUT', checked.message, 'concerns');
    const next: ApplicationRecord = { ...r, status, decisionReason: masked, returnConcerns: checked.value, updatedAt: at };
    let note = action === 'accept' ? '受理' : `${action === 'return' ? '退回' : '不予受理'}：${masked}${concernNote(r.type, checked.value)}`;
    if (action === 'accept' && call.onAccepted) {
      // What the type records with the acceptance (a 补助 claim's ledger entry), in the same transaction.
      const recorded = await call.onAccepted(tx, r, { staff: who, at, ...extras });
      Object.assign(next, recorded.state);
      note = recorded.note;
    }
    await tx.updateApplication(next);
    // 变更备案: the filing this one replaces ends with this acceptance, in the same transaction.
    if (action === 'accept' && (await cancelReplaced(tx, next, who, at))) note = `${note}；原备案同时取消`;
    await audit(tx, next, at, { role: 'staff', id: who }, action, r.status, note);
    await notice.record(tx, next, at);
    return next;
  });
  await notice.deliver(ctx, record);
  return record;
}

/**
 * 受理. A 优抚 住院医疗补助 claim is recorded in the ledger as it is accepted (`amount`: the county's approved figure);
 * one whose stay is paid already is refused unless `confirmDuplicate` gives staff's reason (kept in the audit note).
 */
export async function accept(ctx: AppContext, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(staffAcceptRequest, input);
  return viewOf(ctx, await decideAs(ctx, { name: req.staff }, 'accept', req), 'staff');
}

/** Back to the applicant with the reason; they edit and resubmit. */
export async function returnApplication(ctx: AppContext, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(staffReasonRequest, input);
  return viewOf(ctx, await decideAs(ctx, { name: req.staff }, 'return', req), 'staff');
}

export async function reject(ctx: AppContext, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(staffReasonRequest, input);
  return viewOf(ctx, await decideAs(ctx, { name: req.staff }, 'reject', req), 'staff');
}
