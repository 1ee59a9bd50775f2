import type { IncomingMessage, ServerResponse } from 'http';
import type { AppContext } from '../applications/context';
import { readLinkedMaterial } from '../applications/material-read';
import { MATERIAL_IMAGE_ROUTE } from '../store/files';

/** Only what the store re-encoded: a record of any other type is not served at all. */
const SERVED = new Set(['image/jpeg', 'image/png']);

/**
 * GET /api/material-image/<materialId>?a=<account>&e=<expiry>&s=<signature>: a photo shown in the browser (an <img>
 * sends no session header, so the link itself is the grant: server/applications/material-read.ts). A wrong, stale or
 * borrowed link, a guessed id, another account: one and the same 404. The type comes from the stored record only,
 * with nosniff (set for every answer by the gateway), never from the bytes or the request.
 */
export function isMaterialImagePath(pathname: string): boolean {
  return pathname.startsWith(MATERIAL_IMAGE_ROUTE);
}

function notFound(res: ServerResponse): number {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('未找到该照片，或链接已过期');
  return 404;
}

export async function serveMaterialImage(app: AppContext, pathname: string, target: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<number> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return notFound(res);
  let materialId: string;
  let query: URLSearchParams;
  try {
    materialId = decodeURIComponent(pathname.slice(MATERIAL_IMAGE_ROUTE.length));
    query = new URL(target ?? '/', 'http://local').searchParams;
  } catch {
    return notFound(res);
  }
  const openid = query.get('a') ?? '';
  const expiresAt = Number(query.get('e'));
  const signature = query.get('s') ?? '';
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(materialId) || !openid || openid.length > 128 || signature.length > 128) return notFound(res);
  const found = await readLinkedMaterial(app, materialId, { openid, expiresAt, signature });
  if (!found || !SERVED.has(found.mime)) return notFound(res);
  res.writeHead(200, {
    'content-type': found.mime,
    'content-length': found.bytes.length,
    'content-disposition': 'inline',
    // The link lasts minutes and the photo may be deleted: nothing keeps a copy.
    'cache-control': 'private, no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : found.bytes);
  return 200;
}
