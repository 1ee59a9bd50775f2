#!/usr/bin/env node
'use strict';
// `npm start`: builds the H5 app and the staff console when their sources changed, then serves both with the API on
// PORT (default 3000): the app at /, the console at /staff/.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { bundle, h5IsStale, root } = require('./bundle');
const { ensureStaffBuild } = require('./build-staff');

/**
 * Builds dist/h5 with Taro, saying how long it has been running every 10 s: the build takes about two minutes on a
 * 2-core machine (more on the first run after npm install), and a silent terminal for that long looks like a hang.
 */
function buildH5() {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log('正在构建 H5：两核机器上约 2 分钟（npm install 后的第一次更久），之后源码不变就不再构建…');
    const taro = path.join(root, 'node_modules', '.bin', 'taro');
    const child = spawn(taro, ['build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    const ticker = setInterval(() => console.log(`  仍在构建，已用 ${Math.round((Date.now() - started) / 1000)} 秒…`), 10_000);
    child.on('close', (code) => {
      clearInterval(ticker);
      const ok = code === 0 && fs.existsSync(path.join(root, 'dist', 'h5', 'index.html'));
      if (ok) console.log(`H5 构建完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒。`);
      resolve(ok);
    });
  });
}

async function main() {
  if (h5IsStale() && !(await buildH5())) {
    console.error('H5 构建失败：请运行 npm run build:h5 查看详细信息');
    process.exit(1);
  }
  // The staff console (/staff/): esbuild, a few seconds, only when staff/src or shared/ changed.
  const staffStarted = Date.now();
  try {
    if (await ensureStaffBuild()) console.log(`经办工作台构建完成，用时 ${((Date.now() - staffStarted) / 1000).toFixed(1)} 秒。`);
  } catch (e) {
    console.error(`经办工作台构建失败：${e.message}（请运行 npm run build:staff 查看详细信息）`);
    process.exit(1);
  }
  const gateway = bundle({ entry: 'server/gateway/main.ts', out: 'dist/server/gateway.js', external: ['better-sqlite3', '@cloudbase/node-sdk'] });
  process.env.YIBAO_ROOT = root;
  require(gateway);
}

main();
