import { createHash } from 'crypto';
import { readFileSync } from 'fs';

/**
 * Headers on every answer of the gateway. Anything that is not the H5 page gets a policy that allows nothing (an
 * API answer or an SVG opened on its own runs no script and cannot be framed); the page gets a policy for what the
 * Taro H5 build does: scripts from this origin plus the inline snippets of index.html by hash, styles inline too
 * (Taro and React set style attributes and inject <style>), images, fonts and fetches of this origin and of data:/
 * blob: URLs (a chosen photo is read from a blob: URL), never framed.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const PAGE_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** Inline <script> elements (no src attribute): their exact text is what the browser hashes. */
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi;

const cache = new Map<string, { mtimeMs: number; policy: string }>();

/** The page's Content-Security-Policy, with `script-src` naming the SHA-256 of each inline script of `file`. */
export function pageSecurityPolicy(file: string, mtimeMs: number): string {
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.policy;
  const html = readFileSync(file, 'utf8');
  const hashes = new Set<string>();
  for (const [, attrs = '', body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  const policy = [...PAGE_POLICY.slice(0, 1), ["script-src 'self'", ...hashes].join(' '), ...PAGE_POLICY.slice(1)].join('; ');
  cache.set(file, { mtimeMs, policy });
  return policy;
}

/** The same headers as raw HTTP lines, for the answers written straight to a socket (unparseable requests). */
export function rawSecurityHeaders(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}
