import type { AppContext } from '../../applications/context';
import { notFound } from '../../applications/errors';
import { type StaffActor, inScope } from './scope';

const MATERIAL_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * GET /materials/:materialId — a photo's bytes, for a material of an application in the staff member's scope; any
 * other id (another region's, a draft's, a guess, a file gone from storage) is the same NOT_FOUND.
 */
export async function staffMaterial(ctx: AppContext, actor: StaffActor, materialId: string): Promise<{ raw: { contentType: string; bytes: Buffer } }> {
  if (!MATERIAL_ID.test(materialId)) throw notFound();
  const m = await ctx.store.getMaterial(materialId);
  if (!m) throw notFound();
  const application = await ctx.store.getApplication(m.applicationId);
  if (!application || !inScope(actor, application)) throw notFound();
  let bytes: Buffer;
  try {
    bytes = await ctx.files.read(m.storagePath);
  } catch {
    throw notFound();
  }
  return { raw: { contentType: m.mime, bytes } };
}
