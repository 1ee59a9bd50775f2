#!/usr/bin/env node
'use strict';
// `npm run build:functions`: every cloudfunctions/<name>/main.ts becomes a self-contained cloudfunctions/<name>/index.js
// (the rules and server code bundled in; WeChat's runtime calls exports.main). Compute-only functions bundle no
// SDK at all; store functions keep @cloudbase/node-sdk external, installed from their own package.json on deploy.
const fs = require('fs');
const path = require('path');
const { bundle, root } = require('./bundle');

/** Each region's parameter fingerprint, computed from the same sources the functions bundle (see shared/estimate.ts). */
function paramsHashes() {
  const out = bundle({ entry: 'scripts/params-hashes.ts', out: 'dist/build/params-hashes.js', watch: ['shared', 'scripts'] });
  delete require.cache[out];
  return require(out).paramsHashes();
}

const hashes = JSON.stringify(paramsHashes());
const dir = path.join(root, 'cloudfunctions');
for (const name of fs.readdirSync(dir).sort()) {
  const entry = path.join('cloudfunctions', name, 'main.ts');
  if (!fs.existsSync(path.join(root, entry))) continue;
  const out = bundle({
    entry,
    out: path.join('cloudfunctions', name, 'index.js'),
    external: ['@cloudbase/node-sdk', 'better-sqlite3'],
    minify: true,
    // Parameter files are checked by the tests and every other build; a cold start need not check them again.
    define: { YIBAO_PARAM_CHECKS: 'false', YIBAO_PARAMS_HASHES: hashes },
  });
  console.log(`云函数 ${name}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
}
