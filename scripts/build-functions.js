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

/**
 * The PDF font (server/documents/font.ts) travels with every function whose bundle draws PDFs: copied beside its
 * index.js under this name, which the bundle is told (YIBAO_PDF_FONT_FILE). The source is YIBAO_PDF_FONT or Debian's
 * fonts-wqy-microhei; without it the build stops, since such a function could not make a single PDF.
 */
const PDF_FONT_FILE = 'wqy-microhei.ttc';
const PDF_FONT_FACE = 'WenQuanYiMicroHei';
const pdfFontSource = (process.env.YIBAO_PDF_FONT || '').trim() || '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

function copyPdfFont(name) {
  if (!fs.existsSync(pdfFontSource)) {
    console.error(`云函数 ${name} 要生成 PDF，但找不到中文字体 ${pdfFontSource}：请安装 fonts-wqy-microhei，或用 YIBAO_PDF_FONT 指向 wqy-microhei.ttc`);
    process.exit(1);
  }
  const target = path.join(dir, name, PDF_FONT_FILE);
  fs.copyFileSync(pdfFontSource, target);
  console.log(`云函数 ${name}: 附带 PDF 字体 ${PDF_FONT_FILE} ${(fs.statSync(target).size / 1024 / 1024).toFixed(1)} MB`);
}
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
    define: { YIBAO_PARAM_CHECKS: 'false', YIBAO_PARAMS_HASHES: hashes, YIBAO_PDF_FONT_FILE: JSON.stringify(PDF_FONT_FILE) },
  });
  console.log(`云函数 ${name}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
  if (fs.readFileSync(out, 'utf8').includes(PDF_FONT_FACE)) copyPdfFont(name);
}
