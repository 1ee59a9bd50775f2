#!/usr/bin/env node
'use strict';
// `npm run bench`: bundles bench/main.ts with esbuild (the rules are TypeScript) and runs it.
const path = require('path');
const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'bench', 'main.js');
require('esbuild').buildSync({
  entryPoints: [path.join(root, 'bench', 'main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', '@cloudbase/node-sdk', 'esbuild', 'playwright-core'],
  logLevel: 'warning',
});
require(out);
