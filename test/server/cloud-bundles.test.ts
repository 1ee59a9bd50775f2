/**
 * The deployable cloud functions (npm run build:functions, run by pretest): each folder is self-contained. A
 * compute function answers from a folder with no node_modules at all and never names the CloudBase SDK; a store
 * function's only outside dependency is the SDK its package.json installs.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { builtinModules } from 'module';
import { estimate } from '../../shared/estimate';

const ROOT = path.resolve(__dirname, '..', '..');
const FUNCTIONS = path.join(ROOT, 'cloudfunctions');

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-functions.js')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, 60_000);

function externalRequires(code: string): string[] {
  const names = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return [...new Set(names.filter((n) => !builtins.has(n)))].sort();
}

test('every function folder has a main.ts, a package.json and a built index.js', () => {
  const names = readdirSync(FUNCTIONS).filter((n) => existsSync(path.join(FUNCTIONS, n, 'main.ts')));
  expect(names).toEqual(expect.arrayContaining(['applications', 'estimate', 'family']));
  for (const n of names) {
    expect(existsSync(path.join(FUNCTIONS, n, 'index.js'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(FUNCTIONS, n, 'package.json'), 'utf8')).main).toBe('index.js');
  }
});

test('estimate answers 张三 (004 第一章 四十三: 统筹 3,690) from a folder without node_modules, ignoring WeChat userInfo', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yibao-fn-'));
  copyFileSync(path.join(FUNCTIONS, 'estimate', 'index.js'), path.join(dir, 'index.js'));
  const event = {
    userInfo: { appId: 'wx123', openId: 'o-someone' },
    region: 'bazhong',
    date: '2025-06-01',
    scheme: 'resident',
    person: { categories: [] },
    visit: { type: 'inpatient', facilityLevel: 'township', place: 'local', totalCost: '4500', inScopeCost: '4200' },
  };
  const script = `require('./index.js').main(${JSON.stringify(event)}).then((r) => console.log(JSON.stringify(r)))`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const answer = JSON.parse(r.stdout);
  expect(answer.ok).toBe(true);
  expect(answer.data.payments.basic).toBe('3690.00');
  expect(answer.data.personalPay).toBe('810.00');
  // The bundle carries fingerprints computed at build time: they must be the ones the rules compute themselves.
  const { userInfo: _platform, ...payload } = event;
  expect(answer.data.ruleset).toEqual(estimate(payload).ruleset);
});

test('compute functions load no package at all; store functions only the CloudBase SDK', () => {
  const estimateBundle = readFileSync(path.join(FUNCTIONS, 'estimate', 'index.js'), 'utf8');
  expect(externalRequires(estimateBundle)).toEqual([]);
  expect(estimateBundle).not.toContain('@cloudbase/node-sdk');
  for (const n of ['applications', 'family']) {
    expect(externalRequires(readFileSync(path.join(FUNCTIONS, n, 'index.js'), 'utf8'))).toEqual(['@cloudbase/node-sdk']);
  }
});

test('cloudbaserc.json deploys every function; each store function installs its SDK and gets ID_ENCRYPTION_KEY', () => {
  const rc = JSON.parse(readFileSync(path.join(ROOT, 'cloudbaserc.json'), 'utf8')) as {
    functions: { name: string; installDependency?: boolean; envVariables?: Record<string, string> }[];
  };
  const names = readdirSync(FUNCTIONS).filter((n) => existsSync(path.join(FUNCTIONS, n, 'main.ts')));
  expect(rc.functions.map((f) => f.name).sort()).toEqual(names.sort());
  for (const n of names) {
    const deps = JSON.parse(readFileSync(path.join(FUNCTIONS, n, 'package.json'), 'utf8')).dependencies ?? {};
    const entry = rc.functions.find((f) => f.name === n)!;
    const stores = externalRequires(readFileSync(path.join(FUNCTIONS, n, 'index.js'), 'utf8')).includes('@cloudbase/node-sdk');
    // A store function seals ID numbers: without the key it answers INTERNAL on every call.
    expect({ n, stores, declared: '@cloudbase/node-sdk' in deps, install: entry.installDependency === true, key: entry.envVariables?.ID_ENCRYPTION_KEY }).toEqual(
      stores
        ? { n, stores, declared: true, install: true, key: '{{env.ID_ENCRYPTION_KEY}}' }
        : { n, stores, declared: false, install: false, key: undefined },
    );
  }
});
