#!/usr/bin/env node
'use strict';
// `npm run check:weapp`: builds dist/weapp when a source is newer than it, then checks it (scripts/weapp-checks.ts):
// every JS file parses as ES5, the package-size budget, and miniprogram-ci's compile and code-quality check, offline.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { bundle, newestSource, root } = require('./bundle');

/** What the weapp build reads: the pages, the rules, the Taro and Babel config, Taro's .env files, the dependencies. */
const WEAPP_SOURCES = ['miniprogram', 'shared', 'config'];
const WEAPP_FILES = ['babel.config.js', 'package-lock.json', 'package.json'];

function weappInputFiles() {
  const envFiles = fs.readdirSync(root).filter((f) => /^\.env(\.|$)/.test(f));
  return [...WEAPP_FILES, ...envFiles].map((f) => path.join(root, f)).filter((f) => fs.existsSync(f));
}

function weappIsStale() {
  const appJs = path.join(root, 'dist', 'weapp', 'app.js');
  if (!fs.existsSync(appJs)) return true;
  const built = fs.statSync(appJs).mtimeMs;
  const newest = Math.max(
    ...WEAPP_SOURCES.map((d) => newestSource(path.join(root, d), /./)),
    ...weappInputFiles().map((f) => fs.statSync(f).mtimeMs),
  );
  return newest > built;
}

async function run() {
  if (weappIsStale()) {
    const started = Date.now();
    console.log('dist/weapp 已过期，正在构建 (taro build --type weapp)…');
    const taro = path.join(root, 'node_modules', '.bin', 'taro');
    const r = spawnSync(taro, ['build', '--type', 'weapp'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    if (r.status !== 0) {
      console.error('check:weapp 失败: taro build --type weapp 出错');
      return 1;
    }
    console.log(`构建完成 (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } else {
    console.log('dist/weapp 是最新的，不重新构建');
  }
  const checks = require(
    bundle({ entry: 'scripts/weapp-checks.ts', out: 'dist/check/weapp.js', external: ['miniprogram-ci'], watch: ['scripts', 'bench'] }),
  );
  return checks.main();
}

run().then(
  (code) => process.exit(code),
  (e) => {
    console.error('check:weapp 失败:', e);
    process.exit(1);
  },
);
