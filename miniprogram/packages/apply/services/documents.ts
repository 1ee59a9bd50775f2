import Taro from '@tarojs/taro';
import type { DocumentKind, DocumentLink } from '../../../../shared/contract/documents';
import { callFunction } from '../../../services/api';
import { toServiceError } from '../../../services/errors';

/**
 * Saving a signed commitment or a 备案凭证 as PDF (server/documents): the function answers a link good for ten
 * minutes (the view's access check first), then
 * - weapp: wx.downloadFile (its success also fires for a 404, so the status is checked) and wx.openDocument with
 *   fileType 'pdf' and showMenu — the menu is hidden by default since WeChat 7.0.12 — from which she forwards it to
 *   family, prints it or saves it;
 * - H5: the PDF fetched and handed to the browser as a real download under its own file name.
 * Every failure is one Chinese sentence saying what to do.
 */
export class DocumentSaveError extends Error {}

const EXPIRED = '链接已过期或这份文件暂时取不到：请再点一次“保存”。';
const OFFLINE = '没能下载这份 PDF：请检查网络后再点一次“保存”。';
const CANNOT_OPEN = '文件已下载，但手机没能打开 PDF：请把微信更新到最新版本后再点一次“保存”。';

async function linkFor(applicationId: string, kind: DocumentKind): Promise<DocumentLink> {
  try {
    return await callFunction<DocumentLink>('applications', { action: 'documentLink', id: applicationId, document: kind });
  } catch (error) {
    throw new DocumentSaveError(toServiceError(error).message);
  }
}

async function openOnWeapp(link: DocumentLink): Promise<void> {
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url: link.url });
  } catch {
    throw new DocumentSaveError(OFFLINE);
  }
  if (res.statusCode !== 200 || !res.tempFilePath) throw new DocumentSaveError(EXPIRED);
  try {
    await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: true });
  } catch {
    throw new DocumentSaveError(CANNOT_OPEN);
  }
}

async function downloadInBrowser(link: DocumentLink): Promise<void> {
  let blob: Blob;
  try {
    const res = await fetch(link.url, { credentials: 'same-origin', cache: 'no-store' });
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('application/pdf')) throw new DocumentSaveError(EXPIRED);
    blob = await res.blob();
  } catch (error) {
    throw error instanceof DocumentSaveError ? error : new DocumentSaveError(OFFLINE);
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = link.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click is handled; the address is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What the page says once it worked: where the file is now and what she can do with it. */
export function savedNote(fileName: string): string {
  return process.env.TARO_ENV === 'weapp'
    ? `已打开《${fileName}》：点右上角“…”可以转发给家人、用其他应用打开打印，或保存到手机。`
    : `已下载《${fileName}》：在浏览器的“下载”里可以找到，可以打印或转发。`;
}

/** Saves (H5) or opens for forwarding and printing (weapp) one document; resolves with its file name. */
export async function saveDocument(applicationId: string, kind: DocumentKind): Promise<string> {
  const link = await linkFor(applicationId, kind);
  if (process.env.TARO_ENV === 'weapp') await openOnWeapp(link);
  else await downloadInBrowser(link);
  return link.fileName;
}
