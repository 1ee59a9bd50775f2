import { createHash } from 'crypto';
import type { AppContext } from '../applications/context';
import { nowDate } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { IdentityBinding } from '../store/types';
import { relationLabel } from '../../shared/filing/relations';
import type { StaffIdentityBinding } from '../../shared/contract/staff';
import {
  parseIdentityRequest,
  staffBindingsRequest,
  staffIssueCodeRequest,
  staffRevokeRequest,
  staffVerifyRequest,
} from '../../shared/schemas/identity';
import { isActive, markRevoked, markVerified } from './bindings';
import { normalizeRef } from './refs';
import { codeHash, CODE_LIFETIME_DAYS, newCode } from './roster-code';
import { NOT_ON_ROSTER_MESSAGE } from '../veteran/access';

/**
 * The office's side (`yibao staff identity …`, later the staff console): see who declared a person, confirm a
 * binding after checking the card (and, for a relative, the proof of the relationship), revoke one, and issue the
 * roster code a veteran redeems in the mini-program. Staff type the ID number from the card in front of them: that
 * is the check, and the only way in — no list of people is offered.
 */
const LEVEL_LABELS: ReadonlyMap<string, string> = new Map([
  ['declared', '待核验'],
  ['verified', '已核验'],
  ['revoked', '已撤销'],
]);
const SOURCE_LABELS: ReadonlyMap<string, string> = new Map([
  ['staff', '经办人员核验证件'],
  ['rosterCode', '服务站核验码'],
  ['wechatFace', '微信人脸核身'],
  ['standIn', '人脸核身（本地模拟）'],
]);

function accountLabel(openid: string): string {
  return `账号-${createHash('sha256').update(openid).digest('hex').slice(0, 8)}`;
}

function view(b: IdentityBinding): StaffIdentityBinding {
  return {
    ref: b.ref,
    account: accountLabel(b.openid),
    role: b.role === 'self' ? '本人' : '代办家属',
    relation: b.relation ? relationLabel(b.relation) : null,
    declaredName: b.declaredName,
    idNumberMasked: b.idNumber.masked,
    level: LEVEL_LABELS.get(b.level) ?? b.level,
    source: b.source ? SOURCE_LABELS.get(b.source) ?? b.source : null,
    verifiedBy: b.verifiedBy,
    verifiedAt: b.verifiedAt,
    revokedAt: b.revokedAt,
    revokeReason: b.revokeReason,
    createdAt: b.createdAt,
  };
}

export async function staffBindings(ctx: AppContext, input: unknown): Promise<{ bindings: StaffIdentityBinding[]; history: { at: string; action: string; who: string; note: string }[] }> {
  const req = parseIdentityRequest(staffBindingsRequest, input);
  const hash = ctx.cipher.hash(req.idNumber);
  const [bindings, events] = await Promise.all([ctx.store.bindingsFor(hash), ctx.store.listBindingEvents(hash)]);
  return {
    bindings: bindings.map(view),
    history: events.map((e) => ({ at: e.at, action: e.action, who: e.actor.role === 'staff' ? e.actor.id : e.actor.role === 'platform' ? e.actor.id : accountLabel(e.actor.id), note: e.note })),
  };
}

async function findBinding(ctx: AppContext, idHash: string, ref: string): Promise<IdentityBinding> {
  const wanted = normalizeRef(ref);
  const found = (await ctx.store.bindingsFor(idHash)).filter((b) => normalizeRef(b.ref) === wanted);
  if (found.length === 0) throw new ApplicationError('NOT_FOUND', '该身份证号下没有这个核验编号：请核对证件号码和申请人出示的编号', 'ref');
  // Two bindings of one person sharing a ref (1 in 10^9 per pair): pick none rather than the wrong one.
  if (found.length > 1) throw new ApplicationError('CONFLICT', '该核验编号对应多个账号，请让申请人在小程序中重新申报后再核验', 'ref');
  return found[0];
}

/** 核验: staff checked the card (and the relationship, for an agent); the declared name must be the card's name. */
export async function staffVerify(ctx: AppContext, input: unknown): Promise<StaffIdentityBinding> {
  const req = parseIdentityRequest(staffVerifyRequest, input);
  const hash = ctx.cipher.hash(req.idNumber);
  const b = await findBinding(ctx, hash, req.ref);
  if (!isActive(b)) throw new ApplicationError('INVALID_STATE', '该绑定已撤销；请申请人在小程序中重新申报', 'ref');
  if (b.declaredName !== req.name) {
    throw new ApplicationError('INVALID_STATE', `申报的姓名是“${b.declaredName}”，与证件上的“${req.name}”不一致：请申请人在小程序中改正后再核验`, 'name');
  }
  const at = nowDate(ctx).toISOString();
  const done = await ctx.store.transaction(async (tx) => {
    const current = await tx.getBinding(b.id);
    if (!isActive(current)) throw new ApplicationError('INVALID_STATE', '该绑定已撤销；请申请人在小程序中重新申报', 'ref');
    if (current.level === 'verified') return current;
    return markVerified(tx, current, { source: 'staff', by: req.staff, at, actor: { role: 'staff', id: req.staff }, note: `经办人员核验：${req.evidence}` });
  });
  return view(done);
}

export async function staffRevoke(ctx: AppContext, input: unknown): Promise<StaffIdentityBinding> {
  const req = parseIdentityRequest(staffRevokeRequest, input);
  const b = await findBinding(ctx, ctx.cipher.hash(req.idNumber), req.ref);
  const at = nowDate(ctx).toISOString();
  const done = await ctx.store.transaction(async (tx) => {
    const current = await tx.getBinding(b.id);
    if (!isActive(current)) return current ?? b;
    return markRevoked(tx, current, { by: req.staff, at, actor: { role: 'staff', id: req.staff }, reason: req.reason });
  });
  return view(done);
}

/**
 * 发放核验码: for a person on the roster whose name is typed exactly as the roster has it. A new code ends the old;
 * the code is shown once, here, and never again (only its keyed hash is kept).
 */
export async function staffIssueCode(ctx: AppContext, input: unknown): Promise<{ code: string; expiresAt: string; name: string; idNumberMasked: string }> {
  const req = parseIdentityRequest(staffIssueCodeRequest, input);
  const hash = ctx.cipher.hash(req.idNumber);
  const roster = await ctx.store.getVeteranRoster(hash);
  if (!roster || roster.name !== req.name) throw new ApplicationError('NOT_FOUND', NOT_ON_ROSTER_MESSAGE, 'idNumber');
  const now = nowDate(ctx);
  const code = newCode();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_DAYS * 86400_000).toISOString();
  await ctx.store.putVerificationCode({
    idHash: hash,
    codeHash: codeHash(ctx.cipher, hash, code),
    issuedBy: req.staff,
    issuedAt: now.toISOString(),
    expiresAt,
    attempts: 0,
    usedAt: null,
    usedBy: null,
  });
  return { code, expiresAt, name: roster.name, idNumberMasked: roster.idNumber.masked };
}
