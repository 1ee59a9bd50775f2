import { z } from 'zod';
import { applicationId } from './request-id';
import { parseDescribed } from './describe';

/** A material's id is its application's id and a slot (server/applications/materials.ts freeSlot). */
const materialId = z.string({ required_error: '必须填写' }).regex(/^[A-Za-z0-9_-]{1,80}$/, '照片编号格式不正确');

/** The addresses of an application's photos, to show them (server/applications/material-read.ts). */
export const materialLinksRequest = z.object({ applicationId }).strict();

/** One photo taken back by the filer while the application is a draft or returned. */
export const deleteMaterialRequest = z.object({ applicationId, materialId }).strict();

const LABELS: Record<string, string> = { applicationId: '申请编号', materialId: '照片编号' };

export function parseMaterialRequest<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, (path) => LABELS[String(path[0] ?? '')] ?? '请求');
}
