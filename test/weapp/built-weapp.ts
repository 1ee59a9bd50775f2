/**
 * dist/weapp as the tests read it: built here (production, as `npm run check:weapp` builds it) when any file of the
 * pages, the rules, the config or the dependencies is newer than the build, reused otherwise.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const WEAPP = path.join(ROOT, 'dist', 'weapp');
// eslint-disable-next-line import/no-commonjs -- scripts/bundle.js is plain CommonJS without types
const { newestSource } = require('../../scripts/bundle') as { newestSource: (dir: string, pattern?: RegExp) => number };

/** The same staleness rule as scripts/check-weapp.js. */
function weappIsStale(): boolean {
  const appJs = path.join(WEAPP, 'app.js');
  if (!existsSync(appJs)) return true;
  const built = statSync(appJs).mtimeMs;
  const files = ['babel.config.js', 'package-lock.json', 'package.json', ...readdirSync(ROOT).filter((f) => /^\.env(\.|$)/.test(f))];
  const newest = Math.max(
    ...['miniprogram', 'shared', 'config'].map((d) => newestSource(path.join(ROOT, d), /./)),
    ...files.map((f) => path.join(ROOT, f)).filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs),
  );
  return newest > built;
}

/** Builds dist/weapp when stale; throws with the end of Taro's output when the build fails. */
export function ensureWeappBuilt(): void {
  if (!weappIsStale()) return;
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`weapp build failed:\n${(r.stderr || r.stdout).slice(-4000)}`);
}
