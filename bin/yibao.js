#!/usr/bin/env node
'use strict';
// The `yibao` command. The CLI is written in TypeScript (bin/cli/); this launcher bundles it with esbuild into
// dist/cli/yibao.js when any source is newer than the bundle (about 0.2 s, once), then runs it.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'cli', 'yibao.js');

function newestSource(dir, newest = 0) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(p, newest);
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return ['bin/cli', 'shared', 'server'].some((d) => fs.existsSync(path.join(root, d)) && newestSource(path.join(root, d)) > built);
}

if (stale()) {
  require('esbuild').buildSync({
    entryPoints: [path.join(root, 'bin', 'cli', 'main.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', '@cloudbase/node-sdk', 'esbuild'],
    logLevel: 'warning',
  });
}
require(out);
