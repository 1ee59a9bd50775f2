import Taro from '@tarojs/taro';
import { ServiceError, toServiceError } from './errors';
import { MAX_IMAGE_BYTES, TOO_LARGE } from '../models/materials';
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
