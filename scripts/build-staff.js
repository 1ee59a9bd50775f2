#!/usr/bin/env node
'use strict';
// `npm run build:staff`: the staff console (staff/src, TDesign React) bundled by esbuild into dist/staff — index.html,
// one hashed JS and one hashed CSS file (TDesign's styles included), minified for production. The console is a
// separate web app: nothing of it reaches the mini-program's packages, and Taro never sees staff/.
const fs = require('fs');
const path = require('path');
const { compressDir } = require('./compress-static');

const root = path.resolve(__dirname, '..');
const SRC = path.join(root, 'staff', 'src');
const OUT = path.join(root, 'dist', 'staff');

/** The newest modification time under `dir` (every file: sources, styles). */
function newest(dir, acc = 0) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    acc = entry.isDirectory() ? newest(p, acc) : Math.max(acc, fs.statSync(p).mtimeMs);
  }
  return acc;
}

/** The console also bundles shared/ (type labels, region names, contract types) and this script. */
function staffIsStale() {
  const index = path.join(OUT, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return [SRC, path.join(root, 'shared')].some((d) => newest(d) > built) || fs.statSync(__filename).mtimeMs > built;
}

function page(js, css) {
  // Relative asset paths: the same files work under the gateway's /staff/ and on static hosting under any prefix.
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保明白纸 · 经办工作台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./${css}">
</head>
<body>
<div id="root"></div>
<noscript>经办工作台需要启用 JavaScript。</noscript>
<script src="./${js}"></script>
</body>
</html>
`;
}

/** Builds dist/staff; returns the output files with their sizes in bytes. */
async function buildStaff() {
  const esbuild = require('esbuild');
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: path.join(SRC, 'index.tsx') },
    outdir: OUT,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome87', 'safari14', 'firefox78', 'edge88'],
    jsx: 'automatic',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((f) => path.relative(OUT, path.join(root, f)));
  const js = outputs.find((f) => f.endsWith('.js'));
  const css = outputs.find((f) => f.endsWith('.css'));
  if (!js || !css) throw new Error('esbuild produced no JS or CSS for the staff console');
  fs.writeFileSync(path.join(OUT, 'index.html'), page(js, css));
  // .br and .gz beside each file, for the gateway's Content-Encoding negotiation (server/gateway/static.ts).
  await compressDir(OUT);
  return fs.readdirSync(OUT).map((name) => ({ name, bytes: fs.statSync(path.join(OUT, name)).size }));
}

/** Builds when a source is newer than dist/staff/index.html; true when it built. */
async function ensureStaffBuild() {
  if (!staffIsStale()) return false;
  await buildStaff();
  return true;
}

module.exports = { buildStaff, ensureStaffBuild, staffIsStale, STAFF_DIR: OUT };

if (require.main === module) {
  const started = Date.now();
  buildStaff()
    .then((files) => {
      for (const f of files) console.log(`  dist/staff/${f.name}  ${(f.bytes / 1024).toFixed(1)} KB`);
      console.log(`经办工作台构建完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
    })
    .catch((e) => {
      console.error(`经办工作台构建失败：${e.message}`);
      process.exit(1);
    });
}
