import { existsSync, statSync } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import { serveStatic } from '../gateway/static';

export const CONSOLE_PREFIX = '/staff';

/**
 * The staff console's build (dist/staff) under /staff/: its files as they are, and its index.html for any other path
 * without a file extension (the console routes in the browser, so /staff/queue is a page, not a file). A missing
 * asset (.js, .css) is a 404, never the page in its place. `pathname` is still percent-encoded.
 */
export function serveConsole(root: string, pathname: string, req: IncomingMessage, res: ServerResponse): void {
  if (pathname === CONSOLE_PREFIX) {
    res.writeHead(301, { location: `${CONSOLE_PREFIX}/` });
    return void res.end();
  }
  const rel = pathname.slice(CONSOLE_PREFIX.length);
  const last = rel.slice(rel.lastIndexOf('/') + 1);
  if (last.includes('.') || rel === '/') return serveStatic(root, rel, req, res);
  let file: string | null = null;
  try {
    file = path.resolve(root, '.' + decodeURIComponent(rel));
  } catch {
    file = null;
  }
  const isFile = file !== null && file.startsWith(path.resolve(root) + path.sep) && existsSync(file) && statSync(file).isFile();
  return serveStatic(root, isFile ? rel : '/index.html', req, res);
}

export function isConsolePath(pathname: string): boolean {
  return pathname === CONSOLE_PREFIX || pathname.startsWith(`${CONSOLE_PREFIX}/`);
}
