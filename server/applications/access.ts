import type { ApplicationRecord } from '../store/types';
import type { StoreTx } from '../store/store';
import type { AppContext, Identity } from './context';
import { notFound } from './errors';

/**
 * Who may see an application: the openid that filed it, or the principal it was filed for. The principal is matched
 * by ID number, kept simple: an ID number belongs to the first openid that claimed it — by signing a commitment with
 * it as the signer (filing for oneself, or as the agent), or with `claimIdentity`. A father whose daughter filed for
 * him sees the application once his own account has claimed his ID number. (In WeChat a real-name check would
 * replace first-come claims; the rule is one function, here.)
 *
 * Anything else is "not found": the same message whether the id does not exist or belongs to someone else.
 */
export async function principalHashesOf(ctx: AppContext, identity: Identity): Promise<string[]> {
  return (await ctx.store.claimsOf(identity.openid)).map((c) => c.idHash);
}

export function isFiler(record: ApplicationRecord, identity: Identity): boolean {
  return record.filerOpenid === identity.openid;
}

/** Keyed reads only, so it works inside a transaction: the claim of the principal's number, if it is the caller's. */
export async function canSee(tx: StoreTx, identity: Identity, record: ApplicationRecord): Promise<boolean> {
  if (isFiler(record, identity)) return true;
  if (record.principalIdHash === null) return false;
  return (await tx.getIdentityClaim(record.principalIdHash))?.openid === identity.openid;
}

/** The record, when the caller may see it. */
export async function loadVisible(ctx: AppContext, identity: Identity, id: string, tx: StoreTx = ctx.store): Promise<ApplicationRecord> {
  const record = await tx.getApplication(id);
  if (!record || !(await canSee(tx, identity, record))) throw notFound();
  return record;
}

/**
 * Editing, submitting and uploading belong to the filer. Withdrawing is also open to the principal: the insured
 * person can stop what was filed in their name.
 */
export async function loadOwned(ctx: AppContext, identity: Identity, id: string, tx: StoreTx = ctx.store): Promise<ApplicationRecord> {
  const record = await tx.getApplication(id);
  if (!record || !isFiler(record, identity)) throw notFound();
  return record;
}
