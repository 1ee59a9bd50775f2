import Taro from '@tarojs/taro';
import { MAX_IMAGE_BYTES, TOO_LARGE } from '../model/materials';

/**
 * One photo of a paper, chosen from the album or taken with the camera, as base64 for the uploadMaterial action.
 * weapp reads the temp file with the file system manager; the browser reads the File it was given.
 * Resolves null when the person cancels.
 */
export interface ChosenImage {
  base64: string;
  size: number;
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

async function readInBrowser(file: { path: string; originalFileObj?: Blob }): Promise<string> {
  const blob = file.originalFileObj ?? (await (await fetch(file.path)).blob());
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

export async function chooseImage(): Promise<ChosenImage | null> {
  let res: Taro.chooseImage.SuccessCallbackResult;
  try {
    // 'compressed' lets WeChat shrink a phone photo well under the 5 MB limit.
    res = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  } catch {
    return null;
  }
  const file = res.tempFiles?.[0] as (Taro.chooseImage.ImageFile & { originalFileObj?: Blob }) | undefined;
  if (!file) return null;
  if (file.size > MAX_IMAGE_BYTES) throw new ImageTooLarge();
  const base64 = process.env.TARO_ENV === 'weapp' ? await readOnWeapp(file.path) : await readInBrowser(file);
  return { base64, size: file.size };
}
