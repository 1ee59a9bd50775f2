import { randomBytes } from 'crypto';
import type { AppContext, Identity } from '../applications/context';
import { nowDate } from '../applications/context';
import { ApplicationError } from '../applications/errors';
import type { IdentityBinding, SealedId } from '../store/types';
import type { IdentityStatus } from '../../shared/contract/identity';
import {
  declareSelfRequest,
  emptyRequest,
  finishFaceVerifyRequest,
  parseIdentityRequest,
  verifyWithCodeRequest,
} from '../../shared/schemas/identity';
import { declare, getBindingOf, isActive, markRevoked, markVerified, recordEvent } from './bindings';
import { checkCode, MAX_CODE_ATTEMPTS } from './roster-code';
import { LIMITS, spend, type Limit } from './rate-limit';
import { verificationFromEnv, type VerificationConfig } from './sources';
import { VERIFY_SUCCESS } from './wechat-face';
import { VERIFY_FAILED_MESSAGE } from './messages';

/**
 * The applicant's side of the identity model (DEVELOPERS.md "身份与核验"): say who one is, verify it through a source,
 * and see where one stands. Answers never depend on whether anyone else declared the same ID number, so they cannot
 * be used to find out which numbers the service knows.
 */
export type { IdentityStatus } from '../../shared/contract/identity';

function verification(ctx: AppContext): VerificationConfig {
  return ctx.verification ?? verificationFromEnv(process.env);
}

function limits(kind: 'declare' | 'verify', openid: string): Limit[] {
  if (kind === 'declare') {
    const what = '填写身份信息';
    return [
      { bucket: `declare:hour:${openid}`, ...LIMITS.declarePerAccountHour, what },
      { bucket: `declare:day:${openid}`, ...LIMITS.declarePerAccountDay, what },
      { bucket: 'declare:all', ...LIMITS.declareAllMinute, what: '所有用户填写身份信息' },
    ];
  }
  return [
    { bucket: `verify:hour:${openid}`, ...LIMITS.verifyPerAccountHour, what: '身份核验' },
    { bucket: 'verify:all', ...LIMITS.verifyAllMinute, what: '所有用户身份核验' },
  ];
}

export function spendDeclare(ctx: AppContext, identity: Identity): Promise<void> {
  return spend(ctx.store, limits('declare', identity.openid), nowDate(ctx));
}

/** The account's own active self binding: the newest, when (rarely) several exist. */
export async function selfBinding(ctx: AppContext, identity: Identity): Promise<IdentityBinding | null> {
  const mine = (await ctx.store.bindingsOf(identity.openid)).filter((b) => b.role === 'self' && isActive(b));
  return mine.length ? mine[mine.length - 1] : null;
}

export async function identityStatus(ctx: AppContext, identity: Identity): Promise<IdentityStatus> {
  const b = await selfBinding(ctx, identity);
  return {
    self: b
      ? {
          name: b.declaredName,
          idNumberMasked: b.idNumber.masked,
          level: b.level === 'verified' ? 'verified' : 'declared',
          ref: b.ref,
          source: b.source,
          verifiedAt: b.verifiedAt,
        }
      : null,
    methods: { staff: true, rosterCode: true, wechatFace: verification(ctx).face !== null },
  };
}

export async function getIdentity(ctx: AppContext, identity: Identity, input: unknown): Promise<IdentityStatus> {
  parseIdentityRequest(emptyRequest, input);
  return identityStatus(ctx, identity);
}

/**
 * "This is me." Anyone may declare any valid number: it opens nothing but the account's own filings, and another
 * account's declaration of the same number changes nothing here. An account is one person: declaring someone else
 * replaces an unverified declaration, and is refused once the account is verified.
 */
export async function declareSelf(ctx: AppContext, identity: Identity, input: unknown): Promise<IdentityStatus> {
  const req = parseIdentityRequest(declareSelfRequest, input);
  await spendDeclare(ctx, identity);
  await declareOwn(ctx, identity, ctx.cipher.seal(req.idNumber), req.name);
  return identityStatus(ctx, identity);
}

/** Declares the account's own self binding, ending an unverified one of another person (refused once verified). */
async function declareOwn(ctx: AppContext, identity: Identity, sealed: SealedId, name: string): Promise<void> {
  const others = (await ctx.store.bindingsOf(identity.openid)).filter((b) => b.role === 'self' && isActive(b) && b.idHash !== sealed.hash);
  const at = nowDate(ctx).toISOString();
  await ctx.store.transaction(async (tx) => {
    for (const old of others) {
      const current = await tx.getBinding(old.id);
      if (!isActive(current)) continue;
      if (current.level === 'verified') {
        throw new ApplicationError('CONFLICT', `本账号已核验为${current.declaredName}（${current.idNumber.masked}）本人；如需更换，请到经办机构办理`, 'idNumber');
      }
      await markRevoked(tx, current, { by: identity.openid, at, actor: { role: 'applicant', id: identity.openid }, reason: '本人改填了其他身份证号' });
    }
    await declare(tx, { openid: identity.openid, sealed, role: 'self', relation: null, name, at });
  });
}

/**
 * A roster code from the 服务站: verifies the account's own binding, or — with familyMemberId — the agent binding to
 * that saved relative. Passes only when the person is on the roster with exactly this name and this number, and the
 * code is the live one for that person. Every failure gives the same answer and is recorded; a wrong code counts
 * against it (MAX_CODE_ATTEMPTS ends it).
 */
export async function verifyWithCode(ctx: AppContext, identity: Identity, input: unknown): Promise<IdentityStatus> {
  const req = parseIdentityRequest(verifyWithCodeRequest, input);
  await spend(ctx.store, limits('verify', identity.openid), nowDate(ctx));
  const now = nowDate(ctx);
  const at = now.toISOString();
  const sealed = ctx.cipher.seal(req.idNumber);
  let relation = null;
  if (req.familyMemberId !== undefined) {
    const member = await ctx.store.getFamilyMember(req.familyMemberId);
    if (!member || member.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'familyMemberId');
    // Not the saved relative: the same answer as every other failure (the contract: one message, field `code`).
    if (member.idNumber.hash !== sealed.hash || member.name !== req.name) throw new ApplicationError('VERIFY_FAILED', VERIFY_FAILED_MESSAGE, 'code');
    relation = member.relation;
  } else {
    await spendDeclare(ctx, identity);
    await declareOwn(ctx, identity, sealed, req.name);
  }
  const role = req.familyMemberId !== undefined ? 'agent' : 'self';
  const outcome = await ctx.store.transaction(async (tx) => {
    const binding = await declare(tx, { openid: identity.openid, sealed, role, relation, name: req.name, at });
    if (binding.level === 'verified') return 'ok' as const;
    const roster = await tx.getVeteranRoster(sealed.hash);
    const stored = await tx.getVerificationCode(sealed.hash);
    const check = checkCode(ctx.cipher, stored, sealed.hash, req.code, now);
    const nameMatches = roster !== null && roster.name === req.name;
    if (check === 'ok' && nameMatches) {
      await tx.putVerificationCode({ ...stored!, usedAt: at, usedBy: identity.openid });
      await markVerified(tx, binding, {
        source: 'rosterCode',
        by: stored!.issuedBy,
        at,
        actor: { role: 'applicant', id: identity.openid },
        note: `凭退役军人服务站核验码核验（发码：${stored!.issuedBy}）`,
      });
      return 'ok' as const;
    }
    // Failures are written (attempt count, history) and the answer is the same whatever failed.
    if (stored && check === 'wrong') await tx.putVerificationCode({ ...stored, attempts: stored.attempts + 1 });
    const spent = stored && check === 'wrong' && stored.attempts + 1 >= MAX_CODE_ATTEMPTS ? '；核验码错误次数过多已失效' : '';
    await recordEvent(tx, binding, at, 'verifyFailed', { role: 'applicant', id: identity.openid }, `核验码核验未通过${spent}`);
    return 'failed' as const;
  });
  if (outcome === 'failed') throw new ApplicationError('VERIFY_FAILED', VERIFY_FAILED_MESSAGE, 'code');
  return identityStatus(ctx, identity);
}

function faceSource(ctx: AppContext) {
  const face = verification(ctx).face;
  if (!face) throw new ApplicationError('INVALID_STATE', '本小程序暂未开通人脸核身，请用核验码或到经办窗口核验');
  return face;
}

/** Starts a platform face check of the account's declared self: the session the mini-program hands to the platform. */
export async function startFaceVerify(ctx: AppContext, identity: Identity, input: unknown): Promise<{ verifyId: string }> {
  parseIdentityRequest(emptyRequest, input);
  const { face } = faceSource(ctx);
  const b = await selfBinding(ctx, identity);
  if (!b) throw new ApplicationError('INVALID_STATE', '请先填写本人的姓名和身份证号', 'idNumber');
  if (b.level === 'verified') throw new ApplicationError('INVALID_STATE', '您的身份已核验，无需再做人脸核身');
  await spend(ctx.store, limits('verify', identity.openid), nowDate(ctx));
  const session = await face.start({
    openid: identity.openid,
    name: b.declaredName,
    idNumber: ctx.cipher.open(b.idNumber),
    outSeqNo: randomBytes(16).toString('hex'),
    now: nowDate(ctx),
  });
  await ctx.store.transaction(async (tx) => {
    const current = await tx.getBinding(b.id);
    if (!isActive(current)) throw new ApplicationError('INVALID_STATE', '身份信息已变更，请重新进入本页');
    await tx.putBinding({ ...current, faceSession: session, updatedAt: nowDate(ctx).toISOString() });
  });
  return { verifyId: session.verifyId };
}

const FACE_FAILURES: ReadonlyMap<number, string> = new Map([
  [90002, '您取消了人脸核身'],
  [90003, '您取消了人脸核身'],
  [90004, '您取消了人脸核身'],
  [90005, '您取消了人脸核身'],
  [90006, '您取消了人脸核身'],
  [90007, '网络错误，请稍后重试'],
  [90008, '请允许使用相机后重试'],
  [90017, '识别超时，请在光线充足处重试'],
  [10003, '身份证号与本人不一致'],
]);

/** Asks the platform for the real outcome of the session (never the client's word) and verifies on success. */
export async function finishFaceVerify(ctx: AppContext, identity: Identity, input: unknown): Promise<IdentityStatus> {
  const req = parseIdentityRequest(finishFaceVerifyRequest, input);
  const { face, source } = faceSource(ctx);
  const b = await selfBinding(ctx, identity);
  const session = b?.faceSession;
  const now = nowDate(ctx);
  if (!b || !session || session.verifyId !== req.verifyId || Date.parse(session.expiresAt) <= now.getTime()) {
    throw new ApplicationError('VERIFY_FAILED', '人脸核身已过期或不属于本账号，请重新开始', 'verifyId');
  }
  const ret = await face.result({ openid: identity.openid, name: b.declaredName, idNumber: ctx.cipher.open(b.idNumber), session });
  const at = now.toISOString();
  await ctx.store.transaction(async (tx) => {
    const current = await tx.getBinding(b.id);
    if (!isActive(current) || current.faceSession?.verifyId !== req.verifyId) return;
    if (ret === VERIFY_SUCCESS) {
      const label = source === 'wechatFace' ? '微信人脸核身' : '人脸核身（本地模拟）';
      await markVerified(tx, current, { source, by: source, at, actor: { role: 'platform', id: source }, note: `${label}通过` });
    } else {
      await tx.putBinding({ ...current, faceSession: null, updatedAt: at });
      await recordEvent(tx, current, at, 'verifyFailed', { role: 'platform', id: source }, `人脸核身未通过（${ret}）`);
    }
  });
  if (ret !== VERIFY_SUCCESS) {
    throw new ApplicationError('VERIFY_FAILED', `人脸核身未通过：${FACE_FAILURES.get(ret) ?? '请确认是本人操作后重试，或到经办窗口核验'}`, 'verifyId');
  }
  return identityStatus(ctx, identity);
}

export { getBindingOf };
