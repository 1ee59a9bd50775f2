import { createHash } from 'crypto';
import type { AppContext, Identity } from './context';
import type { MaterialRecord } from '../store/types';
import { newId, nowIso } from './context';
import { loadOwned } from './access';
import { audit } from './audit';
import { transition } from './status';
import { RuleError } from '../../shared/errors';
import { parseApplicationRequest, uploadMaterialRequest } from '../../shared/schemas/application';
import { materialsChecklist, MATERIAL_ITEMS } from '../../shared/filing/materials';

/** Photos of paper proof: 5 MB is ample for a phone photo and stays within a cloud function's request size. */
export const MAX_MATERIAL_BYTES = 5 * 1024 * 1024;

/** The file's own first bytes decide its type, not its name or a declared MIME type. */
export function imageTypeOf(bytes: Buffer): MaterialRecord['mime'] | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

export interface MaterialView {
  id: string;
  item: MaterialRecord['item'];
  name: string;
  mime: MaterialRecord['mime'];
  size: number;
  uploadedAt: string;
}

/**
 * Stores an image for one checklist item of an application the caller filed and still holds (draft or returned).
 * Bytes first, then metadata in a transaction; if the transaction fails the bytes are removed, so no metadata ever
 * points at a missing file.
 */
export async function uploadMaterial(ctx: AppContext, identity: Identity, input: unknown): Promise<MaterialView> {
  const req = parseApplicationRequest(uploadMaterialRequest, input);
  const bytes = Buffer.from(req.contentBase64, 'base64');
  if (bytes.length === 0) throw new RuleError('INVALID_INPUT', '图片：内容为空', 'contentBase64');
  if (bytes.length > MAX_MATERIAL_BYTES) throw new RuleError('INVALID_INPUT', '图片：不能超过 5 MB，请压缩后再上传', 'contentBase64');
  const mime = imageTypeOf(bytes);
  if (!mime) throw new RuleError('INVALID_INPUT', '图片：只能上传 JPG 或 PNG 格式的图片', 'contentBase64');

  const before = await loadOwned(ctx, identity, req.applicationId);
  transition(before.status, 'upload');
  const allowed = materialsChecklist(before.type, before.content.remoteFiling?.kind, Boolean(before.content.agent)).map((m) => m.id);
  if (!allowed.includes(req.item)) {
    throw new RuleError('INVALID_INPUT', `材料名称：本申请的材料清单中没有"${MATERIAL_ITEMS[req.item].name}"`, 'item');
  }

  const id = newId();
  const at = nowIso(ctx);
  const storagePath = await ctx.files.put(`${before.id}/${id}.${mime === 'image/png' ? 'png' : 'jpg'}`, bytes);
  const record: MaterialRecord = {
    id,
    applicationId: before.id,
    item: req.item,
    mime,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    storagePath,
    uploadedBy: identity.openid,
    uploadedAt: at,
  };
  try {
    await ctx.store.transaction(async (tx) => {
      // Checked again inside the transaction: the application may have been submitted meanwhile.
      const r = await loadOwned(ctx, identity, before.id, tx);
      transition(r.status, 'upload');
      await tx.insertMaterial(record);
      await audit(tx, r, at, { role: 'applicant', id: identity.openid }, 'upload', r.status, `上传材料：${MATERIAL_ITEMS[req.item].name}`);
    });
  } catch (error) {
    await ctx.files.remove(storagePath).catch(() => undefined);
    throw error;
  }
  return { id, item: record.item, name: MATERIAL_ITEMS[record.item].name, mime, size: record.size, uploadedAt: at };
}
