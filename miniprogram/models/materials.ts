import type { ApplicationView } from '../../shared/contract/applications';

/**
 * The materials checklist with uploads. The checklist itself is the function's (ApplicationView.materials, from
 * shared/filing/materials); here is what the page says about it and the checks made before an image is sent, with
 * the function's own limits and messages (server/applications/materials.ts), so a photo that would be refused is
 * refused at once, without a long upload.
 */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export const LIMITS_TEXT = '请拍清楚整页。只能上传 JPG 或 PNG 图片，每张不超过 5 MB；一项可以传多张（例如正反面）。';

export const TOO_LARGE = '图片：不能超过 5 MB，请压缩后再上传';
export const NOT_AN_IMAGE = '图片：只能上传 JPG 或 PNG 格式的图片';
export const EMPTY_IMAGE = '图片：内容为空';

/** The image's size in bytes from its base64 text, without decoding it. */
export function base64Bytes(base64: string): number {
  const clean = base64.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** JPEG starts FF D8 FF ("/9j/" in base64), PNG 89 50 4E 47 0D 0A 1A 0A ("iVBORw0KGgo"): the bytes decide, not the name. */
export function imageKind(base64: string): 'image/jpeg' | 'image/png' | null {
  const head = base64.replace(/\s/g, '').slice(0, 12);
  if (head.startsWith('/9j/')) return 'image/jpeg';
  if (head.startsWith('iVBORw0KGgo')) return 'image/png';
  return null;
}

/** What is wrong with a chosen image before it is sent, or null. `size` is the file's size when the platform says it. */
export function imageProblem(base64: string, size?: number): string | null {
  const bytes = size ?? base64Bytes(base64);
  if (base64.length === 0 || bytes === 0) return EMPTY_IMAGE;
  if (bytes > MAX_IMAGE_BYTES) return TOO_LARGE;
  if (!imageKind(base64)) return NOT_AN_IMAGE;
  return null;
}

export interface ChecklistRow {
  item: string;
  name: string;
  source: string;
  count: number;
  done: boolean;
  /** "已上传 2 张" or "还没有上传". */
  state: string;
}

export function checklistRows(view: Pick<ApplicationView, 'materials'>): ChecklistRow[] {
  return view.materials.map((m) => ({
    item: m.item,
    name: m.name,
    source: m.source,
    count: m.uploaded.length,
    done: m.uploaded.length > 0,
    state: m.uploaded.length > 0 ? `已上传 ${m.uploaded.length} 张` : '还没有上传',
  }));
}

/** The line above the list: all there, some missing (may still be submitted: 003 附件1 温馨提示 7), or none needed. */
export function checklistSummary(rows: ChecklistRow[]): string {
  if (rows.length === 0) return '这项申请不需要上传证明材料，可以直接下一步。';
  const missing = rows.filter((r) => !r.done).length;
  if (missing === 0) return `${rows.length} 项材料都已上传。`;
  return `还有 ${missing} 项没上传。可以先提交，但经办机构可能会退回来让您补上。`;
}
