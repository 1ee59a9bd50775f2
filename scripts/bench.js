#!/usr/bin/env node
'use strict';
// `npm run bench`: bundles bench/main.ts with esbuild (the rules are TypeScript) and runs it.
const { bundle } = require('./bundle');

require(
  bundle({
    entry: 'bench/main.ts',
    out: 'dist/bench/main.js',
    external: ['better-sqlite3', '@cloudbase/node-sdk', 'esbuild', 'playwright-core', 'exceljs'],
    watch: ['bench', 'shared', 'server', 'scripts'],
  }),
);
