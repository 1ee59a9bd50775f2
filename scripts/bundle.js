'use strict';
// One esbuild call for every TypeScript entry the project runs under plain Node (gateway, CLI, cloud functions,
// bench). Rebuilds only when a source under the watched folders is newer than the bundle.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');

function newestSource(dir, newest = 0) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(p, newest);
    else if (/\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isStale(out, watch) {
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return watch.some((d) => fs.existsSync(path.join(root, d)) && newestSource(path.join(root, d)) > built);
}

/** Bundles `entry` to `out` (paths relative to the project root) when stale; returns the absolute output path. */
function bundle({ entry, out, external = [], watch = ['shared', 'server'], minify = false }) {
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
      external,
      logLevel: 'warning',
    });
  }
  return outfile;
}

module.exports = { bundle, newestSource, root };
