/**
 * The weapp package budget (issue 17): the built dist/weapp fits scripts/weapp-checks.ts BUDGET (main ≤ 1 MB, each
 * subpackage ≤ 2 MB, 1.2 MB in all) and ships every module, library and file once. Sizes are deterministic for a given
 * source, so this is a plain assertion; the figures are printed by `npm run bench` and `npm run check:weapp`.
 * The checker itself is shown to catch each kind of copy on small builds made for the test.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { measureWeappPackages } from '../../bench/packages';
import { BUDGET, overBudget } from '../../scripts/weapp-checks';
import { LIBRARY_MARKERS, largestModules, packageOf, shippedTwice, webpackModules } from '../../scripts/weapp-modules';
import { ensureWeappBuilt, WEAPP } from './built-weapp';

const KB = 1024;

describe('the built dist/weapp', () => {
  beforeAll(() => ensureWeappBuilt(), 600_000);

  it('fits the budget: main ≤ 1 MB, each subpackage ≤ 2 MB, 1.2 MB in all', () => {
    const packages = measureWeappPackages();
    const largest = largestModules(WEAPP, 3);
    // On failure the breakdown says where the bytes are: each package's size and its three largest modules.
    const breakdown = packages.map((p) => `${p.name} ${(p.bytes / KB).toFixed(1)} KB: ${(largest.get(p.name) ?? []).map((m) => `#${m.id} ${(m.bytes / KB).toFixed(1)} KB`).join(', ')}`);
    expect({ problems: overBudget(packages), breakdown }).toEqual({ problems: [], breakdown: expect.any(Array) });
    expect(packages[0].name).toBe('主包');
    expect(packages.length).toBeGreaterThan(1);
  });

  it('ships each webpack module, each library and each file once', () => {
    expect(shippedTwice(WEAPP)).toEqual([]);
  });

  it.each(LIBRARY_MARKERS)('holds $library, found by its marker exactly once', ({ marker }) => {
    // The library check above means something only while each marker is present: a library dropped or a marker
    // changed by an upgrade shows here, not as a silent pass.
    expect(countInJs(WEAPP, marker)).toBe(1);
  });

  it('keeps what several subpackages share in the main package, once', () => {
    const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages: { root: string }[] };
    expect(app.subPackages.length).toBeGreaterThan(1);
    // decimal.js and zod are used by several subpackages (estimate, apply, veteran …) and not by the home page.
    for (const { marker } of LIBRARY_MARKERS.slice(0, 2)) {
      const holders = filesHolding(WEAPP, marker);
      expect(holders.map((f) => packageOf(WEAPP, path.join(WEAPP, f)))).toEqual(['主包']);
    }
  });
});

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function countInJs(dir: string, marker: string): number {
  return jsFiles(dir).reduce((n, f) => n + readFileSync(f, 'utf8').split(marker).length - 1, 0);
}

function filesHolding(dir: string, marker: string): string[] {
  return jsFiles(dir).filter((f) => readFileSync(f, 'utf8').includes(marker)).map((f) => path.relative(dir, f));
}

describe('shippedTwice on made-up builds', () => {
  let dir: string;
  const write = (name: string, content: string) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  };
  const chunk = (chunkId: number, modules: Record<string, string>) =>
    `"use strict";(wx["webpackJsonp"]=wx["webpackJsonp"]||[]).push([[${chunkId}],{${Object.entries(modules).map(([id, body]) => `${id}:function(e,t,n){${body}}`).join(',')}}]);`;

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'weapp-twice-'));
    write('app.json', JSON.stringify({ pages: ['pages/index/index'], subPackages: [{ root: 'packages/a', pages: ['pages/index/index'] }, { root: 'packages/b/', pages: ['pages/index/index'] }] }));
    write('pages/index/index.json', '{"usingComponents":{}}');
    write('packages/a/pages/index/index.json', '{"usingComponents":{}}');
    write('packages/b/pages/index/index.json', '{"usingComponents":{}}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('passes a build where every module is in one file (small identical page stubs are not copies)', () => {
    write('common.js', chunk(1, { 11: 'e.exports=1', 12: 'e.exports="[DecimalError] "' }));
    write('packages/a/pages/index/index.js', chunk(2, { 21: 'n(11)' }));
    write('packages/b/pages/index/index.js', chunk(3, { 31: 'n(12)' }));
    expect(shippedTwice(dir)).toEqual([]);
    expect([...webpackModules(dir).keys()].sort()).toEqual(['11', '12', '21', '31']);
  });

  it('names a module Taro copied into two subpackages, with each copy', () => {
    const shared = 'e.exports={table:"' + 'x'.repeat(100) + '"}';
    write('packages/a/sub-common/f00.js', chunk(7, { 4242: shared }));
    write('packages/b/sub-common/f00.js', chunk(7, { 4242: shared }));
    write('packages/a/pages/index/index.js', chunk(2, { 21: 'n(4242)' }));
    const found = shippedTwice(dir);
    expect(found.find((d) => d.what === 'webpack 模块 4242')).toEqual({
      what: 'webpack 模块 4242',
      bytes: `function(e,t,n){${shared}}`.length,
      places: [path.join('packages', 'a', 'sub-common', 'f00.js'), path.join('packages', 'b', 'sub-common', 'f00.js')],
    });
  });

  it('names a library bundled twice under different module ids (two versions), and a copied style file', () => {
    write('packages/a/sub-vendors.js', chunk(5, { 501: 'throw Error("[DecimalError] "+"Invalid argument: ")' }));
    write('packages/b/sub-vendors.js', chunk(6, { 601: 'throw Error("[DecimalError] "+"Invalid argument: ")' }));
    const css = `.card{${'color:red;'.repeat(60)}}`;
    write('packages/a/sub-common/c.wxss', css);
    write('packages/b/sub-common/c.wxss', css);
    const found = shippedTwice(dir).map((d) => d.what);
    expect(found).toEqual(expect.arrayContaining(['库 decimal.js（标记 "[DecimalError] "）', '相同文件 c.wxss']));
    expect(found.filter((w) => w.startsWith('webpack'))).toEqual([]);
  });
});

describe('the total budget', () => {
  it('is 1.2 MB and is named when exceeded', () => {
    expect(BUDGET.totalBytes).toBe(1.2 * 1024 * KB);
    expect(overBudget([{ name: '主包', bytes: 700 * KB }, { name: 'packages/a', bytes: 500 * KB }])).toEqual([]);
    expect(overBudget([{ name: '主包', bytes: 700 * KB }, { name: 'packages/a', bytes: 530 * KB }])).toEqual([expect.stringContaining('总包')]);
  });
});
