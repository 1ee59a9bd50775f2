import type { AppContext } from '../applications/context';
import { nowDate, nowIso, newId } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import { staffAuditName } from '../applications/staff';
import { staffBindings, staffIssueCode, staffRevoke, staffVerify } from '../identity';
import type { Limit } from '../identity/rate-limit';
import { spendStaff } from './rate-limited';
import { normalizeRef } from '../identity/refs';
import { NOT_ON_ROSTER_MESSAGE } from '../veteran/access';
import { RuleError } from '../../shared/errors';
import { maskIdNumber } from '../../shared/idcard';
import type { StaffIdentityBinding, StaffIdentityView, StaffIssuedCode } from '../../shared/contract/staff';
import {
  parseIdentityRequest,
  staffBindingsRequest,
  staffIssueCodeRequest,
  staffRevokeRequest,
  staffVerifyRequest,
} from '../../shared/schemas/identity';
import type { StaffActor, StaffRoute } from './route';
import { DECIDING_ROLES } from './applications/roles';
import { chinaTimeText } from './applications/china-time';

/**
 * The staff side of the identity port (issue 11's `yibao staff identity …`, the same service calls): look a person
 * up by the ID number on the card in front of the staff member, confirm a binding (核验), revoke one, and issue a
 * 服务站's one-time code.
 *
 * Who may do what (documented in DEVELOPERS.md, shown on the page):
 * - Look up, verify and revoke: any reviewer or approver, of any region. Bindings carry no 参保地: the check is the
 *   card and the person at the window, so whichever office they walk into may confirm them. The staff member's
 *   region is in the access-log entry and their name in the binding history.
 * - Revoke a binding another office verified: allowed, with a reason. A binding obtained by someone else's card must
 *   be removable wherever the real person turns up, and the person can always declare again; the history keeps who
 *   verified it and who revoked it and why, and the entry names the original verifier.
 * - Issue a roster code: only staff whose scope holds the person's roster entry (the roster's region, and township
 *   or county when the account has an area): the code is the 服务站's (DEVELOPERS.md, 身份与核验). Out of scope
 *   answers exactly like "not on the roster".
 * Administrators do none of this (they manage accounts). Every call that carries a full ID number is written to the
 * access log, with a rate counter, before anything is answered.
 */

/** A window's day is a few dozen people; guessing numbers to learn who declared whom is far above it. */
export const IDENTITY_LIMITS = {
  perStaffHour: { max: 60, windowMs: 3600_000 },
  perStaffDay: { max: 300, windowMs: 86400_000 },
} as const;

function identityLimits(login: string): Limit[] {
  const what = '按身份证号查询或核验';
  return [
    { bucket: `staffIdentity:hour:${login}`, ...IDENTITY_LIMITS.perStaffHour, what },
    { bucket: `staffIdentity:day:${login}`, ...IDENTITY_LIMITS.perStaffDay, what },
  ];
}

/** The access-log entry of a typed ID number: no application, the person masked, what was done in `reason`. */
async function logTyped(ctx: AppContext, actor: StaffActor, idNumber: string, name: string | null, what: string): Promise<void> {
  await ctx.store.transaction(async (tx) => {
    await spendStaff(tx, identityLimits(actor.login), nowDate(ctx));
    await tx.appendAccessLog({
      id: newId(),
      at: nowIso(ctx),
      staff: staffAuditName(actor),
      applicationId: '',
      number: null,
      person: 'principal',
      subject: `${name ? `${name} ` : ''}${maskIdNumber(idNumber)}`,
      reason: `身份核验：${what}`,
      staffRegion: actor.region,
      staffArea: actor.area,
    });
  });
}

/** The body as the service takes it, with the staff member the session's account; a typed `staff` is refused. */
function withStaff(actor: StaffActor, body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  if ('staff' in body) throw new RuleError('INVALID_INPUT', '经办人：取自登录的账号，不能另填', 'staff');
  return { ...body, staff: staffAuditName(actor) };
}

const text = (iso: string | null) => (iso ? chinaTimeText(iso) : null);

/** The history's events (server/store/types.ts BindingEvent) as staff read them. */
const ACTION_LABELS: ReadonlyMap<string, string> = new Map([
  ['declare', '申报'],
  ['verify', '核验'],
  ['verifyFailed', '核验未通过'],
  ['revoke', '撤销'],
]);

export async function identityShow(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<StaffIdentityView> {
  const req = parseIdentityRequest(staffBindingsRequest, query);
  await logTyped(ctx, actor, req.idNumber, null, '查询绑定与历史');
  const found = await staffBindings(ctx, req);
  return {
    idNumberMasked: maskIdNumber(req.idNumber),
    bindings: found.bindings.map((b) => ({ ...b, createdAtText: chinaTimeText(b.createdAt), verifiedAtText: text(b.verifiedAt), revokedAtText: text(b.revokedAt) })),
    history: found.history.map((h) => ({ ...h, action: ACTION_LABELS.get(h.action) ?? h.action, atText: chinaTimeText(h.at) })),
  };
}

export async function identityVerify(ctx: AppContext, actor: StaffActor, body: unknown): Promise<StaffIdentityBinding> {
  const input = withStaff(actor, body);
  const req = parseIdentityRequest(staffVerifyRequest, input);
  await logTyped(ctx, actor, req.idNumber, req.name, `核验确认 核验编号 ${req.ref}，依据：${req.evidence}（${actor.region}${actor.area ? ` ${actor.area}` : ''} 的窗口核对证件）`);
  return staffVerify(ctx, input);
}

export async function identityRevoke(ctx: AppContext, actor: StaffActor, body: unknown): Promise<StaffIdentityBinding> {
  const input = withStaff(actor, body);
  const req = parseIdentityRequest(staffRevokeRequest, input);
  const wanted = normalizeRef(req.ref);
  const target = (await ctx.store.bindingsFor(ctx.cipher.hash(req.idNumber))).find((b) => normalizeRef(b.ref) === wanted);
  const other = target?.verifiedBy && target.verifiedBy !== staffAuditName(actor) ? `；该绑定由 ${target.verifiedBy} 核验` : '';
  await logTyped(ctx, actor, req.idNumber, target?.declaredName ?? null, `撤销绑定 核验编号 ${req.ref}，原因：${req.reason}${other}`);
  return staffRevoke(ctx, input);
}

export async function identityIssueCode(ctx: AppContext, actor: StaffActor, body: unknown): Promise<StaffIssuedCode> {
  const input = withStaff(actor, body);
  const req = parseIdentityRequest(staffIssueCodeRequest, input);
  await logTyped(ctx, actor, req.idNumber, req.name, '发放服务站一次性核验码');
  const roster = await ctx.store.getVeteranRoster(ctx.cipher.hash(req.idNumber));
  const inScope = roster !== null && roster.region === actor.region && (actor.area === null || roster.township === actor.area || roster.county === actor.area);
  // Another region's veteran reads exactly like a person not on the roster.
  if (!inScope) throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'idNumber');
  const issued = await staffIssueCode(ctx, input);
  return { ...issued, expiresAtText: chinaTimeText(issued.expiresAt) };
}

export const STAFF_IDENTITY_ROUTES: StaffRoute[] = [
  { method: 'GET', pattern: /^\/identity\/?$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { query }) => identityShow(ctx, actor, query) },
  { method: 'POST', pattern: /^\/identity\/verify$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { body }) => identityVerify(ctx, actor, body) },
  { method: 'POST', pattern: /^\/identity\/revoke$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { body }) => identityRevoke(ctx, actor, body) },
  { method: 'POST', pattern: /^\/identity\/issue-code$/, roles: DECIDING_ROLES, handle: (ctx, actor, _m, { body }) => identityIssueCode(ctx, actor, body) },
];
