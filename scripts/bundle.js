'use strict';
// One esbuild call for every TypeScript entry the project runs under plain Node (gateway, CLI, cloud functions,
// bench). Rebuilds only when a source under the watched folders is newer than the bundle.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

/** The newest modification time of the files under `dir` whose names match `pattern` (TypeScript by default). */
function newestSource(dir, pattern = /\.tsx?$/, newest = 0) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(p, pattern, newest);
    else if (pattern.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The H5 build depends on every file of the pages (styles and images too), the rules and the Taro config. */
const H5_SOURCES = ['miniprogram', 'shared', 'config'];

function h5IsStale() {
  const index = path.join(root, 'dist', 'h5', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return H5_SOURCES.some((d) => newestSource(path.join(root, d), /./) > built);
}

function isStale(out, watch) {
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return watch.some((d) => fs.existsSync(path.join(root, d)) && newestSource(path.join(root, d)) > built);
}

/** Bundles `entry` to `out` (paths relative to the project root) when stale; returns the absolute output path. */
function bundle({ entry, out, external = [], watch = ['shared', 'server'], minify = false, define = {} }) {
  const outfile = path.join(root, out);
  if (isStale(outfile, [...watch, path.dirname(entry)])) {
    require('esbuild').buildSync({
      entryPoints: [path.join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify,
      legalComments: 'none',
      charset: 'utf8',
      external,
      define,
      logLevel: 'warning',
    });
  }
  return outfile;
}

module.exports = { bundle, h5IsStale, newestSource, root };
