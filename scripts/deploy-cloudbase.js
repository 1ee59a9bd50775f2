#!/usr/bin/env node
'use strict';
// `npm run deploy:cloudbase`: creates the collections, their indexes and the 仅管理端可读写 permission in the
// CloudBase environment TCB_ENV (scripts/cloudbase-setup.ts). Safe to run again: it changes only what is missing.
const { bundle } = require('./bundle');

const out = bundle({
  entry: 'scripts/cloudbase-setup.ts',
  out: 'dist/build/cloudbase-setup.js',
  external: ['@cloudbase/manager-node', '@cloudbase/node-sdk'],
  watch: ['server', 'scripts'],
});
require(out)
  .main(process.env)
  .then((code) => {
    process.exitCode = code;
  });
