#!/usr/bin/env node
'use strict';
// The `yibao` command. The CLI is written in TypeScript (bin/cli/); it is bundled with esbuild into
// dist/cli/yibao.js when any source is newer than the bundle (about 0.2 s, once), then run.
const { bundle } = require('../scripts/bundle');

require(
  bundle({
    entry: 'bin/cli/main.ts',
    out: 'dist/cli/yibao.js',
    external: ['better-sqlite3', '@cloudbase/node-sdk', 'esbuild', 'exceljs'],
    watch: ['bin/cli', 'shared', 'server'],
  }),
);
