/**
 * The checks behind `npm run check:weapp` (scripts/weapp-checks.ts). The check itself builds and runs on dist/weapp
 * in .ci/run; here each check is shown to catch what it is for, on small files made for the test.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { BUDGET, nonEs5Files, overBudget } from '../../scripts/weapp-checks';

describe('ES5 parse of the weapp build', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'es5-'));
    mkdirSync(path.join(dir, 'packages', 'apply', 'sub-common'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, code: string) => writeFileSync(path.join(dir, name), code);

  it('passes ES5 and names each file with newer syntax, in subfolders too', () => {
    write('app.js', 'var a = { b: 1 }; function f(x) { return x && x.b; } f(a);');
    write('packages/apply/sub-common/optional.js', 'var n = a?.b;');
    write('packages/apply/sub-common/nullish.js', 'var n = a ?? 0;');
    write('packages/apply/sub-common/const.js', 'const n = 1;');
    write('packages/apply/sub-common/class.js', 'class ZodError extends Error {}');
    write('packages/apply/sub-common/arrow.js', 'var f = (x) => x;');
    write('packages/apply/sub-common/template.js', 'var s = `${1}`;');
    write('app.wxss', 'page { color: red; }');
    const { files, failures } = nonEs5Files(dir);
    expect(files).toBe(7);
    expect(failures.map((f) => f.file).sort()).toEqual(
      ['arrow', 'class', 'const', 'nullish', 'optional', 'template'].map((n) => path.join('packages', 'apply', 'sub-common', `${n}.js`)),
    );
  });

  it("flags zod as it ships (why config/index.ts compiles it for the weapp)", () => {
    const zodFile = require.resolve('zod/v3').replace(/index\.cjs$/, 'ZodError.cjs');
    write('zod.js', readFileSync(zodFile, 'utf8'));
    expect(nonEs5Files(dir).failures.map((f) => f.file)).toEqual(['zod.js']);
  });
});

describe('package-size budget', () => {
  const KB = 1024;
  it('passes a build within the budget', () => {
    expect(overBudget([{ name: '主包', bytes: 336 * KB }, { name: 'packages/apply', bytes: 293 * KB }])).toEqual([]);
  });

  it('names the main package over 1 MB, a subpackage over 2 MB and a total over the budget (1.2 MB, issue 17)', () => {
    expect(overBudget([{ name: '主包', bytes: BUDGET.mainBytes + 1 }])).toEqual([expect.stringContaining('主包')]);
    // A subpackage over 2 MB is over the total budget too: both are named.
    expect(overBudget([{ name: '主包', bytes: 1 }, { name: 'packages/apply', bytes: BUDGET.subpackageBytes + 1 }])).toEqual([
      expect.stringContaining('packages/apply'),
      expect.stringContaining('总包'),
    ]);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `packages/p${i}`, bytes: 0.12 * 1024 * KB }));
    expect(overBudget([{ name: '主包', bytes: 1 }, ...eleven])).toEqual([expect.stringContaining('总包')]);
  });
});
