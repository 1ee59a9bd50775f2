import type { AppContext, Identity } from './context';
import { nowDate, nowIso } from './context';
import { canSee, loadOwned, loadVisible } from './access';
import { audit } from './audit';
import { notFound, ApplicationError } from './errors';
import { STATUS_LABELS, transition } from './status';
import { materialItems } from '../../shared/applications/registry';
import { deleteMaterialRequest, materialLinksRequest, parseMaterialRequest } from '../../shared/schemas/material-request';
import type { MaterialLinks } from '../../shared/contract/material-links';
import type { ApplicationRecord } from '../store/types';

/**
 * Reading a photo back and taking one back (issue 15: "第一张是无关照片" could only be answered with more photos).
 *
 * Reading: whoever may see the application (the filer, or the verified principal: access.ts, the same check as the
 * view) gets, per photo, an address good for LINK_MINUTES — a CloudBase temporary URL (getTempFileURL, `maxAge`) or
 * locally a gateway link signed for that material, that account and that very stored file. Anything else, or a link
 * past its time, is the same NOT_FOUND as a guessed id.
 *
 * Taking back: the filer only, while the application is a draft or returned (the upload rule of status.ts), audited
 * like an upload. The record goes in a transaction, then the stored file is removed: the store keeps no file that no
 * record points at (materials.ts), a photo is personal data the applicant withdrew, and the audit entry keeps what
 * staff need to know of it (the item and the first characters of its SHA-256).
 */
export const LINK_MINUTES = 10;

export async function materialLinks(ctx: AppContext, identity: Identity, input: unknown): Promise<MaterialLinks> {
  const req = parseMaterialRequest(materialLinksRequest, input);
  const record = await loadVisible(ctx, identity, req.applicationId);
  const materials = await ctx.store.listMaterials(record.id);
  const expiresAt = new Date(nowDate(ctx).getTime() + LINK_MINUTES * 60_000);
  const links = await Promise.all(
    materials.map(async (m) => ({
      id: m.id,
      item: m.item,
      url: await ctx.files.link({ materialId: m.id, openid: identity.openid, storagePath: m.storagePath }, expiresAt),
      expiresAt: expiresAt.toISOString(),
    })),
  );
  return { links };
}

/** What a gateway link carries besides the material id (query a, e, s). */
export interface LinkQuery {
  openid: string;
  expiresAt: number;
  signature: string;
}

/**
 * The bytes behind a local link, or null for anything that is not a live link of an account that may still see the
 * application (a revoked verification ends it too, not only the clock).
 */
export async function readLinkedMaterial(ctx: AppContext, materialId: string, q: LinkQuery): Promise<{ mime: string; bytes: Buffer } | null> {
  const m = await ctx.store.getMaterial(materialId);
  if (!m || !ctx.files.checkLink) return null;
  if (!ctx.files.checkLink({ materialId: m.id, openid: q.openid, storagePath: m.storagePath }, q.expiresAt, q.signature, nowDate(ctx))) return null;
  const application = await ctx.store.getApplication(m.applicationId);
  if (!application || !(await canSee(ctx.store, { openid: q.openid }, application))) return null;
  try {
    return { mime: m.mime, bytes: await ctx.files.read(m.storagePath) };
  } catch {
    return null;
  }
}

function checkEditable(record: ApplicationRecord): void {
  try {
    transition(record.status, 'upload');
  } catch {
    throw new ApplicationError('INVALID_STATE', `该申请当前状态为"${STATUS_LABELS[record.status]}"，不能删除照片`, 'status');
  }
}

export async function deleteMaterial(ctx: AppContext, identity: Identity, input: unknown): Promise<{ id: string; item: string }> {
  const req = parseMaterialRequest(deleteMaterialRequest, input);
  const before = await loadOwned(ctx, identity, req.applicationId);
  const m = await ctx.store.getMaterial(req.materialId);
  if (!m || m.applicationId !== before.id) throw notFound();
  checkEditable(before);
  const at = nowIso(ctx);
  await ctx.store.transaction(async (tx) => {
    // Again inside: the application may have been submitted, or the photo deleted by a twin tap, meanwhile.
    const r = await loadOwned(ctx, identity, before.id, tx);
    checkEditable(r);
    if (!(await tx.deleteMaterial(m.id))) throw notFound();
    await audit(tx, r, at, { role: 'applicant', id: identity.openid }, 'upload', r.status, `删除材料：${materialItems()[m.item].name}（照片 ${m.sha256.slice(0, 8)}）`);
  });
  // After the commit: a failed removal leaves a file no record names, never a record without its file.
  await ctx.files.remove(m.storagePath).catch(() => undefined);
  return { id: m.id, item: m.item };
}
