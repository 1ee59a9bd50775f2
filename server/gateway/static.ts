import { createReadStream, statSync } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import { pageSecurityPolicy } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Serves the H5 build. Hash routing means every page is index.html; hashed assets are cached for a year, the page
 * itself never (so a new build is picked up at once). `pathname` is the request's path as the gateway parsed it,
 * still percent-encoded; a path that does not decode (`/%E0%A4%A`) is a bad request, not a crash.
 */
export function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return plain(res, 400, '请求的地址无效');
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  if (rel.includes('\0')) return plain(res, 404, '页面不存在');
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(path.resolve(root) + path.sep)) return plain(res, 404, '页面不存在');
  let size: number;
  let mtimeMs: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) return plain(res, 404, '页面不存在');
    size = st.size;
    mtimeMs = st.mtimeMs;
  } catch {
    return plain(res, 404, '页面不存在');
  }
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  // The page's policy names the hashes of its own inline scripts (Taro's root font-size snippet), read from the file.
  if (type.startsWith('text/html')) res.setHeader('content-security-policy', pageSecurityPolicy(file, mtimeMs));
  res.writeHead(200, {
    'content-type': type,
    'content-length': size,
    'cache-control': rel === '/index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') return void res.end();
  // A file removed or unreadable between stat and read ends this response, never the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
