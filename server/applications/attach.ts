import type { AppContext, Identity } from './context';
import { newId, nowDate } from './context';
import { RuleError } from '../../shared/errors';
import { attachMaterialRequest, parseApplicationRequest, uploadTicketRequest } from '../../shared/schemas/application';
import { INBOX_PREFIX } from '../store/files';
import { checkImageBytes, checkQuotas, checkTarget, earlierMaterial, MAX_MATERIAL_BYTES, storeMaterial, TOO_LARGE_MESSAGE, type MaterialView } from './materials';
import { storedKey } from './request-key';

/**
 * Photos of paper proof travel as files, not inside a call (a callFunction payload should stay under 100 KB; an
 * ordinary photo is megabytes). Three steps:
 *
 * 1. `uploadTicket { applicationId, item }`: the function checks what it can before any byte moves (the caller's
 *    application, open for uploads, the item on its checklist, the quotas) and answers with a fresh cloudPath under
 *    `yibao/uploads/`. The ticket is recorded in the idempotency table under the caller's openid: the platform's
 *    identity, never the client's word. The client cannot know its openid, so it cannot name its own folder; a
 *    ticket the function made is the only proof of ownership a function can check (the storage SDK does not say
 *    who uploaded a file).
 * 2. The client uploads to that cloudPath (`wx.cloud.uploadFile`; locally the gateway's raw route), gets a fileID.
 *    The security rules let a client write only under `yibao/uploads/`, read nothing, and never overwrite another
 *    user's file.
 * 3. `attachMaterial { applicationId, item, fileId, requestId }`: the fileID must be this environment's, its path a
 *    ticket of this caller for this application, not expired; its size is checked before download; the bytes then
 *    take the same road as every material (decoded, re-encoded, quotas, stored), and the upload is deleted.
 */

/** How long a ticket may wait for its upload: a photo on a slow line takes a minute or two, not an hour. */
export const TICKET_MINUTES = 60;

export interface UploadTicket {
  cloudPath: string;
  /** The largest upload the function will take, for the page to check first. */
  maxBytes: number;
  expiresAt: string;
}

function ticketKey(name: string): string {
  return storedKey('uploadTicket', name);
}

export async function issueUploadTicket(ctx: AppContext, identity: Identity, input: unknown): Promise<UploadTicket> {
  const req = parseApplicationRequest(uploadTicketRequest, input);
  const application = await checkTarget(ctx, identity, req);
  await checkQuotas(ctx, identity, application.id, req.item, 0);
  const name = newId();
  const at = nowDate(ctx);
  await ctx.store.transaction((tx) =>
    tx.insertIdempotency({ openid: identity.openid, requestId: ticketKey(name), applicationId: application.id, createdAt: at.toISOString() }),
  );
  return {
    cloudPath: `${INBOX_PREFIX}${name}.upload`,
    maxBytes: MAX_MATERIAL_BYTES,
    expiresAt: new Date(at.getTime() + TICKET_MINUTES * 60_000).toISOString(),
  };
}

const NO_TICKET = '图片：上传凭证无效或已过期，请重新选择图片上传';

/**
 * The application a cloudPath was issued for, when it is a live ticket of this caller; throws otherwise. The gateway
 * checks this before it stores a byte; attachMaterial checks it again.
 */
export async function ticketApplication(ctx: AppContext, identity: Identity, cloudPath: string | null): Promise<string> {
  const name = cloudPath?.startsWith(INBOX_PREFIX) ? cloudPath.slice(INBOX_PREFIX.length).replace(/\.upload$/, '') : '';
  const ticket = name ? await ctx.store.getIdempotency(identity.openid, ticketKey(name)) : null;
  if (!ticket) throw new RuleError('INVALID_INPUT', NO_TICKET, 'fileId');
  if (nowDate(ctx).getTime() - Date.parse(ticket.createdAt) > TICKET_MINUTES * 60_000) throw new RuleError('INVALID_INPUT', NO_TICKET, 'fileId');
  return ticket.applicationId;
}

export async function attachMaterial(ctx: AppContext, identity: Identity, input: unknown): Promise<MaterialView> {
  const req = parseApplicationRequest(attachMaterialRequest, input);
  // A retried call: the first one's material (its upload is already gone).
  const earlier = await earlierMaterial(ctx, identity, 'attachMaterial', req.requestId);
  if (earlier) return earlier;

  const applicationId = await ticketApplication(ctx, identity, ctx.files.inbox.cloudPathOf(req.fileId));
  if (applicationId !== req.applicationId) throw new RuleError('INVALID_INPUT', NO_TICKET, 'fileId');

  const size = await ctx.files.inbox.sizeOf(req.fileId);
  if (size === null) {
    // A twin of this call, running alongside, may have attached it and deleted the upload a moment ago.
    const twin = await earlierMaterial(ctx, identity, 'attachMaterial', req.requestId);
    if (twin) return twin;
    throw new RuleError('INVALID_INPUT', '图片：没有找到上传的图片，请重新选择图片上传', 'fileId');
  }
  // From the file's metadata, before a byte is downloaded: a 50 MB upload is refused without reading it.
  if (size > MAX_MATERIAL_BYTES) {
    await discard(ctx, req.fileId);
    throw new RuleError('INVALID_INPUT', TOO_LARGE_MESSAGE, 'fileId');
  }
  try {
    const bytes = await ctx.files.inbox.read(req.fileId);
    checkImageBytes(bytes, 'fileId');
    const stored = await storeMaterial(ctx, identity, req, bytes, { kind: 'attachMaterial', requestId: req.requestId });
    await discard(ctx, req.fileId);
    return stored;
  } catch (error) {
    // A refusal of the picture (not an image, a bomb, over a quota) is final: its upload is of no further use. Any
    // other failure may pass; the upload stays for the client's retry, and expires with its ticket.
    if (error instanceof RuleError) await discard(ctx, req.fileId);
    throw error;
  }
}

/** The upload is removed once used or refused; a failed removal leaves it to the storage's cleanup, never to the answer. */
async function discard(ctx: AppContext, fileId: string): Promise<void> {
  await ctx.files.inbox.remove(fileId).catch(() => undefined);
}

