import type { StoreTx } from '../store/store';
import type { BindingEvent, BindingLevel, BindingRole, IdentityBinding, SealedId, VerificationSource } from '../store/types';
import type { CloseRelative } from '../../shared/filing/relations';
import { newId } from '../applications/context';
import { bindingId, newRef } from './refs';

/**
 * Reading and changing bindings (types in server/store/types.ts). Every change appends a BindingEvent in the same
 * transaction, so the history cannot disagree with the state.
 */

export function isActive(b: IdentityBinding | null | undefined): b is IdentityBinding {
  return Boolean(b) && b!.level !== 'revoked';
}

export function isVerified(b: IdentityBinding | null | undefined): b is IdentityBinding {
  return Boolean(b) && b!.level === 'verified';
}

/** Keyed read, so it works inside a transaction. */
export function getBindingOf(tx: Pick<StoreTx, 'getBinding'>, openid: string, idHash: string, role: BindingRole): Promise<IdentityBinding | null> {
  return tx.getBinding(bindingId(openid, idHash, role));
}

/** Does this account hold a verified binding to the person, in one of these roles? */
export async function verifiedFor(tx: Pick<StoreTx, 'getBinding'>, openid: string, idHash: string, roles: BindingRole[]): Promise<boolean> {
  for (const role of roles) if (isVerified(await getBindingOf(tx, openid, idHash, role))) return true;
  return false;
}

type Actor = BindingEvent['actor'];

export async function recordEvent(
  tx: StoreTx,
  b: IdentityBinding,
  at: string,
  action: BindingEvent['action'],
  actor: Actor,
  note: string,
): Promise<void> {
  await tx.appendBindingEvent({ id: newId(), bindingId: b.id, idHash: b.idHash, openid: b.openid, at, action, level: b.level, source: b.source, actor, note });
}

/**
 * Declares (or re-declares) a binding: a new one, or a revoked one brought back, is `declared`; an active one keeps its
 * level while the name stays the same. A source verified a name and a number together, so a verified binding
 * re-declared under another name is declared again and must be verified again. Returns the binding as stored.
 */
export async function declare(
  tx: StoreTx,
  input: { openid: string; sealed: SealedId; role: BindingRole; relation: CloseRelative | null; name: string; at: string },
): Promise<IdentityBinding> {
  const { openid, sealed, role, relation, name, at } = input;
  const existing = await getBindingOf(tx, openid, sealed.hash, role);
  if (existing && existing.level === 'verified' && existing.declaredName === name) {
    if (existing.relation === relation) return existing;
    const next = { ...existing, relation, updatedAt: at };
    await tx.putBinding(next);
    return next;
  }
  if (existing && existing.level === 'declared' && existing.declaredName === name && existing.relation === relation) return existing;
  const next: IdentityBinding = {
    id: bindingId(openid, sealed.hash, role),
    ref: existing?.ref ?? newRef(),
    openid,
    idHash: sealed.hash,
    idNumber: sealed,
    role,
    relation,
    declaredName: name,
    level: 'declared',
    source: null,
    verifiedBy: null,
    verifiedAt: null,
    revokedBy: null,
    revokedAt: null,
    revokeReason: null,
    faceSession: null,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  await tx.putBinding(next);
  const what = role === 'self' ? '申报本人身份' : '申报代办的家庭成员';
  const again = existing?.level === 'verified' ? `${what}（姓名改为“${name}”，须重新核验）` : existing ? `${what}（重新申报）` : what;
  await recordEvent(tx, next, at, 'declare', { role: 'applicant', id: openid }, again);
  return next;
}

export async function markVerified(
  tx: StoreTx,
  b: IdentityBinding,
  input: { source: VerificationSource; by: string; at: string; actor: Actor; note: string },
): Promise<IdentityBinding> {
  const next: IdentityBinding = { ...b, level: 'verified', source: input.source, verifiedBy: input.by, verifiedAt: input.at, faceSession: null, updatedAt: input.at };
  await tx.putBinding(next);
  await recordEvent(tx, next, input.at, 'verify', input.actor, input.note);
  return next;
}

export async function markRevoked(tx: StoreTx, b: IdentityBinding, input: { by: string; at: string; actor: Actor; reason: string }): Promise<IdentityBinding> {
  const next: IdentityBinding = {
    ...b,
    level: 'revoked' as BindingLevel,
    revokedBy: input.by,
    revokedAt: input.at,
    revokeReason: input.reason,
    faceSession: null,
    updatedAt: input.at,
  };
  await tx.putBinding(next);
  await recordEvent(tx, next, input.at, 'revoke', input.actor, `撤销：${input.reason}`);
  return next;
}
