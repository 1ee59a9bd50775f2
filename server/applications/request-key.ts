import type { AppContext, Identity } from './context';
import type { StoreTx } from '../store/store';
import { nowIso } from './context';
import { DuplicateKeyError } from '../store/store';

/**
 * Request keys for the actions that create something (a draft, a material, a saved relative, an upload ticket):
 * the platform may deliver one call twice (a timeout, a retry), and the second must answer with what the first
 * created instead of creating it again. They share the idempotency table with `submit`, each action under its own
 * prefix: the prefix has a ':' that a client's key cannot contain (shared/schemas `requestId`), so a key reused
 * across actions, or a submit key, never answers for another action. The record's `applicationId` holds the id of
 * what the request created (an application, a material, a family member).
 */
export type RequestKind = 'createDraft' | 'uploadMaterial' | 'attachMaterial' | 'saveFamilyMember' | 'uploadTicket';

export function storedKey(kind: RequestKind, requestId: string): string {
  return `${kind}:${requestId}`;
}

/** The id an earlier request with this key created, or null (also when the request came without a key). */
export async function earlierResult(tx: StoreTx, identity: Identity, kind: RequestKind, requestId: string | undefined): Promise<string | null> {
  if (!requestId) return null;
  return (await tx.getIdempotency(identity.openid, storedKey(kind, requestId)))?.applicationId ?? null;
}

/** Written in the same transaction as what it records: both are stored, or neither. */
export async function recordResult(
  ctx: AppContext,
  tx: StoreTx,
  identity: Identity,
  kind: RequestKind,
  requestId: string | undefined,
  createdId: string,
): Promise<void> {
  if (!requestId) return;
  await tx.insertIdempotency({ openid: identity.openid, requestId: storedKey(kind, requestId), applicationId: createdId, createdAt: nowIso(ctx) });
}

/**
 * Runs a keyed creation; when a twin of the same key won the race (its key insert makes ours fail), the twin's
 * result is the answer. `answer` turns a created id into the response, `run` does the work (checking
 * `earlierResult` in its transaction first).
 */
export async function onceByKey<T>(
  ctx: AppContext,
  identity: Identity,
  kind: RequestKind,
  requestId: string | undefined,
  run: () => Promise<T>,
  answer: (createdId: string) => Promise<T | null>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof DuplicateKeyError) || !requestId) throw error;
    const id = await earlierResult(ctx.store, identity, kind, requestId);
    const earlier = id ? await answer(id) : null;
    if (!earlier) throw error;
    return earlier;
  }
}
