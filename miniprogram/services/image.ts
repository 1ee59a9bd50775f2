import Taro from '@tarojs/taro';
import { ServiceError, toServiceError } from './errors';
import { choiceVerdict, compressUntilFits, fitWithin, MAX_IMAGE_BYTES, NOT_A_PHOTO, STILL_TOO_LARGE, TOO_LARGE, UNREADABLE_PHOTO } from '../models/materials';
import type { MaterialLinks } from '../../shared/contract/material-links';
import { callFunction } from './api';
import type { MaterialView } from '../../shared/contract/applications';
import { uploadPhotoFile } from './upload';
import { newRequestId } from '../models/request-id';
import { attachMaterial } from './applications';

/**
 * One photo of a paper, chosen from the album or taken with the camera (wx.chooseMedia; chooseImage is retired since
 * base library 2.21.0), as base64 for the uploadMaterial action plus its temp file path for showing it: a preview
 * takes the path, never a data: URI, which would travel through setData (1 MB limit per call).
 * weapp reads the temp file with the file system manager; the browser (Taro's h5 chooseMedia: a file input) reads the
 * File it was given. Resolves null when the person cancels; a refused privacy guide or a denied camera/album throws a
 * ServiceError with the Chinese message (services/errors), so the page says why nothing happened.
 */
export interface ChosenImage {
  base64: string;
  size: number;
  /** The temp file (weapp) or blob: URL (h5) to show as the preview. */
  path: string;
}

export class ImageTooLarge extends Error {
  constructor() {
    super(TOO_LARGE);
  }
}

function readOnWeapp(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      encoding: 'base64',
      success: (r) => resolve(typeof r.data === 'string' ? r.data : Taro.arrayBufferToBase64(r.data)),
      fail: reject,
    });
  });
}

async function readInBrowser(file: { tempFilePath: string; originalFileObj?: Blob }): Promise<string> {
  const blob = file.originalFileObj ?? (await (await fetch(file.tempFilePath)).blob());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * chooseMedia through its callbacks: Taro's weapp layer does not promisify it (it is not in Taro's promise list), and
 * Taro's h5 version also returns a promise that rejects on failure — the callbacks already carry that.
 */
function chooseOneImage(): Promise<Taro.chooseMedia.SuccessCallbackResult> {
  return new Promise((resolve, reject) => {
    const returned: unknown = Taro.chooseMedia({
      count: 1,
      mediaType: ['image'],
      // 'compressed' lets WeChat shrink a phone photo well under the 5 MB limit.
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
      success: resolve,
      fail: reject,
    });
    if (returned && typeof (returned as Promise<unknown>).catch === 'function') (returned as Promise<unknown>).catch(() => undefined);
  });
}

export async function choosePhoto(): Promise<ChosenImage | null> {
  let res: Taro.chooseMedia.SuccessCallbackResult;
  try {
    res = await chooseOneImage();
  } catch (error) {
    const failure = toServiceError(error);
    if (failure.code === 'CANCELLED') return null;
    throw failure;
  }
  const file = res.tempFiles?.[0] as (Taro.chooseMedia.ChooseMedia & { originalFileObj?: Blob }) | undefined;
  if (!file) return null;
  if (file.size > MAX_IMAGE_BYTES) throw new ImageTooLarge();
  try {
    const base64 = process.env.TARO_ENV === 'weapp' ? await readOnWeapp(file.tempFilePath) : await readInBrowser(file);
    return { base64, size: file.size, path: file.tempFilePath };
  } catch {
    throw new ServiceError('READ_FAILED', '照片没有读出来，请重新选一张。');
  }
}

/**
 * Sends a chosen photo to one checklist item: uploaded as a file (services/upload: wx.cloud.uploadFile on weapp, the
 * gateway's raw route in the browser), then attached by its fileID, which the function checks, decodes and re-encodes.
 * The request key makes a retried attach answer with the first one's material instead of adding a second.
 */
export async function attachPhoto(target: { applicationId: string; item: string }, photo: { path: string }): Promise<MaterialView> {
  const fileId = await uploadPhotoFile(target, photo.path);
  return attachMaterial({ ...target, fileId, requestId: newRequestId() });
}

/**
 * A photo for a materials slot (issue 15: every failure says what to do). Unlike choosePhoto it reads only the first
 * bytes (to tell a photo from a PDF or a renamed text file), and a photo over the limit is compressed here first —
 * wx.compressImage with decreasing quality on weapp, a canvas re-encode to JPEG (longest side MAX_SIDE_PX) in the
 * browser — and refused only if it still does not fit. Resolves null for a cancelled picker; throws PhotoRefused with
 * the Chinese message otherwise. Nothing here says "正在上传": the page does, once this has resolved.
 */
export interface PickedPhoto {
  path: string;
  size: number;
  /** The app shrank it to fit. */
  compressed: boolean;
}

export class PhotoRefused extends Error {}

type PickedFile = Taro.chooseMedia.ChooseMedia & { originalFileObj?: Blob; width?: number; height?: number };

function headOnWeapp(filePath: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath,
      position: 0,
      length: 16,
      success: (r) => resolve(typeof r.data === 'string' ? new Uint8Array(0) : new Uint8Array(r.data)),
      fail: reject,
    });
  });
}

function sizeOnWeapp(filePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    Taro.getFileSystemManager().getFileInfo({ filePath, success: (r) => resolve(r.size), fail: reject });
  });
}

async function blobOf(file: PickedFile): Promise<Blob> {
  return file.originalFileObj ?? (await (await fetch(file.tempFilePath)).blob());
}

async function compressOnWeapp(file: PickedFile): Promise<PickedPhoto | { refused: string }> {
  const fit = file.width && file.height ? fitWithin(file.width, file.height) : null;
  return compressUntilFits(async (quality) => {
    const r = await Taro.compressImage({ src: file.tempFilePath, quality, ...(fit ? { compressedWidth: fit.width, compressedHeight: fit.height } : {}) });
    return { path: r.tempFilePath, size: await sizeOnWeapp(r.tempFilePath), compressed: true };
  });
}

function loadInBrowser(blob: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(blob);
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image did not load'));
    img.src = url;
  });
}

async function compressInBrowser(file: PickedFile): Promise<PickedPhoto | { refused: string }> {
  const img = await loadInBrowser(await blobOf(file));
  const { width, height } = fitWithin(img.naturalWidth, img.naturalHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext('2d');
  if (!g) return { refused: STILL_TOO_LARGE };
  // A transparent PNG becomes JPEG on white, as paper is.
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.drawImage(img, 0, 0, width, height);
  return compressUntilFits(async (quality) => {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality / 100));
    return blob ? { path: URL.createObjectURL(blob), size: blob.size, compressed: true } : { path: '', size: 0, compressed: true };
  });
}

export async function pickPhoto(): Promise<PickedPhoto | null> {
  let res: Taro.chooseMedia.SuccessCallbackResult;
  try {
    res = await chooseOneImage();
  } catch (error) {
    const failure = toServiceError(error);
    if (failure.code === 'CANCELLED') return null;
    throw failure;
  }
  const file = res.tempFiles?.[0] as PickedFile | undefined;
  // In the browser Taro drops a chosen file that does not load as an image (a PDF, a renamed .txt) and answers with
  // none: something was chosen (a cancel fails instead), so it was not a photo.
  if (!file) {
    if (process.env.TARO_ENV === 'weapp') return null;
    throw new PhotoRefused(NOT_A_PHOTO);
  }
  const weapp = process.env.TARO_ENV === 'weapp';
  let head: Uint8Array;
  try {
    head = weapp ? await headOnWeapp(file.tempFilePath) : new Uint8Array(await (await blobOf(file)).slice(0, 16).arrayBuffer());
  } catch {
    throw new PhotoRefused(UNREADABLE_PHOTO);
  }
  const verdict = choiceVerdict({ head, size: file.size });
  if (verdict.action === 'refuse') throw new PhotoRefused(verdict.message);
  if (verdict.action === 'send') return { path: file.tempFilePath, size: file.size, compressed: false };
  let out: PickedPhoto | { refused: string };
  try {
    out = weapp ? await compressOnWeapp(file) : await compressInBrowser(file);
  } catch {
    throw new PhotoRefused(UNREADABLE_PHOTO);
  }
  if ('refused' in out) throw new PhotoRefused(out.refused);
  return out;
}

/** The short-lived addresses of an application's photos, by material id (server/applications/material-read.ts). */
export async function materialLinkMap(applicationId: string): Promise<Record<string, string>> {
  const { links } = await callFunction<MaterialLinks>('applications', { action: 'materialLinks', applicationId });
  return Object.fromEntries(links.map((l) => [l.id, l.url]));
}

export function deletePhoto(target: { applicationId: string; materialId: string }): Promise<{ id: string; item: string }> {
  return callFunction('applications', { action: 'deleteMaterial', ...target });
}

/**
 * 换一张: the new photo is uploaded and attached first, the old one deleted after, so a failure never leaves the slot
 * empty. When only the deletion fails the slot holds both, and the page says to delete the old one again.
 */
export async function replacePhoto(target: { applicationId: string; item: string; materialId: string }, photo: { path: string }): Promise<'replaced' | 'old-kept'> {
  await attachPhoto({ applicationId: target.applicationId, item: target.item }, photo);
  try {
    await deletePhoto({ applicationId: target.applicationId, materialId: target.materialId });
    return 'replaced';
  } catch {
    return 'old-kept';
  }
}
