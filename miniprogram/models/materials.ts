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

/**
 * What the page says when a chosen file cannot go up, each saying what to do (issue 15: "a .pdf or a renamed .txt
 * does nothing"). The server refuses the same files with its own words (server/applications/images/reencode.ts);
 * the page shows those when it could not tell first.
 */
export const NOT_A_PHOTO = '这不是照片（只收 JPG、PNG 照片）。请用相机拍下这份材料，或从相册选一张照片；PDF、Word 等文件请先截图再上传。';
export const STILL_TOO_LARGE = '这张照片压缩后仍超过 5 MB。请用手机相机重新拍一张（不要选"原图"或长截图），再上传。';
export const UNREADABLE_PHOTO = '这张照片读不出来。请重新拍一张，或从相册另选一张。';

/** The first bytes of a chosen file decide whether it is a photo, never its name or the type the picker claims. */
export function kindOfBytes(head: ArrayLike<number>): 'image/jpeg' | 'image/png' | null {
  const at = (i: number) => (i < head.length ? head[i] : -1);
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'image/png';
  return null;
}

/** What happens to a chosen file: sent as it is, compressed first, or refused with a message saying what to do. */
export type ChoiceVerdict = { action: 'send' } | { action: 'compress' } | { action: 'refuse'; message: string };

export function choiceVerdict(file: { head: ArrayLike<number>; size: number }): ChoiceVerdict {
  if (file.size === 0 || file.head.length === 0) return { action: 'refuse', message: EMPTY_IMAGE };
  if (!kindOfBytes(file.head)) return { action: 'refuse', message: NOT_A_PHOTO };
  return file.size > MAX_IMAGE_BYTES ? { action: 'compress' } : { action: 'send' };
}

/** The longest side a photo is re-encoded to in the browser: a page of A4 stays readable, a 48 MP photo shrinks. */
export const MAX_SIDE_PX = 2000;

/** JPEG qualities tried in turn (0–100, wx.compressImage's scale) until the photo fits; then it is refused. */
export const COMPRESS_QUALITIES = [80, 60, 40, 20] as const;

/** Width and height scaled down (never up) so the longer side is at most `maxSide`. */
export function fitWithin(width: number, height: number, maxSide = MAX_SIDE_PX): { width: number; height: number } {
  const long = Math.max(width, height);
  if (!(long > maxSide)) return { width, height };
  const k = maxSide / long;
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/**
 * Tries each quality in turn until a result fits the limit: the first that fits is kept; none fitting is a refusal
 * with STILL_TOO_LARGE. `encode` is the platform's (wx.compressImage, a canvas in the browser).
 */
export async function compressUntilFits<T extends { size: number }>(encode: (quality: number) => Promise<T>, limit = MAX_IMAGE_BYTES): Promise<T | { refused: string }> {
  for (const quality of COMPRESS_QUALITIES) {
    const out = await encode(quality);
    if (out.size > 0 && out.size <= limit) return out;
  }
  return { refused: STILL_TOO_LARGE };
}

/** One photo of a slot as the page shows it: its place, and where its thumbnail comes from (null: not shown yet). */
export interface SlotPhoto {
  id: string;
  index: number;
  url: string | null;
}

export function slotPhotos(uploaded: { id: string }[], links: Record<string, string>): SlotPhoto[] {
  return uploaded.map((u, index) => ({ id: u.id, index, url: links[u.id] ?? null }));
}

/** Photos may be deleted or replaced by the one who filed, while the application is a draft or returned. */
export function photosEditable(view: Pick<ApplicationView, 'status' | 'myRole'>): boolean {
  return view.myRole === 'filer' && (view.status === 'draft' || view.status === 'returned');
}

/** The checklist items the 退回 names, read defensively (an older server sends no returnConcerns). */
export function concernedMaterials(view: object): string[] {
  const concerns = (view as { returnConcerns?: { materials?: unknown } | null }).returnConcerns;
  const list = concerns && Array.isArray(concerns.materials) ? concerns.materials : [];
  return list.filter((m): m is string => typeof m === 'string');
}

export const CONCERN_TEXT = '经办机构指出这项材料有问题';

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
