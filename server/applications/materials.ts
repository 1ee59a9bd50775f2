import { createHash } from 'crypto';
import type { AppContext, Identity } from './context';
import type { ApplicationRecord, MaterialRecord } from '../store/types';
import { newId, nowIso } from './context';
import { loadOwned } from './access';
import { audit } from './audit';
import { transition } from './status';
import { ApplicationError } from './errors';
import { RuleError } from '../../shared/errors';
import { DuplicateKeyError } from '../store/store';
import { parseApplicationRequest, uploadMaterialRequest } from '../../shared/schemas/application';
import { earlierResult, recordResult, type RequestKind } from './request-key';
import type { MaterialView } from '../../shared/contract/applications';
import { applicationType, materialItems } from '../../shared/applications/registry';
import { sectionOf } from './content';
import { imageTypeOf } from './images/header';
import { NOT_AN_IMAGE_MESSAGE, reencodeImage } from './images/reencode';

/**
 * Photos of paper proof: 5 MB is ample for a phone photo. The photo travels as a file (attach.ts), not in the call:
 * the inline base64 form of the first release stays for old pages, and a 5 MB photo there is near callFunction's limit.
 */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;

/**
 * How many photos one checklist item takes. The longest paper on any checklist is 费用清单 (a hospital's itemised
 * cost list, a few pages for a long stay); ID cards are front and back for two people. Ten is plenty for each.
 */
export const MAX_IMAGES_PER_ITEM = 10;

/**
 * How many photos one application takes. The longest checklist has three items (结算票据、费用清单、出院证明 for
 * 手工报销); twenty covers a long cost list plus the other two, and stops one draft being filled without end.
 */
export const MAX_IMAGES_PER_APPLICATION = 20;

/**
 * What one account may store across all its applications: a family member filing for several relatives over the
 * years stays far below 300 photos; 200 MB is 300 photos at the size a re-encoded phone photo usually has.
 */
export const MAX_IMAGES_PER_ACCOUNT = 300;
export const MAX_BYTES_PER_ACCOUNT = 200 * 1024 * 1024;

/** How often an upload tries again when another upload to the same application took its slot meanwhile. */
const SLOT_ATTEMPTS = 3;

export type { MaterialView } from '../../shared/contract/applications';

/** Where an image goes: one checklist item of one application. */
export interface MaterialTarget {
  applicationId: string;
  item: string;
}

/**
 * Stores an image sent inline as base64 (the first release's way; the mini-program now uploads the file and calls
 * attachMaterial, server/applications/attach.ts). A request key makes a retried call answer with the first's material.
 */
export async function uploadMaterial(ctx: AppContext, identity: Identity, input: unknown): Promise<MaterialView> {
  const req = parseApplicationRequest(uploadMaterialRequest, input);
  const earlier = await earlierMaterial(ctx, identity, 'uploadMaterial', req.requestId);
  if (earlier) return earlier;
  const bytes = Buffer.from(req.contentBase64, 'base64');
  checkImageBytes(bytes, 'contentBase64');
  return storeMaterial(ctx, identity, req, bytes, { kind: 'uploadMaterial', requestId: req.requestId });
}

/** The cheap checks of the bytes themselves: not empty, not over the size, an image by its first bytes. */
export function checkImageBytes(bytes: Buffer, field: string): void {
  if (bytes.length === 0) throw new RuleError('INVALID_INPUT', '图片：内容为空', field);
  if (bytes.length > MAX_MATERIAL_BYTES) throw new RuleError('INVALID_INPUT', TOO_LARGE_MESSAGE, field);
  if (!imageTypeOf(bytes)) throw new RuleError('INVALID_INPUT', NOT_AN_IMAGE_MESSAGE, field);
}

export const TOO_LARGE_MESSAGE = '图片：不能超过 5 MB，请压缩后再上传';

/** The caller's application, open for uploads, with the item on its checklist; throws the Chinese refusal otherwise. */
export async function checkTarget(ctx: AppContext, identity: Identity, target: MaterialTarget): Promise<ApplicationRecord> {
  const before = await loadOwned(ctx, identity, target.applicationId);
  transition(before.status, 'upload');
  const allowed = applicationType(before.type).checklist(sectionOf(before.content), Boolean(before.content.agent)).map((m) => m.id);
  if (!allowed.includes(target.item)) {
    throw new RuleError('INVALID_INPUT', `材料名称：本申请的材料清单中没有"${materialItems()[target.item].name}"`, 'item');
  }
  return before;
}

/** The material an earlier request with this key stored, or null. */
export async function earlierMaterial(ctx: AppContext, identity: Identity, kind: RequestKind, requestId: string | undefined): Promise<MaterialView | null> {
  const id = await earlierResult(ctx.store, identity, kind, requestId);
  return id ? materialView(ctx, identity, id) : null;
}

async function materialView(ctx: AppContext, identity: Identity, id: string): Promise<MaterialView | null> {
  const m = await ctx.store.getMaterial(id);
  if (!m || m.uploadedBy !== identity.openid) return null;
  return { id: m.id, item: m.item, name: materialItems()[m.item].name, mime: m.mime, size: m.size, uploadedAt: m.uploadedAt };
}

/**
 * Stores an image for one checklist item of an application the caller filed and still holds (draft or returned).
 * Cheap checks first (type, ownership, checklist, quotas), then the image is decoded and re-encoded (no
 * EXIF/GPS kept, upright, nothing that does not decode), then bytes, then metadata in a transaction; if the
 * transaction fails the bytes are removed, so no metadata ever points at a missing file and no file is orphaned.
 * The request key, when given, is written in the material's transaction.
 */
export async function storeMaterial(
  ctx: AppContext,
  identity: Identity,
  target: MaterialTarget,
  bytes: Buffer,
  key: { kind: RequestKind; requestId: string | undefined },
): Promise<MaterialView> {
  const before = await checkTarget(ctx, identity, target);
  // Before the decoding (the expensive part): a full draft or account is refused without spending it.
  await checkQuotas(ctx, identity, before.id, target.item, 0);

  const image = reencodeImage(bytes);
  const sha256 = createHash('sha256').update(image.bytes).digest('hex');
  // The file name is unique per upload, whatever slot the record gets: a losing racer removes only its own file.
  const storagePath = await ctx.files.put(`${before.id}/${newId()}.${image.mime === 'image/png' ? 'png' : 'jpg'}`, image.bytes);
  try {
    for (let attempt = 1; ; attempt++) {
      const taken = await checkQuotas(ctx, identity, before.id, target.item, image.bytes.length);
      const at = nowIso(ctx);
      const record: MaterialRecord = {
        id: freeSlot(before.id, taken),
        applicationId: before.id,
        item: target.item,
        mime: image.mime,
        size: image.bytes.length,
        sha256,
        storagePath,
        uploadedBy: identity.openid,
        uploadedAt: at,
      };
      try {
        const stored = await ctx.store.transaction(async (tx) => {
          // A twin of this request (same key) finished meanwhile: its material is the answer, this file goes.
          const twin = await earlierResult(tx, identity, key.kind, key.requestId);
          if (twin) return twin;
          // Checked again inside the transaction: the application may have been submitted meanwhile.
          const r = await loadOwned(ctx, identity, before.id, tx);
          transition(r.status, 'upload');
          // The record's id is the slot the quota check above counted to; if another upload took it meanwhile,
          // this insert fails (DuplicateKeyError) and the count is taken again. Two parallel uploads cannot both
          // pass a per-application cap.
          await tx.insertMaterial(record);
          await recordResult(ctx, tx, identity, key.kind, key.requestId, record.id);
          await audit(tx, r, at, { role: 'applicant', id: identity.openid }, 'upload', r.status, `上传材料：${materialItems()[target.item].name}`);
          return record.id;
        });
        if (stored === record.id) {
          return { id: record.id, item: record.item, name: materialItems()[record.item].name, mime: record.mime, size: record.size, uploadedAt: at };
        }
        const twin = await materialView(ctx, identity, stored);
        if (!twin) throw new ApplicationError('NOT_FOUND', '未找到这次上传的图片，请重新上传', 'requestId');
        await ctx.files.remove(storagePath).catch(() => undefined);
        return twin;
      } catch (error) {
        if (!(error instanceof DuplicateKeyError)) throw error;
        if (attempt === SLOT_ATTEMPTS) throw new ApplicationError('INVALID_STATE', '这份申请正有其他图片在上传，请稍后再试', 'applicationId');
      }
    }
  } catch (error) {
    await ctx.files.remove(storagePath).catch(() => undefined);
    throw error;
  }
}

/**
 * A material's id is its application's id and a slot number, the lowest not yet used. Parallel uploads to one
 * application therefore compete for the same key, and the store lets only one of them have it.
 */
function freeSlot(applicationId: ApplicationRecord['id'], taken: MaterialRecord[]): string {
  const used = new Set(taken.map((m) => m.id));
  for (let slot = 0; ; slot++) {
    const id = `${applicationId}-${String(slot).padStart(2, '0')}`;
    if (!used.has(id)) return id;
  }
}

/**
 * Refuses an upload over any cap and returns the application's materials as counted. The per-account cap is read
 * outside the transaction (a query: see store.ts); parallel uploads to several applications of one account can
 * exceed it by at most the uploads in flight at that moment.
 */
export async function checkQuotas(ctx: AppContext, identity: Identity, applicationId: string, item: string, bytes: number): Promise<MaterialRecord[]> {
  const [taken, usage] = await Promise.all([ctx.store.listMaterials(applicationId), ctx.store.materialUsage(identity.openid)]);
  const forItem = taken.filter((m) => m.item === item).length;
  if (forItem >= MAX_IMAGES_PER_ITEM) {
    throw new RuleError('INVALID_INPUT', `材料"${materialItems()[item].name}"最多上传 ${MAX_IMAGES_PER_ITEM} 张图片，已经上传了 ${forItem} 张`, 'item');
  }
  if (taken.length >= MAX_IMAGES_PER_APPLICATION) {
    throw new RuleError('INVALID_INPUT', `每份申请最多上传 ${MAX_IMAGES_PER_APPLICATION} 张图片，这份申请已经上传了 ${taken.length} 张`, 'applicationId');
  }
  if (usage.count >= MAX_IMAGES_PER_ACCOUNT || usage.bytes >= MAX_BYTES_PER_ACCOUNT || usage.bytes + bytes > MAX_BYTES_PER_ACCOUNT) {
    throw new RuleError(
      'INVALID_INPUT',
      `您的账号上传的图片已达上限（最多 ${MAX_IMAGES_PER_ACCOUNT} 张、共 ${MAX_BYTES_PER_ACCOUNT / 1024 / 1024} MB），无法继续上传；如需帮助，请联系经办窗口`,
      'contentBase64',
    );
  }
  return taken;
}
