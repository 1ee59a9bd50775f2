import type { IncomingMessage, ServerResponse } from 'http';
import type { AppContext } from '../applications/context';
import { readLinkedDocument } from '../documents/link-action';
import { DOCUMENT_ROUTE } from '../../shared/contract/documents';

/**
 * GET /documents/<applicationId>/<document>?a=<account>&e=<expiry>&s=<signature>: a signed document as a PDF download
 * (server/documents/link-action.ts). A download sends no session header, so the link is the grant. A forged, stale,
 * borrowed or oversized link, a guessed id, another account, a document the application does not have: one 404.
 */
export function isDocumentPath(pathname: string): boolean {
  return pathname.startsWith(DOCUMENT_ROUTE);
}

function notFound(res: ServerResponse): number {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('未找到该文件，或链接已过期：请回到申请详情页重新点“保存”');
  return 404;
}

/**
 * RFC 6266 / RFC 5987: the Chinese name as UTF-8, and for old clients an ASCII one — the document's kind and the
 * ASCII part of the name (the business number): "commitment-SX-2026-000123.pdf".
 */
function disposition(document: string, fileName: string): string {
  const ascii = `${document}-${fileName.replace(/[^\x21-\x7e]+/g, '-').replace(/["\\;]/g, '-')}`.replace(/-+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function serveDocument(app: AppContext, pathname: string, target: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<number> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
  if (pathname.length > 200 || (target ?? '').length > 600) return notFound(res);
  let parts: string[];
  let query: URLSearchParams;
  try {
    parts = pathname.slice(DOCUMENT_ROUTE.length).split('/').map(decodeURIComponent);
    query = new URL(target ?? '/', 'http://local').searchParams;
  } catch {
    return notFound(res);
  }
  const [applicationId, document] = parts;
  const openid = query.get('a') ?? '';
  const expiresAt = Number(query.get('e'));
  const signature = query.get('s') ?? '';
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]{1,64}$/.test(applicationId) || !/^[a-z]{1,20}$/.test(document)) return notFound(res);
  if (!openid || openid.length > 128 || signature.length > 128) return notFound(res);
  const found = await readLinkedDocument(app, applicationId, document, { openid, expiresAt, signature });
  if (!found) return notFound(res);
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-length': found.bytes.length,
    'content-disposition': disposition(document, found.fileName),
    // It carries ID numbers and lasts minutes: nothing keeps a copy.
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : found.bytes);
  return 200;
}
