import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import { shippedTwice } from '../scripts/weapp-modules';

/** The repository root: bench/ when jest imports this file, dist/bench/ or dist/check/ once bundled. */
const ROOT = (function findRoot(dir: string): string {
  if (existsSync(path.join(dir, 'project.config.json'))) return dir;
  if (path.dirname(dir) === dir) throw new Error('project.config.json not found above ' + __dirname);
  return findRoot(path.dirname(dir));
})(__dirname);
const WEAPP = path.join(ROOT, 'dist', 'weapp');
const H5 = path.join(ROOT, 'dist', 'h5');

function sizeOf(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((sum, f) => sum + sizeOf(path.join(p, f)), 0);
}

function build(type: 'weapp' | 'h5'): void {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', type], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`taro build --type ${type} failed`);
}

/** WeChat counts a package as the files under its root; the main package is everything outside the subpackages. */
export function weappPackages(): { name: string; bytes: number }[] {
  build('weapp');
  return measureWeappPackages();
}

/** The sizes of the packages in the current dist/weapp, without building (scripts/check-weapp.ts builds when stale). */
export function measureWeappPackages(): { name: string; bytes: number }[] {
  const config = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const subs = (config.subPackages ?? config.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subBytes = subs.map((root) => ({ name: root, bytes: existsSync(path.join(WEAPP, root)) ? sizeOf(path.join(WEAPP, root)) : 0 }));
  const total = sizeOf(WEAPP);
  return [{ name: '主包', bytes: total - subBytes.reduce((s, p) => s + p.bytes, 0) }, ...subBytes];
}

/** The whole weapp against the budget: the total and what is shipped more than once (scripts/weapp-modules.ts). */
export function weappTotal(packages: { bytes: number }[]): { bytes: number; shippedTwice: number; twiceBytes: number } {
  const twice = shippedTwice(WEAPP);
  return {
    bytes: packages.reduce((sum, p) => sum + p.bytes, 0),
    shippedTwice: twice.length,
    twiceBytes: twice.reduce((sum, d) => sum + d.bytes * (d.places.length - 1), 0),
  };
}

/** The JS the H5 index.html loads before the home page can render, gzipped as a server would send it. */
export function h5EntryGzipped(): { files: number; bytes: number; gzipped: number } {
  build('h5');
  const html = readFileSync(path.join(H5, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => path.join(H5, m[1].replace(/^\//, '')));
  let bytes = 0;
  let gzipped = 0;
  for (const s of scripts) {
    const content = readFileSync(s);
    bytes += content.length;
    gzipped += gzipSync(content, { level: 9 }).length;
  }
  return { files: scripts.length, bytes, gzipped };
}
