#!/usr/bin/env node
'use strict';
// `npm start`: builds the H5 app when its sources changed, then serves it with the API on PORT (default 3000).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { bundle, h5IsStale, root } = require('./bundle');

if (h5IsStale()) {
  console.log('正在构建 H5（约 30 秒）…');
  const taro = path.join(root, 'node_modules', '.bin', 'taro');
  const r = spawnSync(taro, ['build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !fs.existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
    console.error('H5 构建失败：请运行 npm run build:h5 查看详细信息');
    process.exit(1);
  }
}

const gateway = bundle({ entry: 'server/gateway/main.ts', out: 'dist/server/gateway.js', external: ['better-sqlite3', '@cloudbase/node-sdk'] });
process.env.YIBAO_ROOT = root;
require(gateway);
