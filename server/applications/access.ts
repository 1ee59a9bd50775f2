import type { ApplicationRecord } from '../store/types';
import type { StoreTx } from '../store/store';
import type { AppContext, Identity } from './context';
import { notFound } from './errors';
import { isVerified, verifiedFor } from '../identity/bindings';

/**
 * Who may see an application (DEVELOPERS.md "身份与核验"): the account that filed it, and the person it was filed for
 * once that person's account holds a *verified* self binding to their ID number. Knowing an ID number proves
 * nothing: a declared binding (the account's own word) sees only what the account filed itself.
 *
 * Anything else is "not found": the same message whether the id does not exist or belongs to someone else.
 */
export async function principalHashesOf(ctx: AppContext, identity: Identity): Promise<string[]> {
  return (await ctx.store.bindingsOf(identity.openid)).filter((b) => b.role === 'self' && isVerified(b)).map((b) => b.idHash);
}

export function isFiler(record: ApplicationRecord, identity: Identity): boolean {
  return record.filerOpenid === identity.openid;
}

/** Keyed reads only, so it works inside a transaction. */
export async function canSee(tx: Pick<StoreTx, 'getBinding'>, identity: Identity, record: ApplicationRecord): Promise<boolean> {
  if (isFiler(record, identity)) return true;
  if (record.principalIdHash === null) return false;
  return verifiedFor(tx, identity.openid, record.principalIdHash, ['self']);
}

/** The record, when the caller may see it. */
export async function loadVisible(ctx: AppContext, identity: Identity, id: string, tx: StoreTx = ctx.store): Promise<ApplicationRecord> {
  const record = await tx.getApplication(id);
  if (!record || !(await canSee(tx, identity, record))) throw notFound();
  return record;
}

/**
 * Editing, submitting and uploading belong to the filer. Withdrawing and cancelling are also open to the verified
 * principal: the insured person can stop what was filed in their name.
 */
export async function loadOwned(ctx: AppContext, identity: Identity, id: string, tx: StoreTx = ctx.store): Promise<ApplicationRecord> {
  const record = await tx.getApplication(id);
  if (!record || !isFiler(record, identity)) throw notFound();
  return record;
}
