import { createHash } from 'crypto';
import type { AppContext, Identity } from './context';
import type { FamilyMemberRecord } from '../store/types';
import { nowIso } from './context';
import { maskPhone } from '../../shared/phone';
import { relationLabel } from '../../shared/filing/relations';
import { familyMemberIdRequest, familyMemberRequest, parseApplicationRequest } from '../../shared/schemas/application';
import { ApplicationError } from './errors';
import type { FamilyMemberView } from '../../shared/contract/family';
import { declare, getBindingOf, isActive, markRevoked } from '../identity/bindings';
import { spendDeclare } from '../identity/service';
import { earlierResult, onceByKey, recordResult } from './request-key';
import { memberYearRecordIds } from '../year/access';

/** Saved once, picked later (createDraft's principalFamilyMemberId). Each person is saved at most once per account. */
export type { FamilyMemberView } from '../../shared/contract/family';

async function view(ctx: AppContext, m: FamilyMemberRecord): Promise<FamilyMemberView> {
  const b = await getBindingOf(ctx.store, m.openid, m.idNumber.hash, 'agent');
  return {
    level: b?.level === 'verified' ? 'verified' : 'declared',
    ref: isActive(b) ? b.ref : '',
    id: m.id,
    name: m.name,
    relation: m.relation,
    relationLabel: relationLabel(m.relation),
    idNumberMasked: m.idNumber.masked,
    phoneMasked: m.phone ? maskPhone(m.phone) : null,
  };
}

/** Keyed by (openid, ID hash): saving the same person again updates the entry instead of duplicating it. */
function memberId(openid: string, idHash: string): string {
  return createHash('sha256').update(`${openid}\n${idHash}`).digest('hex').slice(0, 32);
}

/**
 * Saving a relative declares the account's agent binding to them (server/identity): the same rate limits as declaring
 * oneself, since it is another way to name an ID number. With a request key, a retried call answers with the entry
 * the first saved and spends no second declaration.
 */
export async function saveFamilyMember(ctx: AppContext, identity: Identity, input: unknown): Promise<FamilyMemberView> {
  const req = parseApplicationRequest(familyMemberRequest, input);
  const earlier = async (id: string) => {
    const m = await ctx.store.getFamilyMember(id);
    return m && m.openid === identity.openid ? m : null;
  };
  const seen = await earlierResult(ctx.store, identity, 'saveFamilyMember', req.requestId);
  const before = seen ? await earlier(seen) : null;
  if (before) return view(ctx, before);
  await spendDeclare(ctx, identity);
  const at = nowIso(ctx);
  const sealed = ctx.cipher.seal(req.idNumber);
  const id = memberId(identity.openid, sealed.hash);
  const saved = await onceByKey(
    ctx,
    identity,
    'saveFamilyMember',
    req.requestId,
    () =>
      ctx.store.transaction(async (tx) => {
        const existing = await tx.getFamilyMember(id);
        const record: FamilyMemberRecord = {
          id,
          openid: identity.openid,
          name: req.name,
          relation: req.relation,
          idNumber: sealed,
          phone: req.phone ?? null,
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
          // Saving the person again keeps their year records reachable and deletable.
          ...(existing?.years ? { years: existing.years } : {}),
        };
        await tx.putFamilyMember(record);
        await declare(tx, { openid: identity.openid, sealed, role: 'agent', relation: req.relation, name: req.name, at });
        await recordResult(ctx, tx, identity, 'saveFamilyMember', req.requestId, record.id);
        return record;
      }),
    earlier,
  );
  return view(ctx, saved);
}

export async function listFamilyMembers(ctx: AppContext, identity: Identity): Promise<FamilyMemberView[]> {
  return Promise.all((await ctx.store.listFamilyMembers(identity.openid)).map((m) => view(ctx, m)));
}

export async function deleteFamilyMember(ctx: AppContext, identity: Identity, input: unknown): Promise<{ deleted: true }> {
  const { id } = parseApplicationRequest(familyMemberIdRequest, input);
  const at = nowIso(ctx);
  await ctx.store.transaction(async (tx) => {
    const m = await tx.getFamilyMember(id);
    if (!m || m.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'id');
    await tx.deleteFamilyMember(id);
    // Their year records go with them: saving the same person again (the same member id) starts an empty year.
    for (const yearId of memberYearRecordIds(m)) await tx.deleteYearRecord(yearId);
    // The binding ends with the entry (kept, revoked, for the history).
    const b = await getBindingOf(tx, identity.openid, m.idNumber.hash, 'agent');
    if (isActive(b)) await markRevoked(tx, b, { by: identity.openid, at, actor: { role: 'applicant', id: identity.openid }, reason: '删除了这位家庭成员' });
  });
  return { deleted: true };
}
