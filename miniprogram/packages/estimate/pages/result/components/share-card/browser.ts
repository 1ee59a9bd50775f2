import { layoutCard, paintCard, type CardContext } from './layout';
import type { ShareCard } from '../../../../model/share-card';

export interface CardImage {
  blob: Blob;
  /** An object URL of the PNG, for the preview and the download; revoke it when done. */
  url: string;
  width: number;
  height: number;
}

/** H5: the card drawn on a real <canvas> at twice its size (sharp on a phone screen), as a PNG. */
export function drawCardImage(card: ShareCard, elder: boolean): Promise<CardImage> {
  const layout = layoutCard(card, { kind: 'full', elder });
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * scale;
  canvas.height = layout.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2d context'));
  paintCard(ctx as unknown as CardContext, layout, scale);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('toBlob gave nothing'));
      else resolve({ blob, url: URL.createObjectURL(blob), width: canvas.width, height: canvas.height });
    }, 'image/png');
  });
}

/** Saves the PNG the way a browser saves a file (a download; on a phone, 下载 or 存储到相册 by the browser's menu). */
export function downloadCard(image: CardImage, fileName: string): void {
  const a = document.createElement('a');
  a.href = image.url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The system share sheet with the picture, where the browser can share files (most phone browsers; not desktops). */
export function canShareCard(image: CardImage, fileName: string): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.share !== 'function' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([image.blob], fileName, { type: 'image/png' })] });
  } catch {
    return false;
  }
}

export function shareCardFile(image: CardImage, fileName: string, title: string): Promise<void> {
  return navigator.share({ title, files: [new File([image.blob], fileName, { type: 'image/png' })] });
}
