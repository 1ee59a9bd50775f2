import { createHash } from 'crypto';
import type { AppContext, Identity } from './context';
import type { FamilyMemberRecord } from '../store/types';
import { nowIso } from './context';
import { maskPhone } from '../../shared/phone';
import { relationLabel } from '../../shared/filing/relations';
import { familyMemberIdRequest, familyMemberRequest, parseApplicationRequest } from '../../shared/schemas/application';
import { ApplicationError } from './errors';

/** Saved once, picked later (createDraft's principalFamilyMemberId). Each person is saved at most once per account. */
export interface FamilyMemberView {
  id: string;
  name: string;
  relation: FamilyMemberRecord['relation'];
  relationLabel: string;
  idNumberMasked: string;
  phoneMasked: string | null;
}

function view(m: FamilyMemberRecord): FamilyMemberView {
  return {
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

export async function saveFamilyMember(ctx: AppContext, identity: Identity, input: unknown): Promise<FamilyMemberView> {
  const req = parseApplicationRequest(familyMemberRequest, input);
  const at = nowIso(ctx);
  const sealed = ctx.cipher.seal(req.idNumber);
  const id = memberId(identity.openid, sealed.hash);
  const saved = await ctx.store.transaction(async (tx) => {
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
    };
    await tx.putFamilyMember(record);
    return record;
  });
  return view(saved);
}

export async function listFamilyMembers(ctx: AppContext, identity: Identity): Promise<FamilyMemberView[]> {
  return (await ctx.store.listFamilyMembers(identity.openid)).map(view);
}

export async function deleteFamilyMember(ctx: AppContext, identity: Identity, input: unknown): Promise<{ deleted: true }> {
  const { id } = parseApplicationRequest(familyMemberIdRequest, input);
  await ctx.store.transaction(async (tx) => {
    const m = await tx.getFamilyMember(id);
    if (!m || m.openid !== identity.openid) throw new ApplicationError('NOT_FOUND', '未找到该家庭成员', 'id');
    await tx.deleteFamilyMember(id);
  });
  return { deleted: true };
}
