import { createHash } from 'crypto';
import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import { chooseCoding, type Coding } from './accept-encoding';
import { pageSecurityPolicy } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The siblings scripts/compress-static.js writes, by the coding each holds. */
const SIBLINGS: readonly { coding: Exclude<Coding, 'identity'>; suffix: string }[] = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
];

/**
 * A name the build gave a content hash: webpack's `[name].[hash:8].js` / `[name].[chunkhash].css` (hex) and esbuild's
 * `[name]-[hash]` (8 characters of base32). Such a URL never changes content, so a browser keeps it for a year
 * without asking; anything else (index.html) is revalidated on every use by its ETag.
 */
const HASHED_NAME = /(?:\.[0-9a-f]{8,64}|-[A-Z2-7]{8})\.[A-Za-z0-9.]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Strong ETags: the SHA-256 of the bytes of each representation, kept while the file's size and mtime stay. */
const tags = new Map<string, { size: number; mtimeMs: number; tag: string }>();

function etagOf(file: string, st: Stats): string {
  const hit = tags.get(file);
  if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit.tag;
  const tag = `"${createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 27)}"`;
  if (tags.size > 10_000) tags.clear();
  tags.set(file, { size: st.size, mtimeMs: st.mtimeMs, tag });
  return tag;
}

/** If-None-Match (RFC 9110 §13.1.2): `*`, or a list of entity tags compared weakly (a `W/` prefix is ignored). */
function matches(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
}

function fileStats(file: string): Stats | null {
  try {
    const st = statSync(file);
    return st.isFile() ? st : null;
  } catch {
    return null;
  }
}

/** The file itself, inside `root` also after symlinks are followed; null for anything else. */
function resolveInside(root: string, rel: string): string | null {
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  try {
    return realpathSync(file).startsWith(realpathSync(root) + path.sep) ? file : null;
  } catch {
    return null;
  }
}

/**
 * Serves a web build (the H5 app; the staff console through server/staff/console-static.ts). Hash routing means
 * every page is index.html. Each text file may have pre-compressed siblings (`.br`, `.gz`, scripts/compress-static.js);
 * the one the browser accepts best is sent with its Content-Encoding, when it is not older than the file (a file
 * rebuilt without its siblings is sent as it is). Every answer names its representation's strong ETag; a matching
 * If-None-Match is a 304. `pathname` is the request's path as the gateway parsed it, still percent-encoded; a path that
 * does not decode (`/%E0%A4%A`) is a bad request, not a crash; nothing outside `root` is ever read.
 */
export function serveStatic(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return plain(res, 400, '请求的地址无效');
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  // The siblings are representations of a file, not files of their own.
  if (rel.includes('\0') || SIBLINGS.some((s) => rel.endsWith(s.suffix))) return plain(res, 404, '页面不存在');
  const file = resolveInside(root, rel);
  const st = file === null ? null : fileStats(file);
  if (file === null || st === null) return plain(res, 404, '页面不存在');

  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const siblings = SIBLINGS.map((s) => ({ ...s, st: fileStats(file + s.suffix) })).filter((s) => s.st !== null && s.st.mtimeMs >= st.mtimeMs);
  const coding = chooseCoding(req.headers['accept-encoding'], ['identity', ...siblings.map((s) => s.coding)]);
  const headers: Record<string, string> = { 'cache-control': HASHED_NAME.test(path.basename(file)) ? IMMUTABLE : REVALIDATE };
  // The answer depends on Accept-Encoding exactly when there is more than one representation to choose from.
  if (siblings.length > 0) headers.vary = 'Accept-Encoding';
  if (coding === null) {
    res.writeHead(406, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    return void res.end('无法以浏览器接受的编码发送此文件');
  }
  const chosen = siblings.find((s) => s.coding === coding);
  const sent = chosen ? { file: file + chosen.suffix, st: chosen.st as Stats } : { file, st };
  headers.etag = etagOf(sent.file, sent.st);
  // The page's policy names the hashes of its own inline scripts (Taro's root font-size snippet), read from the file.
  if (type.startsWith('text/html')) res.setHeader('content-security-policy', pageSecurityPolicy(file, st.mtimeMs));
  const condition = req.headers['if-none-match'];
  if (matches(condition, headers.etag)) {
    res.writeHead(304, headers);
    return void res.end();
  }
  res.writeHead(200, {
    ...headers,
    'content-type': type,
    'content-length': String(sent.st.size),
    ...(chosen ? { 'content-encoding': coding } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  // A file removed or unreadable between stat and read ends this response, never the process.
  createReadStream(sent.file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
